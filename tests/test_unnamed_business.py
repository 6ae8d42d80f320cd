"""A brief that names no business: the parser does not take a stray capitalised word for the name (a tool, a model
code, goods in capitals, a place, a verb and a place), the page goes by what the owner says they run, and the brand
check fails a page named by such a stray word. Wordings written for these tests."""

from __future__ import annotations

import pytest

from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.evals.fidelity.page import parse_page
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("brief", "stray"), [
    ("Kursus merajut untuk pemula, kelas online via Teams tiap Rabu malam, 200rb sebulan. wa 0813 2211 9087", "Teams"),
    ("I'm a freelance motion designer from Kediri, animating explainers in Blender for startups", "Blender"),
    ("sewa mobil lepas kunci, ada Avanza, Xenia, unit APV juga. harian 350rb. Kupang. wa 0812 4455 1290", "APV"),
    ("jasa pindahan kos pakai pick up T120 dalam kota Jember 200rb", "T120"),
    ("homestay 4 kamar dekat pantai, kamar ada TV dan kipas, sarapan gratis. Pacitan", "TV"),
    ("Jual sambal roa botolan 250ml 45rb. Kirim Jabodetabek tiap Selasa. wa 0857 9922 1100", "Kirim Jabodetabek"),
    ("servis mesin cuci panggilan, melayani Sleman & Bantul. wa 0878 1100 2299", "Sleman & Bantul"),
    ("We animate explainer videos for fintechs, 6-week production, three revision rounds. Surabaya", "6-week"),
])
def test_a_stray_word_is_not_the_name(brief: str, stray: str) -> None:
    assert parse_brief(brief).brand_name != stray


@pytest.mark.parametrize(("brief", "head"), [
    ("We're a small family-run guesthouse near Senggigi beach, 5 rooms, breakfast included", "Guesthouse"),
    ("sy tukang jahit rumahan, terima permak celana, pasang resleting, potong gamis. Cimahi", "Tukang Jahit"),
    ("aku fotografer lepas, terima foto prewedding & wisuda di Malang", "Fotografer Lepas"),
])
def test_an_unnamed_business_goes_by_what_the_owner_says_it_is(brief: str, head: str) -> None:
    assert head.lower() in parse_brief(brief).brand_name.lower()


def test_a_place_opening_a_heads_phrase_is_not_the_business() -> None:
    name = parse_brief("Ruko Mutiara Blok C2 Bogor, terima fotokopi dan jilid skripsi").brand_name
    assert not name.lower().startswith("ruko")


def _page(name: str) -> str:
    return (f'<html><head><title>{name}</title></head><body><header><a class="brand" href="#">{name}</a></header>'
            f'<main><section class="hero"><h1>{name}</h1><p>Servis mesin cuci panggilan.</p></section></main>'
            f'</body></html>')


UNNAMED = "servis mesin cuci & kulkas panggilan, melayani Sleman & Bantul, via WA 0878 1100 2299"
GOLD = {"brand": None, "offerings": ["servis mesin cuci", "servis kulkas"]}


def test_the_scorer_reads_the_name_in_the_header() -> None:
    assert parse_page(_page("Servis Kulkas Sleman")).header_brand == "Servis Kulkas Sleman"


@pytest.mark.parametrize("name", ["Sleman & Bantul", "WA", "Usaha Kita", "Panggilan"])
def test_a_page_named_by_a_stray_word_fails_the_brand_check(name: str) -> None:
    result = score_page(_page(name), UNNAMED, gold=GOLD)["brand"]
    assert not result.passed and "names no business" in result.problems[0]


@pytest.mark.parametrize(("brief", "name"), [
    (UNNAMED, "Servis Mesin Cuci Sleman"),
    ("bikin kue ulang tahun custom, order ig @dapur.mirna ya", "Dapur Mirna"),
    ("saya Bu Warsini, jualan pecel dan rawon di pasar Gede", "Bu Warsini"),
])
def test_a_page_named_for_what_it_does_or_whose_it_is_passes(brief: str, name: str) -> None:
    gold = {"brand": None, "offerings": ["servis mesin cuci"] if brief == UNNAMED else []}
    assert score_page(_page(name), brief, gold=gold)["brand"].passed
