"""Phrases that name a person, not what the business sells: the owner's past trade said in an introduction ("Saya
Pak Syafril, pensiunan guru", "mantan chef hotel", "ex-banker", "a dive guide turned photographer"). What the owner
does now keeps its card ("les privat matematika", "underwater photos")."""

from __future__ import annotations

# A word before a trade that says the person once held it: the owner's story, never a card.
_PAST = frozenset("pensiunan purnawirawan mantan eks ex former retired".split())


def names_a_person(words: list[str]) -> bool:
    """"pensiunan guru", "mantan chef", "ex-banker", "dive guide turned photographer"."""
    if not words:
        return False
    if words[0] in _PAST and len(words) > 1 or words[0].startswith(("ex-", "eks-")):
        return True
    return "turned" in words[1:-1]  # "<trade> turned <trade>": how the owner came to the work
