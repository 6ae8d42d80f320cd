"""Lower-case names said just before a place: "kursus mengemudi lulus nyetir, Bekasi", "kinclong car wash di Cibubur".
A brief with no capitals to go by often names the business where it names the town; what stands before the place is
the name unless it is goods, a palette or the last item of a list."""

from __future__ import annotations

import re

from .brand_words import _BEFORE_PLACE, _COLOR_TRIGGERS, _HARD, _OBJ_VERBS, STOP
from .colors import is_color
from .places import PLACES

_LIST_JOINS = frozenset("and dan & serta sama sm plus".split())
_FOR_WHOM = frozenset("for untuk utk bagi".split())


def before_place(text: str, lower: str) -> list[tuple[str, int, int]]:
    """Lower-case names followed by a place: "kursus mengemudi, lulus nyetir, Bekasi", "kinclong car wash di Cibubur"."""
    out = []
    for m in _BEFORE_PLACE.finditer(lower):
        rest = lower[m.end():m.end() + 40]
        if not any(rest.startswith(p) and not rest[len(p):len(p) + 1].isalnum() for p in _place_heads(rest)):
            continue
        # a spaced dash sets a name off from what it is ("oleh2 bali ayu - souvenir shop in kuta"), as a comma would
        # (only a dash said before the place counts: one said later in the brief sets off nothing here, and read as
        # found it cut the name's first letters, "Pijat Refleksi …, Malang. Paket - 1,5 jam" → "jat Refleksi")
        s = max([lower.rfind(c, 0, m.end(1)) + 1 for c in ".,;:!?("]
                + [at + len(d) for d in (" - ", " — ", " – ") if (at := lower.rfind(d, 0, m.end(1))) >= 0])
        seg = [w for w in re.finditer(r"[\w'&.-]+", lower[s:m.end(1)])]
        keep = []
        for w in reversed(seg[-4:]):
            if w.group(0) in STOP or w.group(0) in _HARD:
                break
            keep.insert(0, w)
        if any(is_color(w.group(0)) or w.group(0) in _COLOR_TRIGGERS for w in keep):
            continue  # "warna hijau putih, Bogor" is a palette, not a name
        prev = [w.group(0) for w in seg[:len(seg) - len(keep)][-1:]]
        if prev and prev[0] in _OBJ_VERBS:
            continue  # "jualan mie pedas level 1-10 di tangerang": what is sold, not the name
        if prev and prev[0] in _FOR_WHOM:
            continue  # "tax filing for small businesses in Surabaya", "les untuk anak sd di bekasi": who is served
        if prev and prev[0] in _LIST_JOINS:
            continue  # "surf lessons and board rental in batu karas": the last of a list of offerings
        if any(w.group(0) in _LIST_JOINS for w in keep[1:-1]) and (prev or lower[:s].rstrip().endswith(",")):
            continue  # "laci uang, barcode scanner & timbangan digital, Manokwari": goods joined in a list, not a name
        if len(keep) >= 2 and (text[s + keep[0].start()].islower() or text.isupper()):
            out.append((text[s + keep[0].start():s + keep[-1].end()], s + keep[0].start(), s + keep[-1].end()))
    return out


# The first word of every place name: most text after a comma or "di" starts no place, and says so in one lookup.
_PLACE_FIRST = frozenset(p.split(" ")[0] for p in PLACES)


def _place_heads(rest: str) -> list[str]:
    words = rest.split()
    if not words or (words[0] not in _PLACE_FIRST and words[0].rstrip(".,") not in PLACES):
        return []
    return [" ".join(words[:k]).rstrip(".,") for k in (3, 2, 1) if len(words) >= k and " ".join(words[:k]).rstrip(".,") in PLACES]
