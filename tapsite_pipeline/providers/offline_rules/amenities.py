"""What a stay or a venue has (rooms, pools, parking): facts of the place, never a card of their own; and whether a
phrase the brief says is one half of such an amenity ("kamar" of "3 kamar tidur"). Part of the word roles of
roles.py."""

from __future__ import annotations

import re

from tapsite_pipeline.phrase_find import word_char


def _words(block: str) -> frozenset[str]:
    return frozenset(w for w in block.split() if w)


# What a stay or a venue has ("3 kamar tidur", "kolam renang pribadi", "private pool", "2 bathrooms"): rooms and
# facilities are facts of the place, never a card of their own, however counted or qualified. Two-word names are
# joined by "_" ("kamar_tidur"); "jasa pembuatan kolam renang" still names a service (a word of its own).
AMENITY = _words("""
kamar_tidur kamar_mandi kolam_renang tempat_tidur ruang_tamu ruang_keluarga ruang_makan ruang_tengah
water_heater air_panas swimming_pool private_pool infinity_pool living_room dining_room
bedroom bedrooms bathroom bathrooms pool carport gazebo rooftop balkon balcony bathtub jacuzzi dapur kitchen
air_pam aer_pam air_pdam aer_pdam air_jetpam aer_jetpam air_sumur aer_sumur air_bersih aer_bersih sumur_bor
listrik_token token_listrik parkir_motor parkir_mobil garasi_motor garasi_mobil dapur_bersama ruang_jemur
tempat_jemuran hot_water air_hangat garden_view ocean_view sea_view city_view mountain_view pool_view
""")
# Words that only count or place an amenity: "3 kamar tidur", "kolam renang pribadi", "ensuite bathroom".
_AMENITY_SIDE = _words("""
pribadi private sendiri dalam dalem luar shared bersama besar kecil luas ensuite en-suite outdoor indoor full lengkap
dengan with ber ada masing2 masing-masing
""")


def is_amenity(words: list[str]) -> bool:
    """Are the phrase's words one amenity, counted or qualified ("3 kamar tidur", "private pool")?"""
    rest = [w for w in words if not (w.isdigit() or w in _AMENITY_SIDE)]
    if not rest or len(rest) > 2:
        return False
    return "_".join(rest) in AMENITY and (len(rest) == 2 or len(words) > 1)



def _words_around(item: str, lower: str) -> list[tuple[str | None, str | None]]:
    r"""The word before and the word after each mention of the phrase: (group 1, group 2) of each match of
    re.finditer(r"([a-z]+\s+)?\b" + re.escape(item) + r"\b(\s+[a-z]+)?", lower), read around each place the phrase
    is said (str.find) rather than with a pattern made for the phrase (which page briefs, each with phrases of its
    own, compile anew). The same matches: each starts as far left as the pattern's would (the word before when
    there is one), the next is looked for after it."""
    if not item or item[0].isspace():  # (a phrase opening on a space: the pattern's own reading)
        return [(m.group(1), m.group(2))
                for m in re.finditer(r"([a-z]+\s+)?\b" + re.escape(item) + r"\b(\s+[a-z]+)?", lower)]
    n, size = len(item), len(lower)

    def edge(k: int) -> bool:  # \b at k
        return (k > 0 and word_char(lower[k - 1])) != (k < size and word_char(lower[k]))
    said = []
    at = lower.find(item)
    while at >= 0:
        if edge(at) and edge(at + n):
            said.append(at)
        at = lower.find(item, at + 1)
    out: list[tuple[str | None, str | None]] = []
    pos = k = 0
    while True:
        while k < len(said) and said[k] < pos:
            k += 1
        best: tuple[int, int, int] | None = None  # (start, 0 with the word before / 1 without, where the phrase is)
        for w in said[k:]:
            r = w  # the spaces before the phrase, then a run of a-z before them: the match starts in that run
            while r > 0 and lower[r - 1].isspace():
                r -= 1
            found = (w, 1, w)
            if 0 < r < w and "a" <= lower[r - 1] <= "z":
                left = r - 1
                while left > 0 and "a" <= lower[left - 1] <= "z":
                    left -= 1
                if max(left, pos) < r:
                    found = (max(left, pos), 0, w)
            if best is None or found[:2] < best[:2]:
                best = found
        if best is None:
            return out
        start, bare, w = best
        end = x = w + n  # the word after: spaces, then a run of a-z
        while x < size and lower[x].isspace():
            x += 1
        y = x
        while y < size and "a" <= lower[y] <= "z":
            y += 1
        after = lower[end:y] if end < x < y else None
        out.append((None if bare else lower[start:w], after))
        pos = y if after is not None else end


def in_amenity(item: str, lower: str) -> bool:
    """Is the phrase, wherever the brief says it, one half of an amenity ("kamar" of "3 kamar tidur"; not when
    the brief also says "kamar AC")?"""
    if item not in lower:
        return False  # said nowhere (the pattern below holds it as written)
    first, last = item.split()[0], item.split()[-1]
    found = False
    for before, after in _words_around(item, lower):
        if not (after and f"{last}_{after.strip()}" in AMENITY
                or before and f"{before.strip()}_{first}" in AMENITY):
            return False
        found = True
    return found
