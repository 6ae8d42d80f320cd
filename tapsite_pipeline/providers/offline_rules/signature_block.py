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

# A closing formula alone on its line, with its comma.
_CLOSING = regrouped(r"(?i)^[ \t]*(?:salam(?:\s+(?:hangat|hormat|sukses|sehat|manis))?|hormat\s+(?:kami|saya)|"
                     r"wassalam(?:u'?\s*['a]?alaikum)?(?:\s+wr\.?\s*wb\.?)?|terima\s+kasih|(?:best|kind|warm|warmest)\s+"
                     r"regards|regards|cheers|best|thanks|thank\s+you|sincerely|yours\s+(?:sincerely|truly|faithfully))"
                     r"[ \t]*[,.!]?[ \t]*$")
# The rule line some mail programs put before a signature.
_RULE = re.compile(r"^[ \t]*(?:--+|—+|_+)[ \t]*$")
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
# The marks a line of services sets its items apart with, and a price said after an item.
_SERVICE_SPLIT = re.compile(r"\s+[·•|]\s+")
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


def _services(line: str) -> tuple[str, ...]:
    """The items of a signature's line of services ("Fun dive · Open water course · Reef snorkelling"): three or
    more, set apart by a middle dot, a bullet or a bar, each without its bracket or its price ("mulai Rp …")."""
    parts = _SERVICE_SPLIT.split(line)
    if len(parts) < 3 or _CONTACT_LINE.search(re.sub(r"\d[\d.,]*", "", line)):
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


def signature(raw: str) -> Signature | None:
    """The signature block of a pasted email, or None: a closing formula on a line of its own, then a person's name,
    an optional job title or two, and a business line whose head is a name."""
    lines = raw.splitlines()
    for i, line in enumerate(lines):
        if not _CLOSING.match(line):
            continue
        block = [ln.strip() for ln in lines[i + 1:] if ln.strip() and not _RULE.match(ln)]
        if len(block) < 3 or not _name_shaped(block[0]) or _title_shaped(block[0]):
            continue
        at = 1  # the title lines, each followed by a line that opens on a name
        while at + 1 < len(block) and at <= 2 and _title_shaped(block[at]) and _name_shaped(_head(block[at + 1])):
            at += 1
        if at == 1 and not _name_shaped(block[1]):
            continue  # no title and no second name: the first line may be the business itself, said alone
        line_of_business = block[at]
        head = _head(line_of_business)
        if not head or not _name_shaped(head):
            continue
        quiet = (line.strip().rstrip(",.!"), block[0], *block[1:at], line_of_business)
        return Signature(head, tuple(q for q in quiet if q), _services(block[at + 1] if at + 1 < len(block) else ""))
    return None
