"""The readers behind faithful pages, one mechanism at a time: the role lexicon, offerings by structure,
facts, niche, the does-this-describe-a-business check and the de-duplication of joined phrases.
Examples are written here for the mechanism, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from tapsite_pipeline.contact import ContactPlan
from tapsite_pipeline.models import NICHES
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.industries import _all_profiles
from tapsite_pipeline.providers.offline_rules.copy.util import tidy
from tapsite_pipeline.providers.offline_rules.roles import is_offering, role_of
from tapsite_pipeline.providers.offline_rules.sense import business_check


@pytest.mark.parametrize("phrase, role", [
    ("wanita", "audience"), ("ibu-ibu", "audience"), ("mahasiswa", "audience"), ("startups", "audience"),
    ("umkm", "audience"), ("koperasi", "audience"), ("kids", "audience"),
    ("booking", "feature"), ("reservasi", "feature"), ("testimoni", "feature"), ("ongkir", "feature"),
    ("kampus", "place"), ("kantor", "place"), ("dekat", "place"),
    ("produk", "category"), ("layanan", "category"), ("saas", "category"), ("kelas", "category"),
    ("datang", "verb"), ("pesan", "feature"), ("hubungi", "feature"),
    ("pedas", "qualifier"), ("murah", "qualifier"), ("premium", "qualifier"), ("kekinian", "qualifier"),
])
def test_role_words(phrase, role):
    assert role_of(phrase) == role
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", [
    "creambath", "potong rambut", "keripik singkong pedas", "kelas yoga", "kelas pemula", "paket keluarga",
    "les renang anak", "baju bayi", "servis ac", "cuci karpet", "foto produk", "sourdough", "dimsum ayam",
    "wash & fold", "laptop sleeves", "ganti oli",
])
def test_real_offerings_pass(phrase):
    assert is_offering(phrase)


@pytest.mark.parametrize("brief, products", [
    ("Toko Ani jual nastar, kastengel dan putri salju di Bandung", ["nastar", "kastengel", "putri salju"]),
    ("Salon Melati khusus wanita, creambath, potong rambut, smoothing. Depok", ["creambath", "potong rambut",
                                                                                "smoothing"]),
    ("we sell phone cases, chargers and screen protectors, shop name Case Kita", ["phone cases", "chargers",
                                                                                  "screen protectors"]),
    ("Kedai Bu Yati, menu: soto ayam, rawon, pecel. buka jam 7-15", ["soto ayam", "rawon", "pecel"]),
    ("usaha minuman boba kekinian di Medan namanya Boba Mantul", ["minuman boba"]),
    ("les renang anak & dewasa di Bekasi, namanya Klub Hiu", ["les renang anak", "les renang dewasa"]),
    ("sy fotografer produk & makanan di Bali, brand Lensa Rasa", ["foto produk", "foto makanan"]),
    ("Dapur Nenek jual lontong sayur, semua dibikin pagi hari, di Tegal", ["lontong sayur"]),
    ("jasa bikin logo & kemasan untuk umkm, cafe, dan startup. namanya Garis Studio", ["logo", "kemasan"]),
])
def test_offerings_by_structure(brief, products):
    assert parse_brief(brief).products == products


@pytest.mark.parametrize("brief, not_products", [
    ("Warung Sambal Bu Tini di Solo, pedas level 1-5, datang langsung ke warung", {"pedas", "datang", "level 1-5"}),
    ("bimbel cerdas, les SD-SMP, mau ada jadwal kelas & pendaftaran online", {"kelas", "pendaftaran online"}),
    ("Kost Melati dekat kampus UNY, kamar AC & wifi, mau foto kamar sama peta", {"kampus", "foto kamar"}),
    ("Toko Bunda, jual kue kering. bisa booking, gratis ongkir, COD", {"booking", "gratis ongkir", "cod"}),
    ("We are Pilot Labs, a startup building SaaS for cooperatives in Malang", {"startup", "saas", "cooperatives"}),
])
def test_non_offerings_never_become_products(brief, not_products):
    assert not set(parse_brief(brief).products) & not_products


@pytest.mark.parametrize("brief, kind, value", [
    ("Toko Roti Ani sejak 2005 di Malang, jual roti sobek", "since", "2005"),
    ("Warung Pak Min buka setiap hari 07.00-21.00, jual nasi rames", "hours", "setiap hari 07.00-21.00"),
    ("Laundry Kilat, cuci setrika, 1 hari jadi, antar jemput gratis", "turnaround", "1 hari jadi"),
    ("Laundry Kilat, cuci setrika, 1 hari jadi, antar jemput gratis", "pickup", "antar jemput gratis"),
    ("Catering Bu Sri, nasi box mulai Rp 25.000", "price", "mulai Rp 25.000"),
    ("KodeKu, aplikasi kasir untuk koperasi, coba gratis 14 hari", "offer", "coba gratis 14 hari"),
    ("Bimbel Pintar untuk SD dan SMP", "level", "SD"),
    ("Kedai Kopi Senja, Jl. Kaliurang No. 5, jual kopi susu", "address", "Jl. Kaliurang No. 5"),
    ("Kedai Kopi Senja jual kopi susu, ig @kopisenja", "instagram", "@kopisenja"),
    ("Servis HP Jaya, ganti LCD, garansi 30 hari", "guarantee", "garansi 30 hari"),
])
def test_facts_are_kept_in_the_owners_words(brief, kind, value):
    facts = [(f.kind, f.value) for f in parse_brief(brief).facts]
    assert (kind, value) in facts, facts


def test_chat_shorthand_is_not_a_school_level():
    facts = parse_brief("Roti Bu Ani buka jam 6 pagi smp jam 5 sore, jual roti sobek").facts
    assert not [f for f in facts if f.kind == "level"]


@pytest.mark.parametrize("brief, niche", [
    ("Meow Shop jual makanan kucing dan pasir, ada grooming", "pet_shop"),
    ("bengkel motor Jaya, servis rutin dan ganti oli", "auto_repair"),
    ("Klinik Gigi Senyum, scaling dan tambal gigi", "clinic"),
    ("Gym Otot Kawat, kelas muay thai dan personal trainer", "fitness"),
    ("Travel umroh Berkah, paket umroh 9 hari", "travel"),
    ("Percetakan Maju, cetak banner, spanduk, kartu nama", "printing"),
    ("Kebun Sayur Lestari jual sayur hidroponik dari kebun sendiri", "farm_produce"),
    ("toko frozen food Bunda, jual nugget dan sosis", "frozen_food"),
    ("Kerajinan Rotan Asri, tas rotan dan keranjang anyaman", "crafts"),
    ("Mebel Jati Makmur jual lemari, kursi tamu, meja makan", "furniture"),
    ("Toko Buku Pena, jual novel, buku pelajaran, alat tulis", "books_stationery"),
    ("Studio Nada, band untuk wedding dan acara kantor", "music"),
    ("Glowing Store, jual skincare, serum, sunscreen", "cosmetics"),
])
def test_niche(brief, niche):
    assert parse_brief(brief).niche == niche


def test_every_niche_but_other_has_its_own_profile():
    keys = {p.key for p in _all_profiles()}
    assert keys == set(NICHES) - {"other"}


@pytest.mark.parametrize("text", [
    "Toko Kue Ani jual nastar di Bandung", "Bengkel Jaya servis motor", "We sell handmade candles in Bali",
    "Kopi Senja di Jogja", "yayasan peduli anak yatim di Bekasi", "jasa bimbingan skripsi dan olah data",
])
def test_business_descriptions_pass_the_check(text):
    assert business_check(text) is None


@pytest.mark.parametrize("text", [
    "asdf qwerty zxcv", "hello how are you", "halo apa kabar semuanya", "test test test",
    "what's the weather like today?", "berapa harga bikin website?", "aku lagi bosan nih ga ada kerjaan",
    "lorem ipsum dolor sit amet", "can you write me a poem about the sea", "selamat pagi semoga sehat selalu",
])
def test_text_that_describes_no_business_is_refused(text):
    assert business_check(text)


@pytest.mark.parametrize("text", [
    "sugeng rawuh, kulo sade sego pecel lan rawon, regi 10rb, monggo pinarak",
    "Punten, abdi ical surabi oncom sareng kopi tubruk, di lembur Garut, mangga sumping",
    "Ambo jua karupuak sanjai jo rendang kariang, pitih bisa transfer, uni tunggu di Bukittinggi",
])
def test_a_brief_in_regional_words_is_a_business_not_gibberish(text):
    assert business_check(text) is None


@pytest.mark.parametrize("text", ["opo iki opo iku ora ngerti aku", "punten abdi teu acan tuang ti enjing"])
def test_regional_small_talk_is_still_refused(text):
    assert business_check(text)


@pytest.mark.parametrize("raw, clean", [
    ("nastar, kastengel, dan dan lainnya", "nastar, kastengel, dan lainnya"),
    ("Untuk untuk anak-anak.", "Untuk anak-anak."),
    ("Hubungi kami. Hubungi kami! Kami siap.", "Hubungi kami. Kami siap."),
    ("kue-kue dan anak-anak", "kue-kue dan anak-anak"),
    # a stop inside a number is no sentence end: two prices ending in ".000" are two sentences, both kept
    ("Harga: Rp 285.000. Harga: Rp 650.000.", "Harga: Rp 285.000. Harga: Rp 650.000."),
    ("Prices from IDR 1.500.000. Extra hour IDR 500.000. Prices from IDR 1.500.000.",
     "Prices from IDR 1.500.000. Extra hour IDR 500.000."),
])
def test_tidy_removes_doubled_words_and_repeated_sentences(raw, clean):
    assert tidy(raw) == clean


def test_tidy_keeps_a_brand_that_doubles_a_word():
    assert tidy("Bye Bye Fat hadir di Bandung.", keep="Bye Bye Fat") == "Bye Bye Fat hadir di Bandung."


def test_contact_plan_orders_channels_and_knows_when_nobody_can_be_reached():
    assert ContactPlan(whatsapp="628", email="a@b.co", phone="021").channels == ("wa", "email", "phone")
    assert ContactPlan(instagram="@x").channels == ("ig",)
    nobody = ContactPlan(address="Jl. Mawar 1")
    assert not nobody.reachable and not nobody.has_section  # the address is shown with the other facts
    assert not ContactPlan().has_section


def test_a_price_written_the_indonesian_way_tips_a_terse_brief_to_indonesian():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert parse_brief("Cat tembok & kanopi, 85rb/m², area Kendari. wa 0821 4400 1212").language == "id"
    assert parse_brief("Wall murals for cafes and hotels, from 150rb per m², we work across Bali").language == "en"


def test_a_condition_of_the_price_is_no_feature_ruled_out():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    got = parse_brief("Agen listing villa di Canggu: kami urus listing Airbnb, fee 15% per booking, no booking no fee. "
                      "WA 0812 7700 3311").features_requested
    assert "walk_in" not in got
    assert "walk_in" in parse_brief("Barbershop Pak Kumis di Cirebon, cukur 25rb, no booking, walk in aja").features_requested


@pytest.mark.parametrize("text, kept, dropped", [
    ("Saya developer freelance di Jember, bikin website untuk klinik: booking online, galeri foto, peta lokasi. "
     "Nama studio Kode Pandalungan, WA 0812 3300 4455", {"whatsapp"}, {"booking", "gallery", "map"}),
    ("We build apps for gyms with class schedules and member sign-up. Studio name Repbase, hello@repbase.dev",
     set(), {"schedule", "signup"}),
    # the page itself is asked for: kept
    ("Startup aplikasi servis AC namanya Dinginin, mau landing page buat download app dan testimoni pelanggan",
     {"download", "testimonials"}, set()),
])
def test_what_a_builder_builds_is_its_product_not_its_page_s_feature(text, kept, dropped):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    got = set(parse_brief(text).features_requested)
    assert kept <= got and not (dropped & got), got
