"""Brand names that carry to writers the parser never saw: an explicit naming cue said late, the joining words of
foreign names, an honorific's name at the end, a place that is where the business is, the goods' makers after a
bare "merk", greeting words that are name words, and a name that signs in at the start. Every brief here is new
wording (other trades, towns and people), and each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


# ---- an explicit naming cue wins wherever it is said, with the joining words of a name in another language
@pytest.mark.parametrize("brief,brand", [
    ("halo, aku Sari, ngajar bahasa Prancis online buat pemula, kelas kecil via zoom. nama kelasnya Bonjour avec Sari ya",
     "Bonjour avec Sari"),
    ("We teach Italian home cooking in Ubud, small groups of six. Our name is Cucina con Lucia, book by email",
     "Cucina con Lucia"),
    ("les privat bahasa Jerman buat persiapan Ausbildung, A1-B2, tiap Selasa. nama kursusnya Lernen mit Rudi",
     "Lernen mit Rudi"),
    ("Saya jual sambal botol dari Cirebon, level 1-5. nama kedainya Sambel Mbok Tarni.", "Sambel Mbok Tarni"),
])
def test_naming_cue_said_late_wins(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_a_persons_full_name_is_no_business_name() -> None:
    got = _brand("Studio Foto Cermin di Kediri, foto wisuda dan keluarga. owner: nama lengkapnya Budi Santoso, fotografer")
    assert got == "Studio Foto Cermin"


# ---- an honorific and its name close a brand; the name is never read as a clause word ("min" = admin)
@pytest.mark.parametrize("brief,brand", [
    ("Warung Soto Pak Min, soto ayam 12rb, es jeruk 5rb. wa 0812 3344 5566", "Warung Soto Pak Min"),
    ("Jahit Permak Ceu Iis, permak jeans 15rb, pasang resleting 10rb", "Jahit Permak Ceu Iis"),
    ("Gorengan Mpok Ani buka dari jam 3 sore, bakwan dan tahu isi 1rb", "Gorengan Mpok Ani"),
])
def test_honorific_name_ends_the_brand(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_admin_min_is_still_no_name() -> None:
    assert "Min" not in _brand("Toko Kue Melati Bekasi, nastar 90rb. tanya2 dulu ke min ya, Min siap bantu")


# ---- a place is where the business is, never its name, when a capitalised name stands elsewhere
@pytest.mark.parametrize("brief,brand", [
    ("Les Menjahit Teh Rina, belajar bikin pola dan jahit gamis. tiap minggu di rumah saya Cibiru Bandung, max 5 orang",
     "Les Menjahit Teh Rina"),
    ("laptop mati total? layar bergaris? Laptop Sehat Lab bisa bantu, cek gratis. lokasi Plaza Semanggi lt 2. wa 0812 1111 2222",
     "Laptop Sehat Lab"),
    ("Servis jam tangan dan ganti baterai, Detik Presisi, alamat Ruko Sentra Niaga blok C, Bekasi", "Detik Presisi"),
])
def test_place_is_not_the_brand(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,brand", [
    ("Toko Bandung Jaya jual semen, pasir dan cat tembok di Cimahi", "Toko Bandung Jaya"),
    ("namanya Plaza Kopi, kedai kopi susu di Ruko Gading, Serpong", "Plaza Kopi"),
])
def test_a_name_that_holds_a_place_word_survives(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


# ---- the makers of the goods after a bare "merk"/"brand" are goods; the owner's own "brand saya" is the name
@pytest.mark.parametrize("brief", [
    "Aki Jaya Mandiri, ganti aki mobil dan motor. merk GS YUASA ori semua. telp 021 555 7788",
    "Pusat Oli Lancar, ganti oli motor matic. merk Shell, Castrol dan Motul asli. wa 0813 2222 4444",
])
def test_carried_makers_are_not_the_brand(brief: str) -> None:
    got = _brand(brief)
    assert got.startswith(("Aki Jaya Mandiri", "Pusat Oli Lancar")), got


def test_brand_identity_is_a_service_not_a_name() -> None:
    assert "Identity" not in _brand("Studio desain kecil di Malang, kami bikin brand identity dan packaging")


def test_own_brand_cue_still_names() -> None:
    assert _brand("Kosmetik murah di Medan, brand saya Glow Ayu, serum dan toner 50rb") == "Glow Ayu"


# ---- greeting words are name words outside the greeting
@pytest.mark.parametrize("brief,brand", [
    ("Sulam Kasih - sulaman nama dan bordir hijab, 3-5 hari jadi. wa 0812 7777 1212", "Sulam Kasih"),
    ("hp mati total? Ponsel Selamat Center bisa ganti LCD dan baterai, Tangerang", "Ponsel Selamat Center"),
])
def test_greeting_words_inside_names(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_greetings_stay_greetings() -> None:
    got = _brand("Selamat Pagi kak, Terima Kasih sebelumnya. Saya jual kue kering di Depok")
    assert "Selamat" not in got and "Kasih" not in got


# ---- a lower-case name signing in at the start ("X here,", "x - what it is")
@pytest.mark.parametrize("brief,brand", [
    ("hi! lumbung roti bakery here, we bake sourdough and bagels daily in bogor", "Lumbung Roti Bakery"),
    ("sabun alami ratri - handmade soap shop in ubud, we sell lemongrass and coconut bars", "Sabun Alami Ratri"),
])
def test_lower_case_name_signing_in(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief, brand", [
    ("Kami adalah perusahaan yang bergerak di bidang logistik, berkedudukan di Kota Sorong, Papua Barat Daya. "
     "PT Raja Samudra Kargo melayani pengiriman barang antar pulau. Telp (0951) 322 111", "PT Raja Samudra Kargo"),
    ("Yayasan Pelita Kasih di Tomohon membuka les baca tulis gratis untuk anak", "Yayasan Pelita Kasih"),
])
def test_a_legal_entity_names_the_business_with_its_entity(brief, brand):
    assert parse_brief(brief).brand_name == brand
