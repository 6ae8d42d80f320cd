"""WhatsApp's formatting marks taken out of a pasted brief, the words they mark kept: `*bold*`, `_italic_`,
`~strike~` and ```mono```. A catalogue pasted from WhatsApp ("*Lumpia Rebung isi 10*\\nRp 40.000") otherwise keeps
its stars in the headline, the cards and the fact lines, and its first star reads as a list bullet.

A mark is a pair inside one line: the opening one at the start of a word (after the line's start, a space or an
opening bracket or quote, never after a letter, a digit, "@", "." or "/"), the closing one at the end of a word,
neither touching a space on the inside. So a footnote's lone star ("*syarat berlaku"), a product of numbers
("2*3 m", "3 * 4"), a bullet star ("* nastar 85rb"), the "_" of a handle, an email or a web address
("@toko_kue", "a_b@x.id", "x.com/_a_b_") and an approximate "~20" stay as written.
"""

from __future__ import annotations

import re

# A word's edge outside a pair: the line's start or a space, a bracket or a quote before it; the line's end, a space
# or a sentence mark after it.
_BEFORE = r"(?:^|(?<=[\s(\[{\"'*_~]))"
_AFTER = r"(?=$|[\s)\]}\"'.,;:!?*_~])"


def _pair(mark: str) -> re.Pattern[str]:
    m = re.escape(mark)
    # inside: no space at either end, no line break, and none of the mark itself (the nearest closing one)
    inner = rf"[^\s{m}](?:[^{m}\n]*?[^\s{m}])?"
    return re.compile(rf"{_BEFORE}{m}({inner}){m}{_AFTER}", re.M)


_MONO = re.compile(r"```([^`\n]+?)```")
_PAIRS = tuple((mark, _pair(mark)) for mark in ("*", "_", "~"))
# What an "_" pair may not hold: the rest of an address or a handle ("@_kue_manis_", "http://x/_a_")
_ADDRESS = re.compile(r"[@/]|\.[^\W\d_]")


def _italic(m: re.Match[str]) -> str:
    return m.group(0) if _ADDRESS.search(m.group(1)) else m.group(1)


# A catalogue entry: a line wholly in bold (the item's title), then a line that opens with its price ("*Lumpia
# Rebung isi 10*\nRp 40.000"). The title and its price are one entry, said on one line.
_TITLE_THEN_PRICE = re.compile(r"^([ \t]*\*[^\s*][^*\n]*\*)[ \t]*\n(?=[ \t]*(?:rp\.?|idr|\d)[ \t]*\d)", re.M | re.I)


# A struck-out amount before another one ("landing page ~1.5jt~ 1.2jt", "~Rp 50.000~ Rp 35.000"): the price that was,
# before the price that is. The owner crossed it out; the page says the price that is.
_AMOUNT = r"(?:rp\.?[ \t]?|idr[ \t]?)?\d[\d.,]*[ \t]?(?:rb|ribu|k|jt|juta|million)?"
_STRUCK_PRICE = re.compile(rf"(?i)(?<![^\s(])~{_AMOUNT}~[ \t]*(?:(?:->|→|=>)[ \t]*)?(?={_AMOUNT}(?![\w~]))")


def unmarked(text: str) -> str:
    """The text without WhatsApp's formatting pairs; unchanged when it has none. A struck-out amount before the
    amount that replaces it goes whole."""
    if "~" in text:
        text = _STRUCK_PRICE.sub("", text)
    if "*\n" in text:
        text = _TITLE_THEN_PRICE.sub(r"\1 ", text)
    if "```" in text:
        text = _MONO.sub(r"\1", text)
    for mark, pair in _PAIRS:
        if text.count(mark) >= 2:
            text = pair.sub(_italic if mark == "_" else r"\1", text)
    return text
