"""Hire price lists (cars, scooters, rooms): what a hire's price includes is part of it ("650rb dengan sopir & BBM",
"1,3jt full day", "80k a day", "/12 jam"), never an item of its own; a hire without a driver ("lepas kunci", "self
drive") is a way of hiring sold beside the models, and the price list goes on past it; every model said with its own
amount is an offering; a model opening or closing the price list is no name of the
business; a decimal amount ("1,3jt") is never cut into a name. Every brief is new wording."""

from __future__ import annotations

import pytest

from intent_helpers import fact_values
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,price", [
    ("Rental mobil Sinar Jaya Solo, Avanza 350rb/hari, Innova 600rb dengan sopir. WA 0812 2727 1010",
     "600rb dengan sopir"),
    ("Car hire in Labuan Bajo: Xenia 450k/day, Hiace 1.4 million with driver", "1.4 million with driver"),
    ("Sewa mobil Padang, Brio 280rb/hari, Innova 750rb/12 jam dengan supir & BBM",
     "750rb/12 jam dengan supir & BBM"),
    ("Sewa Elf Pekanbaru, Elf long 1,6jt full day, antar jemput bandara", "1,6jt full day"),
    ("Scooter hire Sanur - Scoopy 75k a day, helmet included. WhatsApp 0812 3000 4455", "75k a day"),
    ("Rent a car Kupang: Rush 400k/day, Fortuner 1.5 million a day with driver", "1.5 million a day with driver"),
])
def test_what_a_hire_includes_stays_with_its_price(brief, price):
    r = parse_brief(brief)
    assert price in fact_values(brief, "price")
    for word in ("sopir", "supir", "driver", "day", "12 jam"):
        assert word not in r.products


@pytest.mark.parametrize("brief,price,way", [
    ("Rental mobil Sinar Jaya Solo, Avanza 350rb/hari lepas kunci, Innova 600rb dengan sopir. WA 0812 2727 1010",
     "350rb/hari", "lepas kunci"),
    ("Car hire in Labuan Bajo: Xenia 450k/day self drive, Hiace 1.4 million with driver", "450k/day", "self drive"),
])
def test_a_hire_without_a_driver_is_sold_beside_the_models(brief, price, way):
    r = parse_brief(brief)
    assert price in fact_values(brief, "price")
    assert way in r.products
    assert "kunci" not in r.products and "drive" not in r.products


@pytest.mark.parametrize("brief,models", [
    ("Rental mobil Sinar Jaya Solo, Avanza 350rb/hari lepas kunci, Innova 600rb dengan sopir. WA 0812 2727 1010",
     ["avanza", "innova"]),
    ("Sewa mobil Padang, Brio 280rb/hari tanpa sopir, Innova 750rb/12 jam dengan supir & BBM", ["brio", "innova"]),
    ("Car hire in Labuan Bajo: Xenia 450k/day self drive, Hiace 1.4 million with driver", ["xenia", "hiace"]),
    ("Sewa motor Lombok: Beat 65rb/hari, Scoopy 140rb/hari, Vario 85rb/hari", ["beat", "scoopy", "vario"]),
    ("Scooter rental Canggu - Fazzio 90k a day, NMAX 160k a day. WhatsApp 0812 3000 4455", ["fazzio", "nmax"]),
])
def test_every_model_with_its_own_amount_is_an_offering(brief, models):
    products = parse_brief(brief).products
    for model in models:
        assert model in products


@pytest.mark.parametrize("brief,model", [
    ("Sewa motor Lombok: Beat 65rb/hari, PCX 140rb/hari, Vario 85rb/hari", "Beat"),
    ("Car hire in Labuan Bajo: Xenia 450k/day self drive, Hiace 1.4 million with driver", "Hiace"),
    ("Sewa mobil Medan, Innova 700rb/12 jam dengan supir & BBM, Hiace 1,3jt full day. Hub 0813 7000 1212", "Hiace"),
    ("Rent a car Kupang: Rush 400k/day without driver, Fortuner 1.5 million a day with driver", "Fortuner"),
])
def test_a_model_of_the_price_list_is_no_name(brief, model):
    brand = parse_brief(brief).brand_name or ""
    assert model not in brand


def test_a_decimal_amount_is_read_whole():
    brief = "Sewa Hiace Medan 1,3jt full day, bisa ke Danau Toba"
    r = parse_brief(brief)
    assert "1,3jt full day" in fact_values(brief, "price")
    assert (r.brand_name or "").rstrip()[-1:] != "1"


def test_rooms_priced_by_the_night_in_words():
    brief = "Homestay Kenanga Jogja, kamar AC 275rb semalam, kamar kipas 160rb semalam, sarapan gratis"
    r = parse_brief(brief)
    assert {"275rb semalam", "160rb semalam"} <= set(fact_values(brief, "price"))
    assert {"kamar ac", "kamar kipas"} <= set(r.products)
