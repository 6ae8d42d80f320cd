"""An offering phrase ends where the grammar says it does (item_bounds.object_list, fragment_shape.py,
coordination.py, the brackets of offering_masks._mask_elaboration).

Writers who never saw the parser wrote lists whose items ran past a recipient preposition ("… loaves to cafés,
hotels"), past a clause of condition ("design system if you need"), left a measure alone ("5 yrs", "24 karat"), a
fragment ("d mahir", "satu drone mampu", "drawn", "plastik disetor"), cut a phrase at a bracket inside it, or split
coordinated modifiers from their one head. Each class is pinned by wordings written for it (other trades, cities,
registers and both languages than any dataset row), with the negative beside it: the same shape where it IS an
offering ("tour to Komodo", "paket 3 hari 2 malam", "kelas online", "emas 24 karat", "antar ke bandara")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.coordination import shared_head, shared_modifiers
from tapsite_pipeline.providers.offline_rules.fragment_shape import fragment
from tapsite_pipeline.providers.offline_rules.item_bounds import object_list
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
from tapsite_pipeline.providers.offline_rules.offer_words import SPLIT

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7890"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


# ---------------------------------------------------------------- recipients and conditions end an object list

@pytest.mark.parametrize("brief, kept, gone", [
    # recipients after "to": the list after it is who gets the goods
    ("Roti Pak Kumis supplies white bread and milk buns to warungs, schools and offices around Kendari.",
     ["white bread", "milk buns"], ["milk buns to warungs", "schools", "offices"]),
    ("Tahu Sumedang Bu Entin sells fried tofu and soy milk to street vendors and canteens in Cirebon.",
     ["fried tofu", "soy milk"], ["soy milk to street vendors", "canteens"]),
    ("Ikan Segar Ambon supplies frozen fish fillets and prawns to restaurants and hotels across Ambon.",
     ["frozen fish fillets", "prawns"], ["prawns to restaurants", "hotels"]),
    # a condition after an item: "if", "when", "jika", "bila"
    ("I offer wedding videos, reels and teaser trailers, plus photo retouching if you send raw files.",
     ["photo retouching"], ["photo retouching if you send raw files", "photo retouching if you"]),
    ("Kami menyediakan sewa tenda, kursi dan terpal jika hujan untuk hajatan di Klaten.",
     ["sewa tenda", "kursi"], ["terpal jika hujan"]),
])
def test_an_object_list_ends_at_its_recipients_and_conditions(brief, kept, gone):
    products = _products(brief)
    for k in kept:
        assert k in products, (k, products)
    for g in gone:
        assert g not in products, (g, products)


@pytest.mark.parametrize("seg, end", [
    ("burger buns and rolls to cafés, hotels", "burger buns and rolls"),
    ("bikes to rent and scooters", "bikes"),
    ("logo design if you need one", "logo design"),
    ("pasang kanopi bila cuaca cerah", "pasang kanopi"),
    # a way somewhere keeps its "to"; so do set phrases and a quoted title
    ("day trips to Maratua and snorkeling tours", "day trips to Maratua and snorkeling tours"),
    ("tour to Komodo, sunset cruise", "tour to Komodo, sunset cruise"),
    ("farm to table catering, picnic boxes", "farm to table catering, picnic boxes"),
    ("door to door courier, parcels", "door to door courier, parcels"),
    ("'Exporting to Korea' webinar", "'Exporting to Korea' webinar"),
])
def test_object_list_bounds(seg, end):
    assert object_list(seg).strip() == end


def test_a_route_keeps_its_destination_in_both_languages():
    assert "tour to komodo" in _products("Flores Sail Labuan Bajo offers a tour to Komodo and sunset cruises.")
    products = _products("Rental Mobil Pak Darto di Kupang melayani sewa mobil harian, antar ke bandara, "
                         "dan tour ke Pantai Lasiana.")
    assert "antar ke bandara" in products and "sewa mobil harian" in products, products
    # delivery to the customer's door is no transfer service
    assert not any("antar" in p for p in _products("Laundry Bu Sri Kendari: cuci kiloan, setrika, bisa antar ke rumah."))


# ---------------------------------------------------------------- fragments are no names

@pytest.mark.parametrize("phrase", [
    "5 yrs", "24 karat", "3 bulan", "500 gr", "15-20 hektare", "12 tahun", "3 hari 2 malam", "750ml",  # a measure
    "d mahir", "s pemula",  # a letter cut from "s/d"
    "satu drone mampu", "kelas bisa online", "the van can carry", "dua mesin sanggup",  # a subject and a modal
    "drawn", "sewn", "handled", "stitched",  # an English participle alone
    "plastik disetor", "kain ditenun", "sampah dipilah",  # a noun and a bare passive
])
def test_a_fragment_is_no_name(phrase):
    assert name_shaped(phrase) is None
    assert fragment(phrase, phrase.split())


@pytest.mark.parametrize("phrase", [
    "emas 24 karat", "paket 3 hari 2 malam", "cetak foto 4r", "kelas online", "lari 5k", "3d2n trip", "10mbps",
    "t shirt", "x ray", "all you can eat", "trash can", "fine dining", "scuba diving", "dimsum ayam",
    "makan ditempat kopi", "digital printing", "les drum privat", "tenun ikat", "cahaya difabel",
])
def test_the_same_shapes_can_name_an_offering(phrase):
    assert not fragment(phrase, phrase.split())


@pytest.mark.parametrize("brief, kept, gone", [
    ("Toko Emas Sinar Padang menjual emas 24 karat, perak 925 dan cincin kawin.", ["emas 24 karat"], ["24 karat"]),
    ("Hi! freelance illustrator from Ternate (7 yrs). I make mascots and stickers for brands.",
     ["mascots"], ["7 yrs"]),
    ("Les biola privat Malang, pemula s/d mahir, 250rb/4x.", [], ["d mahir", "s", "mahir"]),
    ("Tenun Ikat Mama Yuli, Kupang: sarung, selendang dan kain. Semua kain ditenun tangan di kampung.",
     ["sarung", "selendang"], ["kain ditenun"]),
])
def test_fragments_never_become_cards(brief, kept, gone):
    products = _products(brief)
    for k in kept:
        assert k in products, (k, products)
    for g in gone:
        assert g not in products, (g, products)


def test_a_level_range_is_one_fact():
    intent = parse_brief("Les biola privat Malang, pemula s/d mahir, 250rb/4x." + WA)
    assert [f.value for f in intent.facts if f.kind == "level"] == ["pemula s/d mahir"]


def test_s_slash_d_is_a_range_not_a_list():
    assert [p.strip() for p in SPLIT.split("pemula s/d mahir")] == ["pemula", "mahir"]


# ---------------------------------------------------------------- a bracket inside a noun phrase

@pytest.mark.parametrize("brief, phrase", [
    ("Sungai Mahakam Cruises runs overnight river (kapal) tours and sunset boat rides from Samarinda.",
     "overnight river (kapal) tours"),
    ("Borneo Paddle runs guided canoe (jukung) trips and fishing tours on the Kahayan river.",
     "guided canoe (jukung) trips"),
])
def test_a_gloss_inside_a_noun_phrase_is_stepped_over(brief, phrase):
    assert phrase in _products(brief)


def test_a_bracket_after_a_name_still_ends_it():
    products = _products("Kerupuk Bu Sari Palembang: kemplang panggang 30rb, kerupuk kemplang (kerupuk ikan) 25rb.")
    assert not any("(" in p for p in products), products


# ---------------------------------------------------------------- one head for coordinated modifiers

@pytest.mark.parametrize("brief, phrase", [
    ("Kebun Hijau Bogor sells indoor and outdoor plants, clay pots and compost.", "indoor and outdoor plants"),
    ("Potong Rapi Barbershop Malang offers men's and women's haircuts, beard trims and hair coloring.",
     "men's and women's haircuts"),
    ("Lingua Nusa provides simultaneous and consecutive interpreting for seminars in Manado.",
     "simultaneous and consecutive interpreting"),
])
def test_english_modifiers_share_their_head(brief, phrase):
    assert phrase in _products(brief)


def test_nouns_coordinated_stay_apart():
    assert shared_modifiers("coffee and tea sets, cups") == "coffee and tea sets, cups"
    assert shared_modifiers("cakes and cookies") == "cakes and cookies"


@pytest.mark.parametrize("items, lower, expected", [
    (["pemasangan pompa air", "tandon plastik"], "melayani pemasangan pompa air dan tandon plastik",
     ["pemasangan pompa air", "pemasangan tandon plastik"]),
    (["pengecatan rumah", "pagar besi"], "jasa pengecatan rumah & pagar besi",
     ["pengecatan rumah", "pengecatan pagar besi"]),
    # an offering of its own after the link keeps its own head
    (["pelatihan bahasa korea", "program magang"], "pelatihan bahasa korea & program magang",
     ["pelatihan bahasa korea", "program magang"]),
    (["pemasangan cctv", "servis ac"], "pemasangan cctv dan servis ac", ["pemasangan cctv", "servis ac"]),
    (["penitipan anjing mingguan", "grooming"], "penitipan anjing mingguan & grooming",
     ["penitipan anjing mingguan", "grooming"]),
    # no noun of action: two dishes stay two
    (["nasi goreng", "mie"], "nasi goreng & mie", ["nasi goreng", "mie"]),
])
def test_an_indonesian_action_noun_governs_every_object(items, lower, expected):
    assert shared_head(items, lower) == expected


def test_spraying_two_inputs_is_one_service_twice():
    products = _products("CV Tani Maju Jambi melayani penyemprotan herbisida dan pupuk daun dengan drone untuk "
                         "kebun sawit.")
    assert "penyemprotan herbisida" in products and "penyemprotan pupuk daun" in products, products
    assert "pupuk daun" not in products


@pytest.mark.parametrize("brief, expected", [
    # a rival kind said alone after the link takes the words before its rival (the head said first)
    ("CV Samudra Ekspres, jasa pengiriman barang laut dan udara dari Makassar ke Papua. WA 0811 4455 6677",
     {"pengiriman barang laut", "pengiriman barang udara"}),
    ("Kost campur Pak Harun dekat UNDIP Tembalang, kamar AC dan non AC, mulai 900rb. WA 0812 7777 1212",
     {"kamar ac", "kamar non-ac"}),
    ("Potong rambut pria dan wanita di Barbershop Gaya, Cimahi", {"potong rambut pria", "potong rambut wanita"}),
])
def test_a_rival_kind_takes_the_head_it_is_set_against(brief, expected):
    assert expected <= set(parse_brief(brief).products)


def test_two_goods_are_no_rival_kinds():
    # "nasi" and "mie" are no kinds of one thing; "ayam bakar" and "ayam goreng" are each said whole
    products = parse_brief("Warung Mbak Tini jual ayam bakar dan goreng, nasi uduk dan mie, di Tegal").products
    assert "nasi uduk" in products and "nasi mie" not in products


@pytest.mark.parametrize("brief, expected", [
    # the owner's verbs of trade said with "i" read like those said with "we"
    ("hi, i do newborn & maternity photography in Malang, ig @lensa.bunda", {"maternity photography"}),
    ("i sew kebaya and bridal gowns to order, Rumah Jahit Sekar, Klaten", {"kebaya", "bridal gowns"}),
])
def test_first_person_verbs_of_trade_open_the_list(brief, expected):
    assert expected <= set(parse_brief(brief).products)
