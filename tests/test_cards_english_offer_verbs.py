"""English offer verbs that name what is sold, as their Indonesian twins already do: "our collection includes …" and
"our services cover …" ("produknya meliputi …"), "we (can) arrange …", "we perform …". A price or a package that
"covers"/"includes" something names what comes with it, not an offering, and stays out. New wording throughout."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _products(brief: str) -> list[str]:
    return parse_brief(brief).products


def test_what_a_collection_includes_is_sold() -> None:
    products = _products("Kayu Tua Lombok is a small family workshop in Sesela. Our range includes teak serving "
                         "trays, salad bowls and spice boxes. Email kayutua@example.com")
    assert {"teak serving trays", "salad bowls", "spice boxes"} <= set(products)


def test_what_services_cover_is_sold() -> None:
    products = _products("Pesona Event Ambon. Our services cover venue sourcing, delegate transport and stage "
                         "lighting for conferences. Email pesona@example.com")
    assert {"venue sourcing", "delegate transport", "stage lighting"} <= set(products)


def test_what_we_can_arrange_or_perform_is_sold() -> None:
    assert {"island hopping trips", "kayak rent"} <= set(_products(
        "Rumah Pantai Togean: four wooden rooms on the water. We can arrange island hopping trips & kayak rent. "
        "Email togean@example.com"))
    assert {"lion dances", "drum shows"} <= set(_products(
        "Naga Emas Troupe from Singkawang. We perform lion dances and drum shows for shop openings and weddings. "
        "Email naga@example.com"))


@pytest.mark.parametrize("brief", [
    "Rumah Pantai Togean: four wooden rooms on the water, the rate covers breakfast and snorkel gear. "
    "Email togean@example.com",
    "Rumah Pantai Togean: four wooden rooms on the water. The package includes breakfast and snorkel gear. "
    "Email togean@example.com",
])
def test_what_a_price_or_a_package_covers_is_no_card(brief: str) -> None:
    products = _products(brief)
    assert "breakfast" not in products and "snorkel gear" not in products


def test_where_a_transfer_sold_starts_is_kept_as_a_note() -> None:
    intent = parse_brief("Pesona Event Ambon runs conferences. Our services cover venue sourcing, stage lighting and "
                         "guest transport from the ferry harbour. Email pesona@example.com")
    assert "guest transport" in intent.products
    assert any("ferry harbour" in f.value for f in intent.facts)


def test_a_plain_from_tail_is_no_note_of_its_own() -> None:
    intent = parse_brief("Pesona Event Ambon runs conferences. Our services cover venue sourcing, stage lighting and "
                         "delegate transport from our office. Email pesona@example.com")
    assert not any(f.value.lower().startswith("from our office") for f in intent.facts)
