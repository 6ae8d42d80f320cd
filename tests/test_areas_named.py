"""Areas served named after "melayani" or "around": the capitalised places there are the area, and only the
places; who is served ("melayani Anda") and what is served ("melayani pengiriman …") are not."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _areas(brief: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == "area"]


@pytest.mark.parametrize("brief,area", [
    ("Sedot WC Amanah siap 24 jam. Melayani Banjarbaru, Martapura, dan Landasan Ulin. Telp 0812 5100 2200",
     "Banjarbaru, Martapura, dan Landasan Ulin"),
    ("Jasa pindahan rumah pakai pick up, melayani Kota Kupang dan Oesao, mulai 350rb. wa 0813 3900 1122",
     "Kota Kupang dan Oesao"),
    ("We run sunset kayak tours around the Togean islands from our homestay, 250k per person",
     "Togean"),
    ("Mobile bike repair around Canggu and Pererenan, we come to your villa. WhatsApp +62 811 3900 4455",
     "Canggu and Pererenan"),
])
def test_the_places_after_the_verb_are_the_area(brief: str, area: str) -> None:
    assert area in _areas(brief)


@pytest.mark.parametrize("brief", [
    "Bengkel Motor Jaya melayani Anda dengan ramah, servis rutin mulai 50rb, wa 0812 1111 3333",
    "Catering Bu Tin melayani Pesanan Nasi Box untuk kantor, min 20 box. wa 0857 2222 4444",
    "We are around the corner from the market, open daily for coffee and toast",
])
def test_who_or_what_is_served_is_no_area(brief: str) -> None:
    assert _areas(brief) == []


def test_a_delivery_area_keeps_its_own_cue() -> None:
    areas = _areas("Bibit durian dan alpukat okulasi, melayani pengiriman ke seluruh Indonesia. Kebun di Batu.")
    assert areas and all("pengiriman" not in a for a in areas) and any("Indonesia" in a for a in areas)
