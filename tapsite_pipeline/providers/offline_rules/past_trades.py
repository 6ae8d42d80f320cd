"""What the owner used to run: a business closed or left before this one ("dulu sy jualan pulsa tp udh tutup, skrg
jualan mie", "saya dulu punya rental mobil tapi sepi, akhirnya buka kursus nyetir", "I used to run a laundry, now I
bake"). The old business is neither an offering nor what the business is: the offering rules read no card there and
the type rules read no trade there (see not_offered).

Two things must both be said: a word of the past before a verb of running or selling ("dulu … jualan", "used to
run"), and, in the same sentence or the next, that it ended or gave way ("udah tutup", "tapi sepi", "sekarang",
"now"). "Sejak dulu kami jualan kue" (since long ago, still) and "dulu" alone say no such thing. "Used to" is past
by itself in English and needs no second word.
"""

from __future__ import annotations

from functools import lru_cache

from tapsite_pipeline.fastre import fast, regrouped

_SUBJECT = r"(?:(?:sy|saya|aku|aq|gue|gua|gw|kami|kita|i|we|my|our|dia|beliau)\s+)"
_AUX = r"(?:(?:pernah|sempat|sempet|juga|jg|also|once|did)\s+)"
# The word of the past, then who and how (in either order), then the verb of running or selling: what follows it is
# the old business.
_FORMER = fast(
    rf"(?<!\bsejak\s)(?<!\bsjk\s)(?<!\bdari\s)(?<!\bdr\s)(?<!\bkayak\s)(?<!\bkaya\s)(?<!\bseperti\s)"
    rf"\b(?:dulu(?:nya)?|dahulu|sebelumnya|(?P<used>used\s+to)|formerly|previously)\s+{_SUBJECT}?{_AUX}?"
    r"(?:jualan|berjualan|jual|punya|pny|pnya|buka|bka|usaha|bisnis|ngelola|mengelola|run|ran|own|owned|had|have|sell|"
    r"sold|operate|operated|manage|managed)\s+"
    rf"|\b{_SUBJECT}(?:dulu(?:nya)?|dahulu|sebelumnya|(?P<used2>used\s+to)|formerly|previously|once)\s+{_AUX}?"
    r"(?:jualan|berjualan|jual|punya|pny|pnya|buka|bka|usaha|bisnis|ngelola|mengelola|run|ran|owned|had|have|sell|sold|"
    r"operate|operated|manage|managed)\s+"
    # what a place once was ("Formerly a rattan warehouse, the hall …"): past by itself, like "used to"
    r"|\b(?P<was>formerly|previously)\s+(?:a|an)\s+(?=[a-z])")
# Where the old business's words end: a mark, or a word of contrast or of what came next.
_END = regrouped(r"[,.;:!?\n()]|\s(?:tp|tapi|tetapi|namun|but|terus|trus|lalu|then|until|sampai|sampe|sebelum|before|"
                 r"skrg|sekarang|now|kini|akhirnya|udah|udh|sdh|sudah)\b")
# That it ended or gave way to this one: closed, quiet, stopped, or what is done now.
# ("sampai sekarang", "until now": it goes on)
_GAVE_WAY = regrouped(r"(?<!sampai\s)(?<!sampe\s)(?<!hingga\s)(?<!until\s)(?<!till\s)(?<!to\s)\b(?:tutup|ditutup|berhenti|stop|bangkrut|gulung\s+tikar|sepi|rugi|pindah|beralih|ganti|"
                      r"skrg|sekarang|kini|akhirnya|now|these\s+days|nowadays|closed|shut|quit|stopped|switched|"
                      r"instead|gave\s+(?:it\s+)?up)\b")
_SENTENCE_END = regrouped(r"[.!?\n]")


@lru_cache(maxsize=64)  # the type rules and the offering rules read the same brief
def former_businesses(lower: str) -> tuple[tuple[int, int], ...]:
    """The spans of the businesses the owner says they used to run (see above)."""
    if "dulu" not in lower and "dahulu" not in lower and "sebelumnya" not in lower and "used to" not in lower \
            and "formerly" not in lower and "previously" not in lower and "once" not in lower:
        return ()
    spans = []
    for m in _FORMER.finditer(lower):
        end = _END.search(lower, m.end())
        stop = end.start() if end else len(lower)
        if stop <= m.end():
            continue
        first = _SENTENCE_END.search(lower, stop)
        second = _SENTENCE_END.search(lower, first.end()) if first else None
        reach = second.start() if second else len(lower)
        if m.group("used") or m.group("used2") or m.group("was") or _GAVE_WAY.search(lower, stop, reach):
            spans.append((m.start(), stop))
    return tuple(spans)
