"""A note's words end where its phrase ends: a note the other readers cut on a word that leads to more ("no open
flames inside the" + "joglo", "antar sampai ke" + "Cawang") runs on to the end of its clause when that is a few
words away, and a note that opens on the word joining it to the sentence before ("And farm tours by appointment")
starts after it. The page never shows a line that stops on "the" or opens on "and".
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# words that never end a phrase (the fidelity judge reads the same: evals/fidelity/scraps.py)
_LEADS_ON = frozenset("di dengan untuk ke dari pada bagi sejak tanpa dan atau yang oleh karena agar supaya seperti "
                      "hingga bahwa with without for from to of and or the than that which a an inside into onto "
                      "at in on".split())
_LAST = re.compile(r"([^\W\d_]+)\W*$")
# the rest of the clause: up to three words, then its end
_REST = re.compile(r"\s+((?:[^\s,.;:!?()]+\s+){0,2}[^\s,.;:!?()]+)(?=\s*(?:[,.;:!?()\n]|$))")
_OPENING = re.compile(r"(?i)(?:and|dan|serta|but|tapi|tetapi)\s+(?=\S)")


def whole_phrase(text: str, span: Span) -> Span:
    """The note's span run on to its clause's end past a word that leads on, and started past a joining word."""
    s, e = span
    if (last := _LAST.search(text, s, e)) and last.group(1).lower() in _LEADS_ON and len(text[s:e].split()) > 1 \
            and last.end() == e and (rest := _REST.match(text, e)):
        e = rest.end()
    if (opening := _OPENING.match(text, s, e)) and len(text[opening.end():e].split()) >= 2:
        s = opening.end()
    return s, e


def notes_whole(facts: list, text: str) -> list:
    """Each note, of the fact reader's or the notes reader's, said to its phrase's ends (whole_phrase) where the
    brief holds its words as they are."""
    out = []
    for f in facts:
        at = text.find(f.value) if f.kind == "note" and f.value else -1
        if at >= 0:
            s, e = whole_phrase(text, (at, at + len(f.value)))
            if (s, e) != (at, at + len(f.value)) and len(text[s:e]) <= 120:
                f = f.model_copy(update={"value": text[s:e].strip()})
        out.append(f)
    return out
