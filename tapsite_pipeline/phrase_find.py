"""A phrase said as words of its own, found with str.find: the answers of `(?<![\\w-])phrase(?![\\w-])` without a
pattern built for each phrase (a pattern made per phrase and per brief misses the re module's cache, and compiling it
costs more than the scan). The rules' own patterns are fastre.py's."""

from __future__ import annotations

import re


def word_char(ch: str) -> bool:
    """What `\\w` matches in a str pattern: the characters str.isalnum() holds for, and "_"."""
    return ch.isalnum() or ch == "_"


def _edge(ch: str, also: str) -> bool:
    """Does `ch` fail `(?<![\\w…])` / `(?![\\w…])`: a word character (what `\\w` matches in a str pattern: the
    characters str.isalnum() holds for, and "_") or one of `also`?"""
    return word_char(ch) or ch in also


def phrase_spans(phrase: str, text: str, before: str = "-", after: str = "-") -> list[tuple[int, int]]:
    """The spans of `re.finditer(rf"(?<![\\w{before}]){re.escape(phrase)}(?![\\w{after}])", text)`, found with
    str.find: the same spans in the same order (leftmost first, none overlapping the one before), without building
    and looking up a pattern for each phrase the rules look for (a pattern made per phrase and per brief misses
    the re module's cache, and compiling it costs more than the scan). `before`/`after`: the characters besides
    word characters that may not stand right before/after the phrase ("" for a bare `\\w` edge)."""
    if not phrase:  # an empty phrase matches between characters: the pattern's own answer
        return [m.span() for m in re.finditer(
            rf"(?<![\w{re.escape(before)}])(?![\w{re.escape(after)}])" if before or after else r"(?<!\w)(?!\w)",
            text)]
    out: list[tuple[int, int]] = []
    n, end = len(phrase), len(text)
    i = text.find(phrase)
    while i >= 0:
        j = i + n
        if (i == 0 or not _edge(text[i - 1], before)) and (j == end or not _edge(text[j], after)):
            out.append((i, j))
            i = text.find(phrase, j)
        else:
            i = text.find(phrase, i + 1)
    return out


def phrase_said(phrase: str, text: str, before: str = "-", after: str = "-") -> bool:
    """Is the phrase in the text as words of its own (see phrase_spans)? Stops at the first."""
    if not phrase:
        return bool(phrase_spans(phrase, text, before, after))
    n, end = len(phrase), len(text)
    i = text.find(phrase)
    while i >= 0:
        j = i + n
        if (i == 0 or not _edge(text[i - 1], before)) and (j == end or not _edge(text[j], after)):
            return True
        i = text.find(phrase, i + 1)
    return False
