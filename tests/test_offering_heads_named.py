"""An offering read off the brief names a thing, not only its grade or the work done to it: a tier on a labelled price
line keeps its label's noun ("Tiket: reguler 50rb" sells "tiket reguler"), a lone "servis" followed by what it
services names each thing ("servis kulkas"), a head count after "for" is no audience, and the headline names what is
mainly sold."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Intent
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy import write_section
from tapsite_pipeline.providers.offline_rules.head_counts import head_count
from tapsite_pipeline.providers.offline_rules.service_objects import objects_named
from tapsite_pipeline.providers.offline_rules.tier_heads import bare_tier, tiers_headed

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("items, lower, lang, expected", [
    (["regular"], "gig night. tickets: regular idr 80,000, vip booth for 6 idr 900,000. wa 0812", "en",
     ["regular tickets", "vip booth for 6"]),
    (["reguler"], "pentas seni sekolah\ntiket: reguler 25rb, vip 75rb\nwa 0812", "id", ["tiket reguler", "tiket vip"]),
    (["deluxe"], "homestay melati. kamar: deluxe 400rb/malam, superior 300rb/malam.", "id",
     ["kamar deluxe", "kamar superior"]),
    (["ekonomi"], "travel jaya. tiket: kelas 1 200rb, ekonomi 150rb", "id", ["tiket ekonomi", "tiket kelas 1"]),
    (["presale"], "ticket page for our poetry night, friday. presale 50k, at the door 70k.", "en", ["presale tickets"]),
])
def test_a_tier_on_a_labelled_price_line_keeps_the_labels_noun(items, lower, lang, expected):
    assert sorted(tiers_headed(items, lower, lang)) == sorted(expected)


@pytest.mark.parametrize("items, lower", [
    (["premium"], "kopi bubuk premium 50rb"),                 # no label: the word stays as the rules read it
    (["vip"], "tiket konser tersedia. paket vip, hubungi kami"),   # about tickets, but no price said with it
    (["regular"], "tickets: regular (sold out). wa 0812"),    # a label line with no prices lists no kinds
    (["nasi box"], "menu: nasi box 25rb, tumpeng 300rb"),    # a thing with its own noun is left alone
])
def test_a_word_off_a_labelled_price_line_is_left_alone(items, lower):
    assert tiers_headed(items, lower, "id") == items


def test_a_tier_alone_is_no_name_but_a_graded_thing_is():
    assert bare_tier("vip") and bare_tier("early bird") and bare_tier("kelas 2")
    assert not bare_tier("vip table for 4") and not bare_tier("kamar deluxe")


@pytest.mark.parametrize("items, lower, lang, expected", [
    (["servis"], "selebaran: servis panggilan - kulkas, mesin cuci, dispenser. wa 0812", "id",
     ["servis kulkas", "mesin cuci", "dispenser"]),
    (["repair"], "home visits. repair: fridges, washing machines and ovens. call us", "en",
     ["fridge repair", "washing machines", "ovens"]),
])
def test_a_generic_service_word_names_the_things_listed_after_it(items, lower, lang, expected):
    assert objects_named(items, lower, lang) == expected


@pytest.mark.parametrize("lower", [
    "servis motor - ganti oli 50rb, tune up 100rb",   # priced pieces are work, not things serviced
    "terima servis. cepat dan murah",                  # nothing listed
])
def test_a_generic_service_word_without_a_list_of_things_stays(lower):
    assert objects_named(["servis"], lower, "id") == ["servis"]


def test_a_flyer_of_appliance_servicing_parses_to_each_appliance():
    brief = "Selebaran kami:\nSERVIS PANGGILAN — KULKAS • MESIN CUCI • DISPENSER\nTeknik Sejuk Pak Darto, Depok\nWA 0812 3456 7890"
    assert parse_brief(brief).products[:3] == ["servis kulkas", "mesin cuci", "dispenser"]


@pytest.mark.parametrize("phrase, count", [
    ("4 guests", True), ("10 orang", True), ("2-4 pax", True), ("6", True),
    ("5-12 year olds", False), ("families", False), ("4 wheel drives", False),
])
def test_a_head_count_is_no_audience(phrase, count):
    assert head_count(phrase) is count


def test_a_room_for_four_guests_gives_the_business_no_audience():
    brief = ("Villa Kenanga, Batu. Family suite IDR 900,000/night for 4 guests, bike rental IDR 50,000/day. "
             "WhatsApp +62 812 3456 7890")
    assert "4" not in (parse_brief(brief).target_audience or "")


def _hero(products: list[str], lang: str = "id") -> str:
    it = Intent(business_type="services", industry="home services", products=products, brand_name="Teknik Sejuk",
                target_audience="", tone="friendly", features_requested=["whatsapp"], language=lang, niche="other")
    return write_section("hero", it, {"whatsapp": "6281234567890"}).heading or ""


def test_the_headline_names_the_serviced_things():
    brief = "Selebaran kami:\nSERVIS PANGGILAN — KULKAS • MESIN CUCI • DISPENSER\nTeknik Sejuk Pak Darto, Depok\nWA 0812 3456 7890"
    head = _hero(parse_brief(brief).products).lower()
    assert "kulkas" in head and not head.rstrip().endswith(": servis")


def test_a_meal_plan_headline_names_the_plan_not_the_kind_of_business():
    for brand in ("Dapur Hijau", "Green Bowl Kitchen"):
        it = Intent(business_type="food_and_beverage", industry="catering", products=["meal plan"], brand_name=brand,
                    target_audience="", tone="friendly", features_requested=["whatsapp"], language="en", niche="catering")
        head = write_section("hero", it, {"whatsapp": "6281234567890"}).heading or ""
        assert "meal plan" in head.lower() and ", a " not in head  # not "Dapur Hijau, a catering service: meal plan"


def _lead(products: list[str], brand: str, industry: str, niche: str = "other", lang: str = "en") -> str:
    it = Intent(business_type="other", industry=industry, products=products, brand_name=brand, target_audience="",
                tone="friendly", features_requested=["whatsapp"], language=lang, niche=niche, location="Kalibaru")
    return write_section("hero", it, {"whatsapp": "6281234567890"}).heading or ""


@pytest.mark.parametrize("products, brand, industry, lang", [
    (["bike rental"], "Pondok Kenanga Homestay", "accommodation", "en"),
    (["sewa motor", "antar jemput bandara"], "Homestay Bu Tini", "accommodation", "id"),
    (["gopro rental"], "Pulau Biru Snorkel Trip", "travel", "en"),
])
def test_a_stays_extra_comes_after_the_business_in_the_headline(products, brand, industry, lang):
    head = _lead(products, brand, industry, lang=lang)
    assert head.startswith(brand) and (", with " in head or ", tersedia juga " in head)  # the extra after the name


def test_a_rental_shops_rental_is_its_trade():
    head = _lead(["scooter rental"], "Kuta Scooter Rental", "accommodation")
    assert ", with" not in head
