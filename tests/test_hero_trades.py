"""Heroes of the owner's own trade: an optician is shown glasses, a goat or poultry farm animals, a beekeeper
honey, a coworking space a desk, a foundation or a congregation people together; a word of another trade inside a place name or a crop word does not pull the
drawing away. All wordings are our own, not dataset rows."""

from __future__ import annotations

import pytest

from tapsite_pipeline.illustrations import choose, load_library, score


@pytest.mark.parametrize("niche, btype, words, industry, expected", [
    # opticians: the parser may call them accessories (fashion) or say nothing
    (None, "retail", "kacamata minus, lensa kontak bulanan, cek mata gratis Optik Sinar Terang", "accessories", "eyewear"),
    ("fashion", "retail", "prescription glasses and sunglasses Clearview Optical", "accessories", "eyewear"),
    ("clinic", "services", "periksa mata dan frame kacamata Optik Sehat", "healthcare", "eyewear"),
    # animals raised on a farm, not crops
    ("farm_produce", "other", "kambing etawa, susu kambing segar Kandang Pak Dirman", "agriculture", "livestock"),
    ("farm_produce", "other", "ayam kampung, telur puyuh Peternakan Sido Makmur", "agriculture", "livestock"),
    (None, "other", "dairy farm, cow milk and yoghurt from our cows", "agriculture", "livestock"),
    # bees and honey
    ("farm_produce", "other", "madu hutan murni dan propolis Lebah Rimba", "agriculture", "honey"),
    (None, "other", "raw honey from our beekeepers, honeycomb pieces", None, "honey"),
    # a place to work
    (None, "services", "coworking space, meeting rooms and a virtual office Ruang Karya", None, "workspace"),
    (None, "services", "sewa kantor harian dan ruang meeting", None, "workspace"),
    # people gathered for a cause or a faith
    (None, "other", "Yayasan Bina Kasih, panti asuhan dan donasi", "non-profit", "community"),
    (None, "other", "Koperasi Simpan Pinjam Mitra Warga", "non-profit", "community"),
    (None, "other", "ibadah minggu dan persekutuan pemuda Gereja Kasih", "religious", "community"),
])
def test_a_trade_gets_its_own_drawing(niche, btype, words, industry, expected):
    assert choose(niche, btype, words, industry=industry).key == expected


@pytest.mark.parametrize("niche, btype, words, industry, expected", [
    # a clothes shop that also sells sunglasses keeps the clothes
    ("fashion", "retail", "kaos, kemeja, tas dan kacamata hitam Distro Kita", "fashion", "fashion"),
    (None, "retail", "gamis, hijab, tas, kacamata", "fashion", "fashion"),
    # a camera lens is not an optician's
    (None, "creative", "sewa lensa kamera dan foto produk", None, "photo"),
    # a mixed farm of vegetables keeps the crate of crops, and so does a compost maker
    ("farm_produce", "other", "sayur organik dan ternak ayam kampung", "agriculture", "farm_produce"),
    ("farm_produce", "other", "pupuk kandang kambing dan kompos daun", "agriculture", "farm_produce"),
    ("farm_produce", "other", "sayur hidroponik, selada dan pakcoy", "agriculture", "farm_produce"),
    # goat and beef dishes are a meal, not livestock
    (None, "food_and_beverage", "sate kambing dan gulai kambing", None, "eatery"),
    ("eatery", "food_and_beverage", "sop buntut, iga sapi bakar", "restaurant", "eatery"),
    # a producers' cooperative is drawn by what it produces; social media is marketing, not a community group
    ("farm_produce", "other", "Koperasi Tani Subur, beras dan sayur organik", "agriculture", "farm_produce"),
    (None, "technology", "kelola media sosial dan iklan", "digital agency", "marketing"),
    ("organizer", "events", "EO pengajian dan syukuran, tenda dan sound", "event organizer", "organizer"),
    # a sacrifice feast is served by caterers and counted by apps: the word alone draws no animal
    (None, "food_and_beverage", "paket aqiqah nasi kotak dan tumpeng", "catering", "catering"),
    (None, "technology", "aplikasi pencatatan qurban dan kupon", "software", "webdev"),
])
def test_a_nearby_business_keeps_its_drawing(niche, btype, words, industry, expected):
    assert choose(niche, btype, words, industry=industry).key == expected


def test_rice_is_a_crop_not_a_dive_agency():
    # "padi" is rice in Indonesian; the dive agency is named with its course
    assert choose(None, "services", "sewa traktor, penggilingan padi", industry="farm services").key == "farm_produce"
    assert "diving" not in score("gabah dan padi kering")
    assert choose("course", "education", "PADI course, open water and advanced").key == "diving"


def test_a_place_name_with_a_roof_tile_is_no_builder():
    # "Genteng" is a roof tile and a place on the coast; a building-materials shop names its goods
    assert "repair" not in score("relawan Pantai Ujung Genteng")
    assert choose(None, "retail", "rangka atap baja ringan, atap spandek, semen", industry="wholesale supply").key == "repair"


def test_fishing_ponds_and_solar_installers_and_e_bikes():
    assert choose(None, "other", "kolam pemancingan harian, mancing galatama", industry="agriculture").key == "fishery"
    assert choose(None, "technology", "pemasangan panel surya dan PLTS atap", industry="engineering technology").key == "repair"
    assert choose(None, "retail", "sepeda listrik dan skuter listrik", industry="automotive parts").key == "motorcycle"


def test_an_english_plural_ending_a_phrase_counts_as_its_singular():
    assert score("wedding and graduation photos") == score("wedding and graduation photo")
    assert score("custom prints") == {"printing": 1}
    # a short word or a double s is left as it is: "bus", "tas", "dress", "glass"
    assert score("tas") == score("dress") == {"fashion": 1}
    assert score("kelas") == {} and score("glass") == {}


def test_every_new_drawing_is_in_the_library():
    lib = load_library()
    assert {"eyewear", "livestock", "honey", "workspace", "community"} <= set(lib.niches)
    assert lib.niches["eyewear"].refines == ("fashion", "clinic")
    assert lib.niches["livestock"].refines == lib.niches["honey"].refines == ("farm_produce",)
