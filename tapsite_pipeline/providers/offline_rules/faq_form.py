"""A brief written as the page's FAQ names the business in the questions it asks about it: "Q: What does Iklan Tepat
Surabaya do? A: We run Google Ads and Meta Ads …", "Why choose Rumah Jahit Bunda?", "Kenapa pilih Laundry Kilat?".

The name asked about is the business's, over the goods and services its answers name ("We run Google Ads …")."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .cap_runs import _is_cap
from .name_reader import take_name
from .places import PLACES

# The question, up to the name: "what does", "why choose", "kenapa (harus) pilih"; the name then ends the question
# ("… do?", "…?").
_ABOUT = regrouped(r"(?i)\b(?:what\s+does|why\s+(?:choose|pick)|kenapa\s+(?:harus\s+)?(?:pilih|memilih)|"
                   r"mengapa\s+(?:harus\s+)?(?:pilih|memilih))\s+(?=[A-Z0-9])")
_QUESTION_END = regrouped(r"(?i)\s*(?:(?:do|offer|sell|make|provide)\s*)?\?")


def asked_about(text: str) -> tuple[str, int, int] | None:
    """The business a FAQ's question is asked about: a capitalised name of two words or more that ends the question."""
    for m in _ABOUT.finditer(text):
        found = take_name(text, m.end(), True, require_cap=True)
        if not found or not _is_cap(found[0]) or len(found[0].split()) < 2:
            continue
        name, s, e = found
        if not _QUESTION_END.match(text, e) or all(w.lower() in PLACES for w in name.split()):
            continue
        return found
    return None
