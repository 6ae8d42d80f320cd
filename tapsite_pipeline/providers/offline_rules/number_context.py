"""What a number nobody else read is said with, before it: the words that bound it ("up to 500 delegates",
"hingga 200 orang", "min. 5 boxes", "lebih dari 40 peserta") and, after "for"/"untuk", what it counts for
("headsets for up to 500 delegates", "aula untuk maksimal 300 tamu"). A note that says "500 delegates" alone
leaves the visitor to guess what the number is of and whether it is a limit.
"""

from __future__ import annotations

# The words that make a number a bound, in the order they are said (each a tuple of words).
BOUNDS = frozenset({
    ("up", "to"), ("upto",), ("hingga",), ("sampai",), ("sampe",), ("s/d",), ("maks",), ("maks.",), ("max",),
    ("max.",), ("maksimal",), ("maximum",), ("min",), ("min.",), ("minimal",), ("minimum",), ("over",),
    ("lebih", "dari"), ("more", "than"), ("at", "least"), ("sekitar",), ("around",), ("about",), ("approx.",),
    ("kurang", "lebih"), ("±",), ("kapasitas",), ("capacity",), ("muat",), ("seats",),
    # a least order said as where it starts: "wholesale for hotels from 100 pcs", "grosir mulai 2 lusin"
    ("from",), ("mulai",),
})
# The words that say what the bounded number is for: the word before them is what it counts for.
_FOR = frozenset("for untuk utk buat bagi".split())


def bounded_start(text: str, lower: str, words: list[tuple[int, int]], at: int) -> int:
    """The index of the first word of the number at `at` with its bound and what it is for, or `at` itself when no
    bound is said right before it. A comma, colon or semicolon before a word ends the reach."""
    def word(i: int) -> str:
        return lower[words[i][0]:words[i][1]]

    def ends_clause(i: int) -> bool:
        return text[words[i][1] - 1:words[i][1]] in (",", ":", ";", ".")

    lo = at
    for n in (2, 1):
        if lo - n >= 0 and tuple(word(k) for k in range(lo - n, lo)) in BOUNDS \
                and not any(ends_clause(k) for k in range(lo - n, lo)):
            lo -= n
            break
    if lo == at:
        return at
    if lo >= 2 and word(lo - 1) in _FOR and not ends_clause(lo - 1) and not ends_clause(lo - 2) \
            and any(c.isalpha() for c in word(lo - 2)):
        lo -= 2
    elif lo >= 3 and word(lo - 2) in _FOR and not any(ends_clause(k) for k in (lo - 3, lo - 2, lo - 1)) \
            and any(c.isalpha() for c in word(lo - 3)) and any(c.isalpha() for c in word(lo - 1)):
        lo -= 3  # "wholesale for hotels from 100 pcs": what it is, and for whom
    return lo
