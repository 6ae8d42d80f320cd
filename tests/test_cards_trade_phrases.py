"""Cards of trade phrases and of items said with whom they are for. Every brief is new wording.

- "open trip Ijen blue fire" is a kind of trip sold (as "private trip" is), not the verb "open" before its object;
  "open PO nastar", "open order brownies", "buka pre-order hampers" say the goods are taken on order now: the goods
  follow, and a closing date ("ditutup tgl 20") is no card.
- "English for kids, conversation class, TOEFL prep", "yoga for beginners and pilates for seniors": whom one item is for
  closes that item only; the list goes on when what follows is plainly one more offering. Otherwise "for" still
  governs what follows it ("Indonesian lessons for expats, researchers and …").
"""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,card", [
    ("Kawah Tour Banyuwangi: open trip Ijen blue fire 300rb/pax, berangkat tiap malam", "open trip ijen blue fire"),
    ("Kami Semeru Adventure, open trip Ranu Kumbolo 2D1N dan private trip Tumpak Sewu", "open trip ranu kumbolo 2d1n"),
    ("Kelana Bahari Labuan Bajo — open tour Pulau Padar, sailing komodo 3D2N", "open tour pulau padar"),
])
def test_an_open_trip_is_a_trip_sold(brief, card):
    assert card in parse_brief(brief).products


@pytest.mark.parametrize("brief,cards", [
    ("Dapur Bu Wening Sleman open PO nastar keju & putri salju, ditutup tgl 25 ya kak", ["nastar keju", "putri salju"]),
    ("Roti Sisir Mak Ijah: open order roti sisir mentega, tiap Kamis", ["roti sisir mentega"]),
    ("Toko Kain Ratna Pekalongan buka pre-order batik cap dan sarung tenun", ["batik cap", "sarung tenun"]),
])
def test_open_po_says_when_the_goods_are_taken(brief, cards):
    got = parse_brief(brief).products
    for card in cards:
        assert card in got
    assert not any(p.startswith(("open", "buka", "ditutup")) for p in got)


@pytest.mark.parametrize("brief,cards", [
    ("Miss Laras English Corner: English for kids, speaking class, TOEIC prep", ["english", "speaking class", "toeic prep"]),
    ("Napas Ringan Studio Malang: yoga for beginners and pilates for seniors", ["yoga", "pilates"]),
    ("Huaxia Class Medan: Mandarin for kids and HSK prep for adults", ["mandarin", "hsk prep"]),
    ("Rumah Gambar Kenanga: kelas sketsa untuk anak SD & SMP, les cat air, kelas kaligrafi",
     ["kelas sketsa", "les cat air", "kelas kaligrafi"]),
    ("Bidan Sari Magelang: senam untuk ibu hamil dan kelas pijat bayi", ["senam", "kelas pijat bayi"]),
    ("Koding Ceria Serpong: Scratch untuk usia 6-8, Python untuk usia 11-15, robotik Arduino",
     ["scratch", "python", "robotik arduino"]),
    ("Oven Kecil Studio Makassar: baking class for ages 7-12, cake decorating workshop",
     ["baking class", "cake decorating workshop"]),
])
def test_whom_one_item_is_for_ends_only_that_item(brief, cards):
    got = parse_brief(brief).products
    for card in cards:
        assert card in got


@pytest.mark.parametrize("brief,not_card", [
    ("Bahasa Bersama Salatiga: Indonesian lessons for diplomats, journalists and exchange students", "journalists"),
    ("Toko Musik Nada Ambon jual sound system untuk masjid serta band", "band"),
    ("Kami konsultan pajak untuk koperasi dan BUMDes di Kupang", "bumdes"),
])
def test_for_still_governs_an_audience_list(brief, not_card):
    assert not_card not in parse_brief(brief).products
