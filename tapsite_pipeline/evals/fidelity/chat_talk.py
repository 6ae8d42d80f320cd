"""What a reader should never see on a business's page, whatever the business: the chat the owner's message was
written in and the page copy cut off mid-phrase.

- *Chat talk*: laughter and chat filler ("lol", "haha", "wkwk"), talk about the message or the website being made
  ("writing this for my dad", "web ini buat ibu"), and the writer's own family ("my mom", "ibuku", "bapak saya"),
  which tell a visitor that the brief was pasted, not written for them.
- *Broken fragments*: a sentence of the copy that ends on a word that cannot end one ("… for my parents my mom is a.",
  "… events of up to."), where a phrase of the brief was cut at the wrong place and put in a slot.

The brand and the card titles are the owner's names and are not read ("LOL Kids", "Dapur Ibuku"); neither are the
header and footer (the brand and the builder's credit). Only the page is read: a word that stands in the brief too
still fails, since a visitor was never meant to read the brief's chat.
"""

from __future__ import annotations

import re

from .page import Page
from .text import clip, norm

# laughter and chat filler: no business writes these on its page
_LAUGH = r"(?:ha(?:ha)+h?|he(?:he)+h?|hi(?:hi)+|wk(?:wk)+\w*|xi(?:xi)+|lol|lmao|btw|wkwk)"
_KIN_EN = r"(?:mom|mum|mother|dad|father|parents|grandma|grandmother|grandpa|grandfather|uncle|aunt|auntie)"
_KIN_ID = r"(?:ibu|bapak|ayah|mama|mamah|papa|papah|nenek|kakek|ibunda|ayahanda|bunda|om|tante|abah|umi|emak|mak)"
_ME_ID = r"(?:saya|aku|sy|gue|gua|gw)"
CHAT = re.compile(
    rf"(?<![\w'’-])(?:{_LAUGH}"
    # the message or the site it asks for, spoken of as such
    r"|(?:writing|making|building)\s+this|this\s+(?:web\s*)?site|this\s+website|(?:nulis|ngetik|bikin(?:in)?)\s+ini"
    r"|(?:web|website|situs|webnya)\s+ini(?:\s+(?:buat|untuk))?"
    # the writer's own family
    rf"|my\s+{_KIN_EN}|{_KIN_ID}ku|{_KIN_ID}\s+{_ME_ID})(?![\w'’-])", re.I)

# a sentence of copy cannot end on an article, a preposition, a conjunction or a linking verb (lower case: "Grade A",
# "SIM A" and "Qur'an" end on a letter that is a name)
BROKEN_END = re.compile(r"(?<![\w'’-])(?:a|an|the|my|our|your|is|are|was|of|to|and|or|for|with|from|yang|dan|di|ke|"
                        r"dari|untuk|atau|dengan|para|oleh|terus)\s*[.!?,;:]?\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
MIN_WORDS = 3   # "Tentang Kami", "Hubungi" — a heading of a word or two is no sentence


def _copy_blocks(page: Page):
    return [b for b in page.blocks if b.section not in ("header", "footer") and b.tag not in ("label", "option")]


def _names(page: Page, brand: str | None) -> list[str]:
    return [n for n in (norm(brand or ""), *(norm(c.title) for c in page.cards)) if n]


def chat_talk(page: Page, brand: str | None) -> list[str]:
    """Each block of copy that holds chat talk, once."""
    names = _names(page, brand)
    out = []
    for b in _copy_blocks(page):
        for m in CHAT.finditer(b.text):
            said = norm(m.group(0))
            if any(said in n for n in names):
                continue
            out.append(f'chat talk "{m.group(0)}" on the page: "{clip(b.text, 70)}"')
            break
    return list(dict.fromkeys(out))


def broken_fragments(page: Page) -> list[str]:
    """Each sentence of copy that breaks off on a word that cannot end a sentence."""
    out = []
    for b in _copy_blocks(page):
        for s in _SENTENCE_END.split(b.text):
            if len(s.split()) >= MIN_WORDS and BROKEN_END.search(s.strip()):
                out.append(f'a sentence breaks off: "{clip(s.strip(), 70)}"')
    return list(dict.fromkeys(out))
