"""An owner who corrects an amount in the next chat line gets the corrected amount on the page, never the one they
took back; the amount taken back keeps the item the owner gives it."""

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.corrections import corrected


def _prices(text):
    return {(f.subject, f.value) for f in parse_brief(text).facts if f.kind == "price"}


def test_a_corrected_price_replaces_the_one_taken_back():
    text = ("Rujak Bu Sum, Kediri\nrujak cingur 18rb\nralat: rujak cingur 20rb, yg 18rb itu rujak petis\n"
            "buka jam 9-16\nwa 0812 3000 4000")
    prices = _prices(text)
    assert ("rujak cingur", "20rb") in prices and ("rujak cingur", "18rb") not in prices, prices
    assert corrected(text).count("18rb") == 1 and "rujak petis 18rb" in corrected(text)


def test_a_correction_without_the_item_takes_the_last_amount_before_it():
    text = "Telur Ayam Pak Dul, Blitar\ntelur ayam negeri 27rb/kg\neh salah, skrg 29rb/kg soalnya pakan naik\nwa 0812 3000 4000"
    prices = _prices(text)
    assert any(v.startswith("29rb") for _, v in prices) and not any(v.startswith("27rb") for _, v in prices), prices


def test_a_correction_in_the_same_line_and_in_english():
    assert "kacang 65rb" in corrected("Toko Kue Rina: nastar 80rb, kacang 60rb eh salah kacang 65rb. WA 0812 3000 4000")
    assert "60rb" not in corrected("Toko Kue Rina: nastar 80rb, kacang 60rb eh salah kacang 65rb. WA 0812 3000 4000")
    assert corrected("Sunny Bakes: cookie boxes are 90K each, sorry typo 95K each. WA 0812 3000 4000") == \
        "Sunny Bakes: cookie boxes are 95K each. WA 0812 3000 4000"


@pytest.mark.parametrize("text", [
    "Warung Salah Satu, Depok: nasi 10rb. salah satu menu andalan kami soto 15rb",   # "salah" is no correction here
    "Desain Logo Kita: paket 300rb, revisi 3x, koreksi warna gratis",                  # no amount after the marker
    "Kue Bu Ani: nastar 90rb\nralat: bolu pandan 50rb",                                # an item the line before lacks
])
def test_text_with_no_correction_of_an_amount_is_left_as_written(text):
    assert corrected(text) == text
