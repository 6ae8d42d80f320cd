"""How the business is run and what its goods are made with or without, said as a label: "usaha rumahan",
"family run", "Halal, no pork", "homemade, tanpa pengawet", "sugar free". Read by the fact reader (facts.py).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

# How the business is run and what its food is, said as a label of its own: "usaha rumahan", "family run",
# "Halal, no pork", "homemade, tanpa pengawet". A buyer looks for it; it is never an offering ("No Pork").
_WITHOUT_WHAT = (r"(?:gluten|sugar|dairy|lactose|nut|egg|soy|palm[\s-]?oil|msg|pork|lard|preservative|alcohol|cruelty|"
                 r"paraben|sulfate|sls|bpa|fragrance|caffeine|chemical|pesticide|cholesterol|fat|oil|wheat|grain)")
_WITHOUT_APA = (r"(?:gula(?:\s+pasir|\s+tambahan)?|gluten|susu|laktosa|telur|kacang|pewarna(?:\s+buatan)?|perasa(?:\s+buatan)?|"
                r"penyedap(?:\s+rasa)?|minyak\s+sawit|sawit|bahan\s+kimia|kimia|paraben|alkohol|pestisida|kolesterol|"
                r"pemutih|santan|terigu|tepung\s+terigu|pengawet|babi|msg|micin|pemanis\s+buatan|minyak\s+babi)\b")
_FREE_OF = (rf"(?:(?:all|100\s*%)\s+)?{_WITHOUT_WHAT}[\s-]free|"
            rf"(?:tanpa|bebas|tidak\s+pakai|ga\s+pake|gak\s+pake|no)\s+(?:bahan\s+)?{_WITHOUT_APA}|"
            r"no\s+(?:added\s+)?(?:sugar|msg|pork|lard|preservatives?|alcohol|palm\s+oil|gluten|dairy|artificial\s+"
            r"(?:colou?rs?|flavou?rs?|sweeteners?))\b(?:\s+added\b)?")
# said of the goods right after them ("roti gandum sugar free"), it is kept from their name: the note says it
_FREE_OF_ONLY = fast(rf"(?:{_FREE_OF})(?:\s*(?:,|&|\+|/|dan|and)\s*(?:{_FREE_OF}))*", re.I)
_NATURE_WORD = (
    r"(?:halal|no\s+(?:pork|lard|msg|preservatives?|alcohol)|non[\s-]?halal|pork[\s-]free|msg[\s-]free|"
    r"preservative[\s-]free|(?:tanpa|bebas|tidak\s+pakai|ga\s+pake|gak\s+pake|no)\s+(?:bahan\s+)?(?:pengawet|babi|msg|"
    r"micin|pemanis\s+buatan|minyak\s+babi)|(?:usaha|industri|produksi|bisnis)\s+rumahan|home\s+industry|"
    r"home[\s-]?made|family[\s-](?:run|owned|business)|usaha\s+keluarga|vegan|vegetarian|"
    # what the goods are made without, a quality of them and never an offer: "sugar free", "all palm-oil free",
    # "bebas gula", "tanpa pewarna", "dairy-free"
    rf"{_FREE_OF})")
_NATURE = fast(rf"\b{_NATURE_WORD}(?:\s*(?:,|&|\+|/|dan|and)\s*{_NATURE_WORD})*\b", re.I)
_OWN_CLAUSE = regrouped(r"^\W*$")
_CLAUSE_END = regrouped(r"\s*(?:[,.;:!?)\n]|$|(?:dan|and|&|serta)\b)")
