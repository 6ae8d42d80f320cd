"""What the business does not do or take, in the owner's words (read before the offers, deliveries and pickups)."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

# What the business does not do or take, in the owner's words: "gak terima COD", "ga bisa recovery hp iphone",
# "we do not accept returns on personalised items", "no accounting/tax advice", "not doing physics". A buyer
# looks for it as for any other fact, and it is never an offering nor a promise (a "no delivery" is no delivery
# fact), so it is read before the offers, deliveries and pickups.
_NEG_ID = r"(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|kagak|ndak|mboten|belum|blm)"
_NEG_VERB_ID = (r"(?:bisa|bs|menerima|terima|nerima|nrima|nampi|melayani|layani|ngelayanin|jual|menjual|jualan|ada|"
                r"antar|kirim|ngirim|pakai|pake|sedia|menyediakan|buka|handle|ambil|mengambil|ngambil|garap|menggarap|"
                r"ngerjain|mengerjakan|bikin|membuat|ngajar|mengajar|membuka)")
_NEG_EN = (r"(?:do\s+not|don't|dont|does\s+not|doesn't|cannot|can't|cant|won't|will\s+not|are\s+not|aren't|am\s+not|"
           r"not)")
_NEG_VERB_EN = (r"(?:accept|accepting|take|taking|do|doing|offer|offering|handle|handling|provide|providing|sell|selling|"
                r"ship|shipping|deliver|delivering|repair|repairing|fix|fixing|cover|covering|teach|teaching|"
                r"include|including|work\s+on|make|making|print|printing)")
# After "no": a word that makes it "nomor" ("no hp 0812…", "no. 5") or a phrase of talk ("no worries").
_NO_NOT = (r"(?:hp|wa|telp|tlp|telepon|tel|rek|rekening|rumah|kontak|ktp|whatsapp|handphone|ponsel|urut|antrian|"
           r"worries|worry|problem|problems|need|pressure|stress|hassle|longer|more|matter|doubt|one|wonder)\b")
_NOT_DONE = fast(
    rf"\b(?:{_NEG_ID}\s+(?:{_NEG_VERB_ID}\s+){{1,2}}|(?:(?:we|i)\s+)?{_NEG_EN}\s+{_NEG_VERB_EN}\s+|"
    rf"no\s+(?![\d.]|{_NO_NOT}))"
    rf"(?:(?!(?:pls|please|ya|yaa|yah|kak|dong|nah|gitu|gituu|sih|deh|lho|loh|ok|oke|thx|thanks|sorry|maaf|but|tapi|tp|karena|krn|because|so|jadi|"
    rf"and\s+(?:we|i)|dan\s+(?:kami|saya))\b)[\w/&'+-]+\s*){{1,7}}"
    # a verb that is the whole of what is not done, at the end of its clause: "we don't deliver, come and eat here"
    rf"|\b(?:(?:we|i)\s+)?{_NEG_EN}\s+(?:deliver|ship|do\s+delivery|do\s+deliveries)(?=\s*(?:[,.;:!?)]|$))"
    rf"|\b{_NEG_ID}\s+(?:bisa\s+|bs\s+|ada\s+|melayani\s+)?(?:antar|kirim|delivery|diantar|dikirim)(?=\s*(?:[,.;:!?)]|$))",
    re.I)


_NOT_DONE_LEAD = regrouped(rf"(?i)^(?:{_NEG_ID}\s+(?:{_NEG_VERB_ID}\s+){{1,2}}|(?:(?:we|i)\s+)?{_NEG_EN}\s+{_NEG_VERB_EN}\s+)")

# The rest of a list of what is not done, after a comma: "tidak mengajar gitar, drum atau vokal", "we don't repair
# tablets, printers or cameras". Each further item is one to three words that open with no negation, no joining word
# and nobody who speaks; the list closes with a joining word before its last item, at the end of its clause. (The
# statement after it, "…, dan tidak membuka kelas online", is a not-done of its own.)
_JOIN = r"(?:atau|dan|serta|maupun|or|and|nor|&)"
# (never a word that says what is done instead: "gak terima COD, transfer atau cash saja")
_ITEM_WORD = r"(?!(?:saja|aja|sja|only|doang|ya|yaa|kak|ok|oke|bisa|bs|boleh|juga|jg|too|instead)\b)[^\W\d_][\w'/+-]*"
_ITEM = (rf"(?!(?:{_NEG_ID}|{_JOIN}|no|not|kami|saya|sy|aku|gw|we|i|but|tapi|tp|karena|krn|because|jadi|so|"
         rf"pls|please|ya|kak|sorry|maaf)\b){_ITEM_WORD}(?:\s+(?!{_JOIN}\b){_ITEM_WORD}){{0,2}}")
_DENIED_MORE = fast(rf",\s*(?:{_ITEM}\s*,\s*)*{_ITEM}\s*,?\s+{_JOIN}\s+{_ITEM}(?=\s*(?:[,.;:!?)]|$))", re.I)


def not_done_end(lower: str, start: int, end: int) -> int:
    """Where a statement of what is not done that _NOT_DONE read from `start` to `end` ends, with the rest of its list
    when it goes on after a comma ("tidak mengajar gitar" + ", drum atau vokal"): the whole list is one line, and
    no item of it is left to be glued to the next statement. Only a negated verb opens such a list ("no delivery,
    pickup and dine-in only" is two statements)."""
    if not _NOT_DONE_LEAD.match(lower[start:end]) or (more := _DENIED_MORE.match(lower, end)) is None:
        return end
    return more.end()
