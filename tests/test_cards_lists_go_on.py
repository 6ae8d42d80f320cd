"""Cards of lists that go on past an item's own words, and words that are never cards. Every brief is new wording.

- A free item or an item with its own amount closes that item only: "cek tensi gratis, cek gula darah 20rb, asam urat
  25rb" keeps every check; "lensa progresif mulai 450rb, softlens bening" keeps the softlens.
- A plain verb of a trade that only looks prefixed ("servis") opens a list of work: "kami servis kulkas dan mesin cuci,
  ganti kompresor, …" keeps "ganti kompresor"; a sentence that only names a service and says it is had too ("Ganti
  kompresor juga bisa.") adds it.
- Two or three capitals typed as an item of a list ("TWS", "DTF", "CV") name goods, not a scrap of a phrase; a file's
  format ("PNG, JPG") or a unit ("2 PK") does not.
- English names the place before the work done there: "villa & hotel photography" is "villa photography" and
  "hotel photography" (a place alone is no card).
- A pointer to a channel ("cek IG kami untuk menu terbaru", "follow IG … untuk koleksi lebaran") is no offering: the
  newest of something and the verb "follow" are never cards.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,cards", [
    ("Apotek Kasih Ibu Lumajang: cek tensi gratis, cek gula darah 20rb, cek asam urat 25rb",
     ["cek tensi", "cek gula darah", "cek asam urat"]),
    ("Klinik Pratama Sehat Waru: konsultasi gratis, khitan laser 750rb, tindik telinga bayi 60rb",
     ["khitan laser", "tindik telinga bayi"]),
    ("Optik Cahaya Purbalingga: periksa mata gratis, lensa progresif mulai 450rb, softlens bening",
     ["periksa mata", "lensa progresif", "softlens bening"]),
])
def test_a_free_or_priced_item_closes_only_itself(brief, cards):
    got = parse_brief(brief).products
    for card in cards:
        assert card in got


@pytest.mark.parametrize("brief,card", [
    ("Kami servis kulkas dan freezer, ganti kompresor, isi freon. Dingin Abadi Teknik Cikarang", "ganti kompresor"),
    ("Sinar Teknik Kendari: cuci AC 80rb, isi freon 160rb. Ganti kompresor juga bisa", "ganti kompresor"),
    ("Laundry Bersih Wangi Pati cuci kiloan 7rb/kg. Cuci karpet jg bisa kok", "cuci karpet"),
])
def test_a_service_said_as_its_verb_and_object_is_a_card(brief, card):
    assert card in parse_brief(brief).products


@pytest.mark.parametrize("brief,cards", [
    ("Konter Berkah Ponorogo jual HP second, TWS, powerbank", ["tws"]),
    ("Sablon Mantap Kudus: sablon plastisol, DTF, polyflex", ["dtf"]),
    ("Jasa Karir Cemerlang Pontianak: bikin CV, surat lamaran, portofolio", ["cv"]),
])
def test_short_capitals_in_a_list_are_goods(brief, cards):
    got = parse_brief(brief).products
    for card in cards:
        assert card in got


@pytest.mark.parametrize("brief,not_cards", [
    ("Desain Kilat Cianjur bikin logo 150rb, file dikirim: PNG, JPG, PDF", ["png", "jpg", "pdf"]),
    ("Servis AC Pak Darto Jambi: cuci AC 0,5-1 PK 70rb, 2 PK 95rb", ["pk"]),
])
def test_formats_and_units_in_capitals_are_no_cards(brief, not_cards):
    got = parse_brief(brief).products
    for card in not_cards:
        assert card not in got


@pytest.mark.parametrize("brief,not_cards", [
    ("Kue Mbak Tari Pemalang, cek IG kami untuk menu terbaru", ["terbaru"]),
    ("Gamis Nadia Collection jual gamis dan tunik, follow IG @nadiacoll untuk koleksi lebaran", ["follow"]),
    ("Batik Pesisir Lasem: batik tulis, batik cap. Intip katalog terkini di IG", ["terkini", "katalog terkini"]),
])
def test_a_pointer_to_a_channel_is_no_card(brief, not_cards):
    got = parse_brief(brief).products
    assert got
    for card in not_cards:
        assert card not in got


@pytest.mark.parametrize("brief,cards,not_card", [
    ("Shine Bright Cleaning Denpasar: office and house cleaning, sofa shampoo", ["office cleaning", "house cleaning"],
     "office"),
    ("I'm Komang, a photographer in Ubud: villa & restaurant photography, couple shoots",
     ["villa photography", "restaurant photography"], "villa"),
    ("Rumah Baru Renovations does kitchen & bathroom renovation in Sanur", ["kitchen renovation", "bathroom renovation"],
     "kitchen"),
])
def test_an_english_place_said_alone_shares_the_work_after_it(brief, cards, not_card):
    got = parse_brief(brief).products
    for card in cards:
        assert card in got
    assert not_card not in got


@pytest.mark.parametrize("brief,cards", [
    ("Alor Dive Base: fun dives 1.5jt for 2 dives, advanced course, night snorkeling", ["advanced course",
                                                                                       "night snorkeling"]),
    ("Karimun Fun Trip: paket snorkeling 300rb untuk 2 orang, banana boat, sewa kano", ["banana boat", "sewa kano"]),
])
def test_a_list_goes_on_after_an_amount_and_what_it_buys(brief, cards):
    got = parse_brief(brief).products
    for card in cards:
        assert card in got


def test_how_much_is_taken_at_once_is_no_card():
    got = parse_brief("Anyaman Bambu Bu Warsi Tasik: tampah, bakul, besek. Terima pesanan partai besar").products
    assert "tampah" in got and "partai besar" not in got
