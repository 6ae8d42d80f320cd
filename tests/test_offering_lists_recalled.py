"""Named offerings the reader used to lose, each as a class of wordings written for it (none copied from a dataset):
a bare comma list goes on past a word that only qualifies its item ("khas Batak", "gratis", "mulai 15rb", "max 3
org", "per meter"); the first item of a list said with its own price stays in the list ("batik cap mulai 80rb, batik tulis, …");
and an amount said a second time in a price list ("lontong 12rb, ketupat 12rb") is that item's price too."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.price_list import list_opening_price, price_list, said_again

pytestmark = pytest.mark.unit

WA = " WA 0812-1111-2222"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


# ---------------------------------------------------------------- a qualifier closes its item, the list goes on
@pytest.mark.parametrize(("brief", "items"), [
    ("Dapur Bu Ratna, Padang. rendang daging khas minang, dendeng balado, gulai nangka.",
     ("rendang daging", "dendeng balado", "gulai nangka")),
    ("Oleh-oleh Mak Ijah, Palembang. pempek kapal selam khas palembang, kemplang, kerupuk kulit.",
     ("pempek kapal selam", "kemplang", "kerupuk kulit")),
    ("Warung Sate Cak Mat. sate kambing khas madura, sate ayam, tongseng, gule kambing.",
     ("sate kambing", "sate ayam", "tongseng", "gule kambing")),
    ("Kue Basah Bunda Lia, Medan. bolu gulung khas medan, lapis legit, kue lapis, dadar gulung.",
     ("bolu gulung", "lapis legit", "dadar gulung")),
    ("Toko Madu Hutan, Sumbawa. madu hutan khas sumbawa, bee pollen, propolis.", ("madu hutan", "bee pollen", "propolis")),
    ("Kopi Mbah Sarmo, Temanggung. kopi arabika khas temanggung, kopi robusta, kopi lanang.",
     ("kopi arabika", "kopi robusta", "kopi lanang")),
    ("Lumpia Mbak Ani, Semarang. lumpia goreng khas semarang, lumpia basah, wingko babat.",
     ("lumpia goreng", "lumpia basah", "wingko babat")),
    ("Toko Tenun Ina, Kupang. kain tenun khas sumba, selendang ikat, sarung tenun.",
     ("kain tenun", "selendang ikat", "sarung tenun")),
    ("Bengkel Las Pak Darto. konsultasi gratis, pagar besi, kanopi baja ringan, teralis jendela.",
     ("pagar besi", "kanopi baja ringan", "teralis jendela")),
    ("Salon Cantik Yuni, Depok. cuci rambut gratis, potong rambut, creambath, smoothing.",
     ("potong rambut", "creambath", "smoothing")),
    ("Optik Terang, Bekasi. cek mata gratis, kacamata minus, lensa kontak, kacamata baca.",
     ("kacamata minus", "lensa kontak", "kacamata baca")),
    ("Percetakan Jaya, Malang. desain gratis, kartu nama, brosur, spanduk, stiker.",
     ("kartu nama", "brosur", "spanduk", "stiker")),
    ("Bengkel Motor Maju. cek rem gratis, ganti oli, servis karburator, tune up.",
     ("ganti oli", "servis karburator", "tune up")),
    ("Bimbel Pintar, Jember. try out gratis, kelas matematika, kelas fisika, kelas kimia.",
     ("kelas matematika", "kelas fisika", "kelas kimia")),
    ("Pak Yos Service Elektronik. cek kerusakan gratis, servis tv, servis kulkas, servis mesin cuci.",
     ("servis tv", "servis kulkas", "servis mesin cuci")),
    ("Les Privat Bintang, Bogor. kelas privat max 3 org, kelas reguler, kelas intensif.",
     ("kelas privat", "kelas reguler", "kelas intensif")),
    ("Sanggar Tari Laras, Bandung. kelas jaipong maks 10 anak, kelas tari merak, kelas ketuk tilu.",
     ("kelas jaipong", "kelas tari merak", "kelas ketuk tilu")),
    ("Dimas Coffee Cart. free refill, iced latte, cold brew, matcha latte.", ("cold brew",)),
    ("Toko Kain Sumber Sandang, Pekalongan. kain katun per meter, kain batik, benang jahit, kancing baju.",
     ("kain katun", "kain batik", "benang jahit", "kancing baju")),
    ("Warung Bakso Pak Min, Klaten. bakso urat per porsi, mie ayam, es jeruk, kerupuk.",
     ("bakso urat", "mie ayam", "es jeruk")),
    ("Toko Beras Makmur, Karawang. beras pandan wangi per karung, beras merah, ketan putih, telur ayam.",
     ("beras pandan wangi", "beras merah", "ketan putih", "telur ayam")),
    ("Toko Kain Barokah, Solo. batik cap mulai 80rb, batik tulis, kain lurik, kain tenun.",
     ("batik cap", "batik tulis", "kain lurik", "kain tenun")),
    ("Ayu Tailor, Cirebon. permak celana mulai 15rb, jahit kebaya, jahit seragam.",
     ("permak celana", "jahit kebaya", "jahit seragam")),
])
def test_a_list_goes_on_after_a_word_that_only_qualifies_its_item(brief: str, items: tuple[str, ...]) -> None:
    products = _products(brief)
    for item in items:
        assert item in products, (item, products)
    assert not any(w in p.split() for p in products for w in ("khas", "gratis", "free", "max", "maks", "per")), products


@pytest.mark.parametrize("brief", [
    "Warung Nasi Goreng Pak Kumis, Bogor. nasi goreng harga kaki lima, rasa bintang lima, tempat nyaman.",
    "Bakmi Ahong, Medan. bakmi ayam harga mahasiswa, porsi kuli, rasa juara.",
])
def test_a_price_word_without_an_amount_closes_no_item(brief: str) -> None:
    # "harga kaki lima, rasa bintang lima": a slogan of prices and taste, no list of goods after it
    products = _products(brief)
    assert not any(p.startswith(("rasa", "porsi", "tempat")) for p in products), products


def test_a_governing_word_still_takes_the_rest_of_the_list() -> None:
    # "utk" governs what follows it: the occasions are uses, not goods
    products = _products("Toko Kue Ibu Rina. tumpeng mini utk ultah, syukuran, arisan.")
    assert "tumpeng mini" in products
    assert not {"syukuran", "arisan"} & set(products), products


# ---------------------------------------------------------------- the first item said with its price
@pytest.mark.parametrize(("brief", "first"), [
    ("Toko Kain Barokah, Solo. batik cap mulai 80rb, batik tulis, kain lurik, kain tenun.", "batik cap"),
    ("Kebun Buah Pak Eko, Batu. apel manalagi harga 20rb, jeruk keprok, jambu kristal.", "apel manalagi"),
    ("Ayu Tailor, Cirebon. permak celana mulai 15rb, jahit kebaya, jahit seragam.", "permak celana"),
    ("Bakery Mama Tini, Pontianak. roti sobek mulai Rp 25.000, bolu pandan, donat kentang, roti abon.", "roti sobek"),
    ("Kios Tanaman Hijau Asri, Lembang. monstera mulai 50rb, aglonema, sansevieria, kaktus mini.", "monstera"),
    ("Studio Foto Cahaya, Kediri. pas foto harga 25rb, foto keluarga, foto wisuda, foto produk.", "pas foto"),
    ("Jamu Gendong Mbok Sumi, Klaten. kunyit asam mulai 5rb, beras kencur, temulawak, sinom.", "kunyit asam"),
    ("Bengkel AC Sejuk, Makassar. cuci ac mulai 75rb, isi freon, bongkar pasang, perbaikan kompresor.", "cuci ac"),
    ("Mie Ayam Pak Gino, Wonosobo. mie ayam harga 12rb, mie ongklok, bakso urat, es jeruk.", "mie ayam"),
    ("Kerajinan Rotan Pak Made, Cirebon. kursi rotan from 450k, rattan lamps, laundry baskets, tray sets.",
     "kursi rotan"),
    ("Green Bowl Canggu. acai bowl from IDR 65k, smoothie bowls, cold pressed juice, vegan wraps.", "acai bowl"),
    ("Toko Sepatu Langkah, Garut. sepatu kulit mulai 250rb, sandal gunung, sepatu boots, dompet kulit.", "sepatu kulit"),
    ("Depot Es Pak Kumis, Surabaya. es campur mulai 10rb, es teler, es cendol, es doger.", "es campur"),
    ("Toko Bunga Melati, Bogor. buket mawar mulai 150rb, bunga papan, standing flower, rangkaian meja.", "buket mawar"),
    ("Sambal Bu Ida, Lamongan. sambal bawang harga 25rb, sambal cumi, sambal teri, sambal ijo.", "sambal bawang"),
    ("Madu Lebah Pak Harun, Riau. madu sialang mulai Rp 90.000, madu kelulut, bee pollen, propolis.", "madu sialang"),
    ("Distro Kaos Kita, Bandung. kaos polos mulai 45rb, kemeja flanel, hoodie, topi trucker.", "kaos polos"),
    ("Toko Ikan Hias Nemo, Bekasi. cupang halfmoon mulai 30rb, guppy, molly, pakan ikan.", "cupang halfmoon"),
    ("Bali Surf Shack, Kuta. board rental from 100k, surf lessons, wetsuits, rash guards.", "board rental"),
    ("Pastry Corner Jakarta. croissant from IDR 30k, pain au chocolat, cinnamon rolls, banana bread.", "croissant"),
])
def test_the_first_item_of_a_list_said_with_its_price_stays_an_item(brief: str, first: str) -> None:
    products = _products(brief)
    assert first in products, products
    assert products.index(first) <= 1, products  # the owner's order: it leads the list (after a named offering)
    assert not any(any(ch.isdigit() for ch in p) for p in products), products


def test_a_price_before_a_clause_or_a_priced_next_item_is_no_list_opening() -> None:
    lower = "nasi goreng mulai 15rb, bisa delivery. full site 9jt, landing page 4jt, hosting 250k/bulan"
    spans = [(12, 22), (39, 42)]  # "mulai 15rb", "9jt"
    assert list_opening_price(lower, spans) == []
    # a phone number is no price, whatever list follows it
    phone = "kontak 081234567890, nasi goreng, mie goreng, kwetiau"
    assert list_opening_price(phone, [(7, 19)]) == []


# ---------------------------------------------------------------- an amount said again
@pytest.mark.parametrize(("brief", "items"), [
    ("Warung Bu Sri, Lamongan. soto ayam 15rb, rawon 20rb, soto daging 20rb, es teh 5rb.",
     ("soto ayam", "rawon", "soto daging", "es teh")),
    ("Angkringan Mas Bowo, Jogja. nasi kucing 3rb, sate usus 3rb, sate telur puyuh 3rb, wedang jahe 4rb.",
     ("nasi kucing", "sate usus", "sate telur puyuh", "wedang jahe")),
    ("Laundry Bersih Jaya, Bandung. kiloan 7rb/kg, bed cover 25rb, selimut 25rb, boneka 15rb.",
     ("bed cover", "selimut", "boneka")),
    ("Bubur Ayam Mang Oleh, Cianjur. bubur ayam 12rb, bubur kacang hijau 8rb, ketan hitam 8rb, cakwe 3rb.",
     ("bubur ayam", "bubur kacang hijau", "ketan hitam", "cakwe")),
    ("Sewa Alat Camping Rimba, Malang. tenda dome 35rb, sleeping bag 15rb, matras 10rb, kompor portable 15rb.",
     ("tenda dome", "sleeping bag", "matras", "kompor portable")),
    ("Kedai Kopi Teduh, Medan. kopi susu 18rb, es kopi aren 18rb, teh tarik 15rb, roti bakar 15rb.",
     ("kopi susu", "es kopi aren", "teh tarik", "roti bakar")),
    ("Bengkel Motor Jaya Abadi, Kudus. ganti oli 50rb, servis ringan 50rb, tambal ban 15rb, ganti kampas rem 40rb.",
     ("ganti oli", "servis ringan", "tambal ban", "ganti kampas rem")),
    ("Salon Rambut Dewi, Tegal. potong rambut 30rb, creambath 60rb, hair mask 60rb, catok 25rb.",
     ("potong rambut", "creambath", "hair mask", "catok")),
    ("Seblak Teh Rina, Garut. seblak original 10rb, seblak ceker 15rb, seblak seafood 15rb, cireng 5rb.",
     ("seblak ceker", "seblak seafood", "cireng")),
    ("Sewa Kostum Ceria, Solo. kostum adat 50rb, kostum profesi 50rb, kostum superhero 75rb, kostum hewan 75rb.",
     ("kostum adat", "kostum profesi", "kostum superhero", "kostum hewan")),
    ("Jus Buah Bu Ani, Pekalongan. jus alpukat 10rb, jus mangga 10rb, jus jambu 8rb, jus tomat 8rb.",
     ("jus alpukat", "jus mangga", "jus jambu", "jus tomat")),
    ("Bakso Pak Kumis, Wonogiri. bakso urat 15rb, bakso telur 15rb, mie ayam 12rb, es teh 4rb.",
     ("bakso urat", "bakso telur", "mie ayam", "es teh")),
    ("Bengkel Sepeda Gowes, Jogja. setel rem 20rb, ganti rantai 20rb, servis lengkap 75rb, cuci sepeda 25rb.",
     ("setel rem", "ganti rantai", "servis lengkap", "cuci sepeda")),
    ("Kopi Keliling Dani, Bogor. americano 15k, cafe latte 20k, caramel latte 20k, cold brew 18k.",
     ("americano", "caramel latte", "cold brew")),
    ("Rental Kamera Fokus, Malang. sony a6400 150rb, canon m50 150rb, tripod 25rb, lensa 50mm 50rb.",
     ("sony a6400", "canon m50", "tripod", "lensa 50mm")),
    ("Warung Nasi Bu Yem, Klaten. nasi pecel 10rb, nasi rames 12rb, nasi sayur lodeh 10rb, teh anget 3rb.",
     ("nasi pecel", "nasi rames", "nasi sayur lodeh")),
    ("Toko Roti Harum, Bukittinggi. roti tawar 15rb, roti coklat 8rb, roti keju 8rb, roti sosis 10rb.",
     ("roti tawar", "roti coklat", "roti keju", "roti sosis")),
    ("Salon Kuku Cantik, Depok. nail art 75rb, gel polish 75rb, manicure 50rb, pedicure 50rb.",
     ("nail art", "gel polish", "manicure", "pedicure")),
    ("Kedai Martabak Jaya, Medan. martabak manis 25rb, martabak telor 25rb, terang bulan mini 15rb, roti bakar 15rb.",
     ("martabak manis", "martabak telor", "roti bakar")),
    ("Toko Buah Segar, Batu. apel 30rb/kg, jeruk 25rb/kg, pir 30rb/kg, anggur 60rb/kg.", ("apel", "jeruk", "anggur")),
])
def test_an_amount_said_again_is_the_price_of_its_own_item(brief: str, items: tuple[str, ...]) -> None:
    products = _products(brief)
    for item in items:
        assert item in products, (item, products)
    assert not any(any(ch.isdigit() for ch in p) and p not in items for p in products), products


def test_an_amount_said_again_joins_the_price_list_only_after_an_item() -> None:
    lower = "soto 15rb, rawon 20rb, soto daging 20rb. total 20rb"
    first = lower.find("20rb")
    second = lower.find("20rb", first + 1)
    spans = [(5, 9), (first, first + 4)]
    again = said_again(lower, spans)
    assert (second, second + 4) in again
    # after a price word ("total 20rb") the amount is no item's: the price list leaves it out
    assert price_list(lower, spans + again) == [(5, 9), (first, first + 4), (second, second + 4)]
    # a phone number said twice is no price
    assert said_again("hp 0812 0812", [(3, 7)]) == []


# ---------------------------------------------------------------- the making of a page thing is a service
@pytest.mark.parametrize(("brief", "item"), [
    ("Kreasi Visual Studio, Malang. jasa pembuatan katalog produk, desain logo, dan foto produk untuk UMKM.",
     "pembuatan katalog produk"),
    ("Agensi Kita Bisa, Bandung melayani pembuatan katalog digital, pengelolaan instagram, dan desain kemasan.",
     "pembuatan katalog digital"),
    ("Kami CV Media Rakyat di Jember, menerima pembuatan video profil, pembuatan website sekolah, serta cetak banner.",
     "pembuatan website sekolah"),
    ("Bengkel Digital Nusa melayani pembuatan toko online, pembuatan email kantor, dan pelatihan admin.",
     "pembuatan toko online"),
    ("Bengkel Digital Nusa melayani pembuatan toko online, pembuatan email kantor, dan pelatihan admin.",
     "pembuatan email kantor"),
    ("Percetakan Sinar, Kudus. menerima cetak undangan, pembuatan menu restoran, dan stempel.", "pembuatan menu restoran"),
    ("Rumah Kreatif Lestari di Ambon melayani pembuatan website desa, desain baliho, dan dokumentasi acara.",
     "pembuatan website desa"),
    ("Warna Warni Advertising, Cilacap. jasa pembuatan papan nama, neon box, dan pembuatan website toko.",
     "pembuatan website toko"),
    ("Jasa Digital Bu Rina, Sragen. pembuatan email bisnis, pembuatan katalog whatsapp, dan desain feed instagram.",
     "pembuatan email bisnis"),
    ("Jasa Digital Bu Rina, Sragen. pembuatan email bisnis, pembuatan katalog whatsapp, dan desain feed instagram.",
     "pembuatan katalog whatsapp"),
    ("Kantor Jasa Aksara, Blitar melayani pengetikan skripsi, penerjemahan, dan pembuatan formulir online.",
     "pembuatan formulir online"),
    ("Sahabat Koperasi, Kendari melayani pembuatan sistem kasir, pelatihan pembukuan, dan pembuatan website koperasi.",
     "pembuatan website koperasi"),
])
def test_the_making_of_a_page_thing_is_a_service_sold(brief: str, item: str) -> None:
    products = _products(brief)
    assert item in products, products


@pytest.mark.parametrize("brief", [
    "Dapur Bu Nani, Depok: nasi box, tumpeng, snack box. pembuatan website ini untuk pesanan online.",
    "Toko Kue Melati di Solo jual nastar, kastengel, dan putri salju. Mohon pembuatan website untuk toko kami.",
    "Warung Sate Pak Kardi, Madiun. sate ayam, sate kambing, tongseng. pembuatan websitenya mau cepat ya.",
])
def test_the_owners_own_page_is_no_service(brief: str) -> None:
    products = _products(brief)
    assert products and not any("website" in p or "web" in p.split() for p in products), products


def test_a_web_business_keeps_the_website_it_sells() -> None:
    products = _products("Kode Cepat Studio, Semarang: jasa pembuatan website, aplikasi kasir, dan landing page.")
    assert "website" in products, products


# ---------------------------------------------------------------- the verb the owner says the work with
@pytest.mark.parametrize(("brief", "item"), [
    ("I run a tiny pottery studio in Ubud called Tanah Rasa. we make bowls, cups, vases and planters, and run "
     "wheel-throwing classes on Saturdays.", "wheel-throwing classes"),
    ("We are Bamboo Bikes Flores: we build bamboo bicycles and run bike repair workshops for kids.",
     "bike repair workshops"),
    ("Sari Batik Lasem sells hand-drawn batik scarves and runs batik painting workshops for tourists.",
     "batik painting workshops"),
    ("We grow organic vegetables in Malang and also run farm tours on weekends. Called Kebun Segar.", "farm tours"),
    ("Kami Sanggar Seni Budaya Nusantara di Solo, melatih tari tradisional, karawitan, dan pedalangan untuk anak.",
     "tari tradisional"),
    ("Perguruan Silat Macan Putih, Banten, melatih pencak silat, jurus tangan kosong, dan senam pernapasan.",
     "pencak silat"),
    ("Sekolah Sepak Bola Garuda Muda di Sleman melatih teknik dasar, taktik bermain, dan kiper.", "teknik dasar"),
    ("LPK Karya Mandiri, Cikarang melatih las listrik, bubut, dan perawatan mesin industri.", "las listrik"),
    ("LPK Karya Mandiri, Cikarang melatih las listrik, bubut, dan perawatan mesin industri.", "perawatan mesin industri"),
    ("Sanggar Musik Harmoni, Ambon melatih vokal, keyboard, dan gitar akustik.", "vokal"),
])
def test_the_verb_of_the_work_is_no_part_of_its_name(brief: str, item: str) -> None:
    products = _products(brief)
    assert item in products, products
    assert not any(p.split()[0] in ("run", "runs", "melatih") for p in products), products


# ---------------------------------------------------------------- the unit goods are sold in
@pytest.mark.parametrize(("brief", "items"), [
    ("we sell batik fabric by the metre and kain tenun from Flores. Kain Timur Store, Ende.",
     ("batik fabric", "kain tenun")),
    ("Kopi Lereng sells roasted arabica by the kilo and green beans for home roasters. Based in Temanggung.",
     ("roasted arabica", "green beans")),
    ("Mama Sue's Kitchen in Kuta sells lasagna by the tray and garlic bread for parties.", ("lasagna", "garlic bread")),
    ("Tipsy Scoops Bali: gelato by the scoop, affogato and waffle cones.", ("gelato", "affogato", "waffle cones")),
    ("Kebun Bunga Rinjani sells roses by the bunch, potted orchids and wedding bouquets.",
     ("roses", "potted orchids", "wedding bouquets")),
    ("We rent surfboards by the day, wetsuits and GoPro cameras in Canggu. Name: Board Hut.",
     ("surfboards", "wetsuits", "gopro cameras")),
    ("Cetak Kilat Print sells sticker paper by the sheet, vinyl rolls and laminating film.",
     ("sticker paper", "vinyl rolls", "laminating film")),
])
def test_the_unit_goods_are_sold_in_ends_no_list(brief: str, items: tuple[str, ...]) -> None:
    products = _products(brief)
    for item in items:
        assert item in products, (item, products)
    assert not any("by the" in p for p in products), products


# ---------------------------------------------------------------- supplies for whom or where
@pytest.mark.parametrize(("brief", "items"), [
    ("TOKO SINAR TERANG JUAL ALAT TULIS KANTOR & PERLENGKAPAN SEKOLAH GROSIR ECER. WARNA BIRU.",
     ("alat tulis kantor", "perlengkapan sekolah")),
    ("Baby Shop Bunda Ceria, Cirebon menjual perlengkapan bayi, mainan anak, dan baju anak.",
     ("perlengkapan bayi", "mainan anak", "baju anak")),
    ("Toko Serba Ada Pak Gun, Kebumen. jual sembako, peralatan dapur, perlengkapan mandi, dan kebutuhan bayi.",
     ("sembako", "peralatan dapur", "kebutuhan bayi")),
    ("Toko Buku Pelita, Jambi: buku pelajaran, perlengkapan sekolah, perlengkapan kantor, tinta printer.",
     ("buku pelajaran", "perlengkapan sekolah", "perlengkapan kantor", "tinta printer")),
    ("Toko Plastik Jaya, Kediri menyediakan peralatan dapur, kemasan makanan, dan perlengkapan anak.",
     ("peralatan dapur", "kemasan makanan", "perlengkapan anak")),
    ("Koperasi Guru Sejahtera, Blora menjual seragam, perlengkapan sekolah, dan sepatu sekolah.",
     ("perlengkapan sekolah",)),
])
def test_supplies_for_whom_or_where_named_in_a_list_are_goods(brief: str, items: tuple[str, ...]) -> None:
    products = _products(brief)
    for item in items:
        assert item in products, (item, products)


@pytest.mark.parametrize("brief", [
    "Toko Bayi Mungil, Sidoarjo. perlengkapan bayi: stroller, car seat, popok.",
    "Toko Ananda, Sragen jual perlengkapan sekolah: buku tulis, pensil, penghapus, tas.",
])
def test_supplies_as_the_label_of_a_list_stay_its_label(brief: str) -> None:
    products = _products(brief)
    assert len(products) >= 3 and not any(p.startswith("perlengkapan") for p in products), products
