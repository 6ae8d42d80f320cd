"""A formal letter's frame (its address, subject and closing lines) names no business; the business is the one the
letter speaks for. Briefs written for the test."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.letter_formulas import letter_formula

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("brief,brand", [
    ("Kepada Yth. Tim Tapsite\nDengan hormat,\nSaya Ina, pemilik usaha Pempek Cek Ina di Palembang, bermaksud "
     "mengajukan pembuatan halaman usaha. Kami menjual pempek kapal selam dan lenjer.\nHormat saya,\nIna",
     "Pempek Cek Ina"),
    ("Perihal: Permohonan pembuatan halaman katalog\nDengan hormat,\nBersama surat ini, Mebel Jati Sumber Rejeki "
     "bermaksud memesan halaman katalog untuk kursi, meja dan lemari jati.", "Mebel Jati Sumber Rejeki"),
    ("Hal: Pembuatan Website\nLampiran: -\n\nDengan hormat,\nPercetakan Mitra Grafika di Tasikmalaya bermaksud "
     "membuat halaman usaha. Cetak brosur, spanduk, undangan.", "Percetakan Mitra Grafika"),
    ("Dear Sir or Madam,\nI am writing on behalf of Bengkel Motor Sahabat, a motorcycle workshop in Medan. We offer "
     "oil changes and tune-ups.\nYours faithfully,\nAndi", "Bengkel Motor Sahabat"),
    ("Yth. Bapak/Ibu Pengelola Tapsite\nDengan hormat, kami Katering Sumber Rasa mengajukan pembuatan halaman. "
     "Nasi box 25rb.", "Katering Sumber Rasa"),
])
def test_letter_frame_is_not_the_name(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


@pytest.mark.parametrize("brief,brand", [
    ("Dear Me Beauty adalah toko skincare lokal di Bandung, jual serum dan toner.", "Dear Me Beauty"),
    ("Kind Hearts Bakery bakes sourdough and cinnamon rolls in Ubud, open daily 7am-3pm.", "Kind Hearts Bakery"),
])
def test_names_that_only_look_like_a_frame(brief: str, brand: str) -> None:
    assert parse_brief(brief).brand_name == brand


def test_letter_formula_reads_lines() -> None:
    text = "Kepada Yth. Tim Tapsite\nKami Toko Ani"
    assert letter_formula(text, "Kepada Yth", 0)
    assert letter_formula(text, "Tim Tapsite", text.index("Tim"))      # the addressee
    assert not letter_formula(text, "Toko Ani", text.index("Toko"))
    assert letter_formula("Hal: Website", "Hal", 0)
    assert not letter_formula("Hal Baru Studio jual poster", "Hal Baru Studio", 0)  # "Hal" without its colon
    assert not letter_formula("Dear Me Beauty jual serum", "Dear Me Beauty", 0)
