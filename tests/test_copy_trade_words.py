"""Copy that fits the trade: a tour's areas are where it goes, a delivery's reach is said once, and a courier's or a
supplier's delivery is not a shopper's doorstep."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact, Intent
from tapsite_pipeline.providers.offline_rules.copy import write_section

pytestmark = pytest.mark.unit

WA = {"whatsapp": "6281234567890"}


def _intent(bt: str, niche: str, industry: str, brand: str, products: list[str], facts: list[tuple[str, str]],
            lang: str = "id", features: tuple[str, ...] = ("whatsapp",)) -> Intent:
    return Intent(business_type=bt, industry=industry, products=products, brand_name=brand, target_audience="",
                  tone="friendly", features_requested=list(features), language=lang, niche=niche,
                  facts=[Fact(kind=k, value=v, subject="") for k, v in facts])


def _text(it: Intent, section: str) -> str:
    s = write_section(section, it, WA)
    return " ".join([s.body or ""] + [f"{i.title} | {i.description or ''}" for i in s.items])


def test_a_boat_trip_shows_its_areas_as_destinations() -> None:
    it = _intent("services", "travel", "travel", "Layar Timur", ["trip kapal phinisi"],
                 [("area", "Raja Ampat dan Wakatobi")])
    page = " ".join(_text(it, s) for s in ("highlights", "about", "contact"))
    assert "Tujuan" in page and "Area layanan" not in page
    assert "Tujuan: Raja Ampat dan Wakatobi." in _text(it, "contact")


def test_an_english_tour_name_outside_the_travel_niche_says_where_we_go() -> None:
    it = _intent("other", "other", "outdoor", "Rinjani Summit Treks", ["3-day trekking"], [("area", "Lombok")],
                 lang="en")
    contact = _text(it, "contact")
    assert "Where we go: Lombok." in contact and "Area served" not in contact


def test_a_ticket_agent_keeps_its_area_served() -> None:
    it = _intent("services", "travel", "travel", "Agen Tiket Pak Darto", ["tiket pesawat", "tiket kereta"],
                 [("area", "Cirebon")])
    assert "Area layanan: Cirebon." in _text(it, "contact")


def test_a_shop_area_is_still_an_area_served() -> None:
    it = _intent("services", "laundry", "laundry", "Laundry Wangi", ["cuci kiloan"], [("area", "Sleman")])
    assert "Area layanan: Sleman." in _text(it, "contact")


@pytest.mark.parametrize("reach, delivery", [("luar pulau", "bisa kirim sambal ke luar pulau"),
                                             ("seluruh Indonesia", "kirim paket ke seluruh Indonesia")])
def test_a_reach_said_by_the_delivery_fact_is_said_once(reach: str, delivery: str) -> None:
    it = _intent("food_and_beverage", "other", "sambal", "Sambal Mak Odah", ["sambal bawang"],
                 [("delivery", delivery), ("area", reach)], features=("whatsapp", "delivery"))
    contact = _text(it, "contact")
    assert "Area layanan" not in contact
    page = " ".join(_text(it, s) for s in ("highlights", "about", "contact"))
    assert reach.lower() in page.lower()  # still on the page, inside the delivery fact


def test_a_town_area_stays_beside_a_delivery_fact() -> None:
    it = _intent("food_and_beverage", "other", "sambal", "Sambal Mak Odah", ["sambal bawang"],
                 [("delivery", "bisa kirim ke luar kota"), ("area", "Tegal")], features=("whatsapp", "delivery"))
    assert "Area layanan: Tegal." in _text(it, "contact")


def test_a_freight_service_gets_no_doorstep_delivery_copy() -> None:
    it = _intent("services", "other", "transport", "Garuda Freight Nusantara", ["kirim barang door to door"],
                 [], features=("whatsapp", "delivery"))
    page = " ".join(_text(it, s) for s in ("highlights", "how_to_order"))
    assert "tidak perlu keluar rumah" not in page and "antar ke alamat Anda" not in page
    assert "alamat tujuan" in page


def test_a_supplier_delivers_to_a_business() -> None:
    it = _intent("retail", "other", "wholesale supply", "CV Tani Makmur", ["gula pasir", "tepung terigu"],
                 [], features=("whatsapp", "delivery"))
    page = " ".join(_text(it, s) for s in ("highlights", "how_to_order"))
    assert "tidak perlu keluar rumah" not in page and "tempat usaha" in page


def test_a_shop_that_ships_via_cargo_keeps_home_delivery() -> None:
    it = _intent("food_and_beverage", "other", "kue", "Bolu Kukus Bu Tati", ["bolu kukus"],
                 [("delivery", "kirim via cargo")], features=("whatsapp", "delivery"))
    how = _text(it, "how_to_order")
    assert "alamat tujuan" not in how and "antar ke alamat" in how


def test_a_laundry_with_its_own_courier_keeps_home_delivery() -> None:
    it = _intent("services", "laundry", "laundry", "Laundry Melati", ["cuci kiloan"],
                 [("delivery", "gratis kurir antar")], features=("whatsapp", "delivery"))
    assert "alamat tujuan" not in " ".join(_text(it, s) for s in ("highlights", "how_to_order"))


def test_an_umrah_agent_keeps_its_area_served() -> None:
    it = _intent("services", "travel", "travel", "Safa Marwa Wisata", ["umroh reguler", "umroh plus Dubai"],
                 [("area", "Medan dan Batam")])
    assert "Area layanan: Medan dan Batam." in _text(it, "contact")


def test_a_translator_that_sends_by_courier_keeps_its_wording() -> None:
    it = _intent("services", "other", "professional services", "Lingua Pak Budi", ["terjemahan ijazah"],
                 [("delivery", "hasil dikirim lewat kurir")], features=("whatsapp", "delivery"))
    assert "alamat tujuan" not in _text(it, "how_to_order")
