"""What a capitalised word inside a trade's phrase is: a place or a kind qualifying what is sold ("open trip Ijen
blue fire"), items taught ("kursus coding anak Lua & Godot"), a model priced in a list ("Jazz 300rb") — none names the
business, and the fallback name takes no model; a trade phrase holding an acronym before a name keeps the whole run
("Bengkel AC mobil Jaya"). New wordings, each mechanism tested both ways."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _brand(brief: str) -> str:
    return parse_brief(brief).brand_name


@pytest.mark.parametrize("brief,not_brand", [
    ("Open trip Ijen blue fire 275rb/orang, start dari Banyuwangi", "Ijen"),
    ("paket tour Rinjani summit 3 hari 2 malam, porter termasuk", "Rinjani"),
    ("Kursus coding anak Lua & Godot, kelas sabtu pagi", "Lua & Godot"),
    ("les musik anak Biola dan Cello tiap minggu", "Biola dan Cello"),
])
def test_capitalised_words_inside_a_trade_phrase_name_no_one(brief: str, not_brand: str) -> None:
    assert _brand(brief) != not_brand


@pytest.mark.parametrize("brief,brand", [
    ("Jual bakso Barokah enak di Solo", "Bakso Barokah"),
    ("Kursus menjahit Ibu Ratna di Tegal", "Kursus Menjahit Ibu Ratna"),
    ("Kiln & Clay Studio makes stoneware mugs in Bandung", "Kiln & Clay Studio"),
])
def test_a_name_after_the_trade_is_still_read(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,brand", [
    ("Bengkel AC mobil Jaya, Cirebon", "Bengkel AC Mobil Jaya"),
    ("toko HP bekas Sentosa, Kudus", "Toko HP Bekas Sentosa"),
])
def test_a_trade_phrase_with_an_acronym_keeps_its_name(brief: str, brand: str) -> None:
    assert _brand(brief) == brand


@pytest.mark.parametrize("brief,model", [
    ("Rental Palu, Jazz 300rb, Pajero 900rb", "Jazz"),
    ("Sewa motor di Labuan Bajo: Beat 75rb, PCX 150rb", "Beat"),
])
def test_a_priced_model_is_no_source_of_the_fallback_name(brief: str, model: str) -> None:
    assert model.lower() not in _brand(brief).lower().split()


def test_priced_goods_still_name_a_business_with_no_place() -> None:
    assert _brand("Jual kue: Nastar 85rb, Kastengel 90rb") == "Dapur Nastar"


def test_rent_a_car_is_the_trade() -> None:
    intent = parse_brief("Rent a car Ambon, Avanza 450rb, Innova 700rb, with driver")
    assert intent.business_type == "services"
    assert "avanza" not in intent.brand_name.lower()
