"""The brand when the brief's form hides it: a board, a list, a table, a carousel, an app's pitch.

What such a form holds that is never the business's name (``hidden_by_form``, asked by brand_guards.vet_candidate):
a platform or marketplace the owner sells through ("Download di Play Store", "cek Shopee kami"), a branch or place label
opening a list line ("- Batam Centre: Ruko Sentosa …"), a landmark the business is near ("dekat Tiban Center"), a row
of a table ("Kelas<TAB>Lama<TAB>SPP"), the numbered label of a slide or step ("Slide 2: …").

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
# What opens a list line: a bullet, a dash, a number ("- ", "• ", "2) ", "3. ").
_LIST_OPEN = regrouped(r"[ \t]*(?:[-•*·–—▪►➤✓✔>]|\d{1,2}[.)])[ \t]*")
# An address or a location said on a line: the label before it is the branch or the place it is at.
_ADDRESS = regrouped(r"(?i)\b(?:(?:jl|jln|jalan|gg|gang|ruko|blok|komplek|kompleks|perum|perumahan|lantai|mall|plaza|"
                     r"pasar|dekat|dkt|depan|samping|sebelah|belakang|seberang|street|road|floor|near)\b|"
                     r"(?:no|lt)\.?\s*\d)")
# The words of a list of branches or locations ("ada 4 cabang di Batam:", "Our outlets:", "Lokasi:").
_BRANCHES = regrouped(r"(?i)\b(?:cabang|cabangnya|branch|branches|outlet|outlets|gerai|lokasi|locations?|alamat|"
                      r"addresses)\b")
# The field names a form's lines open with ("- Alamat: …", "- WA: …", "- Toko: …"): a label that is a field, not a place.
_FIELDS = frozenset("nama name toko shop usaha brand alamat address lokasi location wa whatsapp telp telepon phone hp ig "
                    "instagram email jam hours buka open harga price menu kontak contact cabang branch outlet".split())
# A landmark the business is near, opposite or behind: where it is, not who it is.
_NEAR = regrouped(r"(?i)\b(?:dekat|deket|dkt|near|sebelah|seberang|depan|belakang|samping|opposite|behind|"
                  r"next\s+to|across\s+from)\s+$")


# The words a table's header names its columns with ("Kelas", "Lama", "SPP", "Harga", "Qty", "Tipe HP").
_COLUMN_WORDS = frozenset("""
kelas lama durasi harga biaya tarif spp menu item items produk product products nama name jenis tipe type ukuran size
qty jumlah paket package program layanan service services price prices rate rates fee fees duration time waktu jadwal
schedule hari day jam sesi session keterangan ket note notes no nomor stok stock varian variant level kategori category
satuan unit total subtotal deskripsi description isi cabang branch alamat address lokasi location kontak contact
""".split())


def _cells(line: str) -> list[str]:
    """The cells of a table row (split by tabs or bars), none for a line that is no table row."""
    for sep in ("\t", "|"):
        cells = [c.strip() for c in line.split(sep) if c.strip()]
        if sep in line and len(cells) >= 2:
            return cells
    return []


def _table_rows(lines: list[str]) -> list[tuple[list[str], bool]]:
    """The rows of a table, each with whether it is the header: lines of cells with a line of as many cells beside them
    ("Kelas<TAB>Lama<TAB>SPP" over "Nahwu pemula<TAB>2 bulan<TAB>600rb"). The header holds the columns' words, the
    rows the goods and their terms."""
    cells = [_cells(x) for x in lines]
    return [(c, not (i and len(cells[i - 1]) == len(c))) for i, c in enumerate(cells) if c and any(
        0 <= j < len(cells) and len(cells[j]) == len(c) for j in (i - 1, i + 1))]


def _place_labels(lines: list[str]) -> list[str]:
    """The labels opening the lines of a list of places, set off by a colon or a dash: the line goes on with an
    address, or the list's heading speaks of branches or locations ("ada 4 cabang di Batam:" over "- Batam Centre:
    Ruko Sentosa …")."""
    out, heading = [], ""
    for line in lines:
        opened = _LIST_OPEN.match(line)
        if not opened or not line.strip():
            heading = line if line.strip() else heading
            continue
        m = re.match(r"([^:\n]{2,40}?)(?:[ \t]*:|\s[-–—]\s)(.*)$", line[opened.end():])
        if m and m.group(1).strip().lower() not in _FIELDS and (_ADDRESS.search(m.group(2)) or _BRANCHES.search(heading)):
            out.append(m.group(1).strip())
    return out


def _series_labels(lines: list[str]) -> list[str]:
    """"Slide 1: …", "Slide 2: …", "Hari 1: …": a word numbered on line after line is a series' label, not a name."""
    found = [m for x in lines if (m := _SERIES.match(x))]
    words = [m.group(1).lower() for m in found]
    return [m.group(0).strip(" \t-•*:") for m in found if words.count(m.group(1).lower()) >= 2]


_SERIES = regrouped(r"[ \t]*(?:[-•*·][ \t]*)?([^\W\d_]+)\s+\d{1,3}(?=[ \t]*:)")


def form_skips(raw: str, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans of the cleaned ``text`` that a line form of the ``raw`` brief says name no one (a table's rows, the
    place labels of a list of branches, the labels of a series of slides or steps), and those of them that hold no
    offering either (the header's column words and the place labels: the table's rows still hold the goods)."""
    if "\n" not in raw:
        return [], []
    lines = raw.splitlines()
    skip: list[tuple[int, int]] = []
    quiet: list[tuple[int, int]] = []
    at = 0
    for row, header in _table_rows(lines) if "\t" in raw or "|" in raw else []:  # a row: from its first cell to its last
        a = text.find(row[0], at)
        b = text.find(row[-1], a + len(row[0])) if a >= 0 else -1
        if a >= 0 and b >= 0:
            skip.append((a, b + len(row[-1])))
            for cell in row if header else []:  # "Kelas | Lama | SPP": a column's word is no offering
                c = text.find(cell, a)         # ("Tipe HP | Casing | Tempered glass": a column of goods is)
                if c >= 0 and cell.split()[0].lower() in _COLUMN_WORDS:
                    quiet.append((c, c + len(cell)))
            at = b + len(row[-1])
    for labels, sets_off_goods in ((_place_labels(lines), False), (_series_labels(lines), True)):
        at = 0
        for label in labels:  # (a slide's label sets off the words after it: they stay read for goods as they were)
            if label and (a := text.find(label, at)) >= 0:
                at = a + len(label)
                skip.append((a, at))
                quiet += [] if sets_off_goods else [(a, at)]
    return skip, quiet


def is_platform(name: str) -> bool:
    """Is the name a platform or a marketplace, or several joined ("Shopee & Tokopedia")?"""
    parts = [p for p in _JOINS.split(name.lower().strip(" .,!")) if p]
    return bool(parts) and all(p in PLATFORMS for p in parts)


def hidden_by_form(text: str, name: str, s: int, prio: int) -> bool:
    """Is the candidate ``name`` at text[s:] (read by a rule of priority ``prio``) a platform the business sells
    through, or a landmark it is near? A name the owner marks (priority under 3) is theirs to give."""
    if prio >= 3 and is_platform(name):
        return True  # "Download di Play Store", "order via GoFood": where it sells, not who
    return prio >= 4 and bool(_NEAR.search(text, max(0, s - 16), s))  # "dekat Tiban Center": where it is
