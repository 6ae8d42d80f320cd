"""The parts of a pasted form that are no name: a header, a section's label, an addressee, a job ad's opening.

Owners paste what they already wrote for another purpose, and its first name-shaped words are often the form's own:

* a header or slogan in capitals ("H-3 MENUJU IMLEK!!", "WHY FAMILIES CHOOSE US — …") or a section's label before
  its body ("Problem: …", "Programs: …", "Course outline — cover page");
* a job ad's opening ("LOKER!! Dicari 2 kurir …") before the business's own news;
* the person the text is addressed to: the customer a complaint reply answers ("Tanggapan atas keluhan Bapak
  Rusdi"), the reader greeted ("Hi Tasha"), a contact person ("Hub. Lae Tigor");
* the audience a pitch opens with, written in lower case ("shrimp farmers in Sidoarjo lose 30% …").

Such a choice is no name: the brand rules are read again without it, and the next candidate that holds a word of
its own and is no form part either is taken (a coined one-word name, "NotaKilat", when it is written as one). The
form part, and for a header, a label or a complaint's heading the whole piece it opens, holds no offering.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tapsite_pipeline.fastre import regrouped

from .label_prices import priced_label
from .name_likeness import ordinary_share, words_of
from .roles import AUDIENCE

Found = tuple[str, tuple[int, int], int]
Span = tuple[int, int]

# The words of a form's headers, slogans, section labels and job ads, beyond the lexicons' ordinary words.
FORM_WORDS = frozenset("""
why choose chose us we our you your trusted kenapa mengapa pilih memilih menuju jelang menjelang countdown coming soon
problem problems pricing fee fees programs programmes outline cover page halaman overview ringkasan masalah benefits
keunggulan testimonial testimonials faq syllabus silabus curriculum kurikulum
loker lowongan dicari dibutuhkan hiring wanted vacancy vacancies rekrutmen recruitment
""".split())
# The words of a heading that names a section of a document, not what is sold ("Course outline —", "Problem:").
_HEADING_WORDS = frozenset("""
problem problems masalah outline cover page halaman overview ringkasan syllabus silabus curriculum kurikulum why
kenapa mengapa
""".split())
_TRADE_PEOPLE = frozenset("petani pekebun peternak petambak nelayan pedagang pengrajin".split())
_COUNTDOWN = re.compile(r"(?i)^h-?\d{1,2}$")
# The honorifics a name addressed to a person opens with, the regional ones too ("Lae", "Ito", "Amang").
_HONOURS = frozenset("""
bapak ibu pak bu bpk sdr sdri saudara saudari kak kakak mas mbak mba bang abang teh aa kang akang uda uni lae ito
amang inang tulang opung daeng bli mr mrs ms miss sir madam
""".split())
# What makes the next person addressed: a complaint answered, a greeting, a contact person.
_ADDRESSED = regrouped(r"(?i)(?:\b(?:keluhan|komplain|complain|complaint|tanggapan\s+(?:atas|untuk|utk)|balasan\s+(?:untuk|utk)"
                       r"|reply\s+to|hubungi|hub|cp|kontak|contact|call|tanya|hi|hai|halo|hallo|hello|hey|dear|yth)"
                       r"\.?\s*:?\s*$)")
# A complaint's heading: its whole piece (the customer's story) holds no offering.
_COMPLAINT_WORDS = r"keluhan|komplain|complain|complaint"
_COMPLAINT = regrouped(rf"(?i)\b(?:{_COMPLAINT_WORDS})\b")
_GREETING_START = regrouped(r"(?i)(?:^|[\n.!?:]\s*)[\"“'(]?\s*(?:hi|hai|halo|hallo|hello|hey|dear|eh|oi|woi)\s+")
_PIECE_BREAK = re.compile(r"[.!?]+(?:\s+|$)|\n")
_LABEL_AFTER = re.compile(r"\s*(?::|[—–]|\s-\s)")
_TRIES = 4
# Where a pasted text says it came from: a copying word or "from / of (our)" before the medium it was in.
_PASTED_FROM = regrouped(r"(?i)\b(?:copas|copy|copas-an|salin(?:an)?|dr|dari|from|of)\b[^.!?\n]{0,25}?\b(?:scan|scanan|"
                         r"screenshot|ss|spreadsheet|sheet|excel|pdf|laminating|brosur|brochure|flyer|pamflet|"
                         r"deck|slide|slides)\b")
_LABEL = regrouped(r"(?:^|[\n.!?]\s+)\W{0,3}([A-Za-z][\w' ]{1,30}?)\s*(?::|[—–]|\s-\s)")
_COMPLAINT_OR_REVIEW = regrouped(rf"(?i)\b(?:{_COMPLAINT_WORDS}|complaints|review|ulasan)\b")
# A mishap owned and its remedy: an apology, a replacement sent, a refund.
_MISHAP = regrouped(r"(?i)\b(?:mohon\s+maaf|minta\s+maaf|kekeliruan|kesalahan|pengganti|dikirim\s+ulang|refund|"
                    r"refunded|dikembalikan|apologi[sz]e|sorry|replacement|that's\s+on\s+us)\b")
_COMPENSATION_LEAD = regrouped(r"(?i)\b(?:sebagai\s+(?:kompensasi|permintaan\s+maaf|gantinya)|as\s+(?:compensation|an\s+"
                               r"apology))\s*,?")
_COINED = re.compile(r"(?<![\w@./-])[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})+(?![\w@.-])")
_PLATFORMS = frozenset("""
whatsapp youtube tiktok linkedin facebook instagram paypal gofood grabfood shopeefood tokopedia shopee bukalapak
googlemaps gmail icloud playstation airbnb wordpress
""".split())


def form_part(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, the brand rules' choice, is a part of the form (see the module's doc), not a name."""
    name = text[s:e]
    words = words_of(name)
    if not words:
        return False
    if addressed(text, s, e):
        return True
    if all(_form_word(w) for w in words) and any(w in FORM_WORDS or _COUNTDOWN.match(w) for w in words):
        # in a form's place: in capitals as written, before a label's mark, or opening a piece of the brief
        starts = [m.end() for m in _PIECE_BREAK.finditer(text, 0, s)]
        return name.isupper() or bool(_LABEL_AFTER.match(text, e)) \
            or not re.search(r"\w", text[starts[-1] if starts else 0:s])
    # the audience a pitch opens with, as written in lower case: "shrimp farmers in Sidoarjo lose …" (a group of
    # people: a plural, or a trade's people; "dewasa" of a question "ada les gitar dewasa?" is no group)
    return name.islower() and "?" not in name and words[-1] in AUDIENCE \
        and (words[-1].endswith("s") or words[-1] in _TRADE_PEOPLE)


def addressed(text: str, s: int, e: int) -> bool:
    """A person the text speaks to: an honorific and a name after a complaint's, a greeting's or a contact's word."""
    words = words_of(text[s:e])
    line_start = text.rfind("\n", 0, s) + 1
    before = text[max(line_start, s - 40):s]
    if not _ADDRESSED.search(before):
        return False
    return len(words) <= 3 and (words[0] in _HONOURS or len(words) == 1 or bool(re.search(r"(?i)\b(?:hi|hai|halo|hallo|hello|hey|dear)\W*$", before)))


def _form_word(w: str) -> bool:
    return w in FORM_WORDS or bool(_COUNTDOWN.match(w)) or w.isdigit() or ordinary_share(w) >= 1.0


def without_form_part(found: Found | None, text: str, reread: Callable[[list[Span]], Found | None],
                      skip: list[Span], quiet: list[Span] | None = None) -> Found | None:
    """The brand rules' choice, or, when it is a form's part, the next candidate that is a name; the parts given up
    join ``quiet`` (no offering). When no candidate is a name, the choice stays."""
    if not found or not form_part(text, *found[1]):
        return found
    refused = [found[1]]
    for _ in range(_TRIES):
        other = reread([*skip, *refused])
        if not other:
            break
        if _a_name(other, text):
            if quiet is not None:
                quiet += [_part_span(text, s, e) for s, e in refused]
            return other
        refused.append(other[1])
    if (coined := _coined(text, refused)) is not None:  # "BenurSehat sells …": a coined name opening a piece
        if quiet is not None:
            quiet += [_part_span(text, s, e) for s, e in refused[:1]]
        return coined[0], coined[1], found[2]
    return found


def _coined(text: str, refused: list[Span]) -> tuple[str, Span] | None:
    """A coined one-word name in two capitals that opens a piece of the brief ("BenurSehat sells …", "AntreKlinik —
    queue numbers …"), a platform's name ("WhatsApp", "TikTok") aside."""
    for m in _COINED.finditer(text):
        if m.group(0).lower() in _PLATFORMS or any(a <= m.start() < b for a, b in refused):
            continue
        starts = [b.end() for b in _PIECE_BREAK.finditer(text, 0, m.start())]
        if not re.search(r"\w", text[starts[-1] if starts else 0:m.start()]):
            return m.group(0), (m.start(), m.end())
    return None


def _a_name(cand: Found, text: str) -> bool:
    name, (s, e), _ = cand
    if form_part(text, s, e) or ordinary_share(name) >= 1.0 or any(w.isdigit() for w in words_of(name)) \
            or "?" in name:  # a question ("Parkir Luas?") is asked, not a name
        return False
    # two words and more, or one word coined in capitals inside it ("NotaKilat", "BenurSehat")
    return len(name.split()) >= 2 or bool(re.search(r"[a-z][A-Z]", name))


def _part_span(text: str, s: int, e: int) -> Span:
    """The span a form part silences: a heading, a section's label, a job ad's opening or a complaint's heading to the
    end of its piece ("Problem: UMKM susah bikin invoice & nagih."; the cleaned brief ends a line with a stop); an
    addressee itself."""
    starts = [m.end() for m in _PIECE_BREAK.finditer(text, 0, s)]
    start = starts[-1] if starts else 0
    opens = not re.search(r"\w", text[start:s])
    if (opens and (text[s:e].isupper() or _LABEL_AFTER.match(text, e))) or _COMPLAINT.search(text[start:s]) \
            or all(_form_word(w) for w in words_of(text[s:e])):
        end = _PIECE_BREAK.search(text, e)
        return (start if opens else s), (end.start() if end else len(text))
    return s, e


def greetings(text: str) -> list[Span]:
    """The greeting that opens a piece ("Hi Tasha!", "Halo Kak Rina,"): the name greeted is no offering."""
    out = []
    for m in _GREETING_START.finditer(text):
        name = re.match(r"(?:[A-Z][\w'-]*\.?\s+){0,2}[A-Z][\w'-]*|(?i:" + "|".join(sorted(_HONOURS)) + r")\b",
                        text[m.end():])
        if name:
            out.append((m.end(), m.end() + name.end()))
    return out


def form_labels(text: str) -> list[Span]:
    """A section's label made of a form's words that opens a piece ("Course outline —", "Problem:", "About us:"):
    the label names the section, not an offering (its body stays)."""
    out = []
    for m in _LABEL.finditer(text):
        words = words_of(m.group(1))
        if words and all(_form_word(w) for w in words) and any(w in _HEADING_WORDS for w in words) \
                and not priced_label(text, m.end(1)):  # "Landing page 1 halaman: 1,5jt": an item before its amount
            out.append((m.start(1), m.end(1)))
    return out


def complaint_story(text: str) -> list[Span]:
    """In a reply to a complaint or a review, the pieces that tell the mishap and its remedy ("Barang pengganti sudah
    dikirim hari ini.", "We've refunded the rush fee.") and a compensation's lead ("Sebagai kompensasi,"): no
    offering; what the compensation may be spent on stays."""
    if not _COMPLAINT_OR_REVIEW.search(text):
        return []
    out = [(m.start(), m.end()) for m in _COMPENSATION_LEAD.finditer(text)]
    start = 0
    for m in [*_PIECE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[start:end]
        if _MISHAP.search(piece) and not _COMPENSATION_LEAD.search(piece):
            out.append((start, end))
        start = m.end() if m else len(text)
    return out


def paste_lead(text: str) -> list[Span]:
    """The brief's opening piece when it says where the text was copied from ("ini copas dr scan menu laminating
    kami:", "dr spreadsheet stok kami:", "Back page of our brochure:"): the medium is no offering."""
    end = _PIECE_BREAK.search(text)
    first = text[:end.start() if end else len(text)]
    m = _PASTED_FROM.search(first)
    return [(0, len(first))] if m and len(first) <= 80 else []
