"""Brand names as owners write them: in Title Case Everywhere, with a pronoun that makes a trade word theirs, with
the person who leads a class, with the person responsible for a pharmacy. Wordings written for these tests."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import brand_and_place, parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    ("Bakso Pak Min Solo, Bakso Urat & Tetelan", "Bakso Pak Min Solo"),
    ("Jahit Kebaya Bu Min Purworejo, Kebaya Wisuda Dan Seragam", "Jahit Kebaya Bu Min Purworejo"),
    ("Ayam Geprek Mas Ipin Jember, Geprek Sambal Bawang 12rb", "Ayam Geprek Mas Ipin Jember"),
    ("Depot Rawon Cak Har Surabaya. Rawon Dengkul Dan Nasi Pecel", "Depot Rawon Cak Har Surabaya"),
    ("Laundry Kiloan Bersih Wangi, Cuci Setrika 7rb/Kg", "Laundry Kiloan Bersih Wangi"),
    ("Nama Usaha Saya Bakso Pak Min, Jual Bakso Urat Dan Bakso Telur", "Bakso Pak Min"),
    # the clause words the owner capitalised end the name: "Buka" is what the shop does
    ("Apotek Sehat Sentosa Buka 24 Jam, Apoteker Penanggung Jawab Apt. Sari Dewi, S.Farm", "Apotek Sehat Sentosa"),
])
def test_a_title_cased_brief_keeps_the_name_it_sets_off(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    # one run of capitals to the brief's end sets no name off: no run of it is taken whole
    ("Salon Ayu Kebumen Potong Rambut Creambath Smoothing", "Potong Rambut Creambath"),
    ("Sewa Mobil Berkah Trans Jogja Dengan Supir", "Dengan Supir"),
])
def test_a_title_cased_brief_with_nothing_set_off_is_not_read_as_one_name(brief: str, brand: str) -> None:
    assert brand not in (parse_brief(brief).brand_name or "")


@pytest.mark.parametrize("brief,brand", [
    ("Teh Kita, es teh jumbo mulai 5rb di Bekasi", "Teh Kita"),
    ("Teh Kami - teh tarik dan thai tea, Pontianak", "Teh Kami"),
    ("Abah Kita adalah warung nasi liwet di Sukabumi", "Abah Kita"),
    ("Bunda Kita, katering harian rumahan di Depok", "Bunda Kita"),
    ("Sehari-hari kami jualan teh poci. Namanya Teh Kita, di Tegal", "Teh Kita"),
])
def test_a_title_made_the_owners_by_kita_or_kami_is_a_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_a_title_before_a_person_is_still_the_persons() -> None:
    assert parse_brief("Seblak Teh Rina, seblak ceker dan makaroni di Garut").brand_name == "Seblak Teh Rina"


@pytest.mark.parametrize("brief,brand", [
    ("Kelas Bumil Sehat bersama Bidan Rahma, Ternate", "Kelas Bumil Sehat"),
    ("Rumah Tahfidz Cahaya bersama Ustadzah Nur, setoran hafalan tiap sore di Depok", "Rumah Tahfidz Cahaya"),
    ("Klub Renang Lumba Ceria bareng Coach Andi, kelas renang anak di Sidoarjo", "Klub Renang Lumba Ceria"),
    ("Kelas Yoga Hamil Tenang bersama Bidan Sari di Bogor, kelas prenatal yoga tiap Minggu", "Kelas Yoga Hamil Tenang"),
    ("Dapur Kue Mentari bersama Chef Rudi, kelas baking roti di Malang", "Dapur Kue Mentari"),
])
def test_a_class_named_before_bersama_and_who_leads_it_is_the_name(brief: str, brand: str) -> None:
    assert brand_and_place(brief)[0] == brand


@pytest.mark.parametrize("brief", [
    "Apotek Sehat Sentosa (APJ: apt. Rudi Hartono, S.Farm) melayani resep, vitamin, alat kesehatan di Garut",
    "apotek sehat sentosa, obat resep dan alkes, apoteker penanggung jawab apt. Sari Dewi, S.Farm. WA 0812 3344 5566",
    "APOTEK SEHAT SENTOSA, APOTEKER PENANGGUNG JAWAB APT. SARI DEWI, S.FARM, BUKA 24 JAM",
])
def test_the_pharmacist_in_charge_is_not_the_pharmacys_name(brief: str) -> None:
    assert parse_brief(brief).brand_name == "Apotek Sehat Sentosa"


@pytest.mark.parametrize("brief,brand", [
    # a short brief thick with names has Title Case's share of capitals, but its owner left trade words in lower case
    ("kursus bahasa Jepang Sakura Nihongo Center, JLPT N5-N3, Malang", "Sakura Nihongo Center"),
    ("les bahasa Mandarin Hao Xue Center di Medan, kelas HSK 1-4", "Hao Xue Center"),
    ("Kursus bahasa Jerman Deutsch Haus Bandung, A1-B1, persiapan Goethe", "Deutsch Haus Bandung"),
])
def test_a_short_brief_thick_with_names_is_still_cased(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_is_cased_tells_title_case_from_a_brief_thick_with_names() -> None:
    from tapsite_pipeline.written_case import is_cased, is_title_cased
    assert is_cased("kursus bahasa Jepang Sakura Nihongo Center, JLPT N5-N3, Malang")
    assert not is_cased("Toko Ikan Hias Koi dan Arwana di Blitar")  # only the small joining words in lower case
    assert is_title_cased("Bakso Pak Min Solo, Bakso Urat & Tetelan")
    assert not is_title_cased("KILOAN BUDI SENJA Pink Jam SOTO")  # shouting, not Title Case


@pytest.mark.parametrize("brief,brand", [
    ("De Koffie Pot, kedai kopi dan roti di Kota Lama Semarang", "De Koffie Pot"),
    ("kedai kopi De Koffie Pot di Semarang, kopi tubruk dan roti bakar", "De Koffie Pot"),
    ("La Dolce Gelato Seminyak, gelato artisan 15 rasa", "La Dolce Gelato Seminyak"),
    ("Il Forno Bakery, roti sourdough dan focaccia, Ubud", "Il Forno Bakery"),
    ("Toko kue Van Java Bakery, Bandung, kue lapis legit dan spekuk", "Van Java Bakery"),
])
def test_an_article_of_another_language_opening_a_name_is_kept(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    ("Play Zone Blitar rental PS4 per jam 5rb, nobar bola tiap malam", "Play Zone Blitar"),
    ("Pixel Arena Madiun sewa PS5, Nintendo Switch dan VR per jam", "Pixel Arena Madiun"),
    ("Berkah Jaya Motor servis motor dan ganti oli, Sragen", "Berkah Jaya Motor"),
    ("Sinar Terang jasa sedot WC 24 jam, Gresik", "Sinar Terang"),
])
def test_a_name_opening_the_brief_before_its_trade_in_lower_case(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,not_brand", [
    ("Jakarta Selatan sewa mobil harian, supir berpengalaman", "Jakarta Selatan"),
    ("Jawa Timur rental mobil lepas kunci, harian dan mingguan", "Jawa Timur"),
])
def test_a_place_before_a_rental_is_no_name(brief: str, not_brand: str) -> None:
    assert parse_brief(brief).brand_name != not_brand


@pytest.mark.parametrize("brief,brand,place", [
    ("Fresh flowers & hampers delivered same day across Jakarta. Order from Bloomy Days, WA 0812 7788 9900",
     "Bloomy Days", "Jakarta"),
    ("Handmade soy candles, 3 scents. Buy from Lilin Senja, Magelang", "Lilin Senja", "Magelang"),
])
def test_whom_the_goods_are_ordered_from_is_the_business_not_a_place(brief: str, brand: str, place: str) -> None:
    assert brand_and_place(brief) == (brand, place)


def test_a_level_in_capitals_before_oleh_and_a_titled_person_is_no_word_of_a_name() -> None:
    brief = "Les privat kimia & biologi SMA oleh Bu Ratih (alumni UGM), Purwokerto"
    assert parse_brief(brief).brand_name == "Bu Ratih"


@pytest.mark.parametrize("brief,brand", [
    ("Island hopping and snorkeling trips from Labuan Bajo. Sail with Komodo Blue Voyages, 3D2N from 4.5jt",
     "Komodo Blue Voyages"),
    ("Private yoga and pilates sessions at your villa in Canggu, certified teacher. Book with Sunrise Flow Yoga",
     "Sunrise Flow Yoga"),
    ("Day trips to Nusa Penida. Travel with Penida Easy Tour, pick up from your hotel", "Penida Easy Tour"),
    # a titled person after "with" keeps the words before: the formula of a name
    ("Dance with Miss Ola: ballet for kids in Makassar", "Dance with Miss Ola"),
])
def test_a_call_to_come_with_a_business_is_no_word_of_its_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,audience", [
    ("Bookkeeping and tax filing for small businesses in Surabaya, monthly packages", "Small Businesses"),
    ("les baca tulis untuk anak tk di bekasi, 2x seminggu", "Anak Tk"),
])
def test_who_is_served_before_a_place_is_no_name(brief: str, audience: str) -> None:
    assert audience.lower() not in (parse_brief(brief).brand_name or "").lower()


@pytest.mark.parametrize("brief,brand", [
    ("RM. Pagi Sore, masakan padang, Pekanbaru", "RM. Pagi Sore"),
    ("makan siang di RM. Sari Minang, Bukittinggi, rendang dan gulai", "RM. Sari Minang"),
    ("PD. Sumber Rejeki distributor beras, Karawang", "PD. Sumber Rejeki"),
    ("TB. Maju Jaya jual semen, pasir dan besi beton, Lamongan", "TB. Maju Jaya"),
])
def test_a_shortened_kind_of_business_with_its_dot_opens_the_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    ("Ustadz Hanif membuka kelas tahsin Quran online untuk dewasa, Rumah Quran Al-Hikmah", "Rumah Quran Al-Hikmah"),
    ("Kak Rina mengajar di Bimbel Pintar Ceria, les calistung untuk anak TK, Depok", "Bimbel Pintar Ceria"),
    ("Chef Arif membuka kelas memasak di Dapur Rasa Nusantara, Bandung", "Dapur Rasa Nusantara"),
])
def test_a_titled_person_who_works_at_a_named_business_is_not_its_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    ("Pak Joko, tukang servis AC panggilan. Langganan Hotel Mawar Indah dan Toko Emas Sinar", "Pak Joko"),
    ("Bu Tini jual pecel madiun di depan Pasar Legi, buka pagi", "Bu Tini"),
    ("Saya Kak Rina, guru les privat matematika SMP Negeri di Depok", "Kak Rina"),
])
def test_a_titled_person_with_no_business_of_theirs_named_is_still_the_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    ("bakso pak min solo, bakso urat & tetelan", "Bakso Pak Min Solo"),
    ("warung bu min, nasi rames dan sayur lodeh, klaten", "Warung Bu Min"),
])
def test_a_lower_case_opening_keeps_a_name_that_is_also_a_chat_word(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,not_brand", [
    ("skrg kita jual matcha latte juga ya", "Skrg Kita"),
    ("halo kak mau bikin web, usaha saya kue kering", "Kak Mau"),
])
def test_a_lower_case_clause_is_still_no_name(brief: str, not_brand: str) -> None:
    assert not_brand.lower() not in (parse_brief(brief).brand_name or "").lower()
