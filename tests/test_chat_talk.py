"""The chat a brief was written in never reaches the page, and the coherence check sees it when it does: laughter,
talk about the message or the site, the writer's own family, a phrase cut off mid-way (issue 9: read the page as
its owner would)."""

import pytest

from fidelity_pages import SALON_BRIEF, good_salon_page
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.providers.offline_rules import parse_brief


def _coherence(**overrides):
    return score_page(good_salon_page(**overrides), SALON_BRIEF)["coherence"]


@pytest.mark.parametrize("about, said", [
    ("Syifa Beauty melayani wanita di Bogor sejak 2015. Sebelumnya kami cuma terima panggilan wkwk", "wkwk"),
    ("Syifa Beauty melayani wanita di Bogor sejak 2015. Saya yang ketik ini buat ibuku, hehe", "ibuku"),
    ("Syifa Beauty serves women in Bogor since 2015. Writing this for my mum who owns it", "Writing this"),
])
def test_chat_talk_on_a_page_fails_coherence(about, said):
    c = _coherence(about=about)
    assert not c.passed and c.metrics["chat"] == 1
    assert f'chat talk "{said}"' in " | ".join(c.problems)


def test_a_page_that_breaks_off_mid_phrase_fails_coherence():
    c = _coherence(about="Syifa Beauty melayani wanita di Bogor sejak 2015. Kami hadir khusus untuk ibu saya adalah "
                         "seorang penata rambut dan.")
    assert not c.passed and c.metrics["broken"] == 1
    assert "a sentence breaks off" in " | ".join(c.problems)


@pytest.mark.parametrize("about", [
    "Syifa Beauty melayani wanita di Bogor sejak 2015. Siapa pun boleh bertanya dan ikut serta.",   # a verb, not "dan"
    "Syifa Beauty melayani wanita di Bogor sejak 2015. Semua produk kami pakai bahan Grade A",       # a name's letter
    "Syifa Beauty melayani wanita di Bogor sejak 2015, termasuk ibu hamil dan ibu menyusui.",        # "ibu" is no kin of ours
])
def test_owner_copy_without_chat_or_breaks_passes(about):
    c = _coherence(about=about)
    assert c.passed, c.problems


def test_a_brand_that_holds_a_chat_word_is_the_owners_name():
    html = good_salon_page(about="LOL Kids Salon melayani anak-anak di Bogor sejak 2015 dengan suasana ceria.")
    assert score_page(html, SALON_BRIEF.replace("Syifa Beauty", "LOL Kids Salon"))["coherence"].metrics["chat"] == 0


def test_asides_in_chat_are_no_notes_for_visitors():
    intent = parse_brief("hi, typing this for my uncle who runs Bengkel Las Sinar Jaya in Kendari, he's not great with "
                         "phones lol. pagar besi, kanopi and teralis. open Mon-Sat 8-17. his WA 0812 7766 1200, not mine haha")
    notes = [f.value for f in intent.facts if f.kind == "note"]
    assert not any("lol" in n or "haha" in n or "typing this" in n for n in notes), notes
    assert any(f.kind == "hours" for f in intent.facts)


def test_the_writers_family_is_no_audience():
    intent = parse_brief("hello! I'm building this site for my parents. my dad is a tailor and my mom does the "
                         "embroidery, together they're Jahit Rapi Pekanbaru: kebaya, seragam sekolah. WA 0813 2211 4455")
    assert "my" not in intent.target_audience.split()
    kept = parse_brief("Kolam Renang Tirta Ceria, Jambi: swimming lessons for beginners who are scared of water. "
                       "WA 0813 2211 4455")
    assert kept.target_audience == "beginners who are scared of water"


def test_numbers_grouped_by_commas_are_one_number_shown_as_written():
    intent = parse_brief("Gema Audio Kudus rents a sound system up to 8,000 watt, LED screens and a generator. "
                         "Weddings of up to 2,500 guests. WA 0812 5566 7788")
    assert not any(p.startswith("000") for p in intent.products), intent.products
    values = " | ".join(f.value for f in intent.facts)
    assert "2,500" in values and "2.500" not in values, values
    decimal = parse_brief("Toko Beras Makmur, Blitar: beras 2,5 kg dan 5 kg, gula pasir. WA 0812 5566 7788")
    assert "2,5 kg" in " | ".join([*decimal.products, *(f.value for f in decimal.facts)])


def test_events_delivered_are_a_track_record_not_a_delivery():
    intent = parse_brief("Kawan Event Palu runs seminars and product launches. We have delivered over 80 events for "
                         "banks and schools. WA 0812 4455 6677")
    assert not any(f.kind == "delivery" for f in intent.facts)
    sends = parse_brief("Roti Gembul Palu bakes sourdough and milk bread, delivered daily to cafes. WA 0812 4455 6677")
    assert any(f.kind == "delivery" for f in sends.facts)


def test_an_address_ends_before_the_other_way_to_get_the_goods():
    intent = parse_brief("Nasi Kuning Bu Ros, Manado. ambil di Jl. Sam Ratulangi 12 atau kami antar pakai gojek. "
                         "WA 0812 4455 6677")
    addresses = [f.value for f in intent.facts if f.kind == "address"]
    assert addresses == ["Jl. Sam Ratulangi 12"], addresses
