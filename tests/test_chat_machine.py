"""The conversation's state machine: pure transitions, tested without building a site."""

from __future__ import annotations

import pytest

from tapsite_pipeline.chat.machine import (
    Asked,
    Conversation,
    Failed,
    Generate,
    Generated,
    Reading,
    Refine,
    Refined,
    Said,
    State,
    is_done,
    is_no,
    is_yes,
    start,
    step,
)


def said(text, **facts):
    return Said(Reading(text=text, **facts))


def run(conv, *events):
    out = None
    for e in events:
        out = step(conv, e)
        conv = out.conversation
    return out


def test_it_asks_for_what_is_missing_in_order_and_takes_bare_answers():
    conv = Conversation(id="c1")
    assert start(conv).replies[0].startswith("Halo")
    s = step(conv, said("saya mau bikin website", describes_business=True, language="id"))
    assert s.conversation.state == State.COLLECTING and s.conversation.asking == "brand"
    s = step(s.conversation, said("Toko Kue Ani"))
    assert s.conversation.brand == "Toko Kue Ani" and s.conversation.asking == "offerings"
    s = step(s.conversation, said("nastar, kastengel dan putri salju"))
    assert s.conversation.offerings == ["nastar", "kastengel", "putri salju"] and s.conversation.asking == "contact"
    again = step(s.conversation, said("lewat wa aja"))
    assert again.conversation.asking == "contact" and "08" in again.replies[0]     # asked again, more precisely
    s = step(again.conversation, said("081234567890", whatsapp="6281234567890"))
    assert s.conversation.state == State.CONFIRMING and s.effect is None
    assert "Toko Kue Ani" in s.replies[0] and "nastar, kastengel, putri salju" in s.replies[0]
    assert s.conversation.turns == 5 and s.conversation.texts == ["saya mau bikin website"]


def test_a_complete_first_message_goes_straight_to_confirming_in_its_language():
    s = step(Conversation(id="c"), said("Lumiere Bakery sells sourdough in Jakarta, email order@lumiere.id",
                                        brand="Lumiere Bakery", offerings=["sourdough"], email="order@lumiere.id",
                                        language="en", describes_business=True))
    assert s.conversation.state == State.CONFIRMING and s.conversation.language == "en"
    assert s.replies[0].startswith("Summary: Lumiere Bakery — sourdough. Contact: order@lumiere.id")


@pytest.fixture
def confirming():
    return Conversation(id="c", state=State.CONFIRMING, texts=["Toko Ani jual nastar"], brand="Toko Ani",
                        offerings=["nastar"], whatsapp="6281234567890", turns=2)


def test_confirming_yes_generates_no_goes_back_and_a_correction_confirms_again(confirming):
    s = step(confirming, said("ya, benar"))
    assert s.conversation.state == State.GENERATING and s.effect == Generate(
        text="Toko Ani jual nastar", brand="Toko Ani", whatsapp="6281234567890", phone=None, email=None)
    s = step(confirming, said("tidak"))
    assert s.conversation.state == State.COLLECTING and s.effect is None
    s = step(confirming, said("namanya Ani Cookies", brand="Ani Cookies"))
    assert s.conversation.state == State.CONFIRMING and "Ani Cookies" in s.replies[0]
    s = step(confirming, said("hmm"))
    assert s.conversation.state == State.CONFIRMING and "ya" in s.replies[0]


def test_generating_reviewing_refining_complete(confirming):
    s = run(confirming, said("ya"), Generated("toko-ani", "http://x/toko-ani/", 1))
    assert s.conversation.state == State.REVIEWING and "http://x/toko-ani/" in s.replies[0]
    s = step(s.conversation, said("warnanya biru dong"))
    assert s.conversation.state == State.REFINING and s.effect == Refine("toko-ani", "warnanya biru dong")
    back = step(s.conversation, Refined(("colours",), "http://x/toko-ani/", 2))
    assert back.conversation.state == State.REVIEWING and back.conversation.version == 2
    assert "warna" in back.replies[0]
    asked = step(s.conversation, Asked("Mau ubah apa?"))
    assert asked.conversation.state == State.REVIEWING and asked.replies == ["Mau ubah apa?"]
    done = step(back.conversation, said("udah, makasih"))
    assert done.conversation.state == State.COMPLETE and done.effect is None
    again = step(done.conversation, said("eh, tambah menu bolu"))
    assert again.conversation.state == State.REFINING and again.effect.request == "eh, tambah menu bolu"


def test_failures_and_outcomes_out_of_turn(confirming):
    gen = step(confirming, said("ya")).conversation
    failed = step(gen, Failed("disk full"))
    assert failed.conversation.state == State.COLLECTING and "disk full" in failed.replies[0]
    busy = step(gen, said("halo?"))
    assert busy.conversation.state == State.GENERATING and busy.effect is None
    stray = step(confirming, Generated("x", "http://x/", 1))
    assert stray.conversation == confirming and stray.replies == []


def test_yes_no_done_are_whole_answers():
    assert is_yes("Ya, benar.") and is_yes("oke lanjut") and is_yes("Yes, that is correct.")
    assert not is_yes("ya, tapi namanya Ani Cookies")
    assert is_no("bukan") and not is_no("bukan nastar tapi bolu")
    assert is_done("udah, makasih") and is_done("That is all, thank you.")
    assert not is_done("sudah tidak jual nastar") and not is_done("no more cream pls")


def test_a_conversation_round_trips_through_json(confirming):
    s = run(confirming, said("ya"), Generated("toko-ani", "http://x/", 1))
    assert Conversation.model_validate_json(s.conversation.model_dump_json()) == s.conversation
    assert start(s.conversation).replies[-1].startswith("Ada yang mau diubah")
