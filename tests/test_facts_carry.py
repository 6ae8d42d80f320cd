"""Facts that carry to writers the parser never saw: a weekly day, what the business does not do, anything given
for free, collecting from the shop, a price per square metre, how long before to order, areas said in English
or after a supply verb, a town set off by a comma, and the makers of the goods carried. New wordings only."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.factcopy import info_items

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(brief).facts]


def _values(brief: str, kind: str | None = None) -> list[str]:
    return [v for k, v in _facts(brief) if kind is None or k == kind]


# ---- a weekly day without a time is said ("tiap sabtu", "every Tuesday"); "tiap minggu" alone is every week
@pytest.mark.parametrize("brief,day", [
    ("Kelas Merajut Bu Sinta, belajar rajut tas dan syal. tiap kamis di rumah saya Cibubur, max 6 orang", "tiap kamis"),
    ("Sunrise Yoga Club, beach yoga for beginners every Tuesday, bring your own mat", "every Tuesday"),
    ("Pengajian ibu-ibu setiap hari Jumat di Masjid Al-Ikhlas, terbuka untuk umum", "setiap hari Jumat"),
])
def test_weekly_day_is_said(brief: str, day: str) -> None:
    assert any(day.lower() in v.lower() for v in _values(brief)), _facts(brief)


def test_every_week_is_no_sunday() -> None:
    assert not any("tiap minggu" in v.lower() for v in _values("Kelas yoga pagi di Taman Kota tiap minggu, 50rb"))


# ---- what the business does not do or take is a fact, never an offering nor a promise
@pytest.mark.parametrize("brief,said", [
    ("Katering Sehat Bu Dewi, nasi box 25rb, gak terima COD ya kak", "gak terima COD"),
    ("Tutor Fisika Kak Bima, SMA kelas 10-12, not doing chemistry sorry, 100k/jam", "not doing chemistry"),
    ("Printable Planner Co sells digital planners; we do not offer printed copies. hello@planner.example",
     "we do not offer printed copies"),
    ("Kost Putri Melati, kamar AC 1,5jt. tidak menerima pasangan, no pets.", "no pets"),
])
def test_what_is_not_done_is_a_fact(brief: str, said: str) -> None:
    assert said in _values(brief, "note"), _facts(brief)


def test_no_delivery_is_no_delivery_fact() -> None:
    got = _facts("Warung Pecel Mbak Tin, pecel 12rb, no delivery, dine in only")
    assert ("note", "no delivery") in got and not any(k == "delivery" for k, _ in got)


@pytest.mark.parametrize("brief", [
    "Toko Jam Presisi, servis jam tangan. no hp 0812 4444 5555",
    "Rumah Kos Anggrek, Jl. Kenari No. 12, kamar 800rb",
])
def test_a_number_after_no_is_no_refusal(brief: str) -> None:
    assert not any(v.lower().startswith("no ") for v in _values(brief, "note")), _facts(brief)


# ---- whatever is given free is an offer; "gluten free", "sugar-free", "feel free" are not
@pytest.mark.parametrize("brief,offer", [
    ("Apotek Sehat Sentosa, cek tensi gratis setiap hari, obat resep dan vitamin", "cek tensi gratis setiap hari"),
    ("Domain dan hosting murah, paket 30rb/bulan dengan email bisnis gratis", "email bisnis gratis"),
    ("Sepatu Lokal Jejak, free kaos kaki tiap beli sepatu, Bandung", "free kaos kaki tiap beli sepatu"),
])
def test_anything_free_is_an_offer(brief: str, offer: str) -> None:
    assert offer in _values(brief, "offer"), _facts(brief)


def test_free_as_a_quality_is_no_offer() -> None:
    got = _values("Roti Gandum Sehat, sugar-free dan gluten free, feel free to ask. roti 30rb", "offer")
    assert got == []


# ---- the buyer collects; a lead time is how long before to order
@pytest.mark.parametrize("brief,said", [
    ("Grosir Plastik Makmur, kemasan dan sedotan, bisa pengambilan di gudang kami Sidoarjo", "pengambilan di gudang"),
    ("Kue Ulang Tahun Mama Rini, pesan lewat wa, bisa ambil sendiri atau kirim gojek", "ambil sendiri"),
    ("Sourdough by Lena, self pickup in Kerobokan or delivery 25k", "self pickup"),
])
def test_collecting_is_a_pickup(brief: str, said: str) -> None:
    assert any(v.lower().startswith(said) for v in _values(brief, "pickup")), _facts(brief)


def test_collecting_is_labelled_as_collecting() -> None:
    facts = parse_brief("Grosir Plastik Makmur, kemasan dan sedotan, pengambilan di gudang kami").facts
    labels = [label for label, _ in info_items(tuple(facts), "id")]
    assert "Ambil di tempat" in labels and "Antar jemput" not in labels


@pytest.mark.parametrize("brief,said", [
    ("Hantaran Nikah Ayu, pesan min. 2 minggu sebelumnya, area Depok", "pesan min. 2 minggu sebelumnya"),
    ("Custom illustrated invitations, please order 4 weeks in advance, from 15k each", "order 4 weeks in advance"),
])
def test_lead_time_is_a_turnaround(brief: str, said: str) -> None:
    assert said in _values(brief, "turnaround"), _facts(brief)


def test_price_per_square_metre_keeps_its_unit() -> None:
    assert any(v.endswith("/m2") for v in _values("Jasa Plafon Gypsum Mandiri, plafon mulai 95rb/m2, Bogor", "price"))


# ---- areas: English compass names, several places, a place after a supply verb, a town set off by a comma
def test_english_compass_area_is_the_whole_place() -> None:
    assert parse_brief("Spotless Homes offers deep cleaning for apartments in West Jakarta, from IDR 300,000").location \
        == "West Jakarta"


def test_place_after_supply_verb_is_an_area() -> None:
    got = _values("Peternakan Ayam Berkah di Kendal, kami memasok telur ke warung dan hotel di Semarang", "area")
    assert "Semarang" in got


def test_town_set_off_by_a_comma_is_the_location() -> None:
    assert parse_brief("Kolam Pancing Mang Dadang, Garut: galatama dan kolam harian, tiket 30rb").location == "Garut"


def test_counted_classes_are_no_grade() -> None:
    assert not any(v.lower() == "kelas 3" for v in _values("Kursus Masak Dapur Ibu, 1 kelas 3 jam 200rb", "level"))


# ---- the makers of carried goods are said; the owner's own brand is the name
def test_carried_makers_are_a_note() -> None:
    got = _values("Pusat Oli Lancar, ganti oli motor matic. merk Shell, Castrol dan Motul asli. wa 0813 2222 4444", "note")
    assert "merk Shell, Castrol dan Motul asli" in got
