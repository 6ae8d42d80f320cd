"""Facts reach the page whole and once, for wordings no pattern was tuned on: a measure said with what it measures
("bawa pulang mangkok 15cm", "baked daily at 4am"), goods taken in exchange ("tukar tambah", "trade-in", "swap"),
a short clause that ends on "gratis" read whole, a fact that a longer note says again folded into it, level ranges
said with "sampai"/"to", a count of children that is no school level, days and a part of the day before the hours,
and where else the goods are sold. The facts scorer reads a landline written with its area code in brackets as a
phone, not as three numbers."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity import values
from tapsite_pipeline.evals.fidelity.brief_numbers import brief_numbers
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _facts(brief: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in parse_brief(brief).facts]


def _values(brief: str, *kinds: str) -> list[str]:
    return [v for k, v in _facts(brief) if not kinds or k in kinds]


def test_a_measure_alone_is_said_with_what_it_measures():
    brief = "Workshop Keramik Tanah Liat di Kasongan, 3 jam, 200rb/org, bawa pulang mangkok 15cm. wa 0812 1111 2222"
    assert "bawa pulang mangkok 15cm" in _values(brief, "note")


def test_a_time_of_day_alone_is_said_with_what_happens_then():
    brief = ("Sourdough Lab Malang: country loaves and baguettes, baked daily at 4am and delivered before 8am. "
             "hello@sourdoughlab.id")
    notes = _values(brief, "note")
    assert "baked daily at 4am" in notes
    assert not any(n.lower().startswith(("at ", "and ")) for n in notes)


def test_a_bare_number_is_not_widened_into_the_words_before_it():
    brief = "Warung Soto Pak Kumis Sragen, soto ayam 15.000, es teh. wa 0812 1111 2222"
    assert not any("soto ayam 15" in v.lower() for v in _values(brief, "note"))


@pytest.mark.parametrize(("brief", "said"), [
    ("Toko HP Sinar Ponsel Kediri, terima tukar tambah HP lama dengan dus. wa 0812 1111 2222",
     "terima tukar tambah HP lama dengan dus"),
    ("Vinyl Corner Malang: we buy, sell & swap used records. open 11-7", "buy, sell & swap used records"),
    ("Gowes Bike Shop Solo, sepeda lipat dan MTB. Bisa trade-in sepeda lama. WA 0812 3333 4444",
     "Bisa trade-in sepeda lama"),
    ("Toko Mas Sumber Rejeki di Pasar Kliwon, jual emas, terima buyback jg. wa 0812 1111 2222", "terima buyback"),
])
def test_goods_taken_in_exchange_are_a_fact_with_their_terms(brief, said):
    assert said in _values(brief, "note")


def test_a_short_clause_ending_on_gratis_is_what_is_given():
    brief = "Sewa Motor Ubud Asri, Scoopy 80rb/hari. Antar motor ke hotel di Ubud gratis. wa 0812 1111 2222"
    assert "Antar motor ke hotel di Ubud gratis" in _values(brief, "offer")
    brief = "Toko Kue Mawar Blitar, setiap beli 2 kotak dapat 1 gratis. wa 0812 1111 2222"
    assert "setiap beli 2 kotak dapat 1 gratis" in _values(brief, "offer")


def test_a_request_before_what_is_free_stays_out_of_the_offer():
    assert _values("Aplikasi Kasir Laris, perlu halaman daftar akun gratis", "offer") == ["daftar akun gratis"]


def test_an_offer_a_longer_note_repeats_is_said_once_with_its_words():
    brief = "Katering Sehat Bu Wulan Sidoarjo, 55rb per hari. Antar gratis untuk Sidoarjo kota. wa 0812 1111 2222"
    facts = _facts(brief)
    assert ("offer", "Antar gratis untuk Sidoarjo kota") in facts
    values_ = [v.lower() for _, v in facts]
    assert not any(a != b and a in b for a in values_ for b in values_ if "gratis" in a)


@pytest.mark.parametrize(("brief", "level"), [
    ("Sekolah Bahasa Sakura di Bandung mengajar JLPT N5 sampai N3, kelas 10 pertemuan. wa 0812 1111 2222",
     "JLPT N5 sampai N3"),
    ("Osaka Club teaches JLPT N4 to N1 in Medan. hello@osakaclub.id", "JLPT N4 to N1"),
])
def test_a_range_of_exam_levels_is_one_level(brief, level):
    assert level in _values(brief, "level")


def test_a_count_of_children_in_a_class_is_no_school_level():
    brief = "Bimbel Cerdas Ceria untuk kelas 4-6 SD, satu kelas 8 anak. wa 0812 1111 2222"
    levels = _values(brief, "level")
    assert "kelas 4-6" in levels and not any("8" in v for v in levels)
    assert any("8 anak" in v for v in _values(brief, "note"))


@pytest.mark.parametrize(("brief", "hours"), [
    ("Sanggar Tari Melati Kediri, latihan tiap Sabtu sore jam 3-5. wa 0812 1111 2222", "tiap Sabtu sore jam 3-5"),
    ("Padepokan Silat Garuda, latihan tiap Selasa dan Kamis malam jam 7-9. wa 0812 1111 2222",
     "tiap Selasa dan Kamis malam jam 7-9"),
])
def test_days_and_a_part_of_the_day_stay_with_the_hours(brief, hours):
    assert hours in _values(brief, "hours")


def test_where_else_the_goods_are_sold_is_a_fact():
    assert "ada juga di Shopee & Lazada" in _values(
        "Keripik Pedas Mbak Yuni Kediri, ada juga di Shopee & Lazada. wa 0812 1111 2222", "note")
    # with the shop's own address there, the contact section shows the link instead
    assert "ada juga di Shopee" not in _values(
        "Keripik Pedas Mbak Yuni Kediri, ada juga di Shopee: shopee.co.id/keripikyuni", "note")


def test_a_landline_with_its_area_code_in_brackets_is_a_phone():
    assert values.phones("Telp (0274) 51 882.") == [("(0274) 51 882", "6227451882")]
    assert brief_numbers("Toko Buku Pelita, buka 08.00-16.00. Telp (0274) 51 882.") == []


def test_an_offer_a_recurrence_note_repeats_is_said_once():
    brief = "Robo Kids Club Samarinda: kelas robotik anak. Kelas percobaan gratis tiap Minggu kedua. WA 0853 1111 2222"
    facts = _facts(brief)
    assert ("offer", "Kelas percobaan gratis tiap Minggu kedua") in facts
    assert not any(k == "note" and "percobaan" in v.lower() for k, v in facts)


@pytest.mark.parametrize(("brief", "area"), [
    ("Lingua Link offers court interpreters. Based in Manado since 2015, serving Gorontalo and northern Maluku. "
     "hello@lingualink.id", "Gorontalo and northern Maluku"),  # with its part: "northern Maluku"
    ("Jasa Taman Hijau Asri, melayani sekitar Cibubur dan Cileungsi. wa 0812 1111 2222", "Cibubur dan Cileungsi"),
])
def test_an_area_after_serving_or_sekitar_is_the_place_not_the_rest_of_the_word(brief, area):
    assert area in _values(brief, "area")


def test_a_landmark_after_the_street_goes_with_it_into_the_contact_plan():
    from tapsite_pipeline.brief import make_brief
    from tapsite_pipeline.contact import plan_contact
    text = "Toko Buku Berkat Ambon jual Alkitab dan kidung. Jl. Pattimura dekat pasar Mardika, Minggu tutup. Telp 0911 352 100"
    plan = plan_contact(make_brief(text), parse_brief(text))
    assert plan.address == "Jl. Pattimura, dekat pasar Mardika"


@pytest.mark.parametrize(("brief", "kind", "said"), [
    ("Kebun Teh Puncak Asri Cianjur, wisata petik teh. Rombongan kantor di atas 25 orang diskon 10%. WA 0812 1111 2222",
     "offer", "Rombongan kantor di atas 25 orang diskon 10%"),
    ("Borneo Honey House sells forest honey. 250ml jars IDR 85K. Shop orders above 20 jars get free delivery within "
     "Pontianak. hello@borneohoney.id", "delivery", "Shop orders above 20 jars get free delivery within Pontianak"),
    ("Sewa Kursi Lestari Magelang: kursi 4rb/buah. Dalam kota gratis ongkir, luar kota tambah 75rb. WA 0852 1111 2222",
     "delivery", "Dalam kota gratis ongkir"),
])
def test_the_condition_before_an_offer_is_said_with_it(brief, kind, said):
    facts = _facts(brief)
    assert (kind, said) in facts
    # and no scrap of the condition is left as a note of its own
    assert not any(k == "note" and v.lower() in said.lower() for k, v in facts)


def test_the_condition_after_a_free_offer_is_said_with_it():
    brief = "Sahabat Senja Home Care Solo: perawat lansia harian. Penggantian perawat gratis jika tidak cocok. WA 0811 2655 0099"
    assert "Penggantian perawat gratis jika tidak cocok" in _values(brief, "offer")


def test_a_service_held_over_a_chat_app_is_no_contact_instruction():
    brief = "Les Gitar Bang Jo Malang, les online lewat Zoom untuk luar kota. WA 0821 6677 2211"
    assert "les online lewat Zoom untuk luar kota" in _values(brief, "note")
    assert not _values("Kue Ani Malang, pesan lewat WA ya 0812 1111 2222", "note")


def test_a_province_shortened_in_the_brief_is_shown_by_its_full_name_and_only_by_it():
    from tapsite_pipeline.evals.fidelity.score import score_page
    brief = "PT Sasando Digital di Kupang membuat aplikasi desa, sudah 30 desa di NTT."
    page = ("<html><body><main><section><h1>PT Sasando Digital</h1><p>Kami di Kupang, {}. 30 desa.</p></section>"
            "</main></body></html>")
    assert score_page(page.format("Nusa Tenggara Timur"), brief)["facts"].passed
    assert 'place "ntt"' in " ".join(score_page(page.format("Flores"), brief)["facts"].problems)
