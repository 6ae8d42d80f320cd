"""Titles, degrees and other words shaped like names that a brand reader must weigh, not take.

- A person's title with its full stop ("drg. Ratna", "apt. Sari", "Ir. Hendra", "Hj. Aminah") belongs to the name
  it comes before; its dot ends no sentence, and it keeps the case the owner wrote it in ("dr.", "drg.", "drh." are
  lower case in Indonesian, "Ir.", "H.", "Hj." capitalised).
- A range of days ("Senin-Sabtu", "Mon-Sat") says when, never who.
- A vehicle maker and its model ("Toyota Innova", "Honda Brio") is what a rental or a shuttle drives.
- A comma list as the first sentence of a terse brief ("Scaling, whitening, braces. Dental clinic …") lists services.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .brand_words import LOC_NOUNS, STOP
from .heads import said_head
from .when import _MONTH

# Titles written before a person's name, with a full stop. Lower-case ones are written so on purpose.
TITLES = frozenset("dr drg drh dra drs apt ir prof h hj kh bd".split())
_TITLE_WORD = re.compile(r"(?:dr|drg|drh|dra|drs|apt|Ir|Prof|prof|H|Hj|KH|Bd)\.")
# A title, then a capitalised name of one to three words: "drg. Ratna", "Ir. Hendra Gunawan", "apt.Sari".
TITLED_NAME = regrouped(r"(?<![\w.])((?i:dr|drg|drh|dra|drs|apt|ir|prof|hj|h|kh|bd))\.\s?"
                        r"([A-Z][a-z'][\w'-]*(?:\s+[A-Z][a-z'][\w'-]*){0,2})")
_DAYS = (r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
         r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_DAY_RANGE = regrouped(rf"(?i)\b{_DAYS}\s*[-–]\s*{_DAYS}\b")
# Makers of the cars, vans and motorbikes a rental or a shuttle runs: a run opening with one is a vehicle.
VEHICLE_MAKERS = frozenset("""
toyota honda daihatsu suzuki mitsubishi isuzu nissan hyundai wuling kia mazda mercedes mercedes-benz bmw hino
yamaha kawasaki vespa piaggio chevrolet ford dfsk chery lexus subaru volkswagen vw audi
""".split())


def keeps_case(word: str) -> bool:
    """Is ``word`` a title with its full stop ("drg.", "apt.")? It keeps the case the owner wrote."""
    return bool(_TITLE_WORD.fullmatch(word))


def is_schedule(name: str) -> bool:
    """Does the candidate hold a range of days ("Praktek Senin-Sabtu", "Open Mon-Sat")? Then it says when."""
    return bool(_DAY_RANGE.search(name))


# A range of months is a season ("Des-Feb", "Apr–Nov"), when something is open, never who.
_MONTH_RANGE = regrouped(rf"(?i){_MONTH}\.?\s*[-–]\s*{_MONTH}\.?")
# A year as a heading writes it: "2026", the Chinese year "2578".
_YEAR = regrouped(r"\d{4}")


def is_season(name: str) -> bool:
    """Is the candidate only a span of months ("Des-Feb") or a year ("2578")? Then it says when, not who."""
    bare = name.strip(" .,")
    return bool(_MONTH_RANGE.fullmatch(bare) or _YEAR.fullmatch(bare))


def is_vehicle(name: str) -> bool:
    """Does the candidate open with a vehicle maker ("Toyota Innova Reborn", "Honda Vario")?"""
    first = name.split()[0].lower() if name.split() else ""
    return first in VEHICLE_MAKERS




# Words that close the name of a place, not of a business: "Hello from Kei Islands", "Salam dari Pulau Seribu".
LAND_WORDS = frozenset("islands island isles archipelago valley highlands coast city town village regency province "
                       "kepulauan pulau kota kabupaten desa kampung lembah pesisir".split())


def land_named(name: str) -> bool:
    """Does the name open or close with a word for a piece of land ("Flores Island", "Pulau Seribu")?"""
    words = name.lower().split()
    return bool(words) and (words[-1] in LAND_WORDS or words[0] in LAND_WORDS)


# A first sentence that is only a list of three or more short items: "Scaling, whitening, braces, veneers. …"
_LISTED_OPENING = regrouped(r"\s*[\w'-]+(?:\s+[\w'-]+){0,2}(?:\s*,\s*(?:(?:and|dan|&|serta)\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}){2,}"
                            r"\s*[.!]\s+(?=\w)")


def after_listed_opening(lower: str) -> int | None:
    """Where the brief goes on after an opening sentence that only lists its services ("scaling, whitening, braces,
    veneers. dental clinic kuta …" → the index of "dental"), or None. What the business is is said there."""
    m = _LISTED_OPENING.match(lower)
    return m.end() if m else None


def services_first(lower: str) -> bool:
    """Does the brief open with a sentence that only lists services, then say what the business is ("scaling,
    whitening, braces, veneers. dental clinic kuta …")? Then the first item is no name. A name before a list
    of goods ("dapur bu sri, nasi kuning, lontong, soto. pesan via wa") is followed by no business head."""
    lead = after_listed_opening(lower)
    if lead is None:
        return False
    said = said_head(lower[lead:], STOP, LOC_NOUNS)
    return said is not None and said[0] == 0


# A capitalised word and a slash either side of a run: names set side by side as alternatives ("Power BI / Looker
# Studio", "Shopee/Tokopedia/Lazada"), the tools or channels a business uses or sells on.
_SLASH_BEFORE = regrouped(r"[A-Z][\w.+-]*\s?/\s?$")
_SLASH_AFTER = regrouped(r"\s?/\s?[A-Z]")


def side_by_side(text: str, s: int, e: int) -> bool:
    """Is the run text[s:e] one of capitalised names set side by side with a slash ("Power BI / Looker Studio")?"""
    return bool(_SLASH_BEFORE.search(text, max(0, s - 30), s) or _SLASH_AFTER.match(text, e))
