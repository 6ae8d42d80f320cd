"""A shop named as the customer of a finished job ("papan nama buat Toko Emas Kencana, dicat manual") is who the work
was for: its "toko" opens no list of goods the owner sells. Every wording here is made up for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.classify import score

pytestmark = pytest.mark.unit


def _types(text: str) -> dict[str, float]:
    return dict(score(text.lower())[0])


def test_a_customers_shop_does_not_turn_the_work_into_goods() -> None:
    types = _types("signboard for Toko Sepatu Jaya, hand-painted lettering on zinc")
    assert types.get("creative", 0) > 2 * types.get("retail", 0)


def test_the_owners_own_shop_still_sells_its_goods() -> None:
    # the negative: "toko" of the owner's own shop, outside a "for …" customer, still opens what is sold
    types = _types("toko kain Sinar di Maumere, hand-painted dan tenun ikat, kirim ke seluruh NTT")
    assert types.get("retail", 0) > types.get("creative", 0)
