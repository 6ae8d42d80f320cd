"""The owner's story: what the family did before, how the business began ("Dulu ibu saya buruh cuci di rumah
dinas", "Waktu pandemi pesanan mebel sepi, beliau iseng bikin mainan kayu", "My grandmother used to weave rugs").

Such a clause says nothing the business sells today and no fact a visitor acts on: its goods are the goods of
then ("jualan ikan keliling pakai sampan"), its details the colour of a story. Its span is kept from the offerings
and the notes (the page's about text tells the story). A clause is a story when

- it opens on a word of the past: "dulu", "awalnya", "tadinya", "waktu/saat/pas" with a time of life or an event
  ("waktu pandemi", "saat kuliah", "waktu kecil"), "sejak kecil", "back then", "years ago", "when I was";
- or its subject is a family member of the owner ("ibu saya", "opung boru saya", "nenekku", "my grandfather")
  and the same sentence marks the past ("dulu", "dari muda", "pernah", "tahun 1985", "used to", "began", "was").

The story stops where the owner turns to today ("sekarang", "kini", "now", "since then") or to what they sell
("kami jual", "we sell"): that part is read as ever. A sentence opened by a year and a word of a first step
("Tahun 2014 kami beli mesin cuci pertama", "Pada tahun 2009 kami mulai jualan") is the story's founding year
(tenure.STORY_YEAR), read as the since-year.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import fast, regrouped

Span = tuple[int, int]

# A sentence of the owner's story opened by its year and telling a first step ("Tahun 2014 kami kumpulin uang beli
# mesin cuci pertama", "Pada tahun 2009 kami mulai jualan"): the year the business began.
STORY_YEAR = fast(r"(?:^|(?<=[.!?;\n]))[\s\-•*]*(?:pada\s+|di\s+)?(?:tahun|thn|th)\.?\s+((?:19|20)\d\d)(?![\d/-])"
                  r"(?=[^.!?;\n]*?\b(?:pertama|pertamanya|pertamaku|mulai|memulai|merintis|rintis|dirintis|berdiri|"
                  r"didirikan|first)\b)", re.I)
# A year or a decade told inside the story ("thn 2022 resign", "began weaving in the 1950s", "era 1980-an").
_TOLD_YEAR = regrouped(r"\b(?:(?:tahun|thn|th|taun|pada|in|era)\.?\s+)?((?:19|20)\d\d)(?![\d/-])(?!s\b|-?an\b)")
_TOLD_DECADE = regrouped(r"\bin\s+the\s+((?:19|20)\d0)s\b|\b(?:tahun|thn|era)\s+((?:19|20)\d0)-?an\b")

_CLAUSE_START = r"(?:^|(?<=[.!?;\n,:(]))[\s\-•*]*(?:(?:dan|and|tapi|but|jadi|so)\s+)?"
_OPENER = (r"(?:dulu(?:nya)?|dahulu(?:nya)?|tadinya|awalnya|mulanya|pada\s+awalnya|berawal\s+dari|bermula\s+dari|"
           r"(?:waktu|saat|ketika|pas|wkt|semasa)\s+(?:pandemi|covid|corona|kecil|muda|masih|itu|kuliah|sekolah|"
           r"sd|smp|sma|krismon|krisis|remaja)|(?:sejak|dari)\s+(?:kecil|muda)|back\s+then|years\s+ago|"
           r"when\s+(?:i|we|she|he)\s+(?:was|were)|as\s+a\s+(?:kid|child|girl|boy))\b")
# The owner's family, said with whose they are ("ibu saya", "bapakku", "opung boru kami"; "ibu" alone is a title).
_KIN_ID = (r"(?:(?:almarhum(?:ah)?|alm\.?|mendiang)\s+)?(?:ibu|bapak|ayah|papa|mama|mami|papi|emak|abah|umi|abi|"
           r"opung(?:\s+(?:boru|doli))?|ompung|nenek|kakek|mbah|simbah|eyang|oma|opa|engkong|nyokap|bokap)"
           r"(?:\s+(?:saya|sy|kami|aku|gw|gue)\b|ku\b)")
_KIN_EN = (r"(?:my|our)\s+(?:late\s+)?(?:(?:great[- ])?(?:grand)?(?:mother|father|parents)|mom|mum|dad|grandma|"
           r"grandpa|granny|grandparents)\b")
_PAST = (r"\b(?:dulu(?:nya)?|dahulu|tadinya|(?:dari|sejak)\s+(?:muda|kecil)|semasa|masa\s+muda|pernah|sempat|"
         r"(?:waktu|saat)\s+itu|zaman|jaman|(?:puluhan|\d+)\s+tahun\s+(?:yang\s+)?lalu|tahun\s+(?:19|20)\d\d|"
         r"used\s+to|began|started|was|were|back\s+then|ago|grew\s+up|in\s+(?:the\s+)?(?:19|20)\d0s|"
         r"in\s+(?:19|20)\d\d)\b")
_PAST_SAID = regrouped(_PAST)
_STORY_OPEN = fast(_CLAUSE_START + r"(?:" + _OPENER + r"|" + _KIN_ID + r"|" + _KIN_EN + r")")
_KIN_OPEN = regrouped(_KIN_ID + r"|" + _KIN_EN)
# Where a sentence ends (a full stop inside a number, "Rp 3.500", ends none).
_SENTENCE_END = regrouped(r"[!?;\n]|\.(?!\d)")
# Where the owner turns from then to now, or to what is sold: the story stops there.
_TODAY = fast(r"\b(?:sekarang|skrg|skg|kini|saat\s+ini|now|today|nowadays|these\s+days|since\s+then|"
              r"sejak\s+(?:saat\s+)?itu|hingga\s+kini|sampai\s+sekarang|(?:kami|we)\s+(?:\w+\s+)?"
              r"(?:jual|menjual|sell|buka|membuka|open|terima|menerima|melayani|serve|menyediakan|offer))\b")


def story_spans(lower: str) -> list[Span]:
    """The spans of the brief (lower case) that tell the owner's story (see the module's text)."""
    out: list[Span] = []
    opened = [*_STORY_OPEN.finditer(lower), *STORY_YEAR.finditer(lower)]
    for m in sorted(opened, key=lambda m: m.start()):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t-•*"))
        if out and start < out[-1][1]:
            continue
        end_m = _SENTENCE_END.search(lower, m.end())
        end = end_m.start() if end_m else len(lower)
        kin = _KIN_OPEN.search(lower, start, m.end())
        if kin and not _PAST_SAID.search(lower, kin.end(), end):
            continue  # "ibu saya yang masak sendiri": the family at work today, no story
        if today := _TODAY.search(lower, m.end(), end):
            end = today.start()
        while end > start and lower[end - 1] in " ,:-–—":
            end -= 1
        if end - start > len(m.group(0).strip()):
            out.append((start, end))
    return out


_CLAUSE_CUT = regrouped(r"(?<!\d),|,(?!\d)")
# A count (a digit that is no year and no doubled word, "anak2"): "awalnya cuma 4 petak" says how far it has grown.
_COUNT = regrouped(r"(?<![\w.,])(?!(?:19|20)\d\d(?![\d/-]))\d")


def story_clauses(lower: str) -> list[Span]:
    """The story's clauses the notes leave out: all but one holding a count ("awalnya cuma 4 petak, sekarang 20
    petak"), which tells a visitor how the business has grown."""
    out: list[Span] = []
    for a, b in story_spans(lower):
        cuts = [a, *(m.end() for m in _CLAUSE_CUT.finditer(lower, a, b)), b]
        out.extend((s, e) for s, e in zip(cuts, cuts[1:], strict=False) if not _COUNT.search(lower, s, e))
    return out


def story_since(lower: str) -> tuple[re.Match, str] | None:
    """The year the story says the business began, for a brief that says no since-year: the year opening a sentence
    of a first step (STORY_YEAR), else the first year or decade told in the story ("the 1950s", "1980-an")."""
    if any(map(str.isdigit, lower)):
        if m := STORY_YEAR.search(lower):
            return m, m.group(1)
        for a, b in story_spans(lower):
            if m := _TOLD_YEAR.search(lower, a, b):
                return m, m.group(1)
            if m := _TOLD_DECADE.search(lower, a, b):
                return m, f"the {m.group(1)}s" if m.group(1) else f"{m.group(2)}-an"
    return None
