"""Where the business is: a source line's name is no place, a town beats its region, an owner's foreign hometown
is their story, and a landform-headed place name ("Pasir Timbul") is one name, never a trade's goods."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.source_lines import source_spans
from tapsite_pipeline.providers.offline_rules.text import clean
from tapsite_pipeline.providers.offline_rules.toponyms import toponym_spans

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, source", [
    ("*Kabar dari Arisan RT 05 Griya Indah* ✨\nAda katering baru: Dapur Mbak Sri", "Arisan RT 05 Griya Indah"),
    ("Disadur dari Radar Malang, kolom Usaha:\nT: Jualan apa?", "Radar Malang"),
    ("Fwd dari grup Warga Taman Sari: jual kue lapis", "Warga Taman Sari"),
    ("Kue lapis legit 120rb.\nSumber: Harian Pontianak", "Harian Pontianak"),
    ("A note from the Sanur Parents newsletter: fresh bread daily", "Sanur Parents"),
])
def test_a_source_line_names_its_source(text, source):
    cleaned = clean(text)
    assert [cleaned[a:b].strip() for a, b in source_spans(cleaned)] == [source]


def test_no_source_without_a_frame():
    assert source_spans(clean("Kami dari Bandung, jual kue kering 50rb. WA 0812 1111 2222")) == []


def test_the_group_a_notice_comes_from_is_not_the_place():
    it = parse_brief("*Info dari Ibu-ibu Dasawisma Melati 3* 🌸\nAda les ngaji baru di rumah Bu Siti (depan pos "
                     "ronda): TPQ Nurul Iman. Iqro 50rb/bln. Daftar WA 0813 2222 4455")
    assert not it.location or "dasawisma" not in it.location.lower()


def test_a_town_in_a_papers_name_is_the_papers_the_shop_is_in_its_address():
    it = parse_brief("Dikutip dari Tribun Jateng, rubrik Kuliner:\nT: Apa produknya?\nJ: Bandeng duri lunak Bu "
                     "Ratmi, 65rb per ekor.\nT: Di mana belinya?\nJ: Di toko kami, Jl. Pemuda, Semarang. WA 0812 3333 4444")
    assert it.location == "Semarang"


@pytest.mark.parametrize("text, town", [
    ("⛵ Om Beni Speedboat\n📍 Labuha, Maluku Utara\n🐟 mancing seharian 3 jt/boat\nWA 0812 5555 6666",
     "Labuha, Maluku Utara"),
    ("Tahu Walik Mak Ijah – Kediri\ntahu walik 20rb/bungkus. Udah 30 reseller di Jatim. WA 0812 7777 8888",
     "Kediri, Jatim"),
])
def test_a_town_beats_its_region_and_keeps_it(text, town):
    assert parse_brief(text).location == town


def test_the_region_stays_when_the_only_town_is_inside_the_name():
    it = parse_brief("CV Teknik Jaya Palangka Raya menyewakan genset dan excavator untuk proyek di Kalimantan "
                     "Tengah. Sewa genset 500rb/hari. Telp 0536 322 1100")
    assert it.location == "Kalimantan Tengah"


def test_a_landform_place_name_is_one_name():
    text = "trip Wayag-Pasir Panjang 1 hari 4 jt/boat. snorkeling Batu Lima 300rb"
    spans = [text[a:b] for a, b in toponym_spans(text)]
    assert spans == ["Pasir Panjang", "Batu Lima"]
    assert toponym_spans("Jual Batu Bata Merah dan Pasir Malang 1 truk") == []
    products = parse_brief("🚤 Boat Om Yopi - Kaimana\n🐠 trip Teluk Triton-Pasir Panjang 1 hari 4 jt/boat\n"
                           "WA 0821 1111 3333").products
    assert not any("pasir" == p.lower() for p in products)


def test_a_landform_word_inside_a_longer_name_is_the_names():
    assert toponym_spans("Taman Air Sari Indah buka tiap hari, tiket 30rb") == []
    assert toponym_spans("Yoga di Bukit Hijau Retreats, kelas 100rb") == []


def test_the_country_goes_unsaid_beside_a_town():
    it = parse_brief("Keripik Tempe Yuni: tempeh chips, shipped anywhere in Indonesia. 25k per pack. Kitchen: "
                     "Jl. Melati 3, Jember. WA 0812 9999 0000")
    assert it.location == "Jember"


def test_an_owners_foreign_hometown_gives_way_to_where_the_business_is():
    it = parse_brief("Hi! I'm Lukas from Innsbruck, and my wife Ketut and I run Brot Haus, a small bakery in "
                     "Amed. Sourdough 60k, pretzels 15k. WA 0812 4444 5555")
    assert it.location == "Amed"


def test_an_owner_from_an_indonesian_town_is_in_that_town():
    it = parse_brief("Saya Budi dari Bandung, jualan bakso urat 25rb/porsi, bisa pesan lewat Instagram. "
                     "WA 0812 6666 7777")
    assert it.location == "Bandung"
