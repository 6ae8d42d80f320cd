"""The brand word lists other modules read have public names in brand_words.py (GENERIC_WORDS, NOT_NAME_WORDS,
HONORIFICS): no module reaches for a private name of brand_words to read them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tapsite_pipeline.providers.offline_rules import brand_words
from tapsite_pipeline.providers.offline_rules.name_likeness import has_own_word

pytestmark = pytest.mark.unit

_RULES = Path(brand_words.__file__).parent
_OLD = re.compile(r"\b(?:_GENERIC|_NOT_NAME|_HONOR_SET)\b")


def test_public_lists_hold_their_words() -> None:
    assert {"toko", "usaha", "rumahan"} <= brand_words.GENERIC_WORDS
    assert {"bu", "pak", "kak", "mbak"} <= brand_words.HONORIFICS
    assert brand_words.NOT_NAME_WORDS
    # an honorific is no ordinary word: "Warung Bu Sari" keeps a word of its own, "Toko Usaha Rumahan" holds none
    assert has_own_word("Warung Bu Sari") and not has_own_word("Toko Usaha Rumahan")


def test_no_module_imports_the_old_private_names() -> None:
    for path in _RULES.glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "brand_words import" in line:
                assert not _OLD.search(line), f"{path.name}: {line}"
        if path.name != "brand_words.py":
            text = path.read_text(encoding="utf-8")
            block = re.search(r"from \.brand_words import \(([^)]*)\)", text)
            assert not (block and _OLD.search(block.group(1))), path.name
