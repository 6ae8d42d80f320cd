"""Price ranges: "Rp 75.000 – Rp 90.000" or "75–90rb" is one price the owner gave as a range. A page that shows its
top as a price of its own, cut from its bottom ("Harga: Rp 75.000. Harga: Rp 90.000."), says something the owner
did not; a page that shows the range, or only where it starts ("mulai Rp 75.000"), does not."""

from __future__ import annotations

import re

from . import values
from .text import clip

_JOIN = re.compile(values.RANGE_SEP, re.IGNORECASE)
_BARE_LOW = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d{1,2})?)\s*(?:-|–|—)\s*$")


def ranges(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(as written, (low, high)) for every price range in text."""
    found = list(values.PRICE.finditer(text))
    out = []
    for i, hi in enumerate(found):
        high = _value(hi)
        if high is None:
            continue
        lo = found[i - 1] if i else None
        if lo is not None and _JOIN.fullmatch(text[lo.end():hi.start()]):
            low, start = _value(lo), lo.start()
        elif (bare := _BARE_LOW.search(text, max(0, hi.start() - 20), hi.start())) and not hi.group("usd"):
            mul = hi.group("rpmul") or hi.group("mul")
            low = round(values.number(bare.group(1), bool(mul)) * (values.MULTIPLIER[mul.lower()] if mul else 1))
            start = bare.start()
        else:
            continue
        if low is not None and 100 <= abs(low) < abs(high):
            out.append((" ".join(text[start:hi.end()].split()), (low, high)))
    return out


def _value(m: re.Match) -> int | None:
    got = values.prices(m.group(0))
    return got[0][1] if got else None


def split_ranges(page_text: str, brief_text: str) -> list[str]:
    """The brief's price ranges the page shows cut in two, as problems."""
    shown = {v for _, v in ranges(page_text)}
    single = {v for _, v in values.prices(page_text)}
    out = []
    for label, (low, high) in ranges(brief_text):
        if (low, high) not in shown and high in single:
            out.append(f'price range "{clip(label, 40)}" is not shown whole: its top stands as a price of its own')
    return list(dict.fromkeys(out))
