"""What a partner pays to join ("modal 5 jt", "biaya kemitraan 15jt", "franchise fee 25 juta") is the partnership's
term, never the price of a menu item or an offering: the cards' prices and the price line leave it out. Said inside
a note already ("cuma modal 5 jt udah dapat booth …"), the note shows it; otherwise it is a note of its own, with its
subject, as the owner wrote it. Only where the owner offers a partnership: "investasi 600rb" of a class is its fee."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from ...models import Fact

_CAPITAL = regrouped(r"(?i)(?:modal(?:\s+usaha|\s+awal|\s+kemitraan)?|investasi(?:\s+awal)?|biaya\s+(?:kemitraan|franchise|"
                     r"waralaba)|paket\s+(?:kemitraan|franchise|waralaba)|franchise\s+fee|(?:initial\s+)?investment|"
                     r"partnership\s+fee)")
_PARTNERSHIP = regrouped(r"\b(?:kemitraan|mitra|franchise|waralaba|partnership|partners?)\b")


def capital_apart(facts: list[Fact], lower: str) -> list[Fact]:
    """The facts with each partner's capital read as the partnership's term, not a price."""
    if not _PARTNERSHIP.search(lower) or not any(f.kind == "price" and _CAPITAL.fullmatch(f.subject.strip()) for f in facts):
        return facts
    notes = [f.value.lower() for f in facts if f.kind == "note"]
    out = []
    for f in facts:
        if f.kind == "price" and _CAPITAL.fullmatch(f.subject.strip()):
            if any(f.value.lower() in n for n in notes):
                continue
            f = Fact(kind="note", value=f"{f.subject} {f.value}"[:120])
        out.append(f)
    return out
