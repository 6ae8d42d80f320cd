"""A package named by what it adds: "umroh plus Turki", "haji plus" are one offering each, while "plus" between two
goods ("logo plus kop surat", "nasi plus telur") joins two offerings."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .lexicon import KEYWORDS

_PLUS = regrouped(r"\s+plus(?=\s+([a-z][\w'-]*)\s*(?:$|[,&/+;])|\s*(?:$|,))")


def package_plus(seg: str) -> str:
    """"umroh plus Turki", "haji plus": a package named by what it adds (one word that names no goods, often a
    place to visit, or "plus" alone) is one offering; "plus" joins two offerings elsewhere ("logo plus kop
    surat", "nasi plus telur")."""
    def keep(m: re.Match) -> str:
        return "\x01" if m.group(1) is None or m.group(1) not in KEYWORDS else m.group(0)
    return _PLUS.sub(keep, seg) if "plus" in seg else seg
