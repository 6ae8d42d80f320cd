"""Business type for trades the evaluation sets' writers did not use: briefs written for these tests (not dataset
rows), one decision each, across the eight types, both languages, chatty and formal. The gazetteer of trade heads
(config/niches.yaml) and where a head names the business (providers/offline_rules/heads.py) decide them."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.heads import BRAND, SAID, head_of, head_windows, says_what_brand_is

BRIEFS = [
    ("Pabrik Tahu Sumedang Bu Ijah, tahu goreng dan tahu putih", "food_and_beverage"),
    ("Warung Sate Kambing Pak Narto, buka jam 4 sore, juga ada tongseng dan gulai, dekat terminal", "food_and_beverage"),
    ("Kedai Kopi Tepi Sawah di Ubud, kopi Bali, pisang goreng dan nasi campur, view sawah", "food_and_beverage"),
    ("Toko Kue Bu Endang Solo: nastar, kastengel, bolu pandan dan brownies, terima pesanan hampers", "food_and_beverage"),
    ("Pabrik Tahu Pak Slamet di Kediri, tahu putih, tahu kuning dan tahu takwa, bisa kirim ke pasar", "food_and_beverage"),
    ("Tempe Mendoan Bu Warsi, produksi tempe dan tempe mendoan siap goreng di Purwokerto", "food_and_beverage"),
    ("Kami usaha gula aren cair dan gula semut dari nira sendiri, Gula Aren Lebak, Banten", "food_and_beverage"),
    ("Toko Sepeda Gowes Jaya jual sepeda anak, sepeda lipat dan sparepart, juga servis ringan", "retail"),
    ("Toko Onderdil Motor Bintang Jaya Kudus, jual kampas rem, rantai, gir dan oli", "retail"),
    ("Dealer Resmi Motor Listrik Gesit Cirebon, test ride gratis dan kredit", "retail"),
    ("Biro Jasa Amanah Pontianak bantu urus perpanjangan STNK, balik nama BPKB dan paspor", "services"),
    ("Bengkel Bubut Sinar Logam menerima bubut poros, frais dan las argon untuk mesin pabrik", "services"),
    ("We are Borneo Pest Busters, a termite and rodent control company in Balikpapan", "services"),
    ("Bengkel Sepeda Roda Dua Cilandak: servis sepeda lipat, road bike, MTB, ganti ban, setel rem, juga jual helm, lampu dan botol minum", "services"),
    ("Umi Laundry & Dry Clean Tangerang: cuci kiloan, sepatu, tas, boneka, bed cover, karpet; bisa antar jemput", "services"),
    ("We're Kuta Scooter Rentals: scooters, helmets, raincoats and phone holders included, delivery to your villa", "services"),
    ("Jasa Cuci Mobil dan Motor Hidrolik Bang Jek, sekalian jual kopi, es teh dan mie instan buat yang nunggu", "services"),
    ("Hi, we are Lombok Handyman Co, fixing leaking roofs, doors, tiles and pool pumps for villa owners in Senggigi", "services"),
    ("I'm a certified plumber and electrician in Sanur, call-outs for blocked drains, water heaters and wiring", "services"),
    ("Surabaya Removals & Storage moves apartments and offices, packing boxes and bubble wrap included", "services"),
    ("halo kak, aku buka usaha jasa pijat panggilan khusus ibu hamil & nifas di Sleman, namanya Sentuh Bunda", "services"),
    ("Bu Rini nerima jasa setrika panggilan dan cuci gosok harian di Perumahan Griya Asri, per kilo 7rb", "services"),
    ("Klinik Khitan Ceria di Jombang: sunat metode klamp dan laser untuk anak, bisa home visit", "services"),
    ("Penerjemah tersumpah Inggris-Indonesia, Kantor Bahasa Lintas Kata di Bandung", "creative"),
    ("Konveksi Berkah Jahit Bandung menerima pesanan seragam kantor, kaos komunitas dan jaket", "creative"),
    ("Makeup by Sheila Medan, MUA wisuda, engagement dan wedding, home service seluruh Medan, paket mulai 450rb", "creative"),
    ("Kami studio foto produk Jepret Jualan di Bekasi, foto makanan, minuman, baju dan skincare untuk marketplace", "creative"),
    ("Tukang Sablon Rakyat Kediri: sablon kaos, totebag, topi dan jaket, bisa satuan", "creative"),
    ("I'm a ceramic artist making mugs, plates and bowls in my studio Tanah Liat Kecil in Ubud, also sell online", "creative"),
    ("Jasa desain menu restoran dan kemasan kopi, Rancang Rasa Studio, Makassar", "creative"),
    ("We are Kayu Cerita, a woodworker duo carving custom signboards, house numbers and serving boards in Ubud", "creative"),
    ("Jasa Cetak 3D Printlab Surabaya: prototipe produk, miniatur arsitektur dan spare part custom, bahan PLA/ABS", "creative"),
    ("I'm a freelance illustrator and muralist, Cat Dinding Studio, painting murals for cafes and schools in Bandung", "creative"),
    ("Kami penerjemah resmi bahasa Jepang, Hikari Translation, terjemahan dokumen visa, ijazah dan kontrak kerja", "creative"),
    ("Garmen Seragam Mandiri menerima produksi seragam sekolah, wearpack dan kaos partai minimal 50 potong, Sukoharjo", "creative"),
    ("Kursus Masak Dapur Ibu Lina: belajar bikin rendang, nasi kuning, kue lapis dan bolu, kelas tiap Minggu di Padang", "education"),
    ("Kursus Servis HP Cepat Bisa, Bandung: belajar ganti LCD, flashing, servis mesin HP, 1 bulan", "education"),
    ("We teach kids robotics and coding with Lego and Arduino at Robo Ranger Academy in Surabaya", "education"),
    ("Perguruan Pencak Silat Tapak Suci Ranting Gamping, latihan tiap Selasa dan Jumat untuk anak dan remaja", "education"),
    ("We run Ocean Kids Swim School in Sanur: baby swim, stroke correction and lifesaving for teens", "education"),
    ("Kelas Public Speaking Berani Bicara, Makassar, 6 pertemuan untuk mahasiswa dan karyawan", "education"),
    ("Bali Surf Academy offers surf lessons for beginners at Kuta beach, boards and rash guards included", "education"),
    ("Organ Tunggal Nada Irama siap meramaikan hajatan dan sunatan di Indramayu", "events"),
    ("Kami WO Dewi Ayu: paket nikah lengkap catering 500 porsi, dekorasi, baju pengantin, foto video dan MC", "events"),
    ("Festival Kopi Nusantara Bogor 2026: 40 booth kopi, kelas seduh manual, lomba barista dan musik akustik", "events"),
    ("Lomba Mancing Mania Waduk Gajah Mungkur, hadiah total 50 juta, pendaftaran peserta 150rb", "events"),
    ("Gedung Serbaguna Al Falah disewakan untuk akad nikah, resepsi, wisuda dan seminar, kapasitas 800 kursi, Bekasi", "events"),
    ("Aula Pertemuan Wisma Karya bisa disewa buat rapat, pelatihan dan arisan, termasuk sound dan proyektor, Madiun", "events"),
    ("Barongsai dan Liong Naga Mas Semarang siap tampil di imlek, pembukaan toko dan pernikahan", "events"),
    ("The Glasshouse is a wedding venue in Canggu with garden ceremony space and indoor reception for 200 guests", "events"),
    ("We are Tani Pintar, an app that helps rice farmers track fertiliser and harvest", "technology"),
    ("Sewa Laptop dan Proyektor Event Rent IT Jakarta", "technology"),
    ("Kami bikin aplikasi pesan antar makanan untuk warung dan resto, namanya AntarYuk, di Medan", "technology"),
    ("Aplikasi Kasir Warung Pintar: catat stok beras, minyak, rokok, pulsa dan utang pelanggan", "technology"),
    ("Tokoku Online adalah platform toko online untuk UMKM fashion dan kuliner, bikin katalog gratis", "technology"),
    ("We are Siaga Siber, a cybersecurity consultancy doing penetration testing and security audits for fintech startups", "technology"),
    ("Rental Laptop dan Proyektor Cepat Jogja untuk ujian, seminar dan kantor, harian dan bulanan", "technology"),
    ("Jasa Scan Dokumen dan Digitalisasi Arsip Kantor Desa, Arsip Rapi, Purwokerto", "technology"),
    ("PLTS Atap Matahari Kita, pasang panel surya on-grid untuk rumah dan pabrik di Semarang", "technology"),
    ("Kami startup agritech, SawahKu adalah aplikasi untuk petani padi mencatat pupuk dan hasil panen", "technology"),
    ("Budidaya Lele Bioflok Mas Joko, Boyolali, jual bibit lele dan lele konsumsi", "other"),
    ("Kost Putri Anggrek dekat kampus Unsoed, kamar AC dan wifi", "other"),
    ("Peternakan Sapi Perah Lembang Jaya, jual susu segar, yoghurt dan keju buatan sendiri dari susu sapi kami", "other"),
    ("Kebun Kopi Bu Lastri di Temanggung, jual biji kopi robusta dan kopi bubuk hasil kebun sendiri", "other"),
    ("Kost Exclusive Bintang, kamar mandi dalam, kulkas, TV, dekat mall, ada warung makan di bawah", "other"),
    ("Penitipan Kucing Meong Stay, hotel kucing ber-AC selama mudik lebaran, per malam 35rb, Bekasi", "other"),
    ("Keramba Jaring Apung Pak Harjo di Waduk Cirata, panen ikan nila dan mas tiap bulan", "other"),
    ("Desa Wisata Kampung Kopi Banaran, paket petik kopi, menginap di homestay warga dan tur kebun", "other"),
    ("Rumah Walet Sumber Rezeki di Sampit, jual sarang walet mentah dan bersih", "other"),
    ("PDAM mini BUMDes Tirta Lestari melayani sambungan air bersih rumah tangga di Desa Sukamaju", "other"),
    ("Parkir Inap Bandara Juanda, Parkir Aman 24 Jam, mobil 40rb per hari, antar ke terminal", "other"),
    ("Londri Kiloan Bu Tini, cuci setrika 6rb per kilo, Pasuruan", "services"),
    ("Ketring Bu Yati Magelang, nasi box dan prasmanan untuk hajatan", "food_and_beverage"),
    ("Kode Kita is a small software house in Jogja building inventory apps for pharmacies and shops", "technology"),
    ("Green Acres is a family dairy farm in Pangalengan selling fresh milk, yoghurt and cheese from our cows", "other"),
    ("Sumber Baru is a building materials shop in Kudus: cement, sand, steel rods and paint", "retail"),
    ("CV Solusi Surya Mandiri bergerak di bidang instalasi PLTS atap dan penerangan jalan tenaga surya", "technology"),
    ("Kami usaha kerajinan tangan dari eceng gondok, Eceng Craft Rawa Pening, membuat tas, tikar dan kotak hantaran", "creative"),
    ("Peternakan Puyuh Berkah di Sukabumi, jual telur puyuh dan puyuh pedaging, kandang sendiri", "other"),
    ("Kami siap nyewakake tarub, kursi lan sound kanggo nduwe gawe, Tarub Barokah Gunungkidul", "events"),
    ("Kulo ngingu wedus etawa 40 ekor, sade susu wedus seger lan cempe, Peternakan Mbah Karto, Purworejo", "other"),
    ("G'day, we're Reef Net, a small wireless internet provider for resorts and homestays on the Gili islands", "technology"),
    ("Hey there! I'm a Dutch expat running Sea Glass Studio in Lovina, making stained glass lamps and window panels by hand", "creative"),
    ("Selamat datang! We run Jungle Hut Eco Lodge near Bukit Lawang, bamboo bungalows, jungle trekking and river tubing", "other"),
]


@pytest.mark.parametrize("brief, btype", BRIEFS)
def test_the_trade_decides_the_type(brief, btype):
    assert parse_brief(brief).business_type == btype


def test_there_are_many_briefs_of_every_type():
    assert len(BRIEFS) >= 40
    assert {t for _b, t in BRIEFS} == {"food_and_beverage", "retail", "services", "creative", "education", "events",
                                        "technology", "other"}


def test_a_phrase_opened_or_closed_by_a_head_of_its_type_is_a_head():
    assert head_of("mua wisuda", "creative") is not None          # Indonesian: the head first
    assert head_of("bridal hair stylist", "services") is not None  # English: the head last
    assert head_of("mua wisuda", "retail") is None                 # a head of another type names nothing here
    assert head_of("mua wisuda") is None                           # without the hit's type: the gazetteer alone


def test_a_copula_or_an_article_after_the_brand_says_what_it_is():
    text = "we are ladang cerdas, an app that reminds chilli growers when to spray"
    brand = (7, 20)
    assert says_what_brand_is(text, brand)
    windows = head_windows(text, brand)
    assert (7, 8, BRAND) in windows                               # "we are <name>": the name, not what they run
    assert any(a == text.index("app") and r == SAID for a, b, r in windows)
    assert not says_what_brand_is("toko sinar, beras dan minyak", (0, 10))  # a bare comma opens a list of goods


@pytest.mark.parametrize("brief, btype, niche", [
    # a flower or a product ending a name is fancy, the opening head stays
    ("Kos Campur Anggrek dekat kampus Unair, kamar bulanan dengan wifi", "other", "other"),
    ("Wisma Putri Kaktus di Salatiga, kamar bulanan dekat UKSW", "other", "other"),
    # a name that ends in a trade still says what it is at its end
    ("Kopi Senja Catering, Tegal, nasi box dan prasmanan untuk kantor", "food_and_beverage", "catering"),
])
def test_the_end_of_a_name_decides_only_when_it_names_a_trade(brief, btype, niche):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == (btype, niche)


@pytest.mark.parametrize("brief, btype, niche", [
    # the card's conventions: a garment maker is creative (fashion), a translator creative, laptop rental technology,
    # boarding pets is lodging (other)
    ("Konveksi Bintang Timur Ngawi terima jahit seragam batik kantor dan jaket angkatan, minimal 24 potong",
     "creative", "fashion"),
    ("Jasa penerjemah tersumpah Arab-Indonesia untuk ijazah dan akta, Lisan Amanah, Banda Aceh", "creative", "other"),
    ("Sewa laptop dan proyektor harian untuk ujian CBT dan rapat, Rental Data Prima Kendari", "technology", "rental"),
    ("Hotel kucing Pawlace di Malang, kamar ber-AC untuk kucing selama pemilik mudik", "other", "pet_shop"),
])
def test_conventions_of_the_card(brief, btype, niche):
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == (btype, niche)


def test_boarding_pets_is_booked_not_sold():
    from tapsite_pipeline.providers.offline_rules.copy.industries import profile_for
    intent = parse_brief("Hotel kucing Pawlace di Malang, kamar ber-AC untuk kucing selama pemilik mudik")
    prof = profile_for(intent.niche, intent.business_type, intent.industry)
    assert (intent.business_type, prof.mode, prof.kind) == ("other", "book", "service")
    assert profile_for("pet_shop", "retail", "pet shop").mode == "order"  # a pet shop still sells
