"""Where a brief's sentences and clauses begin and end, for the notes reader (notes.py): a full stop inside a
number, an address, an email or a title ends no sentence; a one-word clause joins its neighbour; a bare measure in
brackets comes with the words it measures.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .addresses import STREET_TITLE_STOP
from .brand_titles import TITLES
from .owner_requests import skipped_piece

Span = tuple[int, int]

# (a run of ordinary characters is taken whole, "+", rather than one character per repetition: the same spans;
# an aside of a word or two in brackets stays in its sentence: "digital sheet music (PDF) with practice audio";
# a longer one is a statement of its own)
# (a full stop inside an email or a web address, "dimas.garis@gmail.com", "kopiani.co.id", "bit.ly/daftar", ends no
# sentence)
# a person's title before their name ("drh. Maya", "apt. Sari", "drg.Ratna"): its full stop ends no sentence
_TITLE_DOT = "(?:" + "|".join(f"(?<=\\b{t})" for t in sorted(TITLES)) + r")\.(?=\s?[^\W\d_])"
_SENTENCE = regrouped(r"(?:[^.;!?\n()]+|\([^()\s,;:./@]{1,15}(?:\s[^()\s,;:./@]{1,15})?\)|\.(?=\d)|"
                      r"(?<=\w)\.(?=[\w+-]+(?:\.[\w+-]+)*@\w)|"
                      r"(?<=\w)\.(?=(?:com|co|id|net|org|ac|sch|go|io|biz|info|xyz|store|shop|site)\b)|"
                      r"(?<=\w)\.(?=(?:ly|ee|me|cc|bio|ai|ke)/\w)|(?:(?<=\bjl)|(?<=\bjln)|(?<=\bkec)|(?<=\bkab)|(?<=\bkel)|(?<=\bno)|"
                      r"(?<=\bgg)|(?<=\bkomp)|(?<=\bds)|(?<=\bdsn)|(?<=\blt)|(?<=\bperum)|(?<=\bkav)|(?<=\bvol)|(?<=\bdr)|(?<=\bst)|(?<=\bincl)|(?<=\bapprox)|(?<=\bmin)|(?<=\bmax)|"
                      r"(?<=\bmaks)|(?<=\bspt)|(?<=\bdll)(?=\s*[a-z]))\.|"
                      # a dotted abbreviation ("a.n. Yayasan Kasih", "s.d. 12 jam", "u.p. Bu Rina", a degree "S.Pd.", "M.Kn.")
                      # and a short one before the number it abbreviates ("tgl. 20 Juli", "Rp. 45.000")
                      r"(?<=\b[a-z])\.(?=[a-z]{1,3}\.)|(?:(?<=\b[a-z]\.[a-z])|(?<=\b[a-z]\.[a-z]{2})|(?<=\b[a-z]\.[a-z]{3}))\.|"
                      r"(?:(?<=\btgl)|(?<=\bhrg)|(?<=\bpkl)|(?<=\brp))\.(?=\s?\d)|" + STREET_TITLE_STOP + "|" + _TITLE_DOT + ")+",
                      re.I)
_ASIDE = regrouped(r"\([^()\n]+\)")
# Where a sentence divides into clauses: a comma or colon that is not inside a number ("1,8jt", "19:00"), a
# spaced dash.
_CLAUSE_CUT = regrouped(r"(?<!\d)[,:]|[,:](?!\d)|\s[—–-]\s|—")


def _clauses(sent: str, base: int) -> list[Span]:
    """The sentence's clauses as spans of the brief; a one-word piece joins its neighbour ("centrepieces, arches"),
    a label the next one ("…, syarat: KTP asli", "Fasilitas: ruang ber-AC"), so a clause is never a lone word."""
    cuts = [(m.start(), m.end()) for m in _CLAUSE_CUT.finditer(sent)]
    bounds, at = [], 0
    for a, b in cuts:
        bounds.append([at, a])
        at = b
    bounds.append([at, len(sent)])
    bounds = [x for x in bounds if sent[x[0]:x[1]].strip()]
    merged: list[list[int]] = []
    for a, b in bounds:
        if skipped_piece(sent[a:b]) and len(sent[a:b].split()) < 2:  # "admissions@x.id": apart, never a note
            merged.append([a, b])
        elif len(sent[a:b].split()) < 2 and merged and sent[b:b + 1] != ":":  # a label joins what it labels
            merged[-1][1] = b
        elif merged and len(sent[merged[-1][0]:merged[-1][1]].split()) < 2 and not skipped_piece(
                sent[merged[-1][0]:merged[-1][1]]):
            merged[-1][1] = b
        else:
            merged.append([a, b])
    return [(base + a, base + b) for a, b in merged]


_BARE_MEASURE = regrouped(r"[\d\s.,x×/+-]*(?:[a-z²³]{1,3}|m2)?[\d\s.,x×/+-]*", re.I)
_WORDS_BEFORE = regrouped(r"(?:[^\W\d][\w'-]*\s+){1,3}$")


def _measured(text: str, span: Span) -> Span:
    """A note that is a bare measure in brackets ("(2 x 5 m)") comes with the words it measures, said right before
    it ("vegetable plots (2 x 5 m)"): a scrap of numbers alone tells a visitor nothing."""
    s, e = span
    if not (text[s - 1:s] == "(" and text[e:e + 1] == ")" and _BARE_MEASURE.fullmatch(text[s:e])):
        return span
    before = _WORDS_BEFORE.search(text, max(0, s - 60), s - 1)
    return (before.start(), e + 1) if before else span


def _trimmed(text: str, span: Span) -> Span:
    s, e = span
    while s < e and text[s] in " -—–:'\",;(":
        s += 1
    while e > s and text[e - 1] in " -—–:'\",;":
        e -= 1
    return s, e
