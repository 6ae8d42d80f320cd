"""The parser makes no note of a short label that opens a line of the owner's list ("📍 Outlet 2: Jl. …") once what
it labels is read; a carousel's "Slide 3:", a Status series' "Status 2 · 08.10" and a thread's "2/3" are layout, no
words of the brief (no card, no note, no name); a label whose line gives a way to reach the owner ("Samples on
request: sales@…") stays a note (issue 9: read the page as the owner would)."""

from __future__ import annotations

import pytest

from tapsite_pipeline.part_labels import part_label, unlabelled_lines
from tapsite_pipeline.pasted import sentences_from_lines
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit

_OUTLETS = ("Soto Betawi Bang Jali sekarang ada 3 outlet:\n"
            "📍 Outlet 1: Jl. Kemang Raya No. 12, Jakarta Selatan\n"
            "📍 Outlet 2: Jl. Fatmawati, dekat stasiun MRT\n"
            "menu: soto betawi 35rb, soto tangkar 38rb. WA 0812 3456 7788")
_SLIDES = ("Teks carousel buat web:\nSlide 1: Bosen masak tiap hari?\nSlide 2: Pakai DapurPintar, aplikasi resep "
           "harian\nSlide 3: Premium 30rb/bulan. Tanya DM IG @dapur.pintar")
_THREAD = ("1/2 Utas: jasa angkut sampah rumah tangga di Depok, seminggu 2x\n"
           "2/2 angkut sampah 50rb/bulan, sampah kebun 75rb sekali angkut. nama usaha Bersih Terus, wa 0813 2222 4545")
_STATUS = ("Status 1 · 06.30 🍞 roti sobek lagi dipanggang! Roti Bu Imas, Garut\n"
           "Status 2 · 09.15 roti sobek coklat 15rb, roti abon 12rb\n"
           "Status 3 · 14.00 udah sold out ya, besok lagi jam 7. WA 0812 9090 1122")


def _notes(brief: str) -> list[str]:
    return [f.value for f in parse_brief(brief).facts if f.kind == "note"]


@pytest.mark.parametrize("brief, label", [(_OUTLETS, "Outlet 2"), (_SLIDES, "Slide 1"), (_SLIDES, "Slide 3"),
                                          (_THREAD, "1/2"), (_THREAD, "2/2"), (_STATUS, "Status")])
def test_the_parser_makes_no_note_of_a_line_label(brief: str, label: str) -> None:
    assert not any(label.lower() in n.lower() for n in _notes(brief)), _notes(brief)


def test_a_status_series_reads_as_its_words() -> None:
    got = parse_brief(_STATUS)
    assert {"roti sobek coklat", "roti abon"} <= set(got.products), got.products
    assert not any("status" in p or "sold" in p for p in got.products), got.products
    assert got.brand_name == "Roti Bu Imas"


def test_marks_are_dropped_only_from_a_series() -> None:
    lines, parts = unlabelled_lines(["Slide 1: Halo", "Slide 2: Kue kering 50rb", "Step 1 daftar online"])
    assert lines == ["Halo", "Kue kering 50rb", "Step 1 daftar online"] and parts == {0, 1}
    assert unlabelled_lines(["1/2 kg gula 9rb", "buka 24/7"])[0] == ["1/2 kg gula 9rb", "buka 24/7"]
    assert unlabelled_lines(["Status 07.02 buka!", "Status 11.30 habis"])[0] == ["buka!", "habis"]
    assert unlabelled_lines(["Status 2/3 · 13:05 — paket kecil 1,5jt", "Status 3/3 · 18:40 — operator ikut"])[0] == [
        "paket kecil 1,5jt", "operator ikut"]


def test_a_part_that_lost_its_mark_is_no_wrapped_paragraph() -> None:
    text = ("Status 1/2 · 09:20 — Sound System Pak Ridwan, Mataram: setting up for a wedding today at Senggigi\n"
            "Status 2/2 · 13:05 — packages: small 1.5jt, big stage 8jt")
    assert "Senggigi. packages" in sentences_from_lines(text) or "Senggigi today. packages" in sentences_from_lines(text)


def test_a_part_label_is_no_card_wherever_it_stands() -> None:
    assert part_label("Slide 4") and part_label("Status 2") and part_label("1/3 utas") and part_label("Bagian 1")
    assert not part_label("Paket 2") and not part_label("Cabang 2") and not part_label("1/2 kg")


def test_a_label_that_says_how_to_reach_the_owner_stays_a_note() -> None:
    brief = "Dapur Gandum: roti tawar gandum 25rb, burger bun 3rb. Weekly invoicing for cafes.\nSamples on request: sales@dapurgandum.id"
    assert any("Samples on request" in n for n in _notes(brief)), _notes(brief)


@pytest.mark.parametrize("brief, offer", [
    ("Catatin Bot, bot telegram buat catat kas warung.\n1/2 gratis utk 1 usaha, versi Pro 25rb/bln\n2/2 email halo@catatin.id",
     "gratis utk 1 usaha"),
    ("Kolam Renang Tirta Sari, Bogor. Tiket masuk 25rb. Free for kids under 3. WA 0812 3333 4444", "Free for kids under 3"),
])
def test_free_for_whom_opening_its_clause_is_an_offer(brief: str, offer: str) -> None:
    # (the thread's "1/2" before it no longer holds the offer up: the offer is read on its own)
    assert offer in [f.value for f in parse_brief(brief).facts if f.kind == "offer"]


def test_a_label_that_says_a_fact_itself_stays() -> None:
    brief = "Sambel Bu Tatik, sambal bawang 25rb. Gratis ongkir: Sleman, Bantul. WA 0812 1212 3434"
    assert any("gratis ongkir" in f.value.lower() for f in parse_brief(brief).facts), parse_brief(brief).facts
