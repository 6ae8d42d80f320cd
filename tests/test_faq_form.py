"""A brief written as the page's FAQ names the business in the question asked about it (faq_form.py). Own wording."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.faq_form import asked_about
from tapsite_pipeline.providers.offline_rules.intent import brand_and_place

pytestmark = pytest.mark.unit

_FAQ = ("FAQ for the site please.\nQ: What does Rapi Data Medan do? A: We run Microsoft Excel and Google Sheets "
        "classes for small shops in Medan.\nQ: Fees? A: 750k once.\nEmail halo@rapidata.id")


def test_the_business_asked_about_is_the_brand() -> None:
    assert brand_and_place(_FAQ)[0] == "Rapi Data Medan"


@pytest.mark.parametrize("brief,name", [
    ("Kenapa pilih Laundry Kilat Bunda? Cepat & wangi. WA 0812 1111 2222", "Laundry Kilat Bunda"),
    ("What is Reformer Pilates? A full-body workout.", None),  # a question about what is sold, not who
    ("Why choose Bali? Sun and surf.", None),  # one word, a place
])
def test_the_question_read(brief: str, name: str | None) -> None:
    found = asked_about(brief)
    assert (found[0] if found else None) == name
