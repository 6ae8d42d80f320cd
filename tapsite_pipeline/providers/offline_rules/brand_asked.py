"""A question is never a name: words the brief asks its reader ("usaha kakak blm muncul di google maps?", "Kenapa
harus repot cuci sendiri", "Do you need a plumber in Ubud?") are a hook, not the business.

A sentence is asked when it ends in a question mark, when it opens with a question word ("kenapa", "gimana", "kok",
"why", "how"), or when it opens with an auxiliary and the person asked ("can you", "are you", "bisakah anda"). A name
the owner marks ("namanya …", quoted, "kami …") is read whatever the sentence; only names guessed from the brief's
shape (capitals, a lower-case opening) give way. A question put to whoever builds the page ("can you make us a
website?") asks the reader nothing.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# Where a sentence ends: a stop, a cry or a question mark before a space or the end ("3.5", "Co.id" end nothing), or a
# new line.
_SENTENCE_END = regrouped(r"[.!?]+(?=\s|$)|\n")
# The question words that open only a question ("Kenapa …", "Gimana kalau …", "Why wait …"); "apa pun", "apapun",
# "apa saja" open a statement ("apa pun acaranya, kami siap").
_ASKING = regrouped(r"(?i)(?:apakah|apa(?!\s*(?:pun|saja|aja|lagi)\b)|kenapa|knp|mengapa|gimana|gmn|bagaimana|bgmn|kok|"
                    r"siapa|berapa|brp|how|why)\b")
# An auxiliary, then whom it asks: "Can you …", "Are you looking for …", "Bisakah anda …", "Mau kakak …".
_ASKING_PERSON = regrouped(r"(?i)(?:can|could|do|does|did|are|is|will|would|should|have|bisakah|bolehkah|maukah|pernahkah|"
                           r"sudahkah|udahkah)\s+(?:you|u|ya|your|anda|kamu|kakak|kak|kalian|bunda|moms?)\b")
# A question the owner puts to whoever builds the page ("Kopi Senja Bali - can you make us a landing page?", "bisa
# bikinin web ga?") asks nothing of the reader: the name in it is the owner's. (A hook asks about the reader's site:
# "usaha kakak belum punya website?")
_SITE_ASKED = regrouped(r"(?i)\b(?:bikinin|buatin|dibikinin|dibuatin|buatkan|bikinkan|tolong|"
                        r"(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:make|build|create|design|set\s+up)|"
                        r"(?:make|build|create|design)\s+(?:us|me)\b)")
# What may stand before a sentence's first word: spaces, bullets, emoji, quotes.
_LEAD = regrouped(r"[^\w]*")


def _sentence(text: str, s: int, e: int) -> tuple[int, int, str]:
    """The sentence around text[s:e]: its start, its end, and the mark that ends it ("" at the end of the brief)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, s):
        start = m.end()
    end = _SENTENCE_END.search(text, e)
    if end is None:
        return start, len(text), ""
    return start, end.start(), "?" if "?" in end.group(0) else end.group(0).strip()


def asked(text: str, s: int, e: int) -> bool:
    """Does text[s:e] sit in a sentence that asks the reader something?"""
    start, end, mark = _sentence(text, s, e)
    if _SITE_ASKED.search(text, start, end):
        return False
    if mark == "?":
        return True
    first = _LEAD.match(text, start)
    at = first.end() if first else start
    return at <= s and bool(_ASKING.match(text, at) or _ASKING_PERSON.match(text, at))
