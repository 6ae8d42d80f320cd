"""read_request: an owner's refinement request (one message) → a typed SiteEdit, deterministically.

The message is cut into clauses ("warnanya biru, tambah jam buka 08.00-17.00, hapus es teh"); each
clause is read by a fixed order of rules, each taking the words it understands (a number, a time
range, a colour, an offering the site lists…). A clause nothing understood, an offering to remove that
the site does not list, or a contact that is not one, turns the whole answer into a question: the owner
is asked instead of the site being guessed at.
"""

from __future__ import annotations

from typing import Any

from ...models import ContactChanges, DesignOverrides, IntentChanges, SiteEdit
from . import refine_words as W
from .refine_rules import (
    WORD,
    Clause,
    Draft,
    items_in,
    match_product,
    rule_add,
    rule_brand,
    rule_colours,
    rule_contact,
    rule_heading,
    rule_hours,
    rule_image,
    rule_language,
    rule_location,
    rule_remove,
    rule_replace,
    rule_say,
    rule_template,
    rule_tone,
)
from .text import clean, detect_language


def _clauses(text: str) -> list[Clause]:
    out, pos = [], 0
    low = text.lower()
    for m in W.CLAUSE_SPLIT.finditer(low):
        if m.start() > pos:
            out.append(Clause(text[pos:m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append(Clause(text[pos:]))
    return [c for c in out if c.orig.strip()]



RULES = (rule_hours, rule_contact, rule_heading, rule_brand, rule_language, rule_location, rule_say, rule_template, rule_image, rule_replace, rule_remove,
         rule_colours, rule_add, rule_tone)
EXCLUSIVE = {"rule_hours": {"rule_say", "rule_contact"}, "rule_contact": {"rule_say"}}


def _list_continues(c: Clause, d: Draft, previous: str | None) -> bool:
    """", tempe mendoan" after "tambah es jeruk": more items of the list the clause before began."""
    if previous not in ("rule_add", "rule_remove"):
        return False
    items = items_in(c.orig)
    if not items or any(w in W.VAGUE for w in c.leftover()):
        return False
    if previous == "rule_add":
        d.add.extend(i for i in items if i not in d.add)
        return True
    matched = [match_product(i, d.products) for i in items]
    d.remove.extend(m for m in matched if m)
    d.missing.extend(i for i, m in zip(items, matched, strict=True) if not m)
    return True


def _question(d: Draft, request: str) -> str:
    lang = detect_language(request.lower())
    offer = ", ".join(d.site.get("products") or []) or ("—" if lang == "id" else "none listed")
    if d.invalid:
        return (f"“{d.invalid[0]}” bukan nomor, email atau jam yang bisa saya pakai. Bisa ditulis ulang?" if lang == "id"
                else f"“{d.invalid[0]}” is not a number, email or time I can use. Could you write it again?")
    if d.missing:
        return (f"Saya tidak menemukan “{d.missing[0]}” di daftar: {offer}. Yang mana yang mau dihapus?" if lang == "id"
                else f"I can't find “{d.missing[0]}” among: {offer}. Which one should go?")
    part = f" “{d.unread[0]}”" if d.unread else ""
    return (f"Maaf, saya belum paham{part}. Mau ubah apa? Misalnya warna, menu/produk, jam buka, kontak, gambar, "
            "nama usaha, atau gaya bahasa." if lang == "id" else
            f"Sorry, I didn't understand{part}. What would you like to change? For example the colours, the "
            "offerings, opening hours, contact, the picture, the business name or the tone.")


def read_request(request: str, site: dict[str, Any]) -> SiteEdit:
    """`site`: the current brand_name, products, color_preference, tone, language, location of the page."""
    d = Draft(site=site)
    previous: str | None = None
    for clause in _clauses(clean(request)):
        fired: list[str] = []
        for rule in RULES:
            if any(rule.__name__ in EXCLUSIVE.get(f, ()) for f in fired):
                continue
            if rule(clause, d):
                fired.append(rule.__name__)
        if fired:
            previous = fired[-1]
            continue
        if _list_continues(clause, d, previous):
            continue
        left = clause.leftover()
        asks = [W.ACTION[w] for w in WORD.findall(clause.low) if w in W.ACTION]
        if left or any(kind is None or kind != previous for kind in asks):
            d.unread.append(" ".join(clause.orig.split()))
        previous = None
    changed = _changes(d)
    if d.unread or d.missing or d.invalid or changed is None:
        return SiteEdit(question=_question(d, request))
    return changed


def _changes(d: Draft) -> SiteEdit | None:
    intent = dict(d.intent)
    if d.colors_set is not None or d.colors_add or d.colors_remove:
        base = list(d.colors_set) if d.colors_set is not None else list(d.site.get("color_preference") or [])
        base += [c for c in d.colors_add if c not in base]
        intent["color_preference"] = [c for c in base if c not in d.colors_remove][:5]
    if d.add:
        intent["add_products"] = d.add[:10]
    if d.remove:
        intent["remove_products"] = list(dict.fromkeys(d.remove))[:10]
    if d.facts:
        intent["facts"] = d.facts
    edit = SiteEdit(intent=IntentChanges(**intent), contact=ContactChanges(**d.contact, remove=d.contact_remove),
                    design=DesignOverrides(**d.design), sections=d.sections[:10], images=d.images[:1])
    return None if edit.is_empty() else edit
