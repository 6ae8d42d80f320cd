"""Names in briefs typed without capitals: the words opening the brief before a copula or a business verb, a short
sentence of its own before a contact detail or at the end, a name set off by commas after the trade, a name the owner
introduces, and the closing words a name read after a cue keeps ("… kita", "… by Rambu"). Every brief here is new
wording (other trades, towns and people), and each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


@pytest.mark.parametrize("brief,brand", [
    ("rumah jahit sekar ayu menerima jahitan kebaya, seragam sekolah dan vermak celana di pekalongan. wa 0812 3344 5566",
     "Rumah Jahit Sekar Ayu"),
    ("griya laundry bening adalah usaha laundry kiloan di purwokerto, antar jemput gratis", "Griya Laundry Bening"),
    ("satria motor garage repairs scooters and big bikes in denpasar, open daily 9-6", "Satria Motor Garage"),
    ("kopi lereng merbabu sells single origin arabica beans roasted weekly, shipping across java", "Kopi Lereng Merbabu"),
    ("sanggar tari puspa melati membuka kelas tari jaipong untuk anak usia 5-12 tahun di subang",
     "Sanggar Tari Puspa Melati"),
])
def test_lower_case_opening_before_a_verb(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,brand", [
    ("kue lapis legit, kue bolu, brownies panggang. pesan h-2. dapur lintang sari. wa 0813 7766 5544", "Dapur Lintang Sari"),
    ("gorden custom, vitrase, roller blind, pasang gratis area bekasi. tirai indah jaya, hubungi 0857 1100 2233",
     "Tirai Indah Jaya"),
    ("private yoga for beginners at your villa in canggu, 90 minutes, mats included. breath & bloom yoga — email "
     "hi@breathbloom.id", "Breath & Bloom Yoga"),
    ("jual madu klanceng asli dari hutan lombok. botol 250ml 90rb. lebah kecil lestari", "Lebah Kecil Lestari"),
    ("kue bawang, kue semprit, lidah kucing. order via wa 0857 2211 3344. dapur oma lien", "Dapur Oma Lien"),
    ("JUAL BERAS ORGANIK DARI DELANGGU, 5KG 95RB. LUMBUNG PADI MAKMUR. WA 0812 9988 7766", "Lumbung Padi Makmur"),
    ("tas anyaman pandan buatan ibu-ibu desa, ukuran kecil 75rb. sekar lawe craft\nwa 0852 1100 3344",
     "Sekar Lawe Craft"),
])
def test_lower_case_name_standing_alone(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,not_brand", [
    ("kursus bahasa arab online untuk pemula, 8x pertemuan 300rb. jadwal fleksibel", "Jadwal Fleksibel"),
    ("jasa sedot wc 24 jam, area sidoarjo dan surabaya. harga mulai 350rb. bisa cod", "Bisa Cod"),
    ("toko sepatu kulit handmade dari cibaduyut, sepatu pantofel pria 450rb. warna coklat hitam", "Coklat Hitam"),
    ("rias pengantin adat jawa, paket akad 3jt. ungu muda & emas", "Ungu Muda & Emas"),
    ("sewa genset acara nikahan, 5000 watt 400rb. sopir disediakan", "Sopir Disediakan"),
    ("drop the sunset dinner cruise", "Drop The Sunset Dinner Cruise"),
    ("servis mesin cuci panggilan area bogor, garansi 1 bulan. teknisi berpengalaman. hub 0813 2200 4411",
     "Teknisi Berpengalaman"),
    ("jual bibit alpukat aligator & miki, kirim seluruh indonesia. wa 0812 7000 1122", "Kirim Seluruh Indonesia"),
])
def test_lower_case_note_at_the_end_is_no_name(brief: str, not_brand: str) -> None:
    assert _brand(brief) != not_brand


@pytest.mark.parametrize("brief,brand", [
    ("servis kulkas & mesin cuci panggilan, bengkel elektronik berkah jaya, klaten. bisa garansi 1 bulan",
     "Bengkel Elektronik Berkah Jaya"),
    ("les piano & biola untuk anak, studio musik harmoni nada, di tangerang. trial gratis", "Studio Musik Harmoni Nada"),
    ("bouldering gym for kids and adults, climb more gym. day pass 80k", "Climb More Gym"),
    ("we are kayu tua workshop, reclaimed teak furniture made to order in jepara. shipping worldwide",
     "Kayu Tua Workshop"),
    ("kami dari rental kamera fokus, sewa kamera mirrorless dan lensa harian di malang", "Rental Kamera Fokus"),
])
def test_lower_case_name_set_off_or_introduced(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_lower_case_list_item_is_no_name() -> None:
    # an item of a list set off by commas is not a name and its town
    assert _brand("jual kue kering nastar, putri salju, kastengel, lidah kucing. wa 0812 4455 6677") != "Putri Salju"


@pytest.mark.parametrize("brief,brand", [
    ("brand saya tenun sumba by rambu, kain tenun ikat asli sumba timur", "Tenun Sumba by Rambu"),
    ("makeup artist wisuda dan lamaran area bogor, brand is glow by nisa. booking dp 50%", "Glow by Nisa"),
    ("jual frozen food rumahan, namanya dimsum kita. pesan lewat wa ya", "Dimsum Kita"),
])
def test_lower_case_name_after_a_cue_keeps_its_closing_words(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,brand", [
    ("hi! sumba ride co here 🚙 we rent cars with driver around waingapu", "Sumba Ride Co"),
    ("hey, kopi lembah here 👋 we roast beans in toraja", "Kopi Lembah"),
    ("hi, we are tenun ikat lestari from kupang, we sell woven scarves", "Tenun Ikat Lestari"),
    ("welcome to rumah rajut mama ola 🧶 we knit baby clothes by hand", "Rumah Rajut Mama Ola"),
    ("kayu manis bakery is a small home bakery in sleman, baking banana bread since 2019.", "Kayu Manis Bakery"),
])
def test_lower_case_name_signed_in_introduced_or_described(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,not_brand", [
    ("bakso urat adalah menu andalan kami, buka tiap hari di purworejo", "Bakso Urat"),
    ("lombok surf camp is a family place near kuta, teaching surfing to beginners since 2016",
     "Teaching Surfing To Beginners"),
])
def test_lower_case_description_is_no_name(brief: str, not_brand: str) -> None:
    assert _brand(brief) != not_brand


@pytest.mark.parametrize("brief,brand", [
    ("rumah kue tante mia 🧁 bolu pandan, brownies, lapis surabaya. order h-1", "Rumah Kue Tante Mia"),
    ("🌿 sabun sereh wangi 🌿\nsabun batang alami, 3 pcs 45rb", "Sabun Sereh Wangi"),
    ("LAUNDRY KILAT BERSIH 🧺 CUCI SETRIKA 7RB/KG, ANTAR JEMPUT", "Laundry Kilat Bersih"),
])
def test_uncased_opening_set_off_by_an_emoji(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_an_emoji_in_a_cased_brief_keeps_its_reading() -> None:
    # with capitals to go by, an emoji before a lower-case word is a space, as before
    assert _brand("Rumah Kue Tante Mia 🧁 bolu pandan dan brownies, order H-1") == "Rumah Kue Tante Mia"


def test_lower_case_title_dot_ends_no_opening_sentence() -> None:
    assert _brand("klinik gigi drg. wulan, kota blitar. tambal, cabut, scaling") != "Klinik Gigi Drg"


@pytest.mark.parametrize("brief,brand", [
    ("we bake sourdough and bagels every morning in bintaro. order by whatsapp 0812 1234 5678. oven 77 bakehouse",
     "Oven 77 Bakehouse"),
    ("rental motor harian area kuta, matic & manual. bali ride 21, wa 0812 4400 5500", "Bali Ride 21"),
])
def test_lower_case_name_with_a_number_standing_alone(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_lower_case_count_with_its_unit_is_no_name() -> None:
    assert _brand("cuci sofa & karpet panggilan area bogor. pengerjaan 2 jam. wa 0812 5555 6666") != "Pengerjaan 2 Jam"
