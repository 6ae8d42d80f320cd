"""A locksmith's work said with its verb ("buka pintu terkunci", "buka brankas") is an offering; "buka" before when
the shop opens ("buka jam 8") or the business itself ("buka katering") is not."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.opened_locks import opens_a_lock

pytestmark = pytest.mark.unit


def test_buka_before_a_locked_thing_names_the_work():
    assert opens_a_lock("buka pintu terkunci".split())
    assert opens_a_lock("buka brankas".split())
    assert not opens_a_lock("buka jam 8".split())
    assert not opens_a_lock("buka katering harian".split())
    assert not opens_a_lock("kunci motor".split())


def test_a_priced_lock_opening_is_a_card():
    products = parse_brief("Kunci Pak Darto, Cilacap. Duplikat kunci rumah 15rb, kunci motor 25rb, buka pintu "
                           "terkunci mulai 100rb (panggilan). Buka jam 8 pagi. WA 0858 6612 3307").products
    assert "buka pintu terkunci" in products
    assert not any(p.startswith("buka jam") for p in products)
