"""A fact line copied from the brief must read whole: not the length of a service whose price stayed behind, not a
piece that opens with "+", not an item taken out of the middle of a list (issue 9: read the page as its owner
would). And the parser keeps a length or a count said before a price with that price."""

from __future__ import annotations

import pytest

from intent_helpers import fact_values
from tapsite_pipeline.evals.fidelity.page import parse_page
from tapsite_pipeline.evals.fidelity.scraps import scraps
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _about(*lines: str) -> str:
    items = "".join(f"<li>{x}</li>" for x in lines)
    return (f"<html lang=id><body><main><section class=\"section about\" id=about><h2>Tentang</h2>"
            f"<ul class=ticks>{items}</ul></section></main></body></html>")


@pytest.mark.parametrize("brief, line", [
    ("Lulur tradisional 45 menit 90rb, totok wajah 30 menit 60rb. Panggil ke rumah.", "45 menit"),
    ("Sewa kamera mirrorless sehari 150rb, paket lensa tele + tripod 250rb per hari.", "+ tripod"),
    ("We run craft afternoons with a clay workshop, and puppet shows for schools.", "Clay workshop"),
])
def test_a_line_cut_out_of_the_owners_phrase_is_a_scrap(brief: str, line: str) -> None:
    assert len(scraps(parse_page(_about(line)), brief)) == 1


@pytest.mark.parametrize("brief, line", [
    ("Lulur tradisional 45 menit 90rb, totok wajah 30 menit 60rb. Panggil ke rumah.", "Panggil ke rumah"),
    ("Les gitar 4 sesi tiap sabtu, bisa datang ke rumah", "4 sesi"),          # chatty, no punctuation: reads whole
    ("Kami jual bibit, pupuk, dan tidak melayani pengiriman luar pulau.", "Tidak melayani pengiriman luar pulau"),
    ("Lulur tradisional 45 menit 90rb, totok wajah 30 menit 60rb.", "Harga — 45 menit 90rb"),
    ("Buka tiap hari jam 8-16", "Layanan ramah untuk keluarga"),              # the copy's own words are not judged
])
def test_a_whole_line_is_no_scrap(brief: str, line: str) -> None:
    assert scraps(parse_page(_about(line)), brief) == []


def test_a_length_said_between_a_service_and_its_price_is_that_price() -> None:
    facts = parse_brief("Rumah Lulur Sekar, Klaten. lulur tradisional 45 menit 90rb, totok wajah 30 menit 60rb. "
                        "WA 0812 3300 4455").facts
    prices = [f.value for f in facts if f.kind == "price"]
    assert "45 menit 90rb" in prices and "30 menit 60rb" in prices
    assert "45 menit" not in fact_values(parse_brief("Rumah Lulur Sekar, Klaten. lulur tradisional 45 menit 90rb, "
                                                     "totok wajah 30 menit 60rb. WA 0812 3300 4455"))


@pytest.mark.parametrize("brief, kind, line", [
    ("Studio Balet Mungil di Serpong. kelas balet anak 4x sebulan 300rb, trial class 75rb. WA 0813 5511 2299",
     "offer", "trial class 75rb"),
    ("Homestay Pantai Indah, Kei. pick up from the airport 100K, bungalow 300K/night. WA 0821 9800 2211",
     "pickup", "pick up from the airport 100k"),
])
def test_an_offer_or_a_pickup_said_with_its_amount_is_one_line(brief: str, kind: str, line: str) -> None:
    facts = parse_brief(brief).facts
    assert any(f.kind == kind and f.value.lower() == line for f in facts)


def test_a_note_said_far_from_any_price_stays_a_note() -> None:
    facts = parse_brief("Katering Bu Ida, Sleman. nasi box 25rb, tumpeng mini 150rb. Masak tanpa MSG, "
                        "pesan minimal 20 box. WA 0812 7788 9900").facts
    assert not any(f.kind == "price" and "msg" in f.value.lower() for f in facts)


def _highlight(head: str, text: str) -> str:
    return (f"<html lang=id><body><main><section class=\"section highlights\" id=highlights><h2>Kenapa kami</h2>"
            f"<h3>{head}</h3><p>{text}</p></section></main></body></html>")


@pytest.mark.parametrize("brief, line", [
    ("Servis kulkas 1-2 pintu mulai 150rb, datang ke rumah", "1-2"),                       # figures only
    ("Profil maps: 4,8 (210 ulasan). Toko kue Bu Sari, Depok", "4,8 (210)"),
    ("Antar gratis se-Kecamatan Cibinong tanpa minimal belanja", "Antar gratis se-Kecamatan Cibinong tanpa"),
    ("Free delivery within Ubud for orders over 200k", "Free delivery within Ubud for"),
    ("We grow vanilla in Minahasa, and we run farm walks on request", "And we run farm walks on request"),
    ("Kopi susu, serta roti bakar tiap pagi", "Serta roti bakar tiap pagi"),
    ("basically kita bikin kelas robotik, which is hands-on banget", "Which is hands-on banget"),
    ("literally semua kue dibuat pagi itu juga", "Literally semua kue dibuat pagi itu juga"),
])
def test_a_listed_line_of_bare_figures_or_one_that_stops_on_a_joining_word_is_broken(brief: str, line: str) -> None:
    assert len(scraps(parse_page(_about(line)), brief)) == 1


@pytest.mark.parametrize("brief, page", [
    ("Buka 07.00-15.00 tiap hari", _highlight("Jam buka", "07.00-15.00.")),                 # figures under a heading
    ("Warga boleh ikut serta dalam arisan", _about("Warga boleh ikut serta")),               # "serta" ends a verb
    ("Paket A nasi + ayam 20rb", _about("Paket A")),                                      # a grade, not an article
    ("Walk in welcome, no booking needed", _about("Walk in")),
    ("Dan & Co barbershop, potong 40rb", _about("Dan & Co barbershop")),                  # a name, not a join
    ("Andalan kami: nasi liwet komplit", _about("Andalan kami: nasi liwet komplit")),
    ("Whole bean or ground, 250 g bags", _about("Whole bean or ground")),              # "who…" / "which…" words
])
def test_figures_under_a_heading_and_whole_phrases_are_not_broken(brief: str, page: str) -> None:
    assert scraps(parse_page(page), brief) == []


def test_a_price_range_must_stay_one_range() -> None:
    from tapsite_pipeline.evals.fidelity.price_ranges import ranges, split_ranges
    brief = "Sedot WC rumah tangga Rp 350.000 – Rp 500.000 tergantung jarak; pipa mampet 150-250rb"
    assert [v for _, v in ranges(brief)] == [(350_000, 500_000), (150_000, 250_000)]
    assert len(split_ranges("Harga: Rp 350.000. Harga: Rp 500.000. Pipa: 150rb dan 250rb", brief)) == 2
    assert split_ranges("Sedot WC: Rp 350.000 – Rp 500.000; pipa mampet 150rb – 250rb", brief) == []
    assert split_ranges("Sedot WC mulai Rp 350.000", brief) == []                         # where it starts: fine
    assert ranges("Buka 08.00-17.00, selesai 2 - 3 hari, AC 0,5-1 PK") == []


@pytest.mark.parametrize("title, brief, cut", [
    ("Cuci Kulkas 1", "Cuci Kulkas 1,5 jam selesai 120rb", True),
    ("Kamar 2", "Kamar 2-3 orang 400rb/malam", True),
    ("Paket 2", "Paket 2 jam 1,8jt, Paket 3 jam 2,5jt", False),
    ("Honda Beat 2019", "Rental Honda Beat 2019 80rb/hari", False),
])
def test_a_card_cut_in_the_middle_of_a_number_is_caught(title: str, brief: str, cut: bool) -> None:
    from tapsite_pipeline.evals.fidelity.cards import _cut_number
    assert _cut_number(title, brief) is cut
