"""Owner-read fixes (session 9), checked with wordings other than the briefs that revealed them: a price per
square or cubic metre keeps its unit ("/m2", never "/m"), and a trade that builds or installs (a welder, a
canopy maker) is not described as bringing broken things back to life."""

from __future__ import annotations

import pytest

from tapsite_pipeline.models import Fact
from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.copy.sections import write_section

WA = {"whatsapp": "6281234567890"}


def _facts(text: str, kind: str) -> list[Fact]:
    return [f for f in parse_brief(text).facts if f.kind == kind]


@pytest.mark.unit
@pytest.mark.parametrize("brief, value", [
    ("Tukang Keramik Mas Joko, pasang keramik lantai 65rb/m2, granit 90rb/m2. Cilacap. wa 0812 1111 2323", "65rb/m2"),
    ("Cor beton Pak Yusuf, readymix 950rb/m3 area Pekanbaru, telp 0812 7654 0909", "950rb/m3"),
    ("Glass Works Bali: frameless shower screens from IDR 1.2jt/m2, Denpasar. WhatsApp 0813 3888 1200", "1.2jt/m2"),
])
def test_a_price_per_area_or_volume_keeps_its_unit(brief, value):
    values = [f.value for f in _facts(brief, "price")]
    assert any(v.endswith(value) for v in values), values


@pytest.mark.unit
@pytest.mark.parametrize("brief, lang", [
    ("Las Besi Mandiri Pak Umar, bikin pagar minimalis, tralis, dan tangga besi di Tegal. wa 0812 3030 4040", "id"),
    ("Kanopi Jaya Abadi: pasang kanopi alderon dan baja ringan, Bekasi. Telp 0813 5050 6060", "id"),
    ("Iron Craft Medan builds steel gates, fences and canopies to order. WhatsApp 0812 6000 7000", "en"),
])
def test_a_trade_that_builds_is_not_sold_as_fixing_broken_things(brief, lang):
    intent = parse_brief(brief)
    text = str(write_section("hero", intent, WA).model_dump()) + str(write_section("about", intent, WA).model_dump())
    for phrase in ("kembali berfungsi", "work again", "barang yang", "things that"):
        assert phrase not in text, (intent.niche, text)
