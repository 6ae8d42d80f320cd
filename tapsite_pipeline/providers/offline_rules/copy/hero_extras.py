"""A headline that would lead with an extra: a guesthouse whose only offering read is its scooter rental, a snorkel
trip whose is its GoPro rental. The extra is not what the business mainly sells (the rooms, the trip, which its name
says), so the headline names the business and its place first and the extra after it, as an extra: "Griya Cengkeh
Guesthouse in Banyuwangi, with scooter rental", never "Griya Cengkeh Guesthouse: scooter rental".

Only where the trade is clear from the name or the niche: lodging (a guesthouse, a homestay, a villa), a trip or a
tour. A rental shop's rental is its trade ("Bali Scooter Rental: scooter rental") and keeps the usual headline.
"""

from __future__ import annotations

import re

from .util import tokens

# what a stay or a trip adds to itself: a rental, a transfer, a meal, a laundry, a delivery
EXTRA = re.compile(r"\b(?:rental|rentals|sewa|hire|transfer|transfers|antar\s+jemput|pickup|pick-up|shuttle|"
                   r"breakfast|sarapan|laundry|delivery|parking|parkir)\b", re.I)
# a name that says the trade is a trip or a tour ("Rubiah Snorkel Trip", "Bromo Jeep Tour")
_TRIP_NAME = frozenset("trip trips tour tours snorkel snorkeling diving dive cruise cruises expedition".split())
HEADS = {
    "en": ("{brand}{o_loc}, with {p2}", "{brand}, with {p2}", "{brand}, with {p1}"),
    "id": ("{brand}{o_loc}, tersedia juga {p2}", "{brand}, tersedia juga {p2}", "{brand}, tersedia juga {p1}"),
}


def extras_only(products: tuple[str, ...], brand: str, trade: str) -> bool:
    """Every offering the headline would name is an extra of a stay or a trip whose name does not sell that extra."""
    shown = products[:2]
    if not shown or not all(EXTRA.search(p) for p in shown):
        return False
    named = set(tokens(brand))
    if any(set(tokens(EXTRA.search(p).group(0))) & named for p in shown if EXTRA.search(p)):
        return False  # "Bali Scooter Rental": the rental is the trade
    return trade == "lodging" or bool(named & _TRIP_NAME)
