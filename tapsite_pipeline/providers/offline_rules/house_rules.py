"""House rules, terms and claims: what an owner says of how the business is had or how it works, never what it sells.

- A rules section: a label of rules or terms (or of claims: "keunggulan:", "why choose us:") and a colon ("Rental rules: …", "Rules before you book: …", "Peraturan
  kost:", "pre-order rules, please put these on the page:"), to the end of its sentence, or over the marked lines
  of a list set under it ("Tata tertib:\\n1) …\\n2) …"). Whatever it names (a deposit, overtime, "music stops at 10
  pm", "copy of passport/ID") is a term of the deal: the fact reader keeps it as a note; no card is read there.
- A rule clause outside such a section: a thing said with whether it is allowed ("outside catering allowed with a 500k
  cleaning fee", "musik tidak diperbolehkan setelah pukul 22.00", "dilarang merokok", "cowok gak boleh masuk") or when
  it must stop ("music stops at 10 pm", "gerbang tutup jam 11 malam") or who pays for it ("ad budget paid by you"):
  the clause, from its start to its end.
- A rule or a claim named as an item: a term's head word ("overtime", "late return", "denda keterlambatan",
  "cancellation", "jam malam") and a claim about the business's values or how it works ("paid fair wages", "ramah
  lingkungan", "sudah berpengalaman", "single-use needles", "looks after villas while owners are away").

`not_offered.denied` masks the spans for the offerings reader; `offerings._kept` and the learned filter's `addable`
ask `rule_or_claim` of each candidate; `terms_apart` makes the amount of a term a note of the terms, never a price.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped
from tapsite_pipeline.models import Fact

Span = tuple[int, int]

# The label of a rules section: a kind of rules or terms and the word before it ("rental rules"), up to 40 more
# characters of its own ("before you book", ", please put these on the page"), then its colon; or a label of claims
# ("keunggulan: selesai 7 hari kerja, revisi 3x, training admin", "why choose us: …").
_LABEL = regrouped(
    r"(?<![\w-])(?:[a-z][\w-]*\s+)?(?:rules?|house\s+rules|terms(?:\s*(?:&|and)\s*conditions)?|polic(?:y|ies)|"
    r"peraturan(?:nya)?|aturan(?:nya)?|tata\s+tertib|ketentuan(?:nya)?|syarat\s*(?:&|dan)\s*ketentuan|s\s*&\s*k|"
    r"t\s*&\s*c|keunggulan(?:nya)?|kelebihan(?:nya)?|advantages|why\s+(?:choose\s+)?us|"
    r"(?:kenapa|mengapa)\s+(?:pilih\s+|memilih\s+)?kami)(?![\w-])[^:.!?\n]{0,40}:")
# Where a section said in a sentence ends (a dot between digits, "1.3 million", "22.00", ends none).
_SENTENCE_END = regrouped(r"[!?\n]|\.(?!\d)")
# A line of a list set under the label: a number, a letter in brackets or a bullet opening it.
_MARKED_LINE = regrouped(r"[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-*\u2022])[ \t]*\S[^\n]*(?:\n|\Z)")

# Whether a thing is allowed, said after it ("outside catering allowed", "musik tidak diperbolehkan", "rokok
# dilarang"), or that it must be brought ("vaccination card required", "KTP wajib dibawa"), or the ban said before it ("dilarang merokok", "no smoking" is a negation's, not_offered.py). A bare
# "boleh" ("boleh ajak suami", "boleh custom") offers rather than rules, and is left out.
_ALLOWED = regrouped(
    r"(?<![\w-])(?:(?:(?:is|are|not|only|tidak|tdk|tak|gak|ga|gk|nggak|ngga|enggak)\s+)?(?:allowed|permitted|"
    r"diperbolehkan|dibolehkan|diizinkan|diijinkan)|prohibited|forbidden|banned|dilarang|(?:tidak|tdk|tak|gak|ga|gk|"
    r"nggak|ngga|enggak)\s+boleh|(?:is\s+|are\s+)?(?:required|mandatory)|diwajibkan|wajib\s+(?:dibawa|ditunjukkan|"
    r"dilampirkan|ada))(?![\w-])")
# When a thing must stop: "music stops at 10 pm", "musik berhenti jam 22.00", "gerbang tutup jam 11 malam".
_STOPS_AT = regrouped(
    r"(?<![\w-])(?:stops?|berhenti|(?:gate|gates|gerbang|pagar|pintu)\s+(?:tutup|ditutup|closes?|"
    r"closed))\s+(?:at|by|pukul|pkl|jam)\s+\d")
# Who pays for a thing besides the price: "ad budget paid by you", "tiket masuk ditanggung penyewa".
_PAID_BY = regrouped(
    r"(?<![\w-])(?:(?:paid|covered|borne)\s+by\s+(?:the\s+)?(?:clients?|customers?|guests?|renters?|tenants?|you)|"
    r"(?:dibayar|ditanggung)\s+(?:oleh\s+)?(?:penyewa|pembeli|konsumen|pelanggan|tamu|klien|customer))(?![\w-])")
_CLAUSE_START = regrouped(r"[,;:.!?\n(]")

# The head words of a term of the deal.
_RULE_WORDS = frozenset("""
rules rule aturan peraturan ketentuan syarat terms overtime curfew denda penalty penalties cancellation
cancellations pembatalan refund refunds reschedule keterlambatan jaminan deposit deposits dp
keunggulan keunggulannya kelebihan kelebihannya advantages
""".split())
_RULE_PHRASES = regrouped(r"(?<![\w-])(?:late\s+(?:return|returns|check-?out|fee|fees|payment)|jam\s+malam|"
                          r"music\s+stops?|extra\s+hours?|lewat\s+jam)(?![\w-])")
# A claim about the business's values or its ways: how its people are paid and treated, how clean its tools are,
# that it raises or grows the goods itself ("hasil ternak sendiri").
_CLAIM_PHRASES = regrouped(
    r"(?<![\w-])(?:(?:fair|living|decent)\s+wages?|(?:upah|gaji|digaji|dibayar)\s+(?:layak|adil|pantas)|"
    r"single[\s-]use\s+(?:needles?|gloves?|tools?|equipment|cartridges?)|hasil\s+[a-z]+\s+sendiri)(?![\w-])")
# What the business is like, said alone ("ramah lingkungan", "sudah berpengalaman 10 tahun", "eco-friendly"): a claim;
# said of goods ("tas belanja ramah lingkungan", "eco-friendly straws", "umroh amanah") the goods stay the card.
_QUALITY_CLAIM = regrouped(r"(?<![\w-])(?:ramah\s+lingkungan|eco[\s-]?friendly|environmentally\s+friendly|"
                           r"berpengalaman|experienced|terpercaya|amanah|jujur|trusted|reliable)(?![\w-])")
_CLAIM_FILLER = frozenset("""
sudah udah sdh telah sangat very highly 100% semua all our kami we are is produk products product tahun years year
lebih dari more than over sejak since dan and & tim team
""".split())
# An English item opening with a verb said of the business ("looks after villas", "takes care of gardens", "paid fair
# wages", "pays its staff well"): a clause telling what the business is like, never a card's name.
_CLAIM_VERB = regrouped(r"(?:looks?|looking|takes?|taking|cares|caring)\s+(?:after|care\s+of|over)(?![\w-])|"
                        r"(?:keeps|pays|treats|employs|empowers|supports|believes|ensures|guarantees)\s+[a-z]")


def rules_spans(lower: str) -> list[Span]:
    """The spans of rules sections, after their label, and of rule clauses (see the module's docstring)."""
    if ":" not in lower and not any(p.search(lower) for p in (_ALLOWED, _STOPS_AT, _PAID_BY)):
        return []  # most briefs hold no rules
    spans: list[Span] = []
    for m in _LABEL.finditer(lower):
        rest = lower[m.end():]
        if not rest.split("\n", 1)[0].strip():  # a list set under the label: its marked lines
            end = m.end() + len(rest) - len(rest.lstrip(" \t")) + (1 if rest.lstrip(" \t")[:1] == "\n" else 0)
            while (line := _MARKED_LINE.match(lower, end)) and line.end() > end:
                end = line.end()
        else:
            stop = _SENTENCE_END.search(lower, m.end())
            end = stop.start() if stop else len(lower)
        spans.append((m.end(), end))  # (the label stays to be read, and dropped by rule_or_claim: it opens the
        # brief's first clause as often as not, which the self-description would otherwise take from what follows)
    return spans + _rule_clauses(lower)


def _rule_clauses(lower: str) -> list[Span]:
    """The clauses that say whether a thing is allowed, when it must stop or who pays for it."""
    spans = []
    for cue in (*_ALLOWED.finditer(lower), *_STOPS_AT.finditer(lower), *_PAID_BY.finditer(lower)):
        starts = [c.end() for c in _CLAUSE_START.finditer(lower, 0, cue.start())]
        start = starts[-1] if starts else 0
        stop = _CLAUSE_START.search(lower, cue.end())
        spans.append((start, stop.start() if stop else len(lower)))
    return spans


def rules_labels(lower: str) -> list[Span]:
    """The spans of the rules sections' labels ("rental rules:"): no keyword of the business's is read there."""
    return [m.span() for m in _LABEL.finditer(lower)] if ":" in lower else []


def rule_or_claim(item: str) -> bool:
    """Does the phrase name a term of the deal ("overtime", "late return", "rental rules") or a claim about the
    business ("paid fair wages", "ramah lingkungan", "looks after villas")?"""
    words = item.split()
    if not words:
        return False
    if any(w in _RULE_WORDS for w in words) or _RULE_PHRASES.search(item) or _CLAIM_PHRASES.search(item):
        return True
    rest = _QUALITY_CLAIM.sub(" ", item).split() if _QUALITY_CLAIM.search(item) else words
    if rest != words and all(w in _CLAIM_FILLER or w.isdigit() for w in rest):
        return True
    if any(p.search(item) for p in (_ALLOWED, _STOPS_AT, _PAID_BY)):  # "transport ditanggung penyewa"
        return True
    return len(words) >= 2 and bool(_CLAIM_VERB.match(item))


def terms_apart(facts: list[Fact], lower: str) -> list[Fact]:
    """The facts with the amount of a term ("security deposit IDR 3 million", "overtime 1 million per hour", "outside
    catering allowed with a 500k cleaning fee") read as a note of the terms, not a price: a fee of the deal is no
    price of what is sold. A note that already holds it keeps it alone."""
    if not any(f.kind == "price" and f.subject for f in facts):
        return facts
    clauses = _rule_clauses(lower)
    notes = [f.value.lower() for f in facts if f.kind == "note"]
    out = []
    for f in facts:
        said = f"{f.subject} {f.value}"
        at = lower.find(f.subject.lower()) if f.subject else -1
        if f.kind == "price" and at >= 0 and (rule_or_claim(f.subject.lower()) or any(a <= at < b for a, b in clauses)):
            if any(said.lower() in n or f.value.lower() in n and f.subject.lower() in n for n in notes):
                continue
            f = Fact(kind="note", value=said[:120])
        out.append(f)
    return out

