"""The page's language for a brief with next to no function words."""

from tapsite_pipeline.providers.offline_rules import parse_brief


def test_a_terse_english_brief_gets_an_english_page():
    # no English function word at all: the plural nouns and days of a notice board say English
    assert parse_brief("Guitar lessons for beginners, Saturdays and Sundays, 6 students max. IG @fretwork.mks").language == "en"
    # the same notice in Indonesian stays Indonesian
    assert parse_brief("Les gitar untuk pemula, Sabtu dan Minggu, maks 6 siswa. IG @fretwork.mks").language == "id"
