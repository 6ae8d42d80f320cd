"""Words that name nothing sold when a card is made of them alone, though beside another word they may belong to an
offering's name: how a price counts ("150k/person", "setup 1jt once"), which of the things said before it means
("both include a power socket"), and when something happens ("bookings after", "sebelum jam 4"). "full band 5
person" and "after-school club" still name goods by their other word, so these stay out of the role lists
(roles.ROLES), whose words also tell whether a text describes a business at all. ("main", to play, is no such word:
"main per jam 5rb" is what a warnet sells.)"""

from __future__ import annotations

LONE_NOTHING = frozenset("""
person persons per once twice thrice sekali dua-kali
both either neither keduanya semuanya masing-masing each
after before afterwards sesudah setelah sebelum
""".split())


def names_nothing_alone(words: list[str]) -> bool:
    """A card of one word, or of such words only, said of a count, which things, or a time."""
    return bool(words) and all(w in LONE_NOTHING for w in words)
