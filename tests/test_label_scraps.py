"""A short label that opens a line of the owner's list ("📍 Outlet 2: Jl. …", "Slide 3: …", "What we offer: …") says
nothing shown alone: the facts check calls such a fact line a scrap. A label whose line gives a way to reach the owner
("Samples on request: sales@…") and a longer clause before a colon read whole (issue 9: read the page as the owner
would)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.page import parse_page
from tapsite_pipeline.evals.fidelity.scraps import scraps

pytestmark = pytest.mark.unit

_OUTLETS = ("Mie Ayam Pak Kumis punya dua cabang:\n"
            "• Cabang 1: Jl. Veteran 8, Malang\n"
            "• Cabang 2: Jl. Soekarno-Hatta, depan Polinema\n"
            "mie ayam 15rb, mie ayam bakso 20rb. WA 0813 1111 0000")
_SLIDES = ("Caption carousel:\nSlide 1: Susah cari tukang?\nSlide 2: Tukangku, aplikasi pesan tukang\n"
           "Slide 3: Biaya panggil 25rb. DM @tukangku")


def _about(*lines: str) -> str:
    items = "".join(f"<li>{x}</li>" for x in lines)
    return (f"<html lang=id><body><main><section class=\"section about\" id=about><h2>Tentang</h2>"
            f"<ul class=ticks>{items}</ul></section></main></body></html>")


@pytest.mark.parametrize("brief, line", [
    (_OUTLETS, "Cabang 2"),
    (_SLIDES, "Slide 3"),
    ("Name: Rinjani Trek School\nWhat we offer: 2-day summit trek, crater lake camp\nFee: IDR 1,900,000", "What we offer"),
])
def test_a_label_shown_without_its_line_is_a_scrap(brief: str, line: str) -> None:
    found = scraps(parse_page(_about(line)), brief)
    assert len(found) == 1 and "label of a line" in found[0]


@pytest.mark.parametrize("brief, line", [
    ("Roti gandum dan bun untuk kafe. Samples on request: sales@rotigandum.id", "Samples on request"),
    ("Wedding organizer for intimate weddings in Labuan Bajo: boat, decor, photo", "Wedding organizer for intimate weddings in Labuan Bajo"),
    (_OUTLETS, "Cabang 2: Jl. Soekarno-Hatta, depan Polinema"),
])
def test_a_label_with_its_line_or_a_longer_clause_reads_whole(brief: str, line: str) -> None:
    assert scraps(parse_page(_about(line)), brief) == []


def test_a_label_that_says_a_fact_itself_reads_whole() -> None:
    brief = "Sambel Bu Tatik, sambal bawang 25rb.\nGratis ongkir: Sleman, Bantul\nWA 0812 1212 3434"
    assert scraps(parse_page(_about("Gratis ongkir")), brief) == []
