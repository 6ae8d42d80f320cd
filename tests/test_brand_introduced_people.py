"""People and headlines a brief names before the business (named_others.py): an owner who introduces themselves
("Tiang Pak Ketut …", "sa Markus, …", "Lotte here (Belgian, …)"), a customer signing a quoted testimonial, a headline
in capitals announcing a pre-order or a class, and a name the owner takes back ("… ? eh bukan, …"). The business named
after them is the brand; with none named, the first reading stays. A team's size ("7 pemain") is a fact. Every brief
here is new wording (not dataset rows), and each mechanism is tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.named_others import headline, others_named, people

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


# ---- an owner introducing themselves, then the business's name
@pytest.mark.parametrize("brief,brand", [
    ("Tiang Pak Ketut Arsa, 62 tahun, petani salak di Sibetan. Kebun Salak Sibetan Asri jual salak gula pasir "
     "20rb/kg dan wine salak 150rb. WA 0813 3700 1122", "Kebun Salak Sibetan Asri"),
    ("Kita Om Berty, 60 taong, so lama bajual ikan. Skarang kita buka Rumah Makan Tuna Bitung, ikan bakar 45rb, "
     "tinutuan 20rb. Hubungi 0823 4100 9988", "Rumah Makan Tuna Bitung"),
    ("Hi, Lotte here (Belgian, nine years in Sanur). My studio Sanur Pottery Corner runs wheel classes 400k and "
     "glazing workshops 600k. WA +62 812 3800 4411", "Sanur Pottery Corner"),
    ("Ciao! I'm Marco from Milan and my wife Komang and I run Gelato Amed Fresco, a small gelato shop in Amed: "
     "cones 25k, tubs 90k. WA +62 819 2200 3344", "Gelato Amed Fresco"),
])
def test_introduced_owner_is_not_the_brand(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_self_introduced_freelancer_without_business_name_keeps_own_name() -> None:
    # nothing else is named: the person the owner introduces is what the page goes by
    assert _brand("Saya Kak Melati, guru les privat matematika untuk anak SD dan SMP di Tangerang, 100rb per sesi. "
                  "WA 0812 7000 5566") \
        == "Kak Melati"


def test_regional_intro_is_no_card() -> None:
    items = parse_brief("Tiang Pak Ketut Arsa, petani salak. Kebun Salak Sibetan Asri jual salak gula pasir 20rb/kg. "
                        "WA 0813 3700 1122").products
    assert not any("tiang" in p for p in items)


def test_plain_pronoun_intro_is_not_marked_quiet() -> None:
    # a standard pronoun's self-description is read by self_description.py; only "X here (…)" and testimonials are
    assert people("Saya Bu Rini, penjahit, terima jahit gamis 150rb.") == []
    assert people("Lotte here (Belgian). Pottery classes 400k.") != []


# ---- a quoted testimonial and the customer who signs it
def test_testimonial_signer_is_not_the_brand() -> None:
    brief = ('ulasan pelanggan: "jahitannya rapi, jadi tepat waktu" - Bu Wati, Cimahi\n'
             '"bahannya adem" - Mbak Sinta\n'
             "Konveksi Benang Emas Cimahi: kaos sablon 65rb, kemeja seragam 120rb. WA 0812 2299 4411")
    assert _brand(brief) == "Konveksi Benang Emas Cimahi"
    assert not any("wati" in p or "sinta" in p for p in parse_brief(brief).products)


def test_quote_without_signer_is_no_testimonial() -> None:
    # a quoted name with no dash and signer after it is still the owner's name
    assert _brand('Toko kami namanya "Sumber Rejeki Jaya", jual sembako grosir di Klaten. WA 0812 1100 2200') \
        == "Sumber Rejeki Jaya"
    assert others_named('kata pembeli: "mantap" pokoknya') == []


# ---- a headline in capitals announcing an offer or an event
@pytest.mark.parametrize("brief,brand", [
    ("OPEN PO PARCEL NATAL 2027\nToko Kue Oma Lien, Manado\n• kue lapis legit 250rb\n• parcel 3 toples 300rb\n"
     "WA 0813 5500 6611", "Toko Kue Oma Lien"),
    ("STATUS WA: PENDAFTARAN DIBUKA\nLes Mengaji 40rb/bln\nsilakan datang ke TPA Nurul Huda Kendari atau WA "
     "0812 9900 1234", "TPA Nurul Huda Kendari"),
])
def test_announcing_headline_is_not_the_brand(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


def test_headline_needs_an_announcing_word() -> None:
    assert headline("OPEN PO PARCEL NATAL 2027 . Toko Kue Oma Lien") is not None
    # a name in capitals is a name, not a headline: its words are no announcement's
    assert headline("KUE KERING BU SARAH . nastar 90rb") is None
    assert headline("BENGKEL LAS KARYA BAJA . pagar 1jt") is None
    assert _brand("BENGKEL LAS KARYA BAJA\nterima pagar, kanopi, teralis. WA 0812 3300 4400").lower() \
        == "bengkel las karya baja"


# ---- a name the owner takes back
def test_corrected_name_wins() -> None:
    brief = ("cuci sepatu 35rb, cuci tas 50rb, antar-jemput gratis. nama usahanya Sepatu Kinclong? eh bukan, "
             "Kinclong Shoe Care Palu. WA 0852 1100 7788")
    assert _brand(brief) == "Kinclong Shoe Care Palu"


def test_name_followed_by_ordinary_words_is_kept() -> None:
    # "salah satu …" after a name is no correction
    assert _brand("Kopi Lembah Hijau salah satu kedai kopi tertua di Wamena, kopi tubruk 15rb. WA 0812 4400 1100") \
        == "Kopi Lembah Hijau"


# ---- a team's size is a fact
def test_team_size_is_a_fact_not_a_card() -> None:
    intent = parse_brief("Sanggar Tari Bunga Rampai, 12 penari, terima tampil di pernikahan 2 jt dan acara kantor "
                         "3 jt. WA 0812 5500 2200")
    assert any(f.value == "12 penari" for f in intent.facts)
    assert "12 penari" not in intent.products


def test_count_of_things_is_no_team() -> None:
    intent = parse_brief("Sewa lapangan futsal Arena Gol Kendari 150rb/jam, rompi 10 buah gratis. WA 0812 5500 2200")
    assert not any("buah" in f.value and f.kind == "note" and f.value.startswith("10") for f in intent.facts)
