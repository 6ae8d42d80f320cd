"""A person signing in at a brief's start ("Hi, Nora from Auckland here.") is no name and no place of the business:
the brief is read as opening after it (named_others.sign_in). Own wording."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.intent import brand_and_place
from tapsite_pipeline.providers.offline_rules.named_others import sign_in

pytestmark = pytest.mark.unit

_BRIEF = ("Hi, Nora from Auckland here. Blue Gecko Wifi sets up internet for villas in Amed, a 4-bedroom villa 3jt. "
          "WA 0812 2222 3333")


def test_the_sign_in_is_read() -> None:
    (s, e), = sign_in(_BRIEF)
    assert _BRIEF[s:e].strip() == "Hi, Nora from Auckland here."
    assert sign_in("Harbour Byte here, we fix boats") == ()  # a business signing in, with no "from": not a person


def test_the_business_opens_after_the_sign_in() -> None:
    brand, place = brand_and_place(_BRIEF)
    assert brand == "Blue Gecko Wifi"
    assert place != "Auckland"  # where the person is from, not where the business works
