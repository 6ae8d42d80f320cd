"""What a reader should never see on a business's page when the owner's brief was spoken (a voice note typed out as
heard, a chat written the way the owner talks): the words a speaker says around what they state.

- *A sign-off shown as content*: "Udah gitu", "Wis, itu aja mbak", "Sekian", "Segitu dulu", "That's all" as a fact
  line or a sentence of its own: the end of the owner's talk, read as something to tell visitors.
- *A spoken word glued to what a price is for*: the connector said before it or the demonstrative said after it
  ("Harga — Servis rutin itu: 60 ribu dan terus turun mesin itu: mulai 800 ribu").
- *A speaker's tag or hesitation*: "gitu", "gituu", "kayak gitu", "ya kak", a closing "nah", "eee", "apa namanya"
  ("Minimal eee 50 kotak gitu").

Only unambiguous patterns, and only words the brief said (the leftover came from it): "itu" inside a sentence of
copy ("Di luar itu …") and "terus" as "on and on" ("terus berkembang") are fine. The brand and the card titles are
the owner's names and are not read, nor the header and footer, nor a quoted testimony (the customer's own voice).
"""

from __future__ import annotations

import re

from tapsite_pipeline.sign_offs import SIGN_OFF_PATTERN

from .page import Page
from .text import clip, has_phrase, norm

# the whole of a line or a sentence (a lone "udah" or "sudah" is a word of copy: "Sudah."; it takes a second word)
SIGN_OFF = re.compile(SIGN_OFF_PATTERN, re.I)
_TRAIL = re.compile(r"[\s.!~…]+$")

# what a price is for, shown before its amount: "— Servis rutin itu: 60 ribu", "dan terus turun mesin itu: mulai …"
_PRICED = re.compile(r"(?:^|[—–,;]\s*|[.!?]\s+|\b(?:dan|and)\s+)(?P<subject>[^\W\d_][^:—–,;.!?]{0,60}?)\s*:\s*"
                     r"(?=(?:rp\.?\s*|idr\s*|mulai\s+|from\s+|starting\s+(?:at|from)\s+)?\d|"
                     r"(?:[^\W\d_]+\s+){0,4}(?:ribu|juta|rebu|rb|jt)\b)", re.I)
_HEADING = frozenset("harga harganya price prices tarif biaya".split())
_LEAD = frozenset("terus trus trs nah lalu".split())
_TAIL = frozenset("itu tuh nih gitu gituu".split())

_PERSON = r"(?:kak|kakak|mbak|mba|sis|gan|bun|bunda)"
# a speaker's tag or hesitation, anywhere in the copy; a closing "nah" only where it ends a sentence
_TAG = re.compile(rf"(?<![\w'’./@-])(?:(?:kayak|kaya|kek)\s+gitu+|gitu+|ya\s+{_PERSON}|e{{2,}}h*|e+m{{2,}}|h+m{{2,}}|"
                  r"apa\s+namanya|jadi\s+gini)(?![\w'’-])|(?<=\s)nah(?=\s*(?:[.!?]|$))", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _signed_off(text: str) -> str | None:
    """The line or one of its sentences, when it is all a sign-off of two words or more ("Udah gitu")."""
    for s in (text, *_SENTENCE.split(text)):
        s = _TRAIL.sub("", s.strip())
        if len(s.split()) >= 2 and SIGN_OFF.fullmatch(s):
            return s
    return None


def _spoken_subject(text: str) -> tuple[str, str] | None:
    """A price's subject shown with a connector before it or a demonstrative after it: (subject, the spoken word)."""
    for m in _PRICED.finditer(text):
        ws = m.group("subject").split()
        if ws and ws[0].lower() in _HEADING:
            ws = ws[1:]
        if len(ws) >= 2 and ws[0].lower() in _LEAD:
            return " ".join(ws), ws[0]
        if len(ws) >= 2 and ws[-1].lower() in _TAIL:
            return " ".join(ws), ws[-1]
    return None


def spoken_leftovers(page: Page, brief_text: str, brand: str | None) -> list[str]:
    """Each block of copy that shows a word the owner only said: a sign-off, a spoken word glued to what a price
    is for, a speaker's tag or hesitation; once a block."""
    bn = norm(brief_text)
    names = [n for n in (norm(brand or ""), *(norm(c.title) for c in page.cards)) if n]

    def said(words: str) -> bool:
        w = norm(words)
        return bool(w) and has_phrase(bn, w) and not any(has_phrase(n, w) for n in names)

    out = []
    for b in page.blocks:
        if b.section in ("header", "footer") or b.tag in ("label", "option") or any(q in b.text for q in '"“”'):
            continue
        if (done := _signed_off(b.text)) and said(done):
            out.append(f'the owner\'s sign-off "{done}" is shown as content: "{clip(b.text, 70)}"')
        elif (glued := _spoken_subject(b.text)) and said(glued[1]):
            out.append(f'what a price is for keeps the spoken "{glued[1]}": "{glued[0]}" in "{clip(b.text, 70)}"')
        elif (tag := _TAG.search(b.text)) and said(tag.group(0)):
            out.append(f'spoken "{tag.group(0)}" on the page: "{clip(b.text, 70)}"')
    return list(dict.fromkeys(out))
