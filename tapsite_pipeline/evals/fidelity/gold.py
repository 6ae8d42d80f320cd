"""Gold labels of a page (datasets/pages.jsonl, see datasets/CARD.md) and the set's matching rules.

A gold record may give: brand (null: the brief names none), niche, language, offerings, not_offerings,
facts ([{"kind", "text", "any_of": [[alternatives of group 1], [group 2], …]}]; a flat list of
alternatives is one group) and contact ({"channel": whatsapp|phone|email|instagram|form, "value"}).
"""

from __future__ import annotations

import re

from tapsite_pipeline.shorthand import expand

CHANNELS = ("whatsapp", "phone", "email", "instagram", "form")


def alternative_in(text: str, alternative: str) -> bool:
    """The gold set's rule for fact alternatives: case-insensitive; an alternative that starts with a
    letter or digit must start a word ("hotel" matches "hotels", not "photel"), and one of at most 3
    characters must also end one ("SMA" matches "SMA", not "smart")."""
    # chat shorthand spelled out on both sides: a page's "sudah" is the gold's "udh"
    t, a = expand(text.lower(), for_matching=True), expand(alternative.lower().strip(), for_matching=True)
    if not a:
        return False
    prefix = r"(?<![^\W_])" if a[0].isalnum() else ""
    suffix = r"(?![^\W_])" if len(a) <= 3 and a[-1].isalnum() else ""
    return re.search(prefix + re.escape(a) + suffix, t) is not None


def fact_groups(fact) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """(label, groups) of one gold fact in any accepted shape."""
    if isinstance(fact, str):
        return fact, ((fact,),)
    if isinstance(fact, list):
        return str(fact[0]) if fact else "", (tuple(str(a) for a in fact),)
    any_of = fact.get("any_of") or []
    if any_of and all(isinstance(g, list) for g in any_of):
        groups = tuple(tuple(str(a) for a in g) for g in any_of if g)
    else:
        groups = (tuple(str(a) for a in any_of),) if any_of else ()
    label = str(fact.get("text") or fact.get("name") or (groups[0][0] if groups else ""))
    return label, groups


def contact(gold: dict) -> dict:
    """{"channel", "value", plus whatsapp/phone/email/instagram keys} from either contact shape."""
    c = dict(gold.get("contact") or {})
    ch, value = c.get("channel"), c.get("value")
    if ch in ("whatsapp", "phone", "email", "instagram") and value and ch not in c:
        c[ch] = value
    return c


def brand(gold: dict):
    """(known, brand): known is False when the record does not label the brand at all."""
    for key in ("brand", "brand_name"):
        if key in gold:
            return True, gold[key] or None
    return False, None


# The labels a page record of datasets/pages.jsonl carries at its top level (no "gold" object).
PAGE_GOLD_KEYS = ("brand", "niche", "language", "offerings", "not_offerings", "facts", "contact")


def page_gold(row: dict) -> dict:
    """A pages.jsonl record's gold labels, in the shape score_page takes."""
    return {k: row[k] for k in PAGE_GOLD_KEYS if k in row}
