"""Where a regex match can start, told to the engine: fastre.py's programs are built with it (`program_code`).

A pattern that opens with a word edge or a look-behind ("(?<=, )[A-Z]{2,3}", "\\b[a-z]{3,}ing") gives the engine
no character to skip ahead to: a search runs the whole pattern from every position of the text. Every match of it
still starts with one of a few characters. The program's opening block (INFO) may name such a set: the engine then
skips, in one C loop, every position where none stands, and runs the whole pattern from the others, as before. A
set that holds every character a match can start with changes no match. The engine tests that set against the
text's characters as they are, unfolded: where case is ignored it holds every character that folds to one of the
pattern's ("K" and the Kelvin sign, U+212A, for "k"; "ı" for "i"; "ſ" for "s"), or is not made.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # the standard library's regex compiler (private, stable since 3.11)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler  # type: ignore[attr-defined]
    from re import _constants as _c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: fastre.py builds no programs of its own there
    _sre = _compiler = _c = None

_MAX_FIRST = 256  # characters the set holds at most


@lru_cache(maxsize=1)
def _folding_to() -> dict[int, tuple[int, ...]]:
    """Each lower-case character and the other characters the engine lower-cases to it ("k": "K" and the Kelvin sign)."""
    lower = _sre.unicode_tolower
    to: dict[int, list[int]] = {}
    for ch in [ch for ch in range(0x110000) if lower(ch) != ch]:  # (≈ 1,400 of them; one pass, when a program is made)
        to.setdefault(lower(ch), []).append(ch)
    return {low: tuple(chars) for low, chars in to.items()}


def _case_closed(first: list[Any]) -> list[Any] | None:
    """Class items for every character that matches one of `first`'s (literals and small ranges) when case is
    ignored, as the engine folds it (its lower case, and the extra cases it matches beside: "i" and "ı"); None for
    a category (\\w, \\d) or a wide range."""
    chars: set[int] = set()
    for op, av in first:
        if op is _c.LITERAL:
            chars.add(av)
        elif op is _c.RANGE and av[1] - av[0] < _MAX_FIRST:
            chars.update(range(av[0], av[1] + 1))
        else:
            return None
    lows = {_sre.unicode_tolower(ch) for ch in chars}
    lows |= {extra for low in lows for extra in _compiler._EXTRA_CASES.get(low, ())}
    folding = _folding_to()
    closed = chars | lows | {ch for low in lows for ch in folding.get(low, ())}
    return [(_c.LITERAL, ch) for ch in sorted(closed)] if len(closed) <= _MAX_FIRST else None


def _first(items: Any) -> tuple[list[Any] | None, bool]:
    """(class items one of which the first character of every match of the sequence is, or None when unknown; may
    the sequence match the empty string?)"""
    out: list[Any] = []
    for op, av in items:
        if op is _c.LITERAL:
            return out + [(op, av)], False
        if op is _c.IN:
            if any(iop is _c.NEGATE for iop, _ in av):
                return None, False
            return out + list(av), False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: the next item starts where they stand
            continue
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:  # flags of its own (case ignored there): not known
                return None, False
            found, empty = _first(av[3])
        elif op is _c.BRANCH:
            found, empty = [], False
            for alt in av[1]:
                f, e = _first(alt)
                if f is None:
                    return None, False
                found, empty = found + f, empty or e
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            found, empty = _first(av[2])
            empty = empty or av[0] == 0
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            found, empty = _first(av)
        else:
            return None, False
        if found is None:
            return None, False
        out += found
        if not empty:
            return out, False
    return out, True


def program_code(tree: Any, flags: int) -> list[int]:
    """The engine's program for the tree, its opening block naming the characters a match starts with where the
    compiler found no literal prefix or set of its own (see above)."""
    code = _compiler._code(tree, flags)
    flags = tree.state.flags | flags
    if flags & re.LOCALE or code[0] != _c.INFO or code[2] & (_c.SRE_INFO_PREFIX | _c.SRE_INFO_CHARSET):
        return code
    lo, hi = tree.getwidth()
    first, empty = _first(tree.data)
    if lo == 0 or empty or not first:
        return code
    first = list(dict.fromkeys(first))  # each alternative's own first letter: many say the same one
    if flags & re.IGNORECASE:
        first = _case_closed(first)
    if first is None or len(first) > _MAX_FIRST:
        return code
    charset, cased = _compiler._optimize_charset(first)
    if cased:  # pragma: no cover - only asked for when case is ignored
        return code
    info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, min(lo, _compiler.MAXCODE), min(hi, _compiler.MAXCODE)]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[code[1] + 1:]
