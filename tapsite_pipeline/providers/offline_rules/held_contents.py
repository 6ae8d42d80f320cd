"""What an offering card holds, as the owner wrote it, the card as its subject: a package's counted contents after
its name ("Paket Basic 350rb: 3 konsep logo, 2x revisi", package_contents.py), and what is bracketed right after a
card's name or its price when the brackets say it is held: a package's list ("paket pesta (tenda, kursi, katering)
mulai 5 jt") or a cue word ("rias pengantin 3 jt (termasuk sanggul)", "villa 900rb (incl. breakfast)"). The card
shows it ("Isi: tenda, kursi, katering."), so it is no line of its own. Other brackets after a card name its kinds
("kostum profesi (dokter, polisi)"), languages or places, which are never what it holds."""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from ...models import Fact
from .package_contents import AMOUNT, package_contents
from .set_aside import set_aside_facts

# A card's price said between its name and the brackets: "400rb", "Rp 1.500.000/malam", "mulai 2jt".
_PRICE_BETWEEN = r"(?:\s*(?:mulai|from|harga|cuma|only)?\s*" + AMOUNT + r"(?:\s*/\s*[a-z]+)?)?"
# The brackets' list: no figures (a count, a time or a price is a note or a price of its own), two slots or more.
_BRACKET = regrouped(r"\s*\(([^()\d\n]{3,80})\)")
_PRICE_TAIL = regrouped(_PRICE_BETWEEN[:-1] + r"\s*$")
_SLOT_SPLIT = re.compile(r"\s*(?:,|\+|&|/|\bdan\b|\band\b|\bserta\b)\s*")
# The word that says the brackets hold what comes with the card: "(termasuk …)", "(incl. …)", "(free …)".
_HELD_CUE = re.compile(r"(?i)^(?:sudah\s+|sdh\s+|udah\s+)?(?:termasuk|trmsk|incl\.?|include[sd]?|including|isi|berisi|"
                       r"isinya)\s+")
_PACKAGE_NAME = re.compile(r"\b(?:paket|package|bundle|combo|hampers?|parcel|parsel)\b")


def held_facts(text: str, lower: str, items: list[str], facts: list[Fact]) -> list[Fact]:
    """A package fact for each card whose contents the owner gave, up to four; then what the offerings reader set
    aside as no card and no fact or note (`facts` holds the notes too) shows yet (set_aside.py)."""
    out = []
    for name, (a, b) in package_contents(lower):
        value = text[a:b].strip(" ,;:")
        if name in items and value and len(out) < 4:
            out.append(Fact(kind="package", value=value[:120].rsplit(" ", 1)[0] if len(value) > 120 else value,
                            subject=name[:60]))
    for name, value in _bracketed(text, lower, items, facts):
        if len(out) < 4 and not any(f.subject == name for f in out):
            out.append(Fact(kind="package", value=value, subject=name[:60]))
    return out + set_aside_facts(text, lower, items, [*facts, *out])


def _bracketed(text: str, lower: str, items: list[str], facts: list[Fact]) -> list[tuple[str, str]]:
    """(card, what it holds) for each card named right before brackets that hold things: a package's list of two
    slots or more, or what a cue word leads; each slot one to three words, none a card of its own ("paket desain
    (logo, banner)" sells the logo and the banner) and none a fact read already ("paket les (SD, SMP)" says whom
    it teaches)."""
    if "(" not in lower:
        return []
    said = {f.value.lower() for f in facts if f.kind not in ("package", "note", "price")}
    out = []
    for m in _BRACKET.finditer(lower):  # (one pass over the brackets; no pattern made for each card)
        before = lower[max(0, m.start() - 90):m.start()]
        price = _PRICE_TAIL.search(before)
        before = before[:price.start()] if price else before
        name = next((n for n in items if before.endswith(n)
                     and (len(before) == len(n) or not re.match(r"[\w-]", before[-len(n) - 1]))), None)
        if name is None:
            continue
        inner = text[m.start(1):m.end(1)].strip(" ,;:")
        cue = _HELD_CUE.match(inner)
        if cue:
            inner = inner[cue.end():].strip(" ,;:")
        elif not _PACKAGE_NAME.search(name):
            continue  # "kostum profesi (dokter, polisi)": the kinds of the card, not what it holds
        slots = [s for s in _SLOT_SPLIT.split(inner.lower()) if s.strip()]
        if len(slots) < (1 if cue else 2) or inner.lower() in said or any(
                len(s.split()) > 3 or s in items or s in said for s in slots):
            continue
        out.append((name, inner))
    return out


def held_said(facts: list[Fact], held: list[Fact]) -> list[Fact]:
    """Facts and notes that only repeat what a card holds ("paket pesta (tenda, kursi, katering)" read as a package
    of its own, "termasuk sanggul" as a note) are left out: the card says it."""
    inner = [h.value.lower() for h in held]
    return [f for f in facts if f.kind not in ("package", "note") or f in held
            or not any(f"({v})" in f.value.lower() or _HELD_CUE.sub("", f.value.lower()) == v for v in inner)]
