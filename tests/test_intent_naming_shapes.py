"""How briefs name and describe a business: regional naming cues, quoted names inside a cued phrase, the people
who run a business, emoji that set a name off, and trade words whose type or niche the owner's phrasing decides."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.text import clean


@pytest.mark.parametrize(("brief", "brand"), [
    # Minang, Javanese and Sundanese naming cues said late in the brief
    ("Ambo jua sate padang di Payakumbuh sajak 2015, sapiriang 25rb. namo kedainyo Sate Ajo Rangkiang. wa 0812 7700 1122",
     "Sate Ajo Rangkiang"),
    ("Kulo sadean jamu beras kencur lan kunir asem teng Klaten. jenenge Jamu Mbok Sumi, wa 0813 2200 4455",
     "Jamu Mbok Sumi"),
    ("abdi ngical surabi oncom sareng surabi hunkwe di Garut, namina Surabi Teh Iis. wa 0852 1100 3344",
     "Surabi Teh Iis"),
])
def test_a_regional_naming_cue_names_the_business(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_a_quoted_name_inside_a_cued_phrase_is_the_name_without_its_trade_words() -> None:
    brief = ("sewa panggung & lighting utk konser kampus di Jember. nama usaha kami Panggung & Lampu 'Cahaya 27'. "
             "wa 0812 3300 2727")
    assert parse_brief(brief).brand_name == "Cahaya 27"


def test_the_people_who_run_a_business_are_not_its_name() -> None:
    brief = ("Rumah Tenun Lamalera is a weaving house on Lembata, run by Yosefa and her sister Agnes since 2009. "
             "We sell ikat shawls and table runners. Email tenun.lamalera@gmail.com")
    assert parse_brief(brief).brand_name == "Rumah Tenun Lamalera"


def test_a_town_after_the_name_leaves_the_place_word_inside_the_name() -> None:
    brief = "yuk gabung di Sanggar Tari Lestari Bone, Watampone! kelas tari pakarena anak 150rb/bln. wa 0812 4400 1212"
    assert parse_brief(brief).brand_name == "Sanggar Tari Lestari Bone"


def test_an_emoji_before_a_capitalised_word_ends_the_sentence() -> None:
    assert clean("Les Renang Kak Dodi 🏊 Kelas pagi") == "Les Renang Kak Dodi. Kelas pagi"
    assert clean("kirim 🚚 ke luar kota") == "kirim ke luar kota"  # mid-sentence it is a space
    assert clean("frozen -18°C storage") == "frozen -18 C storage"  # a degree sign is no emoji
    brief = ("Kursus Menjahit Bu Wati 🧵 Jahit dasar dan pola baju, 8x pertemuan 600rb, di Sleman. "
             "wa 0813 1100 9988")
    assert parse_brief(brief).brand_name == "Kursus Menjahit Bu Wati"


@pytest.mark.parametrize(("brief", "btype", "niche"), [
    # what a named service works on is its object, said again alone too
    ("Karpet Kinclong jasa cuci karpet & sofa panggilan di Bekasi. karpet 15rb/m2, sofa 60rb/seat. wa 0812 9090 1010",
     "services", "cleaning"),
    # a workshop that makes goods is where they are made, not a class
    ("Tanah Merah Pottery is a small workshop in Kasongan making glazed plates and planters for cafés. "
     "Wholesale from 30 pieces. Email hello@tanahmerahpottery.id", "creative", "crafts"),
    # building and welding trades are phrased neutrally
    ("Bengkel Las Sinar Baja terima pesanan pagar minimalis, teralis & kanopi di Sidoarjo. survei gratis. wa 0813 5500 2211",
     "services", "other"),
    # music lessons speak of music
    ("Les piano & biola Nada Kecil untuk anak 5-12 thn di Depok, 4x sebulan 400rb. wa 0812 8800 6543",
     "education", "music"),
    # food kept frozen and shipped
    ("Risol & Lumpia Mama Ida, frozen isi 10 pcs 45rb, tahan 2 bulan di freezer, kirim pakai ice gel. wa 0813 4400 7788",
     "food_and_beverage", "frozen_food"),
    # satellite and hotspot internet is an IT service
    ("We install satellite internet and Wi-Fi hotspot networks for villages and schools around Wamena. "
     "Kit + installation from IDR 3,000,000. Phone +62 969 31 000", "technology", "itsupport"),
    # a pond that breeds ornamental fish is a farm
    ("kolam koi Sumber Sisik di Kediri, jual koi kohaku & showa 10-40 cm, bibit borongan utk pedagang. wa 0856 1200 3434",
     "other", "farm_produce"),
    # a craft producer selling wholesale sells goods
    ("CV Anyam Borneo is a handicraft producer in Samarinda: seagrass baskets and rattan trays, minimum order 200 "
     "pieces, export via Balikpapan. Email sales@anyamborneo.co.id", "retail", "crafts"),
])
def test_type_and_niche_follow_how_the_owner_describes_the_trade(brief: str, btype: str, niche: str) -> None:
    intent = parse_brief(brief)
    assert (intent.business_type, intent.niche) == (btype, niche)


@pytest.mark.parametrize("text, brand", [
    ("kelas melukis cat air buat pemula tiap minggu sore di Malang, info dm ig @warna.pagi.studio", "Warna Pagi Studio"),
    ("jual sambal bawang dan sambal roa botolan, pesan lewat ig @sambal_mama_rt", "Sambal Mama RT"),
])
def test_a_brief_without_a_name_goes_by_its_instagram_handle(text, brand):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert parse_brief(text).brand_name == brand


def test_a_handle_that_does_not_split_into_words_is_not_a_name():
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert parse_brief("jual kue kering lebaran, dm ig @kuekering123").brand_name != "Kuekering123"


@pytest.mark.parametrize("text", ["Jual kue nastar 85K per toples, pesan lewat WA 0812 6600 1234",
                                  "Sewa sepeda listrik 120K sehari di Sanur, WA 0813 7700 2345"])
def test_a_price_is_never_the_end_of_a_name(text):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    p = parse_brief(text)
    assert not any(ch.isdigit() for ch in p.brand_name), p.brand_name
    assert any(f.kind == "price" for f in p.facts)
