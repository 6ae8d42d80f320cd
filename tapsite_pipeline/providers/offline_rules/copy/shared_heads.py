"""Offerings that share their head word are said with it once in a sentence: "servis kulkas dan mesin cuci", "fridge
and oven repair", never "servis kulkas dan servis mesin cuci". Indonesian puts the head first, English last; the
cards keep each whole name.
"""

from __future__ import annotations


def said_once(items: list[str], lang: str) -> list[str]:
    """The items as a list says them: when every one has two words or more and all share the head word (the first in
    Indonesian, the last in English), the head stays only on the first (Indonesian) or the last (English) item."""
    split = [i.split() for i in items]
    if len(items) < 2 or any(len(w) < 2 for w in split):
        return list(items)
    at = 0 if lang == "id" else -1
    head = split[0][at].lower()
    if any(w[at].lower() != head for w in split):
        return list(items)
    if lang == "id":
        return [items[0], *(" ".join(w[1:]) for w in split[1:])]
    return [*(" ".join(w[:-1]) for w in split[:-1]), items[-1]]
