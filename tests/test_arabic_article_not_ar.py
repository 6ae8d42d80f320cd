"""The Arabic article in a name ("Ar Rahmah", "ar-Ridwan") is no augmented-reality trade. Every wording here is made up
for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.classify import score

pytestmark = pytest.mark.unit


def test_the_arabic_article_casts_no_technology_vote() -> None:
    types, _, _ = score("taman pendidikan quran ar rahmah di mataram, belajar iqro tiap sore")
    assert "technology" not in types
    types, _, _ = score("majelis ar-ridwan, kajian tiap ahad")
    assert "technology" not in types


def test_augmented_reality_is_still_technology() -> None:
    # negative: "AR" as the technology, not before an r-word
    types, _, _ = score("kami bikin filter ar dan aplikasi vr untuk brand")
    assert types.get("technology", 0) > 0
