"""Whether a town read inside a name's run belongs to the name or only says where the business is.

"… les privat di Sekolah Musik Sonata Toba, Medan Johor": the town after a comma is where. "di Servis HP Cepat
Mandiri Kebumen bisa ganti LCD": the town written straight after the name, with the owner's sentence going on after
it, is part of the name as the owner writes it (the label guidelines keep "Happy Party Bekasi"); the place reader
still took it for where, because a "di" stands before the whole run.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .places import PLACES

# a place word right before the run: the place reader then read the whole run, town and all, as where ("di …")
_WHERE_BEFORE = regrouped(r"(?i)\b(?:di|in|at|near|dekat|dkt)\s+$")
# the owner's sentence goes on after the town, on the same line, with a lower-case word ("… Kebumen bisa ganti …")
_CLAUSE_GOES_ON = regrouped(r"[ \t]+[a-z]")


def placed_after(text: str, e: int) -> bool:
    """Does a town follow the name, set off by a comma ("…, Medan Johor")?"""
    m = re.match(r"\s*,\s*((?:[A-Za-z]+\s*){1,3})", text[e:e + 40])
    if not m:
        return False
    words = m.group(1).lower().split()
    return any(" ".join(words[:k]) in PLACES for k in (3, 2, 1) if len(words) >= k)


def town_in_name(text: str, s: int, a: int, b: int, e: int) -> bool:
    """Is the town at ``text[a:b]``, which closes the capitalised run ``text[s:e]``, written as part of the name?

    It is when the town ends the run and no place word ("di", "in", "at") stands before the run: only that made the
    place reader take the town for where. After one, it is when the town ends the run, at least two capitalised words
    of a name stand before it with no punctuation between, and the sentence goes on after it in lower case. A town closing a
    sentence ("… di Tanah Liat Studio Jakarta Selatan.") or set off by punctuation stays where the business is.
    """
    if b == e and not _WHERE_BEFORE.search(text, max(0, s - 10), s):
        return True  # "ambo … dari Sanggar Kaligrafi Rumah Khat Padang Panjang.": no "di" before it
    if b != e or not _CLAUSE_GOES_ON.match(text, e):
        return False
    before = text[s:a].split()
    return len(before) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in before) \
        and not re.search(r"[,.;:!?()\-—–/]", text[s:a])


# Where things are held, not who runs them: a run after "di" opening with one of these is a venue.
_VENUES = frozenset("""
hotel gedung balai aula masjid mesjid musala musholla mushola gereja pura vihara klenteng kantor sekolah kampus universitas
rumah rs puskesmas taman kebun pantai villa resort wisma pendopo lapangan kolam pondok hall gor stadion bandara stasiun
terminal pelabuhan museum perpustakaan alun-alun desa dusun kampung kelurahan kecamatan kabupaten kota pulau gunung danau
""".split())


def trade_named(name: str, trade_words: frozenset[str]) -> bool:
    """Is a run the place reader took after "di" the business, named by its trade ("di Sablon Kilat aja kak", "di
    Pangkas Rambut Rapi")? Two words or more, opening on a trade word that is no venue, with no known place in it."""
    words = name.lower().split()
    return len(words) >= 2 and words[0] in trade_words and words[0] not in _VENUES \
        and not any(w in PLACES for w in words)
