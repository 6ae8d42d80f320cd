"""An email signature pasted as the brief, read as a block: the closing formula ("Salam hangat,", "Wassalam,",
"Kind regards,"), the person who signs, their job title ("Head Roaster", "Manajer Operasional"), the business, then
the lines of services and contacts.

The business is the brand, never the closing nor the person nor the title; the closing, the person and the title are
no offerings. The business line may carry a descriptor after a dash or a bar ("Batu Cermin Retreats — corporate
outings, Labuan Bajo"): the name is what stands before it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tapsite_pipeline.fastre import regrouped

# A closing formula, set off as a piece of its own by its comma or its line ("Salam hangat,", "Kind regards,") after
# the brief's start, a sentence's end or a colon ("… dari tanda tangan email saya: Salam hangat, Rahmat …"), then a
# name written as names are (a capital and small letters, or a doctor's title).
_CLOSING = regrouped(r"(?i)(?:^|(?<=[.:!?\n])[ \t]*|(?<=[.:!?\n][ \t]))(?:salam(?:\s+(?:hangat|hormat|sukses|sehat|manis))?|"
                     r"hormat\s+(?:kami|saya)|wassalam(?:u'?\s*['a]?alaikum)?(?:\s+wr\.?\s*wb\.?)?|terima\s+kasih|"
                     r"(?:best|kind|warm|warmest)\s+regards|regards|cheers|best|thanks|thank\s+you|sincerely|"
                     r"yours\s+(?:sincerely|truly|faithfully))[ \t]*(?:,[ \t]*\n?|\n)[ \t]*(?=(?-i:[A-Z][a-z])|(?:dr|drg|ir)\.)")
# Where a piece of the block ends: a comma, a stop, a semicolon or a line's end (the brief's cleaning makes a
# signature's lines into such pieces); a stop after an abbreviation or an initial ends none.
_PIECE_END = re.compile(r"\s*[,;]\s+|\.\s+|\s*\n\s*|[.]?\s*$")
_ABBREVIATION = frozenset("dr drg drh dra ir h hj apt jl jln no st mr mrs ms prof kh tgk".split())
# The words a job title is made of (one of them makes a line a title when it holds no digit, "@" or street).
_TITLE_WORDS = frozenset((
    "director direktur manager manajer founder co-founder cofounder owner pemilik head kepala lead coordinator "
    "koordinator bagian penanggung jawab staff staf admin administrator ceo cto coo cfo president presiden chief "
    "officer supervisor marketing sales penjualan operasional operations executive eksekutif designer developer "
    "engineer consultant konsultan roaster chef principal ketua sekretaris secretary bendahara treasurer "
    "representative specialist spesialis assistant asisten general umum pimpinan direktris humas hrd "
    "associate partner customer service layanan pelanggan medis medical").split())
# A line that is a contact or an address, never a name or a title.
_CONTACT_LINE = regrouped(r"(?i)\d{3}|@|\b(?:jl|jln|jalan|telp|tel|hp|wa|whatsapp|email|e-mail|www)\b\.?|https?:")
# Where a business line's name ends: a dash, a bar, a middle dot or a comma set off by spaces.
_NAME_END = re.compile(r"\s+[—–|·•-]\s+|\s*,\s+|\s*\|\s*")
# A price said after an item of services.
_PRICE = regrouped(r"(?i)\s*(?:\b(?:mulai(?:\s+dari)?|from|start(?:ing)?\s+(?:from|at))\s+(?:(?:rp|idr)\.?\s*)?\d|"
                   r"\b(?:rp|idr)\.?\s*\d|\b\d[\d.,]*\s*(?:rb|ribu|k|jt|juta)\b)")
_NAME_WORD = re.compile(r"^[A-Z(][\w.'’&()-]*$|^(?:dr|drg|drh|ir|hj?|apt)\.$|^[a-z]{1,3}$|^&$")


class Signature(NamedTuple):
    """The lines of a signature block: the business's name and the lines that are no offerings."""

    business: str
    quiet: tuple[str, ...]  # the closing, the person, the title and the whole business line, as written
    services: tuple[str, ...] = ()  # the items of the line of services under the business, in lower case


def _name_shaped(line: str) -> bool:
    """A person's or a business's name on a line of its own: two to six words, capitalised, no contact in it."""
    words = line.split()
    if not 1 <= len(words) <= 6 or _CONTACT_LINE.search(line):
        return False
    return sum(1 for w in words if w[:1].isupper()) >= max(1, len(words) - 1) and all(
        _NAME_WORD.match(w) or w[:1].isupper() for w in words)


def _title_shaped(line: str) -> bool:
    words = re.findall(r"[\w-]+", line.lower())
    return 1 <= len(words) <= 6 and not _CONTACT_LINE.search(line) and any(w in _TITLE_WORDS for w in words)


def _services(parts: list[str]) -> tuple[str, ...]:
    """The items of a signature's list of services ("Fun dive · Open water course · Reef snorkelling"), each
    without its bracket or its price ("mulai Rp …"); none when a part is a contact or a sentence."""
    if any(_CONTACT_LINE.search(re.sub(r"\d[\d.,]*", "", part)) for part in parts):
        return ()
    items = []
    for part in parts:
        part = part[:m.start()] if (m := _PRICE.search(part)) else part  # "Umrah reguler 9 hari mulai Rp 29,5 jt"
        item = " ".join(re.sub(r"\([^)]*\)", "", part).split()).strip(" ,.;:-").lower()
        if not item or len(item.split()) > 7:
            return ()
        items.append(item)
    return tuple(items)


def _head(line: str) -> str:
    return _NAME_END.split(line, maxsplit=1)[0].strip()


def _pieces(text: str, start: int) -> list[tuple[int, int, bool]]:
    """The pieces of ``text`` from ``start``: (start, end, ends a sentence), split at commas, stops and line ends
    outside brackets, a stop after an abbreviation or an initial ("dr. M. Fauzan") splitting nothing."""
    out: list[tuple[int, int, bool]] = []
    at = s = start
    while at <= len(text) and len(out) < 40:
        m = _PIECE_END.search(text, at)
        if m is None:
            break
        sep = m.group(0)
        word = re.search(r"([\w']+)$", text[s:m.start()])
        if sep.startswith(".") and word and (len(word.group(1)) == 1 or word.group(1).lower() in _ABBREVIATION) \
                and m.end() < len(text):
            at = m.end()
            continue
        if text.count("(", s, m.start()) > text.count(")", s, m.start()) and m.end() < len(text):
            at = m.end()  # inside a bracket: "Phinisi team cruise (2D1N, 20-40 pax)"
            continue
        if m.start() > s:
            out.append((s, m.start(), "," not in sep and ";" not in sep))
        if m.end() >= len(text):
            break
        at = s = m.end()
    return out


def _services_of(text: str, pieces: list[tuple[int, int, bool]], sentences: int) -> tuple[str, ...]:
    """The items of the services said right after the business: the rest of its sentence when that is a list of
    three or more, else the next sentence when that is one."""
    groups: list[list[tuple[int, int, bool]]] = [[]]
    for piece in pieces:
        groups[-1].append(piece)
        if piece[2]:
            groups.append([])
    for group in groups[:sentences]:
        if len(group) >= 3:
            return _services([text[a:b] for a, b, _ in group])
    return ()


def signature(text: str) -> Signature | None:
    """The signature block of a pasted email, or None: a closing formula, then a person's name, an optional job title
    or two, and a business whose head is a name, each a piece of its own."""
    for closing in _CLOSING.finditer(text):
        pieces = _pieces(text, closing.end())
        block = [text[a:b].strip() for a, b, _ in pieces]
        if len(block) < 3 or not _name_shaped(block[0]) or _title_shaped(block[0]):
            continue
        at = 1  # the title pieces, each followed by a piece that opens on a name
        while at + 1 < len(block) and at <= 2 and _title_shaped(block[at]) and _name_shaped(_head(block[at + 1])):
            at += 1
        if at == 1 and not _name_shaped(block[1]):
            continue  # no title and no second name: the first piece may be the business itself, said alone
        head = _head(block[at])
        if not head or not _name_shaped(head):
            continue
        quiet = (text[closing.start():closing.end()].strip(" ,.!\n"), *block[:at + 1])
        # the rest of the business's sentence, else (when its piece ends none) the sentence after it
        return Signature(head, tuple(q for q in quiet if q), _services_of(text, pieces[at + 1:], 1 if pieces[at][2] else 2))
    return None
