"""A customer's problem said as a clause, read as if it named goods: "If your office printer, Wi-Fi or laptops keep
breaking, …" leaves "laptops keep breaking"; "AC sering bocor? panggil kami" leaves "ac sering bocor". A verb of
going on ("keep breaking", "kept crashing", "stopped working") or a word of how often a fault comes back ("sering
mogok", "selalu error") makes the phrase the trouble the business fixes, a clause and never a card's name
(``problem_clause``, asked by name_shape.name_shaped). The service that fixes it ("servis AC bocor", "laptop repair")
names no recurrence and stays."""

from __future__ import annotations

# English verbs of going on or stopping, then a gerund: "keep breaking", "kept freezing", "stopped working"
_GOING_ON = frozenset("keep keeps kept keeping stop stops stopped start starts started".split())
# Indonesian words of how often a fault recurs, then the fault: "sering mogok", "selalu error", "suka nge-hang"
_OFTEN = frozenset("sering sring srg selalu slalu suka sllu terus trus mulu melulu".split())
_FAULTS = frozenset("""rusak mogok error eror mati macet bocor hang nge-hang ngehang lemot panas overheat berisik bunyi
ngadat putus lepas pecah retak bau""".split())


def problem_clause(words: list[str]) -> bool:
    """Do the phrase's words (lower case) say a recurring fault rather than name a thing?"""
    for k in range(1, len(words)):
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in _GOING_ON and nxt.endswith("ing") and len(nxt) > 4:
            return True
        if w in _OFTEN and nxt in _FAULTS:
            return True
    return False
