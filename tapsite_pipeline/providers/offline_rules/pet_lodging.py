"""Care and lodging said of animals: "boarding & daycare for dogs and cats", "penitipan & hotel untuk kucing". A daycare
or a room is a child's or a guest's unless the brief says it is for pets; then it is pet boarding (the card: other,
like a kost, niche pet_shop), and so is every daycare or room the brief names: said once for pets, the care named
again ("daycare 120K") is the same care.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# Right after the care or the room (a second one joined by "&"/"and" may come between): for whom, if animals.
_FOR_PETS = regrouped(r"(?:\s*(?:&|and|dan|\+|/|,)\s*[a-z]+(?:\s+[a-z]+)?)?\s+(?:for|untuk|utk|buat|bwt|bagi)\s+"
                      r"(?:your\s+|our\s+|small\s+|kesayangan\s+)?(?:dogs?|cats?|pets?|puppies|kittens|anjing|kucing|"
                      r"hewan(?:\s+peliharaan)?|anabul|peliharaan|rabbits?|kelinci)\b")
CARED = frozenset({"childcare", "accommodation"})
PET_BOARDING = ("other", "pet boarding")


def for_pets(lower: str, end: int, industry: str) -> bool:
    """Is the care or lodging keyword ending at `end` said to be for animals?"""
    return industry in CARED and bool(_FOR_PETS.match(lower, end))
