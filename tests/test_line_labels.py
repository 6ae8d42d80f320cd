"""The parser makes no note of a short label that opens a line of the owner's list ("📍 Outlet 2: Jl. …", "Slide 3:
…") once what it labels is read, nor of a thread's "2/3" numbering; a label whose line gives a way to reach the owner
("Samples on request: sales@…") stays a note (issue 9: read the page as the owner would)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.line_labels import numbers_itself, part_label, without_part_label

pytestmark = pytest.mark.unit

_OUTLETS = ("Soto Betawi Bang Jali sekarang ada 3 outlet:\n"
            "📍 Outlet 1: Jl. Kemang Raya No. 12, Jakarta Selatan\n"
            "📍 Outlet 2: Jl. Fatmawati, dekat stasiun MRT\n"
            "menu: soto betawi 35rb, soto tangkar 38rb. WA 0812 3456 7788")
_SLIDES = ("Teks carousel buat web:\nSlide 1: Bosen masak tiap hari?\nSlide 2: Pakai DapurPintar, aplikasi resep "
           "harian\nSlide 3: Premium 30rb/bulan. Tanya DM IG @dapur.pintar")
_THREAD = ("1/2 Utas: jasa angkut sampah rumah tangga di Depok, seminggu 2x\n"
           "2/2 angkut sampah 50rb/bulan, sampah kebun 75rb sekali angkut. nama usaha Bersih Terus, wa 0813 2222 4545")


def _notes(brief: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == "note"]


@pytest.mark.parametrize("brief, label", [(_OUTLETS, "Outlet 2"), (_SLIDES, "Slide 1"), (_SLIDES, "Slide 3"),
                                          (_THREAD, "1/2 Utas")])
def test_the_parser_makes_no_note_of_a_line_label(brief: str, label: str) -> None:
    assert not any(n.lower().startswith(label.lower()) for n in _notes(brief)), _notes(brief)


def test_a_threads_numbering_is_no_part_of_a_note() -> None:
    assert numbers_itself(_THREAD) and not numbers_itself("gula 1/2 kg 9rb, buka 24/7")
    assert without_part_label("2/2 angkut sampah kebun") == "angkut sampah kebun"
    assert part_label("Slide 4", thread=False) and not part_label("1/3 Utas", thread=False)
    assert part_label("📍 1/3 Utas", thread=True) and not part_label("Cabang 2", thread=True)


def test_a_label_that_says_how_to_reach_the_owner_stays_a_note() -> None:
    brief = "Dapur Gandum: roti tawar gandum 25rb, burger bun 3rb. Weekly invoicing for cafes.\nSamples on request: sales@dapurgandum.id"
    assert any("Samples on request" in n for n in _notes(brief)), _notes(brief)
