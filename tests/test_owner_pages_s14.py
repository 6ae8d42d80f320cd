"""What an owner reading a page from a held-out-like brief would check first, on briefs written fresh for each class:

- no name given, but a handle or a mail address is: the handle, humanised, names the page ("Rina Cakes"), a person's
  mail address or a routing one ("info@") names nobody;
- one item per line, pasted from a chat without bullets: the lines are a list, each line one offering;
- a two-word place whose first word is a town of its own ("Batu Karas", "Padang Bai") is read whole;
- a supplier to other businesses (wholesale, "pemasok", "partai besar", bulk for cafés and hotels) is written as a
  supplier whatever it supplies: what it supplies, wholesale prices on WhatsApp, never a menu, a kitchen or a bowl;
  a shop that also sells one at a time, or a caterer's minimum order, keeps its own words;
- "minimal order 5 kg" is a quantity, not a minimalist (calm) tone;
- a price list without an offer verb: every priced item is an offering (a spec word in it, "50mm", or a capital,
  "Lensa fix", makes it no part and no name), but not what "+" adds, an option alone ("betina 600rb") or the rest of
  the item before it;
- a package named before what it holds ("Paket Basic 350rb: 3 konsep logo, 2x revisi"): the package is the card, and
  what it holds is the card's description, never cards of counts; goods named in brackets, or goods offered on their
  own, stay offerings; "panen sendiri", "pick your own" said as a perk is a note, said with its own price it is sold.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pasted import sentences_from_lines
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.industries import profile_for
from tapsite_pipeline.providers.offline_rules.handle_names import loose_account_name
from tapsite_pipeline.providers.offline_rules.offerings import priced_offerings

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    ("jual kue kering lebaran nastar kastengel, order: rinacakes@gmail.com", "Rina Cakes"),
    ("homemade cookies and brownies, contact sarahbakes@gmail.com", "Sarah Bakes"),
    ("terima jahit kebaya dan seragam, email: tokojahitsari@yahoo.com", "Toko Jahit Sari"),
    ("pempek kapal selam 15rb, lenjer 5rb, ig @dapur.bunda", "Dapur Bunda"),
])
def test_no_name_given_the_handle_or_mail_name_signs_the_page(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("lower,name", [
    ("order: rinacakes@gmail.com", "Rina Cakes"),
    ("dm ig @kuehanna", "Kue Hanna"),
    ("daftar di daftar.ngodingbareng@gmail.com", "Ngoding Bareng"),   # the routing word before the name
    ("order: budi.santoso@gmail.com", None),   # a person's address: no word of a trade in it
    ("email info@gmail.com", None),            # a routing address
    ("email ke xqzt@yahoo.com", None),
])
def test_loose_account_names(lower: str, name: str | None) -> None:
    assert loose_account_name(lower) == name


@pytest.mark.parametrize("brief,items", [
    ("Toko Kerupuk Bu Endang, Palembang.\nMenu:\nKemplang panggang\nKerupuk ikan\nAmplang\nWA 0812 3344 5566",
     ["kemplang panggang", "kerupuk ikan", "amplang"]),
    ("Sewa alat camping Ranu Outdoor di Malang\nTenda dome\nCarrier 60L\nKompor portable\nSleeping bag\n"
     "wa 081377665544", ["tenda dome", "carrier 60l", "kompor portable", "sleeping bag"]),
    ("Bloom Jar Florist, Makassar\nWhat we make:\nHand bouquets\nTable arrangements\nDM @bloomjar.mks",
     ["hand bouquets", "table arrangements"]),
])
def test_one_item_per_line_is_a_list_of_offerings(brief: str, items: list[str]) -> None:
    products = parse_brief(brief).products
    for item in items:
        assert item in products, (item, products)


def test_item_lines_are_joined_as_a_list_and_sentences_stay_sentences() -> None:
    flat = sentences_from_lines("Dapur Mak Ijah\nMenu:\nLontong sayur\nBubur ayam\nWA 0812 1111 2222")
    assert "Menu: Lontong sayur, Bubur ayam." in flat
    # two plain lines without a label, a contact and an address are not a list
    flat = sentences_from_lines("Kopi Rimba\nJl. Cemara 12\nBuka 08.00-22.00\nWA 0812 1111 2222")
    assert "," not in flat
    # lines that say something (a pronoun, a verb, a place) are sentences, not items
    flat = sentences_from_lines("Laundry Kilat Bu Sri\nKami terima cuci kering\nmelayani antar jemput\ndi Sleman")
    assert "," not in flat


@pytest.mark.parametrize("brief,place", [
    ("surf lessons and board rental in Batu Karas, Pangandaran. Beginner lesson 300k", "Batu Karas"),
    ("sewa papan selancar di batu karas, 100rb/jam", "Batu Karas"),
    ("Snorkeling trip dari Padang Bai ke Nusa Penida 450k", "Padang Bai"),
    ("Villa Kenanga di Batu Malang, kolam renang pribadi", "Batu"),   # a town, then the regency it lies in
    ("Bengkel Las Sinar di Batu, pagar dan kanopi", "Batu"),
])
def test_a_two_word_place_is_read_whole(brief: str, place: str) -> None:
    assert parse_brief(brief).location == place


SUPPLIERS = [
    "Toko Kerupuk Bu Endang, Palembang. Pemasok kerupuk dan kemplang untuk warung dan toko oleh-oleh, partai besar. "
    "WA 0812 3344 5566",
    "CV Sayur Segar Lembang memasok sayuran hidroponik, selada, pakcoy, dan kangkung ke restoran dan hotel di Bandung, "
    "minimal order 10 kg. WA 0813 9000 1212",
    "Green Basket Supply supplies fresh vegetables and herbs to restaurants and hotels in Denpasar. Wholesale only, "
    "minimum order 20 kg. WhatsApp +62 812 3900 1122",
    "Ayam Potong Berkah, kami supply ayam potong segar ke warung makan dan catering di Depok, harga grosir. "
    "WA 0857 2020 3030",
    # a supplier that says so, whose buyers include caterers (the niche read from them is not what it does)
    "Kami UD Sumber Pangan, pemasok sayur untuk warung, hotel dan katering di Kediri. Minimal order 20kg. "
    "WA 0812 7000 1234",
]
NOT_SUPPLIERS = [
    "Toko Beras Makmur di Cianjur, jual beras pandan wangi eceran maupun grosir untuk warung, WA 0812 1111 3333",
    "Katering Bu Yati Semarang, nasi box untuk kantor dan pabrik, minimal order 30 box",
    "Kopi Kenangan Senja coffee shop di Malang, kopi susu 18rb, minimal order 3 cup untuk delivery",
    "Nutmeg from our family farm in Banda: dried nutmeg 110K/kg, min order 5 kg for wholesale, retail also ok",
]
DINING = re.compile(r"\bmenu\b|on the menu|kitchen|rumah makan|santap|dine|dining|makan siang|kedai|warung makan kami",
                    re.I)


@pytest.mark.parametrize("brief", SUPPLIERS)
def test_a_supplier_is_read_as_one(brief: str) -> None:
    intent = parse_brief(brief)
    assert intent.industry == "wholesale supply", intent
    assert intent.niche != "eatery"
    assert profile_for(intent.niche, intent.business_type, intent.industry).supply


@pytest.mark.parametrize("brief", NOT_SUPPLIERS)
def test_a_shop_or_a_caterer_with_a_minimum_is_not_a_supplier(brief: str) -> None:
    assert parse_brief(brief).industry != "wholesale supply"


def test_minimal_order_is_not_a_calm_tone() -> None:
    assert parse_brief("Keripik Tempe Bu Sum Malang, minimal order 10 bungkus, WA 0812 5555 1212").tone != "calm"
    assert parse_brief("Studio foto minimalis Ruang Putih di Solo, nuansa tenang").tone == "calm"


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


@pytest.mark.parametrize("brief,head,wa", [
    (SUPPLIERS[0], ("Produk untuk Usaha", "Yang Kami Pasok", "Produk Grosir Kami"), "Harga grosir lewat WhatsApp"),
    (SUPPLIERS[2], ("What we supply", "Products for your business", "Our wholesale range"),
     "Wholesale prices on WhatsApp"),
])
def test_a_supplier_page_speaks_as_a_supplier(rt, brief: str, head: tuple[str, ...], wa: str) -> None:
    r = generate_site(make_brief(brief), rt)
    html = Path(r.deployment.index_path).read_text(encoding="utf-8")
    products = r.content.section("products")
    assert products is not None and products.heading.startswith(head), products.heading
    assert wa in html
    text = " ".join([s.heading + " " + s.body + " " + " ".join(i.title + " " + i.description for i in s.items)
                     for s in r.content.sections])
    assert not DINING.search(text), DINING.search(text)
    assert "mangkuk" not in html.lower() and "bowl" not in html.lower()   # the drawing is of goods, not a meal


@pytest.mark.parametrize("brief,items", [
    ("Sewa kamera: A6400 350k, Lensa 50mm 100k/hari, Tripod 50k", ["a6400", "lensa 50mm", "tripod"]),
    ("Sewa kamera: Canon M50 200k, Lensa fix 80k/hari, Tripod 30k", ["canon m50", "lensa fix", "tripod"]),
    ("Jual tanaman: Monstera 150rb, Aglonema 85rb, Kaktus mini 20rb. Kebun Hijau Daun Bogor",
     ["monstera", "aglonema", "kaktus mini"]),
])
def test_every_item_of_a_price_list_is_an_offering(brief: str, items: list[str]) -> None:
    intent = parse_brief(brief)
    for item in items:
        assert item in intent.products, (item, intent.products)
    assert intent.brand_name.lower() not in items   # a capitalised item between prices is not the name


@pytest.mark.parametrize("lower,items,sold", [
    ("sewa proyektor: proyektor 3000 lumens + layar 120rb/hari, speaker aktif 80rb/hari",
     ["proyektor 3000 lumens", "layar", "speaker aktif"], ["speaker aktif"]),
    ("klinik hewan: steril kucing jantan 300rb, betina 550rb, vaksin 150rb",
     ["steril kucing jantan", "betina", "vaksin"], ["steril kucing jantan", "vaksin"]),
    ("tenun ikat: kain 2 m pewarna kimia 300rb, pewarna alam 650rb, selendang 150rb",
     ["kain", "pewarna alam", "selendang"], ["selendang"]),
])
def test_what_a_price_list_item_adds_or_varies_is_not_sold_alone(lower: str, items: list[str], sold: list[str]) -> None:
    spans = [(m.start(), m.end()) for m in re.finditer(r"\d+rb(?:/hari)?", lower)]
    assert priced_offerings(items, lower, spans) == sold


PACKAGES = ("Studio Garis Rembang, jasa desain logo. Paket Hemat 300rb: 2 konsep logo, 2x revisi, file PNG. "
            "Paket Bisnis 900rb: 4 konsep logo, revisi sepuasnya, kop surat. WA 0812 5566 7788")


@pytest.mark.parametrize("brief,packages,not_cards", [
    (PACKAGES, ["paket hemat", "paket bisnis"], ["2 konsep logo", "2x revisi", "4 konsep logo"]),
    ("Rumah Foto Kenari Bogor. Silver Package 1.5jt: 2 hours, 50 edited photos. Gold Package 3jt: 4 hours, "
     "120 edited photos, 1 album", ["silver package", "gold package"], ["50 edited photos", "1 album"]),
])
def test_a_package_is_the_card_and_its_counts_are_not(brief: str, packages: list[str], not_cards: list[str]) -> None:
    intent = parse_brief(brief)
    assert [p for p in intent.products if p in packages] == packages, intent.products
    assert not set(not_cards) & set(intent.products)
    held = {f.subject: f.value for f in intent.facts if f.kind == "package" and f.subject}
    assert set(held) == set(packages)
    assert not intent.brand_name.lower().startswith(("paket", "silver", "gold"))


def test_goods_in_a_package_stay_offerings() -> None:
    intent = parse_brief("Kue Kering Bu Rini Kudus. Paket Lebaran: 4 toples (nastar, kastengel, kue salju) 300rb")
    for item in ("nastar", "kastengel", "kue salju"):
        assert item in intent.products


def test_the_package_card_says_what_it_holds(rt) -> None:
    r = generate_site(make_brief(PACKAGES), rt)
    cards = {i.title: i.description for i in r.content.section("products").items}
    assert cards["Paket Hemat"].startswith("Isi: 2 konsep logo, 2x revisi, file PNG.")
    assert "300rb" in cards["Paket Hemat"] and "kop surat" in cards["Paket Bisnis"]


@pytest.mark.parametrize("brief,perk,sold", [
    ("Agrowisata Melon Sukabumi - melon golden, melon madu, panen sendiri di kebun, parkir luas", "panen sendiri",
     ["melon golden", "melon madu"]),
    ("Kebun Apel Bu Ning Batu: apel manalagi, sari apel, bisa petik sendiri", "petik sendiri",
     ["apel manalagi", "sari apel"]),
])
def test_doing_it_yourself_is_a_perk_not_a_card(brief: str, perk: str, sold: list[str]) -> None:
    intent = parse_brief(brief)
    assert perk not in intent.products and all(p in intent.products for p in sold), intent.products


def test_doing_it_yourself_with_its_own_price_is_sold() -> None:
    assert "panen sendiri" in parse_brief("Kebun Tomat Ceri Garut: panen sendiri 25rb/orang, "
                                          "jus tomat 10rb").products


def test_the_last_offering_before_a_place_is_not_the_name() -> None:
    intent = parse_brief("kayak tours and paddle board rental in Padang Bai, 2 hours 250k. WhatsApp 0813 2323 4545")
    assert intent.location == "Padang Bai"
    assert intent.brand_name.lower() not in ("paddle board rental", "padang bai", "padang")


def test_a_fallback_name_does_not_say_its_trade_twice() -> None:
    assert parse_brief("Event Organizer gathering kantor dan outbound di Bogor").brand_name != \
        "Event Event Organizer"
