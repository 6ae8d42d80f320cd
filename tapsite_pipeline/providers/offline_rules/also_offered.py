"""An offering the owner adds on purpose: "Kami juga memasang alarm maling dan video doorbell.", "Terima cetak warta
jemaat jua.", "toko kami jg jual gitar, biola & senar", "We also rent out sound system & tents".

"Also" with an offer verb, or an offer verb opening a sentence that closes on "juga"/"too", says that what the verb
takes is sold besides the rest: the phrase is an offering however rarely its words were seen (the learned candidate
filter keeps it, learned_models.keep_offerings).
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# Verbs that say what is sold or done for the customer, the plain and the prefixed forms.
_OFFER_VERB = (r"(?:jual|menjual|jualan|terima|menerima|nerima|melayani|layani|sedia|menyediakan|sediakan|pasang|"
               r"memasang|bikin|membuat|buat|ada|rent(?:\s+out)?|rents|sell|sells|offer|offers|do|does|make|makes|"
               r"provide|provides|teach|teaches|run|runs|stock|stocks|carry|carries)")
# "… juga memasang alarm maling dan [video doorbell]": "also" and the verb before the phrase, in its sentence
_ALSO_BEFORE = regrouped(r"\b(?:juga|jg|jua|also|pun)\s+" + _OFFER_VERB + r"\b[^.!?;\n]*\Z")
# "[Terima] cetak warta jemaat [jua].": the verb opens the sentence, "also" closes it
_VERB_OPENS = regrouped(r"\s*(?:(?:kami|saya|sy|we|i)\s+)?" + _OFFER_VERB + r"\b")
_ALSO_CLOSES = regrouped(r"[^.!?;\n]*?\b(?:juga|jg|jua|too|as\s+well)\s*(?:[.!?;\n]|\Z)")
_SENTENCE_END = re.compile(r"[.!?;\n]")


def also_offered(item: str, lower: str) -> bool:
    """Is a mention of the phrase the object of an offer verb the owner marks as one more ("juga", "also")?"""
    if item not in lower:
        return False
    for m in re.finditer(r"(?<![\w-])" + re.escape(item) + r"(?![\w-])", lower):
        start = max((e.end() for e in _SENTENCE_END.finditer(lower, 0, m.start())), default=0)
        before = lower[start:m.start()]
        if _ALSO_BEFORE.search(before) or _VERB_OPENS.match(before) and _ALSO_CLOSES.match(lower, m.end()):
            return True
    return False
