"""Every item an owner lists is read: items coordinated before a colon, lists that go on past an item's "with …",
offer verbs such as "installs" and "memasang", regional joiners and verbs, and trips named by their days and
nights. Briefs written for each shape (none copied from a dataset)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.util import title_case
from tapsite_pipeline.providers.offline_rules.offer_words import trip_code

pytestmark = pytest.mark.unit

WA = " WA 0813-2233-4455"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


def _has(products: list[str], item: str) -> bool:
    return any(item == p or item in p.split(" + ") for p in products)


# ---------------------------------------------------------------- items before a colon
def test_items_coordinated_before_a_colon_are_offered_with_those_after_it():
    products = _products("Biro Teknik Lestari di Kendari. Kami bantu desain gudang, kantor kecil, dan renovasi: "
                         "gambar struktur, hitungan beton, pengawasan lapangan.")
    for item in ("desain gudang", "renovasi", "gambar struktur", "pengawasan lapangan"):
        assert _has(products, item), (item, products)


def test_two_items_of_two_words_before_a_colon_are_both_offered():
    products = _products("Lapak Vintage Rara jual jaket kulit & celana jeans bekas: levis, lee, wrangler.")
    assert _has(products, "jaket kulit"), products
    assert any(p.startswith("celana jeans") for p in products), products


def test_one_label_before_a_colon_only_names_the_kind():
    products = _products("Dapur Mbak Wulan jual kue basah: lemper, klepon, dadar gulung.")
    assert {"lemper", "klepon", "dadar gulung"} <= set(products)
    assert "kue basah" not in products


def test_a_head_shared_by_a_lone_word_before_a_colon_is_still_one_label():
    products = _products("Toko Berkah jual perlengkapan mandi & dapur: sabun batang, sikat gigi, spons cuci.")
    assert "dapur" not in products
    assert {"sabun batang", "sikat gigi", "spons cuci"} <= set(products)


def test_a_field_label_after_a_coordinated_list_is_no_list():
    products = _products("potter & ceramic painter doing custom mugs and plates, name: Tanah Liat Studio. "
                         "earthy colours please")
    assert "custom mugs" in products and "plates" in products
    assert not any("name" in p for p in products)


# ---------------------------------------------------------------- English "with" inside a list
def test_an_english_list_goes_on_past_an_items_with():
    products = _products("Kelas Kode builds apps for clinics: patient queue with SMS alerts, e-prescription, "
                         "and stock reports. Email hello@kelaskode.id")
    for item in ("patient queue", "e-prescription", "stock reports"):
        assert _has(products, item), (item, products)
    assert "sms alerts" not in products


def test_indonesian_dengan_still_says_what_an_item_comes_with():
    products = _products("Sewa Villa Asri di Batu, villa 3 kamar lengkap dengan kolam renang, dapur, karaoke.")
    assert "dapur" not in products and "karaoke" not in products


# ---------------------------------------------------------------- offer verbs
@pytest.mark.parametrize("brief, items", [
    ("CV Teknik Mandiri juga memasang pompa air dan tangki air di Sidoarjo.", ["pompa air", "tangki air"]),
    ("Rapid Solar installs rooftop panels and inverters across Lombok.", ["rooftop panels", "inverters"]),
    ("Kopi Trip Co. organises roastery tours, cupping sessions and farm stays in Kintamani.",
     ["roastery tours", "cupping sessions", "farm stays"]),
])
def test_an_offer_verb_opens_the_list(brief, items):
    products = _products(brief)
    for item in items:
        assert _has(products, item), (item, products)
    assert not any(p.split()[0] in ("memasang", "installs", "organises") for p in products)


def test_we_rent_out_leaves_no_out_in_the_item():
    products = _products("Bali Gear Hub. We also rent out camping chairs & coolers for beach parties.")
    assert "camping chairs" in products
    assert not any(p.startswith("out ") for p in products)


# ---------------------------------------------------------------- regional words
def test_a_minang_jo_joins_two_items():
    products = _products("Lapau Uda Rizal di Payakumbuh, manggaleh sate padang jo soto padang, "
                         "sapiriang 20rb.")
    assert "sate padang" in products and "soto padang" in products
    assert not any(" jo " in p or p.startswith("manggaleh") for p in products)


def test_jua_closes_an_item_like_juga():
    products = _products("Toko Sumber Rejeki Sorong jual beras, minyak goreng, gula pasir. Terima pulsa jua.")
    assert "pulsa" in products
    assert not any("jua" in p.split() for p in products)


# ---------------------------------------------------------------- trips by days and nights
def test_trips_named_by_days_and_nights_before_a_price_are_packages():
    products = _products("Ijen Trail Co. runs sunrise hikes to Kawah Ijen. 2D1N from IDR 950k per person, "
                         "3D2N from IDR 1.6jt with Baluran safari.")
    assert "2d1n" in products and "3d2n" in products


def test_a_days_and_nights_code_with_no_price_is_no_card():
    products = _products("Ijen Trail Co. runs sunrise hikes to Kawah Ijen, usually 2D1N.")
    assert "2d1n" not in products


@pytest.mark.parametrize("code, shown", [("2d1n", "2D1N"), ("paket 3h2m", "Paket 3H2M")])
def test_a_trip_code_is_titled_in_capitals(code, shown):
    assert trip_code(code)
    assert title_case(code) == shown


def test_other_words_with_digits_are_no_trip_code():
    assert not trip_code("v60") and not trip_code("4x4")
