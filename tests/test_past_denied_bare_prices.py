"""What is no card: a business the owner used to run or closed, a denied list ("tidak menerima A, B atau C"), what
other businesses do said to set this one apart, short tags in brackets, a feast's heading before the name. And a
price list written with bare dotted amounts ("250.000", dot leaders, a pasted list's runs of spaces): price facts
with their subjects. Briefs written for each class (none copied from a dataset), each with a near miss that must
not change."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.bracket_tags import bracket_tags
from tapsite_pipeline.providers.offline_rules.not_offered import denied
from tapsite_pipeline.providers.offline_rules.past_trades import former_businesses

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7788"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


def _prices(brief: str) -> dict[str, str]:
    return {f.value: f.subject for f in parse_brief(brief + WA).facts if f.kind == "price"}


# ---------------------------------------------------------------- a business the owner used to run
@pytest.mark.parametrize("brief, old, kept", [
    ("dulu aku jualan sandal jepit tp udah tutup, skrg jualan bakso malang di Kediri. bakso urat 15rb, bakso "
     "beranak 25rb.", "sandal jepit", "bakso urat"),
    ("saya dulu punya fotokopi tapi sepi, akhirnya buka warung seblak. seblak ceker 12rb, seblak tulang 15rb.",
     "fotokopi", "seblak ceker"),
    ("I used to run a car wash, now I roast coffee beans in Malang: arabica and robusta by the kilo.",
     "car wash", "arabica"),
])
def test_a_business_the_owner_used_to_run_is_no_card(brief, old, kept):
    products = _products(brief)
    assert not any(old in p for p in products)
    assert any(kept in p for p in products)


@pytest.mark.parametrize("brief", [
    "sejak dulu kami jualan sandal jepit dan sandal gunung di Garut",  # since long ago: still sold
    "dari dulu saya jualan sandal jepit di pasar Garut, grosir dan eceran",
    "Dulu saya jualan sandal jepit di pasar Garut, ramai sampai sekarang",  # until now: it goes on
])
def test_a_business_still_run_since_long_ago_stays(brief):
    assert former_businesses(brief.lower()) == ()
    assert any("sandal jepit" in p for p in _products(brief))


def test_the_old_business_names_no_trade():
    intent = parse_brief("dulu sy buka laundry kiloan tp udh tutup, skrg jualan kue basah: lemper, risoles, "
                         "dadar gulung." + WA)
    assert intent.business_type == "food_and_beverage"
    assert not any("laundry" in p for p in intent.products)


# ---------------------------------------------------------------- a denied list across commas
@pytest.mark.parametrize("brief, denied_items, kept", [
    ("Sanggar Tari Melati, Solo: kelas tari jawa klasik untuk anak. Kami tidak melatih balet, hip hop atau "
     "salsa.", ["balet", "hip hop", "salsa"], "tari jawa klasik"),
    ("Fixit Corner in Medan sells phone cases and screen protectors. We don't sell laptops, tablets or printers.",
     ["laptops", "tablets", "printers"], "phone cases"),
])
def test_a_denied_list_is_no_card(brief, denied_items, kept):
    products = _products(brief)
    assert not any(d in p for p in products for d in denied_items)
    assert any(kept in p for p in products)


def test_a_list_after_a_denial_without_or_is_left_alone():
    lower = "gak ada delivery, ambil sendiri di toko. jual nastar, kastengel dan putri salju"
    spans = denied(lower)
    assert not any(a <= lower.index("nastar") < b for a, b in spans)
    assert "nastar" in _products("Gak ada delivery, ambil sendiri di toko. Jual nastar, kastengel dan putri salju")


# ---------------------------------------------------------------- setting the business beside others
def test_what_other_businesses_do_is_no_card():
    products = _products("Les renang Coach Dimas, Bekasi: privat renang anak 8x 600rb. beda dengan les lain yg "
                         "cuma main air, di sini langsung teknik gaya bebas.")
    assert not any(p.startswith(("beda", "les lain")) for p in products)
    assert any("privat renang" in p for p in products)


def test_a_list_of_goods_beside_the_word_other_stays():
    products = _products("Toko Kue Mama Lia jual bolu pandan, brownies dan kue lainnya di Tegal.")
    assert any("bolu pandan" in p for p in products)


# ---------------------------------------------------------------- short tags in brackets
def test_short_tags_in_brackets_are_no_cards():
    lower = "kaos sablon (s, m, l, xl) dan topi bordir"
    assert [lower[a:b] for a, b in bracket_tags(lower)] == ["s, m, l, xl"]
    assert "xl" not in _products("Konveksi Pak Hadi terima kaos sablon (S, M, L, XL) dan topi bordir")


@pytest.mark.parametrize("lower", [
    "es campur (teh, kopi, susu) dan roti bakar",  # goods of the lexicon
    "keripik buah (apel, nangka, salak)",  # longer words that may be goods
    "nasi kotak (isi 10)",  # a count
])
def test_brackets_of_goods_or_counts_are_left_alone(lower):
    assert bracket_tags(lower) == []


# ---------------------------------------------------------------- a feast's heading before the name
def test_a_feast_heading_is_no_brand():
    intent = parse_brief("Menyambut Lebaran 1448 H, Toko Kue Bu Rina buka PO nastar dan kastengel" + WA)
    assert intent.brand_name == "Toko Kue Bu Rina"


def test_a_name_with_a_feast_word_and_more_stays():
    intent = parse_brief("Natal Bakery Kupang jual roti manis dan bolu gulung" + WA)
    assert intent.brand_name and "Natal Bakery" in intent.brand_name


# ---------------------------------------------------------------- bare dotted amounts
def test_bare_dotted_amounts_in_a_sentence_are_prices_with_their_items():
    prices = _prices("Ibu Wati menerima potong rambut 35.000, creambath 60.000, dan smoothing 250.000.")
    assert prices == {"35.000": "potong rambut", "60.000": "creambath", "250.000": "smoothing"}
    assert "creambath" in _products("Ibu Wati menerima potong rambut 35.000, creambath 60.000, dan smoothing "
                                    "250.000.")


def test_a_pasted_list_with_spaces_and_dot_leaders():
    brief = ("DAFTAR HARGA SAPI KURBAN - TERNAK PAK ALI, BLITAR\nSapi limosin (300 kg)    21.500.000\n"
             "Sapi bali ....... 15.000.000\nHub. 0857 1111 2222")
    prices = _prices(brief)
    assert prices.get("21.500.000") == "sapi limosin (300 kg)"  # the weight in brackets is the item's
    assert prices.get("15.000.000") == "sapi bali"


@pytest.mark.parametrize("brief", [
    "Aula Serbaguna Melati muat 1.000 orang, cocok untuk resepsi",  # a count of people
    "Sudah melayani lebih dari 5.000, terima kasih pelanggan setia toko kami",  # a count after "lebih dari"
    "Kaos 10.000+ terjual, kaos polos katun combed di Bandung",  # a count with "+"
])
def test_a_bare_number_that_counts_is_no_price(brief):
    assert not any(v.startswith(("1.000", "5.000", "10.000")) for v in _prices(brief))
