"""Coordinated offerings: one head said once for two kinds ("grooming kucing & anjing")."""

from __future__ import annotations

import re

from .lexicon import KEYWORDS

_LINK = r"\s*(?:&|/|\+|\bdan\b|\band\b|\bsama\b|\bsm\b|\batau\b|\bor\b|\bmaupun\b)\s*"


def shared_head(items: list[str], lower: str) -> list[str]:
    """One head said once for two kinds (Indonesian, head first): "grooming kucing & anjing" offers grooming for
    dogs too, "jastip korea & jepang" a jastip from Japan. A lone word right after a two-word offering and a link word takes its head, when
    neither it nor the word it pairs with is goods by itself ("nasi goreng & mie" stays two dishes)."""
    out = list(items)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        head, _, mod = a.partition(" ")
        if not mod or " " in mod or " " in b or b in KEYWORDS or mod in KEYWORDS or head in (b, mod):
            continue
        if re.search(rf"(?<![\w-]){re.escape(a)}{_LINK}{re.escape(b)}(?![\w-])", lower):
            joined = f"{head} {b}"
            if joined not in out:
                out[i + 1] = joined
    return out
