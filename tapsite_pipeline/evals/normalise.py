"""Text as scorers compare it: casefolded, NFKC, punctuation out, whitespace collapsed."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_PUNCT = re.compile(r"[^\w\s&+]", re.UNICODE)


@lru_cache(maxsize=8192)  # a run scores the same labels and answers ("pink", "nastar") thousands of times
def norm(text: str) -> str:
    """Casefold, NFKC, punctuation out, whitespace collapsed: `Toko  Ani!` == `toko ani`."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())
