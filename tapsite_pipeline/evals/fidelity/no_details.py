"""Lines of the brief shown as the business's content though they are no fact of it:

- the brief's header, a line in capitals that names what the writing is ("PAMFLET UMRAH AKHIR TAHUN", "DAFTAR
  TARIF", "PENGUMUMAN PENDAFTARAN"), shown word for word as a line of the page (a bullet of its details);
- a countdown ("5 DAYS LEFT to join …", "H-3 menuju Imlek", "tinggal 2 hari lagi"): true the day it was posted,
  stale on a page that stays up;
- a reply to one customer's complaint or review: the complaint, the apology, the replacement or the compensation
  ("Tanggapan atas keluhan Bapak Rusdi", "Kami mohon maaf atas kekeliruan", "Sebagai kompensasi", "We've refunded
  the rush fee") shown to every visitor.
Their numbers are no fact the page must show either (`no_fact_spans`, masked by brief_numbers.py).
The header and name lines of the page itself (its header, its footer) are not read; a line that sells the writing
("CETAK UNDANGAN") or says there are no complaints ("tanpa komplain sejak 2012") is no such line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .page import Page
from .text import clip

if TYPE_CHECKING:  # (brief.py asks `unaddressed` of this module)
    from .brief import BriefInfo

_DOCUMENT = re.compile(r"\b(?:pamflet|pamphlet|brosur|brochure|flyer|leaflet|selebaran|poster|pengumuman|announcement|"
                       r"undangan|invitation|newsletter|buletin|bulletin|katalog|catalog(?:ue)?|price\s*list|"
                       r"daftar\s+(?:harga|tarif)|rate\s+card|surat|edaran|penawaran|quotation|profil|profile|"
                       r"proposal)\b", re.I)
_SELLS = re.compile(r"\b(?:cetak|print|printing|jual|jasa|terima|melayani|bikin|desain|design|custom|murah|order|"
                    r"pesan)\b", re.I)
_COUNTDOWN = re.compile(r"(?<![\w-])(?:\d+\s+(?:days?|hari)\s+(?:left|lagi|to\s+go|tersisa)|"
                        r"^\W*h\s?-\s?\d{1,2}\s+(?:menuju|jelang|to|until|before)|countdown|hitung\s+mundur)(?![\w-])",
                        re.I)
_COMPLAINT = re.compile(r"(?<![\w-])(?:(?:atas|tentang|terkait|mengenai|tanggapan|menanggapi|about|regarding|your)\s+"
                        r"(?:keluhan|komplain|complaint)|(?:mohon|minta)\s+maaf\s+atas|we\s+apologi[sz]e|"
                        r"sorry\s+for\s+the|kekeliruan\s+pengiriman|sebagai\s+kompensasi|as\s+(?:a\s+)?compensation|"
                        r"barang\s+pengganti|(?:we'?ve|we\s+have)\s+refunded|that'?s\s+on\s+us|"
                        r"(?:answered|replied\s+to|reply\s+to)\s+(?:a|an|the|this)\s+(?:\d[- ]star|bad|negative)\s+"
                        r"review)(?![\w-])", re.I)
# a document's number ("PENAWARAN HARGA No. 014/DSK/XII/2026") and where a header line goes on to something else
# ("DAFTAR TARIF (RATE CARD) — Suara Kulon, Purwokerto", "PROFIL PENYEDIA (untuk pendaftaran vendor)")
_DOC_NUMBER = re.compile(r"\b(?:no|nomor|nomer|ref)\.?\s*:?\s*\S*", re.I)
_HEAD_END = re.compile(r"\s[-–—|]\s|[:,(]")
_NONE_BEFORE = re.compile(r"(?:tanpa|tidak\s+ada|tak\s+ada|no|zero)\s+$", re.I)
_SKIP = ("header", "footer")
_SENTENCE = re.compile(r"[^.!?\n]+")
_LINE = re.compile(r"[^\n]+")


def _header_line(line: str) -> bool:
    line = _DOC_NUMBER.sub(" ", line)
    letters = [c for c in line if c.isalpha()]
    return (len(letters) >= 6 and all(c.isupper() for c in letters) and len(line.split()) <= 8
            and not re.search(r"(?<![\d/])(?!(?:19|20)\d\d(?![\d]))\d", line)
            and bool(_DOCUMENT.search(line)) and not _SELLS.search(line))


def _complaint(text: str) -> bool:
    return any(not _NONE_BEFORE.search(text, 0, m.start()) for m in _COMPLAINT.finditer(text))


def no_details(page: Page, brief: BriefInfo) -> list[str]:
    """Each line of the page that is the brief's header, a countdown or a reply to a complaint (the module's doc)."""
    lines = [ln.strip(" \t*#-–—•|:").strip() for ln in brief.text.splitlines()]
    heads = [ln[:m.start()].strip() for ln in lines for m in _HEAD_END.finditer(ln)]
    headers = {h for h in (*lines, *heads) if h}
    headers = {h for h in headers if _header_line(h)}
    out: list[str] = []
    for b in page.blocks:
        if b.section in _SKIP:
            continue
        text = b.text.strip()
        if text in headers:
            out.append(f'the brief\'s header is shown as content: "{clip(text, 70)}"')
        elif _COUNTDOWN.search(text):
            out.append(f'a countdown is shown as content (stale once posted): "{clip(text, 70)}"')
        elif _complaint(text):
            out.append(f'a reply to a customer\'s complaint is shown as content: "{clip(text, 70)}"')
    return out


def no_fact_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the brief whose numbers are no fact a page must show: a header ("PENAWARAN No. 014/XII/2026"),
    a countdown ("5 DAYS LEFT") and the
    sentences of a reply to a complaint ("the album came 4 days late and that's on us")."""
    spans = [m.span() for m in _COUNTDOWN.finditer(text)]
    spans += [m.span() for m in _LINE.finditer(text) if _header_line(m.group(0).strip(" \t*#-–—•|:"))]  # its number
    return spans + [m.span() for m in _SENTENCE.finditer(text) if _complaint(m.group(0))]


# whom a letter or a notice is addressed to, up to its comma, colon or line end ("Yth. calon siswa, LPK X membuka …")
_ADDRESSEE = re.compile(r"(?:^|(?<=[\n.!?]))\s*(?:kepada\s+yth\.?|kpd\.?\s+yth\.?|yth\.?|yang\s+terhormat|dear)\s"
                        r"[^,:\n]{1,60}(?=[,:\n])", re.I)


def unaddressed(text: str) -> str:
    """The brief with its addressee blanked (same length): whom it is said to is no offering of the business."""
    return _ADDRESSEE.sub(lambda m: " " * len(m.group(0)), text)
