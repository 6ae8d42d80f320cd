"""Each sentence of the copy said once on a page.

The sections are written one at a time (stages/content.py), each from the same intent and phrase banks, so two of
them can land on the same sentence: a lead and an about paragraph, a highlight card and an ordering step, an owner's
note listed in the about section and said again in a card. Read in page order, a sentence of five words or more
that an earlier part of the page already said is left out where it comes again. Offering cards are never dropped
(they are what is sold); their names count as said, so a note that only repeats one is not listed beside it.
Headings are left alone: they name a part of the page, they do not say anything new."""

from __future__ import annotations

import re

from ..models import CardItem, SectionContent, SiteContent

MIN_WORDS = 5   # shorter lines ("Ada pertanyaan?", "Tanya dulu juga boleh.") may come back without reading as a repeat
# a sentence ends at . ! ? before a space, unless the next word goes on in lower case ("Crumb & Co. brings you …"
# is one sentence) or the stop is inside the business's name ("Toko Hj. Siti")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


def _key(sentence: str) -> str | None:
    """The sentence's words, lowercased; None for a sentence too short to count as a repeat."""
    words = _WORD.findall(sentence.lower())
    return " ".join(words) if len(words) >= MIN_WORDS else None


def _sentences(text: str, name: str) -> list[str]:
    inside = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)] if "." in name else []
    out, start = [], 0
    for m in _SPLIT.finditer(text):
        if not text[m.end()].islower() and not any(a < m.start() < b for a, b in inside):
            out.append(text[start:m.start()])
            start = m.end()
    return [*out, text[start:]]


def _once(text: str, seen: set[str], name: str = "") -> str:
    """`text` without the sentences already in `seen` (which then holds text's sentences too)."""
    kept, dropped = [], False
    for s in _sentences(text, name):
        k = _key(s)
        if k is not None and k in seen:
            dropped = True
            continue
        if k is not None:
            seen.add(k)
        kept.append(s)
    return " ".join(kept) if dropped else text


def _item(item: CardItem, seen: set[str], name: str) -> CardItem | None:
    title_key = _key(item.title)
    if title_key is not None and title_key in seen:
        return None
    desc = _once(item.description, seen, name) if item.description else ""
    if item.description and not desc:
        return None  # a card whose whole point was said before
    if title_key is not None:
        seen.add(title_key)
    return item if desc == item.description else item.model_copy(update={"description": desc})


def say_once(site: SiteContent, name: str = "") -> SiteContent:
    """The copy with every sentence of five words or more said once, in the order the page shows its sections
    (`name`: the business's name, whose own stops end no sentence)."""
    seen: set[str] = set()
    for sec in site.sections:  # the offerings' names are the page's own, wherever their section stands
        if sec.type == "products":
            seen.update(k for i in sec.items if (k := _key(i.title)) is not None)
    out: list[SectionContent] = []
    changed = False
    for sec in site.sections:
        body = _once(sec.body, seen, name) if sec.body else sec.body
        if sec.type == "products":
            items = list(sec.items)
            for i in items:
                if i.description:
                    _once(i.description, seen, name)
        else:
            items = [kept for i in sec.items if (kept := _item(i, seen, name)) is not None]
        if body != sec.body or items != list(sec.items):
            changed = True
            sec = sec.model_copy(update={"body": body, "items": items})
        out.append(sec)
    return site.model_copy(update={"sections": out}) if changed else site
