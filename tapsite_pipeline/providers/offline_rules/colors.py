"""Colour preferences: Indonesian/English colour words → English names, only where the owner asked.

Normalisation choices (documented): "coklat muda" → "light brown", "coklat tua" → "dark brown",
"biru muda" → "light blue", "biru tua"/"biru dongker"/"navy blue"/"dark blue" → "navy", "hijau tua"/
"hijau botol" → "dark green", "tosca"/"hijau tosca" → "turquoise", "hijau army" → "olive", "merah
muda" → "pink", "abu-abu"/"grey" → "gray", "emas" → "gold", "perak" → "silver", "krem" → "cream".
Other modifiers are dropped ("pink pastel"/"soft pink"/"dusty pink" → "pink", "hijau muda" → "green").
A colour counts when it follows a colour word (warna, nuansa, tema, color, theme, ...), precedes one
("navy and gold colors", "... look"), forms its own clause (". biru muda", ", navy please"), or pairs
with another colour ("hitam dan emas"); never when it is part of a product ("beras merah", "kopi
hitam", "green tea") or of the brand name.
"""

from __future__ import annotations

import re

from tapsite_pipeline.fastre import regrouped

from .text import tokens

# Indonesian base colours (several spellings) → English base.
_ID_BASE = {
    "merah": "red", "biru": "blue", "hijau": "green", "ijo": "green", "kuning": "yellow", "hitam": "black",
    "putih": "white", "abu-abu": "gray", "abu abu": "gray", "abu2": "gray", "abuabu": "gray", "abu": "gray",
    "coklat": "brown", "cokelat": "brown", "ungu": "purple", "pink": "pink", "oranye": "orange",
    "orange": "orange", "oren": "orange", "jingga": "orange", "emas": "gold", "keemasan": "gold", "perak": "silver",
    "krem": "cream", "krim": "cream", "cream": "cream", "tosca": "turquoise", "toska": "turquoise",
    "tosqa": "turquoise", "marun": "maroon", "maroon": "maroon", "salem": "salmon", "nila": "indigo", "item": "black",
}
_EN_BASE = {
    "red": "red", "blue": "blue", "green": "green", "yellow": "yellow", "black": "black", "white": "white",
    "gray": "gray", "grey": "gray", "brown": "brown", "purple": "purple", "pink": "pink", "orange": "orange",
    "gold": "gold", "golden": "gold", "silver": "silver", "cream": "cream", "navy": "navy", "maroon": "maroon",
    "salmon": "salmon", "mint": "mint", "peach": "peach", "magenta": "magenta", "beige": "beige",
    "burgundy": "burgundy", "khaki": "khaki", "terracotta": "terracotta", "terakota": "terracotta",
    "lavender": "lavender", "lilac": "lilac", "lila": "lilac", "turquoise": "turquoise",
    "cyan": "cyan", "fuchsia": "fuchsia", "fuschia": "fuchsia", "olive": "olive", "zaitun": "olive",
    "sage": "sage", "mustard": "mustard", "mustar": "mustard", "coral": "coral", "koral": "coral",
    "indigo": "indigo", "ivory": "ivory", "champagne": "champagne", "bronze": "bronze", "perunggu": "bronze",
    "copper": "copper", "tembaga": "copper", "ruby": "ruby", "emerald": "emerald", "zamrud": "emerald",
    "charcoal": "charcoal", "nude": "nude", "pastel": "pastel", "violet": "violet", "aqua": "aqua",
    "tan": "tan", "teal": "turquoise", "mauve": "mauve", "plum": "plum", "wine": "wine", "sapphire": "sapphire", "amber": "amber",
    "crimson": "crimson", "scarlet": "scarlet", "lemon": "lemon", "dongker": "navy", "donker": "navy",
    "biru dongker": "navy", "biru donker": "navy", "biru dongkar": "navy", "bej": "beige", "persik": "peach",
}
_ID_MODS = {"muda": "light", "tua": "dark", "gelap": "dark", "terang": "bright", "pastel": "pastel",
            "soft": "soft", "pucat": "pale", "neon": "neon", "cerah": "bright"}
_EN_MODS = ("light", "dark", "pale", "pastel", "soft", "bright", "deep", "neon", "dusty", "baby", "hot", "royal", "sky", "forest", "olive", "mint", "sage", "emerald", "lime",
            "sea", "midnight", "electric", "rose", "jet", "off", "broken", "blush", "burnt", "champagne", "earthy", "warm",
            "cool", "muted", "creamy", "metallic", "matte", "vintage", "antique", "natural", "calm", "fresh", "bold")
_SPECIAL = {
    "biru muda": "light blue", "biru tua": "navy", "biru navy": "navy", "navy blue": "navy", "biru laut": "ocean blue",
    "biru langit": "sky blue", "biru elektrik": "electric blue", "biru tosca": "turquoise", "hijau tosca": "turquoise",
    "hijau toska": "turquoise", "hijau army": "olive", "army green": "olive", "hijau botol": "dark green",
    "hijau tua": "dark green", "hijau muda": "light green", "hijau daun": "green", "hijau lumut": "moss green",
    "hijau zaitun": "olive", "hijau mint": "mint", "mint green": "mint", "hijau sage": "sage", "sage green": "sage",
    "olive green": "olive", "coklat tua": "dark brown", "cokelat tua": "dark brown", "coklat muda": "light brown",
    "cokelat muda": "light brown", "coklat susu": "light brown", "merah muda": "pink", "merah jambu": "pink",
    "merah tua": "dark red", "merah marun": "maroon", "merah maroon": "maroon", "merah bata": "terracotta",
    "merah hati": "maroon", "putih gading": "ivory", "putih tulang": "off white", "off white": "off white",
    "off-white": "off white", "broken white": "off white", "rose gold": "rose gold", "rosegold": "rose gold",
    "ungu muda": "light purple", "ungu tua": "dark purple", "abu tua": "dark gray", "abu muda": "light gray",
    "abu-abu tua": "dark gray", "abu-abu muda": "light gray", "kuning emas": "gold", "kuning muda": "light yellow",
    "hitam pekat": "black", "putih bersih": "white", "dusty pink": "dusty pink", "dusty rose": "dusty pink",
    "hot pink": "hot pink", "baby blue": "baby blue", "baby pink": "baby pink", "sky blue": "sky blue",
    "royal blue": "royal blue", "forest green": "forest green", "lime green": "lime green", "earth tone": "earth tone",
    "earth tones": "earth tone", "earthy tones": "earth tone", "warna bumi": "earth tone", "pink pastel": "pastel pink",
    "biru pastel": "pastel blue", "hijau pastel": "pastel green", "kuning pastel": "pastel yellow",
    "ungu pastel": "pastel purple", "hijau neon": "neon green", "kuning kunyit": "mustard", "gold emas": "gold",
}


# Only these modifier+colour compounds survive normalisation; other modifiers are dropped
# ("pink pastel" → "pink", "soft pink" → "pink", "hijau muda" → "green").
_KEEP_COMPOUND = {("light", "blue"): "light blue", ("dark", "green"): "dark green", ("dark", "brown"): "dark brown",
                  ("light", "brown"): "light brown", ("dark", "blue"): "navy", ("rose", "gold"): "rose gold",
                  ("off", "white"): "off white", ("broken", "white"): "off white", ("navy", "blue"): "navy",
                  ("sky", "blue"): "light blue", ("baby", "blue"): "light blue", ("mint", "green"): "mint",
                  ("sage", "green"): "sage", ("olive", "green"): "olive", ("emerald", "green"): "emerald"}


def _build_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for id_w, en in _ID_BASE.items():
        forms[id_w] = en
        for mod, en_mod in _ID_MODS.items():
            forms[f"{id_w} {mod}"] = _KEEP_COMPOUND.get((en_mod, en), en)
    for en_w, en in _EN_BASE.items():
        forms[en_w] = en
        for mod in _EN_MODS:
            if mod != en_w:
                forms[f"{mod} {en_w}"] = _KEEP_COMPOUND.get((mod, en), en)
    for k, v in _SPECIAL.items():
        parts = v.split(" ", 1)
        if len(parts) == 2 and v not in _KEEP_COMPOUND.values() and (parts[0], parts[1]) not in _KEEP_COMPOUND:
            v = _EN_BASE.get(parts[1], v)
        forms[k] = v
    return forms


FORMS = _build_forms()
_FORM_KEYS = {" ".join(re.findall(r"[a-z0-9]+", f)): v for f, v in FORMS.items()}
_MAX_N = max(len(k.split()) for k in _FORM_KEYS)
_FIRST = {k.split()[0] for k in _FORM_KEYS}
_TOK = regrouped(r"[a-z0-9]+")
_GAP = regrouped(r"[\s-]{1,3}")


class _Match:
    """A colour mention: span in the lower-cased text and its English name (re.Match-like)."""

    __slots__ = ("_s", "_e", "name", "_text")

    def __init__(self, s: int, e: int, name: str, text: str) -> None:
        self._s, self._e, self.name, self._text = s, e, name, text

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self, _i: int = 0) -> str:
        return self._text[self._s:self._e]


def find_colors(lower: str) -> list[_Match]:
    """Longest-first colour mentions ("biru muda" before "biru"), by token n-gram lookup."""
    toks = tokens(lower)
    out: list[_Match] = []
    i = 0
    while i < len(toks):
        hit = None
        if toks[i][2] not in _FIRST and toks[i][2][:-1] not in _FIRST:
            i += 1
            continue
        for n in range(min(_MAX_N, len(toks) - i), 0, -1):
            if n > 1 and any(not _GAP.fullmatch(lower[toks[k][1]:toks[k + 1][0]]) for k in range(i, i + n - 1)):
                continue
            key = " ".join(t[2] for t in toks[i:i + n])
            if key not in _FORM_KEYS and key.endswith("s") and key[:-1] in _FORM_KEYS and key[:-1].split()[-1] in _EN_BASE:
                key = key[:-1]  # "earthy browns", "soft greens"
            if key in _FORM_KEYS:
                hit = (n, _FORM_KEYS[key])
                break
        if hit:
            s, e = toks[i][0], toks[i + hit[0] - 1][1]
            if (s == 0 or lower[s - 1] not in "-_") and (e >= len(lower) or lower[e] not in "-_"):
                out.append(_Match(s, e, hit[1], lower))
            i += hit[0]
        else:
            i += 1
    return out


def is_color(item: str) -> bool:
    return " ".join(_TOK.findall(item)) in _FORM_KEYS


# Words that open a colour clause (scan forward) or close one (scan backward).
_FWD_TRIGGERS = regrouped(
    r"\b(?:warna|warnanya|berwarna|warnain|colou?rs?|colou?red|colou?r\s+scheme|nuansa|nuansanya|bernuansa|tema|temanya|"
    r"bertema|themes?|themed|palet|palette|dominan|didominasi|dominant|kombinasi|skema|scheme|tones?|aksen|accents?|"
    r"vibes?|look|tampilan|tampilannya|desain|desainnya|design|style|gaya|konsep|serba|all|pakai|pake|using|"
    r"mostly|feel|background|latar|font|tulisan)\b")
_BWD_TRIGGERS = regrouped(
    r"\b(?:look|vibes?|themes?|themed|tones?|aesthetic|palette|scheme|colou?rs?|warna|warnanya|nuansa|"
    r"sebagai|accents?|feel|style|design|dominan|sebagai warna|branding|aksen)\b")
_ALLOWED_GAP = set("""
yang yg sm ama n dominan utama utamanya main primary kombinasi combination combo paduan perpaduan campuran mix and dan
atau or serta sama plus dengan dgn with in of a an the some bit sedikit dikit agak pakai pake using use seperti like
misalnya kayak kyk ada lebih ke cenderung maybe mungkin nya warna warnanya colour colours color colors nuansa tone
tones theme tema hangat warm cool sejuk lembut soft natural earthy elegan elegant mewah cerah bright gelap dark kalem
calm netral neutral muted bold modern minimalis minimalist clean bersih simple aksen accent accents sentuhan touch
touches hint hints website web halaman page landing site desain design untuk utk buat for background latar tulisan
teks text font logo tombol button header bernuansa berwarna is are be should harus mostly primarily dominantly dominated
by oleh didominasi please tolong mau ingin pengen pingin want would prefer suka favorit favorite juga jg also too
sebagai as lalu then kemudian trus terus just aja saja ya dong sih nih gitu biar supaya agar so that di on its it
kesan impression vibe vibes scheme palette palet skema tampilan look feel style gaya konsep serba all cerah ceria pastel
""".split())
# Words that turn a colour into part of a product name ("beras merah", "teh hijau", "blue jeans").
_PRODUCT_BEFORE = set("""
beras teh kopi gula bawang cabai cabe cabé kacang ketan nasi roti tahu telur jeruk kol lada merica ayam ikan ubi
ketela jagung bayam anggur apel toko perhiasan cincin kalung gelang logam paket tiket member kartu batu es susu kue bolu
brownies cokelat coklat minyak tinta sabuk emas perak bubuk biji daun sawi tomat buah bunga mawar melati lampu kain
sapi kambing kucing anjing sepatu cat obat madu pita ice whipped sour heavy fresh minyak keju fish goldfish beras
""".split())
_PRODUCT_AFTER = set("""
tea teh velvet forest chocolate choco coklat bean beans pepper rice sugar wine coffee jeans label card belt friday
carpet board smith fish member package tier juice jus cheese puff soup sup pasta oil leaf sauce saus telur pekat
""".split())
_WORD = regrouped(r"[a-z0-9]+")


_FILLER = set("""
please pls plz ya yaa yah kak kakak gan min sis dong deh sih aja saja thanks thx makasih ok oke mostly maybe juga jg
maunya pengennya pinginnya sukanya instead rather lebih baik
simple simpel cheerful ceria serious serius professional profesional elegan elegant calm tenang bold modern fun clean
bersih minimalis minimalist playful friendly ramah mewah luxury premium lembut soft cerah bright kalem warm hangat
""".split())
_CLAUSE_END = regrouped(r"[.,;:!?\n]")
# A negator right before a colour, in the same clause ("jangan biru", "no red", "not too dark, avoid black").
_NEGATED = regrouped(r"\b(?:jangan|jgn|jngan|bukan|tanpa|tidak|tdk|gak|ga|nggak|ngga|no|not|never|avoid|except|kecuali|"
                     r"without|don't|dont|hindari|selain)\b(?:\s+(?:pakai|pake|warna|terlalu|too|any|the|mau|ingin|ada|"
                     r"yang|yg|dominan|use|using|want|like|suka)){0,2}\s*$")


def _standalone(masked: str, s: int, e: int) -> bool:
    """A colour that forms its own clause: ". biru muda", ", navy please", "... pastel yellow" at the end."""
    a = max((m.end() for m in _CLAUSE_END.finditer(masked, 0, s)), default=0)
    nxt = _CLAUSE_END.search(masked, e)
    b = nxt.start() if nxt else len(masked)
    if a == 0 and b == len(masked):
        return False  # the whole brief is one clause: not a colour clause by itself
    words = _WORD.findall(masked[a:s] + " " + masked[e:b])
    return len(words) <= 4 and all(w in _ALLOWED_GAP or w in _FILLER for w in words)


_GAP_STOP = re.compile(r"[.!?;:]")


def _gap_ok(gap: str, max_words: int = 10) -> bool:
    if _GAP_STOP.search(gap):
        return False
    words = _WORD.findall(gap)
    return len(words) <= max_words and all(w in _ALLOWED_GAP for w in words)


def extract_colors(lower: str, exclude: tuple[int, int] | None = None) -> list[str]:
    """Colours the owner asked for, in their order, normalised to English names (at most 5).

    ``lower`` is the cleaned, lower-cased brief; ``exclude`` is a span (the brand name) whose
    colour words are ignored.
    """
    out: list[str] = []
    for m in _asked(lower, exclude):
        if m.name not in out:
            out.append(m.name)
    return out[:5]


def colors_with_spans(lower: str, exclude: tuple[int, int] | None = None
                      ) -> tuple[list[str], list[tuple[int, int]]]:
    """The colours asked for (as extract_colors) and where they are written (so no other reader takes them
    for products)."""
    asked = _asked(lower, exclude)
    return list(dict.fromkeys(m.name for m in asked))[:5], [(m.start(), m.end()) for m in asked]


_NOT_A_Z = re.compile(r"[^a-z]")


def _asked(lower: str, exclude: tuple[int, int] | None) -> list[_Match]:
    matches = [m for m in find_colors(lower)
               if not (exclude and m.start() < exclude[1] and m.end() > exclude[0])]
    if not matches:
        return []
    masked = list(lower)
    for m in matches:
        masked[m.start():m.end()] = " " * (m.end() - m.start())
    masked_s = "".join(masked)
    fwd = [t.end() for t in _FWD_TRIGGERS.finditer(masked_s)]
    bwd = [t.start() for t in _BWD_TRIGGERS.finditer(masked_s)]
    accepted = [False] * len(matches)
    for i, m in enumerate(matches):
        before = lower[:m.start()].rsplit(None, 1)  # only the word either side is read
        after = lower[m.end():].split(None, 1)
        prev_w = _NOT_A_Z.sub("", before[-1]) if before else ""
        next_w = re.sub(r"[^a-z]", "", after[0]) if after else ""
        if _NEGATED.search(lower[max(0, m.start() - 30):m.start()]):
            continue  # "webnya jgn biru ya", "no red please", "not black"
        direct = any(0 <= m.start() - e <= 2 for e in fwd) or prev_w in ("warna", "color", "colour", "serba")
        if not direct and (prev_w in _PRODUCT_BEFORE or next_w in _PRODUCT_AFTER):
            continue
        if any(e <= m.start() and _gap_ok(masked_s[e:m.start()]) for e in fwd):
            accepted[i] = True
        elif any(s >= m.end() and _gap_ok(masked_s[m.end():s], 6) for s in bwd):
            accepted[i] = True
        elif _standalone(masked_s, m.start(), m.end()):
            accepted[i] = True
        else:
            # a pair of colours joined by a connector reads as a palette: "hitam dan emas", "navy & gold"
            for j in (i - 1, i + 1):
                if 0 <= j < len(matches):
                    a, b = sorted((i, j))
                    gap = masked_s[matches[a].end():matches[b].start()]
                    if re.fullmatch(r"\s*(?:,|&|/|\+|-|dan|and|atau|or|serta|plus|with|dengan|dgn|sm|sama|ama|n)?\s*", gap):
                        other = matches[j]
                        ob = lower[:other.start()].rsplit(None, 1)
                        oa = lower[other.end():].split(None, 1)
                        opw = re.sub(r"[^a-z]", "", ob[-1]) if ob else ""
                        onw = re.sub(r"[^a-z]", "", oa[0]) if oa else ""
                        if opw not in _PRODUCT_BEFORE and onw not in _PRODUCT_AFTER:
                            accepted[i] = True
    return [m for ok, m in zip(accepted, matches, strict=True) if ok]
