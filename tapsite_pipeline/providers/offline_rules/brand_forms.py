"""The brand when the brief's form hides it: a board, a list, a table, a carousel, an app's pitch.

What such a form holds that is never the business's name: a platform or marketplace the owner sells through
("Download di Play Store", "cek Shopee kami"), a landmark the business is near ("dekat Tiban Center"), a form's field
label ("Deskripsi Toko", "Shop Description") and a flyer's headline in capitals over the name ("LEARN TO FREEDIVE —
Tomini Freedive", "PELUANG KEMITRAAN — …") (``hidden_by_form``, asked by brand_guards.vet_candidate); the place labels
of a list of branches ("- Batam Centre: Ruko Sentosa …"), the header of a table ("Kelas<TAB>Lama<TAB>SPP"), the
numbered label of a slide or a step ("Slide 2: …"), a bulletin's heading ("Warta Masjid …: ") (``form_skips``, spans form_reads.py leaves out of the brand
reading).

Where the name stands in such a form is brand_form_names.py's.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .addressees import bulletin_heading
from .brand_words import STOP
from .notice_words import NOTICE_WORDS
from .places import PLACES
from .roles import AUDIENCE, FILLER, USES, VERB

# Where a business sells, is found or is downloaded, said by the platform's name: never the business itself (a name
# the owner marks as theirs, "namanya …" or quoted, is read before this is asked).
PLATFORMS = frozenset("""
play store|playstore|google play|google play store|app store|appstore|apple app store|shopee|tokopedia|tokped|lazada|
bukalapak|blibli|tiktok|tiktok shop|instagram|ig|facebook|fb|whatsapp|wa|youtube|google maps|gmaps|maps|gofood|
grabfood|shopeefood|gojek|grab|maxim|traveloka|tiket.com|airbnb|booking.com|agoda|zoom|google meet|linktree|etsy|
amazon|ebay|spotify|telegram|twitter|threads|x|line|marketplace|carousell|olx|facebook marketplace|fb marketplace
""".replace("\n", "").split("|"))
_JOINS = re.compile(r"\s*(?:&|/|,|\+|\band\b|\bdan\b|\bor\b|\batau\b)\s*", re.I)
# A landmark the business is near, opposite or behind: where it is, not who it is.
_NEAR = regrouped(r"(?i)\b(?:dekat|deket|dkt|near|sebelah|seberang|depan|belakang|samping|opposite|behind|"
                  r"next\s+to|across\s+from)\s+$")


# A field's label on a marketplace's or a profile's form ("Deskripsi Toko ✨ …", "Shop Description:", "Tentang Kami"):
# where the owner's words go, never the name they give.
_FIELD_LABEL = regrouped(r"(?i)(?:deskripsi|description|informasi|info|tentang|about|catatan|notes?|detail|details|"
                         r"profil|profile|bio|keterangan|kebijakan|policy|alamat|jam\s+(?:buka|operasional)|kategori|"
                         r"category|judul|caption|headline|tagline|spesifikasi|specifications?|ulasan|reviews?)"
                         r"(?:\s+(?:toko|shop|store|produk|product|usaha|bisnis|business|kami|us|seller|penjual|lapak|"
                         r"the\s+(?:shop|store|seller)))?|(?:shop|store|seller|product|toko)\s+(?:description|info|"
                         r"information|details|notes|policy|profile|bio)")


# A flyer's or a board's headline in capitals over the name ("LEARN TO FREEDIVE — Tomini Freedive", "BIRTHDAYS,
# PROPOSALS & OFFICE PARTIES AT SEA\nPhinisi …", "PELUANG KEMITRAAN — Tameng Hydrogel"): what is offered, to whom,
# for which occasion, said in ordinary words. A name holds a word no word list knows or a place ("STUDIO FOTO
# LAMAKNEN ATAMBUA", "KIOS TANI LAE RUDOLF"). The words of an offer to join the business, or of a job, are ordinary:
_HEADLINE_WORDS = frozenset("""
peluang kemitraan mitra franchise waralaba reseller resellers agen dropship dropshipper lowongan loker dicari hiring
wanted opportunity opportunities partnership partners join gabung bergabung usaha bisnis business kerja kerjasama
dijual disewakan sewa rent sale promo diskon discount gratis free special spesial new baru open order now sekarang
deal deals year-end sale sales flash clearance bundling
""".split())
_ORDINARY = STOP | VERB | USES | AUDIENCE | FILLER | NOTICE_WORDS | _HEADLINE_WORDS
_HEADLINE_OPENERS = VERB | USES | AUDIENCE | _HEADLINE_WORDS | frozenset("""
dicari terima sedia tersedia discover explore experience celebrate relax escape temukan jelajahi rayakan yuk ayo mari
""".split())
# ... and a name set off after a headline that opens on a verb or an occasion: a dash, a bar or the next line, then a word written
# in ordinary case, two capitalised words at least ("LEARN TO FREEDIVE — Tomini Freedive", "DIJUAL CEPAT\nToko Besi Makmur";
# not a sentence: "SEDIA BAKSO — Enak dan murah")
_NAMED_AFTER = regrouped(r"[^.!?\n]{0,60}?(?:[ \t][-—–|:•·][ \t]*|[.!?][ \t]+|\n\s*)(?:[^\w\s][ \t]*)?[A-Z][a-z][\w'-]*[ \t]+[A-Z]")
_LOWER = regrouped(r"[^\W\d_A-Z]")
_WORDS = regrouped(r"[^\W\d_][\w'-]*")


def headline(text: str, name: str, s: int) -> bool:
    """Is ``name`` at text[s:], in the capitals the brief opens with, its headline over the name: ordinary words only
    (verbs, occasions, audiences, an offer of partnership), or a line opening on a verb or an occasion ("LEARN TO …",
    "BIRTHDAYS, PROPOSALS & …"), with a name set off after it in ordinary case?"""
    if not name.isupper() or _LOWER.search(text, 0, s):
        return False
    words = [w.lower() for w in _WORDS.findall(name)]
    if not words or any(w in PLACES for w in words):
        return False
    if not _NAMED_AFTER.match(text, s + len(name)):
        return False  # no name set off after it: a line of capitals alone over the list is the name ("KOPI KINTAL")
    first = _WORDS.search(text)
    return all(w in _ORDINARY for w in words) or (first is not None and first.group(0).lower() in _HEADLINE_OPENERS)


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
    if (heading := bulletin_heading(text)) is not None:  # "Warta Masjid … - Iklan Jamaah: <the advert>"
        skip.append(heading)
        quiet.append(heading)
    return skip, quiet


def is_platform(name: str) -> bool:
    """Is the name a platform or a marketplace, or several joined ("Shopee & Tokopedia")?"""
    parts = [p for p in _JOINS.split(name.lower().strip(" .,!")) if p]
    return bool(parts) and all(p in PLATFORMS for p in parts)


# One word the gazetteer does not know, said where the business is ("in", "di", "at") and followed by the town or region
# it knows ("kitchen in Rungkut, Surabaya", "di Cepogo, Boyolali"): a district or a village, never the business.
_IN_BEFORE = regrouped(r"(?i)\b(?:in|di|at|near|dekat|daerah|area|kawasan)\s+$")
_THEN_TOWN = regrouped(r"[ \t]*,[ \t]*([A-Z][\w'-]+(?:[ \t]+[A-Z][\w'-]+)?)")


def district(text: str, name: str, s: int) -> bool:
    """Is ``name`` at text[s:] a place said before the town the gazetteer knows ("in Rungkut, Surabaya")?"""
    if len(name.split()) > 1 or not _IN_BEFORE.search(text, max(0, s - 8), s):  # ("di Kopi Senja, Bandung": a name)
        return False
    town = _THEN_TOWN.match(text, s + len(name))
    return town is not None and town.group(1).lower() in PLACES


def hidden_by_form(text: str, name: str, s: int, prio: int) -> bool:
    """Is the candidate ``name`` at text[s:] (read by a rule of priority ``prio``) a platform the business sells
    through, a landmark it is near, a field's label on the form it was pasted from, or the headline in capitals over
    the name? A name the owner marks (priority under 3) is theirs to give."""
    if prio >= 2 and district(text, name, s):
        return True  # "our kitchen in Rungkut, Surabaya": a district of the town after it, not the business
    if prio >= 4 and headline(text, name, s):
        return True  # "LEARN TO FREEDIVE — Tomini Freedive": the flyer's headline, then its name
    if prio >= 3 and _FIELD_LABEL.fullmatch(name.strip(" .,:;")):
        return True  # "Deskripsi Toko ✨ Kolam Pak Lasiman …": the form's label, then the owner's words
    if prio >= 3 and is_platform(name):
        return True  # "Download di Play Store", "Register by WA", "order via GoFood": where it sells, not who
    return prio >= 4 and bool(_NEAR.search(text, max(0, s - 16), s))  # "dekat Tiban Center": where it is
