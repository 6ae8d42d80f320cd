"""One page says each sentence once: the section writers work apart, so a sentence two of them reach is kept where
the page first says it; the hero's chips leave a long offering to its card. Copy written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import CardItem, SectionContent, SeoContent, SiteContent
from tapsite_pipeline.stages.hero_chips import hero_chips
from tapsite_pipeline.stages.said_once import say_once

pytestmark = pytest.mark.unit

SEO = SeoContent(title="Lentera Jahit", description="Jahit baju seragam di Medan.")
TWICE = "Kami menjahit seragam sekolah dengan rapi dan tepat waktu."


def _site(*sections: SectionContent) -> SiteContent:
    return SiteContent(language="id", sections=list(sections), seo=SEO)


def test_a_sentence_of_the_lead_is_not_said_again_in_about_or_a_card() -> None:
    hero = SectionContent(type="hero", heading="Lentera Jahit", body=f"{TWICE} Tinggal pesan lewat WA.")
    about = SectionContent(type="about", heading="Tentang kami", body=f"Lentera Jahit berdiri di Medan. {TWICE}",
                           items=[CardItem(title=TWICE), CardItem(title="Minimal 20 potong")])
    hl = SectionContent(type="highlights", heading="Kenapa kami", items=[
        CardItem(title="Rapi", description=TWICE), CardItem(title="Dekat", description="Ada di tengah kota Medan.")])
    got = say_once(_site(hero, about, hl))
    text = " ".join(" ".join([s.body, *(f"{i.title} {i.description}" for i in s.items)]) for s in got.sections)
    assert text.count(TWICE) == 1
    assert got.sections[0].body == hero.body                      # the first saying stays as written
    assert got.sections[1].body == "Lentera Jahit berdiri di Medan."
    assert [i.title for i in got.sections[1].items] == ["Minimal 20 potong"]
    assert [i.title for i in got.sections[2].items] == ["Dekat"]  # a card with nothing left to say goes


def test_a_note_that_only_repeats_an_offering_card_goes_but_the_card_stays() -> None:
    offer = "Seragam batik untuk guru dan karyawan kantor"
    prods = SectionContent(type="products", heading="Layanan", items=[CardItem(title=offer)])
    about = SectionContent(type="about", heading="Tentang kami", items=[CardItem(title=offer.lower()),
                                                                        CardItem(title="Buka setiap hari kerja")])
    got = say_once(_site(about, prods))
    assert [i.title for i in got.section("products").items] == [offer]
    assert [i.title for i in got.section("about").items] == ["Buka setiap hari kerja"]


def test_short_lines_headings_and_different_sentences_are_left_alone() -> None:
    hero = SectionContent(type="hero", heading="Ada pertanyaan?", body="Ada pertanyaan? Hubungi kami lewat WA.")
    about = SectionContent(type="about", heading="Ada pertanyaan?",
                           body="Ada pertanyaan? Hubungi kami lewat WA. Kami menjahit seragam kantor dengan rapi.",
                           items=[CardItem(title="Jl. Sisingamangaraja No. 5, Medan")])
    contact = SectionContent(type="contact", heading="Hubungi kami",
                             body="Kami menjahit seragam sekolah dengan rapi dan cepat. Alamat: Jl. Sisingamangaraja No. 5.")
    site = _site(hero, about, contact)
    assert say_once(site) == site


def test_hero_chips_leave_a_long_offering_to_its_card() -> None:
    offers = ["kaos sablon", "jaket bomber custom bordir nama komunitas", "topi"]
    cards = SectionContent(type="products", heading="Produk", items=[CardItem(title=o.title()) for o in offers])
    assert hero_chips(offers, cards) == ["kaos sablon", "topi"]


def test_hero_chips_keep_every_offering_without_cards_and_short_ones_always() -> None:
    offers = ["jaket bomber custom bordir nama komunitas", "kaos sablon"]
    assert hero_chips(offers, None) == offers
    assert hero_chips(offers, SectionContent(type="products", heading="Produk")) == offers
    short = [f"produk {n}" for n in range(8)]
    cards = SectionContent(type="products", heading="Produk", items=[CardItem(title=s) for s in short[:6]])
    assert hero_chips(short, cards) == short[:6]


def test_a_stop_inside_a_name_or_before_lower_case_ends_no_sentence() -> None:
    rest = "menjahit seragam sekolah, kebaya dan batik kantor."
    hero = SectionContent(type="hero", heading="Penjahit", body=f"Di Medan, Penjahit Hj. Rosna {rest}")
    about = SectionContent(type="about", heading="Tentang", body=f"Sejak 2009, Penjahit Hj. Rosna {rest}")
    contact = SectionContent(type="contact", heading="Kontak", body=f"Sejak 2010 kami di Jl. Sei Batang Hari {rest}")
    site = _site(hero, about, contact)
    assert say_once(site, "Penjahit Hj. Rosna") == site
