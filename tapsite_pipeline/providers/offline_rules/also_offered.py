"""An offering the owner adds on purpose: "Kami juga memasang alarm maling dan video doorbell.", "Terima cetak warta
jemaat jua.", "toko kami jg jual gitar, biola & senar", "We also rent out sound system & tents", "tersedia juga tali
pancing dan umpan", "terima juga pesanan tumpeng".

"Also" with an offer verb (before or after it), or an offer verb opening a sentence that closes on "juga"/"too", says
that what the verb takes is sold besides the rest: the phrase is an offering however rarely its words were seen (the
learned candidate filter keeps it, learned_models.keep_offerings).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.phrase_find import phrase_spans

# Verbs that say what is sold or done for the customer, the plain and the prefixed forms.
_OFFER_VERB = (r"(?:jual|menjual|jualan|terima|menerima|nerima|melayani|layani|sedia|menyediakan|sediakan|tersedia|pasang|"
               r"memasang|bikin|membuat|buat|ada|rent(?:\s+out)?|rents|sell|sells|offer|offers|do|does|make|makes|"
               r"provide|provides|teach|teaches|run|runs|stock|stocks|carry|carries)")
# "… juga memasang alarm maling dan [video doorbell]", "terima juga [undangan tampil]", "tersedia jg [senar], [kabel]":
# "also" and the verb, in either order, before the phrase in its sentence
_ALSO_BEFORE = regrouped(r"\b(?:(?:juga|jg|jua|also|pun)\s+" + _OFFER_VERB + r"|" + _OFFER_VERB
                         + r"\s+(?:juga|jg|jua))\b[^.!?;\n]*\Z")
# "[Terima] cetak warta jemaat [jua].": the verb opens the sentence, "also" closes it
_VERB_OPENS = regrouped(r"\s*(?:(?:kami|saya|sy|we|i)\s+)?" + _OFFER_VERB + r"\b")
_ALSO_CLOSES = regrouped(r"[^.!?;\n]*?\b(?:juga|jg|jua|too|as\s+well)\s*(?:[.!?;\n]|\Z)")
_SENTENCE_END = re.compile(r"[.!?;\n]")


def also_offered(item: str, lower: str) -> bool:
    """Is a mention of the phrase the object of an offer verb the owner marks as one more ("juga", "also")?"""
    if item not in lower:
        return False
    for at, to in phrase_spans(item, lower):
        start = max((e.end() for e in _SENTENCE_END.finditer(lower, 0, at)), default=0)
        before = lower[start:at]
        if _ALSO_BEFORE.search(before) or _VERB_OPENS.match(before) and _ALSO_CLOSES.match(lower, to):
            return True
    return False


# A service the owner adds said as its verb and object: "Kami juga menerjemahkan dokumen ke bahasa Inggris", "jg
# mencetak stiker", "juga merakit PC gaming". Unlike an offer verb ("juga menjual kit konversi": the goods are the
# card), such a verb is the work itself, so the card keeps it ("menerjemahkan dokumen"). The verb must be an active
# meN- verb whose stem names a trade of the lexicon ("terjemah" of "terjemahan", "cetak", "rakit"), so "juga menjamin
# kualitas" or "juga mengutamakan kebersihan" say nothing sold.
_DONE_AFTER_ALSO = regrouped(r"\b(?:juga|jg|jua)\s+(me(?:m|n|ng|ny)?[a-z]{3,})\s+((?:[a-z][\w'-]*)(?:\s+[a-z][\w'-]*){0,3})")
# the offer verbs (their goods are read as the list after them) and verbs of delivery, help or promise
_OFFER_WORD = regrouped(_OFFER_VERB + r"|me(?:layani|nyediakan|nawarkan|njual|masang|mbuat|nerima|ngajar|ngajarkan)")
_NOT_SOLD_STEMS = frozenset("kirim antar bantu beri terima jual layan sedia pasang buat bikin ajar jamin".split())
_SUFFIX = regrouped(r"(?:kan|i)$")


def _stems(verb: str) -> list[str]:
    """The roots an Indonesian meN- verb may have: "menerjemahkan" → "erjemah", "terjemah"; "mencetak" → "cetak"."""
    bare = _SUFFIX.sub("", verb) if len(verb) > 7 else verb
    out = []
    for prefix, dropped in (("memper", "per"), ("meny", "s"), ("meng", "k"), ("meng", ""), ("mem", "p"), ("mem", ""),
                            ("men", "t"), ("men", ""), ("me", "")):
        if bare.startswith(prefix):
            out.append(dropped + bare[len(prefix):])
    return [s for s in out if len(s) >= 4]


def _trade_stem(verb: str) -> bool:
    words = _lexicon_words()
    return any(stem not in _NOT_SOLD_STEMS and any(w.startswith(stem) for w in words.get(stem[:4], ()))
               for stem in _stems(verb))


@lru_cache(maxsize=1)
def _lexicon_words() -> dict[str, list[str]]:
    """The words of the business lexicon's phrases, by their first four letters."""
    from .lexicon import KEYWORDS
    index: dict[str, list[str]] = {}
    for key in KEYWORDS:
        for w in key.split():
            if len(w) >= 4:
                index.setdefault(w[:4], []).append(w)
    return index


def also_done(lower: str, stop: frozenset[str]) -> list[str]:
    """The services the owner adds as a verb and its object after "juga" (see _DONE_AFTER_ALSO): "menerjemahkan
    dokumen". The object ends at a clause word of `stop` (offer_words.ITEM_STOP: "ke", "untuk", "dengan") or a mark."""
    out = []
    for m in _DONE_AFTER_ALSO.finditer(lower):
        verb = m.group(1)
        obj = []
        for w in m.group(2).split():
            if w in stop or w in ("dan", "and", "serta", "atau", "or"):
                break
            obj.append(w)
        if obj and not _OFFER_WORD.fullmatch(verb) and _trade_stem(verb):
            out.append(f"{verb} {' '.join(obj)}")
    return out

