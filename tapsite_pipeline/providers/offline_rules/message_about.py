"""What the owner says about the message itself: how it was made or sent ("(ini voice note sy, diketik sama anak)",
"maaf ini rekaman suara", "(voice note, typed up by my son)", "this is a voice message"). It tells how to read the
text (spoken, typed by someone else) and is never an offering, a name or a fact about the business.

A studio that sells recordings or a typist who sells transcripts is not caught: the medium counts only when the
owner points at this message with it ("ini …", "this is …", "maaf …", in a bracket) or says it was typed for them.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

_MEDIUM = r"(?:voice\s?notes?|vn|voice\s+(?:message|memo|chat)|rekaman\s+suara|pesan\s+suara)"
_POINTER = r"(?:ini|this\s+is(?:\s+a|\s+my)?|it'?s\s+a)\s+"
# Pointing at this very message with its medium: "(voice note, …", "ini voice note", "maaf ini rekaman suara".
_POINTED = regrouped(r"(?:[(\[]\s*(?:(?:maaf|sorry)\s+)?(?:" + _POINTER + r")?|(?:maaf|sorry)\s*,?\s+(?:" + _POINTER + r")?|"
                     r"(?<![\w'-])" + _POINTER + r")" + _MEDIUM + r"(?![\w'-])")
# Said to have been typed for the owner: "diketik sama anak", "diketikin ponakan", "typed up by my daughter".
_TYPED = regrouped(r"(?<![\w'-])(?:diketik(?:in|kan)?|ditulisin|ditranskrip|typed(?:\s+up)?\s+by|transcribed(?:\s+by)?|"
                   r"dictated)(?![\w'-])")
_CLAUSE_END = regrouped(r"[,.;!?\n)\]]")


def _bracket(lower: str, at: int) -> tuple[int, int] | None:
    """The bracket around `at`, when there is one on the same line."""
    left = max(lower.rfind("(", 0, at + 1), lower.rfind("[", 0, at + 1))
    if left < 0 or max(lower.rfind(")", 0, at), lower.rfind("]", 0, at), lower.rfind("\n", 0, at)) > left:
        return None
    right = min((i for i in (lower.find(")", at), lower.find("]", at)) if i >= 0), default=-1)
    if right < 0 or "\n" in lower[at:right]:
        return None
    return left, right + 1


def _clause(lower: str, at: int) -> tuple[int, int]:
    start = max(lower.rfind(c, 0, at) for c in ",.;!?\n([") + 1
    end = _CLAUSE_END.search(lower, at)
    return start, end.start() if end else len(lower)


def about_the_message(lower: str) -> list[tuple[int, int]]:
    """The spans where the owner speaks of the message itself (a bracket whole, or the clause): nothing in them
    is offered."""
    if "vn" not in lower and "voice" not in lower and "rekam" not in lower and "ketik" not in lower \
            and "suara" not in lower and "typed" not in lower and "transcri" not in lower and "dictated" not in lower \
            and "ditulisin" not in lower:
        return []
    spans = []
    for m in (*_POINTED.finditer(lower), *_TYPED.finditer(lower)):
        spans.append(_bracket(lower, m.start()) or _clause(lower, m.start()))
    return spans


# The sounds a speaker hesitates with, typed as heard ("eee", "ehm", "hmmm", "anu"): a transcribed voice note is full of
# them, and a phrase made only of them says nothing.
_FILLER = regrouped(r"(?:e{2,}h*|e+h+|e+m+|[eu]*hm+|h+m+|u+h+|u+m+|a+h+|anu|apa\s+namanya|apa\s+ya)"
                    r"(?:\s+(?:e{2,}h*|e+h+|e+m+|[eu]*hm+|h+m+|u+h+|u+m+|a+h+|anu))*")


def spoken_filler(item: str) -> bool:
    """A phrase made only of a speaker's hesitation sounds ("eee", "ehm anu")."""
    return bool(_FILLER.fullmatch(item.strip()))
