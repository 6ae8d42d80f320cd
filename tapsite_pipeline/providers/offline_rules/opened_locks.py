"""A locksmith's work named by its verb: "buka pintu terkunci", "buka brankas", "buka kunci mobil". "buka" opening a
phrase is mostly when the business opens ("buka jam 8") and never heads goods; before a thing that locks it is the
service sold, as "ganti oli" or "pasang kanopi" are."""

from __future__ import annotations

# things a locksmith is called to open (what is locked, or the lock itself)
LOCKED_THINGS = frozenset("""
pintu brankas kunci gembok koper loker laci lemari kotak safe safes
""".split())
_OPEN = frozenset(("buka", "bukain", "membuka"))


def opens_a_lock(words: list[str]) -> bool:
    """The phrase is "buka" and a thing that locks: the opening of it is sold."""
    return len(words) >= 2 and words[0] in _OPEN and words[1] in LOCKED_THINGS
