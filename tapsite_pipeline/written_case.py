"""Offerings keep the capitals the owner gave them inside a sentence: "day trips to Padar and Pink Beach",
"servis laptop ASUS", not "padar" and "pink beach". The intent's offerings are lower case (models.Intent); the
copy stage puts back what the owner's capitals said in the page's running text (card titles are title-cased
either way).

A capital that only opens a sentence, a line or a list item says nothing and is not kept; a long word in capitals
is shouting ("JUAL BAKSO"), not a name, and is not kept either. Acronyms and words capitalised inside ("AC",
"WhatsApp") are kept wherever they stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_OPENS = frozenset(".!?:;•*-–—>|\n")
_JOINS = frozenset(",&/+('\"“‘")


# The small words a Title Case writer still leaves in lower case ("Toko Ikan Hias Koi dan Arwana di Blitar").
_SMALL_WORDS = frozenset("di dan untuk utk dengan dgn yang yg ke dari atau & and the of for in at with to by a an on or "
                         "per dll".split())


def is_cased(text: str) -> bool:
    """Does capitalisation carry information? Not if the brief is all lower, ALL CAPS or Title Case Everywhere.

    A short brief thick with names ("kursus bahasa Jepang Sakura Nihongo Center, JLPT N5-N3, Malang") has as many
    capitals as Title Case, but its owner left words other than the small joining ones in lower case: what they
    capitalised, they chose to."""
    words = _LETTER_RUN.findall(text)
    if not words or text == text.lower() or text == text.upper():
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    if not (len(words) >= 5 and caps / len(words) > 0.7):
        return True
    return sum(1 for w in words if w[:1].islower() and w not in _SMALL_WORDS) >= 2


def is_title_cased(text: str) -> bool:
    """Title Case Everywhere ("Bakso Pak Min Solo, Bakso Urat & Tetelan"): capitals on (nearly) every word, so they
    say nothing of which words are names; the punctuation between the brief's parts still does."""
    if is_cased(text):
        return False
    words = _LETTER_RUN.findall(text)
    titled = sum(1 for w in words if w[:1].isupper() and (len(w) == 1 or w[1:].islower()))
    return bool(words) and titled / len(words) > 0.7  # "KILOAN BUDI" shouts; it is not Title Case


def aligned_lower(text: str) -> str:
    """The text lower-cased character for character (a few characters, e.g. "İ", grow when lower-cased)."""
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _opens_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0:
        return True
    prev = text[i]
    return prev in _OPENS or not (prev.isalnum() or prev in _JOINS)


def _keeps_capital(text: str, start: int, word: str) -> bool:
    """An acronym ("AC", "PS5") or a word capitalised inside ("WhatsApp", "KopiSenja") anywhere; a Capitalised word
    unless it opens a sentence; never a long word in capitals."""
    if word.isupper():
        if len(word) <= 4:  # "AC", "PS5", "UMKM"; a sayable short word in a line shouted in capitals is shouting
            return len(word) <= 2 or not word.isalpha() or not _shouted(text, start, word)  # ("MESIN CUCI")
        return len(word) <= 6 and _acronym(text, start, word)
    if any(c.isupper() for c in word[1:]):
        return True
    return word[:1].isupper() and not _opens_sentence(text, start)


_UNSAYABLE = re.compile(r"[^AEIOUY]{3}|[^AEIOUY]{2}$(?<!NG)")


def _shouted(text: str, start: int, word: str) -> bool:
    """A word anyone could say ("CUCI", "BARU") beside a long word in capitals: the line is shouted, not named."""
    if _UNSAYABLE.search(word):
        return False
    end = start + len(word)
    near = _WORD.findall(text[max(0, start - 40):start])[-1:] + _WORD.findall(text[end:end + 40])[:1]
    # a neighbour that is itself a shouted word ("MESIN", "KULKAS"), never an acronym beside it ("IDR", "SPF", "AIDA")
    return any(w.isupper() and w.isalpha() and len(w) >= 5 and not _UNSAYABLE.search(w) for w in near)


def _acronym(text: str, start: int, word: str) -> bool:
    """Five or six capitals that no one could say as a word ("ABRSM", "IELTS", "TOEFL"), among words in lower case,
    are a name; a sayable word in capitals ("GRATIS", "RINGAN") is emphasis, and shouting runs over several words."""
    if len(word) > 6 or not _UNSAYABLE.search(word):
        return False
    before = _WORD.findall(text[max(0, start - 40):start])
    after = _WORD.findall(text[start + len(word):start + len(word) + 40])
    near = before[-1:] + after[:1]
    return bool(near) and not any(w.isupper() and len(w) > 1 for w in near)


def _find(lower: str, phrase: str) -> int:
    """The first whole-word occurrence of the phrase in the lower-cased brief, or -1."""
    return _find_from(lower, phrase, 0)


def _find_from(lower: str, phrase: str, start: int) -> int:
    i = lower.find(phrase, start)
    while i >= 0:
        end = i + len(phrase)
        if (i == 0 or not lower[i - 1].isalnum()) and (end == len(lower) or not lower[end].isalnum()):
            return i
        i = lower.find(phrase, i + 1)
    return -1


def as_written(items: list[str], text: str, lower: str, cased: bool) -> list[str]:
    """Each offering with the capitals the owner wrote inside a sentence (``text`` and ``lower`` align)."""
    if not cased:
        return items
    out = []
    for p in items:
        at = _find(lower, p) if p else -1
        if at < 0:
            out.append(p)
            continue
        # the owner's plainest writing of it: "es tebu 7rb" in the list says more than the "Es Tebu" of the
        # shop's name "Es Tebu & Kelapa Muda Bang Jalu", whose capitals are the name's
        ways = []
        while at >= 0:
            chars = list(p)
            for w in _WORD.finditer(text, at, at + len(p)):
                if _keeps_capital(text, w.start(), w.group(0)):
                    chars[w.start() - at:w.end() - at] = w.group(0)
            ways.append("".join(chars))
            at = _find_from(lower, p, at + 1)
        out.append(min(ways, key=lambda x: sum(map(str.isupper, x))))
    return out


def owner_capitals(brief: str, items: Iterable[str]) -> dict[str, str]:
    """Each lower-case offering the brief writes with a capital inside a sentence, and how it writes it."""
    items = list(items)
    written = {}
    for p, w in zip(items, as_written(items, brief, aligned_lower(brief), is_cased(brief)), strict=True):
        if w != p:
            written[p] = w
    return written


def recase(text: str, written: dict[str, str]) -> str:
    """The offerings in ``text`` (in whatever case the copy used) with the owner's capitals raised."""
    for p, w in written.items():
        def raise_caps(m: re.Match[str], w: str = w) -> str:
            return "".join(c.upper() if wc.isupper() else c for c, wc in zip(m.group(0), w, strict=True))
        text = re.sub(r"(?<![\w])" + re.escape(p) + r"(?![\w])", raise_caps, text, flags=re.I)
    return text
