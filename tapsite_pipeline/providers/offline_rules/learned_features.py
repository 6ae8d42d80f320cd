"""The features of the parser's learned models, shared by training (tapsite_pipeline/evals/intent_training.py) and
scoring (learned_models.py), so the two agree exactly: a brief's n-grams for the business-type model, and for the
offering filter each candidate phrase the rules tried (`candidates`) with its words, head, cue words, role lexicons,
its place in the brief and in its list.

Features are binary; the model scales them by 1/sqrt(count) (L2 normalisation of a binary row).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tapsite_pipeline.fastre import regrouped

from .amenities import in_amenity
from .colors import is_color
from .item_bounds import OPEN_END
from .lexicon import KEYWORDS
from .offer_words import VENUE, in_season
from .offerings import price_addon
from .part_words import COMPONENTS, FAULTS, FEATURE_MARKS, LODGING, MATERIAL_HEADS, PACKING, SPACES, SPEC_WORDS
from .places import PLACES
from .roles import (
    AGENT,
    AUDIENCE,
    CATEGORY,
    FEATURE,
    OCCASION,
    PLACE,
    QUALIFIER,
    UNIT,
    VERB,
    is_offering,
    role_of,
    used_for,
)

TOKEN = regrouped(r"[a-z0-9]+")

def text_features(lower: str) -> set[str]:
    """Words, word pairs and character 3/4-grams of a lower-cased brief."""
    words = TOKEN.findall(lower)
    out = {f"w:{w}" for w in words}
    out.update(f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False))
    for w in set(words):
        p = f" {w} "
        out.update(f"c:{p[i:i + 3]}" for i in range(len(p) - 2))
        out.update(f"c:{p[i:i + 4]}" for i in range(len(p) - 3))
    return out


def type_features(lower: str, rule: str, seen: list[str]) -> set[str]:
    """A brief's n-grams plus the rules' evidence: their answer and the business types of the lexicon
    keywords they saw (so the model can learn when the rules' answer is unreliable)."""
    out = text_features(lower)
    out.add(f"rule:{rule}")
    for kw in seen:
        entry = KEYWORDS.get(kw)
        if entry:
            out.add(f"kt:{entry[0]}")
            out.add(f"kt:{entry[0]}:{'strong' if entry[1] >= 2 else 'weak'}")
    return out


ROLE_LEXICONS = (("aud", AUDIENCE), ("feat", FEATURE), ("place", PLACE), ("verb", VERB), ("cat", CATEGORY),
             ("qual", QUALIFIER), ("occ", OCCASION), ("town", PLACES))


# Feature groups of an offering candidate, by the prefix of the feature's name. "words" are the phrase's own words
# (and its head's letters): they tell what one writer sold, and memorise writers; "cues" are the words just before
# and after it; "shape" is everything else the shipped features hold (size, source, lexicon roles, capitals, where);
# "context" is the phrase's place in the brief (its list, a price or count beside it, what the rules' guards say);
# "list" is its place in its list counted from both ends, and what the owner wrote after it in its piece; "kind" is
# its grammatical position and kind in coarse classes no writer owns (kind_features).
FEATURE_GROUPS = ("words", "cues", "shape", "context", "list", "kind")
_GROUP_OF_PREFIX = {"w": "words", "h": "words", "c": "words", "p1": "cues", "p2": "cues", "a1": "cues",
                    "ctx": "context", "lp": "list", "k": "kind"}


def feature_group(feature: str) -> str:
    return _GROUP_OF_PREFIX.get(feature.split(":", 1)[0], "shape")


def candidate_features(item: str, source: str, rank: int, in_rules: bool, lower: str, text: str,
                       lang: str, groups: tuple[str, ...] | list[str] | None = None) -> set[str]:
    """One offering candidate: its words, head, size, the cue words before and after it, the role lexicons
    its words fall in, whether the owner capitalised it, where it came from and whether the rules kept it.
    With `groups` (of FEATURE_GROUPS; what a model's policy names), only those groups' features; without,
    the "words", "cues" and "shape" groups (the features the first models were trained on)."""
    out = _base_features(item, source, rank, in_rules, lower, text, lang)
    if groups is None:
        return out
    out = {f for f in out if feature_group(f) in groups}
    if "context" in groups:
        out |= context_features(item, lower, text)
    if "list" in groups:
        out |= list_features(item, lower, in_rules)
    if "kind" in groups:
        out |= kind_features(item, lower, lang, in_rules)
    return out or {"empty"}


def _base_features(item: str, source: str, rank: int, in_rules: bool, lower: str, text: str,
                   lang: str) -> set[str]:
    words = TOKEN.findall(item)
    if not words:
        return {"empty"}
    head = words[-1] if lang == "en" and len(words) > 1 else words[0]
    out = {f"w:{w}" for w in words} | {f"h:{head}", f"n:{min(len(words), 4)}", f"lang:{lang}",
                                       f"src:{source}", f"rank:{min(rank, 5)}", f"rule:{int(in_rules)}",
                                       f"src:{source}+rule:{int(in_rules)}"}
    p = f" {head} "
    out.update(f"c:{p[i:i + 3]}" for i in range(len(p) - 2))
    for name, lex in ROLE_LEXICONS:
        if head in lex:
            out.add(f"hx:{name}")
        if any(w in lex for w in words):
            out.add(f"x:{name}")
    if item in PLACES:
        out.add("x:is_place")
    if item in KEYWORDS:   # the whole phrase names a trade's goods ("putri salju" is a cookie, whatever "putri" is)
        out.add("x:lexicon_phrase")
    elif head in KEYWORDS:
        out.add("x:business_word")
    if any(is_color(w) for w in words):
        out.add("x:colour")
    if any(c.isdigit() for c in item):
        out.add("digit")
    at = lower.find(item)
    if at < 0:
        out.add("pos:none")
        return out
    before = TOKEN.findall(lower[max(0, at - 40):at])[-2:]
    after = TOKEN.findall(lower[at + len(item):at + len(item) + 40])[:2]
    out.update(f"p1:{w}" for w in before[-1:])
    if len(before) == 2:
        out.add(f"p2:{before[0]}_{before[1]}")
    out.update(f"a1:{w}" for w in after[:1])
    gap = lower[max(0, at - 3):at]
    out.add("sep:" + ("comma" if "," in gap else "colon" if ":" in gap else "stop" if re.search(r"[.!?]", gap)
                      else "word"))
    if text[at:at + 1].isupper():
        out.add("cap")
    out.add(f"where:{min(4, at * 5 // max(1, len(lower)))}")
    return out


_PRICE_NEAR = regrouped(r"(?:\b(?:rp|idr)\.?\s?\d|\d\s?(?:rb|ribu|k|jt|juta)\b|\$\s?\d)")
_COUNT_BEFORE = regrouped(r"\d+\s*(?:x\s*)?$")


def context_features(item: str, lower: str, text: str) -> set[str]:
    """The "context" group: where the phrase sits in the brief, in words no writer owns: its place in a list
    and the list's size, a price or a count beside it, how often it is said, whether every word is
    capitalised, and what the rules' own guards say of it (the field of a trade word, a room of the place,
    an occasion it is used for, a season, a price's add-on, a phrase that starts like a clause)."""
    words = item.split()
    if not words:
        return set()
    out = {f"ctx:times:{min(2, lower.count(item))}"}
    if not is_offering(item):
        out.add("ctx:no_thing")
    if words[0] in VERB or words[0] in CLAUSE_FIRST or words[0] in ORDER_FIRST:
        out.add("ctx:clause_first")
    if words[-1] in OPEN_END:
        out.add("ctx:open_end")
    if words[-1] in VENUE or words[0] in VENUE:
        out.add("ctx:venue_word")
    at = lower.find(item)
    if at < 0:
        return out
    end = at + len(item)
    if _PRICE_NEAR.search(lower[end:end + 25]):
        out.add("ctx:price_after")
    if _PRICE_NEAR.search(lower[max(0, at - 25):at]):
        out.add("ctx:price_before")
    if _COUNT_BEFORE.search(lower[max(0, at - 6):at]):
        out.add("ctx:count_before")
    shown = text[at:end].split()
    if len(shown) == len(words) and all(w[:1].isupper() for w in shown):
        out.add("ctx:title_case")
    clause = next((m for m in _CLAUSES.finditer(lower) if m.start() <= at < m.end()), None)
    if clause is not None:
        pieces = [p for p in _PIECES.split(clause.group(0)) if p.strip()]
        where = next((k for k, p in enumerate(pieces) if item in p), -1)
        if len(pieces) < 2 or where < 0:
            out.add("ctx:list:none")
        else:
            out.add("ctx:list:" + ("first" if where == 0 else "last" if where == len(pieces) - 1 else "mid"))
            out.add(f"ctx:list_len:{min(len(pieces), 5)}")
    for name, guard in (("trade", names_trade), ("amenity", in_amenity), ("used_for", used_for),
                        ("season", in_season), ("addon", price_addon)):
        if guard(item, lower):
            out.add(f"ctx:{name}")
    return out


_CONJUNCTION = frozenset("& + and dan serta sama sm atau or plus".split())


def list_features(item: str, lower: str, in_rules: bool = True) -> set[str]:
    """The "list" group: the phrase's place in its list (a clause cut at commas, "dan", "and", "&", …) counted from
    the start and from the end, whether a conjunction ("dan", "and", "&") comes just before its piece (the list's
    last item, after the last comma), and how many words the owner wrote after it in its piece ("es teh buat anak
    kos": a list's last item runs on into the clause). The place from the end is also said with whether the rules
    kept the phrase: the last items are the ones the rules read least cleanly."""
    at = lower.find(item)
    if not item or at < 0:
        return {"lp:none"}
    clause = next((m for m in _CLAUSES.finditer(lower) if m.start() <= at < m.end()), None)
    if clause is None:
        return {"lp:none"}
    body, start = clause.group(0), clause.start()
    # the pieces' spans in the clause, empty pieces ("a, , b") left out
    spans: list[tuple[int, int]] = []
    left = 0
    for m in _PIECES.finditer(body):
        if m.end() > m.start():
            if body[left:m.start()].strip():
                spans.append((left, m.start()))
            left = m.end()
    if body[left:].strip():
        spans.append((left, len(body)))
    if len(spans) < 2:
        return {"lp:alone"}
    rel = at - start
    k = next((i for i, (a, b) in enumerate(spans) if a <= rel < b), -1)
    if k < 0 or rel + len(item) > spans[k][1]:   # it holds a separator ("salt & pepper chips"): no item of a list
        return {"lp:across"}
    n = len(spans)
    from_end = min(n - 1 - k, 3)
    out = {f"lp:start:{min(k, 3)}", f"lp:end:{from_end}", f"lp:end:{from_end}+rule:{int(in_rules)}"}
    if k:
        sep = body[spans[k - 1][1]:spans[k][0]].strip()
        out.add("lp:after_conj" if sep in _CONJUNCTION else "lp:after_comma" if sep == "," else "lp:after_other")
    tail = len(TOKEN.findall(body[rel + len(item):spans[k][1]]))
    out.add(f"lp:tail:{min(tail, 3)}")
    if k == n - 1:
        out.add(f"lp:last_tail:{min(tail, 3)}")
    return out



# A phrase that starts like a clause ("biasa pegang family gathering", "we handle …") is a sentence about the
# business, not the name of an offering.
CLAUSE_FIRST = frozenset("""biasa biasanya sering selalu pegang handle handles usually often always we kami kita saya
aku gw gue i our my yang yg dan and untuk utk for di in at dari from ke to""".split())
# "pesanan kue ulang tahun", "orderan nasi box": an order of the goods; the rules already read the goods after it
ORDER_FIRST = frozenset("pesanan pesan orderan order orders booking reservasi pre-order preorder po".split())


# Premises and makers named by their trade: "kedai kopi", "toko bunga", "makeup artist", "biro perjalanan umrah
# dan haji". The generic "jasa", "layanan", "usaha" lead to the offering itself ("jasa pasang cctv").
_TRADE = VENUE - frozenset("jasa layanan service services usaha bisnis business brand merek label company perusahaan "
                           "olshop".split())
_ID_VERB = regrouped(r"(?:me|mem|men|meng|meny|ber)[a-z]{3,}")
_CLAUSE_WORDS = regrouped(r"[a-z0-9][a-z0-9'-]*|[^\sa-z0-9]")


# A maker said after the field: "makeup artist", "party planner" (not "roblox studio", "jaringan kantor").
_MAKER_AFTER = AGENT | frozenset("artist artists mua".split())
_PRONOUN = frozenset("we i they".split())  # "we farm vanilla"; "kami toko kue" is no verb


@lru_cache(maxsize=64)
def _clause_tokens(lower: str) -> tuple[str, ...]:
    return tuple(_CLAUSE_WORDS.findall(lower))


def names_trade(item: str, lower: str) -> bool:
    """The phrase is the field of the business's own trade word, said right after it or before it ("kedai
    kopi", "makeup artist"): what the business is, not one more of its offerings when the owner lists them.
    The first of a comma list is one of the list ("sekolah musik gitar, drum, vokal")."""
    toks = _clause_tokens(lower)
    want = tuple(_CLAUSE_WORDS.findall(item))
    n = len(want)
    if not n or want[0] not in toks:
        return False
    for i in range(len(toks) - n + 1):
        if toks[i:i + n] != want or (i + n < len(toks) and toks[i + n] == ","):
            continue
        for k in range(i - 1, max(-1, i - 5), -1):
            t = toks[k]
            if not t[0].isalnum() or t in VERB or _ID_VERB.fullmatch(t):  # "LPK X membuka kursus": a verb between
                break
            if t in _TRADE and not (k and toks[k - 1] in _PRONOUN):  # "we farm vanilla": a verb
                return True
        if i + n < len(toks) and toks[i + n] in _MAKER_AFTER:
            return True
    return False


_PIECES = regrouped(r"\s*(?:,|&|/|\+|\band\b|\bdan\b|\bserta\b|\bsama\b|\bsm\b|\batau\b|\bor\b|\bplus\b)\s*")
_CLAUSES = regrouped(r"[^.!?;:\n()]+")


def list_pieces(lower: str) -> list[str]:
    """Every piece of every comma/"dan"/"and" list in the brief, cut at its first clause word: candidates
    the rules did not try (lists with no offer verb before them)."""
    from .item_bounds import until_stop
    from .offer_collector import clean_item

    out = []
    for clause in _CLAUSES.findall(lower):
        pieces = _PIECES.split(clause)
        if len(pieces) < 2:
            continue
        for piece in pieces:
            words = clean_item(until_stop(piece)).split()
            for item in (" ".join(words), " ".join(words[-3:]), " ".join(words[-2:])):
                if 3 <= len(item) and 1 <= len(item.split()) <= 4 and not item.isdigit() and item not in out:
                    out.append(item)
    return out


def candidates(items: list[str], trace: list[tuple[str, str]],
               lower: str | None = None) -> list[tuple[str, str, int, bool]]:
    """(phrase, source, rank, kept by the rules) for every distinct phrase the rules tried, plus (with
    `lower`) the list pieces they did not: what the model is asked about, in training and at runtime."""
    ruled = set(items)
    per_source: dict[str, int] = {}
    out = []
    for src, it in _unique(trace):   # rank: position among the phrases of its source (a list's first is likeliest)
        rank = per_source[src] = per_source.get(src, -1) + 1
        if it:
            out.append((it, src, rank, it in ruled))
    if lower is not None:
        tried = {it for it, *_ in out}
        extra = [p for p in list_pieces(lower) if p not in tried]
        out += [(it, "split", k, False) for k, it in enumerate(extra)]
    return out


def _unique(trace: list[tuple[str, str]]) -> list[tuple[str, str]]:
    seen: set[str] = set()
    out = []
    for src, it in trace:
        if it not in seen:
            seen.add(it)
            out.append((src, it))
    return out


# ---------------------------------------------------------------- the "kind" group: grammatical position and kind
# The word classes that say what role the phrase after them plays, Indonesian and English (and the common chat
# spellings). A class, never the word, is the feature: what carries from one writer to the next is that a phrase after
# "untuk"/"for" names who it is for, after "di"/"in" where, after a count how many, after "dengan"/"with" a part or a
# feature, after "termasuk"/"include" what a package holds, and after an offer verb what is sold.
_CUE_CLASS: dict[str, str] = {}
for _cls, _block in (
    ("offer", "jual jualan menjual sell sells selling offer offers offering sedia menyediakan nyediain provide provides "
              "providing terima menerima nerima accept accepts melayani layani serve serves serving ada punya have has "
              "bikin membuat produksi memproduksi make makes making bake bakes produce produces supply supplies "
              "sewa menyewakan rent rents hire buka membuka open opens specialise specialize specializing"),
    ("trade", "jasa layanan service services spesialis specialist spesialisasi toko kedai warung shop store"),
    ("audience", "untuk utk buat bwt bagi for khusus cocok suitable ideal kanggo"),
    ("place", "di dekat near around sekitar area daerah kawasan wilayah at in on dalam"),
    ("with", "dengan dgn with pakai pake memakai menggunakan using uses use dilengkapi featuring features plus tambah "
             "tambahan extra add"),
    ("contents", "termasuk include includes including incl isi berisi isinya free gratis bonus sudah udah dapat dapet "
                 "get gets"),
    ("package", "paket package packages bundle bundling set"),
    ("from", "dari from by oleh asal"),
    ("like", "seperti kayak kaya like such as misal contoh contohnya antara"),
):
    for _w in _block.split():
        _CUE_CLASS.setdefault(_w, _cls)
_SEPARATORS = frozenset(", & + / dan and serta atau or sama sm".split())
_NUMBER_WORDS = frozenset("""satu dua tiga empat lima enam tujuh delapan sembilan sepuluh belas puluh ratus ribu
one two three four five six seven eight nine ten twelve hundred dozen beberapa several many banyak aneka berbagai
various macam""".split())
_PART_WORDS = COMPONENTS | SPEC_WORDS | FEATURE_MARKS | SPACES | LODGING | MATERIAL_HEADS | PACKING | FAULTS
_KIND_TOKEN = regrouped(r"[a-z0-9]+|[,&+/]|[.!?;:()\n]")


def _word_kind(w: str) -> str:
    """A word's coarse class: a count, a unit, a verb, a role (audience, feature, place, …), a part, or a word."""
    if w[:1].isdigit() or w in _NUMBER_WORDS:
        return "count"
    if w in UNIT:
        return "unit"
    if w in VERB or _ID_VERB.fullmatch(w) or _CUE_CLASS.get(w) == "offer":
        return "verb"
    role = role_of(w)
    if role:
        return role
    if w in _PART_WORDS:
        return "part"
    return "word"


def kind_features(item: str, lower: str, lang: str = "id", in_rules: bool = True) -> set[str]:
    """The "kind" group: what the phrase's grammatical position and kind are, in coarse classes.

    - k:prev:<class>, the token just before it: a list separator, a cue class (offer verb, trade, audience, place,
      with, contents, package, from, like), a count or unit, a clause boundary, or another word (with whether the rules
      kept the phrase);
    - k:cue:<class>, the nearest cue before it in its clause, looking past the list it is in ("jual a, b dan c": c is
      sold too), and k:listed when list separators stand between that cue and it;
    - k:first:<kind> and k:head:<kind>, the kind of its first word and of its head (count, unit, verb, a role, part);
    - k:len, its length in words; k:head_again, its head said elsewhere in the brief too."""
    words = TOKEN.findall(item)
    at = lower.find(item)
    if not words:
        return {"k:none"}
    # the head as _base_features reads it: English puts it last ("wedding cakes"), Indonesian first ("kue ulang tahun")
    # (past a count: "3 toples" is said of jars)
    head = words[-1] if lang == "en" and len(words) > 1 else next(
        (w for w in words if _word_kind(w) != "count"), words[0])
    out = {f"k:first:{_word_kind(words[0])}", f"k:head:{_word_kind(head)}", f"k:len:{min(len(words), 4)}"}
    if at < 0:
        out.add("k:prev:none")
        return out
    if lower.count(f"{head}") > item.count(head):
        out.add("k:head_again")
    before = _KIND_TOKEN.findall(lower[max(0, at - 80):at])
    prev = before[-1] if before else ""
    if not prev or prev in ".!?;:()\n":
        cls = "start"
    elif prev in _SEPARATORS:
        cls = "sep"
    elif prev in _CUE_CLASS:
        cls = _CUE_CLASS[prev]
    else:
        kind = _word_kind(prev)
        cls = kind if kind in ("count", "unit", "verb") else "word"
    out.add(f"k:prev:{cls}")
    out.add(f"k:prev:{cls}+rule:{int(in_rules)}")
    cue, listed = "none", False
    for t in reversed(before[-14:]):
        if t in ".!?;:()\n":
            break
        if t in _SEPARATORS:
            listed = True
            continue
        c = _CUE_CLASS.get(t)
        if c is None and (t in VERB or _ID_VERB.fullmatch(t)):
            c = "verb"
        if c is not None:
            cue = c
            break
    out.add(f"k:cue:{cue}")
    if listed:
        out.add(f"k:listed:{cue}")
    return out

