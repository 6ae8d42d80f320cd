"""A made product's features, a bare spec and a house rule are no cards (package_contents._feature_spans,
item_measures, not_cards):

- what a digital product has, listed after "ada fitur" / "features:" or after "ada"/"punya" in a sentence about the
  product ("aplikasi kami … ada X, Y"; both cues only after a product unit in their sentence), is a note of the product, not one more card; a slot the lexicon knows as a
  product sold on its own stays a card, and a priced list after "ada" lists what is sold;
- a number and a spec unit alone ("50 mbps") is a tier of the offering said before it, left to its price fact;
  tiers the brief names as packages ("paket 30mbps …, 50mbps …") stay cards;
- what a tenant pays for apart ("laundry bayar sendiri") is a house rule (not_cards.do_it_yourself), unless priced.

Every wording is written for its class, not copied from a dataset row, with the negative beside it."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.item_measures import measured
from tapsite_pipeline.providers.offline_rules.package_contents import _feature_spans

pytestmark = pytest.mark.unit

WA = " WA 0813-7777-1212"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


@pytest.mark.parametrize("brief, kept, gone", [
    ("Kami jual aplikasi kasir buat warung kopi, aplikasinya ada stok otomatis, laporan harian dan cetak struk.",
     ["aplikasi kasir"], ["stok otomatis", "laporan harian", "cetak struk"]),
    ("Jasa bikin sistem absensi karyawan, dilengkapi fitur selfie lokasi, rekap lembur, slip gaji.",
     ["sistem absensi karyawan"], ["selfie lokasi", "rekap lembur", "slip gaji"]),
    ("Undangan pernikahan online buatan kami punya galeri prewed, hitung mundur & buku tamu.",
     [], ["galeri prewed", "hitung mundur", "buku tamu"]),
])
def test_the_features_of_a_product_are_no_cards(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept), products
    assert not any(g in products for g in gone), products


def test_a_product_sold_on_its_own_in_a_feature_list_stays_a_card():
    products = _products("Jasa aplikasi pesantren & ppdb online, ada fitur berita, agenda, e-raport.")
    assert "e-raport" in products and "berita" not in products and "agenda" not in products


@pytest.mark.parametrize("brief, want", [
    # goods listed after "ada" with no product unit in the sentence: the shop's goods
    ("Toko roti Mawar, ada bolu pandan, roti sobek, donat kentang.", ["bolu pandan", "roti sobek", "donat kentang"]),
    # the product unit is in another sentence: "ada" lists goods again
    ("Sistem antrian klinik, hubungi kami. Kami ada bolu pandan juga.", ["bolu pandan"]),
])
def test_a_list_of_goods_after_ada_keeps_its_cards(brief, want):
    products = _products(brief)
    assert all(w in products for w in want), products


@pytest.mark.parametrize("lower", [
    "aplikasi kasir kami ada langganan bulanan 99rb, langganan tahunan 900rb.",  # priced: the plans sold
    "toko kue bu ani ada nastar, kastengel.",  # no product unit: the goods
    "aplikasi kasir kami, ada juga jasa pasang cctv.",  # "ada juga": one more offering
])
def test_no_feature_span_where_the_list_is_what_is_sold(lower):
    assert _feature_spans(lower) == []


@pytest.mark.parametrize("item, lower", [
    ("50 mbps", "internet rumah 30 mbps 180rb/bln, 50 mbps 250rb/bln"),
    ("2 tb", "sewa server 1 tb 500rb, 2 tb 900rb"),
])
def test_a_bare_spec_is_a_tier_no_card(item, lower):
    assert measured([item], lower) == []


@pytest.mark.parametrize("item, lower", [
    ("50mbps", "pasang internet, paket 30mbps 180rb/bln, 50mbps 250rb/bln"),
    ("tv 43 inci", "jual tv 43 inci 3jt"),
])
def test_package_tiers_and_named_goods_keep_their_spec(item, lower):
    assert measured([item], lower) == [item]


def test_what_the_tenant_pays_for_apart_is_a_house_rule_no_card():
    products = _products("Kost putri Melati dekat kampus. kamar AC 1,2jt/bulan, kamar kipas 800rb/bulan. sudah termasuk "
                         "air. laundry bayar sendiri, token listrik beli sendiri.")
    assert products == ["kamar ac", "kamar kipas"], products


def test_a_service_paid_apart_with_its_own_price_is_sold():
    products = _products("Kost putri Melati. kamar AC 1,2jt/bulan, laundry bayar sendiri 7rb/kg")
    assert "laundry bayar sendiri" in products, products
