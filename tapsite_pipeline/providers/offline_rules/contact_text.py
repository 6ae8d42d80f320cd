"""A phone number's label said right before it ("hp 0856 …", "telp: 021 …", "no. hp 0812 …", "office phone 0380 …")
names the channel the owner is reached by, never goods the business sells. The offerings are read with the label
masked like the number (offerings.py); "jual hp 1,5jt" keeps its "hp": a price is no phone number."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# the label, then what a phone number looks like: a leading 0 or the country code 62, and at least 8 digits in all
_PHONE_LABEL = regrouped(r"(?<![\w.])(?:(?:no|nomor|nomer|nmr)\.?\s*)?(?:hp|telp|tlp|telepon|tel|phone|ph|cp)\.?\s*:?\s*"
                         r"(?=(?:\+?62|0)\d[\d\s().-]{6,}\d)")


def phone_labels(lower: str) -> list[tuple[int, int]]:
    """The spans of the labels said right before a phone number."""
    return [(m.start(), m.end()) for m in _PHONE_LABEL.finditer(lower)]
