"""Three reader faults, each as a class of wordings (none copied from a dataset): a list goes on past an item sized
for a number of people ("untuk 20 orang, …"); a derived form of a filler or the plural of a page feature that is
also goods is no role word ("adaan", "phones"); an occasion that is the object of a trade verb of service is sold
("we shoot weddings"), while after "for" it stays a use."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.roles import is_offering, known_word

pytestmark = pytest.mark.unit

WA = " WA 0813-7788-2211"


def _products(brief: str) -> list[str]:
    return parse_brief(brief + WA).products


# ---------------------------------------------------------------- a headcount closes its item, the list goes on
@pytest.mark.parametrize(("brief", "items"), [
    ("Dapur Mbak Lina di Sleman terima pesanan nasi liwet untuk 20 orang, ayam bakar madu, pepes ikan dan es buah.",
     ("nasi liwet", "ayam bakar madu", "pepes ikan", "es buah")),
    ("Katering Berkah Jaya melayani nasi kuning mulai 20rb, prasmanan utk 50-300 pax, kambing guling, dan "
     "puding buah.", ("nasi kuning", "prasmanan", "kambing guling", "puding buah")),
    ("Bukit Pinus Camp in Kintamani offers glamping tents for up to 4 guests, campfire dinners, sunrise treks "
     "and bike rentals.", ("glamping tents", "campfire dinners", "sunrise treks")),
])
def test_a_list_goes_on_after_an_item_sized_for_a_number_of_people(brief: str, items: tuple[str, ...]) -> None:
    products = _products(brief)
    for item in items:
        assert item in products, (item, products)
    assert not any(any(ch.isdigit() for ch in p) for p in products), products


def test_a_headcount_stays_out_of_the_item_and_other_stop_words_still_govern() -> None:
    products = _products("Warung Pak Harno jual soto ayam, gado-gado untuk acara kantor, arisan, pengajian.")
    assert "soto ayam" in products and "gado-gado" in products
    assert "arisan" not in products and "pengajian" not in products


# ---------------------------------------------------------------- derived forms of role words
def test_derived_forms_of_fillers_are_no_role_words_but_possessives_keep_theirs() -> None:
    assert not known_word("adaan")
    assert known_word("semuanya") and known_word("itulah")


def test_a_page_features_plural_that_is_goods_is_offered() -> None:
    assert is_offering("phones") and is_offering("websites") and is_offering("vouchers")
    assert not is_offering("reviews") and not is_offering("maps")  # plurals a page has stay features
    products = _products("Gadget Corner Pak Yusuf in Balikpapan sells phones, tablets, smartwatches and chargers.")
    assert "phones" in products and "tablets" in products


# ---------------------------------------------------------------- occasions as the object of a service verb
@pytest.mark.parametrize(("brief", "items"), [
    ("Hi, I'm Dewa, a photographer in Sanur. I shoot weddings, engagements and family portraits.",
     ("weddings", "engagements", "family portraits")),
    ("Rasa Nusa Kitchen - we cater birthdays, office lunches and graduations across Pekanbaru.",
     ("birthdays", "office lunches", "graduations")),
    ("Bintang EO in Kupang, we organise reunions and corporate gatherings.", ("reunions", "corporate gatherings")),
])
def test_an_occasion_a_service_verb_takes_as_its_object_is_offered(brief: str, items: tuple[str, ...]) -> None:
    products = _products(brief)
    for item in items:
        assert item in products, (item, products)


def test_an_occasion_after_for_stays_a_use() -> None:
    products = _products("Studio Kirana in Jember: I shoot family portraits and pre-wedding sessions for weddings "
                         "and birthdays.")
    assert "family portraits" in products
    assert "weddings" not in products and "birthdays" not in products
