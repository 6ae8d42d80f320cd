"""The rules of the offline request reader (refine.py): a draft edit, a clause, and one rule per kind of change.

Each rule reads one clause and takes the words it understands (blanking them), adding to the draft; it
returns whether it read anything. The lexicon is refine_words.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from ...models import Fact, ImageChange, SectionEdit
from . import refine_words as W
from .colors import _PRODUCT_AFTER, _PRODUCT_BEFORE, find_colors
from .text import title_case
from .tone import _TONES

_TONE_WORDS = {w: tone for tone, alts in _TONES.items() for w in re.findall(r"[a-z][a-z\-]+", alts)}
_TONE_RE = re.compile(r"\b(" + "|".join(sorted({*_TONE_WORDS, *W.TONE_COMPARATIVE}, key=len, reverse=True))
                      + r")\b")
WORD = re.compile(r"[a-z][a-z'\-]*")


@dataclass
class Draft:
    site: dict[str, Any]
    colors_set: list[str] | None = None
    colors_add: list[str] = field(default_factory=list)
    colors_remove: list[str] = field(default_factory=list)
    add: list[str] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    intent: dict[str, Any] = field(default_factory=dict)
    contact: dict[str, Any] = field(default_factory=dict)
    contact_remove: list[str] = field(default_factory=list)
    design: dict[str, Any] = field(default_factory=dict)
    images: list[ImageChange] = field(default_factory=list)
    sections: list[SectionEdit] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.site.get("language") or "id"

    @property
    def products(self) -> list[str]:
        return [p for p in self.site.get("products") or [] if p not in self.remove]


class Clause:
    """One clause, in the owner's casing and lower case; rules blank out the words they take."""

    def __init__(self, orig: str):
        self.orig = orig
        self.low = orig.lower() if len(orig.lower()) == len(orig) else orig
        self.done: list[str] = []

    def take(self, start: int, end: int) -> None:
        self.orig = self.orig[:start] + " " * (end - start) + self.orig[end:]
        self.low = self.low[:start] + " " * (end - start) + self.low[end:]

    def leftover(self) -> list[str]:
        return [w for w in WORD.findall(self.low) if w not in W.FILLER and len(w) > 1]


def _norm(s: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", s.lower()))


def _clean_item(item: str) -> str:
    item = " ".join(item.split()).strip(" -:'\"")
    for _ in range(4):
        new = W.ITEM_TRAIL.sub("", W.ITEM_LEAD.sub("", item.lower() if item == item.lower() else item)).strip(" -:'\"")
        if new == item:
            break
        item = new
    return item


def items_in(text: str) -> list[str]:
    out = []
    for part in W.ITEM_SPLIT.split(text):
        part = _clean_item(part)
        words = WORD.findall(part.lower())
        if part and words and not all(w in W.FILLER for w in words) and len(part) <= 60:
            out.append(part.lower())
    return out


def match_product(item: str, products: list[str]) -> str | None:
    """The listed offering an item names: equal, one inside the other, or a close spelling (unique)."""
    n = _norm(item)
    for p in products:
        if _norm(p) == n:
            return p
    inside = [p for p in products if f" {n} " in f" {_norm(p)} " or f" {_norm(p)} " in f" {n} "]
    if len(inside) == 1:
        return inside[0]
    close = [p for p in products if SequenceMatcher(None, _norm(p), n).ratio() >= 0.85]
    return close[0] if len(close) == 1 else None


def _mentioned(c: Clause, products: list[str]) -> list[tuple[str, int, int]]:
    """Listed offerings named in the clause (longest first, "croissantnya" counts), with their spans."""
    found = []
    low = c.low
    for p in sorted(products, key=len, reverse=True):
        m = re.search(r"(?<![\w])" + re.escape(p.lower()) + r"(?:nya|s)?(?![\w])", low)
        if m:
            found.append((p, m.start(), m.end()))
            low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    return found


# ---------------------------------------------------------------- the rules, in the order they read a clause

def rule_contact(c: Clause, d: Draft) -> bool:
    hit = False
    for m in W.CONTACT_REMOVE.finditer(c.low):
        what = m.group("what")
        d.contact_remove.append("email" if "mail" in what else "whatsapp" if what.startswith("w") else "phone")
        c.take(m.start(), m.end())
        hit = True
    for m in W.EMAIL.finditer(c.low):
        d.contact["email"] = m.group(0)
        c.take(m.start(), m.end())
        hit = True
    for m in W.PHONE.finditer(c.low):
        digits = re.sub(r"\D", "", m.group(0))
        digits = "62" + digits[1:] if digits.startswith("0") else digits
        if not 9 <= len(digits) <= 15:
            d.invalid.append(m.group(0))
        else:
            mobile = digits.startswith("628")
            as_phone = W.PHONE_WORD.search(c.low) and not W.WA_WORD.search(c.low)
            d.contact["phone" if as_phone or not mobile else "whatsapp"] = digits
        c.take(m.start(), m.end())
        hit = True
    if hit:
        for m in W.CONTACT_LEAD.finditer(c.low):
            c.take(m.start(), m.end())
    return hit


def _hour(h: str, m: str | None, suffix: str | None) -> tuple[int, int]:
    hour, minute = int(h), int(m or 0)
    s = (suffix or "").replace(".", "")
    if s in ("pm", "sore", "malam", "malem") and hour < 12:
        hour += 12
    elif s == "siang" and hour < 11:
        hour += 12
    elif s == "am" and hour == 12:
        hour = 0
    return hour, minute


def rule_hours(c: Clause, d: Draft) -> bool:
    m = W.HOURS.search(c.low)
    if not m or not (W.HOURS_CONTEXT.search(c.low) or m.group(3) or m.group(6)):
        return False
    (h1, m1), (h2, m2) = _hour(m.group(1), m.group(2), m.group(3)), _hour(m.group(4), m.group(5), m.group(6))
    if not m.group(6) and h2 <= h1 and h2 < 12:
        h2 += 12  # "10 to 8": the shop closes in the evening
    if not (0 <= h1 < 24 and 0 < h2 <= 24 and m1 < 60 and m2 < 60 and (h1, m1) < (h2, m2)):
        d.invalid.append(m.group(0))
        return True
    when = f"{h1:02d}.{m1:02d}–{h2:02d}.{m2:02d}"
    days = W.DAY_RANGE.search(c.low)
    names = W.DAY_NAMES[d.lang]
    if days:
        when = f"{names[W.DAYS[days.group(1)]]}–{names[W.DAYS[days.group(2)]]} {when}"
    elif W.EVERY_DAY.search(c.low):
        when = f"{W.EVERY_DAY_LABEL[d.lang]} {when}"
    d.facts = [f for f in d.facts if f.kind != "hours"] + [Fact(kind="hours", value=when)]
    c.take(0, len(c.low))  # the rest of the clause ("mention that we are open") is about the hours
    return True


def rule_heading(c: Clause, d: Draft) -> bool:
    m = W.HEADING.search(c.orig.replace("'", '"')) if '"' in c.orig or "'" in c.orig else None
    if not m:
        return False
    d.sections.append(SectionEdit(section="hero", action="set_heading", text=m.group("text").strip()))
    c.take(0, len(c.low))
    return True


def _name(raw: str) -> str:
    raw = W.NAME_TRAIL.sub("", raw.strip()).strip(" \"'")
    return title_case(raw) if raw == raw.lower() else raw


def rule_brand(c: Clause, d: Draft) -> bool:
    for rx in W.BRAND:
        m = rx.search(c.low)
        if m:
            name = _name(c.orig[m.start("name"):m.end("name")])
            if 2 <= len(name) <= 50:
                d.intent["brand_name"] = name
                c.take(0, len(c.low))
                return True
    return False


def rule_language(c: Clause, d: Draft) -> bool:
    m = W.LANG.search(c.low)
    if not m:
        return False
    d.intent["language"] = W.LANG_WORDS[m.group(1)]
    c.take(m.start(), m.end())
    return True


def rule_location(c: Clause, d: Draft) -> bool:
    for rx in W.LOCATION:
        m = rx.search(c.low)
        if not m:
            continue
        words = c.orig[m.start("place"):m.end("place")].split()
        keep = []
        for w in words:
            w = w.strip(".,;:!?")
            if not w or w.lower() in W.FILLER:
                break
            keep.append(w)
        if keep:
            d.intent["location"] = _name(" ".join(keep[:3]))
            c.take(0, len(c.low))
            return True
    return False


def rule_say(c: Clause, d: Draft) -> bool:
    m = W.SAY.search(c.low)
    if not m:
        return False
    text = W.NAME_TRAIL.sub("", c.orig[m.start("text"):m.end("text")].strip()).strip()
    if len(text) < 3:
        return False
    text = text[0].upper() + text[1:]
    d.sections.append(SectionEdit(section="about", action="add_text", text=text.rstrip(".") + "."))
    c.take(0, len(c.low))
    return True


def rule_template(c: Clause, d: Draft) -> bool:
    m = W.TEMPLATE.search(c.low)
    if not m:
        return False
    d.design["another_template"] = True
    c.take(m.start(), m.end())
    return True


def rule_image(c: Clause, d: Draft) -> bool:
    m = W.IMAGE.search(c.low)
    if not m or (m.group(0).strip().split()[0] not in ("ganti", "ubah", "tukar", "change", "swap", "replace", "another",
                                                       "different", "new", "other")
                 and not W.IMAGE_VERB.search(c.low)):
        return False
    d.images.append(ImageChange(action="redraw"))
    c.take(m.start(), m.end())
    return True


def rule_replace(c: Clause, d: Draft) -> bool:
    verb = W.REPLACE.search(c.low)
    if not verb:
        return False
    named = _mentioned(c, d.products)
    if len(named) != 1:
        return False
    old, s, e = named[0]
    to = W.REPLACE_TO.search(c.low, max(e, verb.end()))
    if not to:
        return False
    new = items_in(c.orig[to.end():])
    if not new:
        return False
    d.remove.append(old)
    d.add.extend(n for n in new if n not in d.add)
    c.take(0, len(c.low))
    return True


def rule_remove(c: Clause, d: Draft) -> bool:
    verb = W.REMOVE.search(c.low)
    if not verb:
        return False
    named = _mentioned(c, d.products)
    for p, s, e in named:
        d.remove.append(p)
        c.take(s, e)
    if not named:
        asked = items_in(c.orig[:verb.start()] + " " * (verb.end() - verb.start()) + c.orig[verb.end():])
        if asked and all(find_colors(i) for i in asked):
            return False  # "no more cream": a colour, for the colour rule
        for item in asked:
            match = match_product(item, d.products)
            if match:
                d.remove.append(match)
            else:
                d.missing.append(item)
        if not asked and not d.remove:
            return False  # "remove it" with nothing named before
    c.take(verb.start(), verb.end())
    c.take(0, len(c.low))
    return True


def rule_colours(c: Clause, d: Draft) -> bool:
    found = []
    for m in find_colors(c.low):
        before = c.low[:m.start()].split()
        after = c.low[m.end():].split()
        prev_w = re.sub(r"[^a-z]", "", before[-1]) if before else ""
        next_w = re.sub(r"[^a-z]", "", after[0]) if after else ""
        in_product = any(m.group(0) in p.lower().split() for p in d.site.get("products") or [])
        if prev_w not in ("warna", "color", "colour") and (prev_w in _PRODUCT_BEFORE or next_w in _PRODUCT_AFTER
                                                            or in_product):
            continue  # "es teh hijau", "green tea": part of an offering's name
        found.append(m)
    if not found:
        return False
    told = W.COLOR_TRIGGER.search(c.low) or W.COLOR_VERB.search(c.low)
    masked = c.low
    for m in found:
        masked = masked[:m.start()] + " " * (m.end() - m.start()) + masked[m.end():]
    bare = not [w for w in WORD.findall(masked) if w not in W.FILLER]
    negated = [bool(W.COLOR_NOT.search(c.low[max(0, m.start() - 30):m.start()])) for m in found]
    if not (told or bare or any(negated)):
        return False
    for i, m in enumerate(found[:-1]):  # "ganti merah jadi biru": the first is the colour being replaced
        if re.fullmatch(r"\s*(?:jadi|menjadi|ke|to|with|dengan|dgn|for|into)\s*", c.low[m.end():found[i + 1].start()]):
            negated[i] = True
    for m, neg in zip(found, negated, strict=True):
        if neg:
            d.colors_remove.append(m.name)
        elif W.COLOR_ADD.search(c.low[max(0, m.start() - 30):m.start()]):
            d.colors_add.append(m.name)
        else:
            d.colors_set = (d.colors_set or []) + ([m.name] if m.name not in (d.colors_set or []) else [])
    for m in found:
        c.take(m.start(), m.end())
    for rx in (W.COLOR_TRIGGER, W.COLOR_VERB):
        for t in rx.finditer(c.low):
            c.take(t.start(), t.end())
    return True


def rule_add(c: Clause, d: Draft) -> bool:
    verbs = list(W.ADD.finditer(c.low))
    verb = verbs[-1] if verbs else None  # the last verb: "we now also sell X"
    if verb is None:
        return False
    items = [i for i in items_in(c.orig[verb.end():]) if _norm(i) not in {_norm(p) for p in d.products}]
    items = [i for i in items if (not find_colors(i) or len(i.split()) > 1)
             and not any(w in W.VAGUE for w in WORD.findall(i))]
    if not items:
        c.take(verb.start(), verb.end())
        return False
    d.add.extend(i for i in items if i not in d.add)
    c.take(0, len(c.low))
    return True


def rule_tone(c: Clause, d: Draft) -> bool:
    if not W.TONE_TRIGGER.search(c.low) and not re.search(r"\b\w+er\b", c.low):
        return False
    for m in _TONE_RE.finditer(c.low):
        word = m.group(1)
        if word in W.TONE_NOT_TONE:
            continue
        tone = W.TONE_COMPARATIVE.get(word) or _TONE_WORDS.get(word)
        if tone:
            d.intent["tone"] = tone
            c.take(0, len(c.low))
            return True
    return False
