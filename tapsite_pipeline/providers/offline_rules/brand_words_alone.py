"""What a brand candidate's own words say, whatever cue stood before them: words that are never a business's name, and
a dotted handle that is one even where a capital says nothing (at a sentence's start).

A request to the page's builder ("toko kami, mohon dirapikan jd web", "usaha saya: tolong bikinin landing page"): the
owner asks for something (builder_requests.py reads the same asks out of the offerings); no one names a business
"Mohon Dirapikan". And a common noun for someone else ("jangan pakai logo brand orang", "merk lain", "brand sendiri"):
whose brand it is, not what it is called.
"""

from __future__ import annotations

import re

# The words a request to the builder opens with: politeness and asking ("mohon", "tolong", "please"), and the verbs
# that ask for the page to be made or tidied ("bikinin", "rapikan", "jadiin").
_ASKING = frozenset("mohon tolong minta please pls plz bikinin buatkan buatin dibuatkan tampilkan tampilin cantumkan "
                    "sertakan rapikan rapiin dirapikan dirapiin jadiin dijadikan jadikan".split())
# A common noun or pronoun that says whose a brand is, read alone as the whole name.
_SOMEONE_ELSE = frozenset({"orang", "orang lain", "lain", "lainnya", "sendiri", "kompetitor", "competitor", "pesaing",
                           "others", "other", "someone else"})


def refused(name: str) -> bool:
    """True when ``name`` is a request to the builder or a word for someone else, never a business's name."""
    folded = name.lower().strip(" .,!?")
    first = folded.split(maxsplit=1)[0] if folded else ""
    return first in _ASKING or folded in _SOMEONE_ELSE


# A dotted handle of two capitalised words, "Tayang.Jogja", "Rumah.Kue": the owner wrote the name as their account
# spells it, with no space after the dot, so it is one name, not the end of a sentence and the start of the next. An
# abbreviation before the dot ("Jl.Merdeka", "Dr.Sari", "Kec.Tanjung") is a street, a title or a district.
_HANDLE = re.compile(r"([A-Z][a-z]{2,})\.[A-Z][a-z]{2,}")
_ABBREVIATIONS = frozenset("jln jal dra drg prof kec kab kel des kota gang blok komp perum".split())


def dotted_handle(name: str) -> bool:
    """True when ``name`` is one dotted handle of two capitalised words ("Tayang.Jogja")."""
    m = _HANDLE.fullmatch(name)
    return m is not None and m.group(1).lower() not in _ABBREVIATIONS
