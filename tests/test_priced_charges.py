"""A price list's item must name something sold: a charge, a period or a tier said before its own amount ("Uang
pendaftaran Rp 100.000, …", "Transport 50rb", "Sebulan Rp 300.000.") is no offering."""

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.priced_charges import charge_words

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, charge", [
    ("Kursus Gitar Nada untuk anak SD dan SMP. Uang pendaftaran Rp 150.000, iuran bulanan Rp 300.000. WA 0812 3030 4040",
     "uang pendaftaran"),
    ("Servis Kulkas Dingin Jaya melayani servis kulkas dan mesin cuci. Transport Rp 40.000, luar kota Rp 90.000. "
     "WA 0812 3030 4040", "transport"),
    ("Klinik Kulit Ayu melayani facial dan peeling. Administrasi 20rb, konsultasi dokter 60rb. WA 0812 3030 4040",
     "administrasi"),
    ("Les Menggambar Ceria untuk anak TK dan SD. Sebulan Rp 250.000. WA 0812 3030 4040", "sebulan"),
    ("Sewa Gaun Pesta Anggun menyewakan gaun pesta dan jas. Sewa 3 hari Rp 300.000, denda Rp 50.000/hari. "
     "WA 0812 3030 4040", "denda"),
    ("Klinik Hewan Bulu menerima vaksin dan steril. Steril jantan Rp 300.000, betina Rp 550.000. WA 0812 3030 4040",
     "betina"),
])
def test_a_charge_said_with_its_amount_is_no_offering(text, charge):
    assert charge not in parse_brief(text).products


@pytest.mark.parametrize("text, kept", [
    ("Warung Kerupuk Bu Tini. Lontong sayur 12rb, soto 15rb, tambah kerupuk kulit 3rb. WA 0812 3030 4040",
     "kerupuk kulit"),
    ("Sewa Mobil Berkah menyediakan transport bandara Rp 150.000, city tour Rp 450.000. WA 0812 3030 4040",
     "transport bandara"),
])
def test_goods_said_after_an_add_on_word_or_beside_a_charge_word_stay_offerings(text, kept):
    assert any(kept in p for p in parse_brief(text).products)


def test_the_charge_words_are_heads_or_words_said_alone():
    assert charge_words("uang pendaftaran") and charge_words("packing kayu") and charge_words("weekend")
    assert not charge_words("paket bulanan") and not charge_words("kelas dewasa") and not charge_words("bubble wrap")
