"""Cards: every offering card is something the business sells, traceable to the brief (precision),
and the offerings the brief names are shown (recall). Features, audiences, places, channels and
categories are never cards."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .brief import BriefInfo
from .gold import alternative_in
from .page import Page
from .result import CheckResult
from .text import content_words, ngrams, norm, phrase_match, token_in, words

KIND_TEXT = {"audience": "an audience", "person": "a person close to the writer", "feature": "a feature of the page",
             "channel": "a contact channel", "place": "a place", "category": "a category", "description": "a description"}
_LEADING = ("untuk", "utk", "for", "khusus", "layanan", "jasa", "only")


def _gold_not_offering(title: str, brief: BriefInfo) -> bool:
    """The gold set's rule: the title contains a not-offering phrase and none of the offerings
    ("Butuh wanita?" fails, "Kelas Scratch" passes when "scratch" is an offering)."""
    return any(alternative_in(title, x) for x in brief.not_offerings) \
        and not any(alternative_in(title, o) for o in brief.offerings)


def _candidates(title: str) -> list[str]:
    """The title, and the title without a leading 'untuk'/'for'/'layanan' ('Untuk wanita' → 'wanita')."""
    n = norm(title)
    return [n, *(n[len(w) + 1:] for w in _LEADING if n.startswith(w + " "))]


def _kind(title: str, brief: BriefInfo) -> str | None:
    """Why a card title can never be an offering, or None."""
    for cand in _candidates(title):
        kind = brief.lex.non_offering_kind(cand)
        if kind:
            return kind
        if cand in brief.places:
            return "place"
    return None


_HOURS_IN_TITLE = re.compile(r"\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|"
                             r"thursday|friday|saturday|sunday|jam\s*\d{1,2}|\d{1,2}[.:]\d{2}|\d{1,2}\s?(?:am|pm))\b", re.I)
_PRICE_IN_TITLE = re.compile(r"\b(?:rp|idr)\.?\s?\d|\d\s?(?:rb|ribu|k|jt|juta)\b|\$\s?\d", re.I)


def _fact_in_title(title: str) -> str | None:
    """A fact of the brief or a scrap of text pasted into a card title ("Jam 08", "Nastar Rp 85", "Co",
    "Kopigununghalu@gmail", "Washed")."""
    n = norm(title)
    if "@" in title or re.search(r"\bwww\b|\.(?:com|id|co)\b", title, re.I):
        return "is part of a contact address"
    if not content_words(title) or (len(n.split()) == 1 and len(n) <= 3 and not title.isupper()):
        return "is a scrap of text"
    if len(n.split()) == 1 and re.fullmatch(r"[a-z]{3,}ed", n) and n not in ("bed", "red", "seed", "feed"):
        return "is a description"
    if _HOURS_IN_TITLE.search(title):
        return "holds opening hours"
    if _PRICE_IN_TITLE.search(title):
        return "holds a price"
    return None


def _cut_number(title: str, brief_text: str) -> bool:
    """'Cuci AC 0' of 'Cuci AC 0,5–1 PK': the title ends on a number that the brief goes on writing wherever it
    holds the title."""
    if not re.search(r"\d$", title.strip()):
        return False
    pat = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in title.split()) + r"(?=(.{0,3}))", re.I | re.S)
    tails = [m.group(1) for m in pat.finditer(brief_text)]
    return bool(tails) and all(re.match(r"[.,]\d|\s*[-–—]\s*\d", t) for t in tails)


def _names_business(title: str, brief: BriefInfo) -> bool:
    """'Kebun Kopi' of 'Kebun Kopi Bukit Menoreh': the title only repeats the brand and holds a word
    that names a kind of business."""
    if not brief.brand:
        return False
    toks = norm(title).split()
    brand = set(norm(brief.brand).split())
    return bool(toks) and all(t in brand or t in brief.lex.business_words for t in toks) \
        and any(t in brief.lex.business_words for t in toks)


def traceable(title: str, brief: BriefInfo) -> bool:
    """The card title is in the brief: a near-equal n-gram, or every content word of it."""
    t = norm(title)
    grams = ngrams(words(brief.text), 4)
    if any(fuzz.ratio(t, g) >= 85 for g in grams):
        return True
    toks = content_words(t)
    return bool(toks) and all(token_in(w, brief.tokens) for w in toks)


def check_cards(page: Page, brief: BriefInfo) -> CheckResult:
    cards = [c for c in page.cards if c.title]
    offerings = brief.offerings
    problems, ok = [], 0
    for c in cards:
        where = "" if c.kind == "card" else " (offer list)"
        exact = any(fuzz.ratio(norm(c.title), norm(o)) >= 90 for o in offerings)
        bad = None
        if _gold_not_offering(c.title, brief):
            bad = f'card "{c.title}"{where} is not an offering of this business'
        elif exact:
            bad = None
        elif fact := _fact_in_title(c.title):
            bad = f'card "{c.title}"{where} {fact}, not the name of an offering'
        elif _cut_number(c.title, brief.text):
            bad = f'card "{c.title}"{where} is cut in the middle of a number of the brief'
        elif kind := _kind(c.title, brief):
            bad = f'card "{c.title}"{where} is {KIND_TEXT[kind]}, not an offering'
        elif _names_business(c.title, brief):
            bad = f'card "{c.title}"{where} names the business, not an offering'
        elif brief.gold_offerings and not _matches_offering(c.title, offerings, brief.language):
            # the gold lists every offering: a card that is none of them is not what the business sells
            bad = f'card "{c.title}"{where} is not one of the brief\'s offerings'
        elif not (any(phrase_match(c.title, o) for o in offerings) or traceable(c.title, brief)):
            bad = f'card "{c.title}"{where} is not in the brief'
        if bad:
            problems.append(bad)
        else:
            ok += 1
    offer_cards = [c for c in cards if c.kind == "card"]
    for i, a in enumerate(offer_cards):
        for b in offer_cards[i + 1:]:
            if _same_offering(a.title, b.title, offerings if brief.gold_offerings else ()):
                problems.append(f'cards "{a.title}" and "{b.title}" show the same offering twice')
    precision = ok / len(cards) if cards else 1.0
    brand = norm(brief.brand or "")
    shown_text = [_unbrand(f"{c.title} {c.body}", brand) for c in cards]
    page_grams = ngrams(words(_unbrand(page.visible_text, brand)), 5)
    by_title: dict[str, list[int]] = {}
    for o in offerings:
        if any(_inside(o, t) for t in shown_text) or any(fuzz.ratio(norm(o), g) >= 88 for g in page_grams):
            continue  # its words are on a card, or it is named as a whole in running text
        by_title[o] = [i for i, c in enumerate(cards)
                       if phrase_match(o, c.title) or _head_match(o, c.title, brief.language)]
    shown_by = one_card_each(by_title)
    missing = [o for o in by_title if o not in shown_by]
    recall = 1 - len(missing) / len(offerings) if offerings else 1.0
    problems += [f'offering "{o}" from the brief is not shown' for o in missing]
    if offerings and not cards:
        problems.append("the page has no offering cards")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dupes = sum(p.startswith("cards ") for p in problems)
    return CheckResult("cards", passed=precision == 1.0 and recall >= 0.8 and not dupes
                       and not (offerings and not cards),
                       score=round(f1, 4), problems=problems,
                       metrics={"precision": round(precision, 4), "recall": round(recall, 4),
                                "cards": len(cards), "offerings": len(offerings)})


def _inside(offering: str, text: str) -> bool:
    """Every content word of the offering appears in the text (fuzzily: 'pashmina ceruti' in
    'Pashmina Ceruti dari …')."""
    toks = content_words(offering)
    pool = set(content_words(text))
    return bool(toks) and all(token_in(t, pool) for t in toks)


def _matches_offering(title: str, offerings: list[str], language: str | None) -> bool:
    return any(phrase_match(title, o) or _head_match(o, title, language) or alternative_in(title, o)
               or alternative_in(o, title) for o in offerings)


def _unbrand(text: str, brand_norm: str) -> str:
    """Text without the brand name, so 'Fresh Fold Laundry' never counts as showing 'wash & fold'."""
    return norm(text).replace(brand_norm, " ") if brand_norm else norm(text)


def one_card_each(named_by: dict[str, list[int]]) -> dict[str, int]:
    """Offerings a card title names, each card standing for one of them: "Umrah" shows "umrah reguler 9 hari" or
    "umrah plus thaif 12 hari", not both. A maximum matching (offerings and cards are a handful)."""
    owner: dict[int, str] = {}

    def claim(o: str, seen: set[int]) -> bool:
        for i in named_by[o]:
            if i not in seen:
                seen.add(i)
                if i not in owner or claim(owner[i], seen):
                    owner[i] = o
                    return True
        return False

    for o in named_by:
        claim(o, set())
    return {o: i for i, o in owner.items()}


def _same_offering(a: str, b: str, offerings: list[str] = ()) -> bool:
    """'Bikin Aplikasi Kasir' and 'Aplikasi Kasir': one title's words all inside the other's. Titles told apart by
    a number ('Paket 1', 'Paket 2') or each naming a different offering of the gold list ('Mukena Anak', 'Mukena
    Couple Ibu-Anak') are two offerings."""
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False
    ga = {o for o in offerings if fuzz.ratio(norm(a), norm(o)) >= 90}
    gb = {o for o in offerings if fuzz.ratio(norm(b), norm(o)) >= 90}
    if ga and gb and not ga & gb:
        return False
    ta, tb = set(content_words(a)), set(content_words(b))
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _head_match(offering: str, title: str, language: str | None) -> bool:
    """'Massage' shows 'traditional balinese massage' and 'Servis' shows 'servis berkala': the card names
    the offering's head noun (last word in English, first in Indonesian) and nothing outside it."""
    o, t = content_words(offering), content_words(title)
    if not o or not t or not all(token_in(w, o) for w in t):
        return False
    head = o[-1] if language == "en" else o[0]
    return token_in(head, t)
