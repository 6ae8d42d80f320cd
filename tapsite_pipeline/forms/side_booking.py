"""A booking said only of a side service of a seller: the page stays an order page.

A farm that sells its beans "and farm tours by appointment", a batik maker with "a workshop for visitors, booking
by WhatsApp", a bakery with "baking classes, reserve a seat": what the business sells decides how the page is
ordered from, and a tour or a class on the side does not turn the seller into a booking page (no "Book a time" form
whose service list is the seller's produce, no "Book on WhatsApp" call to action). The owner's booking words stay in
the intent's features (what they said); only the page's flow and forms leave them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# how a booking is said inside one of the owner's notes
_BOOKED = re.compile(r"\b(?:by\s+appointment|appointments?|booking|bookings?|book(?:ed)?|reserv\w*|reservasi|"
                     r"janji(?:an)?|perjanjian|jadwalkan|dijadwalkan)\b", re.I)
# what a seller may also run on the side and take bookings for: a visit, a tour, a class, a tasting
_SIDE = re.compile(r"\b(?:tours?|tur|touring|wisata|visits?|visiting|kunjungan|class(?:es)?|kelas|workshops?|"
                   r"lokakarya|pelatihan|training|les|kursus|courses?|tastings?|cupping|edukasi|field\s+trips?|"
                   r"outbound|petik)\b", re.I)
_NOTE_KINDS = frozenset({"note", "other", "offer"})


def booking_aside(features: Iterable[str], seller: bool, products: Sequence[str],
                  facts: Iterable[tuple[str, str]]) -> bool:
    """Whether the owner's booking is only for a side service of a business that sells (seller: its profile
    orders). facts are (kind, value) pairs. The booking must be said in notes that each name a side service (a
    tour, a class), and the main offering must not be one: a cooking school's "kelas" is what it sells."""
    if "booking" not in features or not seller or not products:
        return False
    if _SIDE.search(products[0]) or _BOOKED.search(products[0]):
        return False
    said = [v for k, v in facts if k in _NOTE_KINDS and _BOOKED.search(v)]
    return bool(said) and all(_SIDE.search(v) for v in said)


def page_features(features: Sequence[str], seller: bool, products: Sequence[str],
                  facts: Iterable[tuple[str, str]]) -> list[str]:
    """The features the page acts on: the owner's, without a booking said only of a side service."""
    if booking_aside(features, seller, products, facts):
        return [f for f in features if f != "booking"]
    return list(features)
