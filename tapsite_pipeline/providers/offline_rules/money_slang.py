"""Money slang read as the amounts the price readers know: the street words for rupiah ("es teh goceng", "nasi uduk
ceban", "paket keluarga gocap", "gantungan kunci seribuan") and hundreds said with a digit ("logo + revisi 2 ratus
rebu", "7 ratus ribuan"). The readers see "5 ribu", "10 ribu", "200 rebu"; the pairs keep what the owner wrote, so
the page shows the owner's own "goceng" (number_words.read_numbers returns them with the spelled-out numbers).

The slang words are the Hokkien-derived amounts of Jakarta and the market towns: seceng 1.000, noceng 2.000,
goceng 5.000, ceban 10.000, goban and gocap 50.000 (owners write "gocap" for fifty thousand rupiah), gopek 500.
"cepek" is not here: it is 100 or 100.000 as the speaker means it. A capitalised slang word inside a cased brief is
a name ("Warung Goceng") and stays.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast

from ...written_case import is_cased

_SLANG = {"seceng": "1 ribu", "noceng": "2 ribu", "goceng": "5 ribu", "ceban": "10 ribu", "goban": "50 ribu",
          "gocap": "50 ribu", "gopek": "500", "seribuan": "1 ribu"}
_SLANG_AT = fast(r"(?<![\w@#./-])(seceng|noceng|goceng|ceban|goban|gocap|gopek|seribuan)(?:an)?(?![\w@/-])", re.I)
# "2 ratus rebu", "7 ratus ribuan", "5 puluh ribu": a digit before the hundreds or tens word, then the thousands word
_DIGIT_SAID = fast(r"(?<![\w.,])([1-9])\s*(ratus|puluh)\s+(ribu|rebu)(?:an)?\b", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])[\s\"'*•✅-]*$")


def slang_amounts(text: str) -> tuple[str, list[tuple[str, str]]]:
    """The text with its money slang as amounts, and the (as written, as read) pairs (none: the text as is)."""
    pairs: list[tuple[str, str]] = []

    def said(m: re.Match[str]) -> str:
        word = m.group(1)
        if word[:1].isupper() and not _SENTENCE_START.search(text[:m.start()]) and is_cased(text):
            return m.group(0)
        read = _SLANG[word.lower()]
        pairs.append((m.group(0), read))
        return read

    def hundreds(m: re.Match[str]) -> str:
        size = 100 if m.group(2).lower() == "ratus" else 10
        read = f"{int(m.group(1)) * size} {m.group(3).lower()}"
        pairs.append((m.group(0), read))
        return read

    return _DIGIT_SAID.sub(hundreds, _SLANG_AT.sub(said, text)), pairs
