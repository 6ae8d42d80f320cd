"""What the brand check's brief-only reading never takes for the owner's brand, whatever form the brief is in: a
number, a price or a time (an OCR scan's too: "08.OO-2O.OO"), a platform or marketplace the business sells through
("Play Store", "Shopee & Tokopedia"), the numbered label of a slide or a step ("Slide 1: …" over "Slide 2: …"), the
header row of a table ("Kelas<TAB>Lama<TAB>SPP"), a letter's or an email's frame and the role it is signed with
("Kepada Yth", "Dear HR team", "Pengurus Sanggar"), a flyer's headline in capitals ("LEARN TO FREEDIVE — …"). Kept
apart from the generator's brand reader on purpose (brief.py).
"""

from __future__ import annotations

import re

# digits, and what a scan misreads them as (O o for 0, l I for 1, S for 5), with the marks between them
_NUMBER = re.compile(r"[\dOoIlS.,:;/()+#–-]*\d[\dOoIlS.,:;/()+#–-]*")
_PLATFORMS = frozenset("""
play store|playstore|google play|app store|appstore|shopee|tokopedia|tokped|lazada|bukalapak|blibli|tiktok|
tiktok shop|instagram|facebook|whatsapp|youtube|google maps|gofood|grabfood|shopeefood|gojek|grab|traveloka|
airbnb|booking.com|agoda|zoom|linktree|etsy|amazon|telegram|marketplace
""".replace("\n", "").split("|"))
_JOINS = re.compile(r"\s*(?:&|/|,|\+|\band\b|\bdan\b|\bor\b|\batau\b)\s*", re.I)
_SERIES = re.compile(r"([^\W\d_]+)\s+\d{1,3}")
# "Pakai GiliranKita, …", "Try KasirPintar, the app …": the word telling the reader to use it is no word of the name
# the words a table's header names its columns with: a header row read as one run of words ("Kelas Lama SPP")
_COLUMNS = frozenset("""kelas lama durasi harga biaya tarif spp menu item produk product nama name jenis tipe type ukuran
size qty jumlah paket package program layanan price rate fee duration waktu jadwal schedule sesi session keterangan
stok stock varian variant kategori category satuan unit total deskripsi description""".split())
# A letter's or an email's frame (its address, subject and salutation: "Kepada Yth", "Dear HR team", "Perihal: …";
# a company profile's foreword heading: "KATA PENGANTAR")
# and the role it is signed with ("Hormat kami, Pengurus Sanggar", "Ketua Paguyuban"): whom, about what, and who signs
_LETTER_FRAME = re.compile(r"(?i)(?:kepada|yth|yang\s+terhormat|dear|subject|subjek|perihal|dengan\s+hormat|hormat\s+"
                           r"(?:kami|saya)|salam\s+hormat|pengurus|ketua|sekretaris|bendahara|koordinator|humas|kata\s+pengantar|"
                           r"kata\s+sambutan|company\s+profile|profil\s+(?:perusahaan|usaha|lembaga))\b")
# A flyer's headline in capitals opening on a call to act or an offer to join ("LEARN TO FREEDIVE", "PELUANG
# KEMITRAAN", "DIJUAL CEPAT"): what the flyer offers, the name set off after it
_HEADLINE_OPENERS = frozenset("""learn belajar join gabung dijual disewakan dicari peluang kemitraan lowongan loker promo
open buka order pesan book discover explore celebrate""".split())
USE_VERB = re.compile(r"(?i)^(?:pakai|pake|gunakan|coba|cobain|download|unduh|install|use|try|get)\s+(?=[A-Z])")


def never_brand(text: str, name: str) -> bool:
    """Is ``name`` (read from ``text``) a number, a platform, a series' label, a table's header row, a letter's frame or
    a flyer's headline in capitals?"""
    bare = name.strip(" .,:;")
    tokens = bare.split()
    if _LETTER_FRAME.match(bare) or (bare.isupper() and tokens and tokens[0].lower() in _HEADLINE_OPENERS):
        return True
    if tokens and all(_NUMBER.fullmatch(t) for t in tokens):
        return True
    parts = [p for p in _JOINS.split(bare.lower()) if p]
    if parts and all(p in _PLATFORMS for p in parts):
        return True
    if len(tokens) >= 2 and all(t.lower() in _COLUMNS for t in tokens):
        return True
    if (m := _SERIES.fullmatch(bare)) and len(re.findall(rf"(?im)^[ \t]*{re.escape(m.group(1))}\s+\d{{1,3}}[ \t]*:",
                                                          text)) >= 2:
        return True
    return any(bare in " ".join(row) for row in _table_rows(text)) if "\t" in text or "|" in text else False


def _cells(line: str) -> list[str]:
    return [c.strip() for c in re.split(r"\t|\|", line) if c.strip()] if "\t" in line or "|" in line else []


def _table_rows(text: str) -> list[list[str]]:
    """A table's rows: lines of two or more cells (split by tabs or bars) beside a line of as many (a bio's one line
    of bars, "Kopi Senja | Coffee | Jakarta", is no table)."""
    cells = [_cells(x) for x in text.splitlines()]
    return [c for i, c in enumerate(cells) if len(c) >= 2 and any(
        0 <= j < len(cells) and len(cells[j]) == len(c) for j in (i - 1, i + 1))]
