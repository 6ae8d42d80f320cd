"""The capitalised-run tokeniser the brand rules read names from (offline_rules/cap_runs.py)."""

from tapsite_pipeline.providers.offline_rules.cap_runs import _hard, _is_cap, cap_runs


def runs(text: str) -> list[str]:
    return [text[s:e] + ("*" if initial else "") for s, e, initial in cap_runs(text)]


def test_runs_stop_at_punctuation_and_clause_words_and_mark_sentence_starts():
    assert runs("Nama usaha saya Kopi Senja, jual kopi di Bandung") == ["Nama*", "Kopi Senja", "Bandung"]
    assert runs("Saya jual kue. Kak Ani Bakery buka tiap hari") == ["Kak Ani Bakery*"]


def test_a_year_stays_in_an_event_name_or_before_a_copula():
    assert runs("Nusantara Fest 2025 di Jakarta") == ["Nusantara Fest 2025*", "Jakarta"]
    assert runs("Warung Nusantara 1988 is a family restaurant") == ["Warung Nusantara 1988*"]


def test_token_predicates():
    assert _is_cap("iPhone") and _is_cap("3M") and not _is_cap("kopi") and not _is_cap("")
    assert _hard("WA") and _hard("Saya") and not _hard("IT")  # an acronym like IT may be inside a name
