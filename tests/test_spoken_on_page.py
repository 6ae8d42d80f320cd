"""The coherence check sees the words a spoken brief says around what it states when they reach the page: a sign-off
shown as content, "terus … itu" glued to what a price is for, "gitu" or "eee" in a fact line; never "itu" inside a
sentence of copy, nor a word the brief never said."""

from __future__ import annotations

import pytest

from fidelity_pages import page
from tapsite_pipeline.evals.fidelity import score_page

pytestmark = pytest.mark.unit

SPOKEN = ("eee jadi saya punya katering, Dapur Mak Ijah di Garut. nasi box itu 25 ribu, terus tumpeng mini itu "
          "mulai 150 ribu. minimal eee 20 box gitu. WA 0812 4545 6767. udah gitu aja")


def _spoken_page(about_lines: list[str], cards=(("Nasi Box", "Harga: 25 ribu."),)) -> str:
    items = "".join(f"<li>{x}</li>" for x in about_lines)
    return page(brand="Dapur Mak Ijah", title="Dapur Mak Ijah — katering di Garut",
                h1="Dapur Mak Ijah: nasi box dan tumpeng mini di Garut", cards=list(cards),
                extra_sections=f"<section class='section about'><div class=wrap><ul>{items}</ul></div></section>")


@pytest.mark.parametrize("line, said", [
    ("Udah gitu", "sign-off"),
    ("Harga — Nasi box itu: 25 ribu dan tumpeng mini: mulai 150 ribu", 'spoken "itu"'),
    ("Harga terus tumpeng mini: mulai 150 ribu", 'spoken "terus"'),
    ("Minimal eee 20 box", 'spoken "eee"'),
    ("Minimal 20 box gitu", 'spoken "gitu"'),
])
def test_spoken_leftovers_on_a_page_fail_coherence(line, said):
    c = score_page(_spoken_page([line]), SPOKEN)["coherence"]
    assert not c.passed and c.metrics["spoken"] == 1, c.problems
    assert said in " | ".join(c.problems)


@pytest.mark.parametrize("line", [
    "Harga — Nasi box: 25 ribu dan tumpeng mini: mulai 150 ribu",
    "Di luar itu, ongkir dihitung sesuai jarak",       # "itu" inside a sentence of copy
    "Minimal 20 box",
])
def test_clean_lines_of_a_spoken_brief_pass(line):
    c = score_page(_spoken_page([line]), SPOKEN)["coherence"]
    assert c.metrics["spoken"] == 0, c.problems


def test_a_word_the_brief_never_said_is_no_leftover():
    # the copy's own casual "gitu" is not the owner's speech when the brief never said it
    c = score_page(_spoken_page(["Minimal 20 box gitu"]), SPOKEN.replace(" gitu", ""))["coherence"]
    assert c.metrics["spoken"] == 0, c.problems


def test_what_the_owner_does_not_do_is_no_offering_of_the_brief():
    from tapsite_pipeline.evals.fidelity.brief import extract_offerings
    said = extract_offerings("sy jahit baju anak, kebaya, seragam. tp ndak terima permak jeans nah. WA 0812 5555 1212")
    assert not any("permak" in o for o in said), said
    assert "kebaya" in said
    assert "servis laptop" in extract_offerings("kami tidak hanya jual laptop bekas, kami terima servis laptop, ganti lcd")
