"""read_request: an owner's refinement request (one message) → a typed SiteEdit, deterministically.

The message is cut into clauses ("warnanya biru, tambah jam buka 08.00-17.00, hapus es teh"); each
clause is read by a fixed order of rules, each taking the words it understands (a number, a time
range, a colour, an offering the site lists…). A clause nothing understood, an offering to remove that
the site does not list, or a contact that is not one, turns the whole answer into a question: the owner
is asked instead of the site being guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from ...models import ContactChanges, DesignOverrides, Fact, ImageChange, IntentChanges, SectionEdit, SiteEdit
from . import refine_words as W
from .classify import _TONES
from .colors import find_colors
from .colors import _PRODUCT_AFTER, _PRODUCT_BEFORE
from .text import clean, detect_language, title_case

_TONE_WORDS = {w: tone for tone, alts in _TONES.items() for w in re.findall(r"[a-z][a-z\-]+", alts)}
_TONE_RE = re.compile(r"\b(" + "|".join(sorted({*_TONE_WORDS, *W.TONE_COMPARATIVE}, key=len, reverse=True))
                      + r")\b")
_WORD = re.compile(r"[a-z][a-z'\-]*")


@dataclass
class _Draft:
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


class _Clause:
    """One clause, in the owner's casing and lower case; rules blank out the words they take."""

    def __init__(self, orig: str):
        self.orig = orig
        self.low = orig.lower() if len(orig.lower()) == len(orig) else orig
        self.done: list[str] = []

    def take(self, start: int, end: int) -> None:
        self.orig = self.orig[:start] + " " * (end - start) + self.orig[end:]
        self.low = self.low[:start] + " " * (end - start) + self.low[end:]

    def leftover(self) -> list[str]:
        return [w for w in _WORD.findall(self.low) if w not in W.FILLER and len(w) > 1]


def _clauses(text: str) -> list[_Clause]:
    out, pos = [], 0
    low = text.lower()
    for m in W.CLAUSE_SPLIT.finditer(low):
        if m.start() > pos:
            out.append(_Clause(text[pos:m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append(_Clause(text[pos:]))
    return [c for c in out if c.orig.strip()]


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


def _items(text: str) -> list[str]:
    out = []
    for part in W.ITEM_SPLIT.split(text):
        part = _clean_item(part)
        words = _WORD.findall(part.lower())
        if part and words and not all(w in W.FILLER for w in words) and len(part) <= 60:
            out.append(part.lower())
    return out


def _match_product(item: str, products: list[str]) -> str | None:
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


def _mentioned(c: _Clause, products: list[str]) -> list[tuple[str, int, int]]:
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

def _contact(c: _Clause, d: _Draft) -> bool:
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


def _hours(c: _Clause, d: _Draft) -> bool:
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


def _heading(c: _Clause, d: _Draft) -> bool:
    m = W.HEADING.search(c.orig.replace("'", '"')) if '"' in c.orig or "'" in c.orig else None
    if not m:
        return False
    d.sections.append(SectionEdit(section="hero", action="set_heading", text=m.group("text").strip()))
    c.take(0, len(c.low))
    return True


def _name(raw: str) -> str:
    raw = W.NAME_TRAIL.sub("", raw.strip()).strip(" \"'")
    return title_case(raw) if raw == raw.lower() else raw


def _brand(c: _Clause, d: _Draft) -> bool:
    for rx in W.BRAND:
        m = rx.search(c.low)
        if m:
            name = _name(c.orig[m.start("name"):m.end("name")])
            if 2 <= len(name) <= 50:
                d.intent["brand_name"] = name
                c.take(0, len(c.low))
                return True
    return False


def _language(c: _Clause, d: _Draft) -> bool:
    m = W.LANG.search(c.low)
    if not m:
        return False
    d.intent["language"] = W.LANG_WORDS[m.group(1)]
    c.take(m.start(), m.end())
    return True


def _location(c: _Clause, d: _Draft) -> bool:
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


def _say(c: _Clause, d: _Draft) -> bool:
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


def _template(c: _Clause, d: _Draft) -> bool:
    m = W.TEMPLATE.search(c.low)
    if not m:
        return False
    d.design["another_template"] = True
    c.take(m.start(), m.end())
    return True


def _image(c: _Clause, d: _Draft) -> bool:
    m = W.IMAGE.search(c.low)
    if not m or (m.group(0).strip().split()[0] not in ("ganti", "ubah", "tukar", "change", "swap", "replace", "another",
                                                       "different", "new", "other")
                 and not W.IMAGE_VERB.search(c.low)):
        return False
    d.images.append(ImageChange(action="redraw"))
    c.take(m.start(), m.end())
    return True


def _replace(c: _Clause, d: _Draft) -> bool:
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
    new = _items(c.orig[to.end():])
    if not new:
        return False
    d.remove.append(old)
    d.add.extend(n for n in new if n not in d.add)
    c.take(0, len(c.low))
    return True


def _remove(c: _Clause, d: _Draft) -> bool:
    verb = W.REMOVE.search(c.low)
    if not verb:
        return False
    named = _mentioned(c, d.products)
    for p, s, e in named:
        d.remove.append(p)
        c.take(s, e)
    if not named:
        asked = _items(c.orig[:verb.start()] + " " * (verb.end() - verb.start()) + c.orig[verb.end():])
        if asked and all(find_colors(i) for i in asked):
            return False  # "no more cream": a colour, for the colour rule
        for item in asked:
            match = _match_product(item, d.products)
            if match:
                d.remove.append(match)
            else:
                d.missing.append(item)
        if not asked and not d.remove:
            return False  # "remove it" with nothing named before
    c.take(verb.start(), verb.end())
    c.take(0, len(c.low))
    return True


def _colours(c: _Clause, d: _Draft) -> bool:
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
    bare = not [w for w in _WORD.findall(masked) if w not in W.FILLER]
    negated = [bool(W.COLOR_NOT.search(c.low[max(0, m.start() - 30):m.start()])) for m in found]
    if not (told or bare or any(negated)):
        return False
    for i, m in enumerate(found[:-1]):  # "ganti merah jadi biru": the first is the colour being replaced
        if re.fullmatch(r"\s*(?:jadi|menjadi|ke|to|with|dengan|dgn|for|into)\s*", c.low[m.end():found[i + 1].start()]):
            negated[i] = True
    for m, neg in zip(found, negated):
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


def _add(c: _Clause, d: _Draft) -> bool:
    verb = None
    for verb in W.ADD.finditer(c.low):
        pass  # the last verb: "we now also sell X"
    if verb is None:
        return False
    items = [i for i in _items(c.orig[verb.end():]) if _norm(i) not in {_norm(p) for p in d.products}]
    items = [i for i in items if (not find_colors(i) or len(i.split()) > 1)
             and not any(w in W.VAGUE for w in _WORD.findall(i))]
    if not items:
        c.take(verb.start(), verb.end())
        return False
    d.add.extend(i for i in items if i not in d.add)
    c.take(0, len(c.low))
    return True


def _tone(c: _Clause, d: _Draft) -> bool:
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


RULES = (_hours, _contact, _heading, _brand, _language, _location, _say, _template, _image, _replace, _remove,
         _colours, _add, _tone)
EXCLUSIVE = {"_hours": {"_say", "_contact"}, "_contact": {"_say"}}


def _list_continues(c: _Clause, d: _Draft, previous: str | None) -> bool:
    """", tempe mendoan" after "tambah es jeruk": more items of the list the clause before began."""
    if previous not in ("_add", "_remove"):
        return False
    items = _items(c.orig)
    if not items or any(w in W.VAGUE for w in c.leftover()):
        return False
    if previous == "_add":
        d.add.extend(i for i in items if i not in d.add)
        return True
    matched = [_match_product(i, d.products) for i in items]
    d.remove.extend(m for m in matched if m)
    d.missing.extend(i for i, m in zip(items, matched) if not m)
    return True


def _question(d: _Draft, request: str) -> str:
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
    d = _Draft(site=site)
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
        asks = [W.ACTION[w] for w in _WORD.findall(clause.low) if w in W.ACTION]
        if left or any(kind is None or kind != previous for kind in asks):
            d.unread.append(" ".join(clause.orig.split()))
        previous = None
    changed = _changes(d)
    if d.unread or d.missing or d.invalid or changed is None:
        return SiteEdit(question=_question(d, request))
    return changed


def _changes(d: _Draft) -> SiteEdit | None:
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
