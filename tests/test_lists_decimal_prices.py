"""Offerings a page must not leave out (issue 9): a price list after a bare "paket:" label whose last amount has a
decimal comma ("prewedding outdoor 2,5jt"). The decimal comma joins no counted content ("…, 5jt"): the items are a
price list, not what one package holds."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.package_contents import package_contents

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief, wanted", [
    ("Studio Lensa Kita, Banyumas. paket: foto wisuda 300rb, pas foto 50rb, foto pernikahan 3,5jt",
     ["foto wisuda", "pas foto", "foto pernikahan"]),
    ("Rias Pengantin Bu Endang, Pemalang, paket: rias akad 1,5jt, rias resepsi 2,5jt, sewa beskap 300rb",
     ["rias akad", "rias resepsi", "sewa beskap"]),
])
def test_a_priced_list_after_a_bare_package_label_is_sold(brief, wanted):
    products = parse_brief(brief).products
    for item in wanted:
        assert item in products, (item, products)


def test_a_package_with_counted_contents_still_holds_them():
    lower = "jasa desain logo rapi. paket basic 350rb: 3 konsep logo, 2x revisi, file png"
    assert [name for name, _ in package_contents(lower)] == ["paket basic"]
    assert package_contents("paket: foto wisuda 300rb, foto pernikahan 3,5jt") == []
