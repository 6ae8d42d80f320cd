"""Every concrete fact an owner gives reaches the parsed intent in a shape a page can show: a price range with one
multiplier, the weight of a pack with its price, "one way" on a fare, both things of "X and Y free", language
levels, a closed day with its "closed", days said together, a since-year said as "dari 2011" or "opened in
2019", a village with its regency, rules asked of customers, "@45 menit", "on call"; and the facts scorer
passes a page a person would pass ("closed Mondays" names Monday, "Pulau Flores" is shown by "Flores")."""

from __future__ import annotations

import pytest

from intent_helpers import fact_pairs, fact_values
from tapsite_pipeline.evals.fidelity import values
from tapsite_pipeline.evals.fidelity.brief_facts import extract_facts
from tapsite_pipeline.evals.fidelity.lexicon import load_lexicon
from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit


def _prices(brief: str) -> list[tuple[str, str]]:
    return [(f.value, f.subject) for f in parse_brief(brief).facts if f.kind == "price"]


def test_a_price_range_with_one_multiplier_is_one_price():
    brief = "Toko Sepatu Langkah di Kendari. sepatu lari 120-180rb, sandal gunung 75rb. wa 0812 7777 1212"
    assert ("120-180rb", "sepatu lari") in _prices(brief)
    assert not any("120-180" in v for v in fact_values(brief, "note", "hours"))


def test_a_range_whose_low_end_is_larger_is_no_range():
    brief = "Warung Kopi Pojok sejak 2009 - 15rb secangkir, wa 0812 7777 1212"
    assert all(not v.startswith("2009") for v, _ in _prices(brief))


def test_the_weight_of_a_pack_belongs_to_what_the_price_is_for():
    brief = "Kopi Lereng Ijen: kopi arabika bubuk 200gr 65rb, green bean 1kg 150rb. wa 0812 7777 1212"
    prices = _prices(brief)
    assert ("65rb", "kopi arabika bubuk 200gr") in prices and ("150rb", "green bean 1kg") in prices


def test_which_way_a_fare_is_counted_stays_with_it():
    brief = "Shuttle Danau Toba: antar dari Kualanamu ke Parapat 250rb PP, sewa mobil 700rb/hari. wa 0812 7777 1212"
    assert any(v.startswith("250rb PP") for v, _ in _prices(brief))


def test_the_last_thing_a_price_includes_keeps_both_its_words():
    brief = ("Pondok Kayu Kintamani: rooms from IDR 850,000 including breakfast and airport shuttle; quiet valley "
             "view. Email stay@pondokkayu.id")
    assert any(v.endswith("breakfast and airport shuttle") for v, _ in _prices(brief))


def test_a_copula_is_no_part_of_what_a_price_is_for():
    brief = "Sunrise Kayak Rental in Labuan Bajo. Kayak hire is IDR 150,000 per hour. WA 0812 7777 1212"
    assert ("IDR 150,000 per hour", "kayak hire") in _prices(brief)


def test_both_things_given_free_are_said():
    assert any(v.lower().startswith("ukur dan desain")
               for v in fact_values("Interior Rumah Asri, Depok. Ukur dan desain 3D gratis. wa 0812 7777 1212",
                                    "offer"))


def test_language_levels_are_levels_and_paper_sizes_are_not():
    course = ("Kursus Mandarin Laoshi Mei di Medan. Levels: beginner (A1), pre-intermediate (A2) and upper "
              "(B2). wa 0812 7777 1212")
    assert fact_values(course, "level")[-3:] == ["beginner (A1)", "pre-intermediate (A2)", "upper (B2)"]
    printer = "Percetakan Jaya di Bogor, cetak poster A1 dan A2, spanduk, stiker. wa 0812 7777 1212"
    assert not any(v in ("A1", "A2") for v in fact_values(printer, "level"))


def test_a_closed_day_keeps_its_closed_and_days_said_together_stay_together():
    brief = ("Kedai Teh Laras in Malang. Tea tasting on Wednesdays and Saturdays, closed on Sundays. "
             "WA 0812 7777 1212")
    notes = fact_values(brief, "note")
    assert "Tea tasting on Wednesdays and Saturdays" in notes or "On Wednesdays and Saturdays" in notes
    assert "closed on Sundays" in [n.lower() for n in notes] or any(
        "closed on sundays" in v.lower() for v in fact_values(brief))


@pytest.mark.parametrize("brief, year", [
    ("Bengkel Las Pak Darto buka di Klaten dr 2007, terima pagar dan kanopi. wa 0812 7777 1212", "2007"),
    ("Hi, I'm Ketut. We opened our surf school in 2016 on Balangan beach. WA 0812 7777 1212", "2016"),
    ("Aku pindah ke Ende, in 2020, and started a small roastery. WA 0812 7777 1212", "2020"),
])
def test_a_since_year_said_another_way(brief, year):
    assert ("since", year) in fact_pairs(brief, "since")


def test_a_period_of_years_is_no_since():
    assert fact_values("Harga sewa dari 2015 sampai 2018 tidak naik, kios di Pasar Baru. wa 0812 7777 1212",
                       "since") == []


def test_a_village_comes_with_its_regency_and_a_move_names_the_place():
    assert parse_brief("kursus menjahit di Cibatu, Purwakarta. wa 0812 7777 1212").location == "Cibatu, Purwakarta"
    moved = parse_brief("Hello, I'm Jonas from Germany. I moved to Labuan Bajo and run dive trips. WA 0812 7777 1212")
    assert moved.location == "Labuan Bajo"


@pytest.mark.parametrize("brief, said", [
    ("Sanggar Tari Melati di Solo, sewa kostum 100rb. mohon pesan min 3 hari sebelumnya. wa 0812 7777 1212",
     "pesan min 3 hari"),
    ("Les Gitar Nada di Bekasi. 8x pertemuan/bln @60 menit, 400rb/bln. wa 0812 7777 1212", "@60 menit"),
    ("Apotek Sehat Sentosa, Jember. jual obat. buka 07-22, layanan darurat on call. wa 0812 7777 1212", "darurat on call"),
])
def test_what_no_reader_knows_is_still_a_note(brief, said):
    assert any(said in v for v in fact_values(brief))


def test_a_bare_measure_in_brackets_comes_with_what_it_measures():
    brief = "Kebun Kita Sewa rents garden beds (1 x 3 m) to neighbours. Email halo@kebunkita.id"
    assert any(v.endswith("(1 x 3 m)") and len(v.split()) > 4 for v in fact_values(brief, "note"))


def _scored(text: str, kind: str) -> list:
    return [f for f in extract_facts(text, [], [], load_lexicon()) if f.kind == kind]


def test_the_scorer_reads_a_plural_day_on_the_page_as_the_day():
    (day,) = _scored("Roti Ibu Rina, fresh bread, closed Tuesdays.", "day")
    assert any("tuesdays" in g for g in day.groups) and any("selasa" in g for g in day.groups)


def test_the_scorer_shows_an_island_by_its_name():
    (place,) = [f for f in extract_facts("x", ["pulau flores"], [], load_lexicon()) if f.kind == "place"]
    assert place.groups == (("flores",),)


def test_the_scorer_reads_no_account_from_a_kind_of_post():
    assert values.handles("desain story IG template 50rb, contoh di IG @studiokata.id") == ["studiokata.id"]
    assert values.handles("pesan lewat ig warungbuana") == ["warungbuana"]


@pytest.mark.parametrize("text, value", [
    ("Sewa motor matic Pak Made di Kuta, 75rb/hari tapi wajib bawa SIM. WA 0812 3900 1122", "75rb/hari"),
    ("Bali Bike Rent, electric bikes 120K/day but only for guests of our homestay. WA 0813 4400 2211", "120K/day"),
])
def test_a_price_ends_before_a_but(text, value):
    from tapsite_pipeline.providers.offline_rules import parse_brief
    assert value in [f.value for f in parse_brief(text).facts if f.kind == "price"]
