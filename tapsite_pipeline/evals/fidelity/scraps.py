"""Scraps: a fact line copied from the brief that starts or stops in the middle of the owner's phrase.

"60 menit" left when "pijat refleksi 60 menit 70rb" lost its item and its price, "+ HDD 1TB" cut from a package,
"Santa visit" taken from "Christmas parties with a Santa visit, and …": each holds words the owner wrote, so the
facts they carry may still be found, yet the line reads as broken.

Only lines found word for word in the brief are judged (the copy's own sentences are not scraps), in the places a
page lists facts: the about section's list and the highlights' texts. A line is a scrap when every place the brief
holds it
- leaves its price behind: the owner's amount comes straight after it ("pijat refleksi | 60 menit | 70rb" shown as
  "60 menit", "trial class | 100k");
- starts with a sign that joins it to what came before ("+ HDD 1TB", "/ 4x6");
- is the short label (three words at most) a line of the owner's list opens with, shown without what it labels
  ("Cabang 2" of "📍 Cabang 2: Jl. Pramuka, Rajabasa", "Slide 3", "What we teach");
- or is cut out of the middle of a list or a phrase: it starts after a list's ", dan" or an article and stops inside
  the sentence ("christmas parties with a | santa visit |, and …").
Chatty briefs run clauses together without punctuation, so a line that merely starts or stops next to a word is not
judged: the owner's "4 sesi tiap sabtu" shown as "4 sesi" still reads whole.

Two more kinds of broken line are judged whoever wrote them, the owner or the copy: a listed line with no word in
it, only figures ("5-1" left of "0,5–1 PK", a Maps rating "4,4 (521)"; figures under a heading of their own read
whole), a line that stops on a word that needs the rest of its phrase ("Seluruh Kota
Bitung tanpa", "Antar ke rumah dan"), and one that opens on a word joining it to a clause before ("And farm tours by
appointment", "Serta antar jemput") or on a spoken filler or a relative word ("Which is full project based",
"Basically kita ngajarin Scratch").
"""

from __future__ import annotations

import re

from tapsite_pipeline.label_words import CONTACT_PATTERN, FACT_LABEL_PATTERN, LINE_HEAD_REST, LINE_HEAD_WINDOW
from tapsite_pipeline.phrase_find import phrase_spans

from .page import Page
from .text import clip, nfkc

_PLACES = {("about", "li"), ("highlights", "p")}
_LIST_JOIN = re.compile(r",\s*(?:dan|serta|and|&)\s*$")                # "rumah, sekolah, dan | puskesmas"
_ARTICLE = re.compile(r"(?<![\w-])(?:a|an|the|sebuah|seorang)\s*$")      # "with a | santa visit"
_AMOUNT = re.compile(r"\(?\s*(?:(?:rp|idr|usd|eur)\.?\s*|[$€]\s*)\d|\(?\s*\d[\d.,]*\s*(?:rb|ribu|k|jt|juta|million)\b")
_NEXT_WORD = re.compile(r"([^\W\d_]+)")
_PREPOSITIONS = frozenset("di dengan untuk ke dari pada bagi sejak with in at on for from to since by".split())
# words that never end a phrase: the line was cut before what they lead to
# ("in", "on", "up", "a" end phrasal verbs and grades: "walk in", "add on", "Paket A")
_DANGLING = frozenset("di dengan untuk ke dari pada bagi sejak tanpa dan atau yang oleh karena agar supaya "
                      "seperti hingga bahwa with without for from to of and or the than that which".split())
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_]+)\W*$")
# words that join a clause to the one before it: a line opening on one was cut from its sentence ("And farm tours …")
_OPENING_JOIN = re.compile(r"(?:and|dan|serta|or|atau|but|tapi|tetapi)\b(?!\s*[/&-])")
# a spoken filler or a relative word opening the line: the talk around a fact, not the fact ("Which is full project
# based", "Basically kita ngajarin …")
_OPENING_TALK = re.compile(r"(?:basically|literally|honestly|actually|which|who)\b")
_LABEL = re.compile(r"^[^—:\n]{1,40}\s[—–]\s")   # "Harga — …": the copy's label before the owner's words
# a line of the brief's list up to its label: only bullets, emoji, numbering and spaces before it ("📍 Cabang 2", "- Tiban")
_LINE_HEAD = re.compile(r"(?:^|\n)" + LINE_HEAD_REST)
_LABEL_OF = re.compile(r" ?[:=] ?[^\s:]")                       # "Cabang 2| : Jl. Pramuka": what the label heads
# a way to reach the owner after the colon: the label says what to write for ("Samples on request: sales@…")
# a label that says a fact itself, read whole ("Gratis ongkir" of "Gratis ongkir: Sleman, Bantul")
_FACT_LABEL = re.compile(FACT_LABEL_PATTERN)
# a way to reach the owner after the colon: the label says what to write for ("Samples on request: sales@…")
_CONTACT_AFTER = re.compile(r" ?[:=] ?" + CONTACT_PATTERN)


def _flat(text: str) -> str:
    """Casefolded, spaces and tabs collapsed; line breaks kept (they end a phrase)."""
    return re.sub(r"[ \t\u00a0]+", " ", nfkc(text).casefold())


def _cut(b: str, i: int, j: int, labelled: bool) -> str:
    """Why the line b[i:j] is a scrap of the owner's phrase, or "" when it is not."""
    if b[j:].lstrip(" ") and _AMOUNT.match(b[j:].lstrip(" ")):
        return "its price is left behind"                       # "pijat refleksi 60 menit | 70rb"
    if len(b[i:j].split()) <= 3 and _LINE_HEAD.search(b, max(0, i - LINE_HEAD_WINDOW), i) and _LABEL_OF.match(b, j) \
            and not _CONTACT_AFTER.match(b, j) and not _FACT_LABEL.search(b, i, j):
        # (a longer clause before a colon introduces its list and reads whole: "Corporate event organizer in
        # Jakarta: product launches, …")
        return "it is the label of a line, and what it labels is left behind"   # "📍 | cabang 2 |: jl. pramuka …"
    if labelled:
        return ""
    if b[i] in "+&/":
        return "it starts with a joining sign"                    # "dvr | + hdd 1tb"
    pre, nxt = b[max(0, i - 30):i], b[j:].lstrip(" ")
    if not nxt or nxt[0] in ".!?;\n" or (m := _NEXT_WORD.match(nxt)) and m.group(1) in _PREPOSITIONS:
        return ""                     # the line runs to the end of the sentence, or of its noun phrase
    if _LIST_JOIN.search(pre) or _ARTICLE.search(pre):
        return "it is cut out of the middle of a list or a phrase"   # "with a | santa visit |, and …"
    return ""


def _broken(line: str, headed: bool) -> str:
    """Why a fact line reads as broken whatever its source, or "" ("5-1"; "seluruh kota bitung tanpa"). Figures
    under a heading of their own ("Jam buka" / "06.30-10.00") read whole."""
    if line and not headed and not re.search(r"[^\W\d_]", line):
        return "it holds no words, only figures"
    m = _LAST_WORD.search(line)
    if m and m.group(1) in _DANGLING and len(line.split()) > 1:
        return f'it stops on "{m.group(1)}", before the rest of its phrase'
    if (m := _OPENING_JOIN.match(line)) and len(line.split()) > 1:
        return f'it opens on "{m.group(0)}", the rest of a sentence cut from its start'
    if (m := _OPENING_TALK.match(line)) and len(line.split()) > 1:
        return f'it opens on "{m.group(0)}", talk around a fact rather than the fact'
    return ""


def scraps(page: Page, brief_text: str) -> list[str]:
    """The page's fact lines that are cut out of the middle of the owner's phrase, as problems."""
    b = _flat(brief_text)
    out = []
    for block in page.blocks:
        if (block.section, block.tag) not in _PLACES:
            continue
        text = " ".join(nfkc(block.text).split())
        label = _LABEL.match(text)
        line = _flat(text[label.end():] if label else text).strip(" .;,:!")
        if broken := _broken(line, headed=block.tag == "p"):
            out.append(f'fact line "{clip(text, 60)}" is broken: {broken}')
            continue
        if len(line.split()) < 2:
            continue
        found = [i for i, _ in phrase_spans(line, b, "", "")]
        if not found:
            continue                                    # the copy's own words, or the owner's reworded
        whys = [_cut(b, i, i + len(line), bool(label)) for i in found]
        if all(whys):
            out.append(f'fact line "{clip(text, 60)}" is a scrap of the owner\'s phrase: {whys[0]}')
    return list(dict.fromkeys(out))
