"""What the owner gives for free ("periksa mata gratis", "free busa cadangan tiap beli helm") and the condition an
offer or a delivery is given on ("Rombongan di atas 30 orang diskon 15%"), read for the fact reader (facts.py), with
the cleanup every fact's words get.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from ...models import Fact
from .owner_requests import _NOTE_SKIP
from .talk_fillers import without_fillers

Span = tuple[int, int]


def clean_value(value: str) -> str:
    """A fact's words as shown: whole brackets, no stray marks at its ends, no spoken fillers, single spaces."""
    return " ".join(without_fillers(_whole_brackets(value)).strip(" ,.;:-").split())


def _whole_brackets(value: str) -> str:
    """A fact never holds half a bracket: a reading that ran past an aside's ")" ("ambil sendiri / kirim pake
    maxim)") ends before it, and one that stopped inside an aside ("mulai 99K (2 konsep") ends before its "("."""
    depth, opened = 0, -1
    for i, c in enumerate(value):
        if c == "(":
            if depth == 0:
                opened = i
            depth += 1
        elif c == ")":
            if depth == 0:
                return value[:i]
            depth -= 1
    return value[:opened] if depth else value


# Anything the owner gives for free is an offer, whatever it is: "periksa mata gratis", "SSL gratis", "free busa
# cadangan", "gratis 1 botol". What comes before "free" that makes it no gift ("gluten free", "feel free") or a
# word of talk ends the reading; up to two words are what is free.
_FREE = regrouped(r"\b(?:gratis|free)\b", re.I)
_FREE_NOT_BEFORE = frozenset("""
gluten sugar dairy lactose cruelty alcohol msg bpa paraben parabens plastic smoke pet hands stress toll hassle worry
fee fees tax duty interest feel be is are was were for it its so and dan atau or yang yg untuk utk buat bagi with
dengan the a an of to ke di in on at bisa bs can set free gratis all semua 100 totally fully bebas kami saya sy aku
we i our my you your juga jg ada nya dapat dapet get gets got also ya kak dong
""".split())
_FREE_NOT_AFTER = frozenset("""
of to for from and dan atau or yang yg untuk utk buat bagi di in on at with dengan the a an ya kak dong nih ok oke
ongkir shipping delivery antar pengiriman kirim
""".split())


_FREE_FOR = frozenset("utk untuk buat bagi for".split())
_GIVEN = regrouped(r"[^,.;:!?()\n]{0,60}(?<=\w)(?!\w)")


_FREE_BOTH = regrouped(r"(?<![\w-])([a-z][\w/-]*)\s+(?:dan|and|&|serta|\+)\s+$")


_AVAILABLE = regrouped(r"\s+(?:slots?|dates?|spots?|schedules?|time\s+slots?)\b")
# Where the thing given begins in its clause (past talk and joining words) and where the clause ends.
_FREE_CLAUSE_LEAD = regrouped(r"\s*(?:(?:dan|and|serta|sama|juga|jg|also|plus|terus|trus|lalu|kami|saya|we|i|ada)\s+)*",
                              re.I)
_CLAUSE_ENDS = regrouped(r"\s*(?:[,.;:!?)\n]|$)")
_FREE_IF = regrouped(r"\s+(?:jika|kalau|kalo|klo|bila|apabila|asal(?:kan)?|selama|if|when|unless|as\s+long\s+as)\s+"
                     r"[^,.;:!?()\n]{1,40}(?<=\w)(?!\w)", re.I)


# "is free", "kami gratis": the word before "free" that says what is free is the one before it
_SAID_OF = re.compile(r"is|are|kami|saya|kita|sy|aku")
# A dot leader between what a list's line names and "gratis" ("Setting online ke HP ..... gratis") joins them.
_LEADER = regrouped(r"\s*\.{3,}\s*$")
# The clause before a lone ", gratis" (two to six words, none a number): what that "gratis" speaks of.
_CLAUSE_BEFORE = regrouped(r"(?:^|(?<=[.;!?\n]))\s*([a-z][\w/-]*(?:\s+[a-z][\w/-]*){1,5})\s*,\s*$")
_LONE_FREE = regrouped(r"\s*(?:gratis|free)\s*(?:[.!;\n]|$)")


def _clause_start(lower: str, at: int) -> int:
    """Where the clause of the word at ``at`` starts; a dot leader before it is no clause's end."""
    line = max(lower.rfind("\n", 0, at) + 1, at - 40)
    if (lead := _LEADER.search(lower, line, at)) is not None:
        at = lead.start()
    return max(lower.rfind(c, 0, at) for c in ",.;:!?()\n") + 1


def given_words(text: str, a: int, b: int) -> str:
    """The words of what is given as shown: a list's dot leader said as a space ("Setting online ke HP gratis")."""
    return re.sub(r"\s*\.{3,}\s*", " ", text[a:b])


def free_offers(lower: str) -> list[tuple[int, int, int]]:
    """Spans of "<what> gratis" and "free/gratis <what>" (one or two words of what is given), as (start, end,
    start of the short reading): a short clause ending on "gratis" is read whole, or from its last words when
    the whole clause holds another fact."""
    out = []
    for m in _FREE.finditer(lower):
        if lower[m.start() - 1:m.start()] == "-":
            continue  # "sugar-free", "cruelty-free"
        if _AVAILABLE.match(lower, m.end()):
            continue  # "free slots", "free dates": what is still open to book, nothing given free
        clause_start = _clause_start(lower, m.start())
        before = list(re.finditer(r"[a-z0-9][\w/-]*", lower[clause_start:m.start()]))
        keep: list[re.Match[str]] = []
        for w in reversed(before[-2:]):
            if w.group(0) in _FREE_NOT_BEFORE:
                break
            keep.insert(0, w)
        if not keep and len(before) >= 2 and _SAID_OF.fullmatch(before[-1].group(0)) \
                and before[-2].group(0) not in _FREE_NOT_BEFORE:
            # "menu tasting is free", "aplikasi kami gratis": what is free is said before the "is" or the "our"
            three = len(before) >= 3 and before[-3].group(0) not in _FREE_NOT_BEFORE \
                and not lower[clause_start + before[-3].end():clause_start + before[-2].start()].strip()
            keep = before[-3:] if three else before[-2:]  # ("businesses — registration is free": the dash ends it)
        if not before and (prev := _CLAUSE_BEFORE.search(lower, max(0, clause_start - 60), clause_start)) \
                and _LONE_FREE.match(lower, clause_start):
            # "mau lihat kandang lebah boleh, gratis.": a lone "gratis" says the clause before it is given free
            out.append((prev.start(1), m.end(), prev.start(1)))
            continue
        if keep:
            start = clause_start + keep[0].start()
            # "survei dan gambar kerja gratis": both things given are free
            if (both := _FREE_BOTH.search(lower, clause_start, start)) and both.group(1) not in _FREE_NOT_BEFORE:
                start = both.start()
            # a short clause that ends on "gratis" is what is given, whole: "antar mobil ke bandara X gratis",
            # "setiap beli 2 kotak dapat 1 gratis" (two words before it may be a name or a count)
            # and the condition it is given on, said after it: "penggantian perawat gratis jika tidak cocok"
            cond = _FREE_IF.match(lower, m.end())
            end = cond.end() if cond else m.end()
            lead = _FREE_CLAUSE_LEAD.match(lower, clause_start, start)
            whole = lead.end() if lead and lead.end() < start and _CLAUSE_ENDS.match(lower, end) \
                and len(lower[lead.end():m.start()].split()) <= 8 else start
            out.append((whole, end, start))
            continue
        after = re.match(r"\s+((?:\d+\s+)?[a-z][\w/-]*)", lower[m.end():])
        if after and after.group(1) in _FREE_FOR and not lower[clause_start:m.start()].strip() \
                and (rest := _GIVEN.match(lower, m.end())) and len(lower[m.end():rest.end()].split()) >= 2:
            # opening its clause, free for whom or how many: "gratis utk 1 usaha", "free for kids under 5" (what is
            # free is what the business sells)
            out.append((m.start(), rest.end(), m.start()))
            continue
        if after and after.group(1).split()[-1] not in _FREE_NOT_AFTER:
            # what is given, to the end of its clause: "free weekend workshops on organic growing", "free busa
            # cadangan tiap beli helm"
            rest = _GIVEN.match(lower, m.end())
            end = rest.end() if rest else m.end() + after.end(1)
            out.append((m.start(), end, m.start()))
    return out


_CONDITION = regrouped(r"(?i)\b(?:di\s*atas|above|over|min(?:imal|imum)?|at\s+least|lebih\s+dari|more\s+than|setiap|tiap|"
                       r"every|each|orders?|pesanan|pembelian|belanja|beli|buy|rombongan|groups?|grup|member|members|"
                       r"pelanggan|langganan|subscribers?|dalam\s+kota|luar\s+kota|within|radius|area|weekdays?|weekends?)\b")
_CONDITION_OF = frozenset({"offer", "delivery"})


def conditions_joined(text: str, lower: str, found: list[tuple[int, Fact]], read: list[Span],
                       spans: list[Span]) -> list[tuple[int, Fact]]:
    """An offer or a delivery said after its condition in one clause is said with it: the words from the start of
    the clause, when they are two to eight words nobody read, hold a word of condition (_CONDITION) and no request
    to the builder. The condition's words are read with the fact (no note repeats them)."""
    out = []
    for at, f in found:
        if f.kind in _CONDITION_OF and at > 0:
            clause = max(lower.rfind(c, 0, at) for c in ",.;:!?()\n") + 1
            before = text[clause:at]
            lead = len(before) - len(before.lstrip())
            words = before.split()
            if 2 <= len(words) <= 8 and _CONDITION.search(before) and not _NOTE_SKIP.search(before) and not any(
                    clause + lead < b and a < at for a, b in read):
                start = clause + lead
                value = clean_value(text[start:at] + f.value) if text[at - 1:at].isspace() else ""
                if value and len(value) <= 120:
                    f = f.model_copy(update={"value": value})
                    read.append((start, at))
                    spans.append((start, at))
                    at = start
        out.append((at, f))
    return out
