"""Who it is for, as the owner said it, reaches the page: a quality said for someone is no audience ("aman untuk
anak & hewan" stays the owner's note), and when the audience facts name someone the parsed audience does not, the
page names both."""

from __future__ import annotations

import pytest

from tapsite_pipeline.providers.offline_rules import parse_brief

pytestmark = pytest.mark.unit

WA = {"whatsapp": "6281277776666"}


@pytest.mark.parametrize("brief,note_word", [
    ("Jasa fogging Bebas Nyamuk, obat terdaftar Kemenkes, aman untuk bayi & kucing. wa 0812 7711 2211", "bayi"),
    ("Lilin aromaterapi Seruni, soy wax, safe for kids and pets. WA +62 812 7711 3311", "kids"),
])
def test_a_quality_said_for_someone_is_no_audience(brief: str, note_word: str) -> None:
    it = parse_brief(brief)
    assert note_word not in it.target_audience.lower()
    assert not any(f.kind == "audience" for f in it.facts)
    assert any(f.kind == "note" and note_word in f.value.lower() for f in it.facts)
