"""A walk-in business says how to ask a question once per place, in words that differ: the hero, the "how to visit"
steps and the about section never repeat one sentence, whichever channel the page has (a form alone, or WhatsApp).
Wordings written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.pipeline import Runtime, generate_site


@pytest.fixture(scope="module")
def rt(tmp_path_factory):
    return Runtime.local(tmp_path_factory.mktemp("home"))


@pytest.mark.parametrize("brief", [
    "pangkas rambut Cukur Ganteng di Jl. Parangtritis km 4, potong 25rb, cukur kumis 10rb, buka 09.00-21.00, "
    "langsung datang aja gak usah booking",
    "Salon Kirana Cibubur, creambath 60rb, potong rambut 40rb, buka 10.00-20.00, walk in aja. WA 0812 9090 1313",
    "Old Town Barber in Kota Lama Semarang: classic cuts 90k, hot towel shave 70k, open 10am-8pm, walk-ins only",
])
def test_a_walk_in_page_repeats_no_sentence(rt, brief: str) -> None:
    r = generate_site(make_brief(brief), rt)
    html = Path(r.deployment.index_path).read_text(encoding="utf-8")
    coherence = score_page(html, brief)["coherence"]
    assert not [p for p in coherence.problems if "repeated" in p], coherence.problems
