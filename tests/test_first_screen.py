"""The first screen an owner judges the page by: a headline of a few lines with the name intact in it, the benefit
that did not fit in the lead right under it, the line above it not repeating the name, and a long headline set
smaller than a short one."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tapsite_pipeline.models import Intent
from tapsite_pipeline.providers.offline_rules.copy import write_section
from tapsite_pipeline.providers.offline_rules.copy.sections import HEAD_ROOM
from tapsite_pipeline.stages.site import _env, _eyebrow, _signature

pytestmark = pytest.mark.unit

WA = {"whatsapp": "+62 813 5555 0101", "phone": None, "email": None}

# (language, business type, industry, brand, offerings, place): long names, long offerings, both languages
CASES = [
    ("id", "food_and_beverage", "catering", "Katering Rumahan Bunda Laras Sukoharjo",
     ["nasi box ayam bakar madu", "tumpeng nasi kuning mini", "aneka jajan pasar"], "Sukoharjo"),
    ("id", "services", "laundry", "Binatu Wangi Sejahtera Banjarbaru",
     ["cuci karpet masjid", "cuci gorden kantor", "setrika uap"], "Banjarbaru"),
    ("id", "education", "tutoring", "Rumah Belajar Pelita Hati Kendari",
     ["les baca tulis hitung", "bimbingan ujian masuk SMP"], "Kendari"),
    ("en", "retail", "handicraft", "Toraja Carved Wood Collective and Showroom",
     ["hand-carved wall panels", "coffee tables with Toraja motifs"], "Rantepao"),
    ("en", "services", "cleaning", "Spotless Villas Housekeeping",
     ["weekly villa housekeeping", "post-renovation deep cleaning"], "Seminyak"),
    ("en", "creative", "photography", "Ombak Frame",
     ["underwater photo sessions", "drone footage of resorts"], "Labuan Bajo"),
]


def _hero(lang, bt, industry, brand, products, loc):
    intent = Intent(business_type=bt, industry=industry, brand_name=brand, products=products, language=lang,
                    location=loc, features_requested=["whatsapp"])
    return write_section("hero", intent, WA)


@pytest.mark.parametrize("case", CASES, ids=[c[3] for c in CASES])
def test_a_headline_is_a_few_words_with_the_name_intact(case):
    hero = _hero(*case)
    assert case[3] in hero.heading, hero.heading
    assert len(hero.heading) <= HEAD_ROOM or hero.heading == case[3], hero.heading
    assert case[4][0].lower() in (hero.heading + " " + hero.body).lower()   # what is sold is on the first screen


@pytest.mark.parametrize("case", CASES, ids=[c[3] for c in CASES])
def test_the_benefit_the_headline_had_no_room_for_is_in_the_lead(case):
    hero = _hero(*case)
    said = {"id": ("untuk", "Pilihan pas untuk"), "en": (" for ", "Made for")}[case[0]]
    if said[0] not in hero.heading:
        assert said[1] in hero.body, (hero.heading, hero.body)
    assert hero.body.count(said[1]) <= 1


def test_a_name_too_long_for_any_headline_is_the_headline_alone():
    brand = "Usaha Dagang Sumber Makmur Sentosa Abadi Lamongan"
    hero = _hero("id", "retail", "grocery", brand, ["beras premium kemasan lima kilo", "minyak goreng curah"], "Lamongan")
    assert hero.heading == brand
    assert "beras premium kemasan lima kilo" in hero.body


@pytest.mark.parametrize("brand, place, heading, expected", [
    ("Dapur Nenek Ijah", "Purwakarta", "Pepes ikan dari Dapur Nenek Ijah", "Purwakarta"),   # the name is right under
    ("Dapur Nenek Ijah", "Purwakarta", "Pepes ikan dan sayur asem", "Dapur Nenek Ijah · Purwakarta"),
    ("Bengkel Motor Garut Jaya", "Garut", "Bengkel Motor Garut Jaya: ganti oli", ""),   # both said already
    ("Reef Divers", "Amed", "Looking for a dive in Amed? Meet Reef Divers", ""),
    ("Reef Divers", "", "Dive trips", "Reef Divers"),
])
def test_the_line_above_the_headline_does_not_repeat_it(brand, place, heading, expected):
    assert _eyebrow(brand, place, heading) == expected


@pytest.mark.parametrize("heading, cls", [
    ("Bakso urat Pak Kumis", None),
    ("Bakso urat dan mie ayam jamur dari Warung Bakso Pak Kumis Wonogiri", "long"),
    ("Warung Bakso Pak Kumis Wonogiri: bakso urat, bakso beranak, mie ayam jamur dan es campur untuk makan "
     "siang", "long xlong"),
])
def test_a_long_headline_is_set_smaller_than_a_short_one(heading, cls):
    macro = _env().get_template("molecules/hero_copy.html.j2").module.hero_copy
    html = str(macro({"heading": heading, "body": ""}, {"eyebrow": "", "cta": None, "secondary_cta": None}))
    assert (f'<h1 id="hero-title" class="{cls}">' if cls else '<h1 id="hero-title">') in html, html


@pytest.mark.parametrize("brand, cta, long_name", [
    ("Toko Kue Lumer Bu Sumarni Ngawi", {"label": "Pesan", "href": "#contact"}, True),
    ("Kue Lumer", {"label": "Pesan", "href": "#contact"}, False),
    ("Toko Kue Lumer Bu Sumarni Ngawi", None, False),   # no button in the hero: the header keeps its own
])
def test_a_long_name_gets_the_whole_header_on_a_phone_when_the_hero_has_the_button(brand, cta, long_name):
    html = _env().get_template("organisms/header.html.j2").render(
        brand=brand, t={"skip": "Langsung ke isi"}, ctx={"cta": cta},
        header_cta={"label": "Hubungi kami", "href": "#contact", "rel": None})
    assert ('class="site-header long-name"' in html) is long_name, html
    assert brand in html and "Hubungi kami" in html   # the button stays in the page; only a phone's bar hides it


@pytest.mark.parametrize("brand, heading, eyebrow, signed", [
    # a name too long for any headline is the headline alone: the owner's story under it is not signed with it again
    ("Sanggar Tenun Songket Warisan Puyang Mak Inah Palembang", "Sanggar Tenun Songket Warisan Puyang Mak Inah "
     "Palembang", "", False),
    ("Riverside Bamboo Furniture and Craft Workshop of Tabanan", "", "Riverside Bamboo Furniture and Craft Workshop "
     "of Tabanan", False),
    ("Tenun Mak Inah", "Songket dan selendang dari Tenun Mak Inah", "Palembang", True),   # the headline says more
])
def test_the_story_is_not_signed_with_a_name_the_first_screen_already_is(brand, heading, eyebrow, signed):
    sec = {"anchor": "about", "bg": "", "s": SimpleNamespace(heading="Cerita kami", items=[]), "paragraphs": ["Sejak 1998."]}
    html = _env().get_template("organisms/about_quote.html.j2").render(
        sec=sec, brand=brand, ctx={"sign": _signature(brand, heading, eyebrow)})
    assert ("story-sign" in html) is signed and (brand in html) is signed, html
