"""A headline or a page title that names, as what the business sells, only a grade or only a kind of work: "Kalkote
Events brings you regular", "Brand — Premium in Sentani", "Teknik Dingin: servis" when the brief says what the
grade is of ("Tickets: regular IDR 100,000") or what the work is done to ("SERVIS — KULKAS • MESIN CUCI • AC"). An
owner would not publish it: a grade or a trade word names nothing alone.

Read from the page's own cards: a card whose whole title is a grade ("Regular", "VIP", "Reguler", "Kelas 1") or a
generic work word ("Servis", "Jasa", "Service") and that the headline or the title names with no other card beside
it. A generic work word counts only when the brief lists, right after it, the things it is done to; a grade counts
always (the page may show "Paket Basic", never "Basic" alone, as what is sold).
"""

from __future__ import annotations

import re

from .brief import BriefInfo
from .page import Page
from .text import norm

GRADES = frozenset("""regular reguler vip vvip standard standar deluxe premium basic basik ekonomi economy superior
executive eksekutif presale""".split())
_CLASS_GRADE = re.compile(r"^(?:kelas|class)\s+(?:\d|i{1,3})$|^early bird$")
WORK_WORDS = frozenset("servis service services jasa layanan reparasi perbaikan repair repairs".split())
# the work word, up to two words of how it is done, a dash or a colon, then two things or more ("kulkas, mesin cuci")
_LISTED_AFTER = re.compile(r"\b({})\b(?:\s+\w+){{0,2}}?\s*[:\u2014\u2013-]\s*[^\W\d_][\w ]{{0,30}}?\s*[•·,/|&]\s*[^\W\d_]".format(
    "|".join(sorted(WORK_WORDS, key=len, reverse=True))), re.I)


def _grade(title: str) -> bool:
    ws = title.split()
    return bool(ws) and (all(w in GRADES for w in ws) or bool(_CLASS_GRADE.match(title)))


def _work_listed(title: str, brief_text: str) -> bool:
    return title in WORK_WORDS and any(m.group(1).lower() == title for m in _LISTED_AFTER.finditer(brief_text))


def bare_names(page: Page, brief: BriefInfo) -> list[str]:
    titles = [norm(c.title) for c in page.cards if c.title]
    bare = [t for t in dict.fromkeys(titles) if _grade(t) or _work_listed(t, brief.text)]
    if not bare:
        return []
    named = [t for t in titles if t not in bare]
    brand = norm(brief.brand or "")
    out = []
    for where, text in (("headline", page.h1), ("page title", page.title)):
        n = norm(text or "")
        n = n.replace(brand, " ") if brand else n
        said = [t for t in bare if re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", n)]
        if said and not any(re.search(rf"(?<![\w-]){re.escape(t)}(?![\w-])", n) for t in named):
            out.append(f'{where} names "{said[0]}" alone as what is sold: a grade or a kind of work, with no '
                       f"thing it is of")
    return out
