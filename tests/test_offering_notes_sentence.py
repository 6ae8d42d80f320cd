"""Cards that are notes, by class: a later sentence of notes whose one goods-like piece is a note too ("sparepart
original, ditunggu bisa, harga mahasiswa"), the claims said of a business's work and staff ("pengerjaan rapi",
"pembimbing berpengalaman"), the shops a farm supplies, the qualities of goods ("vegan", "palm-oil-free"), a
"harga …" phrase, and a verb of the trade glued to the first item ("teaches toddler swim"). Each class is pinned by
wordings written for it (other trades, cities and names than any dataset row), with the negative beside it: the same
shape where the pieces ARE offerings."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.not_cards import among_notes, means_claim
from tapsite_pipeline.providers.offline_rules.roles import is_offering

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7788"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


# ---------------------------------------------------------------- a later sentence of notes

@pytest.mark.parametrize("brief, kept, gone", [
    ("Servis Laptop Cepat Jaya Kupang: ganti keyboard, ganti engsel, install ulang. sparepart original, ditunggu "
     "bisa, harga mahasiswa.", ["ganti keyboard", "ganti engsel", "install ulang"], ["sparepart", "ditunggu"]),
    ("Ocean Kids Swim Club in Balikpapan teaches toddler swim, stroke clinics and lifesaving basics. Indoor saltwater "
     "pool, certified coaches, trial class available.", ["toddler swim", "stroke clinics"], ["indoor saltwater pool"]),
    ("Seafood Pak Bonar Sibolga: ikan bakar, udang goreng mentega, cumi asam manis. Ikan segar dari nelayan, tempat "
     "luas, ada mushola & toilet bersih", ["ikan bakar", "cumi asam manis"], ["ikan segar"]),
])
def test_the_one_goods_piece_of_a_later_sentence_of_notes_is_a_note(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept)
    assert not any(g in products for g in gone)


@pytest.mark.parametrize("brief, kept", [
    # two goods or more beside the notes: a mixed list, each drink is sold
    ("Warung Mbak Tin Pacitan jual nasi tiwul. Es dawet, wedang jahe, parkir luas, ada wifi, tempat adem.",
     ["nasi tiwul", "es dawet", "wedang jahe"]),
    # a room of a stay is what it lets, whatever the notes beside it say of the room
    ("Wisma Kenanga Malino menyewakan kamar standar dan villa keluarga. kamar deluxe, air panas, ada wifi, parkir luas.",
     ["kamar standar", "villa keluarga", "kamar deluxe"]),
    # an added offering ("juga") and a priced item name what is sold
    ("Toko Roti Mentari Ambon jual roti sobek dan bolu. Kami juga jual kopi bubuk, parkir luas, ada wifi.",
     ["roti sobek", "bolu", "kopi bubuk"]),
    ("Roti Bakar Bang Ocid Serang: roti bakar coklat keju, roti srikaya. Martabak mini 10rb, parkir luas, wifi, colokan.",
     ["roti bakar coklat keju", "roti srikaya", "martabak mini"]),
])
def test_goods_beside_notes_stay_cards(brief, kept):
    products = _products(brief)
    assert all(k in products for k in kept)


def test_among_notes_reads_the_sentence_not_the_single_phrase():
    lower = "bengkel las sinar kendari: pagar besi, kanopi, teralis. las listrik, ditunggu bisa, bayar bisa qris."
    items = ["pagar besi", "kanopi", "teralis", "las listrik"]
    assert among_notes(items, lower, "id") == ["pagar besi", "kanopi", "teralis"]
    # the first sentence that names an offering keeps all of its own, whatever else it says
    first = "las listrik, ditunggu bisa, bayar bisa qris. pagar besi, kanopi."
    assert among_notes(["las listrik", "pagar besi", "kanopi"], first, "id") == ["las listrik", "pagar besi", "kanopi"]
    # one clause and its time ("… are welcome Monday to Friday, 8 to 3"): two comma pieces are no list
    clause = "we weave sarongs and scarves. dyeing classes and loom visits are welcome monday to friday, 8 to 3."
    assert among_notes(["sarongs", "scarves", "dyeing classes"], clause, "en") == ["sarongs", "scarves", "dyeing classes"]
    # at least one item always stays
    assert among_notes(["las listrik"], lower, "id") == ["las listrik"]


# ---------------------------------------------------------------- claims of the work and its people

@pytest.mark.parametrize("phrase", ["pengerjaan rapi", "tenaga jujur", "pembimbing", "pengajar sabar",
                                    "friendly dentists", "therapists"])
def test_claims_about_the_work_and_its_people_are_no_cards(phrase):
    assert means_claim(phrase) or not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["pengecatan rumah", "jasa terapis pijat", "dokter gigi anak"])
def test_services_named_by_their_people_or_work_stay(phrase):
    assert not means_claim(phrase)


def test_a_builders_claims_leave_the_services():
    products = _products("Jasa Tukang Bangunan Pak Karyo Wonogiri: renovasi rumah, pasang keramik, cor dak. "
                         "Pengerjaan rapi, tenaga jujur, harga bersahabat.")
    assert products == ["renovasi rumah", "pasang keramik", "cor dak"]


# ---------------------------------------------------------------- who is supplied, what the goods are like

def test_the_shops_a_farm_supplies_are_no_cards():
    products = _products("Green Leaf Farm in Garut grows kale, romaine and cherry tomatoes. We supply supermarkets "
                         "and hotels.")
    assert products == ["kale", "romaine", "cherry tomatoes"]
    assert not is_offering("minimarkets")


@pytest.mark.parametrize("phrase", ["vegan", "cruelty-free", "harga bersahabat", "harga pelajar", "dana"])
def test_qualities_prices_and_ways_to_pay_are_no_cards(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["vegan brownies", "nasi vegetarian", "dana pensiun"])
def test_goods_said_with_such_a_word_stay(phrase):
    assert is_offering(phrase)


def test_a_verb_of_the_trade_is_no_part_of_the_first_item():
    assert _products("Ocean Kids Swim Club in Balikpapan teaches toddler swim, stroke clinics and lifesaving "
                     "basics.")[0] == "toddler swim"
    assert _products("Kebun Sayur Lembang Hijau grows bok choy, kale and arugula.")[0] == "bok choy"


# ---------------------------------------------------------------- a verb that shares the next verb's object

@pytest.mark.parametrize("brief, kept, gone", [
    ("Percetakan Sinar Baru Ternate melayani desain dan cetak brosur, spanduk, kartu nama.",
     ["cetak brosur", "spanduk", "kartu nama"], ["desain"]),
    ("Toko Komputer Mega Kediri, jual & servis laptop, printer.", ["servis laptop", "printer"], ["jual"]),
    ("CV Sejuk Abadi Tegal: pasang dan perbaikan AC, cuci AC, isi freon.", ["perbaikan ac", "cuci ac"], ["pasang"]),
])
def test_a_verb_sharing_the_next_verbs_object_is_no_card(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept)
    assert not any(g in products for g in gone)


def test_a_lone_item_before_goods_stays():
    # "kopi dan teh tarik": two drinks, no verb of the trade
    assert _products("Warung Kopi Pak Amir Sampit: kopi dan teh tarik, roti bakar.")[:2] == ["kopi", "teh tarik"]


# ---------------------------------------------------------------- whom a school serves, until when a stall opens, who answers

@pytest.mark.parametrize("brief, gone", [
    ("EO perpisahan sekolah (TK-SMA) Ceria Event Pasuruan, wisuda, pentas seni.", "tk-sma"),
    ("Lontong Sayur Mak Ijah Bukittinggi, lontong gulai, sate padang. buka jam 6 pagi sampai habis.", "habis"),
    ("Event organizer Semarak Tegal: wedding, khitanan, gathering. konsultasi gratis sama admin kami.", "admin"),
])
def test_levels_closing_time_and_the_admin_are_no_cards(brief, gone):
    assert gone not in _products(brief)


def test_a_lesson_for_a_range_of_levels_keeps_its_card():
    assert _products("Les privat SD-SMP Bu Ratih Pati.") == ["les privat"]
    assert is_offering("admin olshop")


# ---------------------------------------------------------------- what the customer brings, what the business owns

@pytest.mark.parametrize("brief, kept, gone", [
    ("Penjahit Bu Sari Lamongan: jahit gamis, kebaya, seragam. kain bisa bawa sendiri.", ["jahit gamis", "kebaya"],
     ["kain"]),
    ("Tailor Anton in Ubud sews linen shirts, dresses and trousers; bring your own fabric.", ["linen shirts", "dresses"],
     ["bring your own fabric", "fabric"]),
    ("We run Borneo Boat Tours from Pangkalan Bun: klotok trips, orangutan day tours. Own boats, licensed guides, "
     "meals on board.", ["klotok trips", "orangutan day tours"], ["own boats", "licensed guides", "meals"]),
])
def test_what_the_customer_brings_and_the_means_owned_are_no_cards(brief, kept, gone):
    products = _products(brief)
    assert all(k in products for k in kept)
    assert not any(g in products for g in gone)


def test_goods_of_the_same_words_sold_stay():
    assert _products("Jual kain batik, kain tenun, dan kain songket di Toko Kain Wastra Solo.") == \
        ["kain batik", "kain tenun", "kain songket"]
    assert "city tour" in _products("Jasa Tour Guide Mas Bima Jogja: tour guide candi, city tour, guide bahasa inggris.")
    assert is_offering("alat tani") and is_offering("kelompok bermain")


# ---------------------------------------------------------------- how the goods are made; an offer verb with no goods

def test_how_the_goods_are_made_is_no_card():
    from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped
    assert name_shaped("hand-painted") is None and name_shaped("sun-dried") is None
    assert name_shaped("free-range eggs") == "free-range eggs"


def test_an_offer_verb_that_takes_no_goods_leaves_a_sentence_of_notes():
    lower = ("toko bunga melati jambi: buket bunga, bunga papan. bunga meja, kirim same day, bisa bayar qris, "
             "terima pesanan via wa.")
    assert among_notes(["buket bunga", "bunga papan", "bunga meja"], lower, "id") == ["buket bunga", "bunga papan"]
    # with goods after it the verb still offers them
    sold = "toko bunga melati jambi: buket bunga, bunga papan. bunga meja, kirim same day, terima parsel buah."
    assert "bunga meja" in among_notes(["buket bunga", "bunga papan", "bunga meja"], sold, "id")


def test_a_claim_of_the_means_said_of_named_tools_and_a_counted_team():
    assert means_claim("alat lengkap canon r5") and means_claim("teknisi berpengalaman 10 tahun")
    assert not means_claim("alat tulis lengkap") and not means_claim("alat berat")
    products = _products("Studio Video Lensa Kita Jepara: video prewedding, foto produk, dokumentasi acara. Tim 6 orang, "
                         "alat lengkap Canon R5, drone, revisi 2x.")
    assert products == ["video prewedding", "foto produk", "dokumentasi acara"]


@pytest.mark.parametrize("phrase, claim", [("las rapi", True), ("jahitan rapih", True), ("kapster sabar", True),
                                           ("jamu kuat", False), ("gula halus", False), ("bunga awet", False)])
def test_how_well_the_work_is_done_is_a_claim_and_goods_named_alike_stay(phrase, claim):
    assert means_claim(phrase) is claim


def test_a_welders_claims_leave_the_work():
    assert _products("Bengkel Las Sumber Logam Bitung: pintu pagar, tralis jendela, tangga besi. Las rapi, cat anti "
                     "karat, survei gratis, bisa cicil.") == ["pintu pagar", "tralis jendela", "tangga besi"]


@pytest.mark.parametrize("brief, kept, gone", [
    ("Jasa desain kemasan & label UMKM, revisi sampai puas, 4 hari jadi. WA 0857 2211 9900", "desain kemasan", "puas"),
    ("Jasa edit video reels, revisi sampai puas, mulai 75rb per video", "edit video", "puas"),
    ("Kursus menjahit Bu Tini: kelas dasar sampai mahir, pola & potong, Klaten", "pola", "mahir"),
])
def test_how_far_the_work_goes_is_no_card(brief, kept, gone):
    # "sampai puas", "sampai mahir": the result the owner promises, never a thing sold
    products = _products(brief)
    assert kept in products and gone not in products


@pytest.mark.parametrize("brief, kept", [
    ("Klinik Pratama Harapan, cek kolesterol 35rb, cek darah lengkap 120rb, dokter umum", "cek kolesterol"),
    ("Lab Klinik Prima Sidoarjo: cek gula darah 20rb, cek asam urat 25rb, hasil 1 jam", "cek asam urat"),
])
def test_a_check_named_with_its_price_is_a_service(brief, kept):
    # "cek" names a test sold ("cek kolesterol 35rb"), not a request to look ("cek IG kami")
    assert kept in _products(brief)
