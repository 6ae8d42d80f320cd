"""A shop's bio on a marketplace or in a chat: the welcome that names the shop, a name written as a web domain, and
the headings over it that name nobody (a season, a festival's run-up, a title in capitals saying what is sold).

"Selamat datang di SOLEFRESH.ID 👟 …" is signed "Solefresh.id"; "Welcome to ServerKecil.id" keeps the owner's styling;
"RAKIT PC CUSTOM" over "Pixel Rakit Lubuklinggau" is no name (a season, "Des-Feb", is brand_titles.is_season's), nor is
the heading of a pasted price list ("DAFTAR HARGA", "Biaya Les per Bulan", "PRICE LIST SABLON 2027"). A marketplace's
badge after the shop's name ("Rajut Nenek Official", "… Official Store") is the market's word, not the owner's name.
"""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .brand_words import GENERIC_WORDS
from .cap_runs import _is_cap, cap_runs
from .lexicon import KEYWORDS
from .name_reader import take_name
from .places import PLACES

_TRADE_WORDS = frozenset(w for k in KEYWORDS for w in k.split())  # as brand_runs reads them
# The greeting a shop's bio opens with, the shop's name after it.
_WELCOME = regrouped(r"(?i)\b(?:welcome\s+to|selamat\s+datang\s+(?:di|ke))\s+")
# A name written as a web domain, one label and its suffix: "solefresh.id", "ServerKecil.id", "kopi-kita.co.id".
_DOMAIN = regrouped(r"(?i)([a-z0-9][a-z0-9-]*)(\.(?:co\.id|my\.id|web\.id|biz\.id|id|com|net|shop|store|online))")
# The words of a heading that a season of the goods has come ("MUSIM DURIAN UDAH MULAI", "MANGO SEASON IS HERE").
_SEASON_NOUNS = frozenset("musim season panen harvest".split())
_SEASON_WORDS = _SEASON_NOUNS | frozenset("udah sudah telah mulai tiba datang hadir is here has begun started back "
                                          "kembali lagi".split())
_SENTENCE_END = regrouped(r"\s*(?:[.!?\x1e]|$)")
# The words a price list or a menu is headed with ("DAFTAR HARGA", "PRICE LIST", "Biaya per bulan", "MENU HARI INI"):
# one of them opens the heading, and the rest is the trade, the goods, a period or a year.
_LIST_HEADS = frozenset("daftar harga biaya tarif tarifnya ongkos price prices pricelist pricing list rate rates ratecard "
                        "menu".split())
_LIST_WORDS = _LIST_HEADS | frozenset("per perbulan bulan bln hari minggu jam sesi tahun terbaru update updated new baru "
                                      "ini today hari-ini kami our 2024 2025 2026 2027 2028 2029 2030".split())
# The end of the heading's line, a year may close it ("PRICE LIST SABLON 2027"), or a dash before the name.
_HEADING_END = regrouped(r"(?:\s+\d{4})?\s*(?:[.!?:\x1e]|[-—–]\s|$)")
# The columns of a pasted table's header row ("Tindakan  Keterangan  Tarif", "Item | Size | Price").
_COLUMNS = _LIST_HEADS | frozenset("tindakan keterangan layanan jasa produk item items nama jenis durasi ukuran paket no "
                                   "qty jumlah satuan isi detail rincian kategori service services treatment "
                                   "description notes catatan size duration category product products".split())
# A word of the brief before where the heading starts (an emoji or a bullet may stand before it).
_WORD_BEFORE = regrouped(r"\w")
# The badge a marketplace gives a shop, said after its name: "Official", "Official Store", "Official Shop", "Store
# Official".
_BADGE = regrouped(r"(?i)\s+(?:(?:store|shop)\s+)?official(?:\s+(?:store|shop|shop\s+id))?$")


def without_badge(name: str) -> str:
    """The shop's name without the marketplace's badge after it: "Rajut Nenek Official" → "Rajut Nenek" (a badge with
    nothing before it, or one word of two letters, is left as written)."""
    m = _BADGE.search(name) if "fficial" in name or "FFICIAL" in name else None
    return name[:m.start()] if m and len(name[:m.start()].strip()) >= 3 else name


def domain_cased(name: str) -> str:
    """A name written as a web domain in capitals, as a careful human writes it: "SOLEFRESH.ID" → "Solefresh.id"
    (the owner's own mixed styling, "ServerKecil.id", stays as written)."""
    m = _DOMAIN.fullmatch(name)
    if not m or not name.isupper():
        return name
    return m.group(1).capitalize() + m.group(2).lower()


def welcomed(text: str) -> tuple[str, int, int] | None:
    """The shop a bio welcomes its visitors to, in capitals ("Selamat datang di Toko Rina", "Welcome to X.id"), or
    None (a place one is welcomed to, "Welcome to Bali", is no shop)."""
    for m in _WELCOME.finditer(text):
        found = take_name(text, m.end(), True, require_cap=True)
        if not found or found[1] != m.end() or not _is_cap(found[0]) or found[0].lower() in PLACES:
            continue
        name, s, e = found
        name = without_badge(name)
        return domain_cased(name), s, s + len(name)
    return None


def list_heading(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]``, opening the brief as a sentence of its own, the heading of a price list or a menu ("DAFTAR
    HARGA", "BIAYA LES PER BULAN", "Price List Sablon 2027"), or a line of its own that is a table's header row
    ("Tindakan Keterangan Tarif")? It heads what is sold; it names no one."""
    if not _HEADING_END.match(text, e):
        return False
    lower = text[s:e].lower().split()
    before = text[max(0, s - 4):s].rstrip()
    if len(lower) >= 2 and (not before or before[-1] in ".!?:\x1e") and all(w in _COLUMNS for w in lower):
        return True  # a table's header row, a line of its own anywhere in the brief
    if _WORD_BEFORE.search(text, 0, s):
        return False
    if not lower or lower[0] not in _LIST_HEADS:
        return False
    return all(w in _LIST_WORDS or w in _TRADE_WORDS or w in GENERIC_WORDS for w in lower[1:])


def goods_title(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]``, opening the bio, a title in capitals of only what is sold ("RAKIT PC CUSTOM") or that its
    season has come ("MUSIM DURIAN UDAH MULAI"), a sentence of its own, while another run of the bio, of words not
    only the trade's, names the shop? Or the heading of a price list (list_heading)? Then the title is no name."""
    if list_heading(text, s, e):
        return True
    words = text[s:e].split()
    if len(words) < 2 or text[:s].strip() or not text[s:e].isupper() or not _SENTENCE_END.match(text, e):
        return False
    lower = [w.lower() for w in words]
    # the season's own heading names its fruit in any word: "PANEN SALAK SUDAH TIBA"
    season = any(w in _SEASON_NOUNS for w in lower) and any(w in _SEASON_WORDS - _SEASON_NOUNS for w in lower)
    if not season and not all(w in _TRADE_WORDS or w in GENERIC_WORDS or w in _SEASON_WORDS for w in lower):
        return False
    return any(rs >= e and len(text[rs:re_].split()) >= 2
               and any(w.lower() not in _TRADE_WORDS and w.lower() not in PLACES for w in text[rs:re_].split())
               for rs, re_, _ in cap_runs(text))
