"""Business heads: the gazetteer of words and phrases that name a kind of business (config/niches.yaml), and the
places in a brief where such a word names THE business rather than something it sells or someone it serves.

A head outranks scattered keyword votes: "saya buka bengkel las … untuk anak kos" is a workshop whatever the
audience; "Apotek Sehat … kopi gratis" is a pharmacy; "we are a bookkeeping firm" is a professional service.
Head positions:
- the start or the end of the brand ("Apotek Sehat", "Sunrise Bakery"), or what follows it ("Kopi Senja, kedai kopi");
- after the owner says what they are, run or opened ("saya buka …", "kami adalah …", "usaha saya …",
  "we are a …", "I run a small …", "my Mandarin tutoring"), or what the site is for ("website untuk laundry saya");
- the first words of the brief ("Laundry kiloan Bu Sri di Depok …").
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

import yaml

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.resources import data_dir

GAZETTEER = "niches.yaml"
_TOK = regrouped(r"[a-z0-9]+")


@lru_cache(maxsize=4096)  # pure per term; the same keyword hits are normalised for every brief
def norm(term: str) -> str:
    """A term as the classifier matches it: its words, one space apart ("kos-kosan" → "kos kosan")."""
    return " ".join(_TOK.findall(term.lower()))


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Any]:
    """config/niches.yaml, read once (with libyaml's parser when PyYAML has it: the pure-Python one took a
    large share of loading the rules)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((data_dir("config") / GAZETTEER).read_text(encoding="utf-8"), Loader=loader) or {}


@lru_cache(maxsize=1)
def heads() -> dict[str, tuple[str, str, str]]:
    """term (normalised) → (business type, industry label, niche); the first listing of a term wins."""
    data = _gazetteer()
    out: dict[str, tuple[str, str, str]] = {}
    for group in data.get("groups") or []:
        entry = (str(group["type"]), str(group["industry"]), str(group["niche"]))
        for term in str(group["terms"]).split(","):
            key = norm(term)
            if key:
                out.setdefault(key, entry)
    return out


@lru_cache(maxsize=1)
def openers() -> frozenset[str]:
    """Heads that open the compound they head ("kursus pijat bayi", "bengkel las")."""
    data = _gazetteer()
    return frozenset(norm(w) for w in str(data.get("openers") or "").split(",") if norm(w))


@lru_cache(maxsize=1)
def premises() -> frozenset[str]:
    """Words that name a business by its premises or trade ("warung", "kedai", "restaurant", "bakery", "stall"),
    not by a product it sells."""
    data = _gazetteer()
    return frozenset(norm(w) for w in str(data.get("premises") or "").split(",") if norm(w))


def names_premises(term: str) -> bool:
    """Does a head name the business by its premises or trade ("warung makan", "family restaurant", "toko roti"),
    rather than by a product alone ("roti canai", "kue lumpur", "es krim")?"""
    words = norm(term).split()
    found = premises()
    return any(w in found for w in words) or any(f"{a} {b}" in found for a, b in zip(words, words[1:], strict=False))


_GOODS_TYPES = frozenset({"food_and_beverage", "retail"})


# What the owner is, runs or opened: the words after it name the business (Indonesian puts the head first).
_SAY_BUSINESS = fast(
    r"\b(?:(?:saya|sy|aku|gw|gue|gua|kami|kita|ane)\s+(?:adalah\s+|ini\s+|seorang\s+|sebuah\s+|punya\s+|memiliki\s+|"
    r"buka\s+|membuka\s+|baru\s+buka\s+|mengelola\s+|owner\s+|pemilik\s+|usaha\s+|bisnis\s+|jualan\s+)*"
    r"|(?<!nama\s)(?<!namanya\s)(?:usaha|bisnis)\s+(?:saya|sy|aku|gw|kami|ku|kita)\s+(?:adalah\s+|yaitu\s+|itu\s+|"
    r"ini\s+|berupa\s+|bergerak\s+di\s+(?:bidang\s+)?)?"
    r"|(?:buka|membuka|punya|memiliki|mengelola|jalanin|menjalankan)\s+(?:usaha|bisnis)\s+"
    r"|(?:^|(?<=[,.;!]\s))(?:baru\s+)?(?:buka|membuka)\s+(?=[a-z])"  # "…, buka les bahasa inggris" (not "kadang buka kelas")
    r"|(?<!nama\s)(?<!namanya\s)(?:usaha|bisnis)\s+(?=\w)"  # "nama usaha X": X is the brand
    r"|(?:web|website|situs|landing\s+page|halaman)\s+(?:untuk|utk|buat|bwt)\s+(?:usaha\s+|bisnis\s+)?)")
# "Menerima jahit kebaya …", "kami terima pesanan catering", "melayani jasa servis laptop": the trade the owner takes on
# names the business as plainly as "saya buka …" (read for the business type; a name is not made of it).
_TAKES_ON = fast(r"(?:^|(?<=[,.;!]\s)|(?<=kami\s)|(?<=saya\s)|(?<=sy\s)|(?<=aku\s))(?:menerima|terima|nerima|melayani)\s+"
                 r"(?:jasa\s+|pesanan\s+|orderan\s+|order\s+|pembuatan\s+)?")
# The same in English, where the head comes after its modifiers: "my Mandarin tutoring", "we are a family-run
# villa cleaning company" (a head may start within the next three words). "at our roastery", "in our garden" say
# where something happens, not what the business is.
_SAY_BUSINESS_EN = regrouped(
    r"\b(?:we\s+are|we're|i\s+am|i'm|we\s+run|i\s+run|we\s+own|i\s+own|we\s+opened|i\s+opened|i\s+have|we\s+have|"
    r"this\s+is|(?<!\bat\s)(?<!\bin\s)(?:my|our)|(?:website|site|page|landing\s+page)\s+for)\s+(?:an?\s+|the\s+|my\s+|our\s+)?")
_MODIFIERS = regrouped(r"(?:[a-z0-9'-]+\s+){0,2}")
# After the brand, what it is: "Kopi Senja, kedai kopi di Jogja", "Arek IT — IT support", "Dapur Ani adalah katering".
_APPOSITION = regrouped(r"\s*(?:,|\s-|\s\u2013|\s\u2014|:|\s(?:adalah|ialah|yaitu|is|is\s+an?))\s*(?:an?\s+|the\s+)?"
                        r"|\s+(?=(?:jasa|layanan|spesialis)\s)")  # "Sofa Bersih 99 jasa cuci sofa"
_SERVICE_LEAD = regrouped(r"(?:jasa|layanan|spesialis)\s+")
_COPULA = regrouped(r"\b(?:adalah|ialah|yaitu|merupakan|is|an?|the)\b")
# A town said between the brand and what it is: "Kue Lumpur Bu Eni, Klaten — warung makan", "Bolu Corner, Makassar —
# a family restaurant" (a dash after the town; a colon after it usually opens a list of what is sold).
_PLACE_THEN_DASH = regrouped(r",\s*[a-z][a-z.' ]{0,30}?\s*(?:\s-|\u2013|\u2014)\s*(?:an?\s+|the\s+)?")
_ARTICLE = regrouped(r"\b(?:an?|the)\s+$")
_GREETING = regrouped(r"(?:(?:halo|hallo|hai|hi|hello|hey|permisi|assalamualaikum|selamat\s+\w+|kak|min|gan|sis|bro|"
                      r"pak|bu|mas|mbak)\W+)*")


# Where a head stands, in order of precedence: what the owner says they run outranks the name and the opening words
# (a fanciful or inherited brand, "Studio Musik Nada Ria" giving guitar lessons, weighs the same as the opening words).
SAID, BRAND, OPENING = 0, 1, 1


def says_what_brand_is(lower: str, brand_span: tuple[int, int]) -> bool:
    """Is the brand followed by what it is, said with a copula or an article ("Tani Pintar, an app …", "Tokoku
    adalah platform …")?"""
    m = _APPOSITION.match(lower, brand_span[1])
    return bool(m and _COPULA.search(m.group(0)))


def head_windows(lower: str, brand_span: tuple[int, int] | None = None, leads: bool = False
                 ) -> list[tuple[int, int, int]]:
    """(from, to, precedence): the first head that starts in [from, to) names the business, with its precedence
    (SAID before BRAND and OPENING). A brand's own last words are a head too ("Sunrise Bakery"): see `brand_end`.
    With `leads`, the service phrase after an opening "jasa"/"layanan" opens the brief too ("jasa cuci sepatu …"), and
    the trade the owner takes on is said ("menerima jahit kebaya", "melayani servis laptop")."""
    start = _GREETING.match(lower).end()  # type: ignore[union-attr]  # matches everywhere, maybe empty
    out = [(start, start + 1, OPENING)]
    if leads:
        if lead := _SERVICE_LEAD.match(lower, start):  # "jasa cuci sepatu …": the service opens the brief
            out.append((lead.end(), lead.end() + 1, OPENING))
        out.extend((m.end(), m.end() + 1, SAID) for m in _TAKES_ON.finditer(lower))
    if brand_span:
        out.append((brand_span[0], brand_span[0] + 1, BRAND))
        if m := _APPOSITION.match(lower, brand_span[1]):  # "Rasa Jaya Organizer, wedding organizer, …"
            # after an English article the head may follow its modifiers: "Crumb & Co, a family-run bakery"
            mods = _MODIFIERS.match(lower, m.end()) if _ARTICLE.search(m.group(0)) else None
            # "Karpet Kinclong jasa cuci karpet": the head is the service phrase, with or without its "jasa"
            mods = mods or _SERVICE_LEAD.match(lower, m.end())
            # "Tani Pintar, an app for farmers", "Tokoku adalah platform …": a copula or an article says what the
            # brand IS, as plainly as "kami adalah …"; a bare comma or colon often opens a list of goods instead
            rank = SAID if _COPULA.search(m.group(0)) else BRAND
            out.append((m.end(), mods.end() + 1 if mods else m.end() + 1, rank))
        if m := _PLACE_THEN_DASH.match(lower, brand_span[1]):
            # what it is may follow its modifiers here, in either language ("— family restaurant", "— a small café")
            mods = _MODIFIERS.match(lower, m.end())
            out.append((m.end(), mods.end() + 1 if mods else m.end() + 1, BRAND))
    # "we are Tani Pintar, an app …": where the brand is then said to BE something, the owner said their name after
    # "we are", not what they run; the name's words rank as the brand's own head
    named = brand_span[0] if brand_span and says_what_brand_is(lower, brand_span) else -1
    out.extend((m.end(), m.end() + 1, BRAND if m.end() == named else SAID) for m in _SAY_BUSINESS.finditer(lower))
    for m in _SAY_BUSINESS_EN.finditer(lower):
        mods = _MODIFIERS.match(lower, m.end())
        out.append((m.end(), mods.end() + 1 if mods else m.end() + 1, BRAND if m.end() == named else SAID))
    return out


def head_of(matched: str, btype: str | None = None) -> tuple[str, str, str] | None:
    """The gazetteer entry a keyword hit names, if it is a business head. With the hit's business type, a phrase
    the gazetteer lacks is a head when its first or last words are one of that type: "mua wisuda" (Indonesian puts
    the head first), "bridal hair stylist" (English puts it last). Goods are named so too ("kue lumpur", "roti john"):
    there the phrase is a product, not the trade, and only a head the gazetteer lists names the business."""
    table = heads()
    key = norm(matched)
    if (hit := table.get(key)) or btype is None or btype in _GOODS_TYPES or " " not in key:
        return hit
    words = key.split()
    for k in range(len(words) - 1, 0, -1):
        for part in (" ".join(words[:k]), " ".join(words[-k:])):
            if (hit := table.get(part)) and hit[0] == btype:
                return hit
    return None


def named_heads(lower: str, found: tuple[tuple[int, int, str, tuple[str, float, str]], ...],
                brand_span: tuple[int, int] | None) -> set[int]:
    """Where the keyword hits (keyword_hits._keyword_hits) that name the business start: the gazetteer's heads where
    they stand as the name of the business, only those of the first place in precedence that has one (what the
    owner says they run, then the brand's head, what follows the brand and the brief's opening words)."""
    if not any(head_of(matched, x[0]) for _s, _e, matched, x in found):
        return set()  # (most briefs' hits name goods, no head: where heads would stand need not be read)
    windows = head_windows(lower, brand_span, leads=True)
    brand_end = brand_span[1] if brand_span else None
    taken: set[int] = set()  # windows that found their head
    ranked: dict[int, list[int]] = defaultdict(list)
    for k, (s, e, matched, _) in enumerate(found):
        if not head_of(matched, found[k][3][0]):
            continue
        inside = [w for w, (a, b, _r) in enumerate(windows) if a <= s < b and w not in taken]
        if not (inside or e == brand_end):
            continue
        nxt = found[k + 1] if k + 1 < len(found) else None
        if e != brand_end and " " not in matched and nxt and nxt[0] > e and lower[e:nxt[0]].isspace() \
                and nxt[3][1] >= 2 and norm(matched) not in openers():
            continue  # a compound ("villa cleaning", "kopi gula aren"): which word is its head, the order does not say
        taken.update(inside)
        if e == brand_end and brand_span and ranked[BRAND][-1:] == [brand_span[0]] and s != brand_span[0] and (
                found[k][3][0] not in _GOODS_TYPES or names_premises(matched)):
            # "Kopi Pagi Catering": a name that ends in a head says what it is at its end; a product or a flower
            # there ("Kost Putri Anggrek", "Bengkel Jaya Mawar") is a fancy name, and the opening head stays
            ranked[BRAND].pop()
        ranked[min([windows[w][2] for w in inside] + ([BRAND] if e == brand_end else []))].append(s)
    ranked = {r: v for r, v in ranked.items() if v}
    if not ranked:
        return set()
    chosen = ranked[min(ranked)]
    # two heads of one precedence, one naming a business ("— warung makan") and one goods ("Kue Lumpur Bu Eni"): the
    # business is what it is, the goods what it is known for (a trade, "pandai besi", is no goods and stays)
    at = {s: (matched, entry[0]) for s, _e, matched, entry in found}
    if any(names_premises(at[s][0]) for s in chosen):
        chosen = [s for s in chosen if names_premises(at[s][0]) or at[s][1] not in _GOODS_TYPES]
    return set(chosen)


_WORD = regrouped(r"[a-z0-9][a-z0-9'-]*")
_CLAUSE_BREAK = regrouped(r"[,.;:!?()\n]")


def said_head(lower: str, stop: frozenset[str] | set[str], places: frozenset[str] | set[str]) -> tuple[int, int] | None:
    """The span of the phrase the owner names their business with ("we're a family-run guesthouse", "sy fotografer
    freelance", "les drum privat kupang"): the first gazetteer head standing where the business is said (what the
    owner says they run, then the brief's opening words), with the word after it in the same clause unless that is a
    ``stop`` word ("les drum privat"). A head opening with one of ``places`` ("ruko", "pasar") says where, not
    what. None when no head stands there. Names a business that gave no name."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(lower)]
    table = heads()
    for a, b, _rank in sorted(head_windows(lower), key=lambda w: (w[2], w[0])):
        for i, (s, _e) in enumerate(words):
            if s < a:
                continue
            if s >= b:
                break
            for k in (3, 2, 1):
                if i + k <= len(words) and norm(lower[s:words[i + k - 1][1]]) in table \
                        and lower[s:words[i][1]] not in places:
                    end = words[i + k - 1][1]
                    for s2, e2 in words[i + k:i + k + 1]:
                        if _CLAUSE_BREAK.search(lower, end, s2) or lower[s2:e2] in stop or lower[s2].isdigit():
                            break
                        end = e2
                    return s, end
    return None
