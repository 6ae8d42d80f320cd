"""A count of people said after "for"/"untuk" is how many one offering holds, never whom the business is for: "family
room … IDR 550,000/night for 4 guests", "paket untuk 10 orang", "VIP table for 4". Read as an audience, it follows the
business into every sentence ("Griya Cengkeh offers scooter rental for 4 guests"); it belongs to its offering's price.
An age ("for 5-12 year olds", "untuk usia 7 tahun") is an audience and stays one.
"""

from __future__ import annotations

import re

_HEAD_COUNT = re.compile(r"(?:\d+|dua|tiga|empat|lima|enam|two|three|four|five|six)(?:\s*(?:-|–|to|s/d|sampai)\s*\d+)?"
                         r"(?:\s*(?:guests?|people|persons?|pax|orang|org|tamu|adults?|dewasa|peserta|participants?|"
                         r"seats?|kursi)\b|$)", re.I)


def head_count(phrase: str) -> bool:
    """"4 guests", "10 orang", "2-4 pax", "4" (said after "for"): a capacity, not an audience."""
    return bool(_HEAD_COUNT.match(phrase.strip()))
