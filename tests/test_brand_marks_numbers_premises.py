"""Brand readings that carry to writers the parser never saw: a name after a bare "merk"/"brand" that the brief goes on
from in lower case (no list of makers), a business noun with the number it goes by ("Toko 88"), a shop's own noun
read where a place would stand ("di Konter …"), and a landmark a stall is found by, which names no business. Every
brief here is new wording, and each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


# ---- "merk X, <lower-case clause>": the owner's name, not the first of the makers carried
@pytest.mark.parametrize("brief,brand", [
    ("Gula Semut Organik dari Kulon Progo, merk Semut Emas, kemasan 250gr", "Semut Emas"),
    ("Minyak Kelapa Murni asli Bali, brand Nyiur Dewata, botol 100ml 45rb", "Nyiur Dewata"),
])
def test_marked_name_before_lower_clause(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,not_brand", [
    ("jual oli motor merk Shell, Castrol, Motul original, ganti di tempat", "Shell"),
])
def test_makers_listed_after_merk_stay_goods(brief: str, not_brand: str) -> None:
    assert _brand(brief) != not_brand


# ---- a business noun and its number
@pytest.mark.parametrize("brief,brand", [
    ("Toko 57 jual alat pancing dan umpan di Banyuwangi", "Toko 57"),
    ("Kedai 31 sedia kopi tubruk, roti bakar, mie rebus, Lhokseumawe", "Kedai 31"),
])
def test_business_noun_with_its_number(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief", [
    "Kost 14 kamar dekat kampus Unand, 900rb sebulan",
    "Warung 24 jam jual nasi rames dan kopi, Tegal",
])
def test_a_count_after_the_noun_is_no_name(brief: str) -> None:
    brand = _brand(brief)
    assert "14" not in brand and "24" not in brand


# ---- "di Konter Sinar Pulsa": at which business, not in which town
@pytest.mark.parametrize("brief,brand", [
    ("jual casing, tempered glass dan charger hp di Konter Sinar Pulsa, Pasar Wage Purwokerto", "Konter Sinar Pulsa"),
    ("servis kacamata dan ganti lensa di Optik Mata Indah, Kota Bima", "Optik Mata Indah"),
])
def test_shop_noun_where_a_place_stands(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- "depan Pasar Ciroyom": where the stall is found, never its name
@pytest.mark.parametrize("brief,landmark", [
    ("jual cilok dan batagor di depan Pasar Ciroyom, tiap sore", "Pasar Ciroyom"),
    ("Tukang sol sepatu dekat Stasiun Lempuyangan, bisa ditunggu", "Stasiun Lempuyangan"),
])
def test_landmark_is_no_name(brief: str, landmark: str) -> None:
    assert landmark.lower() not in _brand(brief).lower()


def test_market_that_is_the_event_keeps_its_name() -> None:
    assert _brand("Pendaftaran tenant Pasar Minggu Pagi Kelapa dibuka, stand 150rb") != ""


# ---- a name standing as its own sentence before its street: "… ganti oli. berkah motor, jl. …"
@pytest.mark.parametrize("brief,brand", [
    ("servis kulkas dan mesin cuci, bisa panggilan. dingin jaya teknik, jl. kartini 8 pati", "Dingin Jaya Teknik"),
    ("JAHIT GORDEN DAN SPREI, TERIMA PESANAN. RUMAH TIRAI ANGGUN, JALAN SUDIRMAN 40 BATAM", "Rumah Tirai Anggun"),
])
def test_name_signed_before_its_street(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- a listing's title: the goods and their size, then a cry after a dash; a sale's heading opening the post
@pytest.mark.parametrize("brief,brand", [
    ("[READY] Rendang Paru Uni Eva Bukittinggi 250gr - Mantul Abis!! Deskripsi: rendang paru kering, tahan 3 bulan. "
     "WA 0813 2222 9999", "Uni Eva Bukittinggi"),
    ("OPEN PO Parcel Lebaran! Kue Kering Dapur Tante Yuli, kirim seluruh Kendari", "Kue Kering Dapur Tante Yuli"),
    ("DIJUAL CEPAT meja belajar kayu jati, ukuran custom. Info: Meubel Karya Jepara, Solo", "Meubel Karya Jepara"),
])
def test_listing_title_and_sale_heading(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,cry", [
    ("Kopi Gayo Arabika 500gr - Wangi Banget! Roastery Kopi Tanoh Gayo, Takengon", "Wangi Banget"),
])
def test_cry_after_listing_title_is_no_name(brief: str, cry: str) -> None:
    assert _brand(brief) != cry


# ---- the word the name reader leaves out opens the name when the owner wrote it so
@pytest.mark.parametrize("brief,brand", [
    ("Kelas meditasi & yoga tiap pagi di Gili Air. Namaste Gili Studio, drop-in 120k", "Namaste Gili Studio"),
    ("SMK Bina Karya Mandiri Tegal membuka pendaftaran jurusan TKJ dan akuntansi", "SMK Bina Karya Mandiri Tegal"),
    ("Mrs. Crumble Bakehouse — scones, pies and tea cakes, Kuta", "Mrs. Crumble Bakehouse"),
])
def test_leading_word_the_owner_wrote(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_opening_greeting_stays_out() -> None:
    assert _brand("Horas! we are Samosir Bike Tours, cycling trips around the island") == "Samosir Bike Tours"


# ---- a heading of the trade and a town set off before the name; a name with an English title after a cue
@pytest.mark.parametrize("brief,brand", [
    ("SEWA TENDA DAN KURSI PALEMBANG - Putra Musi Dekorasi, tenda 4x6 300rb, kursi 5rb", "Putra Musi Dekorasi"),
    ("Jasa Servis Kulkas Bogor - Sejuk Abadi Teknik, bisa panggilan, garansi 1 bulan", "Sejuk Abadi Teknik"),
    ("antar jemput laundry, 7rb/kg, area Sleman. nama usaha Mr. Wash Laundry", "Mr. Wash Laundry"),
])
def test_heading_then_name(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_a_church_named_before_a_dash_keeps_its_name() -> None:
    assert _brand("HKBP Sudirman Pekanbaru — ibadah minggu jam 8 dan 10, sekolah minggu, persekutuan pemuda") \
        == "HKBP Sudirman Pekanbaru"


# ---- ALL CAPS: the case says nothing of a list of makers; what follows the name does
@pytest.mark.parametrize("brief,brand", [
    ("JUAL RENGGINANG UDANG MERK BINTANG LAUT, GURIH, 250GR, KIRIM SELURUH SULAWESI", "Bintang Laut"),
    ("ABON SAPI MERK PUTRI DELI, KEMASAN 100GR, TAHAN 3 BULAN", "Putri Deli"),
])
def test_all_caps_marked_name(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_all_caps_makers_listed_stay_goods() -> None:
    assert _brand("JUAL BAN MOTOR MERK IRC, FDR, CORSA ORI, BISA PASANG DI TEMPAT") not in ("Irc", "IRC")


# ---- "di Kota Lama": the district is the place, not the word after "kota"
def test_district_named_kota_is_one_place() -> None:
    assert parse_brief("Warung jamu kecil di Kota Lama, beras kencur, kunyit asam, wedang uwuh").location == "Kota Lama"


# ---- "I'm Nita from Nita's Kitchen": where the owner is from is their business when it bears their name or a trade title
@pytest.mark.parametrize("brief,brand", [
    ("Hi! I'm Nita from Nita's Cake Corner in Jember, custom birthday cakes and cupcakes", "Nita's Cake Corner"),
    ("halo, saya Anton dari Anton Jaya Furniture, bikin lemari dan kitchen set custom, Kudus", "Anton Jaya Furniture"),
])
def test_business_the_owner_is_from(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_town_the_owner_is_from_is_no_name() -> None:
    assert "Perth" not in _brand("Hi, I'm Jack from Perth, I teach surfing lessons in Kuta for beginners")


# ---- "oleh-oleh" is souvenirs, never "by"; a name asked about and denied is not the owner's
def test_souvenir_shop_keeps_its_name() -> None:
    assert _brand("Pusat oleh-oleh Kerupuk Kulit Mak Inun, kerupuk kulit, rendang, Payakumbuh") == "Kerupuk Kulit Mak Inun"


@pytest.mark.parametrize("brief,brand", [
    ("Roti O? bukan kak, kami Roti Boy Ciamis, roti kopi dan donat, Ciamis", "Roti Boy Ciamis"),
    ("Kenal Bakso Boedjangan? Bukan, ini Bakso Arjuna Pak Darto, Malang", "Bakso Arjuna Pak Darto"),
])
def test_denied_name_is_not_the_owners(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- a run of capitals amid lower-case items is set apart from them: the name, then what it sells
def test_name_set_apart_among_lower_case_items() -> None:
    assert _brand("Buah naga organik dari kebun kami, Naga Merah Farm Banyuwangi, buah segar, bibit, jus") \
        == "Naga Merah Farm Banyuwangi"


def test_makers_listed_in_capitals_stay_goods() -> None:
    assert _brand("sepatu lari original, Nike, Adidas, New Balance, bisa COD Bandung") not in ("New Balance", "Nike")


@pytest.mark.parametrize("brief,brand", [
    ("Flash Laundry Express, cuci kilat 3 jam, antar jemput area Depok", "Flash Laundry Express"),
    ("Open Table Bistro, steak dan pasta, Jl. Pemuda 12 Magelang", "Open Table Bistro"),
])
def test_names_opening_with_a_word_of_sales(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_the_branch_is_not_the_name() -> None:
    assert _brand("Mie Ayam Jamur 45 Cabang Sukajadi, mie ayam, bakso, pangsit goreng, Bandung") == "Mie Ayam Jamur 45"
