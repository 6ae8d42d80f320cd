"""The owner says they make the goods themselves: a verb of making right after who makes them ("Bu Siti yg bikin
kerajinan manik", "kami menjahit sendiri", "we knit every doll", "dirajut tangan"). Goods the owner makes are their
work (creative), not stock a shop sells (retail): classify.py weighs the goods' retail keywords down more than for a
bare "handmade" (which a reseller writes too).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import fast

# Who, then the verb of making ("yg bikin", "kami membuat", "i sew"), or the goods made by hand ("dirajut tangan",
# "dijahit sendiri", "hand-knitted by me"). "buat" is left out: it is "for" as often as "make".
_OWN_MAKING = fast(
    r"\b(?:yg|yang|kami|saya|sy|aku|gw|gue|we|i)\s+(?:sendiri\s+|juga\s+|jg\s+|also\s+)?(?:bikin|membuat|menjahit|"
    r"merajut|menganyam|menenun|mengukir|melukis|jahit|rajut|anyam|tenun|ukir|make|sew|knit|crochet|weave|carve|"
    r"hand-?make|handcraft)\b"
    r"|\bdi(?:rajut|anyam|jahit|tenun|ukir|lukis|buat|bikin)\s+(?:tangan|sendiri|manual)\b"
    r"|\b(?:hand-?(?:knitted|sewn|woven|carved|painted|made|crafted))\s+by\s+(?:me|us|myself|ourselves|the\s+owner)\b")
OWN_WORK_WEIGHT = 0.4  # a retail keyword of goods the owner says they make (a bare "handmade": 0.6)


def makes_own(lower: str) -> bool:
    """Does the brief say the owner (or the person the page is for) makes the goods?"""
    return bool(_OWN_MAKING.search(lower))
