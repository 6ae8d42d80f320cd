"""Rentals said without an offer verb: "X rental", "X hire", "sewa X", "rent (out) a X" name what the business hires
out ("surfboard rental and airport pickup on request"). offerings.py adds those no other offering names yet.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .item_bounds import until_stop

# A rental said as "X rental", "X hire", "sewa X" or "rent (out) a X": an offering wherever it stands, offer verb
# or not ("surfboard rental and airport pickup on request"); a free one is a perk.
_RENTAL_NOUN = regrouped(r"\b(?:rental|rentals|hire)\b")
_RENTAL_VERB = regrouped(r"\b(?:sewa|rent(?:ing)?(?:\s+out)?)\s+(?:(?:an?|the|our)\s+)?(?=[a-z])")
_RENTAL_STOP = frozenset("and dan or atau also juga the a an our we i do offer offers for with available bisa ada "
                         "on by from per is are nama namanya name named called usaha".split())
_FREE = regrouped(r"\b(?:free|gratis|gratisan|included|incl|termasuk)\b")
_NAME_CUE = regrouped(r"\b(?:nama|namanya|name|named|called|brand)\b")
_SENTENCE_BREAK = regrouped(r"[!?\n\x00]|\.(?:\s|$)")
_FREE_NEXT = regrouped(r"\s+(?:gratis|free|gratisan)\b")
_RENTAL_BREAK = regrouped(r"[,;:!?()\n\x00&+/]|\.(?:\s|$)|\s[-—–]+\s")


def rentals_named(text: str) -> list[str]:
    """The rentals the (masked) text names, in its order."""
    found: list[tuple[int, str]] = []
    for m in _RENTAL_NOUN.finditer(text):
        brk = [b.end() for b in _RENTAL_BREAK.finditer(text, max(0, m.start() - 40), m.start())]
        before = text[brk[-1] if brk else max(0, m.start() - 40):m.start()]
        words = before.split()[-2:]
        if _FREE.search(" ".join(words)) or _FREE_NEXT.match(text, m.end()):  # "free bicycle rental": a perk
            continue
        cue = _NAME_CUE.search(text, max(0, m.start() - 30), m.start())  # "nama usaha: Gamezone Rental": the name
        if cue and not _SENTENCE_BREAK.search(text, cue.end(), m.start()):
            continue
        while words and (words[0] in _RENTAL_STOP or not words[0].isalpha()):
            words = words[1:]
        if words and words[-1] not in _RENTAL_STOP:
            found.append((m.start(), " ".join([*words, m.group(0)])))
    for m in _RENTAL_VERB.finditer(text):
        end = _RENTAL_BREAK.search(text, m.end())
        words = until_stop(text[m.end():end.start() if end else len(text)]).split()
        cut = next((k for k, w in enumerate(words) if w in _RENTAL_STOP), len(words))
        perk = _FREE.search(text, max(0, m.start() - 8), m.start()) or _FREE.search(" ".join(words[:cut + 1]))
        if 0 < cut <= 3 and not perk:
            goods = " ".join(words[:cut])
            found.append((m.start(), f"sewa {goods}" if m.group(0).startswith("sewa") else goods))
    return [item for _, item in sorted(found)]
