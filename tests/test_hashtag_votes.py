"""The hashtags a caption ends with name its trade ("#riasmanten", "#kuekeringbogor"): split into lexicon phrases, they
vote for the business type and niche, and name no offering. Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.hashtag_hits import hashtag_votes, split_tag

pytestmark = pytest.mark.unit


def test_a_tag_splits_into_lexicon_phrases_places_and_everyday_words() -> None:
    assert [p for p, _ in split_tag("kuekeringbogor") or ()] == ["kue kering"]
    assert [p for p, _ in split_tag("tasrajutmurah") or ()] == ["tas", "rajut"]
    assert split_tag("explorebali") is None  # a place and an everyday word: no trade
    assert split_tag("sunsetlovers") is None


def test_only_the_dropped_tag_runs_vote() -> None:
    assert not hashtag_votes("jual kue kering enak di bogor")  # no tags
    assert [p for p, _ in hashtag_votes("hari ini rame 🙏 #kuekeringbogor #kuelebaran")] == ["kue kering", "kue lebaran"]


@pytest.mark.parametrize(("text", "want"), [
    ("hasil pagi ini buat pengantin di Kalianda, awet sampai resepsi 💄 DM buat slot @dandan.rani #muakalianda "
     "#makeuppengantin", "creative"),
    ("baru selesai dikemas, 24 toples siap kirim ke Palembang 📦 DM @dapur.rinjani #kuekeringlebaran #kuekering",
     "food_and_beverage"),
])
def test_a_caption_with_little_prose_is_typed_by_its_tags(text: str, want: str) -> None:
    intent = parse_brief(text)
    assert intent.business_type == want
    assert not any("#" in p for p in intent.products)


def test_the_same_captions_without_tags_are_not_typed_by_them() -> None:
    # the negatives: the prose alone reads another way, so the tags are what typed the captions above
    assert parse_brief("hasil pagi ini buat pengantin di Kalianda, awet sampai resepsi 💄 DM buat slot "
                       "@dandan.rani").business_type == "events"
    assert parse_brief("baru selesai dikemas, 24 toples siap kirim ke Palembang 📦 DM @dapur.rinjani").niche != "bakery"


def test_tags_that_name_no_trade_change_nothing() -> None:
    text = "jual kopi bubuk robusta lampung 250gr 35rb"
    tagged, plain = parse_brief(text + " #explorebali #sunsetlovers"), parse_brief(text)
    assert (tagged.business_type, tagged.niche, tagged.products) == (plain.business_type, plain.niche, plain.products)
