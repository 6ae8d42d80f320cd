"""How a dish or a good is made, said after its name: "cakalang fufu the home way", "rendang ala rumahan",
"soto homemade style", "pindang gaya nenek". The phrase says the manner (often noted on the page), it is no part of
the offering's name: the card is "cakalang fufu", "rendang", "soto". Only the homely makers are read so ("the home
way", "ala rumahan", "gaya nenek"): "ayam korean style" or "batik gaya Solo" name a kind of the goods and stay.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

_MAKER = r"(?:home|homemade|home[\s-]made|grandma'?s|granny'?s|mom'?s|mum'?s|mother'?s)"
_RUMAH = r"(?:rumahan|rumah|emak|mamak|mama|ibu|nenek|bunda|simbah|mbah)"
_MANNER = regrouped(
    rf"\s+(?:(?:(?:done|made|cooked)\s+)?(?:the|in\s+the|in\s+a)\s+)?{_MAKER}\s+(?:way|style|fashion)$"
    rf"|\s+(?:ala|gaya|cara|resep|style)\s+{_RUMAH}$"
    r"|\s+(?:rumahan|homemade|home[\s-]made)\s+style$")


def manner_dropped(phrase: str) -> str:
    """The phrase without a homely manner phrase after its name ("cakalang fufu the home way" → "cakalang fufu");
    the phrase as it is when it holds none, or is nothing else."""
    m = _MANNER.search(phrase.lower()) if " " in phrase else None
    return phrase[:m.start()].rstrip(" ,") if m and m.start() else phrase
