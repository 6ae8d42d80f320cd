"""Framing: what the page says the business IS agrees with what the owner says it runs.

Three deterministic signals, all narrow on purpose (a page calling a spreadsheet freelancer a "software studio" is
accepted; only a frame with nothing in the owner's own words behind it is a problem):

- framed by a name: the page calls the business a kind of business ("Roti Jala Mak Teh is a bakery", "The bakery
  menu") whose cue words the brief says only inside a name — the brand or an offering ("roti" in "roti jala + kari
  ayam") — while the gold label gives the business another niche. The owner never said it was a bakery; a dish did.
- framed as software: the page speaks of building software ("Yang Bisa Kami Bangun", "software studio", "penyedia
  solusi teknologi") for a business whose brief and label say nothing of software, IT or digital work (a drone
  spraying company named "… Tani Teknologi").
- framed by a side line: the page calls the business a kind whose words the brief says only after "also", "juga",
  "and" ("provides interpreters …, and rents interpretation equipment": not a rental service).
- framed from nothing: the page calls the business a kind no word of the brief cues at all, against the gold label
  (a used-book stall "is a design studio").
"""

from __future__ import annotations

import re

from .brief import BriefInfo
from .page import Page
from .text import clip, has_phrase, norm

# "X is a bakery in Medan", "X adalah toko kue di Solo": the noun the page describes the business with.
_SELF = re.compile(r"\b(?:is\s+an?|adalah)\s+((?:[\w'&-]+\s+){0,4}?[\w'&-]+?)"
                   r"(?=\s+(?:in|di|that|yang|with|dengan|serving|for|untuk|from|dari|based|run)\b|[.,;]|$)", re.I)
# How a page frames a business as one that builds software.
SOFTWARE_FRAMES = ("yang bisa kami bangun", "what we build", "software studio", "technology studio",
                   "pengembang aplikasi dan web")
# Niches whose businesses build or run software and digital work, and words of such work in a brief: any of them
# and the frame may fit ("google sheets dashboards", "live streaming", "shopify").
SOFTWARE_NICHES = ("webdev", "itsupport", "marketing")
SOFTWARE_WORDS = tuple(norm(w) for w in """app apps aplikasi software website websites web situs sistem system systems
dashboard dashboards automate automation otomasi spreadsheet spreadsheets excel sheets macro macros digital online api
shopify wordpress coding code programmer developer developers data cloud server bot chatbot saas platform streaming
zoom iot ai integration integrasi""".split())


def self_descriptions(page: Page, sections: tuple[str, ...] = ("about",)) -> list[str]:
    """The nouns the page describes the business with: its about section's "is a …"/"adalah …" (a heading,
    "Kelas yang Tersedia" over a batik workshop's training, is read as what it lists, not what the business is)."""
    return [m.group(1) for b in page.blocks if b.section in sections for m in _SELF.finditer(b.text)]


def _outside_names(brief: BriefInfo) -> str:
    """The brief's words with its brand and its offerings taken out: what the owner says in their own words."""
    t = brief.norm
    for name in sorted({norm(n) for n in [brief.brand or "", *brief.offerings] if n}, key=len, reverse=True):
        t = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " | ", t)
    return t


def framed_by_a_name(page: Page, brief: BriefInfo) -> list[str]:
    gold = brief.gold.get("niche")
    if not isinstance(gold, str) or gold == "other" or gold not in brief.lex.niches:
        return []  # no niche to hold the frame against
    lex = brief.lex
    in_brief = lex.niche_scores(brief.text)
    own = None
    out = []
    for noun in self_descriptions(page):
        found = lex.detect_niches(noun)
        if not found or found[0] == gold or found[0] not in in_brief:
            continue
        own = lex.niche_scores(_outside_names(brief)) if own is None else own
        if found[0] not in own:
            out.append(f'the page calls a {gold} business "{clip(noun, 40)}" ({found[0]}), a word the brief says '
                       "only inside a name")
    return out


# What sets a side line apart: "… and rents interpretation equipment", "juga menyewakan proyektor", "we also hire".
_SIDE = re.compile(r"(?:^|\s)(?:also|plus|besides|as well as|juga|jg|sekaligus|sekalian|selain itu|and|dan|serta)"
                   r"(?:\s+\S+)?\s+$")


def _inflected(cue: str) -> re.Pattern[str]:
    """A cue word with its endings and Indonesian prefixes: "rent" → "rents", "sewa" → "disewakan", "menyewakan"
    (an s after me-/pe- turns ny-), "penyewaan"."""
    forms = [rf"(?:me|di|pe|ber|per)?{re.escape(cue)}"]
    if cue.startswith("s"):
        forms.append(rf"(?:meny|peny){re.escape(cue[1:])}")
    return re.compile(rf"\b(?:{'|'.join(forms)})\w*")


def framed_by_a_side_line(page: Page, brief: BriefInfo) -> list[str]:
    """The page calls the business a kind (a "rental service") whose words the brief says only as a side line of
    another service ("provides interpreters …, and rents interpretation equipment"), against the gold label. A word
    of the kind said anywhere else, or not at all, is no such frame."""
    gold = brief.gold.get("niche")
    if not isinstance(gold, str) or gold not in brief.lex.niches and gold != "other":
        return []
    lex, text = brief.lex, brief.norm
    out = []
    for noun in self_descriptions(page):
        found = lex.detect_niches(noun)
        if not found or found[0] == gold:
            continue
        # the kind's cue words as the brief inflects them ("rent" in "rents", "sewa" in "menyewakan")
        cues = [c for c in lex.niches[found[0]].cues if " " not in c and len(c) >= 4]
        said = sorted({m.start() for c in cues for m in _inflected(c).finditer(text)})
        if said and all(_SIDE.search(text, max(0, at - 30), at) for at in said):
            out.append(f'the page calls the business "{clip(noun, 40)}" ({found[0]}), a side line of the brief')
    return out


def framed_as_software(page: Page, brief: BriefInfo) -> list[str]:
    gold = brief.gold.get("niche")
    if not isinstance(gold, str) or gold in SOFTWARE_NICHES:
        return []  # without a label, what the business is rests on the scorer's reading alone: not judged
    text = norm(page.visible_text)
    frames = [f for f in SOFTWARE_FRAMES if has_phrase(text, f)]
    if not frames:
        return []
    cued = brief.lex.niche_scores(brief.text)
    if any(n in cued for n in SOFTWARE_NICHES) or any(has_phrase(brief.norm, w) for w in SOFTWARE_WORDS):
        return []
    return [f'"{frames[0]}" frames as a software maker a business whose brief says nothing of software']


def framed_from_nothing(page: Page, brief: BriefInfo) -> list[str]:
    """The page calls the business a kind ("a design studio") that no word of the brief cues at all, not even inside a
    name, and none of whose readings shares a family with the gold label's niche: a used-book stall written up as a
    design studio. A kind the brief says anywhere is judged by the signals above instead."""
    gold = brief.gold.get("niche")
    if not isinstance(gold, str) or gold == "other" or gold not in brief.lex.niches:
        return []
    lex = brief.lex
    in_brief = lex.niche_scores(brief.text)
    out = []
    for noun in self_descriptions(page, ("hero", "about")):
        found = lex.detect_niches(noun)
        if found and not any(lex.compatible(n, gold) or n in in_brief for n in found):
            out.append(f'the page calls a {gold} business "{clip(noun, 40)}" ({found[0]}), a kind the brief never '
                       "names")
    return out


def framing(page: Page, brief: BriefInfo) -> list[str]:
    return (framed_by_a_name(page, brief) + framed_by_a_side_line(page, brief) + framed_as_software(page, brief)
            + framed_from_nothing(page, brief))
