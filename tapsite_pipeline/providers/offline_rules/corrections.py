"""The owner's corrections of an amount they wrote just before, as chat messages go ("tempered glass 25rb / ralat:
tempered glass 20rb", "lele konsumsi 22rb/kg / eh salah, skrg 24rb/kg", "paket basic 2,5jt … / eh salah, paket basic
2jt, yg 2,5jt paket medium"): the readers see the corrected amount where the first one stood, and the correction's
own words are not read a second time (what follows it is, the amount taken back with what it belongs to: "yg 2,5jt
paket medium" → "paket medium 2,5jt"). A page never shows a price the
owner took back.

What is a correction: a marker at the start of a line or clause ("ralat", "koreksi", "eh salah", "salah ketik",
"correction", "sorry, typo", "I mean"), then within a few words an amount. Which amount it replaces: the first amount
after the item the correction names ("tempered glass") in the line before (or the clause before, when the correction
stands in the same line); with no item named ("skrg 24rb/kg"), the last amount there. No amount on either side, or an
item the line before does not hold: the text is left as written.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

from .amounts import _AMOUNT

# (the words only a correction is written with stand anywhere: "kastengel 95rb eh salah 100rb"; "typo" and "I mean"
# only where a clause begins)
_MARK = fast(r"(?:(?<![\w-])(?:ralat|koreksi|eh[\s,]+salah|(?:eh[\s,]+)?(?:sorry|sori|maaf)[\s,]+salah|salah\s+ketik|salah\s+tulis|oops|"
                  r"correction|sorry[\s,]+typo)|(?:^|(?<=[\n.!?,;]))[ \t]*(?:typo|i\s+mean))\b[ \t]*[:,!-]*[ \t]*",
                  re.I)
# the words between the marker and the new amount: the item named, less the fillers of a correction
_NEW = regrouped(rf"([^\n\d]{{0,50}}?)({_AMOUNT})((?:\s*/\s*[a-z]+|\s+per\s+[a-z]+|\s+each|\s+(?:se)?biji|"
                 rf"\s+(?:per)?pcs)?)", re.I)
_AMOUNTS = regrouped(_AMOUNT, re.I)
# what the amount taken back belongs to, said after the correction: "yg 25rb itu tempered glass anti spy", "yg 2,5jt
# paket medium + magic show", "the 150K one is the large" → the item with its amount, as a price list writes it
_OLD_FOR = regrouped(rf"^(?:yg|yang|the)\s+({_AMOUNT})(?:\s+one)?\s+(?:itu\s+|is\s+(?:the\s+|for\s+(?:the\s+)?)?|for\s+(?:the\s+)?|"
                     rf"buat\s+|untuk\s+)?([^\n.,;]+)", re.I)
_FILLER = regrouped(r"\b(?:skrg|sekarang|now|jadi|harusnya|seharusnya|should\s+be|it'?s|yg\s+bener|yang\s+benar|"
                    r"yang\s+bener|harganya|harga|price|is|itu|the|nya)\b|[,:;\-]", re.I)


def corrected(text: str) -> str:
    """The text with every amount the owner corrected replaced by the correction, and the correction's own words
    (marker, item, amount) gone; as written when nothing is corrected."""
    if not _MARK.search(text):
        return text
    out = text
    for _ in range(5):   # a few corrections in one brief, each read on the text the one before left
        done = _one(out)
        if done is None:
            break
        out = done
    return out


def _one(text: str) -> str | None:
    for mark in _MARK.finditer(text):
        new = _NEW.match(text, mark.end())
        if not new:
            continue
        region = _before(text, mark.start())
        item = " ".join(_FILLER.sub(" ", new.group(1)).split()).lower()
        old = _replaced(text, region, item)
        if old is None:
            continue
        rest = text[new.end():]
        rest = re.sub(r"^[ \t]*[,;:]?[ \t]*", "", rest)
        rest = _OLD_FOR.sub(lambda m: f"{m.group(2).strip()} {m.group(1)}", rest, count=1)
        lead = text[:mark.start()].rstrip(" \t,;\n")
        at_line = not text[text.rfind("\n", 0, mark.start()) + 1:mark.start()].strip()
        gap = "\n" if at_line else "" if rest[:1] in ".!?" else " "   # ("… 95K each. WA …")
        head = lead[:old.start()] + new.group(2) + lead[old.end():]
        return head + (gap + rest if rest.strip() else "")
    return None


def _before(text: str, at: int) -> tuple[int, int]:
    """Where the corrected amount may stand: the line before the marker's line when the marker opens a line, else the
    clause before the marker in its own line."""
    line_start = text.rfind("\n", 0, at) + 1
    if not text[line_start:at].strip():
        prev = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        return prev, line_start
    clause = max(text.rfind(c, line_start, at) for c in ".!?")
    return (clause + 1 if clause >= line_start else line_start), at


def _replaced(text: str, region: tuple[int, int], item: str) -> re.Match[str] | None:
    lo, hi = region
    if item:
        at = text.lower().find(item, lo, hi)
        if at < 0:
            return None
        return _AMOUNTS.search(text, at + len(item), hi)
    found = None
    for m in _AMOUNTS.finditer(text, lo, hi):
        found = m
    return found
