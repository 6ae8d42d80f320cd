"""A season's months, a bare passive whose root is a known word and an English gerund with its pronoun or particle
and a verb of earning a living are clauses, and a number in words with its unit ("setengah liter") a measure: not
the names of offerings ("March-November", "difoto",
"typing this", "setting up", "bertani jeruk")."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("phrase", ["june-august", "april-oktober", "musim hujan", "musim panen", "typing this",
                                    "setting up", "picking out", "difoto", "dikirim",
                                    "bertani jeruk", "berjualan kue", "beternak ayam",
                                    "setengah liter", "dua kilo", "weekend rate", "tarif hari libur"])
def test_a_season_a_bare_passive_or_a_gerunds_clause_is_no_name(phrase):
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase", ["diniyah", "fishing trip", "wedding styling", "dimsum", "season pass",
                                    "setting lampu", "berkuda santai", "jeruk kintamani",
                                    "half day", "setengah matang", "weekend brunch"])
def test_names_of_those_shapes_keep_theirs(phrase):
    assert name_shaped(phrase) == phrase
