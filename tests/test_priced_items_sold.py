"""Items said only with their own price are offerings: a price word labelling the list, a least order said between
two priced items, and an item said alone in its sentence before its amount. A bare count or a price word is not."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("text", "goods"), [
    ("Toko Oleh-oleh Cek Ina, Palembang, jual pempek. Harga kemplang panggang 35rb/bungkus, kricu 20rb.",
     ["kemplang panggang", "kricu"]),
    ("Keripik Bu Darsih Tasik, jual keripik. Harga: keripik tempe 15rb, sale pisang 18rb, opak 12rb",
     ["keripik tempe", "sale pisang", "opak"]),
    ("Warung Mak Ros di Bukittinggi jual kue basah. Harganya lapek bugis 3rb, kue talam 3rb, bika 5rb",
     ["lapek bugis", "kue talam", "bika"]),
    ("Daftar harga: es dawet 8rb, es cincau 7rb. Dawet Pak Kromo, Banjarnegara", ["es dawet", "es cincau"]),
    ("Sunny Bakes in Kuta, we bake bread daily. Prices: country loaf 85k, brioche 95k, focaccia 60k.",
     ["country loaf", "brioche", "focaccia"]),
])
def test_a_price_word_labelling_a_list_is_no_item_head(text, goods):
    got = parse_brief(text).products
    assert all(g in got for g in goods), got
    assert not any(p.startswith(("harga", "prices", "daftar")) for p in got), got


@pytest.mark.parametrize(("text", "goods"), [
    ("sy jual kue khas banjar rumahan, nama usaha Dapur Acil Imah. bingka kentang 45rb/loyang, kue lam 5rb/potong "
     "min 10, amparan tatak 60rb. kirim dlm kota aja", ["bingka kentang", "kue lam", "amparan tatak"]),
    ("Keripik Mbak Lin di Malang: keripik tempe 15rb/pak min 5 pak, keripik pisang 18rb, sale pisang 20rb",
     ["keripik tempe", "keripik pisang", "sale pisang"]),
    ("Dimsum Frozen Cici Medan, siomay ayam 35rb isi 10, hakau udang 45rb isi 8, lumpia kulit tahu 30rb.",
     ["siomay ayam", "hakau udang", "lumpia kulit tahu"]),
    ("Bakpao Mbak Nur Salatiga: bakpao kacang hijau 25rb (isi 5), bakpao ayam 30rb (isi 5), bakpao coklat 25rb",
     ["bakpao kacang hijau", "bakpao ayam", "bakpao coklat"]),
])
def test_a_least_order_inside_a_price_list_does_not_end_it(text, goods):
    got = parse_brief(text).products
    assert all(g in got for g in goods), got
    assert not any(p.startswith(("min", "isi")) for p in got), got


@pytest.mark.parametrize(("text", "item"), [
    ("Toko Oleh-oleh Cek Ina, Palembang. Jual pempek dan kerupuk. Lempok durian 85rb. Min 20 bungkus.", "lempok durian"),
    ("Kami Sewa Tenda Berkah Ciamis, sewa tenda dan dekorasi. Kursi futura 5rb/unit. Meja bundar 20rb.", "meja bundar"),
    ("Sunset Divers Amed, fun dives and courses. Snorkel trips 400k. Email hello@sunsetamed.id", "snorkel trips"),
    ("Jamur Segar Pak Darmo, Wonosobo. jamur kuping 25rb/kg. keripik jamur juga ada 12rb/bks.", "keripik jamur"),
])
def test_an_item_said_alone_with_its_amount_is_sold(text, item):
    assert item in parse_brief(text).products


@pytest.mark.parametrize(("text", "not_item"), [
    ("Bimbel Cerdas Kendari, les calistung & SD. Mulai 300rb/bulan.", "mulai"),
    ("Jamu Mbok Sri, kunyit asem dan beras kencur. botol 250ml 8rb.", "botol"),
    ("Sanggar Tari Kenanga, kelas tari jaipong. Iuran 100rb/bln.", "iuran"),
    ("Tiny Steps Party Bali, baby shower & gender reveal decor. balloon arch add 300k.", "balloon arch add"),
])
def test_a_price_a_count_or_an_add_on_said_alone_is_no_item(text, not_item):
    assert not any(p.startswith(not_item) for p in parse_brief(text).products)
