"""A price said to one customer ("Ibu mendapat voucher Rp 50.000") is shown as the discount, not as whom it was
said to: the about section's price line reads "Voucher: Rp 50.000"."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules.copy.factcopy import info_items
from tapsite_pipeline.providers.offline_rules.copy.price_addressee import without_addressee

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("subject, shown", [
    ("Ibu mendapat voucher", "voucher"), ("Bapak dapat potongan", "potongan"), ("you get 10% off", "10% off"),
    ("kakak bisa pesan nasi kotak", "kakak bisa pesan nasi kotak"), ("paket ibu dan anak", "paket ibu dan anak"),
    ("ibu", "ibu"),
])
def test_whom_a_price_is_said_to_is_left_out(subject, shown):
    assert without_addressee(subject) == shown


def test_the_about_list_shows_the_discount_itself():
    items = info_items((Fact(kind="price", value="Rp 50.000", subject="Ibu mendapat voucher"),), "id")
    assert any("Voucher: Rp 50.000" in v and "mendapat" not in v for _, v in items)
