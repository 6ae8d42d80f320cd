"""The work a service does, said as a verb after "jasa"/"layanan" ("jasa cuci & repaint sepatu", "layanan servis
kipas dan setrika"): the owner does that work on the goods named after it, so the business is the service, and the
goods are only what it works on (classify.py reads them as the object of a service verb). The lexicon names such
services where verb and goods make one phrase ("cuci sofa", "servis ac"); this reads them when they do not (two verbs
share the goods, or the goods are not a phrase of the lexicon).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# A verb of work done on goods, right after the service word, and the kind of service it names (a niche's keyword).
_DONE = regrouped(r"\s+(?:(?P<clean>cuci|mencuci|pencucian|bersihin|membersihkan|pembersihan|repaint|unyellowing|"
                  r"recolor|recolour)|(?P<fix>servis|service|perbaikan|memperbaiki|benerin|reparasi|repair|"
                  r"restorasi|restore)|(?P<sew>jahit|menjahit|permak|vermak|obras))\b")
# The keyword each kind is read as (its niche in niche.KEYWORD_NICHE).
DONE_KEYS = {"clean": "jasa cuci", "fix": "jasa perbaikan", "sew": "jasa jahit"}
DONE_NAMES = frozenset(DONE_KEYS.values())
# "jasa" + a verb of work says outright that the business does that work (a trade after "jasa" weighs at least 3)
DONE_WEIGHT = 4.0


def service_done(lower: str, end: int) -> tuple[int, str] | None:
    """After a service word ending at `end`: where the verb of work it names ends, and the keyword of its kind
    ("jasa cuci"), or None when no such verb follows."""
    m = _DONE.match(lower, end)
    if m is None:
        return None
    return m.end(), DONE_KEYS[str(m.lastgroup)]
