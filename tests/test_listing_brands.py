"""Briefs pasted from a marketplace listing: the title line names the goods and their selling points, and the shop
signs at the end, with a label ("Toko: …") or with its number ("Toko Jaya — WA 0812…"). All wordings here are our
own, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, brand", [
    ("[PROMO] Sambal Roa Botol 200ml Asli Manado | Tanpa Pengawet | Awet 2 Bulan\n✅ Sambal roa original Rp38.000\n"
     "✅ Sambal roa extra pedas Rp40.000\nKirim tiap Selasa. Toko: Rumah Sambal Oma Lien. WA 0813 5566 2211",
     "Rumah Sambal Oma Lien"),
    ("Tas Anyaman Pandan Handmade Asli Tasik | Bisa Custom Warna\n• Tas jinjing pandan Rp120.000\n"
     "• Dompet pandan Rp45.000\nDikirim dari Tasikmalaya. Galeri Anyam Rengganis — WA 0852 1010 4477",
     "Galeri Anyam Rengganis"),
    ("Kaos Polos Cotton Combed 30s | Ready All Size\nKaos lengan pendek 45rb, lengan panjang 55rb. "
     "Lapak: Sandang Murah Cimahi. Chat penjual ya", "Sandang Murah Cimahi"),
    ("HANDMADE SOAP | Natural | Vegan\nGoat milk soap 35k, charcoal soap 30k. Seller: Sabun Dapur Ayu. "
     "DM for order", "Sabun Dapur Ayu"),
])
def test_the_shop_that_signs_a_listing_is_the_brand(text: str, brand: str) -> None:
    assert parse_brief(text).brand_name == brand


@pytest.mark.parametrize("text, brand", [
    ("Kue Bu Sri, jual nastar dan kastengel. Alamat toko: Jl. Mawar 5 Bandung. WA 0812 3344 5566", "Kue Bu Sri"),
    ("Warung Mak Ijah, nasi uduk dan gorengan. Jam buka toko: 06.00-10.00. WA 0812 3344 5566", "Warung Mak Ijah"),
])
def test_a_label_that_leads_an_address_or_hours_is_no_name(text: str, brand: str) -> None:
    assert parse_brief(text).brand_name == brand


@pytest.mark.parametrize("text, not_brand", [
    ("saya Rahmi guru SD di Samarinda, terima les privat baca tulis. wilayah Samarinda Ulu dan Sungai Kunjang saja. "
     "wa 0857 1212 3434", "Samarinda Ulu"),
    ("Servis AC panggilan, bisa ke rumah. Jangkauan Medan Johor dan Medan Amplas. wa 0813 7788 9900", "Medan Johor"),
])
def test_the_area_a_business_works_in_is_no_name(text: str, not_brand: str) -> None:
    assert parse_brief(text).brand_name != not_brand
