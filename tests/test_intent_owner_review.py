"""Classes of mistakes an owner saw on generated pages, each pinned by briefs of that class: the brand read
after a possessive, a titled name ("… Cooking School") lost to a describing word, facts and counts shown as
offerings, places of worship written as shops, date ranges read as opening hours, rentals mistaken for
car rental."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

WA = " WA 0812-3456-7890"


@pytest.mark.parametrize("brief, brand", [
    ("Tokonya Hana Syar'i jual gamis dan khimar." + WA, "Hana Syar'i"),
    ("Butiknya Hana Syar'i menjual gamis pesta." + WA, "Hana Syar'i"),
    ("Usahanya Kopi Lereng, jual kopi bubuk robusta." + WA, "Kopi Lereng"),
    ("Ranya Hijab jual hijab segi empat di Bogor." + WA, "Ranya Hijab"),  # a given name ending in -nya stays
])
def test_possessive_nya_is_not_part_of_the_brand(brief, brand):
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief", [
    "Dapur Ibu Made Cooking School in Ubud offers hands-on Balinese cooking classes and a morning market tour." + WA,
    "Dapur Ibu Made Cooking School di Ubud: hands-on Balinese cooking class." + WA,
    "Hands-on Balinese cooking classes at Dapur Ibu Made Cooking School, Ubud." + WA,
    "Kelas masak Bali hands-on di Dapur Ibu Made Cooking School, Ubud." + WA,
])
def test_titled_name_is_kept_whole(brief):
    intent = parse_brief(brief)
    assert intent.brand_name == "Dapur Ibu Made Cooking School"
    assert intent.location != "Dapur Ibu Made"


@pytest.mark.parametrize("brief, kept, dropped", [
    # a price, a percentage or a count is a fact, not a card
    ("Muay Thai and boxing gym in Kuta: Tiger Rock MMA. Drop-in 150k, 10-class pack 1.2 million, private sessions "
     "too." + WA, ["muay thai", "boxing"], ["drop-in 150k", "10-class pack", "boxing gym"]),
    ("selling kids' pajamas and baby rompers, 100% cotton, sizes 0-5 years." + WA,
     ["kids' pajamas", "baby rompers"], ["100% cotton"]),
    ("Kami menyewakan PlayStation 5 harian beserta TV 43 inci untuk acara keluarga. Nama usaha: Gamezone Rental." + WA,
     ["playstation 5", "tv 43 inci"], ["menyewakan"]),
    # brackets after an offering name its origins or ages; brackets listing kinds of goods are offerings
    ("We sell single origin beans (Gayo, Kintamani, Toraja) and drip bags." + WA,
     ["single origin beans", "drip bags"], ["gayo", "kintamani", "toraja"]),
    ("Kami menyediakan bibit buah unggul (alpukat, durian, kelengkeng) hasil okulasi." + WA,
     ["bibit buah unggul", "alpukat", "durian", "kelengkeng"], []),
    # what the goods smell of, are made of or run on, and the facilities, are not offerings
    ("jual lilin aromaterapi & diffuser reed, wanginya lavender, vanilla, kopi." + WA,
     ["lilin aromaterapi", "diffuser reed"], ["vanilla", "kopi"]),
    ("jasa print 3D, bikin prototype, action figure. bahan PLA/resin. nama usaha Cetak Ruang, Surabaya." + WA, ["print 3d", "prototype"], ["resin"]),
    ("TK Bintang menerima siswa untuk kelompok bermain (usia 3–4 tahun). Fasilitas: ruang ber-AC, taman bermain." + WA,
     ["kelompok bermain"], ["ruang ber-ac", "taman bermain"]),
    # a bare word beside a more precise offering of the same words is shown once
    ("Jual bibit lele ukuran 5-7 cm, lele konsumsi, dan lele." + WA, ["bibit lele", "lele konsumsi"], ["lele"]),
    # occasions after "for" are when the offering is used
    ("DJ Reza, open format DJ for weddings, corporate events and beach clubs in Bali." + WA,
     ["open format dj"], ["corporate events"]),
    ("We are Kenangan Events, organizing graduation parties and proms in Semarang." + WA,
     ["graduation parties", "proms"], []),
])
def test_offerings_exclude_facts_and_attributes(brief, kept, dropped):
    products = parse_brief(brief).products
    for p in kept:
        assert p in products, (p, products)
    for p in dropped:
        assert p not in products, (p, products)


@pytest.mark.parametrize("brief, note", [
    ("Pameran UMKM tanggal 5-10 Agustus di Balai Kota Bogor. Hubungi 0812-3456-7890", "5-10 Agustus"),
    ("Kolam Mina Sejahtera jual bibit lele ukuran 5-7 cm, lele konsumsi 25rb/kg." + WA, "ukuran 5-7 cm"),
    ("usaha ayam geprek level 1-10 namanya Geprek Mbak Ning." + WA, "level 1-10"),
])
def test_a_range_that_is_not_a_time_of_day_is_no_opening_hours(brief, note):
    facts = parse_brief(brief).facts
    assert not [f for f in facts if f.kind == "hours"], facts
    assert any(f.kind == "note" and note.lower() in f.value.lower() for f in facts), facts


@pytest.mark.parametrize("brief, hours", [
    ("Bengkel Barokah Motor, servis rutin. buka senin-sabtu 8-17." + WA, "senin-sabtu 8-17"),
    ("Warung Sari buka 10-22 tiap hari, jual nasi uduk." + WA, "10-22"),
])
def test_ranges_after_a_cue_for_time_are_opening_hours(brief, hours):
    assert any(f.kind == "hours" and hours in f.value for f in parse_brief(brief).facts)


def test_a_short_statement_beside_a_contact_is_kept_as_a_note():
    facts = parse_brief("Bespoke suits and kebaya by Sastro Tailor, Semarang. Appointment only, call 0811-290-4411.").facts
    assert any(f.kind == "note" and f.value == "Appointment only" for f in facts), facts


@pytest.mark.parametrize("brief, kept, dropped", [
    # what follows "bisa"/"utk" in a comma run belongs to that clause: skills and occasions, not offerings
    ("Aku freelance web developer, bisa wordpress, laravel, react. terima bikin web sekolah, web desa, web kantor. "
     "email ke bayu.dev@gmail.com", ["web sekolah", "web desa", "web kantor"], ["laravel", "react", "web developer"]),
    ("dekorasi balon & backdrop utk ultah, lamaran, grand opening toko. area Palembang. Balonku Deco." + WA,
     ["dekorasi balon", "backdrop"], ["grand opening toko", "lamaran"]),
    # a supervisor or registration is a credential, delivery is a feature
    ("Koperasi Sejahtera melayani simpanan berjangka dan pinjaman usaha mikro. Berbadan hukum sejak 2003 dan "
     "diawasi Dinas Koperasi." + WA, ["simpanan berjangka", "pinjaman usaha mikro"], ["diawasi dinas koperasi"]),
    ("Kebun Bibit Flora menyediakan bibit buah unggul, melayani pengiriman ke seluruh Indonesia." + WA,
     ["bibit buah unggul"], ["pengiriman"]),
])
def test_clause_words_credentials_and_features_end_the_offerings(brief, kept, dropped):
    products = parse_brief(brief).products
    for p in kept:
        assert p in products, (p, products)
    for p in dropped:
        assert p not in products, (p, products)


@pytest.mark.parametrize("brief, address", [
    ("Koperasi Sejahtera melayani simpanan berjangka. Kantor: Jl. Kolonel Sudiarto 12, Slawi." + WA,
     "Jl. Kolonel Sudiarto 12, Slawi"),
    ("Kami dari Sumber Jaya Autobody, melayani cat oven. Berdiri sejak 2012 di Jl. Soekarno-Hatta, Malang." + WA,
     "Jl. Soekarno-Hatta, Malang"),
    ("Kebun Bibit Flora menyediakan bibit buah. Lokasi: Desa Sidomulyo, Kec. Bumiaji." + WA,
     "Desa Sidomulyo, Kec. Bumiaji"),
])
def test_an_address_keeps_its_village_district_and_town(brief, address):
    facts = parse_brief(brief).facts
    assert [f.value for f in facts if f.kind == "address"] == [address]
    assert not any(f.kind == "note" and f.value.rstrip(".").endswith(("Jl", "Kec")) for f in facts), facts


@pytest.mark.parametrize("brief, hours, product", [
    ("Vihara Dharma Sakti di Singkawang mengadakan puja bakti setiap Minggu pukul 09.00." + WA,
     "setiap Minggu pukul 09.00", "puja bakti"),
    ("Youth ministry page for GKI Taman Sari — Friday youth service at 7pm, worship band practice." + WA,
     "Friday youth service at 7pm", None),
])
def test_one_time_on_a_day_is_a_schedule(brief, hours, product):
    intent = parse_brief(brief)
    assert any(f.kind == "hours" and f.value == hours for f in intent.facts), intent.facts
    if product:
        assert product in intent.products


@pytest.mark.parametrize("brief, note", [
    ("gan sy produksi keripik pisang coklat. namanya Kriuk 99. terima reseller & dropship, harga grosir mulai "
     "8rb/pcs." + WA, "terima reseller & dropship"),
    ("Toko Beras Sumber Padi di Karawang. Melayani pembelian eceran maupun grosir untuk rumah makan." + WA,
     "eceran maupun grosir"),
])
def test_how_the_goods_are_sold_is_a_stated_fact(brief, note):
    facts = parse_brief(brief).facts
    assert any(f.kind == "note" and note in f.value for f in facts), facts
    assert not any(f.kind == "note" and f.value.lower() == "grosir" for f in facts)


def test_a_landmark_is_where_to_find_the_business_and_walking_is_no_street():
    facts = parse_brief("Kedai kopi kecil deket kampus UNS namanya Ngopi Dulu. ada es kopi susu sama roti bakar." + WA).facts
    assert [f.value for f in facts if f.kind == "address"] == ["deket kampus UNS"]
    facts = parse_brief("Kost Anggrek 2, lokasinya dekat kampus UI Depok, jalan kaki 5 menit ke stasiun Pondok Cina. "
                        "kamar AC." + WA).facts
    assert [f.value for f in facts if f.kind == "address"] == ["dekat kampus UI Depok"]


@pytest.mark.parametrize("brief, brand", [
    ("Warung Nusantara 1988 is a family restaurant in Kemang serving gudeg and soto betawi." + WA,
     "Warung Nusantara 1988"),
    ("Kopi Lereng 2019 adalah kedai kopi kecil di Garut." + WA, "Kopi Lereng 2019"),
])
def test_a_year_closing_the_subject_before_is_belongs_to_the_name(brief, brand):
    assert parse_brief(brief).brand_name == brand


def test_a_founding_year_after_sejak_stays_out_of_the_name():
    assert "2012" not in parse_brief("Kopi Lereng sejak 2012 menjual kopi bubuk robusta." + WA).brand_name


@pytest.mark.parametrize("brief, kept, dropped", [
    # a price tier is a row of the price list, a named bundle is something to order
    ("Jasa foto newborn & maternity. paket Basic 1,2jt, paket Premium 2jt." + WA, ["foto newborn"],
     ["paket basic", "paket premium"]),
    ("Sewa tenda dan kursi, paket A 5jt, paket B 8jt." + WA, ["kursi"], ["paket a", "paket b"]),
    # what the rental includes is a fact of the package, not a card (the gold set's convention, pg-0158)
    ("Photo booth rental for weddings — unlimited prints, props and a digital gallery." + WA,
     ["photo booth rental"], ["props"]),
    ("Floral styling for weddings: centrepieces, arches, aisle flowers, fresh or silk." + WA,
     ["centrepieces", "arches"], ["silk"]),
    ("Kost putri, harga 1,8jt/bulan sudah termasuk listrik, ada CCTV." + WA, [], ["listrik", "cctv"]),
    ("Homeschooling for grades 1-9, project-based learning, Cambridge curriculum." + WA, [],
     ["cambridge curriculum"]),
])
def test_tiers_materials_amenities_and_curricula_are_not_cards(brief, kept, dropped):
    items = parse_brief(brief).products
    assert all(k in items for k in kept), items
    assert not set(dropped) & set(items), items


def test_a_named_bundle_and_a_language_class_stay_offerings():
    from tapsite_pipeline.providers.offline_rules.roles import is_offering
    assert is_offering("paket hemat") and is_offering("kelas bahasa inggris") and is_offering("silk scarves")
    assert not is_offering("kelas bahasa") and not is_offering("paket 2")


@pytest.mark.parametrize("brief, note", [
    ("Monthly webinars on exporting. Next one: 'Selling to Japan' on 12 July, 19:00 WIB on Zoom." + WA, "12 July"),
    ("Gig punk Suara Pinggiran, Saturday 9 Aug di Rossi Musik, presale 85k." + WA, "Saturday 9 Aug"),
    # a weekly day keeps the activity said right before it
    ("Beach cleanups every second Sunday and workshops for schools." + WA, "Beach cleanups every second Sunday"),
    ("Homeschooling for grades 1-9, 3 days a week, in Bandung." + WA, "3 days a week"),
    ("Bimbel Pintar: les privat matematika SD, 2x seminggu, guru datang ke rumah." + WA, "2x seminggu"),
    ("Mandarin tutoring for business people, online only. Lessons 60 min." + WA, "online only"),
])
def test_dates_recurrences_frequencies_and_online_only_are_stated_facts(brief, note):
    intent = parse_brief(brief)
    assert note in [f.value for f in intent.facts], intent.facts
    assert not any(note.lower() in p for p in intent.products), intent.products


@pytest.mark.parametrize("brief", [
    "Jasa renovasi rumah, pengerjaan 3 minggu, area Bekasi." + WA,   # a duration is no weekly frequency
    "We may 2 times refill your order, in Bandung." + WA,             # "may" before a number is no month
])
def test_durations_and_modal_may_are_no_dates(brief):
    from tapsite_pipeline.providers.offline_rules.when import WHEN
    assert not WHEN.search(brief.lower().split(" wa ")[0])


@pytest.mark.parametrize("brief, kind, value", [
    # (said alone, at a business with one offering, the hours are of that offering)
    ("DJ Reza, open format DJ for weddings in Bali. 4 hours from IDR 5 million." + WA, "package",
     "open format dj: 4 hours from IDR 5 million"),
    # read whole by the package grammar, "Paket" with it (one package, not also "10 jam Rp 1.200.000")
    ("Kursus Mengemudi Lancar: kursus mobil manual. Paket 10 jam Rp 1.200.000." + WA, "package",
     "kursus mobil manual: paket 10 jam Rp 1.200.000"),
    ("Kursus Mengemudi Lancar melayani kursus mobil manual dengan instruktur bersertifikat." + WA, "note",
     "instruktur bersertifikat"),
    ("First aid training for companies, run by PMI-certified trainers. SafeHands Training." + WA, "note",
     "PMI-certified trainers"),
    # (the monthly round is said with the price it pays for: one line, never "4x sebulan" apart from it)
    ("Hijau Atap: langganan sayur 4x sebulan 120rb antar ke rumah area Bintaro." + WA, "price", "4x sebulan 120rb"),
])
def test_timed_packages_credentials_and_monthly_rounds_are_stated_facts(brief, kind, value):
    assert (kind, value) in [(f.kind, f.value) for f in parse_brief(brief).facts]


@pytest.mark.parametrize("brief, value", [
    ("Print & Bind Kilat, jasa print skripsi & jilid hardcover, bisa ditunggu. dekat UGM." + WA, "bisa ditunggu"),
    ("Key Master duplicates keys while you wait at Pasar Baru." + WA, "while you wait"),
])
def test_done_while_the_customer_waits_is_a_turnaround(brief, value):
    assert ("turnaround", value) in [(f.kind, f.value) for f in parse_brief(brief).facts]


def test_instructions_on_how_to_write_the_name_are_not_page_facts():
    """'brand: Nyala Kecil (pake N besar)' tells the builder how to spell the name; a visitor must never
    read it as a fact about the business. The other statements of the brief stay facts."""
    i = parse_brief("jual lilin aromaterapi soy wax & diffuser reed, wanginya lavender, vanilla, kopi. cocok buat "
                    "kado. brand: Nyala Kecil (pake N besar). reseller welcome. wa 0811 9876 0543")
    notes = [f.value.lower() for f in i.facts]
    assert not [n for n in notes if "besar" in n] and "reseller welcome" in notes
    i = parse_brief("Toko Roti Ceria di Bogor jual roti tawar dan bolu, tulisannya pakai huruf kecil semua ya, "
                    "tanpa pengawet")
    notes = [f.value.lower() for f in i.facts]
    assert not [n for n in notes if "huruf" in n] and any("pengawet" in n for n in notes)


@pytest.mark.parametrize("brief, brand", [
    # an insurance scheme or a payment method at the end of the brief is not the business ("bisa BPJS")
    ("Klinik gigi drg. Maya di Surabaya melayani scaling dan tambal gigi, bisa BPJS." + WA, "Klinik Gigi drg. Maya"),
    ("Apotek Sehat Farma di Depok, bisa bayar QRIS atau OVO." + WA, "Apotek Sehat Farma"),
    ("Biro jasa Cepat Urus di Bekasi, bantu perpanjang SIM, STNK dan balik nama BPKB." + WA, "Cepat Urus"),
])
def test_payment_methods_insurance_and_documents_are_never_the_brand(brief, brand):
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief", [
    "jual sembako murah di Bogor, bisa bayar QRIS." + WA,
    "terima servis AC panggilan, bisa bayar pakai GoPay atau transfer BCA." + WA,
])
def test_a_payment_method_is_not_taken_for_a_missing_brand(brief):
    brand = parse_brief(brief).brand_name
    assert not {"QRIS", "GoPay", "BCA", "Gopay"} & set(brand.split()), brand


@pytest.mark.parametrize("brief, not_brand", [
    ("Kopi Pagi cafe in Bandung, open 7am-10pm, serving espresso, kopi susu and croissants." + WA, "7am-10pm"),
    ("Warung kopi di Medan, buka 08.00 - 22.00, kopi sidikalang dan roti srikaya." + WA, "08.00 - 22.00"),
    ("Bali Surf School, beginner lessons and board rental at our studio in Canggu." + WA, "Canggu"),
    ("Glow Candle Co makes soy candles and reed diffusers in Bali." + WA, "Bali"),
])
def test_a_time_or_the_place_it_is_in_is_never_the_brand(brief, not_brand):
    got = parse_brief(brief).brand_name
    assert got != not_brand and not_brand not in got
