"""Coherence: the copy reads as written for this business — no doubled words or repeated sentences,
no vocabulary of another niche nor of another trade of its own (trade_words.py), no audience sold as a product, the brief's language throughout, no
promise of a service the owner ruled out (ruled_out.py), no frame of another kind of business than the
owner runs (framing.py), none of the brief's chat nor a phrase cut off mid-way (chat_talk.py), none of the words a
speaker says around what they state (spoken.py: a sign-off, "terus X itu: 60 ribu", "gitu"), no comparison
with competitors shown as a fact (rivals.py), and no headline or title that names only a grade ("regular") or a kind
of work ("servis") as what is sold (bare_names.py)."""

from __future__ import annotations

import re
from collections import Counter

from .bare_names import bare_names
from .brief import BriefInfo
from .chat_talk import broken_fragments, chat_talk
from .framing import framing
from .no_details import no_details
from .page import Page
from .result import CheckResult
from .rivals import against_others
from .ruled_out import promises_ruled_out
from .spoken import spoken_leftovers
from .text import STOP_EN, STOP_ID, clip, content_words, detect_language, has_phrase, norm, words
from .text import sentences as split_sentences
from .trade_words import off_trade

DOUBLED = re.compile(r"(?<![\w-])([^\W\d_]+(?:\s+[^\W\d_]+)?)\s+\1(?![\w-])", re.I | re.UNICODE)
# a little word doubled across a comma where two phrases were joined: "where your food comes from, from Brand"
DOUBLED_ACROSS = re.compile(r"(?<![\w-])(from|for|to|with|of|and|the|in|at|dari|untuk|dengan|dan|di|ke|yang|oleh)"
                            r"\s*,\s*\1(?![\w-])", re.I)
LANG_NAME = {"id": "Indonesian", "en": "English"}
MIN_SENTENCE_WORDS = 5
# "Jam buka — 08.00–17.00", "Harga: Rp 25.000": a fact shown again in the contact block is a listing, not prose
FACT_LINE = re.compile(r"^\s*[\w'’ ]{1,30}?\s*(?:—|–|:)\s")
MIN_PARAGRAPH_WORDS = 6


def doubled_words(page: Page, brief: BriefInfo) -> list[str]:
    out = []
    bn = norm(brief.text)
    for b in page.blocks:
        for m in (*DOUBLED.finditer(b.text), *DOUBLED_ACROSS.finditer(b.text)):
            if has_phrase(bn, norm(m.group(0))):  # the owner's own words ("Kopi Kopi" as a name)
                continue
            out.append(f'doubled word "{m.group(0)}" in "{clip(_around(b.text, m.start()), 70)}"')
    return out


def _around(text: str, i: int, span: int = 30) -> str:
    start = max(0, text.rfind(" ", 0, max(0, i - span)) + 1)
    return ("…" if start else "") + text[start:]


def repeated_sentences(page: Page) -> list[str]:
    """The same sentence twice in the page's copy (the header and footer repeat the brand by design,
    and a "Brand · City" label is not a sentence)."""
    sents = [s for b in page.blocks if b.section not in ("header", "footer")
             for s in split_sentences(b.text) if " · " not in s and not FACT_LINE.match(s)
             and len(words(s)) >= MIN_SENTENCE_WORDS]
    counts = Counter(norm(s) for s in sents)
    first: dict[str, str] = {}
    for s in sents:
        first.setdefault(norm(s), s)
    return [f'sentence repeated {n} times: "{clip(first[s], 70)}"' for s, n in counts.items() if n > 1]


def off_niche(page: Page, brief: BriefInfo) -> list[str]:
    """Words distinctive of a niche unrelated to the business, absent from the brief."""
    allowed = brief.niches
    if not allowed:
        return []  # the niche is unknown: nothing is off
    lex = brief.lex
    text = norm(page.visible_text + "\n" + page.title + "\n" + page.description)
    bn = norm(brief.text)
    brand = norm(brief.brand or "")
    out = []
    for niche in lex.niches.values():
        if any(lex.compatible(niche.name, a) for a in allowed):
            continue
        for w in niche.words:
            if has_phrase(text, w) and not has_phrase(bn, w) and not has_phrase(brand, w):
                out.append(f'"{w}" is {niche.name} vocabulary, off-niche for a {allowed[0]} business')
    return out


def audience_as_object(page: Page, brief: BriefInfo) -> list[str]:
    """'Cari wanita di Bogor?', 'Butuh wanita?': an audience noun after a buy/find/need verb."""
    lex = brief.lex
    verbs = "|".join(re.escape(v) for v in sorted(lex.object_verbs, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(lex.object_nouns, key=len, reverse=True))
    pat = re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:para\s+|some\s+)?(?P<noun>{nouns})(?![\w-])"
                     rf"(?P<rest>(?:\s+[\w-]+){{0,2}})")
    bn = norm(brief.text)
    brand = set(norm(brief.brand or "").split())
    out = []
    for s in page.sentences + [page.title]:
        for m in pat.finditer(norm(s)):
            noun = m.group("noun")
            rest = [w for w in m.group("rest").split() if w not in STOP_ID and w not in STOP_EN]
            # the business itself ("Cari koperasi simpan pinjam?" for a koperasi) is what is offered
            if noun in brand or has_phrase(bn, m.group(0)) or (rest and has_phrase(bn, f"{noun} {rest[0]}")):
                continue
            out.append(f'an audience is offered as the product: "{clip(s, 70)}"')
            break
    return list(dict.fromkeys(out))


def language(page: Page, brief: BriefInfo) -> list[str]:
    want = brief.language
    if want not in LANG_NAME:
        return []
    out = []
    if page.lang and page.lang.split("-")[0] != want:
        out.append(f'page lang="{page.lang}" but the brief is in {LANG_NAME[want]}')
    # names the owner gave (brand, offerings, card titles) are not the copy's language
    names = set(content_words(brief.brand or "")) | {w for o in brief.offerings for w in content_words(o)}
    names |= {w for c in page.cards for w in content_words(c.title)}
    for b in page.blocks:
        ws = [w for w in words(b.text) if w not in names]
        if len(ws) < MIN_PARAGRAPH_WORDS:
            continue
        got = detect_language(" ".join(ws))
        if got and got != want:
            out.append(f'{LANG_NAME[got]} text on a page for an {LANG_NAME[want]} brief: "{clip(b.text, 60)}"')
    return out


# How an Indonesian page addresses its reader: "kamu" and its "-mu" endings (casual) or "Anda" (formal). One page keeps
# one voice; "Datang ke tempat Anda" among "pesananmu" and "untukmu" reads as two writers.
_CASUAL = re.compile(r"\b(?:kamu|kau|[a-z]{3,}mu)\b")
_FORMAL = re.compile(r"\banda\b")
# words that end in "mu" without being "your": knowledge, herbal tonic, guest, meeting…
_NOT_YOUR = frozenset("ilmu jamu tamu temu ketemu bertemu menemu ramu meramu semu jemu".split())


def mixed_register(page: Page, brief: BriefInfo) -> list[str]:
    """An Indonesian page that calls its reader both "kamu" and "Anda" in its copy (the owner's own words, and the
    forms' labels, are not the page's voice)."""
    if brief.language != "id":
        return []
    bn = set(words(brief.text))
    casual: list[str] = []
    formal: list[str] = []
    for b in page.blocks:
        if b.section in ("header", "footer"):
            continue
        t = norm(b.text)
        casual += [w for w in _CASUAL.findall(t) if w not in _NOT_YOUR and w not in bn]
        formal += [w for w in _FORMAL.findall(t) if w not in bn]
    if casual and formal:
        return [f'the page calls its reader both "{casual[0]}" and "Anda"']
    return []


def check_coherence(page: Page, brief: BriefInfo) -> CheckResult:
    parts = {
        "doubled": doubled_words(page, brief),
        "repeated": repeated_sentences(page),
        "off_niche": off_niche(page, brief),
        "off_trade": off_trade(page, brief),
        "audience_object": audience_as_object(page, brief),
        "language": language(page, brief),
        "ruled_out": promises_ruled_out(page, brief),
        "framing": framing(page, brief),
        "register": mixed_register(page, brief),
        "chat": chat_talk(page, brief.brand),
        "broken": broken_fragments(page),
        "spoken": spoken_leftovers(page, brief.text, brief.brand),
        "rivals": against_others(page),
        "bare_names": bare_names(page, brief),
        "no_details": no_details(page, brief),
    }
    problems = [p for ps in parts.values() for p in ps]
    score = max(0.0, 1 - 0.25 * len(problems))
    return CheckResult("coherence", passed=not problems, score=round(score, 4), problems=problems,
                       metrics={k: len(v) for k, v in parts.items()})
