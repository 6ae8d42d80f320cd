"""Where a read name starts and ends: the words a run of capitals carries that are not the owner's name for it.

Writers keep nearly every word of a name's run: the trade said before it ("Servis Laptop Kodok Pintar Jember") and the
town glued after it ("Bunda Laundry Tarakan"). What they leave out, and these helpers take off:

- a call to act read as a name signed "by": "Register by WA", "Order via WhatsApp" (no name at all);
- the platform a catalogue is posted on: "Katalog WA Business Servis HP Anugerah Kolaka";
- a label of the offer's kind before the name: "Program Kelas Barista …", "Unit persewaan BUMDes …";
- the guide or host a trip is signed by, after a name complete without them: "Rubiah Snorkel Trip by Bang Usman"
  (but "Make Up by Kak Tambun", "Sound & Light by Ridwan": the trade alone names no one, the signature is the name);
- the goods a farm sells, said before it and its keeper: "Susu Sapi Segar Peternakan Pak Wagiman".
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .brand_words import HONORIFICS
from .lexicon import KEYWORDS
from .places import PLACES

_TRADE = frozenset(w for k in KEYWORDS for w in k.split())

# "Register by WA", "Order via WhatsApp", "Booking lewat DM", "Daftar ke WA": how to reach the business, not its name
_CALL_TO_ACT = re.compile(
    r"(?i)(?:register|registration|daftar|pendaftaran|order|pesan|pemesanan|book|booking|reservasi|reservation|"
    r"reserve|chat|contact|hubungi|info|tanya|enquire|enquiries|inquiries|join|rsvp|konfirmasi|apply)\s+"
    r"(?:by|via|lewat|melalui|ke|di|on|through|at)\s+(?:wa|whatsapp|whats\s?app|dm|ig|instagram|email|e-mail|"
    r"telp|telepon|phone|sms|line|telegram|admin|inbox)\.?")

# an event the business holds, named before where it is held and who holds it: "Holiday Art Camp at Atelier Kecil
# Kemang" (the camp is sold; the atelier runs it). Not when the host is a mere venue or a place ("… at Hotel Santika",
# "Bali Surf Camp at Canggu Beach").
_EVENT_END = re.compile(r"(?i)\b(?:camp|bootcamp|workshop|workshops|class|classes|course|retreat|masterclass)$")
_HOST_AFTER = re.compile(r"\s+(?:at|di)\s+([A-Z][\w'&-]*)(?:\s+[A-Z0-9][\w'&-]*)+")
_VENUE_WORDS = frozenset("hotel gedung balai aula masjid gereja kantor sekolah kampus mall plaza taman pantai lapangan gor "
                         "hall ballroom villa resort pulau gunung danau beach island lake bukit".split())

# the platform a catalogue or a shop is posted on ("Katalog WA Business", "WhatsApp Business", "Shopee")
_PLATFORM_LEAD = re.compile(r"(?i)(?:(?:wa|whatsapp)\s+)?business\s+")
_PLATFORM_BEFORE = re.compile(r"(?i)\b(?:wa|whatsapp)\s+$")

# a label of the kind of offer or of an organisation's part, before the name the owner gives it
_KIND_LABELS = frozenset("program programme unit divisi".split())

# where goods are grown or raised by their keeper ("Peternakan Pak Wagiman"); a kitchen or a shop is named with its
# goods ("Kue Kering Dapur Tante Yuli" is the name whole)
_PREMISES = frozenset("peternakan kebun kandang kolam tambak ladang sawah".split())


def call_to_act(name: str) -> bool:
    """Is the read name a call to act ("Register by WA", "pesan via DM"), which names no business?"""
    return bool(_CALL_TO_ACT.fullmatch(name.strip(" .!:")))


def hosted_event(text: str, name: str, e: int) -> bool:
    """Is ``name`` (ending at ``text[e]``) an event the business holds, followed by "at" and the host's capitalised
    name ("Holiday Art Camp at Atelier Kecil Kemang")? The event is what is sold; the host is the name."""
    if not _EVENT_END.search(name) or len(name.split()) < 2:
        return False
    m = _HOST_AFTER.match(text, e)
    return bool(m) and m.group(1).lower() not in _VENUE_WORDS and m.group(1).lower() not in PLACES  # "at Canggu …"


def platform_lead(text: str, name: str, s: int) -> int:
    """How many characters of a platform's name open ``name`` read at ``text[s:]`` ("Business " after "WA"): 0 if none,
    or if what is left would be a single word."""
    m = _PLATFORM_LEAD.match(name)
    if not m or len(name[m.end():].split()) < 2:
        return 0
    said_whole = m.group(0).lower().split()[0] in ("wa", "whatsapp")
    return m.end() if said_whole or _PLATFORM_BEFORE.search(text, max(0, s - 12), s) else 0


def kind_label(name: str) -> int:
    """How many characters a label of the offer's kind takes at the start of ``name`` ("Program ", "Unit persewaan "):
    the label, and the lower-case words said with it, before a capitalised name of two words or more. 0 if none."""
    words = name.split(" ")
    if len(words) < 3 or words[0].lower() not in _KIND_LABELS or not words[0][:1].isupper():
        return 0
    at = 1
    while at < len(words) and words[at][:1].islower():
        at += 1  # "Unit persewaan BUMDes …": the unit's trade, said in lower case, goes with it
    rest = words[at:]
    if len(rest) < 2 or not all(w[:1].isupper() or w[:1].isdigit() for w in rest):
        return 0
    return len(" ".join(words[:at])) + 1


def signed_by_host(name: str, trade: Collection[str], honorifics: Collection[str]) -> int:
    """The length of ``name`` without a host's signature ("… Trip by Bang Usman"), or 0 to keep it whole.

    The signature goes only when it is a titled person's and what stands before "by" is a name of its own: two
    words or more, one of them no trade word, closing on a trade word ("Rubiah Snorkel Trip"). "Make Up by Kak
    Tambun" (only the trade before it) and "Little Moments by Dewi" (no trade word closing it) keep theirs.
    """
    m = re.search(r"\s+by\s+(\S+)\s+\S+", name)
    if not m or m.group(1).lower().rstrip(".") not in honorifics:
        return 0
    before = [w.lower().strip(".,'") for w in re.split(r"[\s&]+", name[:m.start()]) if w]
    if len(before) < 2 or before[-1] not in trade or all(w in trade for w in before):
        return 0
    return m.start()


def premises_start(name: str, trade: Collection[str], honorifics: Collection[str]) -> int:
    """Where the keeper's premises opens a name the goods are said before ("Susu Sapi Segar Peternakan Pak Wagiman"
    → at "Peternakan"), or 0. Only goods stand before it, none of them premises ("Kolam Pancing Tambak Kakek" is one
    name), and a titled person follows it."""
    words = name.split(" ")
    for i in range(1, len(words) - 2):
        if words[i].lower() in _PREMISES and words[i + 1].lower().rstrip(".") in honorifics:
            before = [w.lower() for w in words[:i]]
            if all(w in trade and w not in _PREMISES for w in before):
                return len(" ".join(words[:i])) + 1
            return 0
    return 0


def edged(text: str, name: str, s: int, e: int) -> tuple[str, int, int] | None:
    """The candidate ``name`` at ``text[s:e]`` with the words no writer keeps taken off its edges, or None when it is
    a call to act or an event held by a host named after it. A name not read as written at its span is left as it is.
    The words cut before the name stay in its span, so what else is read of the brief (offerings, trade) is unchanged."""
    if call_to_act(name) or hosted_event(text, name, e):
        return None
    if text[s:e] != name:
        return name, s, e
    cut = platform_lead(text, name, s) or kind_label(name) or premises_start(name, _TRADE, HONORIFICS)
    if cut:  # the span keeps the words: a heading's goods, a label or a platform are read as no offering either
        name = name[cut:]
    end = signed_by_host(name, _TRADE, HONORIFICS)
    if end:
        name, e = name[:end], s + end
    return name, s, e
