"""Phrases the list readers bring from the frame of a brief, not from its goods: who in the family does which job,
the letter's closing formula, the floor a place is on or how many it holds, and the label before a phone number.

- "si abang jadi MC, si kakak dekor, si adek main sulap", "my brother does the sound": a family member named with the
  job they take is who works, not a card (the job, where it is sold, is read elsewhere in the brief).
- "Hormat saya,", "Hormat kami,", "Best regards,": the close of a formal letter. "hormat" and "regards" said only
  there are no goods.
- "a second floor on Jl. …", "lantai 2", "kapasitas 20 orang": where in a building, or how many it holds, is a note
  of the place. An offering said with its floor or capacity ("aula lantai 2", "kamar kapasitas 4 orang") keeps it.
- "hp 0856 …", "telp (0542) …": the label of a phone number is no card ("servis hp" is).
- Ulasan tamu: "pagi2 kabut turun, …", a tagline "Pas di Badan, Pas di Hati", an example to type ("jual kopi 5000"):
  words in quotes, three or more, are someone's sentence, not the goods' names (a quoted name, one or two words, is
  left to the other rules).
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

# A family member, said as "si <kin>" or with whose they are ("kakak saya", "adikku", "my sister").
_KIN = (r"(?:abang|bang|kakak|kak|adek|adik|dek|sulung|bungsu|tengah|ayah|bapak|bapa|ibu|mama|papa|emak|suami|istri|"
        r"anak|om|tante|paman|bibi|sepupu|ponakan|keponakan)")
_KIN_OWN = (r"(?:abang|kakak|adek|adik|ayah|bapak|ibu|mama|papa|emak|suami|istri|anak|paman|bibi|sepupu|keponakan)")
_KIN_ROLE = regrouped(r"si\s+" + _KIN + r"\b.*|" + _KIN_OWN + r"(?:\s+(?:saya|sy|kami|aku|gue|gw)\b|ku\b).*|"
                      r"(?:my|our)\s+(?:(?:older|younger|big|little|eldest|youngest)\s+)?(?:brother|sister|brothers|"
                      r"sisters|wife|husband|son|daughter|sons|daughters|mom|mum|dad|mother|father|uncle|aunt|cousin)"
                      r"\b.*")

# The close of a letter, and the opening "Dengan hormat," that mirrors it.
_SIGN_OFF = regrouped(r"\b(?:dengan\s+hormat|hormat\s+(?:saya|kami|kita)|salam\s+hormat|(?:best|kind|warm|warmest)\s+"
                      r"regards|regards|sincerely|yours\s+(?:truly|sincerely|faithfully))\b")
_SIGN_OFF_WORDS = frozenset("hormat regards sincerely".split())

# A floor of a building, the whole phrase: "second floor", "2nd floor", "ground floor", "lantai 2", "lantai dua", "lt 3".
_ORDINAL = (r"(?:first|second|third|fourth|fifth|top|ground|upper|lower|\d+(?:st|nd|rd|th))")
_NUMBER = r"(?:\d+|satu|dua|tiga|empat|lima|dasar|atas|bawah)"
_FLOOR = regrouped(r"(?:the\s+|a\s+)?" + _ORDINAL + r"\s+(?:floor|floors|storey|level)|(?:lantai|lt\.?)\s+" + _NUMBER
                   + r"(?:\s*(?:-|&|dan|and)\s*" + _NUMBER + r")?")
# How many a place holds, the whole phrase: "kapasitas 20 orang", "capacity 50 pax", "muat 30 org".
_HOLDS = regrouped(r"(?:ber)?(?:kapasitas|capacity|muat|daya\s+tampung)\s+(?:max\.?\s+|maks\.?\s+|up\s+to\s+|sampai\s+)?"
                   r"\d+(?:\s*-\s*\d+)?\s*(?:orang|org|pax|people|persons|guests|tamu|peserta|kursi|seats|mobil|cars)?")

# The label before a phone number: "hp 0856 …", "telp. (0542) …", "WA: +62 812 …".
_PHONE_LABELS = frozenset("hp telp tlp telepon telpon phone tel wa whatsapp sms kontak contact".split())
_PHONE_AFTER = regrouped(r"[.:]?\s*(?:\(?\+?62|\(?0)\d[\d\s().-]{6,}")


# A quoted sentence: straight or curly quotes round three words or more.
_QUOTED = regrouped(r"[\"\u201c]([^\"\u201c\u201d\n]{3,240})[\"\u201d]")


def _only_quoted(item: str, lower: str) -> bool:
    spans = [m.span(1) for m in _QUOTED.finditer(lower) if len(m.group(1).split()) >= 3]
    found = _mentions(item, lower) if spans else []
    return bool(found) and all(any(a <= at < b for a, b in spans) for at in found)


# The first words the kin, floor and capacity phrases open with (a pre-check, most items open with none of them),
# and the last words of a floor said ordinal first ("second floor").
_FIRST_WORDS = frozenset("""
si abang kakak adek adik ayah bapak ibu mama papa emak suami istri anak paman bibi sepupu keponakan my our lantai lt
lt. kapasitas berkapasitas capacity muat daya the a
""".split())
_FLOOR_LAST = ("floor", "floors", "storey", "level")


def kin_role(item: str) -> bool:
    return bool(_KIN_ROLE.fullmatch(item))


def _only_in_sign_off(item: str, lower: str) -> bool:
    if item not in _SIGN_OFF_WORDS:
        return False
    spans = [m.span() for m in _SIGN_OFF.finditer(lower)]
    found = [at for at in _mentions(item, lower)]
    return bool(found) and all(any(a <= at < b for a, b in spans) for at in found)


def _mentions(item: str, lower: str) -> list[int]:
    out, at = [], lower.find(item)
    while at >= 0:
        end = at + len(item)
        if not (at and lower[at - 1].isalnum()) and not (end < len(lower) and lower[end].isalnum()):
            out.append(at)
        at = lower.find(item, at + 1)
    return out


def _phone_label(item: str, lower: str) -> bool:
    if item not in _PHONE_LABELS:
        return False
    found = _mentions(item, lower)
    return bool(found) and all(_PHONE_AFTER.match(lower, at + len(item)) for at in found)


def beside_goods(item: str, lower: str) -> bool:
    """Is the item a family member's role, a letter's closing word, a floor or a capacity said alone, the label of a
    phone number, or only said inside someone's quoted sentence (see the module doc)?"""
    if " " in item:
        first = item.split(" ", 1)[0]
        if first in _FIRST_WORDS and (_KIN_ROLE.fullmatch(item) or _FLOOR.fullmatch(item) or _HOLDS.fullmatch(item)) \
                or first[-2:] == "ku" and kin_role(item) or item.endswith(_FLOOR_LAST) and _FLOOR.fullmatch(item):
            return True
    return (item in _SIGN_OFF_WORDS and _only_in_sign_off(item, lower) or item in _PHONE_LABELS
            and _phone_label(item, lower)) \
        or ('"' in lower or "\u201c" in lower) and _only_quoted(item, lower)
