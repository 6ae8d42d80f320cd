"""A cooperative, a BUMDes or a pesantren's business unit that sells or makes goods is typed by what it sells; one
that lends and saves, one whose members farm or fish, and one that names no goods stay `other` (datasets/CARD.md:
cooperatives, BUMDes and farms selling their own produce are other). Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.trading_units import is_form_hit, trading_unit

pytestmark = pytest.mark.unit


SELLERS = [
    ("Koperasi Ibu-Ibu Cempaka Wangi dari Bantul jual kacang bawang, keripik tempe sama emping melinjo. "
     "Pesan via wa 0812 0000 1111", "food_and_beverage"),
    ("BUMDes Sinar Harapan Desa Sukamulya memproduksi gula aren cair dan kopi bubuk kemasan, sudah halal.",
     "food_and_beverage"),
    ("unit usaha pondok Darussalam produksi sabun cuci piring dan sabun mandi, buatan santri, terima reseller.",
     "retail"),
    ("Kopontren Al Furqon jual sembako, beras, minyak goreng dan gula untuk warga sekitar pondok.", "retail"),
]

STAY_OTHER = [
    # lends and saves
    "Koperasi Simpan Pinjam Karya Bersama Purworejo: simpanan harian, pinjaman modal usaha, jual pulsa juga.",
    # members grow what it sells
    "Koperasi Petani Kopi Gunung Sari, 40 keluarga petani di Temanggung, jual kopi arabika green bean & roasted.",
    # fishermen selling their catch
    "Koperasi nelayan Bahari Jaya di Sibolga menjual ikan tongkol dan cakalang beku hasil tangkapan anggota.",
    # a pesantren that teaches, no unit that trades
    "Pondok Pesantren Nurul Falah di Jombang menerima santri baru untuk program tahfidz dan kitab kuning.",
    # a village enterprise that names no goods
    "BUMDes Karya Mandiri Desa Pagerwangi, profil desa dan laporan kegiatan BUMDes setiap bulan.",
]


@pytest.mark.parametrize(("text", "want"), SELLERS)
def test_a_unit_that_sells_goods_is_typed_by_its_goods(text: str, want: str) -> None:
    assert parse_brief(text).business_type == want


@pytest.mark.parametrize("text", STAY_OTHER)
def test_lenders_farmers_and_units_without_goods_stay_other(text: str) -> None:
    assert parse_brief(text).business_type == "other"


def test_only_the_form_words_are_demoted() -> None:
    assert trading_unit("koperasi wanita melati jual rengginang dan keripik")
    assert not trading_unit("toko melati jual rengginang dan keripik")  # no unit: nothing to read
    assert not trading_unit("koperasi simpan pinjam melati, jual pulsa")
    assert is_form_hit("koperasi wanita", "non-profit")
    assert is_form_hit("pesantren", "religious")
    assert not is_form_hit("yayasan", "non-profit")  # a foundation is not a trading unit's form
    assert not is_form_hit("koperasi", "snacks")
