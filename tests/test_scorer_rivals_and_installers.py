"""The coherence scorer sees a comparison with competitors shown as a fact, and a camera installer written as an IT
helpdesk; the brief-only facts check does not ask the page for the competitors' numbers."""

from __future__ import annotations

import pytest

from fidelity_pages import page
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.evals.fidelity.brief_numbers import brief_numbers

pytestmark = pytest.mark.unit

_SALON = ("Salon Melati Bogor: creambath 60rb, potong rambut 40rb. Tidak seperti salon mal yang terburu-buru, kami "
          "santai. WA 0812 3456 7001")


def test_a_line_comparing_with_other_salons_is_flagged() -> None:
    html = page(brand="Salon Melati", lead="Tidak seperti salon mal yang terburu-buru, kami santai.")
    problems = score_page(html, _SALON)["coherence"].problems
    assert any("comparison with other businesses" in p for p in problems), problems


def test_a_line_in_english_comparing_with_chains_is_flagged() -> None:
    html = page(lang="en", brand="Salon Melati", lead="Unlike the chain salons in the mall, we take our time.")
    assert score_page(html, _SALON)["coherence"].metrics["rivals"] == 1


def test_the_owners_own_claim_is_not_a_comparison() -> None:
    html = page(brand="Salon Melati", lead="Kami santai dan tidak terburu-buru. Beda warna cat rambut bisa dipilih.")
    assert score_page(html, _SALON)["coherence"].metrics["rivals"] == 0


_CCTV = "Mata Elang Security Makassar: pasang CCTV untuk toko dan rumah, paket 4 kamera 3 jt. WA 0812 3456 7002"
_LAPTOP = "Servis Laptop Mas Joko Makassar: instal ulang windows 100rb, ganti keyboard laptop. WA 0812 3456 7003"


def test_a_cctv_installer_called_it_support_is_flagged() -> None:
    html = page(brand="Mata Elang Security", lead="Mata Elang Security adalah layanan dukungan IT di Makassar.")
    problems = score_page(html, _CCTV)["coherence"].problems
    assert any("tech_support vocabulary" in p for p in problems), problems


def test_a_laptop_repair_called_it_support_is_not_flagged() -> None:
    html = page(brand="Servis Laptop Mas Joko", lead="Servis Laptop Mas Joko adalah layanan dukungan IT di Makassar.")
    assert score_page(html, _LAPTOP)["coherence"].metrics["off_trade"] == 0


def test_a_cctv_installer_in_its_own_words_is_not_flagged() -> None:
    html = page(brand="Mata Elang Security", lead="Mata Elang Security adalah jasa pasang CCTV di Makassar.")
    assert score_page(html, _CCTV)["coherence"].metrics["off_trade"] == 0


def test_the_competitors_numbers_are_not_asked_of_the_page() -> None:
    text = "Bimbel Cerdas: beda dengan bimbel besar yang kelasnya isi 30 anak, di kami maksimal 6 siswa. WA 0812"
    numbers = {n for _, n in brief_numbers(text)}
    assert "30" not in numbers and "6" in numbers, numbers
