"""Business heads: the gazetteer of words and phrases that name a kind of business (config/niches.yaml), and the
places in a brief where such a word names THE business rather than something it sells or someone it serves.

A head outranks scattered keyword votes: "saya buka bengkel las … untuk anak kos" is a workshop whatever the
audience; "Apotek Sehat … kopi gratis" is a pharmacy; "we are a bookkeeping firm" is a professional service.
Head positions:
- the start or the end of the brand ("Apotek Sehat", "Sunrise Bakery");
- after the owner says what they are, run or opened ("saya buka …", "kami adalah …", "usaha saya …",
  "we are a …", "I run a small …", "our …"), or what the site is for ("website untuk laundry saya");
- the first words of the brief ("Laundry kiloan Bu Sri di Depok …").
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from tapsite_pipeline.resources import data_dir

GAZETTEER = "niches.yaml"
_TOK = re.compile(r"[a-z0-9]+")


def norm(term: str) -> str:
    """A term as the classifier matches it: its words, one space apart ("kos-kosan" → "kos kosan")."""
    return " ".join(_TOK.findall(term.lower()))


@lru_cache(maxsize=1)
def heads() -> dict[str, tuple[str, str, str]]:
    """term (normalised) → (business type, industry label, niche); the first listing of a term wins."""
    data = yaml.safe_load((data_dir("config") / GAZETTEER).read_text(encoding="utf-8")) or {}
    out: dict[str, tuple[str, str, str]] = {}
    for group in data.get("groups") or []:
        entry = (str(group["type"]), str(group["industry"]), str(group["niche"]))
        for term in str(group["terms"]).split(","):
            key = norm(term)
            if key:
                out.setdefault(key, entry)
    return out


# What the owner is, runs or opened: the words after it name the business.
_SAY_BUSINESS = re.compile(
    r"\b(?:(?:saya|sy|aku|gw|gue|gua|kami|kita|ane)\s+(?:adalah\s+|ini\s+|seorang\s+|sebuah\s+|punya\s+|memiliki\s+|"
    r"buka\s+|membuka\s+|baru\s+buka\s+|mengelola\s+|owner\s+|pemilik\s+|usaha\s+|bisnis\s+|jualan\s+)+"
    r"|(?:usaha|bisnis)\s+(?:saya|sy|aku|gw|kami|ku|kita)\s+(?:adalah\s+|yaitu\s+|itu\s+|ini\s+|berupa\s+|bergerak\s+di\s+"
    r"(?:bidang\s+)?)?"
    r"|(?:buka|membuka|punya|memiliki|mengelola|jalanin|menjalankan)\s+(?:usaha|bisnis)\s+"
    r"|(?<!nama\s)(?<!namanya\s)(?:usaha|bisnis)\s+(?=\w)"  # "nama usaha X": X is the brand
    r"|(?:we\s+are|we're|i\s+am|i'm|im|we\s+run|i\s+run|we\s+own|i\s+own|we\s+opened|i\s+opened|i\s+have|we\s+have|"
    r"this\s+is|my|our)\s+(?:an?\s+|the\s+)?(?:(?:small|little|local|new|family|family[\s-]run|family[\s-]owned|"
    r"home[\s-]based|independent|boutique|friendly|cozy|cosy|budget|premium|online)\s+)*"
    r"|(?:web|website|situs|landing\s+page|halaman|page|site)\s+(?:untuk|utk|buat|bwt|for)\s+"
    r"(?:usaha\s+|bisnis\s+|my\s+|our\s+|an?\s+)?)")
_GREETING = re.compile(r"(?:(?:halo|hallo|hai|hi|hello|hey|permisi|assalamualaikum|selamat\s+\w+|kak|min|gan|sis|bro|"
                       r"pak|bu|mas|mbak)\W+)*")


# Where a head stands, in order of precedence: what the owner says they run outranks the name and the opening words
# (a fanciful or inherited brand, "Studio Musik Nada Ria" giving guitar lessons, weighs the same as the opening words).
SAID, BRAND, OPENING = 0, 1, 1


def head_starts(lower: str, brand_span: tuple[int, int] | None = None) -> tuple[dict[int, int], int | None]:
    """Offsets where a head may start, each with its precedence (SAID before BRAND and OPENING), and the end of the brand
    (a head may end there too: "Sunrise Bakery")."""
    starts = {_GREETING.match(lower).end(): OPENING}  # type: ignore[union-attr]  # matches everywhere, maybe empty
    if brand_span:
        starts[brand_span[0]] = BRAND
    for m in _SAY_BUSINESS.finditer(lower):
        starts[m.end()] = SAID
    return starts, (brand_span[1] if brand_span else None)


def head_of(matched: str) -> tuple[str, str, str] | None:
    """The gazetteer entry a keyword hit names, if it is a business head."""
    return heads().get(norm(matched))
