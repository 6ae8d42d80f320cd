"""A note never stops on a word that leads on ("… inside the") nor opens on the word joining it to the sentence
before ("And …"): it runs on to its clause's end when that is a few words away, and starts after the joining word."""

from __future__ import annotations

import pytest

from intent_helpers import fact_values
from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules.phrase_ends import notes_whole, whole_phrase

pytestmark = pytest.mark.unit


def test_a_note_cut_on_the_runs_to_its_clause_end():
    text = "House rules: no pets and no loud music after ten inside the guesthouse; checkout at noon."
    s = text.find("no pets")
    e = text.find(" guesthouse")
    assert text[slice(*whole_phrase(text, (s, e)))] == "no pets and no loud music after ten inside the guesthouse"


def test_a_clause_too_long_to_finish_is_left_as_read():
    text = "no pets inside the big old wooden family guesthouse by the lake, checkout at noon"
    span = (0, text.find(" big"))
    assert whole_phrase(text, span) == span


def test_a_note_opening_on_and_starts_after_it():
    text = "We grow arabica. And sunrise tours of the estate in the dry season."
    s = text.find("And")
    assert text[slice(*whole_phrase(text, (s, len(text) - 1)))] == "sunrise tours of the estate in the dry season"


def test_only_notes_found_in_the_brief_change():
    text = "no smoking inside the villa."
    facts = [Fact(kind="note", value="no smoking inside the"), Fact(kind="price", value="inside the")]
    assert [f.value for f in notes_whole(facts, text)] == ["no smoking inside the villa", "inside the"]


def test_the_parsed_brief_shows_the_rule_whole():
    brief = ("Gedung Sasana Rukmi is a wedding hall in Solo. Hall rules: deposit IDR 2 million; no glitter and no open "
             "candles inside the pendopo; music ends at 10 pm. WhatsApp 0812 3456 7890")
    assert "no glitter and no open candles inside the pendopo" in fact_values(brief, "note")
