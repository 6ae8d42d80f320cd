"""What belongs to an offering without being one: its parts, specs and options.

Two readings, both on the precision side of the offering rules (offerings.py calls them):

- `part_spans` reads the grammar of parts. Items joined by "+" after a package's name ("Paket 4 kamera 2MP + DVR +
  HDD 1TB Rp 4,75jt", "branding package logo + kemasan + feed IG template 750K") are what the package holds; three or
  more joined by "+" before one price ("nasi + lauk + sayur 22rb per porsi") are one set; brackets after a price or a
  package's name ("Solo package 350k (1 hour, 20 edited photos)") hold its contents; what follows "you get" after a
  price is what it buys. The spans are masked like the contents of a package (package_contents.contents_spans), and the
  package they belong to, when the brief names it, is returned as the offering ("paket 4 kamera", "solo package").
- `is_part` reads the word classes of part_words.py: a packing or shipping option, a spec, a software feature, a
  place's perk, an artist's repertoire, a dye or finish, the fault a repair fixes. Such a phrase is never a card,
  unless the business deals in that very thing ("jual HDD 1TB", "jasa packing kayu", "kost putri kamar AC").
"""

from __future__ import annotations

import functools
import re

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.phrase_find import phrase_spans

from .offer_words import ITEM_STOP, TRIGGER
from .part_words import (
    COMPONENTS,
    FAULT_PAIRS,
    FAULTS,
    FEATURE_MARKS,
    FEATURE_OBJECTS,
    LODGING,
    MADE_SONG,
    MATERIAL_HEADS,
    MATERIAL_TAILS,
    PACKING,
    PACKING_PAIRS,
    PACKING_TRADE,
    PERFORM,
    PERK_MODIFIERS,
    PETS,
    SONG_HEADS,
    SPACES,
    SPEC_UNIT,
    SPEC_WORDS,
)
from .roles import _TIERS as TIERS
from .roles import FILLER, is_offering, said_after

_PRICE = (r"(?:(?:(?:rp|idr|usd|eur)\.?|[$€£])\s*\d[\d.,]*(?:\s*(?:k|rb|ribu|rebu|jt|juta|million|mio)\b)?|"
          r"\d[\d.,]*\s*(?:k|rb|ribu|rebu|jt|juta|million|mio)\b)")
_PER = r"(?:\s*(?:/|per\s+)\s*[a-z]+)?"
PRICE = regrouped(_PRICE + _PER)
_PRICE_AT = regrouped(r"\s*(?::\s*)?(?:(?:mulai|from|start(?:ing)?\s+(?:from|at)|cuma|hanya|only)\s+)?" + _PRICE)
_PRICE_CLOSES = regrouped(r"(?:" + _PRICE + _PER + r")\s*\Z")
# Where a piece of a list ends: a mark (not the dot or comma of a number) or a bracket.
_PIECE_END = regrouped(r"[;:!?\n()\[\]]|[.,](?!\d)")
_SENTENCE_END = regrouped(r"[!?;\n]|\.(?!\d)")
# A "+" that joins two things ("nasi + lauk", "DVR+HDD"), not a phone's country code ("+62"), an added price ("+25rb",
# "+50%") or a count of more ("300+ events").
_JOIN = regrouped(r"(?<=[a-z0-9)])\s*\+\s*(?=[a-z]|\d+\s+[a-z])(?!\d+\s*(?:k|rb|ribu|jt|juta|%)\b)")
_WORD = regrouped(r"[a-z0-9](?:[\w'&/-]|\.(?=\d))*")
_PACKAGE_WORDS = frozenset("paket package packages bundle bundling combo".split())
# Words that end a part's name before what the text goes on to say of it ("HDD 1TB sudah terpasang", "… for 5 people").
_PART_STOP = frozenset("""
sudah sdh udah udh dah already untuk utk buat for di in at dengan dgn with yang yg which bisa bs can only cuma hanya
mulai from per free gratis ready include includes incl termasuk dan and atau or
""".split())
# Cue words of what a package or a price already holds, said before the "+" run: another rule reads those.
_HELD_BEFORE = regrouped(r"\b(?:sudah|sdh|udah|udh|dah|already|include[sd]?|incl|termasuk|trmsk|isi|isinya|dapat|"
                         r"dapet|dpt|free|gratis|bonus|with|dengan|dgn|sm|sama|plus|all\s+in)\b")
# "you get 20 edited photos + 1 min reel": after a price, what the buyer gets is what it holds.
_GET_CUE = fast(r"\b(?:you(?:'ll|\s+will)?\s+(?:get|receive)|kamu\s+(?:dapat|dapet|dpt)|anda\s+(?:dapat|mendapatkan))\b")
# (a spoken "then" goes on to the next offering: "… udah sama kaos cotton combed terus sablon DTF satuan …")
_CONTENTS_END = regrouped(r"[!?;\n]|\.(?!\d)|\b(?:serta|juga|jg|also|as\s+well\s+as|tapi|tp|but|sedangkan|while|"
                          r"terus|trus|lalu|then)\b")


def sentence_start(lower: str, at: int) -> int:
    """Where the sentence holding `at` begins (a dot between digits, "Rp 375.000", ends none)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(lower, 0, at)]
    return ends[-1] if ends else 0


def _piece_start(lower: str, at: int) -> int:
    ends = [m.end() for m in _PIECE_END.finditer(lower, 0, at)]
    return ends[-1] if ends else 0


def _words_in(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


def _spec_token(word: str, nxt: str = "") -> bool:
    """"1tb", "2mp", "1080p", "2000w"; "windows" before its version ("windows 10")."""
    return bool(SPEC_UNIT.fullmatch(word)) or word in SPEC_WORDS and (not nxt or nxt[:1].isdigit())


def spec_trimmed(name: str) -> str:
    """A package's name without its specs: "paket 4 kamera 2mp" → "paket 4 kamera"."""
    words = name.split()
    keep = [w for k, w in enumerate(words)
            if not _spec_token(w, words[k + 1] if k + 1 < len(words) else "")
            and not (w[:1].isdigit() and k and _spec_token(words[k - 1], w) and words[k - 1] in SPEC_WORDS)]
    return " ".join(keep)


def _package_name(piece: str) -> tuple[str, int] | None:
    """The package a piece of text names ("paket 4 kamera 2mp", "branding package", "solo package") and where in the
    piece its contents may begin (after the name), or None."""
    words = _words_in(piece)
    for k, w in enumerate(words):
        if w.group(0) not in _PACKAGE_WORDS:
            continue
        if w.group(0) == "paket":  # Indonesian: the name follows the word ("paket seragam SD")
            name = [w]
            for x in words[k + 1:k + 5]:
                if _name_stop(x.group(0)):
                    break
                name.append(x)
            return " ".join(x.group(0) for x in name), name[-1].end()
        before: list[str] = []
        for x in reversed(words[max(0, k - 3):k]):
            if _name_stop(x.group(0)):
                break
            before.insert(0, x.group(0))
        if before:  # English: the name comes before the word ("branding package"), the contents after it
            return " ".join(before + [w.group(0)]), w.end()
    return None


def _name_stop(word: str) -> bool:
    """A word that is no part of a package's name: a clause word ("for", "also"), an offer verb ("offer", "ada")."""
    return word in ITEM_STOP or word in FILLER or bool(TRIGGER.fullmatch(word))


def _owner(name: str) -> str | None:
    """The package as an offering, when it is one (a price tier, "paket Pro", "paket B", is a row of the price list)."""
    name = spec_trimmed(PRICE.sub("", name)).strip()
    words = name.split()
    if len(words) >= 2 and (words[0] in _PACKAGE_WORDS and (words[1] in TIERS or len(words[1]) == 1 and words[1].isalpha())
                            or words[-1] in _PACKAGE_WORDS and words[0] in TIERS):
        return None  # "paket B 20 foto", "Gold package": a row of the price list, whatever it holds
    return name if 2 <= len(words) <= 5 and is_offering(name) else None


def _last_member_end(lower: str, start: int) -> tuple[int, bool]:
    """Where the part after the last "+" ends (up to four words, before a price, a mark or a clause word), and
    whether a price follows it."""
    end = start
    for k, w in enumerate(_WORD.finditer(lower, start)):
        gap = lower[end:w.start()]
        if k and (_PIECE_END.search(gap) or k >= 4):
            break
        if w.group(0) in _PART_STOP or k and PRICE.match(lower, w.start()):
            break
        if not k and gap.strip():
            break
        end = w.end()
    return end, bool(_PRICE_AT.match(lower, end))


def _plus_runs(lower: str) -> list[tuple[int, int, int, bool, int]]:
    """Each run of items joined by "+" in one piece of a list: the start of the piece, the first "+", the end of the
    last item, whether a price follows it, and how many items it joins."""
    runs = []
    joins = list(_JOIN.finditer(lower))
    k = 0
    while k < len(joins):
        first = joins[k]
        last, count = first, 2
        while k + 1 < len(joins):
            between = lower[last.end():joins[k + 1].start()]
            if _PIECE_END.search(between) or len(between.split()) > 4 or PRICE.search(between):
                break
            k += 1
            last, count = joins[k], count + 1
        end, priced = _last_member_end(lower, last.end())
        runs.append((_piece_start(lower, first.start()), first.start(), end, priced, count))
        k += 1
    return runs


def part_spans(lower: str) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """The spans of the brief that hold parts of an offering, and the offerings they belong to (where each is named,
    and its name) when the brief names them."""
    spans: list[tuple[int, int]] = []
    owners: list[tuple[int, str]] = []
    if "+" in lower:
        for piece, plus, end, priced, count in _plus_runs(lower):
            before = lower[piece:plus]
            if _HELD_BEFORE.search(before) or PRICE.search(before):
                continue  # "udh include pasang + hdd 1tb", "50k + ongkir": another rule reads it
            named = _package_name(before)
            if named:  # "Paket 4 kamera 2MP + DVR + HDD 1TB", "branding package logo + kemasan"
                name, contents = named
                if name.startswith("paket"):  # the words up to the first "+" name the package
                    at = before.find("paket")
                    owner, span = _owner(before[at:]), (plus, end)
                else:  # the words after "package" are its first part
                    at = before.find(name)
                    owner, span = _owner(name), (piece + contents, end)
                if owner:  # a price tier ("paket B 30 foto + retouch") is no card: what it adds is offered
                    spans.append(span)
                    owners.append((piece + max(at, 0), owner))
            elif count >= 3 and priced:  # "nasi + lauk + sayur 22rb per porsi": one set, its price per portion
                words = _words_in(before)
                start = piece + words[max(0, len(words) - 3)].start() if words else plus
                spans.append((start, end))
    if "(" in lower:
        for m in _BRACKET.finditer(lower):
            pre_start = _piece_start(lower, m.start())
            pre = lower[pre_start:m.start()].rstrip()
            inner = m.group(1)
            named = _package_name(PRICE.sub(" ", pre))
            if named:  # "Solo package 350k (1 hour, …)", "paket seragam SD (2 stel + topi + dasi)"
                spans.append((m.start(), m.end()))
                owner = _owner(named[0])
                if owner:
                    owners.append((pre_start + max(0, pre.find(owner.split()[0])), owner))
            elif _PRICE_CLOSES.search(pre) and (re.search(r"\d", inner) or "+" in inner):  # "350k (1 hour, 20 photos)"
                spans.append((m.start(), m.end()))
    for m in _GET_CUE.finditer(lower):
        start = sentence_start(lower, m.start())
        if PRICE.search(lower, start, m.start()):
            stop = _CONTENTS_END.search(lower, m.end())
            spans.append((m.start(), stop.start() if stop else len(lower)))
    return spans, owners


_BRACKET = regrouped(r"\(([^()]{1,160})\)")


# ---------------------------------------------------------------- word classes

_GOODS_TRADE = r"(?:jual|menjual|jualan|sedia|menyediakan|ready|stok|stock|toko|sewa|menyewakan|rental|supplier|" \
               r"distributor|grosir|agen|dealer|sell|sells|selling|rent|rents|shop|store|jasa|layanan)"


def _dealt_in(head: str, lower: str, name: str, trade: str = _GOODS_TRADE, listed: bool = True) -> bool:
    """Does the business deal in the thing itself: its name holds the word, a word of trade says it ("jual HDD",
    "toko cat", "jasa packing"), or (`listed`) it is one of a list such a word governs in its sentence ("jual HDD 1TB,
    SSD 512GB", not "Paket 4 kamera + HDD 1TB Rp 4,7jt")?"""
    if head in name.lower().split():
        return True
    if re.search(rf"\b{trade}\s+(?:[\w&-]+\s+)?{re.escape(head)}\b", lower):
        return True
    if not listed:
        return False
    for at, _ in phrase_spans(head, lower):
        said = lower[sentence_start(lower, at):at]
        words = list(re.finditer(rf"\b{trade}\b", said))
        between = said[words[-1].end():] if words else ""
        if words and not re.search(r"[+()]", between) and not PRICE.search(between) and len(between.split()) <= 12:
            return True
    return False


def _packing(words: list[str], lower: str, name: str) -> bool:
    """"packing kayu", "bubble wrap", "extra packing": how the goods travel, unless packing is the trade."""
    pairs = [(a, b) for a, b in zip(words, words[1:], strict=False) if (a, b) in PACKING_PAIRS]
    heads = [w for w in (words[0], words[-1]) if w in PACKING] + [a for a, _ in pairs]
    if not heads:
        return False
    trade = r"(?:" + "|".join(sorted(PACKING_TRADE)) + r")"
    return not any(_dealt_in(w, lower, name, trade, listed=False)
               for w in PACKING | {a for a, _ in PACKING_PAIRS} if w in lower)


def _spec(words: list[str], lower: str, name: str) -> bool:
    """"hdd 1tb", "4 kamera 2mp", "pc windows 10": a part named by its capacity or version, unless it is sold."""
    measured = any(_spec_token(w, words[k + 1] if k + 1 < len(words) else "") and (
        SPEC_UNIT.fullmatch(w) or k + 1 < len(words)) for k, w in enumerate(words))
    if not measured:
        return False
    parts = [w for k, w in enumerate(words) if not (w.isdigit() or _spec_token(w, words[k + 1] if k + 1 < len(words)
                                                                                  else "") or w in SPEC_WORDS)]
    if len(parts) > 1 or parts and parts[0] not in COMPONENTS:
        return False
    return not any(_dealt_in(p, lower, name) for p in parts)


def _feature(words: list[str]) -> bool:
    """"multi-cabang", "karyawan unlimited", "stok otomatis", "unlimited tanpa fup": what a software product or a plan
    does, never one."""
    if any(w.startswith("multi") and (w[5:].lstrip("-") in FEATURE_OBJECTS) for w in words):
        return True
    return any(w in FEATURE_MARKS for w in words) and all(
        w in FEATURE_MARKS or w in FEATURE_OBJECTS or w in ("no", "without") for w in words)


def _lodging(lower: str) -> bool:
    """Does the business rent rooms out (a kost, a hotel, "sewa ruang meeting"), not board pets ("hotel kucing")?"""
    for m in re.finditer(r"[\w-]+", lower):
        w = m.group(0)
        if w in LODGING:
            near = lower[max(0, m.start() - 12):m.end() + 12].split()
            if not any(n.strip(",.") in PETS for n in near):
                return True
    return bool(re.search(r"\b(?:sewa|rent|rental|menyewakan)\s+(?:" + "|".join(sorted(SPACES)) + r")\b", lower))


def _perk(words: list[str], lower: str) -> bool:
    """"air-conditioned rooms", "kandang full AC": what a stay or a class has, unless rooms are what is rented."""
    if not any(w in PERK_MODIFIERS for w in words) or not any(w in SPACES for w in words):
        return False
    return not _lodging(lower)


def _repertoire(words: list[str]) -> bool:
    """"lagu rohani", "pop songs", "hymns": what an artist plays, not what is sold (a custom song or a jingle is)."""
    while len(words) > 1 and words[0] in PERFORM:  # "bawain lagu keroncong", "play pop songs"
        words = words[1:]
    if words[0] not in SONG_HEADS and words[-1] not in SONG_HEADS:
        return False
    return not any(w in MADE_SONG for w in words)


_MATERIAL_KINDS = frozenset("""
alam alami natural naturan sintetis synthetic kimia chemical doff dof glossy gloss matte mate duco clear transparan
""".split())


def _material(words: list[str], lower: str, name: str) -> bool:
    """"pewarna alam", "natural dyes", "finishing doff": what the goods are dyed or finished with, beside them."""
    if words[0] in MATERIAL_HEADS:
        head, rest = words[0], words[1:]
    elif len(words) > 1 and words[-1] in MATERIAL_TAILS:
        head, rest = words[-1], words[:-1]
    else:
        return False
    if not rest or not all(w in _MATERIAL_KINDS for w in rest):
        return False
    return not _dealt_in(head, lower, name)


_FAULT_TAIL = frozenset("total parah berat".split())
# The words of a repair or a rescue: "servis HP mati", "recovery data hilang", "tambal ban bocor" name the service.
_REPAIR = frozenset("""
servis service perbaikan repair repairs fix fixing benerin reparasi recovery pemulihan tambal ganti bongkar cuci
""".split())
# The fault said as the customer's problem: a question ("flashdisk rusak?") or a condition ("kalau HP mati total, …",
# "if your laptop is broken"); in a list of services ("ganti LCD, HP mati total") it names the repair.
_ASKED_AFTER = regrouped(r"\s*\?")
_ANY_BEFORE = regrouped(r"(?<![\w-])\Z")
_IF_BEFORE = regrouped(r"\b(?:kalau|kalo|klo|jika|jka|bila|apabila|kl|if|when|punya|ada)\s+(?:[\w/-]+\s+){0,3}\Z")


def _fault(words: list[str], lower: str) -> bool:
    """"flashdisk rusak?", "kalau laptop kena air": the problem a repair fixes, not the service."""
    core = words[:-1] if len(words) > 2 and words[-1] in _FAULT_TAIL else words
    if len(core) > 2 and tuple(core[-2:]) in FAULT_PAIRS:  # "hp kena air", "laptop water damage"
        core = core[:-2] + ["rusak"]
    if len(core) < 2 or core[-1] not in FAULTS or any(w in _REPAIR for w in core):
        return False
    item = " ".join(words)
    return said_after(item, lower, _IF_BEFORE) or said_after(item, lower, _ANY_BEFORE, _ASKED_AFTER)


def _of_a_class(words: list[str], lower: str, name: str) -> bool:
    return (_packing(words, lower, name) or _spec(words, lower, name) or _feature(words) or _perk(words, lower)
            or _repertoire(words) or _material(words, lower, name) or _fault(words, lower))


_PLUS_BEFORE = regrouped(r"((?:[a-z0-9][\w'-]*\s+){0,2}[a-z0-9][\w'-]*)\s*\+\s*\Z")
_PLUS_AFTER = regrouped(r"\s*\+\s*([a-z0-9][\w'-]*(?:\s+[a-z0-9][\w'-]*){0,2})")


def _joined_to_part(item: str, lower: str, name: str) -> bool:
    """"packing kayu + bubble", "DVR + HDD 1TB": what "+" joins to a part is one more part of the same kind."""
    for at, to in phrase_spans(item, lower):
        before = _PLUS_BEFORE.search(lower, max(0, at - 40), at)
        after = _PLUS_AFTER.match(lower, to)
        for g, tail in ((before, True), (after, False)):
            if not g:
                continue
            ws = g.group(1).split()
            phrases = [ws[-k:] for k in range(1, len(ws) + 1)] if tail else [ws[:k] for k in range(1, len(ws) + 1)]
            if any(_of_a_class(p, lower, name) for p in phrases):
                return True
    return False


@functools.lru_cache(maxsize=256)   # the offerings ask again about items already asked about in the same brief
def is_part(item: str, lower: str, name: str = "") -> bool:
    """Is the phrase a part, a spec or an option of an offering rather than one (see the module's docstring)?"""
    words = item.split()
    if not words:
        return False
    return _of_a_class(words, lower, name) or "+" in lower and _joined_to_part(item, lower, name)
