"""A number the owner writes beside the ones the contact section shows reaches the page with its label ("Hub. 0274
555 123 / 0858 1234 5678"); a lone number, a price and a number without a label are no such note. The judge finds a
landline's local digits ("555 4470") on the page whatever their grouping ("(0361) 5554470")."""

from __future__ import annotations

import pytest

from intent_helpers import fact_values
from tapsite_pipeline.evals.fidelity import score_page
from tapsite_pipeline.providers.offline_rules.other_numbers import numbers_left_out

pytestmark = pytest.mark.unit


def _left(text: str) -> list[str]:
    return [m.group(0) for m in numbers_left_out(text)]


def test_a_second_number_after_a_slash_is_kept_with_its_label():
    brief = "Les renang Tirta, Bantul. Kelas anak 2x seminggu 300rb/bulan. Hub. 0274 555 123 / 0858 1234 5678"
    assert _left(brief) == ["Hub. 0274 555 123 / 0858 1234 5678"]
    assert "Hub. 0274 555 123 / 0858 1234 5678" in fact_values(brief, "note")


def test_numbers_the_contact_fields_take_are_no_note():
    assert _left("Jahit Bu Lis. WA 0812 3456 7890, telp (0274) 555 123") == []
    assert _left("Jahit Bu Lis, Sleman. WA 0812 3456 7890") == []


def test_a_number_without_a_label_and_a_price_are_left_alone():
    assert _left("Tenda 3x3 Rp 1.500.000. WA 0812 3456 7890. 0274 555 123 / 0858 1234 5678") == []


def _page(phone_text: str, href: str) -> str:
    return ('<html><head><title>Wifi Aman</title></head><body><main><section><h1>Wifi Aman</h1>'
            f'<p>Pasang wifi hotel.</p><p>Telepon {phone_text}</p><a href="tel:{href}">Telepon</a>'
            '</section></main></body></html>')


def test_the_judge_reads_a_landlines_digits_in_any_grouping():
    brief = "Wifi Aman pasang wifi hotel di Bali. Telp (0361) 555 4470"
    gold = {"facts": [{"kind": "other", "text": "landline (0361) 555 4470", "any_of": [["555 4470", "555-4470"]]}],
            "contact": {"channel": "phone", "value": "+623615554470"}}
    assert score_page(_page("(0361) 5554470", "+623615554470"), brief, gold=gold)["facts"].passed
    other = _page("(0361) 5559999", "+623615559999")
    assert any("555 4470" in p for p in score_page(other, brief, gold=gold)["facts"].problems)
