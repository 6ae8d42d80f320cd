"""A word broken at the end of a line with a hyphen, as a scanned flyer or a narrow column keeps it ("Setrika Sa-\\nja
..... Rp 5.000/kg", "Selesai 2 hari, Ex-\\npress 6 jam"): read as the one word it is ("Saja", "Express"). Left as
two, each line ends on a fragment, and a price's item becomes the leftover ("ja") and an offering a cut word
("setrika sa"). Only a lower-case letter on both sides: a list line opened by a dash ("- nasi box") or a name
after a line ending in a hyphen ("Jakarta-\\nBandung") stays as written."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

_BROKEN = regrouped(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")


def joined_broken_words(text: str) -> str:
    """The text with each word broken across two lines by a hyphen written whole again."""
    return _BROKEN.sub("", text) if "-" in text and "\n" in text else text
