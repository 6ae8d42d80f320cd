"""The page's flow and words follow what the business sells: a seller's side tour or class does not make it a
booking page, a camera installer is no IT helpdesk, and a comparison with
competitors is no fact about the business."""

from __future__ import annotations

import pytest

from tapsite_pipeline.forms.side_booking import booking_aside
from tapsite_pipeline.models import Fact, Intent
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy import write_section
from tapsite_pipeline.providers.offline_rules.copy.context import context
from tapsite_pipeline.stages.wa_prefill import intent_page_features

pytestmark = pytest.mark.unit

WA = {"whatsapp": "6281234567890"}


def _intent(bt: str, niche: str, industry: str, brand: str, products: list[str], notes: list[str],
            features: tuple[str, ...] = ("whatsapp", "booking"), lang: str = "en") -> Intent:
    return Intent(business_type=bt, industry=industry, products=products, brand_name=brand, target_audience="",
                  tone="friendly", features_requested=list(features), language=lang, niche=niche,
                  facts=[Fact(kind="note", value=v, subject="") for v in notes])


# --- a side service's booking -------------------------------------------------------------------------------------

def test_a_honey_farm_with_visits_by_appointment_stays_an_order_page() -> None:
    it = _intent("other", "farm_produce", "agriculture", "Lebah Madu Gunung Sari", ["raw forest honey", "bee pollen"],
                 ["apiary visits by appointment"])
    assert context(it, WA).mode == "order"
    assert "booking" not in intent_page_features(it)
    hero = write_section("hero", it, WA)
    assert "Book" not in f"{hero.body} {hero.cta_label}", hero


def test_a_batik_seller_with_a_class_on_request_keeps_its_orders_in_indonesian() -> None:
    it = _intent("retail", "fashion", "fashion", "Batik Canting Sekar", ["kain batik tulis", "kemeja batik"],
                 ["kelas membatik untuk tamu, booking dulu ya"], lang="id")
    assert context(it, WA).mode == "order"


def test_a_homestay_with_tours_by_appointment_keeps_its_bookings() -> None:
    # a homestay's own offering is booked: the side tour changes nothing
    it = _intent("other", "other", "accommodation", "Homestay Bukit Teh", ["kamar keluarga"],
                 ["tur kebun teh by appointment"], lang="id")
    assert context(it, WA).mode == "book"
    assert "booking" in intent_page_features(it)


def test_a_class_that_is_the_main_offering_is_still_booked() -> None:
    assert not booking_aside(["booking"], True, ["kelas membuat roti"], [("note", "kelas bisa booking via WA")])


def test_a_seller_whose_booking_is_said_of_no_side_service_keeps_it() -> None:
    # "reserve your order" is not a tour or a class: the owner's booking stays as said
    it = _intent("other", "farm_produce", "agriculture", "Kebun Melon Pak Rus", ["melon golden"],
                 ["reserve your melons a week ahead"])
    assert "booking" in intent_page_features(it)
    assert not booking_aside(["whatsapp"], True, ["melon golden"], [("note", "farm visits by appointment")])


# --- a camera installer -------------------------------------------------------------------------------------------

def test_a_cctv_installer_is_not_called_it_support() -> None:
    it = _intent("technology", "itsupport", "it services", "Mata Elang Security", ["pasang cctv rumah"], [],
                 features=("whatsapp",), lang="id")
    about = write_section("about", it, WA).body
    assert "CCTV" in about and "dukungan IT" not in about, about


def test_a_camera_package_named_only_in_a_price_says_the_trade() -> None:
    it = Intent(business_type="technology", industry="it services", products=[], brand_name="Jaga Toko",
                tone="professional", features_requested=["whatsapp"], language="en", niche="itsupport",
                facts=[Fact(kind="price", value="Rp 2,5 jt", subject="8-camera bundle")])
    assert context(it, WA).trade == "security_install"


def test_a_laptop_repair_stays_it_support() -> None:
    it = _intent("technology", "itsupport", "it services", "Servis Laptop Mas Joko", ["instal ulang windows"], [],
                 features=("whatsapp",), lang="id")
    assert context(it, WA).trade == ""
    assert "dukungan IT" in write_section("about", it, WA).body


# --- comparisons with competitors ---------------------------------------------------------------------------------

def test_a_comparison_with_other_places_is_no_fact() -> None:
    it = parse_brief("Salon Rambut Kak Ros, Medan. Tidak seperti salon mal yang buru-buru, tiap pelanggan dapat "
                     "waktu sendiri. Potong rambut 40rb, creambath 60rb. WA 0812 3456 7015")
    values = [f.value.lower() for f in it.facts]
    assert not any(v.startswith("tidak seperti") for v in values), values


def test_the_owners_own_claim_after_a_comparison_stays() -> None:
    it = parse_brief("Kursus Jahit Bu Tini Klaten, kelas dasar 4x pertemuan 400rb. beda sama kursus lain yg cuma "
                     "teori, di sini tiap murid langsung pegang mesin sendiri. WA 0812 3456 7016")
    values = [f.value.lower() for f in it.facts]
    assert not any(v.startswith("beda sama") for v in values), values
    assert any("langsung pegang mesin sendiri" in v for v in values), values


def test_a_difference_of_the_goods_themselves_is_kept() -> None:
    it = parse_brief("Kaos Polos Mas Adi Bekasi, kaos cotton 30s 35rb, bisa pilih beda ukuran tiap potong. "
                     "WA 0812 3456 7017")
    assert any("beda ukuran" in f.value.lower() for f in it.facts), it.facts


# --- the WhatsApp message a visitor starts with -------------------------------------------------------------------

def test_the_whatsapp_message_follows_how_the_business_is_dealt_with() -> None:
    from tapsite_pipeline.stages.wa_prefill import wa_message
    tutor = _intent("education", "tutoring", "tutoring", "Les Privat Cerdas", ["les matematika SMA"], [],
                    features=("whatsapp",), lang="id")
    assert "mendaftar" in wa_message(tutor, "id", False)
    spa = _intent("services", "spa", "spa", "Pijat Sehat Bu Ani", ["pijat refleksi"], [], lang="id")
    assert wa_message(spa, "id", False).endswith("bertanya dan booking.")
    cctv = _intent("technology", "itsupport", "it services", "Mata Elang", ["pasang cctv"], [], features=("whatsapp",))
    assert wa_message(cctv, "en", False) == "Hello Mata Elang, I'd like to ask about your services."


def test_a_shop_and_a_farm_with_a_side_tour_keep_the_order_message() -> None:
    from tapsite_pipeline.stages.wa_prefill import wa_message
    bakery = _intent("food_and_beverage", "bakery", "bakery", "Roti Bu Sri", ["roti sobek"], [], features=("whatsapp",),
                     lang="id")
    assert wa_message(bakery, "id", False) == "Halo Roti Bu Sri, saya ingin bertanya dan memesan."
    farm = _intent("other", "farm_produce", "agriculture", "Kebun Kopi Ijen", ["green beans"],
                   ["plantation tours by appointment"])
    assert "place an order" in wa_message(farm, "en", False)
    assert "activities" in wa_message(farm, "en", True)


def test_a_craft_seller_and_a_pet_boarder_get_their_own_messages() -> None:
    from tapsite_pipeline.stages.wa_prefill import message_kind
    batik = _intent("creative", "crafts", "crafts", "Batik Sekar Jagad", ["kain batik tulis"], [], features=("whatsapp",))
    assert message_kind(batik, False) == "order"
    boarding = _intent("other", "pet_shop", "pet boarding", "Penitipan Kucing Oyen", ["titip kucing"], [],
                       features=("whatsapp",), lang="id")
    assert message_kind(boarding, False) == "book"
