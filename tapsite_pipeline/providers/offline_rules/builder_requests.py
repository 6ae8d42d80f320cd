"""What the owner asks of the page's builder, read out of a clause before its offerings are: the request itself ("mau
ada galeri", "tolong bikinin web", "jadiin web ya"), the page's purpose after it ("web buat jualan & nyari mitra": selling
with no goods named) and the material handed over for the page ("caption tiktok kita nih, jadiin web"). None of it is
an offering; "mau jualan kue" (a plan to sell) and "bikinin web buat jualan kue" (goods named) still are.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .offer_words import MASK, TRIGGER, WEAK_TRIGGERS

_REQUEST = regrouped(
    r"\b(?:mau|ingin|pengen|pengennya|pingin|pgn|tolong|mohon|butuh|perlu|minta|memerlukan|membutuhkan|"
    r"need|needs|want|wants|would\s+like|looking\s+for|please|pls|plz|include|tampilkan|tampilin|cantumkan|"
    r"sertakan|bikinin|buatkan|buatin|dibuatkan|show|could|can\s+you|"
    # "web dev", "website design": a trade's work, not the owner's page
    r"website(?!\s+(?:dev|design|develop|build|maintenance|redesign))|web(?!\s*(?:dev|design|develop|program|"
    r"hosting|apps?\b|based|scraping|3))|landing\s+page|halaman|situs|"
    r"tombol|button|link|webnya|websitenya|halamannya|"
    # "jadiin web ya", "dijadikan landing page": the page made of what the owner sends
    r"(?:di)?jadi(?:in|kan)(?=\s+(?:web|website|landing|halaman|situs|page)\b))\b")
_OFFER_AFTER_REQUEST = regrouped(
    r"\s*(?:(?:bisa|untuk|utk|buat|bwt)\s+)?(?:jual|jualan|menjual|berjualan|buka\s+usaha|usaha|bikin\s+(?!web|website|"
    r"landing|halaman|situs|page|tombol|form)|sell|selling|to\s+sell|offer)\b")
# An offer verb of the page's purpose with no goods after it: a joiner or the clause's end follows ("bikinin web buat
# jualan & promosi", "web untuk jualan, WA …").
_NO_OBJECT = regrouped(r"\s*(?:&|\+|,|\bdan\b|\band\b|\bserta\b|\bsama\b|$)")

# For a business that builds websites, "web sekolah" after "terima bikin" is what it sells, not a request.
_REQUEST_TECH = regrouped(_REQUEST.pattern.replace(
    r"website(?!\s+(?:dev|design|develop|build|maintenance|redesign))|web(?!\s*(?:dev|design|develop|program|"
    r"hosting|apps?\b|based|scraping|3))|landing\s+page|halaman|situs|", "")
    .replace(r"|webnya|websitenya|halamannya", ""))


def offer_parts(clause: str, tech: bool = False) -> list[tuple[int, int]]:
    """Spans of a clause that are not the owner's requests for the page ("mau ada galeri …")."""
    parts, pos = [], 0
    request = _REQUEST_TECH if tech else _REQUEST
    while pos < len(clause):
        m = request.search(clause, pos)
        while m and clause.endswith("pembuatan ", 0, m.start()):  # "jasa pembuatan website": the work sold
            m = request.search(clause, m.end())
        if not m:
            parts.append((pos, len(clause)))
            break
        if _OFFER_AFTER_REQUEST.match(clause, m.end()):
            parts.append((pos, len(clause)))  # "mau jualan kue": a plan to sell, not a request for the page
            break
        parts.append((pos, m.start()))
        nxt = TRIGGER.search(clause, m.end())
        while nxt and nxt.group(0).strip() in WEAK_TRIGGERS | {"show", "like"}:
            nxt = TRIGGER.search(clause, nxt.end())  # "mau ada galeri": still a request
        if not nxt or re.search(r"\b(?:web|website|halaman|page|landing|situs|tombol|button|form)\b",
                                clause[m.end():nxt.start()]) and (not re.search(
                r"\b(?:utk|untuk|buat|bwt|for)\s+$", clause[max(0, nxt.start() - 6):nxt.start()])
                or _NO_OBJECT.match(clause, nxt.end())):
            break  # ("web buat jualan & nyari mitra": what the page is for, selling with no goods named)
        pos = nxt.start()
    return [(a, b) for a, b in parts if b > a]


# The owner's own post or text handed over to make the page from ("caption tiktok kita nih", "caption reels coach kami",
# "postingan IG saya"): a word naming a post's text, up to three words and the owner's possessive. "jasa caption IG"
# (no possessive) is a service sold.
_HANDED_OVER = regrouped(r"\b(?:caption|captions|capt|postingan|posting|post|posts|status|bio|deskripsi|teks|text)"
                         r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:kita|kami|saya|aku|gw|gue|ane|our|my)\b|"
                         # ... or the text of a printed thing, said with where it is printed ("teks di kemasan",
                         # "tulisan dari brosur", "text on our label"): copied from it, not sold
                         r"\b(?:teks|tulisan|text|isi)\s+(?:di|dari|pada|from|on)\s+(?:(?:our|the)\s+)?(?:kemasan|label|"
                         r"brosur|spanduk|banner|flyer|flyers|poster|stiker|sticker|packaging|pack|papan|kartu|menu)\b")


def handed_over(text: str) -> str:
    """The text with the owner's own post or caption handed to the builder masked out."""
    if "caption" not in text and "post" not in text and "status" not in text and "bio" not in text \
            and "teks" not in text and "text" not in text and "deskripsi" not in text and "tulisan" not in text \
            and "isi" not in text:
        return text
    return _HANDED_OVER.sub(lambda m: MASK * len(m.group(0)), text)
