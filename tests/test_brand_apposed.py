"""Brand names set off after a description, and institutions named by the board that runs them.

Briefs written fresh for each mechanism (Indonesian and English), not copied from the datasets.
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str | None:
    return parse_brief(brief).brand_name


# ---- the sentence opens with what the business is, then the name alone between commas (or before the full stop)
@pytest.mark.parametrize("brief,brand", [
    ("Phone screen repair near Bintaro, Layarku. same-day fix, 30-day warranty", "Layarku"),
    ("Guided snorkeling trips around Gili Air, Blue Fin. small groups, gear included", "Blue Fin"),
    ("Pet grooming at home around Cilandak, Happy Whiskers. cats and small dogs, book via WhatsApp", "Happy Whiskers"),
    ("event organizer pernikahan adat di Palembang, Songket Pesta, bisa sewa tenda juga", "Songket Pesta"),
    ("usaha catering nasi kotak di Cirebon, Piring Kita, minimal 50 kotak", "Piring Kita"),
    ("konsultan pajak UMKM dr Pekanbaru, Hitung Pajak Mudah, bantu lapor SPT tahunan", "Hitung Pajak Mudah"),
])
def test_name_set_off_after_description(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- the same shape with goods or makers capitalised in the description does not read them as the name
@pytest.mark.parametrize("brief,not_brand", [
    ("jual sparepart Yamaha, Honda, Suzuki di Klaten, bisa kirim", "Honda"),
    ("servis laptop di Depok, Asus, Lenovo, Acer, HP, bergaransi", "Asus"),
])
def test_listed_makers_are_not_the_name(brief: str, not_brand: str) -> None:
    assert _brand(brief) != not_brand


# ---- a quoted title a few words after "game", "buku", "app" is a product the business makes
@pytest.mark.parametrize("brief,brand", [
    ("kami penerbit kecil di Yogyakarta, Pena Senja, baru rilis buku puisi anak 'Hujan di Atap'. butuh katalog",
     "Pena Senja"),
    ("tim developer dari Medan, Kode Tiga, lagi bikin aplikasi kasir 'Kasir Kilat'. butuh landing page", "Kode Tiga"),
    ("kami bikin game edukasi anak di Surabaya, Lompat Studio, game terbaru kami 'Hitung Bintang' sudah rilis",
     "Lompat Studio"),
])
def test_quoted_product_title_is_not_the_name(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- the board that runs a mosque, church or school names the institution, not itself
@pytest.mark.parametrize("brief,brand", [
    ("Assalamualaikum, kami DKM Masjid Al Furqon, Cileungsi. butuh web untuk jadwal kajian dan laporan infaq",
     "Masjid Al Furqon"),
    ("Takmir Masjid Nurul Iman Sleman mau bikin web info kajian dan zakat, warna hijau", "Masjid Nurul Iman Sleman"),
    ("Pengurus Gereja Bethel Sukamaju pengen web buat jadwal ibadah dan warta jemaat", "Gereja Bethel Sukamaju"),
])
def test_board_before_institution(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- a shop's number closes its name: a town written after it is where the shop is; a numbered school keeps it
@pytest.mark.parametrize("brief,brand", [
    ("Bengkel motor Sinar Jaya 77 Cakung, servis injeksi dan ganti oli", "Sinar Jaya 77"),
    ("Toko Sinar Mas 88 Bekasi jual alat tulis kantor dan fotokopi", "Toko Sinar Mas 88"),
    ("Optik Terang 21 Depok, kacamata minus, lensa progresif, free cek mata", "Optik Terang 21"),
])
def test_town_after_shop_number(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- a marketplace listing's title: the goods, the maker by honorific (and town), the pack size
@pytest.mark.parametrize("brief,brand", [
    ("Keripik Tempe Renyah Bu Warsi Malang 250gr - Gurih Banget! pengiriman tiap hari", "Bu Warsi Malang"),
    ("[PO] Rendang Daging Uni Ema Bukittinggi 500 gr, tahan 2 minggu di kulkas. WA 0813 1122 3344",
     "Uni Ema Bukittinggi"),
])
def test_maker_in_listing_title(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- a brief headed like a signboard (business noun, trade, name, colon) keeps the heading whole; a name that
# opens alone, or after the thing ordered, is the name
@pytest.mark.parametrize("brief,brand", [
    ("toko kue Manis Rasa: nastar, kastengel, putri salju. pesan H-3", "Toko Kue Manis Rasa"),
    ("laundry kiloan Wangi Sejati: cuci setrika 7rb/kg, antar jemput daerah Sleman", "Laundry Kiloan Wangi Sejati"),
    ("Kopi Senja: kopi susu gula aren dan roti bakar, buka sore", "Kopi Senja"),
    ("website buat Sate Pak Kumis: sate kambing, tongseng, gule", "Sate Pak Kumis"),
])
def test_signboard_heading(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- with no capitals to go by: the words set off by commas right after a trade and its place are the name; goods
# listed there are not
@pytest.mark.parametrize("brief,brand", [
    ("jasa cuci sofa panggilan di bekasi, bersih kilat, wa 0812 3344 5566", "Bersih Kilat"),
    ("les piano anak di depok, nada ceria, guru datang ke rumah", "Nada Ceria"),
    ("sewa tenda pesta di garut, tenda sejahtera. hub 0813 2211 4455", "Tenda Sejahtera"),
])
def test_lower_case_name_after_trade_and_place(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_lower_case_goods_after_place_are_no_name() -> None:
    brief = "jual kue kering di medan, nastar keju, kastengel, pesan h-3 sebelum lebaran"
    assert _brand(brief) not in ("Nastar Keju", "Kastengel")
