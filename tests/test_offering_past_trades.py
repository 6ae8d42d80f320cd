"""The owner's past trade said in an introduction names a person, never a card; the trade sold now stays. Briefs
invented for the kind."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.roles import is_offering


@pytest.mark.parametrize("phrase", ["pensiunan guru", "mantan chef hotel", "ex-banker", "retired nurse",
                                    "purnawirawan tni", "surf instructor turned photographer"])
def test_a_past_trade_is_no_offering(phrase):
    assert not is_offering(phrase)


@pytest.mark.parametrize("phrase", ["les privat matematika", "buku bekas", "sepatu eks ekspor", "turned wood bowls"])
def test_a_trade_or_goods_sold_now_stays(phrase):
    assert is_offering(phrase)


def test_an_owner_introducing_a_past_trade_keeps_only_the_goods():
    got = parse_brief("Saya Bu Lestari, 63 tahun, pensiunan bidan. Sekarang saya jualan jamu kunyit asam 15rb, "
                      "beras kencur 15rb di Toko Jamu Bu Lestari, Klaten. Telp 0812 4444 1212").products
    assert "pensiunan bidan" not in got and "beras kencur" in got
