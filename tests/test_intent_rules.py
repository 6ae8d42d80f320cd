"""Table-driven tests of the offline intent parser (providers/offline_rules)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import BUSINESS_TYPES, FEATURES, Intent
from tapsite_pipeline.providers.offline_rules import parse_brief

F, R, S, C = "food_and_beverage", "retail", "services", "creative"
E, EV, T, OTHER = "education", "events", "technology", "other"

# (brief, expected fields). Every listed field must match exactly; "features" means "⊇".
CASES: list[tuple[str, dict]] = [
    # ---- Indonesian, formal and informal
    ("Saya jual nastar, kastengel, dan putri salju di Bandung, nama tokonya Kue Bunda. Warna pink dan coklat tua ya, "
     "pesan lewat WA",
     dict(business_type=F, brand_name="Kue Bunda", language="id", location="Bandung", industry="bakery",
          products=["nastar", "kastengel", "putri salju"], color_preference=["pink", "dark brown"],
          features={"whatsapp"})),
    ("nama tokonya toko ani, jual sembako di depok",
     dict(business_type=R, brand_name="Toko Ani", language="id", location="Depok", products=["sembako"])),
    ("Kopi Senja adalah kedai kopi kekinian di Yogyakarta dengan nuansa hijau tosca dan emas",
     dict(business_type=F, brand_name="Kopi Senja", language="id", location="Yogyakarta", industry="coffee shop",
          color_preference=["turquoise", "gold"])),
    ("gw punya warung makan bu tini di solo, jual nasi pecel sama rawon, pesen via wa gan",
     dict(business_type=F, brand_name="Warung Makan Bu Tini", language="id", location="Solo",
          products=["nasi pecel", "rawon"], features={"whatsapp"})),
    ("Batik Larasati: toko batik cap dan batik tulis dari Pekalongan, warna coklat muda dan krem",
     dict(brand_name="Batik Larasati", language="id", location="Pekalongan",
          color_preference=["light brown", "cream"])),
    ("sy mau bikin web utk usaha laundry kiloan sy, namanya Bersih Wangi Laundry, di daerah Depok, bisa antar jemput",
     dict(business_type=S, brand_name="Bersih Wangi Laundry", language="id", location="Depok", industry="laundry",
          features={"delivery"})),
    ("Warung Bu Sri sejak 1998 menjual gudeg dan ayam goreng di Jogja",
     dict(business_type=F, brand_name="Warung Bu Sri", language="id", location="Jogja",
          products=["gudeg", "ayam goreng"])),
    ("Bakso Pak Kumis sejak 2010, bakso urat dan bakso beranak paling enak se-Malang",
     dict(business_type=F, brand_name="Bakso Pak Kumis", language="id")),
    ('Usaha katering saya bernama "Dapur Mama Ani", melayani nasi box dan tumpeng untuk acara kantor di Surabaya',
     dict(business_type=F, brand_name="Dapur Mama Ani", language="id", location="Surabaya", industry="catering")),
    ("Halo kak, aku jualan hijab dan gamis online, brand aku Hijab Nayla, pengen warna dusty pink dan putih",
     dict(business_type=R, brand_name="Hijab Nayla", language="id", color_preference=["pink", "white"])),
    ("Toko sepatu lokal 'Langkah Kita' di Bandung, jual sneakers kulit buatan tangan",
     dict(business_type=R, brand_name="Langkah Kita", language="id", location="Bandung")),
    ("bengkel motor jaya abadi di bekasi, servis motor, ganti oli, tambal ban. tema biru dongker",
     dict(business_type=S, language="id", location="Bekasi", color_preference=["navy"])),
    ("Namanya Salon Cantik Ayu, salon kecantikan untuk ibu-ibu di Medan, warnanya rose gold ya kak",
     dict(business_type=S, brand_name="Salon Cantik Ayu", language="id", location="Medan",
          color_preference=["rose gold"], target_audience="ibu-ibu")),
    ("Saya fotografer wedding dan prewedding di Bali, nama studio saya Lensa Senja, butuh portofolio dan galeri",
     dict(business_type=C, brand_name="Lensa Senja", language="id", location="Bali",
          features={"portfolio", "gallery"})),
    ("Bimbel Cerdas Ceria buka les privat matematika dan bahasa inggris buat anak SD dan SMP di Tangerang, "
     "ada pendaftaran online",
     dict(business_type=E, brand_name="Bimbel Cerdas Ceria", language="id", location="Tangerang",
          features={"registration"})),
    ("kami wedding organizer dari Semarang, namanya Janji Suci WO, warna putih dan emas, elegan",
     dict(business_type=EV, brand_name="Janji Suci WO", language="id", location="Semarang", tone="elegant",
          color_preference=["white", "gold"])),
    ("jasa pembuatan website dan aplikasi mobile untuk UMKM, nama perusahaan kami Kode Nusantara, di Jakarta Selatan",
     dict(business_type=T, brand_name="Kode Nusantara", language="id", location="Jakarta Selatan",
          target_audience="umkm")),
    ("servis laptop dan hp di Malang, namanya Dokter Gadget, bisa booking via wa",
     dict(business_type=T, brand_name="Dokter Gadget", language="id", location="Malang",
          features={"booking", "whatsapp"})),
    ("Peternakan kambing etawa Berkah Farm di Boyolali, jual susu kambing dan bibit kambing",
     dict(business_type=OTHER, brand_name="Berkah Farm", language="id", location="Boyolali")),
    ("Kost putri Griya Melati dekat kampus UGM, kamar bersih, wifi, ada parkiran",
     dict(business_type=OTHER, brand_name="Griya Melati", language="id")),
    ("Yayasan Peduli Anak Bangsa di Makassar menerima donasi untuk anak yatim",
     dict(business_type=OTHER, brand_name="Yayasan Peduli Anak Bangsa", language="id", location="Makassar")),
    ("Toko kue kering Bu Ratna, jual nastar keju dan kue lebaran, warna hijau botol dan emas",
     dict(business_type=F, brand_name="Toko Kue Kering Bu Ratna", language="id",
          color_preference=["dark green", "gold"])),
    ("aku jual keripik pisang dan keripik singkong pedas, merek aku Kriuk Mantap, kirim ke seluruh indonesia",
     dict(business_type=F, brand_name="Kriuk Mantap", language="id", features={"delivery"},
          products=["keripik pisang", "keripik singkong pedas"])),
    ("mau bikin landing page buat toko baju anak sy, nama tokonya Little Bee Kids, warna kuning dan biru muda",
     dict(business_type=R, brand_name="Little Bee Kids", language="id", color_preference=["yellow", "light blue"])),
    ("Klinik gigi drg. Sari di Bogor, bisa reservasi online, ada testimoni pasien",
     dict(business_type=S, language="id", location="Bogor", features={"booking", "testimonials"})),
    ("Rental mobil Lancar Jaya di Denpasar, sewa avanza dan innova harian, lepas kunci atau dengan sopir",
     dict(business_type=S, brand_name="Lancar Jaya", language="id", location="Denpasar")),
    ("usaha sablon kaos custom namanya Tinta Kita, bisa pesan satuan, warna hitam dan oranye",
     dict(business_type=C, brand_name="Tinta Kita", language="id", color_preference=["black", "orange"])),
    ("Kursus bahasa Inggris English Fun Academy di Palembang untuk anak-anak, ada jadwal kelas dan daftar online",
     dict(business_type=E, brand_name="English Fun Academy", language="id", location="Palembang",
          features={"schedule", "registration"})),
    ("EO kami Pesta Ceria melayani dekorasi ulang tahun anak dan sewa tenda di Bekasi",
     dict(business_type=EV, brand_name="Pesta Ceria", language="id", location="Bekasi")),
    ("tolong buatin website utk konser musik indie Suara Kota Fest di Bandung, ada jual tiket dan jadwal lineup",
     dict(business_type=EV, language="id", location="Bandung", features={"tickets", "schedule"})),
    ("Dapur Nenek, catering harian rumahan untuk karyawan kantor di Jakarta, menu berganti tiap hari",
     dict(business_type=F, brand_name="Dapur Nenek", language="id", location="Jakarta")),
    ("sy punya usaha frozen food, nugget ayam, sosis, dimsum. nama usaha saya Frozen Mama. warna merah muda",
     dict(business_type=F, brand_name="Frozen Mama", language="id", color_preference=["pink"])),
    ("Jual teh hijau dan beras merah organik, nama toko Sehat Alami, nuansa hijau dan coklat",
     dict(brand_name="Sehat Alami", language="id", color_preference=["green", "brown"], tone="calm")),
    ("kedai kopi kami jual kopi hitam dan kopi susu gula aren, namanya Kopi Kenangan Kita",
     dict(business_type=F, brand_name="Kopi Kenangan Kita", language="id", color_preference=[])),
    ("Butik Anggun menjual kebaya modern dan gaun pesta, ingin tampilan mewah warna maroon dan emas",
     dict(business_type=R, brand_name="Butik Anggun", language="id", tone="elegant",
          color_preference=["maroon", "gold"])),
    ("Jasa service AC panggilan Dingin Sejuk di Sidoarjo, cuci AC dan isi freon, terpercaya",
     dict(business_type=S, brand_name="Dingin Sejuk", language="id", location="Sidoarjo", tone="professional")),
    ("Sanggar tari Puspa Sari menerima murid baru untuk kelas tari tradisional anak, ada jadwal latihan",
     dict(business_type=E, brand_name="Puspa Sari", language="id", features={"schedule"})),
    ("Kerajinan rotan handmade dari Cirebon, brand kami Rotan Indah, warna coklat tua dan krem",
     dict(business_type=C, brand_name="Rotan Indah", language="id", location="Cirebon",
          color_preference=["dark brown", "cream"])),
    ("saya ilustrator freelance, nama saya Dinda tapi brand saya Dindraws, mau pamer portofolio",
     dict(business_type=C, brand_name="Dindraws", language="id", features={"portfolio"})),
    ("Toko Bangunan Sumber Rejeki di Klaten jual semen, pasir, besi, cat tembok",
     dict(business_type=R, brand_name="Toko Bangunan Sumber Rejeki", language="id", location="Klaten")),
    ("TPA Al-Ikhlas buka pendaftaran santri baru, belajar mengaji dan iqro untuk anak usia 5-12 tahun",
     dict(business_type=E, brand_name="TPA Al-Ikhlas", language="id", features={"registration"})),
    ("Pijat tradisional Mbok Darmi, pijat panggilan dan pijat bayi di Solo",
     dict(business_type=S, brand_name="Pijat Tradisional Mbok Darmi", language="id", location="Solo")),
    ("martabak manis dan telor, namanya martabak bang udin, di cikarang, buka malam",
     dict(business_type=F, brand_name="Martabak Bang Udin", language="id", location="Cikarang")),
    ("Saya punya coffee shop di Malang dengan konsep minimalis, nama cafenya Ruang Temu, warna abu-abu dan putih",
     dict(business_type=F, brand_name="Ruang Temu", language="id", location="Malang", tone="calm",
          color_preference=["gray", "white"])),
    ("Jualan custom cake dan dessert box, nama brand Sweet Tooth, warna pastel pink dan mint",
     dict(business_type=F, brand_name="Sweet Tooth", language="id", color_preference=["pink", "mint"])),
    ("bkin web buat londri aku dong kak namanya cling laundry di tangsel, warna biru muda sm putih",
     dict(business_type=S, brand_name="Cling Laundry", language="id", location="Tangsel",
          color_preference=["light blue", "white"])),
    ("Software house kecil di Yogyakarta bernama Nusa Digital Labs, fokus aplikasi kasir untuk UMKM",
     dict(business_type=T, brand_name="Nusa Digital Labs", language="id", location="Yogyakarta")),
    ("Les piano dan gitar Harmoni Musik di Depok, guru berpengalaman, bisa trial gratis",
     dict(business_type=E, brand_name="Harmoni Musik", language="id", location="Depok")),
    ("toko emas permata di pasar baru, jual perhiasan emas dan cincin kawin",
     dict(business_type=R, language="id", color_preference=[])),
    ("Sewa tenda dan sound system \u201cBerkah Jaya\u201d untuk hajatan dan pernikahan di Garut",
     dict(business_type=EV, brand_name="Berkah Jaya", language="id", location="Garut")),
    # ---- English
    ("I run a small bakery called Sunny Side Bakes in Austin selling sourdough and croissants, navy and gold colors "
     "please",
     dict(business_type=F, brand_name="Sunny Side Bakes", language="en", location="Austin",
          products=["sourdough", "croissants"], color_preference=["navy", "gold"])),
    ("We are Green Leaf Cleaning, an eco-friendly cleaning service in Seattle for busy parents. Online booking please.",
     dict(business_type=S, brand_name="Green Leaf Cleaning", language="en", location="Seattle",
          target_audience="busy parents", features={"booking"})),
    ("My shop Luna Threads sells handmade crochet bags and hats, pastel colours, link to Instagram",
     dict(brand_name="Luna Threads", language="en", color_preference=["pastel"], features={"social_links"})),
    ("Pixel Forge is a software studio building SaaS tools and mobile apps for startups, dark blue theme",
     dict(business_type=T, brand_name="Pixel Forge", language="en", color_preference=["navy"])),
    ("Wedding photography by Amelia Hart Studio in London, elegant black and white look, portfolio and testimonials",
     dict(business_type=C, brand_name="Amelia Hart Studio", language="en", location="London", tone="elegant",
          color_preference=["black", "white"], features={"portfolio", "testimonials"})),
    ("Tutoring center named Bright Minds offering math and science lessons for high school students in Toronto",
     dict(business_type=E, brand_name="Bright Minds", language="en", location="Toronto")),
    ("\"Spice Route\" - Indian restaurant in Sydney with takeaway and delivery, warm orange and maroon colours",
     dict(business_type=F, brand_name="Spice Route", language="en", location="Sydney",
          color_preference=["orange", "maroon"], features={"delivery"})),
    ("Fix-It Phones since 2015: phone and laptop repair in Chicago, book a repair online",
     dict(business_type=T, brand_name="Fix-It Phones", language="en", location="Chicago", features={"booking"})),
    ("Annual jazz festival Blue Note Nights in Jakarta, need ticket sales and the performance schedule",
     dict(business_type=EV, brand_name="Blue Note Nights", language="en", location="Jakarta",
          features={"tickets", "schedule"})),
    ("we sell organic vegetables from our family farm, called Green Acres, in Bogor. earthy green and brown",
     dict(business_type=OTHER, brand_name="Green Acres", language="en", location="Bogor")),
    ("Looking for a site for my barbershop, The Gentlemen's Cut, bold black and gold style",
     dict(business_type=S, brand_name="The Gentlemen's Cut", language="en", tone="bold",
          color_preference=["black", "gold"])),
    # ---- mixed language: grammar decides
    ("Saya punya coffee shop namanya Brew Haven di Bali, jual specialty coffee dan pastry",
     dict(business_type=F, brand_name="Brew Haven", language="id", location="Bali")),
    ("bikinin website dong buat custom cake shop aku, Sugar Bloom, warna lavender sama putih",
     dict(business_type=F, brand_name="Sugar Bloom", language="id", color_preference=["lavender", "white"])),
    ("I sell kue lapis legit and nastar from my home kitchen in Jakarta, my brand is Dapur Oma",
     dict(business_type=F, brand_name="Dapur Oma", language="en", location="Jakarta")),
    ("Digital agency kami, Kreasi Maya, bantu UMKM jualan online lewat SEO dan social media marketing",
     dict(business_type=T, brand_name="Kreasi Maya", language="id")),
    # ---- typos / caps styles
    ("JUAL AYAM GEPREK SAMBAL MATAH, NAMANYA GEPREK MAS BRO, DI SURABAYA",
     dict(business_type=F, brand_name="Geprek Mas Bro", language="id", location="Surabaya")),
    ("Saya Jual Kue Kering Lebaran Di Bekasi Nama Toko Saya Kue Kering Mama Rini",
     dict(business_type=F, brand_name="Kue Kering Mama Rini", language="id", location="Bekasi")),
    ("ak mw bikn webstie utk cofee shop ak, nmanya Kopi Pagi, di bandung",
     dict(business_type=F, brand_name="Kopi Pagi", language="id", location="Bandung")),
]


@pytest.mark.parametrize("brief,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_cases(brief: str, expected: dict) -> None:
    got = parse_brief(brief)
    assert isinstance(got, Intent)
    for field, want in expected.items():
        if field == "features":
            assert want <= set(got.features_requested), (field, got.features_requested)
        else:
            assert getattr(got, field) == want, (field, getattr(got, field), want)


def test_case_mix() -> None:
    langs = [parse_brief(b).language for b, _ in CASES]
    assert len(CASES) >= 60
    assert langs.count("id") / len(langs) >= 0.6
    assert {e.get("business_type") for _, e in CASES} >= set(BUSINESS_TYPES)


@pytest.mark.parametrize("brief,hints,brand,lang", [
    ("jual kue kering di bandung", {"brand_name": "Kue Ibu Ani", "language": "en"}, "Kue Ibu Ani", "en"),
    ("We sell coffee beans, called Bean There", {"language": "id"}, "Bean There", "id"),
    ("Toko Ani jual sembako", {"brand_name": "Ani Mart"}, "Ani Mart", "id"),
])
def test_hints_win(brief: str, hints: dict, brand: str, lang: str) -> None:
    got = parse_brief(brief, hints)
    assert got.brand_name == brand and got.language == lang


@pytest.mark.parametrize("brief", [
    "<script>alert('x')</script><b>Toko Ani</b> jual kue",
    "{{ brand_name }} jual {{ product }} di {% if city %}{{ city }}{% endif %}",
    "🍰🍰🍰 kue enak 😍😍 pesan sekarang!!! 🔥",
    "x",
    "!!!",
    "   \n\t  ",
    "\u200b\u200d\ufeff",
    "店 名 は さくら です",
    "Toko " * 500,
    "jual kue " * 250,
    "a" * 2000,
    "nama tokonya",
    "namanya \"\"",
    "called",
    "'''\"\"\"'''",
    "Warna merah merah merah merah merah biru hijau kuning ungu pink oranye",
    "<img src=x onerror=alert(1)> &lt;b&gt; &amp; &#x1F600;",
    "DROP TABLE briefs; --",
    "\x00\x01\x02 jual kue",
])
def test_robust(brief: str) -> None:
    got = parse_brief(brief)
    assert isinstance(got, Intent)
    assert 2 <= len(got.brand_name) <= 50
    assert got.business_type in BUSINESS_TYPES
    assert set(got.features_requested) <= set(FEATURES)
    assert got.language in ("id", "en")
    assert len(got.products) <= 10 and len(got.color_preference) <= 5
    Intent.model_validate(got.model_dump())


def test_html_brand_is_text() -> None:
    got = parse_brief("<p>Nama toko saya <b>Kue Bunda</b>, jual brownies</p>")
    assert got.brand_name == "Kue Bunda" and got.business_type == F


def test_fallback_brand_when_no_name() -> None:
    got = parse_brief("jual nastar dan kastengel di rumah")
    assert got.business_type == F and 2 <= len(got.brand_name) <= 50


@pytest.mark.perf
# ---- general mechanisms added for generalisation (each written fresh, not copied from the labelled sets)
@pytest.mark.parametrize("brief,brand", [
    # lower-case particle inside an explicitly introduced name, then a clause boundary
    ("We're organizing Rock di Pantai, a beach concert near Anyer. Blue and yellow.", "Rock di Pantai"),
    ("venue pernikahan outdoor namanya Taman di Lembah, Lembang. putih hijau", "Taman di Lembah"),
    # ... but "di <place>" / "di Pasar ..." stays a location
    ("namanya Kopi Teduh di Bandung, jual kopi susu", "Kopi Teduh"),
    ("namanya Servis Cepat 77 di Pasar Minggu. ganti lcd", "Servis Cepat 77"),
    # a capitalised clause word between two name words
    ("handyman services in Bali, business name Fix It Right. orange", "Fix It Right"),
    ("kami panitia Lari Pagi Sehat 10K di Solo, butuh pendaftaran peserta", "Lari Pagi Sehat 10K"),
    # a year inside an event name
    ("Borneo Jazz Fest 2026 is a two-day festival in Balikpapan. purple", "Borneo Jazz Fest 2026"),
    # owner's personal name vs the business introduced by "<noun> saya/-nya"
    ("sy Bu Wati, penjahit kebaya. butik saya Kebaya Anggun Wati, Klaten", "Kebaya Anggun Wati"),
    ("my name is Ibu Sari and my shop is Sari Batik House in Solo. brown", "Sari Batik House"),
    # "X adalah brand ...": the noun after the copula describes, it does not name
    ("mukena adem adalah brand mukena katun jepang, warna putih", "Mukena Adem"),
    # lower-case name followed by a place, after a comma-separated description
    ("servis mesin jahit panggilan, jahit mulus jaya, Cirebon", "Jahit Mulus Jaya"),
    # explicit "company:" / "name:" labels, and a kept "Co." abbreviation
    ("Healthy lunch boxes delivered in Bandung. Company: GreenBento Kitchen. mint", "GreenBento Kitchen"),
    ("we roast beans in Ubud. name: Batu Roasters Co. earthy feel", "Batu Roasters Co."),
    # quoted product titles are not the brand
    ("studio game kecil dr Malang, Kabut Pagi Games, lagi garap game 'Lompat Kodok'", "Kabut Pagi Games"),
    # a business word + honorific + name in a lower-case brief, with a branch number
    ("jamu gendong mbok sarni, area solo", "Jamu Gendong Mbok Sarni"),
    ("KOST PUTRI BU ENDANG 3 DEKAT KAMPUS, BULANAN", "Kost Putri Bu Endang 3"),
    # a leading "Kami"/"The" in a capitalised run
    ("Kami Cepat Tanggap IT Support, melayani kantor di Semarang", "Cepat Tanggap IT Support"),
    ("We're a wedding band from Malang - The Monday Club. navy", "The Monday Club"),
])
def test_brand_mechanisms(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,btype", [
    # Indonesian affixes and reduplication reach the lexicon (beternak → ternak, menjahit → jahit, oleh2 → oleh-oleh)
    ("kami beternak bebek petelur di Blitar, namanya Bebek Makmur", OTHER),
    ("sy menerima jahitan kebaya dan vermak celana, Rapi Jaya", S),
    ("jual oleh2 khas medan, bolu meranti dan bika, Toko Oleh2 Melati", F),
    # what the owner sells vs. the service words inside the goods ("oleh-oleh haji", "we sell batik fabric")
    ("jual perlengkapan haji & umroh: sajadah, tasbih, air zamzam. Toko Al-Amin", R),
    ("we sell woven ikat fabric by the metre from Sumba. Kain Timur Store", R),
    # supplies for a trade are retail ("bahan kue", "alat pancing")
    ("toko bahan kue Sumber Rasa, jual tepung, mentega, cetakan kue", R),
    # the object of a service verb does not decide the type
    ("jastip jepang nana, titip skincare, snack & fashion dari tokyo", S),
    ("pasang cctv rumah & toko, paket 4 kamera. Mata Elang CCTV", T),
    # a landmark after "near/dekat" is not the business
    ("monthly rooms near the university hospital for nurses, Wisma Melati Jogja", OTHER),
    # things the owner makes by hand lean creative; groups that perform are creative
    ("handmade bamboo lamps and baskets from Bali, we're Bambu Rasa. we ship worldwide", C),
    ("grup hadroh kami namanya Al-Ikhlas, terima undangan walimah dan maulid", C),
    # institutions decide even when the brief lists what they run
    ("BUMDes Sumber Makmur punya unit air bersih, simpan pinjam, dan wisata kolam renang. website resmi", OTHER),
    # lexicon breadth: solar, sourdough, food photography, swim clubs
    ("pasang panel surya atap rumah, Surya Terang Mandiri, Kupang", T),
    ("We bake sourdough and focaccia every weekend at The Crumb Corner. beige", F),
    ("food photography & food styling buat menu resto, namanya Piring Cantik Studio", C),
])
def test_type_mechanisms(brief: str, btype: str) -> None:
    assert parse_brief(brief).business_type == btype


@pytest.mark.parametrize("brief,colors", [
    ("mie ayam, nama warung Mie Ayam Gerobak Hijau. tp webnya jgn hijau ya, maunya merah", ["red"]),
    ("vintage denim shop Retro Lane, Jogja. earthy browns please", ["brown"]),
    ("pharmacy Apotek Sehat, Denpasar. teal and white", ["turquoise", "white"]),
    ("jewellery boutique 'Maison Mutiara'. champagne gold and white", ["gold", "white"]),
    ("kopi literan, brand gue KOPI KITA. vibe fun, warna oren item", ["orange", "black"]),
])
def test_color_mechanisms(brief: str, colors: list[str]) -> None:
    assert parse_brief(brief).color_preference == colors


@pytest.mark.parametrize("brief,lang", [
    ("sy jual custom cake for birthday & wedding, brand sy Sweet Home Bakery", "id"),
    ("We Are Kopi Kita Nusantara Coffee From Bandung", "en"),
    ("JUAL BAKSO DAN MIE AYAM, NAMANYA BAKSO THE KING", "id"),
    ("my shop is Warung Sehat Bu Yani, selling healthy lunch boxes", "en"),
    # terse: nouns and a timetable, next to no function word
    ("Praktik bidan Nur, Kebumen. Periksa hamil, KB, imunisasi. Buka Senin-Jumat 08.00-14.00. BPJS diterima", "id"),
    ("Klinik gigi Senyum, Kediri. Scaling, bleaching, tambal gigi. Praktek Senin-Sabtu", "id"),
    ("Braces, scaling, whitening. Dental studio Kuta, open Mon-Sat, Jalan Raya Kuta 12", "en"),
    ("Tailor Mo, Jalan Braga 5 Bandung. Suits, kebaya, alterations. Monday to Saturday", "en"),
])
def test_language_mechanisms(brief: str, lang: str) -> None:
    assert parse_brief(brief).language == lang


def test_english_words_inside_a_name_do_not_decide_the_language():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert parse_brief("nama tokonya The Daily Grind Coffee and Friends, jual kopi susu di Bandung").language == "id"
    assert parse_brief("Warung Sederhana is a small family restaurant in Padang serving rendang").language == "en"
    assert parse_brief("permak jeans & vermak baju, potong celana, ganti resleting. Jahit Kilat Bang Ucok").language == "id"


def test_what_the_owner_says_they_are_outweighs_what_their_work_is_about():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert parse_brief("sy fotografer produk & makanan di Jogja, brand saya Piring Cahaya").business_type == "creative"
    assert parse_brief("I'm a photographer shooting food and cakes for cafes, called Plate Light").business_type == "creative"
    # a trading role is not what is traded
    assert parse_brief("sy reseller frozen food nugget sosis, tokonya Frozen Corner Tia").business_type == "food_and_beverage"
