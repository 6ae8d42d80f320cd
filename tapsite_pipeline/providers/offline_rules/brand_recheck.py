"""A second look at the brand rules' choice: is it a name, and is it the sender's?

The rules take the first name-shaped words, and a pasted document opens with its heading ("PENAWARAN HARGA No …",
"WORKSHOP MEMBATIK TULIS UNTUK PEMULA"), its addressee ("Kepada Yth. Panitia …", "Quotation for Villa Kembang
Office") or a place ("…, Desa Sukamulya"). When the choice is no name (its words are ordinary words, name_likeness.py)
or its role is taken (an addressee, a place), the brief's next candidates are read (the rules again, with the choices
refused blanked out, then the names a sign-off gives) and the first that holds a word of its own and that the brief
corroborates is taken:

* the contact echoes it: an e-mail's local part or domain, a handle, a web address ("ops@kabelrapi.net" for "Kabel
  Rapi Networks");
* a sender's or a signature's word stands before it: "Dari:", "from", "organised by", "Hatur nuhun,", "Salam,",
  or the dash or bracket that sets it off after a heading ("SMS: Selat Rupat Travel —", "Itinerary … (Jeep …)");
* it opens a line of its own followed by an address ("Sanggar Batik Sekar Lasem, Jl. Karangturi 12",
  "Teknik Dingin Bang Rahmat, Bintaro & Pondok Aren");
* the owner introduces it ("Halo! Ini Petshop …", "This is …") or says it was founded or serves ("Percetakan Pase
  telah berdiri sejak 2006", "… hadir sejak 2014", "… melayani …").

Owners often name the business last, after a dash ("Classes start 1 March at Jl. Teuku Umar 30 — Bahasa Bridge
Jayapura."), after a credit ("Filmed by …", "Diselenggarakan oleh …") or after "Ini …": those places are read with the
sign-offs, and a credit's verb is taken off the name. A choice that names a class or a language ("Conversational
English", the first option of a poll) and that the brief does not back gives way to such a closing name: the class is
what is taught, the school signs the post.

A choice the brief itself corroborates stays, and when no other candidate passes, the choice stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tapsite_pipeline.fastre import regrouped

from .brand_words import GENERIC_WORDS
from .name_likeness import (
    class_title,
    has_own_word,
    only_answer,
    opens_with_document,
    opens_with_event,
    ordinary_share,
    role_taken,
    words_of,
)
from .name_reader import take_name
from .places import PLACES

Found = tuple[str, tuple[int, int], int]
Span = tuple[int, int]

# A class's or trip's title this ordinary is no name (three ordinary words of four: "KELAS MERAJUT UNTUK PEMULA"),
# unless the brief backs it; any other choice is refused only when every word is ordinary.
_NO_NAME_SHARE = 0.75
_TRIES = 4

_CONTACT = re.compile(r"(?i)([\w.+-]+)@([\w-]+)\.|(?<![\w.])@([\w.]{3,30})|\b(?:https?://)?(?:www\.)?([\w-]{4,40})"
                      r"\.(?:com|co\.id|id|net|org|biz|shop|store|my\.id|web\.id)\b")
# The sender's word before a name on its line, or a heading's set-off ("Judul: Nama", "Judul — Nama", "Judul (Nama)").
_SENDER_BEFORE = regrouped(r"(?i)\b(?:dari|from|oleh|by|organi[sz]ed\s+by|presented\s+by|diselenggarakan\s+oleh|"
                           r"hormat\s+kami|salam|hatur\s+nuhun|terima\s+kasih|makasih|thanks|thank\s+you|regards|"
                           r"cheers|wassalam)\s*[:,]?\s*$")
_DASH_BEFORE = re.compile(r"(?:[—–]|\s-)\s*$")
_PIECE_BREAK = re.compile(r"[.!?]\s+|\n")
_PIECE_CLOSE = re.compile(r"\s*(?:[.!?)](?:\s|$)|\n|$)")
_HEADING_GAP = 25
# A sign-off or a sender's word that names the business after it ("Hatur nuhun, Tenda Mang Dadeng.", "from Cahaya
# Teknik Listrik", "Dari: …").
_SIGN_OFF = regrouped(r"(?i)\b(?:(?:hormat\s+kami|salam|hatur\s+nuhun|terima\s+kasih|makasih|thanks|thank\s+you|"
                      r"regards|cheers|wassalam)\s*,|(?:dari|from|organi[sz]ed\s+by|presented\s+by|hosted\s+by|"
                      r"powered\s+by|diselenggarakan\s+oleh|dipersembahkan\s+oleh)\s*:?)\s*(?-i:(?=[A-Z]))")
# A name closing a piece after a dash: "… at Jl. Teuku Umar 30 — Bahasa Bridge Jayapura."
_DASH_NAME = regrouped(r"(?:[—–]|\s-)\s*(?=[A-Z])")
# A credit's verb before the business ("Filmed by …", "Diselenggarakan oleh …"); "Makeup by Ayu" is a name, so only a
# verb's past participle or an Indonesian passive opens a credit.
_CREDIT = regrouped(r"^(?:[A-Za-z]+ed|[Dd]i[a-z]{3,}|[Bb]rought\s+to\s+you)\s+(?:by|oleh)\s+(?=[A-Z])")
# The owner introducing the business at the start of a piece ("Halo! Ini …", "This is …", "We are …").
_INTRO_BEFORE = regrouped(r"(?i)^\W*(?:ini|inilah|this\s+is|we\s+are|kami(?:lah)?|welcome\s+to|selamat\s+datang\s+di)\s*$")
_INTRO = regrouped(r"(?:^|[.!?]\s+)(?:Halo|Hai|Hi|Hello)?[!,.]?\s*(?:Ini|This\s+is|We\s+are)\s+(?=[A-Z])")
# … or saying it was founded, is here or serves ("telah berdiri sejak 2006", "hadir sejak 2014", "melayani …").
_FOUNDED_AFTER = regrouped(r"(?i)\s*(?:(?:telah|sudah|resmi)\s+)?(?:berdiri|hadir|didirikan|melayani|beroperasi|"
                           r"was\s+founded|was\s+established|has\s+been\s+serving|has\s+served|serves)\b")
_STREET = regrouped(r"(?i)\s*,\s*(?:jl|jln|jalan|ruko|komplek|kompleks|blok|gg|gang|perum|lt)\b")


def rechecked(found: Found | None, text: str, reread: Callable[[list[Span]], Found | None],
              skip: list[Span], cased: bool, quiet: list[Span] | None = None) -> Found | None:
    """The brand rules' choice, or the first other candidate that is a name the brief corroborates when the choice
    is no name or an addressee or a place (see the module's doc). The choices given up join ``quiet``, the spans that
    hold no offering, as they held none while they were the name (a heading's whole piece: "PENAWARAN HARGA No.
    014/DSK/XII/2026" names no card)."""
    if found and (credited := _uncredited(found, text)) is not found:
        if quiet is not None:
            quiet.append((found[1][0], credited[1][0]))  # "Filmed by": the credit's verb holds no offering
        found = credited
    if not found or not cased or corroborated(text, *found[1], found[0]):
        return found
    if not _refused(found, text):
        return (_signed_instead(found, text) if class_title(found[0]) else None) or found
    heading = found[1] if not re.search(r"\w", text[:found[1][0]]) else None  # the choice opens the brief
    refused = [found[1]]
    for _ in range(_TRIES):
        other = reread([*skip, *refused])
        if not other:
            break
        if _passes(other, text, heading):
            return _quieted(_with_trade(other, text), refused, heading, text, quiet)
        refused.append(other[1])
    for at in _closing_starts(text):
        signed = take_name(text, at, cased, require_cap=True)
        if signed and (cand := (signed[0], (signed[1], signed[2]), found[2])) and _closes(cand, text, at) \
                and _passes(cand, text, heading):
            return _quieted(cand, refused, heading, text, quiet)
    return found


def _signed_instead(found: Found, text: str) -> Found | None:
    """A name the brief signs off with or sets off after a dash closing a piece, when the choice (a name, but one the
    brief does not back) is not it: "▢ Conversational English (evenings) … at Jl. Teuku Umar 30 — Bahasa Bridge
    Jayapura." The class is on offer; the school signs the post."""
    for at in _closing_starts(text):
        signed = take_name(text, at, cased=True, require_cap=True)
        if not signed or signed[1] < found[1][1] and signed[2] > found[1][0]:
            continue
        cand = (signed[0], (signed[1], signed[2]), found[2])
        if _closes(cand, text, at) and _passes(cand, text, None) and words_of(cand[0]) != words_of(found[0]):
            return cand
    return None


def _closing_starts(text: str) -> list[int]:
    """Where a name may start after a sign-off or a sender's word, after a dash, or after the owner's "Ini …"."""
    return [m.end() for m in _SIGN_OFF.finditer(text)] + [m.end() for m in _DASH_NAME.finditer(text)] + [
        m.end() for m in _INTRO.finditer(text)]


def _closes(cand: Found, text: str, at: int) -> bool:
    """A name read after a dash is the sender's only when it closes its piece and holds no number: "— Bahasa Bridge
    Jayapura." signs the post, "Canggu - Fazzio 90k a day" lists a scooter."""
    if not _DASH_NAME.search(text[max(0, at - 3):at + 1]):
        return True
    return _ends_piece(text, cand[1][1]) and not re.search(r"\d", cand[0])


def _uncredited(found: Found, text: str) -> Found:
    """The name without a credit's verb before it ("Filmed by Padang Sabana Films" → "Padang Sabana Films")."""
    name, (s, e), prio = found
    m = _CREDIT.match(name)
    if not m or len(name[m.end():].split()) < 2:
        return found
    return name[m.end():], (s + m.end(), e), prio


def _quieted(taken: Found, refused: list[Span], heading: Span | None, text: str, quiet: list[Span] | None) -> Found:
    """The candidate taken; the refused ones that hold no offering join ``quiet``: a document's heading (its whole
    piece: "PENAWARAN HARGA No. 014/DSK/XII/2026"), an addressee, a place, a reply's "Yes". A class's title ("Kelas
    Makeup Diri Sendiri") or the goods a flyer lists ("MESIN CUCI") are what is sold: they stay for the offerings."""
    if quiet is None:
        return taken
    for k, (s, e) in enumerate(refused):
        name = text[s:e]
        if heading is not None and k == 0 and opens_with_document(name):
            close = _PIECE_BREAK.search(text, e)
            s, e = s, max(e, min(close.start() if close else len(text), taken[1][0]))
        elif not (role_taken(text, s) or opens_with_document(name) or only_answer(name)):
            continue
        if e <= taken[1][0] or s >= taken[1][1]:
            quiet.append((s, e))
    return taken


def _refused(found: Found, text: str) -> bool:
    name, (s, _), _ = found
    if role_taken(text, s) or opens_with_document(name):
        return True
    share = ordinary_share(name)
    # "Sewa Sound System Gemilang": a trade and one word of its own is a name; a class's title is not one
    return share >= 1.0 or (share >= _NO_NAME_SHARE and opens_with_event(name))


def _passes(cand: Found, text: str, heading: Span | None) -> bool:
    name, (s, e), _ = cand
    if len(name.split()) < 2:
        return False  # one word ("(Ciparay)", "Scooter") is a place or a thing as often as a name: never taken over
    return has_own_word(name) and not role_taken(text, s) and (corroborated(text, s, e, name)
                                                                or _after_heading(text, s, e, heading))


def corroborated(text: str, s: int, e: int, name: str) -> bool:
    """Whether the brief backs the candidate at ``text[s:e]`` as the sender's name: its contact echoes it, a
    sender's word or a sign-off dash stands before it, or it opens a piece of the brief followed by an address."""
    return _echoed(text, name) or _sender_before(text, s, e) or _address_line(text, s, e) or _introduced(text, s, e)


def _introduced(text: str, s: int, e: int) -> bool:
    """"Halo! Ini Petshop …", "Percetakan Pase Lhokseumawe telah berdiri sejak 2006": the owner presents it."""
    return bool(_INTRO_BEFORE.match(text[_piece_start(text, s):s]) or _FOUNDED_AFTER.match(text, e))


def _echoed(text: str, name: str) -> bool:
    words = [w for w in words_of(name) if w]
    whole = "".join(words)
    if len(whole) < 4:
        return False
    for m in _CONTACT.finditer(text):
        for part in m.groups():
            token = re.sub(r"[^a-z0-9]", "", (part or "").lower())
            if len(token) < 4:
                continue
            if token in whole or whole in token:
                return True
            # "@bintanjepret.studio" for "Studio Foto Bintan Jepret": two of its words in a row, as one
            if any(len(a + b) >= 6 and a + b in token for a, b in zip(words, words[1:], strict=False)):
                return True
    return False


def _piece_start(text: str, s: int) -> int:
    """Where the piece of the brief holding ``s`` starts: after a sentence's end or a line's (the brief's cleaning
    turns a line's end into a stop)."""
    ends = [m.end() for m in _PIECE_BREAK.finditer(text, 0, s)]
    return ends[-1] if ends else 0


def _ends_piece(text: str, e: int) -> bool:
    return bool(_PIECE_CLOSE.match(text, e)) or _placed_after(text, e)


def _placed_after(text: str, e: int) -> bool:
    """", Bintaro & Pondok Aren", ", Ambon": a place closes the piece after a comma."""
    m = re.match(r"\s*,([^.!?\n·|]{0,60})", text[e:])
    return bool(m) and any(w in PLACES for w in words_of(m.group(1))[:4])


def _sender_before(text: str, s: int, e: int) -> bool:
    before = text[max(_piece_start(text, s), s - 30):s]
    if _SENDER_BEFORE.search(before):
        return True
    return bool(_DASH_BEFORE.search(before)) and _ends_piece(text, e)  # "sama Kak Nuri — Nuri Glam Makassar."


def _address_line(text: str, s: int, e: int) -> bool:
    if re.search(r"\w", text[_piece_start(text, s):s]):
        return False  # the name opens its piece (after a bullet or an emoji at most)
    return bool(_STREET.match(text, e)) or _placed_after(text, e)


def _after_heading(text: str, s: int, e: int, heading: Span | None) -> bool:
    """A name set off right after the heading that opens the brief: "SMS: Selat Rupat Travel —", "Itinerary … 🌄
    (Jeep Tengger Mas Yudi)", "Form Pesanan … — Toko Buku & ATK Batu Merah, Ambon", or on the line after it."""
    if heading is None or not 0 <= s - heading[1] <= _HEADING_GAP:
        return False
    gap = text[heading[1]:s]
    return bool(re.search(r"[:(—–-]\s*$", gap)) or _ends_piece(text, e)


def _with_trade(found: Found, text: str) -> Found:
    """The name with the lower-case trade word that opens its piece ("bimbel Sigma Rantau Padang")."""
    name, (s, e), prio = found
    start = _piece_start(text, s)
    lead = text[start:s].strip()
    if lead and lead.islower() and 1 <= len(lead.split()) <= 2 and all(w in GENERIC_WORDS for w in words_of(lead)):
        at = text.index(lead, start)
        return text[at:e], (at, e), prio
    return found
