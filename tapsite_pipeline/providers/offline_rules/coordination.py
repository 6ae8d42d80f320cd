"""Coordinated offerings: one head said once for two kinds ("grooming kucing & anjing")."""

from __future__ import annotations

import functools
import re

from tapsite_pipeline.phrase_find import phrase_spans

from .lexicon import KEYWORDS
from .roles import QUALIFIER
from .variant_cards import platform_headers

_LINK = r"\s*(?:&|/|\+|\bdan\b|\band\b|\bsama\b|\bsm\b|\batau\b|\bor\b|\bmaupun\b)\s*"


# An Indonesian noun of action (peN-…-an: "penyemprotan", "pemasangan", "pembuatan", "perbaikan", "pelatihan"): what
# is done to the goods after it, so every object coordinated after it is done the same way, goods or not
# ("penyemprotan pestisida dan pupuk cair" sprays liquid fertiliser; it does not sell it). The nouns of that shape that
# name things or people are left out.
_ACTION_NOUN = re.compile(r"pe(?:m|n|ng|ny|r|l)?[a-z]{3,}an")
_NOT_ACTION = frozenset("""
peralatan perlengkapan perhiasan pemandangan perumahan perusahaan pelanggan pesanan pekan perkakas pernak pernikahan
pedesaan perkotaan pegunungan pertanian perikanan peternakan perkebunan perbankan persewaan pemerintahan pendidikan
""".split())
# Heads that open an offering of their own after the link ("pemasangan CCTV dan servis AC"): no object of the head before.
_OWN_HEADS = frozenset("""
jasa layanan servis service sewa rental les kursus kelas paket program cuci jual bikin workshop training tour trip
""".split())


_ACTIVITY = re.compile(r"[a-z]{3,}ing")  # "grooming", "cleaning", "printing"
# Printed matter and stationery: each one a thing made of its own, never a kind of the noun before it ("kartu nama
# dan brosur" prints brochures, not "name-card brochures"; "cetak undangan dan kalender" still prints calendars, the
# action word carries over).
_OWN_GOODS = frozenset("""
brosur brochure brochures flyer flyers flayer pamflet pamflet leaflet leaflets spanduk baliho banner banners poster
posters stiker sticker stickers undangan kalender calendar nota kwitansi kuitansi amplop envelope envelopes katalog
catalogue catalog stempel plakat label labels yasin map kop
""".split())


# Goods named by whom or what they are for ("pakan ikan & ayam": feed for fish and for chickens, "obat batuk & flu"):
# every word linked after the first takes the head, even one that is goods by itself ("ayam" alone is sold as meat).
_FOR_HEADS = frozenset("""
pakan pelet konsentrat obat vitamin suplemen vaksin kandang pasir mainan feed
""".split())


def action_noun(word: str) -> bool:
    return bool(_ACTION_NOUN.fullmatch(word)) and word not in _NOT_ACTION


def _object_of(head: str, mod: str, b: str) -> bool:
    """May `b`, said after "<head> <mod>" and a link word, take the head? A lone word that is no goods of its own, or,
    after a noun of action, an object of up to three words that opens no offering of its own."""
    if head in _FOR_HEADS and mod and len(mod.split()) <= 2 and " " not in b and b not in (head, mod) \
            and b not in _OWN_HEADS and b not in _FOR_HEADS and b not in _OWN_GOODS:
        return True
    if not mod or head in (b, mod) or " " in mod and not action_noun(head):
        return False
    if action_noun(head):
        words = b.split()
        # an activity of its own ("penitipan kucing & grooming", "pemasangan cctv dan servis ac") keeps its own name
        return len(words) <= 3 and not action_noun(words[0]) and words[0] not in _OWN_HEADS \
            and not _ACTIVITY.fullmatch(words[0])
    return " " not in b and b not in KEYWORDS and mod not in KEYWORDS and b not in _OWN_GOODS


def shared_head(items: list[str], lower: str) -> list[str]:
    """One head said once for two kinds (Indonesian, head first): "grooming kucing & anjing" offers grooming for
    dogs too, "jastip korea & jepang" a jastip from Japan. A lone word right after a two-word offering and a link word takes its head, when
    neither it nor the word it pairs with is goods by itself ("nasi goreng & mie" stays two dishes); after a noun of
    action every object does ("penyemprotan pestisida dan pupuk cair" → "penyemprotan pupuk cair")."""
    out = list(items)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        head, _, mod = a.partition(" ")
        if not _object_of(head, mod, b):
            continue
        if b in lower and a in lower and re.search(rf"(?<![\w-]){re.escape(a)}{_LINK}{re.escape(b)}(?![\w-])", lower):
            # ("obat kutu kucing & anjing": the goods word before the one the link replaces carries over too)
            joined = f"{a.rsplit(' ', 1)[0]} {b}" if head in _FOR_HEADS else f"{head} {b}"
            if joined not in out:
                out[i + 1] = joined
    return out


# Words that carry no name of their own in an offering ("kopi dan teh", "tas & sepatu").
_LINK_WORDS = frozenset("dan and & / + atau or serta sama sm with dengan dgn the a an of".split())
# "logo package" beside "logo design", "paket cuci kering" beside "cuci kering": a package of an offering names it
# again (its price is a fact of the page), so the package word does not tell two offerings apart.
_PACKAGE_WORDS = frozenset("paket package packages".split())
# "sewa laptop" beside "laptop core i5", "printer harian" beside "printer epson": how the goods are dealt in (hired or
# sold, said first; by the day, said last) names no goods of its own, so the generic phrase is the range of the
# precise one.
_DEALING_FIRST = frozenset("sewa sewaan rental jual jualan jasa layanan".split())
_RATE_LAST = frozenset("harian mingguan bulanan".split())


def _stem(word: str) -> str:
    """A word without the endings that do not change what it names: "towels" ~ "towel", "kopinya" ~ "kopi"."""
    for end in ("nya", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3 and not word.endswith("ss"):
            return word[:-len(end)]
    return word


_NAME_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


@functools.lru_cache(maxsize=256)   # most_specific asks about the same items again (their words, their goods')
def _name_words(item: str) -> frozenset[str]:
    found = _NAME_WORD.findall(item)  # a closing "a" is a variant's code ("tipe a" beside "tipe b"), not an article
    words = [w for k, w in enumerate(found) if w not in _LINK_WORDS or w == "a" and k == len(found) - 1 > 0]
    named = [w for w in words if w not in _PACKAGE_WORDS]
    return frozenset(_stem(w) for w in (named or words))


def most_specific(items: list[str]) -> list[str]:
    """The same offering said twice, once generically: "kopi" beside "es kopi susu", "jahit" beside "jahit
    kebaya wisuda", "haji" beside "haji furoda". An item whose words all lie inside another item's names
    that one again, less precisely: only the precise one stays (the first of two equal ones)."""
    words = [_name_words(i) for i in items]
    said = [_goods_said(i).split() for i in items]
    goods = [_name_words(" ".join(g)) for g in said]
    out = []
    for k, item in enumerate(items):
        if not words[k]:
            continue
        if any(j != k and (words[k] <= words[j] and (words[k] < words[j] or j < k)
                           or goods[k] < goods[j] and _same_head(said[k], said[j]))
               for j in range(len(items))):
            continue
        out.append(item)
    return platform_headers(out)  # "android", "ios apps" beside "ordering apps": the platform heads the list


def _same_head(a: list[str], b: list[str]) -> bool:
    """Do the two phrases open or end on the same goods ("laptop" and "laptop core i5"; not "panggung" and "pt panggung
    megah perkasa")?"""
    return bool(a and b) and (_stem(a[0]) == _stem(b[0]) or _stem(a[-1]) == _stem(b[-1]))


def _goods_said(item: str) -> str:
    """The goods of a phrase without how they are dealt in: "sewa laptop" → "laptop", "printer harian" → "printer"."""
    words = item.split()
    if len(words) >= 2 and words[0] in _DEALING_FIRST:
        words = words[1:]
    if len(words) >= 2 and words[-1] in _RATE_LAST:
        words = words[:-1]
    return " ".join(words)


# One price after "A + B" or "A & B" and none between them: the pair is one thing hired or sold together ("kursi
# futura + sarung Rp 5.000/pcs", "proyektor + layar 150rb/hari", "sanggul & makeup pesta 350rb", "paket siraman &
# midodareni 3 jt"); what comes with it is never a card of its own, nor half the pair a card without its price.
# (a catalogue's line may close its bold "*" and give a size before a dash and its price: "*Kursi futura + sarung*
# 7.000/biji", read as "kursi futura + sarung, 7.000/biji", "Karpet + panggung 4x6 — 900.000")
_PRICE_NEXT = re.compile(r"[\s*_]*(?:\d+(?:[.,]\d+)?\s*x\s*\d+(?:[.,]\d+)?(?:\s*m\b)?\s*)?(?:(?:[:—–-]\s*)?"
                         r"(?:rp\.?\s*|idr\s*)?\d[\d.,]*\s*(?:k|rb|ribu|jt|juta)?\b|,\s*(?:rp\.?\s*|idr\s*)?"
                         r"(?:\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?\s*(?:k|rb|ribu|jt|juta))\b)", re.I)
_PAIR_LINK = re.compile(r"[ \t]*([+&/])[ \t]*")


def _word_end(lower: str, end: int) -> bool:
    return end == len(lower) or not (lower[end].isalnum() or lower[end] == "_")


def _tails(a: str, b: str) -> list[str]:
    """How b may be said after "a &": whole, or without the head words it shares with a ("paket siraman &
    midodareni" says "paket midodareni")."""
    aw, bw = a.split(), b.split()
    out = [b]
    k = 0
    while k < min(len(aw), len(bw)) - 1 and aw[k] == bw[k]:
        k += 1
        out.append(" ".join(bw[k:]))
    return out


def _pair_said(a: str, b: str, lower: str) -> tuple[int, int, str, str] | None:
    """Where "a + b" / "a & b" is said (b perhaps without the head it shares with a): its span, the link and b as
    said. Read at each place `a` is said (str.find) rather than with a pattern made for the pair."""
    at = lower.find(a)
    while at >= 0:
        if at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "_"):  # (?<!\w)
            link = _PAIR_LINK.match(lower, at + len(a))
            if link:
                for tail in _tails(a, b):
                    end = link.end() + len(tail)
                    if lower.startswith(tail, link.end()) and _word_end(lower, end):
                        return at, end, link.group(1), tail
        at = lower.find(a, at + 1)
    return None


def _goods(item: str) -> bool:
    """A goods word of the lexicon, or one with a word of its kind ("kopi joss"; not "kelas lanjutan pola")."""
    words = item.split()
    return item in KEYWORDS or len(words) == 2 and words[0] in KEYWORDS


def bundled(items: list[str], lower: str, facts: list) -> tuple[list[str], list]:
    """Items said as "A + B", "A & B" or "A / B" (spaced: either one, at one price) before a single price, as the one item "a + b" / "a & b" (the second in the
    words it was said with: "paket siraman & midodareni"). Two goods each sold by itself ("wedang jahe & kopi joss
    5rb", "nastar & kastengel 85rb") are two items at one price each: "&" joins them only when one of them is no
    goods word of the lexicon ("sanggul & makeup pesta", "kue keranjang pandan & durian"). The facts come back with the
price said after a joined pair given to the pair."""
    if "+" not in lower and "&" not in lower and " / " not in lower or len(items) < 2:
        return items, facts
    out = list(items)
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        said = _pair_said(a, b, lower) if a in lower else None
        if said and _PRICE_NEXT.match(lower, said[1]) and not _PRICE_NEXT.match(lower, said[0] + len(a)) \
                and not (said[2] in "&/" and _goods(a) and _goods(said[3])) \
                and (said[2] != "/" or lower[said[0] + len(a)] == " "):
            out[i:i + 2] = [f"{a} {said[2]} {said[3]}"]
        i += 1
    out = [_with_lone_modifier(item, lower) for item in out]
    return out, _bundle_prices(facts, out)


# an amount said as money, never a bare number ("pentesting & ISO 27001 consulting": a standard's number)
_AMOUNT_NEXT = re.compile(r"\s*(?::\s*)?(?:(?:rp\.?\s*|idr\s*)\d|\d[\d.,]*\s*(?:k|rb|ribu|jt|juta)\b)", re.I)
_LONE_PAIR = re.compile(r"[ \t]*([+&])[ \t]*([a-z]+(?:[ \t]+[a-z]+)?)")


def _with_lone_modifier(item: str, lower: str) -> str:
    """An item said with "& <modifier>" before its price ("mc nikahan adat batak & nasional 3 jt"): the modifier shares
    the item's head, and the item is the pair ("… & nasional"), never its first half alone. Goods after the "&"
    ("nastar & kastengel 85rb") are an item of their own."""
    at = lower.find(item) if ("&" in lower or "+" in lower) and item else -1
    if at < 0:
        return item
    m = _LONE_PAIR.match(lower, at + len(item))
    if not m or not _AMOUNT_NEXT.match(lower, m.end()) or not all(w in QUALIFIER for w in m.group(2).split()):
        return item
    return f"{item} {m.group(1)} {' '.join(m.group(2).split())}"


def _names_part(subject: str, last: str) -> bool:
    """The price's subject is the pair's second half, or its first words ("akikah" of "akikah rumahan")."""
    return last.endswith(subject) or last.startswith(subject + " ")


def _bundle_prices(facts: list, items: list[str]) -> list:
    """A price said after a pair read as one item ("janur & tarub 1,2 jt") is the pair's, not its second half's."""
    pairs = [i for i in items if " & " in i or " + " in i or " / " in i]
    if not pairs:
        return facts
    out = []
    for f in facts:
        whole = next((p for p in pairs if f.kind == "price" and f.subject and f.subject != p
                      and _names_part(f.subject, re.split(r" [&+/] ", p)[-1])), None)
        out.append(f.model_copy(update={"subject": whole}) if whole else f)
    return out


# English modifiers coordinated before one head noun ("simultaneous and consecutive interpreters", "indoor and outdoor
# plants", "men's and women's haircuts", "vegan or vegetarian meals"): the head is said once for both, so the phrase is
# one offering, not a lone adjective and a second phrase. Both modifiers must be adjectives by their shape (or a closed
# list of everyday ones) or possessives: "coffee and tea sets" keeps its nouns apart.
_ADJ_SHAPE = re.compile(r"[a-z]{3,}(?:ous|ive|al|ic|ical|ible|able|ful|less|ary|ese|ian|ern|ish|ar)|[a-z]+(?:'s|s')")
_ADJECTIVES = frozenset("""
hot cold iced fresh dried frozen raw cooked smoked indoor outdoor private public junior senior male female new used
small large big short long full half single double basic advanced beginner online offline wholesale retail manual
automatic electric acoustic digital analog live
""".split())
_NOT_ADJ = frozenset("""
rental rentals festival tutorial animal material arsenal capital hospital music mechanic clinic logic fabric plastic
graphic graphics comic comics clinic magic panic picnic garlic tonic table cable vegetable
""".split())
HELD_LINKS = {" and ": "\x04", " or ": "\x05", " & ": "\x06"}
_COORDINATED = re.compile(r"(^|[,;:]\s*)([a-z][\w'-]*)\s*(\band\b|\bor\b|&)\s*([a-z][\w'-]*)(?=\s+[a-z])")


def _adjective(word: str) -> bool:
    return word not in _NOT_ADJ and (word in _ADJECTIVES or bool(_ADJ_SHAPE.fullmatch(word)))


def shared_modifiers(seg: str) -> str:
    """An English list with its coordinated modifiers held together: the link between them is a mark the list splitter
    passes over (offer_collector.clean_item gives the words back)."""
    if " and " not in seg and " or " not in seg and "&" not in seg:
        return seg

    def hold(m: re.Match) -> str:
        a, link, b = m.group(2), m.group(3), m.group(4)
        if not (_adjective(a) and _adjective(b)) or a in KEYWORDS:
            return m.group(0)
        return f"{m.group(1)}{a}{HELD_LINKS[f' {link} ']}{b}"
    return _COORDINATED.sub(hold, seg)


# Words that tell kinds of one offering apart, in sets of rivals: by sea or by air, for men or for women, by the day or by
# the month. "pengiriman kargo laut dan udara" ships cargo by air too; "kamar AC dan non AC" lets rooms without it.
# A rival said alone after a link names nothing on its own: it takes the words of the offering it is set against.
_RIVALS = [frozenset(s.split()) for s in (
    "laut udara darat sea air land", "pria wanita cowok cewek putra putri men women male female",
    "anak dewasa remaja balita bayi lansia kids adults teens", "online offline", "harian mingguan bulanan tahunan",
    "daily weekly monthly yearly", "pagi siang sore malam morning afternoon evening night sunrise sunset",
    "kecil sedang besar jumbo small medium large", "manual matic automatic", "privat private grup group duet",
    "reguler regular ekspres express kilat", "domestik internasional domestic international", "indoor outdoor",
    "basic premium standar standard", "weekday weekend", "panas dingin hot iced cold", "lokal impor local imported",
    "baru bekas new used second")]
_RIVAL_OF = {w: s for s in _RIVALS for w in s}


def _linked(a: str, b: str, lower: str) -> re.Match[str] | None:
    if a not in lower or b not in lower:  # the pattern holds both as written (and no pattern is made per pair)
        return None
    return re.search(rf"(?<![\w-]){re.escape(a)}{_LINK}{re.escape(b)}(?![\w-])", lower)


def _rivals(x: str, y: str) -> bool:
    if y == f"non {x}" or y == f"non-{x}":
        return True
    return x != y and (s := _RIVAL_OF.get(x)) is not None and y in s


def rival_kinds(items: list[str], lower: str) -> tuple[list[str], list[tuple[int, int]]]:
    """A rival kind said alone after a link takes the rest of the offering it is set against, the head said first:
    "pengiriman kargo laut dan udara" → "pengiriman kargo udara", "kamar AC dan non AC" → "kamar non-ac". Also returns
    where each joined pair was said (the brief's words the offerings cover, though not verbatim).

    English puts the head last ("sunrise and sunset trips"); the gold labels keep such a first word bare as often as
    not ("piano lessons" but "pop" of "pop and keroncong covers"), and joining it lowered products F1 on held-out
    briefs, so English lists are left as read."""
    out = list(items)
    spans: list[tuple[int, int]] = []
    for i, a in enumerate(out):
        for j, b in enumerate(out):
            if i == j:
                continue
            aw, bw = a.split(), b.split()
            # the words first, then the brief (a pattern made for the pair): most pairs are no rivals
            if len(aw) >= 2 and (len(bw) == 1 or bw[0] in ("non", "non-")) and _rivals(aw[-1], b) \
                    and (m := _linked(a, b, lower)) is not None:
                # head first: the rival takes the words before a's own ("non ac" as one word, "non-ac": a word less
                # would make it the generic twin of "kamar ac")
                joined = " ".join([*aw[:-1], b.replace("non ", "non-")])
                if joined not in out:
                    out[j] = joined
                    spans.append(m.span())
                    if j < i:  # said "a and b": shown in that order
                        out[i], out[j] = out[j], out[i]
    return out, spans


# The object of a service that comes in kinds, the kinds listed after it: "tebang pohon kelapa, mangga, durian" fells
# trees of three species, "servis motor matic, bebek, sport" services three kinds of motorbike. The service is the
# card ("tebang pohon", "servis motor"); a kind alone ("mangga", "bebek") would show a fruit or a duck, goods the
# business does not sell. Objects that are things of their own stay cards ("cuci sofa, kasur, karpet").
_WORK_VERBS = frozenset("""
tebang potong pangkas tanam cuci servis service perbaiki reparasi repair rawat grooming cat las bongkar pasang sedot
poles steril vaksin
""".split())
_KIND_HEADS = frozenset("pohon tanaman motor mobil ac hp kucing anjing".split())
_KIND_LINK = r"\s*(?:,\s*(?:(?:dan|serta|atau|maupun)\s+)?|[&/]\s*|(?:dan|serta|atau|maupun)\s+)"


_KIND_NEXT = re.compile(rf"{_KIND_LINK}([a-z][a-z-]*)(?![\w-])")


def _kind_of(word: str) -> bool:
    """A lone word that may name a kind of a service's object: no head, work or offering of its own."""
    return bool(re.fullmatch(r"[a-z][a-z-]*", word)) and word not in _KIND_HEADS and word not in _WORK_VERBS \
        and word not in _OWN_HEADS and not action_noun(word) and not _ACTIVITY.fullmatch(word)


def object_kinds(items: list[str], lower: str) -> list[str]:
    """"tebang pohon kelapa, mangga" → "tebang pohon": the kinds said after a service's object (head first, as
    Indonesian says it) are that service's, not cards of their own."""
    out = list(items)
    for a in items:
        words = a.split()
        if len(words) != 3 or not (words[0] in _WORK_VERBS or action_noun(words[0])) or words[1] not in _KIND_HEADS:
            continue
        kinds, said = [], phrase_spans(a, lower)
        end = said[0][1] if said else -1
        while end >= 0:
            nxt = _KIND_NEXT.match(lower, end)
            if not nxt or nxt.group(1) not in out or not _kind_of(nxt.group(1)):
                break
            kinds.append(nxt.group(1))
            end = nxt.end()
        if kinds:
            service = " ".join(words[:2])
            out = [service if o == a else o for o in out if o not in kinds]
            out = [o for k, o in enumerate(out) if o not in out[:k]]
    return out


# English names the place before the work done there: in "villa & hotel photography", "office and house cleaning" the
# first place said alone shares the work of the item after it ("villa photography"); a place alone is no card.
_PLACE_NOUNS = frozenset("""
office offices house houses home homes kitchen kitchens bathroom bathrooms bedroom bedrooms studio farm gym school
clinic bar cafe restaurant hotel hotels villa villas shop store salon boutique garden gardens pool pools apartment
apartments warehouse warehouses factory building buildings
""".split())


def places_share_work(items: list[str], lower: str) -> list[str]:
    out: list[str] = []
    for item in items:
        words = item.split()
        if len(words) >= 2 and words[0] in _PLACE_NOUNS and words[-1] not in _PLACE_NOUNS:
            said = re.search(rf"(?<![\w-])([a-z]+){_LINK}{re.escape(item)}(?![\w-])", lower)
            if said and said.group(1) in _PLACE_NOUNS:
                shared = " ".join([said.group(1), *words[1:]])
                out = [o for o in out if o != said.group(1)]  # the place alone said it
                if shared not in items and shared not in out:
                    out.append(shared)
        out.append(item)
    return out
