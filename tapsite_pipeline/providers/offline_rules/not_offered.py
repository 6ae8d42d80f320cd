"""Where nothing is offered: the clauses that say what the business does not do ("gak ada delivery", "no PADI
courses here"), what the customer must bring or be ("syarat KTP asli"), and what the owner sets aside as another
matter ("tapi itu lain cerita"). The offering rules read no card there; the type rules read no trade there.
"""

from __future__ import annotations

from functools import lru_cache

from tapsite_pipeline.fastre import fast, regrouped

from .house_rules import rules_spans
from .message_about import about_the_message
from .other_businesses import businesses_owned
from .past_trades import former_businesses

# What the customer must bring or be ("all pets must be vaccinated (rabies + DHPP)", "syarat KTP asli + KK", "wajib
# DP 30%"): a condition, to the end of its sentence, where nothing is offered. "Must try", "wajib coba" praise.
REQUIRED = fast(r"\b(?:must|wajib|harus|hrs|required|mandatory|syarat(?:nya)?|requirements?|persyaratan)\b"
                     r"(?!\s*[-\s]?(?:try|have|coba|dicoba|dicobain|nyoba|punya|beli|see|visit|mampir)\b)")
REQUIRED_END = regrouped(r"[.!?;\n]")
# What the business does not do or take ("gak ada delivery", "we don't do pub crawls", "ga bisa recovery hp iphone",
# "kagak nerima yg bawa mobil", "no accounting/tax advice"): from the negation to the end of its clause, nothing is
# offered; a negation closing a question ("bisa cuci gorden ga, maaf blm bisa") takes its whole clause. "Not only",
# "gak cuma", "tidak perlu", "no 5" and "ga pake lama" (= quick) deny nothing that is sold.
NEGATION = regrouped(
    r"(?<![\w'-])(?:tidak|tdk|tak|gak|ga|gk|nggak|ngga|nggk|enggak|engga|kagak|kaga|ogah|bukan|belum|blm|blom|mboten|"
    r"ora|not|no|never|dont|don't|doesnt|doesn't|didnt|didn't|wont|won't|cannot|can't|cant|nope)(?![\w'-])"
    r"(?!\s+(?:hanya|cuma|cuman|sekedar|sekadar|semata|only|just|perlu|usah|need|needed|matter|kalah|pake\s+lama|"
    r"pakai\s+lama|problem|problems|worries|worry|masalah|sembarang|kaleng|ribet|repot|hassle)\b)(?!\s*\.?\s*\d)")
NEGATION_END = regrouped(r"[,.;:!?\n()\x00]|\b(?:tapi|tp|tetapi|namun|but|however|though|sedangkan|while)\b")
# Particles that may close a clause after a question's negation ("…, ga ya?").
TAG_PARTICLES = frozenset("ya yaa yah kak ka sis gan nih dong sih nggih ye kah deh ok oke min bos".split())
# After a negation, a word of leave or of being at hand ("Musik tidak diperbolehkan", "smoking not allowed", "Parkir
# tidak tersedia"): the clause's subject, said before it, is what the business rules out.
_NOT_PERMITTED = regrouped(r"\s+(?:di)?(?:perbolehkan|bolehkan|izinkan|ijinkan|perkenankan|boleh|tersedia|"
                           r"available|allowed|permitted|accepted|provided|included|diterima|disediakan)\b")
_CLAUSE_WORD = regrouped(r"[\w']+")


@lru_cache(maxsize=64)  # the type rules and the offering rules read the same brief's clauses
def negated_clauses(lower: str) -> tuple[tuple[int, int], ...]:
    """The spans of the clauses that say what the business does not do (NEGATION to NEGATION_END): nothing in
    them is offered, and no word in them says what the business is ("no PADI courses here, only fun dives")."""
    spans = []
    for m in NEGATION.finditer(lower):
        end = NEGATION_END.search(lower, m.end())
        stop = end.start() if end else len(lower)
        start = m.start()
        if _NOT_PERMITTED.match(lower, m.end()):  # "Musik tidak diperbolehkan …": what is not allowed comes before
            start = max(lower.rfind(c, 0, m.start()) for c in ",.;:!?\n") + 1
        if all(w in TAG_PARTICLES for w in _CLAUSE_WORD.findall(lower, m.end(), stop)):
            before = list(NEGATION_END.finditer(lower, 0, m.start()))  # "bisa cuci gorden ga?": the whole question
            start = before[-1].end() if before else 0
        if _REFUSED.match(lower, m.end()):  # "TIDAK menerima: konser, acara politik/kampanye": what it turns away
            stop = _refused_end(lower, stop)
        if lower.startswith(",", stop):  # "tidak mengajar gitar, drum atau vokal": the whole list is denied
            stop = _list_end(lower, stop)
        spans.append((start, stop))
    return tuple(spans)


# A word of taking on work right after the negation ("kami tidak terima konser besar, acara politik, kampanye", "TIDAK
# menerima: …", "we don't accept weddings, proms, galas"): the list that follows, to its sentence's end, is what the
# business turns away, unless the sentence turns to what it does take ("ga terima COD, transfer aja").
_REFUSED = regrouped(r"\s+(?:(?:bisa|dapat|lagi|pernah|melayani|mau)\s+)?(?:terima|nerima|menerima|diterima|layani|"
                     r"melayani|ngelayani|accept|accepting|serve|serving|take|taking|handle|do)\b\s*:?")
_SENTENCE_END = regrouped(r"[.;!?\n]|\b(?:tapi|tp|tetapi|namun|but|however|sedangkan|while)\b")
_TURNS_TO_TAKEN = regrouped(r"\b(?:aja|saja|ajah|only|just|cuma|cuman|hanya|kecuali|except|melainkan|instead|kami|kita|we)\b")


def _refused_end(lower: str, stop: int) -> int:
    """Where a list of work turned away ends (see _REFUSED): its sentence's end, or `stop` when the sentence
    turns to what the business does take."""
    if not lower.startswith((",", ":"), stop):
        return stop  # the refusal's sentence ends with it ("I don't do mobile apps. Hosting …")
    end = _SENTENCE_END.search(lower, stop + 1)
    at = end.start() if end else len(lower)
    return stop if _TURNS_TO_TAKEN.search(lower, stop, at) else max(stop, at)


# The rest of a denied list after its first item's comma: short pieces up to the one joined by "atau"/"or"/"nor"
# ("gitar, drum atau vokal", "no weddings, proms or parties"); a positive list after a denial ("gak ada delivery,
# pickup aja") has no such last piece and is left alone.
_LIST_PIECE = regrouped(r",\s*((?:[\w'-]+\s+){0,2}?)(?:(?:atau|ataupun|maupun|apalagi|or|nor)\s+[\w'-]+(?:\s+[\w'-]+)?"
                        r"(?=\s*(?:[,.;:!?\n()]|$))|[\w'-]+(?:\s+[\w'-]+)?(?=\s*,))")
_DISJOINED = regrouped(r"(?:atau|ataupun|maupun|apalagi|or|nor)\s")


def _list_end(lower: str, stop: int) -> int:
    """Where a denied list said across commas ends (see _LIST_PIECE): after its piece joined by "atau"/"or", or at
    `stop` when no such piece closes it within four pieces."""
    at = stop
    for _ in range(4):
        m = _LIST_PIECE.match(lower, at)
        if not m or NEGATION.search(lower, m.start(), m.end()):
            return stop
        if _DISJOINED.search(lower, m.start(), m.end()):
            return m.end()
        at = m.end()
    return stop
# A sentence the owner marks as beside the point ("aye juga jualan nasi uduk di depan, tapi itu mah laen cerita",
# "I also sell my own jam, but that's a separate thing"): another trade said in passing, not this page's offering.
ASIDE = fast(r"\b(?:tapi|tp|but|namun)\s+(?:itu|ini|that|that's|thats|this|it's|its)\s+(?:mah\s+|sih\s+|is\s+|lagi\s+)?"
                  r"(?:lain|laen|beda|another|a\s+different|different|a\s+separate|separate|terpisah)\b"
                  r"(?:\s+(?:cerita|story|hal|urusan|usaha|soal|matter|thing|business))?")

# The owner setting the business beside others ("beda sama kursus lain yg cuma muter2 lapangan", "gak kayak bengkel
# lain", "unlike other shops that …"): what the others do, to the end of the clause, is not offered here.
COMPARED = regrouped(r"\b(?:(?:beda|berbeda|bedanya|lain)\s+(?:sama|sm|dengan|dgn|dari|dr|ama|ma|kayak|kaya)|"
                     r"(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|bukan)\s+(?:kayak|kaya|kyk|seperti|spt|macam)|"
                     r"(?:unlike|(?:different|differs?)\s+from|not\s+like|better\s+than))\s+"
                     r"(?:(?:the\s+|para\s+|yang\s+|yg\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:lain(?:nya)?|lainnya|sebelah|others?\b|other\s+[\w-]+|most\s+[\w-]+|kebanyakan\b[\w\s-]*?))\b")
COMPARED_END = regrouped(r"[.;:!?\n()]|,\s*(?!(?:yg|yang|that|which|who)\b)|\b(?:tapi|tp|but|kita|kami|we|sedangkan|while)\b")


# The same setting apart with the others named by what they are ("beda sama konveksi besar yg min. order 2 lusin",
# "nggak kayak salon mall", "unlike chain gyms", "cheaper than the big resorts"): the named others, to the clause's
# end, are not offered here. An amount after "than" ("more than 50 menus") counts, and compares nothing.
COMPARED_NAMED = regrouped(r"\b(?:(?:beda|berbeda|bedanya)\s+(?:sama|sm|dengan|dgn|dari|dr|ama|kayak|kaya)|"
                           r"(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|bukan)\s+(?:kayak|kaya|kyk|seperti|spt)|"
                           r"unlike|(?:different|differs?)\s+from|not\s+like|"
                           r"(?!(?:other|rather|under|over|after|water|order)\b)(?:[a-z]{3,}er|better|less)\s+than)"
                           r"\s+(?=(?:the\s+|a\s+|para\s+)?[a-z])")
_COMPARE_STEMS = ("beda", "kayak", "kaya ", "kyk", "seperti", "spt", "unlike", "differ", "not like", "than")


def _compared(lower: str) -> list[tuple[int, int]]:
    spans = []
    if "lain" in lower or "sebelah" in lower or "other" in lower or "most" in lower or "kebanyakan" in lower:
        for m in COMPARED.finditer(lower):
            end = COMPARED_END.search(lower, m.end())
            spans.append((m.start(), end.start() if end else len(lower)))
    if any(w in lower for w in _COMPARE_STEMS):
        for m in COMPARED_NAMED.finditer(lower):
            end = COMPARED_END.search(lower, m.end())
            spans.append((m.start(), end.start() if end else len(lower)))
    return spans


def denied(lower: str) -> list[tuple[int, int]]:
    """The spans of clauses that say what the business does not do (NEGATION), of what the customer
    must bring or be (REQUIRED), of sentences the owner sets aside as another matter (ASIDE), of what other
    businesses do, said to set this one apart (COMPARED), of the businesses an owner of several lists where the
    brief says which one the page is for, of the businesses the owner used to run (past_trades), and of house rules
    and terms (house_rules.py)."""
    spans = []
    for m in ASIDE.finditer(lower):
        spans.append((max(lower.rfind(c, 0, m.start()) for c in ".!?;\n") + 1, m.end()))
    for m in REQUIRED.finditer(lower):  # "all pets must be vaccinated (rabies + DHPP)": a condition, to its end
        end = REQUIRED_END.search(lower, m.end())
        spans.append((m.start(), end.start() if end else len(lower)))
    spans += _compared(lower)
    return spans + list(negated_clauses(lower)) + list(businesses_owned(lower)) + list(former_businesses(lower)) \
        + about_the_message(lower) + rules_spans(lower)
