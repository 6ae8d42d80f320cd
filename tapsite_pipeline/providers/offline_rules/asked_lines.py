"""A question and answer page pasted as the brief (a Google Maps Q&A, an FAQ): a customer's question is no card.

"Q: Do you sell monstera? — A: Yes! Monstera deliciosa from 65k", "Q (Lena, 2 weeks ago): Do you have rooms with a
kitchen?", "Pertanyaan (Bu Sinta): Apakah bisa pijat bayi panggilan?": the question is asked by a customer, so its
words ("you sell monstera", "you have rooms") are never the business's offerings; the owner's answer names what is
sold, and is read as any sentence is. The labels are no cards either: the answer's ("A (Owner):", "Jawaban
pemilik:") and the page's heading ("Google Maps Q&A", "Tanya Jawab di Google Maps").

Only a question opened by its label is masked: a question the owner asks ("bore up? chat dulu", "Ada les gitar
dewasa?") offers what it names."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

_OPEN = r"(?:^|(?<=[.!?;:\n-]))[^\w\n]*"  # a sentence's or a heading's end, then what may stand before a word
# The question's label and who asked it, then the question to its question mark (or the sentence's end).
_QUESTION = regrouped(_OPEN + r"(?P<q>(?:q|question|pertanyaan|tanya)\s*(?:\([^()\n]{0,60}\))?\s*:[^?\n]{0,160}?"
                      r"(?:\?|(?=[.!;\n]|$)))")
# The answer's label and who answered: the words after it are the owner's.
_ANSWER = regrouped(_OPEN + r"(?P<a>(?:a|answer|jawaban(?:\s+(?:pemilik|owner|admin))?|jawab)\s*"
                    r"(?:\([^()\n]{0,60}\))?\s*:)")
# The page's heading: "Google Maps Q&A", "FAQ", "Tanya Jawab (di Google Maps)".
_HEADING = regrouped(r"(?:\b(?:from\s+(?:our|the)\s+)?(?:google\s+(?:maps\s+)?|gmaps\s+|maps\s+)?"
                     r"(?:q\s*&\s*a|q\s+and\s+a|tanya\s*jawab|tanya-jawab)(?:\s+(?:di|on|from)\s+google(?:\s+maps)?)?)")


def asked_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of a Q&A's questions, its answers' labels and its heading (the module's doc)."""
    if ":" not in lower and "&" not in lower and "tanya" not in lower:
        return []
    spans = [m.span("q") for m in _QUESTION.finditer(lower)]
    if not spans and not _HEADING.search(lower):  # an "A:" label alone is no answer (a list may be lettered)
        return []
    spans += [m.span("a") for m in _ANSWER.finditer(lower)]
    spans += [m.span() for m in _HEADING.finditer(lower)]
    return spans
