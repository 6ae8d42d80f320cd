"""A brief in Title Case Everywhere ("Bakso Pak Min Solo, Bakso Urat & Tetelan"), read for a name the owner set off:
the clause words it capitalised too are read as the words they are (brand.extract_brand; first defined there).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# A name's end the brief marks by punctuation or by a word the owner left in lower case, not by capitals: a comma, a
# stop, a colon, a dash, a bracket, "bersama" (a Title-Cased brief that is one run to its end, "Sewa Mobil Berkah
# Trans Jogja Dengan Supir", sets nothing off).
PART_ENDS = regrouped(r"\s*(?:[,.;:!?(/|]|[-—–]|$)|\s+[a-z]")
# Words that join a brief's clauses, not its names: prepositions, conjunctions, the verbs of what a business does.
_CLAUSE_WORDS = ("di dan yang yg untuk utk dengan dgn adalah merupakan sejak buka jual menjual jualan berjualan melayani "
                 "menerima menyediakan menawarkan dari ke via lewat melalui atau tapi juga bisa ada mulai tersedia "
                 "karena hanya cuma sedia terima "
                 "in at with is are since for from and or sells serves offers provides near open").split()
CAPPED_CLAUSE_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(w.capitalize() for w in _CLAUSE_WORDS) + r")(?![\w'])")
# The strongest reading that a Title-Cased brief may take from its capitals: a name the owner marked ("Nama Usaha
# Bakso Pak Min, …"), quoted, or opening the brief (5); a run of capitals elsewhere is any of its parts.
TITLED_READING = 5
