"""A generated page, parsed into what a reader sees: title, h1, header brand, sections, cards, links, forms.

stdlib `html.parser`: the pages are small and our own markup; it also copes with hand-written HTML
(unclosed <p>/<li>), which the test fixtures and owner-edited pages contain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .text import sentences as split_sentences

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# <head> is not listed: minified pages omit </head>; its only text, <title>, is read on its own.
HIDDEN = frozenset("script style template noscript svg".split())
BLOCK = frozenset("""p h1 h2 h3 h4 h5 h6 li dt dd label button td th figcaption blockquote summary legend
option textarea div section header footer main nav article aside ul ol dl form table tr address""".split())
SECTION_KINDS = ("hero", "products", "highlights", "about", "contact", "faq", "gallery", "testimonials",
                 "pricing", "hours", "location")
# Formatting tags join the text around them; every other tag boundary is a word break
# (minified pages put two buttons side by side with no space between their texts).
INLINE = frozenset("strong em b i u mark small abbr sub sup code s q cite dfn kbd var time data".split())
FIELD_TAGS = ("input", "textarea", "select")
NOT_FIELDS = ("hidden", "submit", "button", "reset", "image")


@dataclass
class Block:
    tag: str
    section: str
    text: str


@dataclass
class Card:
    title: str
    body: str
    section: str = "products"
    kind: str = "card"  # "card" (products section) or "chip" (a short offer list, e.g. in the hero)


@dataclass
class Link:
    href: str | None  # None: a <button> outside any form
    text: str
    section: str
    kind: str = "a"


@dataclass
class Field:
    tag: str
    name: str
    type: str
    id: str
    label: str = ""
    required: bool = False


@dataclass
class Form:
    action: str
    method: str
    enctype: str
    section: str
    fields: list[Field] = field(default_factory=list)
    submit: str = ""


@dataclass
class Section:
    type: str
    id: str
    classes: tuple[str, ...]
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class Page:
    lang: str
    title: str
    h1: str
    header_brand: str
    description: str
    blocks: list[Block]
    cards: list[Card]
    links: list[Link]
    forms: list[Form]
    sections: list[Section]
    ids: set[str]
    jsonld: list[dict]

    @property
    def visible_text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.text]

    @property
    def sentences(self) -> list[str]:
        return [s for b in self.blocks for s in split_sentences(b.text)]

    def of(self, kind: str) -> list[Section]:
        return [s for s in self.sections if s.type == kind]

    def section_text(self, kind: str) -> str:
        return "\n".join(s.text for s in self.of(kind))

    @property
    def offer_cards(self) -> list[Card]:
        return [c for c in self.cards if c.kind == "card"]


def _section_type(tag: str, attrs: dict[str, str]) -> str:
    if tag in ("header", "footer"):
        return tag
    classes = attrs.get("class", "").split()
    sid = attrs.get("id", "")
    for kind in SECTION_KINDS:
        if kind in classes or sid == kind:
            return kind
    if "how" in classes or "steps-section" in classes or sid in ("how-to-order", "how_to_order"):
        return "how_to_order"
    return sid or (classes[0] if classes else "other")


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.hidden = 0
        self.lang = self.title = self.description = ""
        self.in_title = False
        self.buf: list[str] = []
        self.blocks: list[Block] = []
        self.sections: list[Section] = [Section("body", "", ())]
        self.sec_stack: list[tuple[int, Section]] = []  # (stack depth, section)
        self.cards: list[Card] = []
        self.card: tuple[int, Card, list[str]] | None = None  # (depth, card, text buffer)
        self.card_heading: tuple[int, list[str]] | None = None  # (depth, title buffer)
        self.links: list[Link] = []
        self.link: tuple[int, str | None, str, list[str]] | None = None
        self.forms: list[Form] = []
        self.form: tuple[int, Form] | None = None
        self.labels_for: dict[str, list[str]] = {}
        self.label: tuple[int, str, list[str], list[Field]] | None = None
        self.ids: set[str] = set()
        self.h1: list[str] | None = None
        self.h1_text = ""
        self.header_brand = ""
        self.brand_link: list[str] | None = None
        self.ld_buf: list[str] | None = None
        self.jsonld: list[dict] = []
        self.chip_list: int | None = None

    # -- helpers
    @property
    def section(self) -> Section:
        return self.sec_stack[-1][1] if self.sec_stack else self.sections[0]

    def flush(self) -> None:
        text = " ".join("".join(self.buf).split())
        self.buf = []
        if text:
            tag = next((t for t, _ in reversed(self.stack) if t in BLOCK), "body")
            b = Block(tag, self.section.type, text)
            self.blocks.append(b)
            self.section.blocks.append(b)

    # -- events
    def handle_starttag(self, tag, attrs_list):
        attrs = {k: (v or "") for k, v in attrs_list}
        if tag == "html":
            self.lang = attrs.get("lang", "")
        if tag == "meta" and attrs.get("name", "").lower() == "description":
            self.description = attrs.get("content", "")
        if tag == "title":
            self.in_title = True
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self.ld_buf = []
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag not in INLINE:
            self._sep()
        if tag in VOID:
            if tag == "input":
                self._field(tag, attrs)
            return
        if tag in BLOCK:
            self.flush()
        depth = len(self.stack)
        self.stack.append((tag, attrs))
        if tag in HIDDEN or "hidden" in attrs:
            self.hidden += 1
            return
        if tag in ("section", "header", "footer"):
            sec = Section(_section_type(tag, attrs), attrs.get("id", ""), tuple(attrs.get("class", "").split()))
            self.sections.append(sec)
            self.sec_stack.append((depth, sec))
        classes = attrs.get("class", "").split()
        if tag == "ul" and "chips" in classes:
            self.chip_list = depth
        if self.card is None:
            if self.chip_list is not None and tag == "li":
                self.card = (depth, Card("", "", self.section.type, "chip"), [])
            elif self.section.type == "products" and (tag in ("li", "article") or "card" in classes
                                                         or "tile" in classes):
                self.card = (depth, Card("", "", "products"), [])
        elif self.card[1].kind == "card" and tag in ("h3", "h4", "h5") and not self.card[1].title:
            self.card_heading = (depth, [])
        if tag == "h1" and self.h1 is None:
            self.h1 = []
        if tag == "a":
            self.link = (depth, attrs.get("href"), self.section.type, [])
            if self.section.type == "header" and "brand" in classes and not self.header_brand:
                self.brand_link = []
        if tag == "button" and self.form is None:
            self.link = (depth, None, self.section.type, [])
        if tag == "form":
            f = Form(attrs.get("action", ""), attrs.get("method", "get").lower(), attrs.get("enctype", ""),
                     self.section.type)
            self.forms.append(f)
            self.form = (depth, f)
        if tag == "label":
            self.label = (depth, attrs.get("for", ""), [], [])
        if tag in ("textarea", "select"):
            self._field(tag, attrs)

    def _field(self, tag: str, attrs: dict[str, str]) -> None:
        ftype = attrs.get("type", "text" if tag == "input" else tag).lower()
        if self.form is None:
            return
        if tag == "input" and ftype in NOT_FIELDS:
            if ftype in ("submit", "image"):
                self.form[1].submit = attrs.get("value", "") or self.form[1].submit
            return
        f = Field(tag, attrs.get("name", ""), ftype, attrs.get("id", ""),
                  label=attrs.get("aria-label", "") or attrs.get("title", ""), required="required" in attrs)
        self.form[1].fields.append(f)
        if self.label is not None:
            self.label[3].append(f)

    def _sep(self) -> None:
        for b in (self.buf, self.link[3] if self.link else None, self.card[2] if self.card else None,
                  self.card_heading[1] if self.card_heading else None):
            if b is not None:
                b.append(" ")

    def handle_endtag(self, tag):
        if tag not in INLINE:
            self._sep()
        if tag in VOID:
            return
        idx = next((i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i][0] == tag), None)
        if idx is None:
            return
        if tag in BLOCK or any(t in BLOCK for t, _ in self.stack[idx:]):
            self.flush()
        while len(self.stack) > idx:
            t, attrs = self.stack.pop()
            self._close(t, attrs, len(self.stack))

    def _close(self, tag: str, attrs: dict[str, str], depth: int) -> None:
        if tag in HIDDEN or "hidden" in attrs:
            self.hidden -= 1
            if tag == "script" and self.ld_buf is not None:
                try:
                    data = json.loads("".join(self.ld_buf))
                    self.jsonld += data if isinstance(data, list) else [data]
                except ValueError:
                    pass
                self.ld_buf = None
            return
        if tag == "title":
            self.in_title = False
        if self.sec_stack and self.sec_stack[-1][0] == depth:
            self.sec_stack.pop()
        if self.chip_list == depth:
            self.chip_list = None
        if self.card_heading is not None and self.card_heading[0] == depth and self.card is not None:
            self.card[1].title = " ".join("".join(self.card_heading[1]).split())
            self.card_heading = None
            self.card[2].clear()  # what came before the heading (a tile number) is decoration
        if self.card is not None and self.card[0] == depth:
            c = self.card[1]
            rest = " ".join("".join(self.card[2]).split())
            if c.kind == "chip":
                c.title = rest
            elif not c.title:  # no heading: the first line is the title
                c.title, _, rest = rest.partition(" ")
            c.body = "" if c.kind == "chip" else rest
            if c.title:
                self.cards.append(c)
            self.card = None
        if tag == "h1" and self.h1 is not None and not self.h1_text:
            self.h1_text = " ".join("".join(self.h1).split())
        if self.link is not None and self.link[0] == depth:
            _, href, sec, buf = self.link
            self.links.append(Link(href, " ".join("".join(buf).split()), sec, "a" if tag == "a" else "button"))
            self.link = None
        if tag == "a" and self.brand_link is not None:
            self.header_brand = " ".join("".join(self.brand_link).split())
            self.brand_link = None
        if self.form is not None and self.form[0] == depth:
            self.form = None
        if tag == "button" and self.form is not None:
            pass
        if self.label is not None and self.label[0] == depth:
            _, target, buf, wrapped = self.label
            text = " ".join("".join(buf).split())
            if target:
                self.labels_for.setdefault(target, []).append(text)
            for f in wrapped:
                f.label = f.label or text
            self.label = None

    def handle_data(self, data):
        if self.in_title:
            self.title += data
            return
        if self.ld_buf is not None:
            self.ld_buf.append(data)
            return
        if self.hidden:
            return
        self.buf.append(data)
        for b in (self.link[3] if self.link else None, self.card[2] if self.card else None,
                  self.card_heading[1] if self.card_heading else None,
                  self.brand_link, self.label[2] if self.label else None):
            if b is not None:
                b.append(data)
        if self.h1 is not None and not self.h1_text:
            self.h1.append(data)
        if self.form is not None and self.stack and self.stack[-1][0] == "button":
            self.form[1].submit += data.strip()


def parse_page(html: str) -> Page:
    p = _Parser()
    p.feed(html)
    p.close()
    p.flush()
    for f in p.forms:
        for fl in f.fields:
            if not fl.label and fl.id in p.labels_for:
                fl.label = " ".join(p.labels_for[fl.id])
    header_brand = p.header_brand
    if not header_brand:
        header = next((s for s in p.sections if s.type == "header"), None)
        first = next((lk.text for lk in p.links if lk.section == "header" and lk.text), "")
        header_brand = first or (header.blocks[0].text if header and header.blocks else "")
    return Page(lang=p.lang.strip().lower(), title=" ".join(p.title.split()), h1=p.h1_text,
                header_brand=header_brand, description=" ".join(p.description.split()),
                blocks=p.blocks, cards=p.cards, links=p.links, forms=p.forms,
                sections=[s for s in p.sections if s.blocks or s.type != "body"], ids=p.ids, jsonld=p.jsonld)
