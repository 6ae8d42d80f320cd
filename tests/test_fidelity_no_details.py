"""The coherence check fails a page that shows the brief's header, a countdown or a reply to a complaint as content,
and the facts check asks no page to show a countdown's or a complaint's numbers."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity.brief import BriefInfo
from tapsite_pipeline.evals.fidelity.brief_numbers import brief_numbers
from tapsite_pipeline.evals.fidelity.no_details import no_details
from tapsite_pipeline.evals.fidelity.page import parse_page

pytestmark = pytest.mark.unit


def _page(*bullets: str) -> str:
    items = "".join(f"<li>{b}</li>" for b in bullets)
    return (f"<html lang=id><head><title>Toko</title></head><body><header>Toko Sepatu Langkah</header><main>"
            f"<section id=about class='section about'><h2>Tentang</h2><p>Toko sepatu di Jambi.</p>"
            f"<ul class=ticks>{items}</ul></section></main><footer>Toko Sepatu Langkah</footer></body></html>")


BRIEF = ("BROSUR SEPATU SEKOLAH 2026\nTanggapan atas komplain Ibu Wati: kami mohon maaf atas kekeliruan ukuran.\n"
         "3 DAYS LEFT to grab the school bundle\nToko Sepatu Langkah Jambi, sepatu sekolah 150rb, tanpa komplain "
         "sejak 2012. WA 0812 1111 2222")


@pytest.mark.parametrize("bullet, says", [
    ("BROSUR SEPATU SEKOLAH 2026", "header"),
    ("3 DAYS LEFT to grab the school bundle", "countdown"),
    ("Tanggapan atas komplain Ibu Wati", "complaint"),
    ("Kami mohon maaf atas kekeliruan ukuran", "complaint"),
])
def test_no_detail_shown_as_content_fails(bullet, says):
    problems = no_details(parse_page(_page("Sepatu sekolah 150rb", bullet)), BriefInfo(text=BRIEF))
    assert len(problems) == 1 and says in problems[0]


def test_a_header_the_line_goes_on_from_or_numbered_fails():
    brief = "SURAT PENAWARAN No. 07/SP/2026\nDAFTAR TARIF (2026) — Toko Sepatu Langkah, Jambi. Sepatu 150rb"
    for bullet in ("SURAT PENAWARAN No. 07/SP/2026", "DAFTAR TARIF (2026)"):
        assert no_details(parse_page(_page(bullet)), BriefInfo(text=brief))


def test_the_owners_facts_pass():
    page = parse_page(_page("Sepatu sekolah 150rb", "Tanpa komplain sejak 2012", "Pesan H-3 sebelum masuk sekolah",
                            "Cetak brosur juga bisa"))
    assert no_details(page, BriefInfo(text=BRIEF + "\nPesan H-3 sebelum masuk sekolah")) == []


def test_a_countdowns_and_a_complaints_numbers_are_no_facts_to_show():
    said = {n for _, n in brief_numbers("SURAT PENAWARAN No. 07/SP/2026\n5 DAYS LEFT to book. Sorry for the 2 late parcels last week. "
                                        "Kelas 8 orang, durasi 3 jam.")}
    assert said == {"8", "3"}


def test_whom_the_brief_is_addressed_to_is_no_offering_it_asks_for():
    offerings = BriefInfo(text="Yth. calon peserta, LPK Jahit Melati membuka kursus jahit dasar. Paket 8x Rp 900.000. "
                               "WA 0812 3000 4000").offerings
    assert not any("calon peserta" in o for o in offerings)
