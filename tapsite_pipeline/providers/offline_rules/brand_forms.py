"""The brand when the brief's form hides it: a board, a list, a table, a carousel, an app's pitch.

What such a form holds that is never the business's name: a platform or marketplace the owner sells through
("Download di Play Store", "cek Shopee kami") and a landmark the business is near ("dekat Tiban Center")
(``hidden_by_form``, asked by brand_guards.vet_candidate); the place labels of a list of branches ("- Batam Centre: Ruko
Sentosa …"), the header of a table ("Kelas<TAB>Lama<TAB>SPP"), the numbered label of a slide or a step ("Slide 2: …")
(``form_skips``, spans form_reads.py leaves out of the brand reading).

Where the name stands in such a form is brand_form_names.py's.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

# Where a business sells, is found or is downloaded, said by the platform's name: never the business itself (a name
# the owner marks as theirs, "namanya …" or quoted, is read before this is asked).
PLATFORMS = frozenset("""
play store|playstore|google play|google play store|app store|appstore|apple app store|shopee|tokopedia|tokped|lazada|
bukalapak|blibli|tiktok|tiktok shop|instagram|ig|facebook|fb|whatsapp|wa|youtube|google maps|gmaps|maps|gofood|
grabfood|shopeefood|gojek|grab|maxim|traveloka|tiket.com|airbnb|booking.com|agoda|zoom|google meet|linktree|etsy|
amazon|ebay|spotify|telegram|twitter|threads|x|line|marketplace|carousell|olx|facebook marketplace|fb marketplace
""".replace("\n", "").split("|"))
_JOINS = re.compile(r"\s*(?:&|/|,|\+|\band\b|\bdan\b|\bor\b|\batau\b)\s*", re.I)
# A call to act through a platform: "Register by WA", "Order via GoFood", "Pesan lewat Shopee".
_THROUGH = regrouped(r"(?i)\s(?:by|via|lewat|melalui|through|on|di)\s+(.+)$")
# A landmark the business is near, opposite or behind: where it is, not who it is.
_NEAR = regrouped(r"(?i)\b(?:dekat|deket|dkt|near|sebelah|seberang|depan|belakang|samping|opposite|behind|"
                  r"next\s+to|across\s+from)\s+$")


# The words a table's header names its columns with ("Kelas", "Lama", "SPP", "Harga", "Qty"). A brief reaches the reader
# with its lines said as sentences (pasted.py): a header row is a sentence of them, a list's lines its clauses.
_COLUMN_WORDS = frozenset("""
kelas lama durasi harga biaya tarif spp menu item items produk product products nama name jenis tipe type ukuran size
qty jumlah paket package program layanan service services price prices rate rates fee fees duration time waktu jadwal
schedule hari day jam sesi session keterangan ket note notes no nomor stok stock varian variant level kategori category
satuan unit total subtotal deskripsi description isi cabang branch alamat address lokasi location kontak contact
""".split())


# A list's labels: capitalised words set off by a colon after another list item's end or the list's heading
# (":" / ","), then an address ("…di Batam: Batam Centre: Ruko Sentosa …, Tiban: Jl. Gajah Mada, …").
_PLACE_LABEL = regrouped(r"(?<=[:,;])[ \t]+((?:[A-Z][\w'-]*[ \t]+){0,3}[A-Z][\w'-]*)[ \t]*:[ \t]+(?=(?:\S+[ \t]+){0,2}?"
                         r"(?i:jl\b|jln\b|jalan\b|gg\b|gang\b|ruko\b|blok\b|komplek|kompleks\b|perum|lantai\b|mall\b|"
                         r"plaza\b|pasar\b|street\b|road\b|floor\b))")
# A sentence of a table's header, its cells now words of one sentence ("Kelas Lama SPP.", "Menu | Harga").
_SENTENCE = regrouped(r"(?:^|(?<=[.!?:;]))[ \t]*([^\W\d_][\w/&' -]*?)[ \t]*(?=[.!?:;]|$)")
# A series' label: a word numbered again and again, set off by a colon ("Slide 1: …. Slide 2: …", "Step 1: …").
_SERIES = regrouped(r"(?<![\w-])([^\W\d_]+)[ \t]+\d{1,3}(?=[ \t]*:)")


def column_words(name: str) -> bool:
    """Is the name two or more words that only name a table's columns ("Kelas Lama SPP", "Menu Harga Qty")?"""
    words = [w for w in re.split(r"[\s/&|]+", name.lower()) if w]
    return len(words) >= 2 and all(w in _COLUMN_WORDS for w in words)


def form_skips(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the cleaned ``text`` that the form a brief was pasted in says name no one (a table's header, now a
    sentence of column words; the place labels of a list of two or more branches; the labels of a series of slides),
    and those of them that hold no offering either (the header and the place labels: a slide's label sets off the
    words after it, which stay read for goods as they were)."""
    skip: list[tuple[int, int]] = []
    quiet: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text) if "." in text or ":" in text else ():
        if column_words(m.group(1)):
            skip.append(m.span(1))
            quiet.append(m.span(1))
    labels = [m.span(1) for m in _PLACE_LABEL.finditer(text)] if ":" in text else []
    if len(labels) >= 2:  # a list of places, not one business named before its address
        skip += labels
        quiet += labels
    series = list(_SERIES.finditer(text)) if ":" in text else []
    words = [m.group(1).lower() for m in series]
    skip += [m.span() for m in series if words.count(m.group(1).lower()) >= 2]
    return skip, quiet


def is_platform(name: str) -> bool:
    """Is the name a platform or a marketplace, or several joined ("Shopee & Tokopedia")?"""
    parts = [p for p in _JOINS.split(name.lower().strip(" .,!")) if p]
    return bool(parts) and all(p in PLATFORMS for p in parts)


def hidden_by_form(text: str, name: str, s: int, prio: int) -> bool:
    """Is the candidate ``name`` at text[s:] (read by a rule of priority ``prio``) a platform the business sells
    through, or a landmark it is near? A name the owner marks (priority under 3) is theirs to give."""
    if prio >= 3 and (is_platform(name) or ((to := _THROUGH.search(name)) is not None and is_platform(to.group(1)))):
        return True  # "Download di Play Store", "Register by WA", "order via GoFood": where it sells, not who
    return prio >= 4 and bool(_NEAR.search(text, max(0, s - 16), s))  # "dekat Tiban Center": where it is
