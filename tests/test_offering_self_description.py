"""The offering the owner names in their self-description, and the offerings they name inside a sentence of other
words: "gue Tika, buka katering diet rumahan …", "I run a … cooking class", "we grow vanilla … and sell cured vanilla
pods", "Terima rias pengantin jua.". And what after an opening verb is no offering: a time, a place, an audience, the
business's category before its name. Briefs written for each class (none copied from a dataset)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.also_offered import also_offered
from tapsite_pipeline.providers.offline_rules.self_description import intro, self_offerings

pytestmark = pytest.mark.unit

WA = " WA 0812-3456-7788"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


# ---------------------------------------------------------------- the self-description beside the brief's lists
@pytest.mark.parametrize("brief, offering", [
    # an opening verb after the owner's name, a package's contents and prices after it
    ("gue Tika, buka katering diet rumahan di Depok namanya Dapur Langsing. menu ayam bakar + nasi merah + salad "
     "35rb per box, langganan 10 hari 320rb.", "katering diet"),
    # the self-description opening the brief, what the package holds listed after it
    ("EO sunatan & aqiqah se-Solo Raya. paket udah all in: tenda, kursi, sound, MC, badut. paket hemat 3,5jt, "
     "paket komplit 6jt.", "eo sunatan"),
    # after the brand, with a greeting before it: two services, and a feature of the place after them
    ("Om Swastiastu! Ubud Paws 🐶 dog grooming & pet taxi around Gianyar. air-conditioned van, photo updates on "
     "WhatsApp. grooming 150K, taxi 50K.", "pet taxi"),
    # "I run": the class, and the dishes cooked in it after it
    ("Halo! I'm Ketut, I run a Sundanese cooking class at my garden kitchen in Lembang. You cook 5 dishes: nasi "
     "liwet, pepes ikan, sayur asem, sambal terasi and colenak. 350K per person.", "sundanese cooking class"),
    ("saya Rudi, buka jasa sedot wc di Cilacap. truk 4000 liter, selang 50 meter, siap 24 jam.", "sedot wc"),
])
def test_the_self_description_names_an_offering_beside_the_lists(brief, offering):
    assert offering in _products(brief)


@pytest.mark.parametrize("brief, offering, listed", [
    # (a menu of dishes, not the parts of one box: "ayam bakar + nasi merah + salad 35rb per box" is one set meal)
    ("gue Tika, buka katering diet rumahan di Depok namanya Dapur Langsing. menu ayam bakar, pepes ikan, tumis "
     "brokoli, 35rb per box.", "katering diet", "ayam bakar"),
    ("Halo! I'm Ketut, I run a Sundanese cooking class at my garden kitchen in Lembang. You cook 5 dishes: nasi "
     "liwet, pepes ikan, sayur asem, sambal terasi and colenak. 350K per person.", "sundanese cooking class",
     "pepes ikan"),
])
def test_the_lists_stay_beside_the_self_description(brief, offering, listed):
    products = _products(brief)
    assert offering in products and listed in products


@pytest.mark.parametrize("piece, is_intro", [
    ("gue Tika", True), ("saya Rudi", True), ("aye Mpok Nori", True), ("ambo Uni Eli", True),
    ("saya jual", False),  # a clause word: what follows is its object
    ("aku penjahit", False),  # a maker: the self-description itself
    ("kami toko kue", False),
    ("gue Tika Sari Dewi Lestari", False),  # more than a name
])
def test_a_pronoun_and_a_name_only_say_who_speaks(piece, is_intro):
    assert intro(piece.lower()) is is_intro


@pytest.mark.parametrize("brief, not_offered", [
    ("buka jam 7 pagi sampai jam 9 malam, jual nasi uduk, lontong sayur, gorengan.", "jam 7"),
    ("buka di Depok, jual es jeruk, es kopi susu, roti bakar.", "depok"),
    ("melayani warga sekitar Cibubur, jual gas elpiji, galon aqua, beras.", "warga"),
    ("buka tiap hari kecuali Jumat, jual sate kambing, tongseng, gulai.", "tiap hari"),
])
def test_a_time_a_place_or_an_audience_after_the_opening_verb_is_no_offering(brief, not_offered):
    products = _products(brief)
    assert products
    assert not any(not_offered in p for p in products)


@pytest.mark.parametrize("brief, category", [
    # the category before the business's name, the list after it names what is sold
    ("rumah makan sunda di Garut namanya RM Ceu Enok, menu andalan nasi liwet, ayam goreng, karedok.", "sunda"),
    ("kursus coding utk anak 7-12 thn: scratch, python, minecraft education. kelas online & offline.",
     "kursus coding"),
    # (the songs a band plays are its repertoire, not offerings: the list here is of services)
    ("wedding band from Medan - Batak Swing. live sets for receptions, sound system rental and an MC.", "wedding band"),
    ("frozen food rumahan: dimsum udang, risol mayo, sosis solo. pengiriman pakai gojek.", "frozen food"),
    # a premises word after the phrase: "boarding house" is the place, not boarding
    ("boarding house for male workers near the industrial estate, Kos Pak Darto. rooms with fan and shared "
     "kitchen.", "boarding"),
    ("Toko Kue Melati di Solo, ada bolu gulung, lapis surabaya, bika ambon.", "kue melati"),
    # whom the business serves: the self-description names its market, the list after it the lessons
    ("les matematika anak SD-SMP di Cimahi, sy guru honorer. materi: pecahan, aljabar, geometri. kls kecil max 5.",
     "les matematika"),
])
def test_a_category_or_a_premises_beside_a_list_is_no_card(brief, category):
    assert not any(p == category or p.startswith(category + " ") for p in _products(brief))


def test_the_business_category_before_its_name_does_not_join_the_list():
    lower = "kursus merajut, namanya benang ceria di malang. kelas dasar dan kelas lanjutan."
    assert self_offerings(["kursus merajut"], False, ["kelas dasar", "kelas lanjutan"], lower, (0, 48),
                          "benang ceria") == []
    lower = "english course, bright speak academy in kediri. ielts prep and kids conversation."
    assert self_offerings(["english course"], False, ["ielts prep", "kids conversation"], lower, (0, 47),
                          "bright speak academy") == []


def test_goods_named_by_the_self_description_join_only_a_short_list():
    lower = "dodol durian asli medan, kotak 500 gram 60rb. sambal andaliman botol 35rb."
    assert self_offerings(["dodol durian"], False, ["sambal andaliman botol"], lower, (0, 23)) == ["dodol durian"]
    lower = "keripik singkong pedas. ada rasa balado, keju, barbeque, jagung bakar."
    # a list of its kinds after it: the goods are the range, not one more card
    assert self_offerings(["keripik singkong pedas"], False, ["balado", "keju", "barbeque"], lower, (0, 22)) == []


def test_a_list_in_the_opening_sentence_is_the_self_descriptions_own():
    lower = "jasa service ac, cuci ac, isi freon, bongkar pasang. area bekasi."
    assert self_offerings(["service ac"], True, ["cuci ac", "isi freon"], lower, (0, 50)) == []


# ---------------------------------------------------------------- an offer verb and "and" start one more list
@pytest.mark.parametrize("brief, offerings", [
    ("We grow vanilla on the slopes of Mount Agung and sell cured vanilla pods and vanilla extract.",
     ["cured vanilla pods", "vanilla extract"]),
    ("Kami budidaya jamur tiram di kumbung sendiri dan menjual baglog jamur serta jamur segar.",
     ["baglog jamur", "jamur segar"]),
    ("Kebun Kopi Sindoro is a family farm near Temanggung. We grow robusta and arabica and sell green beans.",
     ["robusta", "arabica", "green beans"]),
])
def test_and_with_an_offer_verb_starts_a_list_of_its_own(brief, offerings):
    products = _products(brief)
    assert all(o in products for o in offerings)
    assert not any(p.startswith(("sell ", "menjual ")) for p in products)


# ---------------------------------------------------------------- "also" with an offer verb: one more offering
@pytest.mark.parametrize("brief, offering", [
    ("Salon Bunga melayani potong rambut, creambath, smoothing. Terima rias pengantin jua.", "rias pengantin"),
    ("Toko Sinar Abadi jual semen, pasir, bata merah, keramik. Kami juga melayani jasa angkut material dan sewa "
     "molen.", "sewa molen"),
    ("Warung Bu Imas jual nasi rames, sayur asem, pepes ikan. terima pesanan nasi kotak juga.", "nasi kotak"),
    ("Madu Rimba Sumbawa: madu hutan, 250ml 90rb, 500ml 170rb. We also sell propolis and bee pollen.",
     "bee pollen"),
])
def test_an_offering_added_with_also_is_shown(brief, offering):
    assert offering in _products(brief)


@pytest.mark.parametrize("item, lower, added", [
    ("video intercom", "kami pasang cctv. kami juga memasang video intercom dan alarm.", True),
    ("kue ulang tahun", "terima kue ulang tahun juga.", True),
    ("snorkel gear", "we also rent snorkel gear.", True),
    ("kue ulang tahun", "kue ulang tahun mulai 150rb.", False),
    ("parkir", "ada parkir luas. kami jual bakso juga.", False),  # the "juga" closes another sentence
    ("helm", "sewa motor sudah termasuk helm.", False),
])
def test_also_offered_reads_the_verb_and_also_in_the_phrases_sentence(item, lower, added):
    assert also_offered(item, lower) is added
