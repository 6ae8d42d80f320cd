"""An unnamed business is never named after where it is or after the goods it lists: a district, quarter or market
said after "di"/"in" with its town ("kebun di Ciwidey Bandung"), and lower-case goods joined in a list before a town
("…, rak besi & lemari arsip, Jayapura"). A name with a business word in it, a name the owner gives, and a
lower-case name opening the brief are still read. Every brief is new wording (other trades, towns and people), and
each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief

pytestmark = pytest.mark.unit


def _found(brief: str) -> str | None:
    """The name the brief itself gives (None when it gives none)."""
    return brand_and_place(brief)[0]


# ---- a capitalised run after a place preposition, followed or closed by a known town, is a smaller place
@pytest.mark.parametrize("brief", [
    "jual bibit durian montong dan kelengkeng, kebun di Sumberjaya Tasikmalaya. kirim seluruh jawa, wa 0813 2200 4411",
    "sedia telur ayam kampung 2rb/butir, kandang di Parakan Temanggung. ambil sendiri atau antar",
    "homemade pempek, dapur di Plaju Palembang, kirim frozen ke luar kota",
    "Fresh goat milk from our small farm in Pujon Malang, delivered twice a week",
    # already read as places before: a comma before the town, a place noun opening the run
    "sedia telur bebek asin, kandang di Parakan, Temanggung. ambil sendiri atau antar",
    "nerima jahitan seragam sekolah & kebaya, rumah di Kampung Sawah Bekasi, wa aja 0857 1122 3390",
])
def test_smaller_place_with_its_town_is_no_name(brief: str) -> None:
    assert _found(brief) is None
    name = parse_brief(brief).brand_name
    assert not any(place in name for place in ("Sumberjaya", "Parakan", "Plaju", "Pujon", "Sawah"))


@pytest.mark.parametrize("brief,brand", [
    # a business word in the run: the business, with its town
    ("kursus menjahit di Griya Busana Tegal, kelas pemula 4x pertemuan 400rb", "Griya Busana"),
    # the owner names it: a cue wins over the place reading
    ("usaha kami namanya Sumber Tirta, depot air isi ulang di Kotagede Yogyakarta", "Sumber Tirta"),
    # no preposition before it: the name opening the brief, with its town
    ("Rumah Kue Larasati Klaten, terima pesanan nastar, kastengel, bolu pandan", "Rumah Kue Larasati Klaten"),
    # a coined word (inner capital) is a name wherever it stands
    ("nongkrong santai di NgopiYuk Cilacap, kopi susu gula aren 15rb", "NgopiYuk"),
])
def test_named_business_near_a_place_keeps_its_name(brief: str, brand: str) -> None:
    assert _found(brief) == brand


# ---- lower-case goods joined in a list before a town are the goods, not a name
@pytest.mark.parametrize("brief", [
    "Jual perlengkapan kantor, meja kerja, rak besi & lemari arsip, Jayapura. bisa antar ke kantor",
    "servis hp, ganti lcd, baterai & konektor cas, Pangkalpinang. datang aja ke rumah",
])
def test_goods_joined_before_a_town_are_no_name(brief: str) -> None:
    assert _found(brief) is None
    assert "&" not in parse_brief(brief).brand_name


def test_goods_joined_before_a_town_stay_offerings() -> None:
    got = parse_brief("servis hp, ganti lcd, baterai & konektor cas, Pangkalpinang. datang aja ke rumah")
    assert "konektor cas" in got.products


def test_lower_case_name_opening_the_brief_before_a_town_is_still_read() -> None:
    # no list before it and no join inside: the words the owner opens with, then the town
    assert _found("sambal bu tejo, kudus. sambal bawang, sambal ijo, sambal teri 25rb/botol") == "Sambal Bu Tejo"
