"""A card title names a thing. Scraps of a sentence became cards on briefs nobody here wrote: "Melalui Email",
"Pada Hari Kerja", "Libur Nasional", "Lessons Daily 7Am", "Incl Board", "Diluar Pajak". The shape of a phrase
(a leading preposition, a clock time, what is or is not included, only calendar or price words, a dangling
end) says it is no name, whatever its words mean."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief
from tapsite_pipeline.providers.offline_rules.name_shape import name_shaped


@pytest.mark.parametrize("phrase", [
    "melalui email", "lewat tiket", "pada hari kerja", "libur nasional", "akhir pekan", "lessons daily 7am",
    "3pm depending", "incl board", "diluar pajak", "paket udh termasuk ustadz", "costs", "biaya", "grosir dan",
    "via gojek", "without driver", "tanpa bunga", "weekend", "setiap sabtu",
])
def test_a_scrap_of_a_sentence_is_no_name(phrase):
    assert name_shaped(phrase) is None


@pytest.mark.parametrize("phrase, name", [
    ("nastar", "nastar"), ("kelas pagi", "kelas pagi"), ("bantuan pengurusan sim a", "bantuan pengurusan sim a"),
    ("paket hemat", "paket hemat"), ("weekend brunch", "weekend brunch"), ("protein bars under the", "protein bars"),
    ("jasa antar jemput", "jasa antar jemput"), ("kue ulang tahun", "kue ulang tahun"), ("ñandú coffee", "ñandú coffee"),
])
def test_a_name_keeps_its_shape(phrase, name):
    assert name_shaped(phrase) == name


@pytest.mark.parametrize("brief, scrap", [
    ("Ombak Kecil Surf School di Canggu: private lesson, group lesson, surfboard rental. Lessons daily 7am to 3pm "
     "depending on the tide. WA 0812 3456 7001", "7am"),
    ("Taman Air Segar, kolam renang anak dan seluncuran. Tiket 30rb pada hari kerja, 45rb pada akhir pekan dan "
     "libur nasional. Telp 0274 123456", "libur nasional"),
])
def test_a_brief_gives_no_scrap_cards(brief, scrap):
    products = parse_brief(brief).products
    assert products and not any(scrap in p for p in products), products
