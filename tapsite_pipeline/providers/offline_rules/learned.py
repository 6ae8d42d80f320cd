"""Learned decisions beside the rules: linear models trained offline (scikit-learn, see
tapsite_pipeline/intent_learning/), exported as plain JSON weights to models/, scored here as a dot product.

Two models, each off when its file is absent or its "enabled" flag is false:
- models/intent_business_type.json: business type from word and character n-grams; it would override the
  keyword rules only where the training cross-validation showed that to help (see `combine`). Not shipped:
  its last training (549 dev rows, 5 folds, rules with the business-head gazetteer) overrode the rules 0 times
  (rules 0.985, model 0.944, combined 0.985; before the gazetteer: rules 0.982, model 0.944, combined 0.982),
  and its weights were 2.4 MB. Left out one writer's page batch at a time (scripts/type_folds.py, 2026-12-05) no
  combination beat the rules either (rules 0.933 of dev briefs, fold average; the policy chosen in training 0.930,
  fill "other" 0.928, the model alone 0.914). `scripts/train_intent_models.py` writes it; with the file present it
  is scored as below.
- models/intent_offerings.json: keeps or drops each phrase the offering rules tried (their candidates),
  from the phrase's words, its head, the cue words around it and the role lexicons it falls in.

Features are binary and L2-normalised by their count, so training (DictVectorizer) and scoring agree exactly.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from tapsite_pipeline.fastre import fast, regrouped
from tapsite_pipeline.resources import data_dir

from .colors import is_color
from .lexicon import KEYWORDS
from .offer_words import OPEN_END, VENUE, in_season, opens_with_count, trip_code
from .offerings import price_addon
from .places import PLACES
from .roles import (
    AGENT,
    AUDIENCE,
    CATEGORY,
    FEATURE,
    OCCASION,
    PLACE,
    QUALIFIER,
    VERB,
    in_amenity,
    is_offering,
    used_for,
)

TYPE_MODEL = "intent_business_type.json"
OFFER_MODEL = "intent_offerings.json"
# "off": the rules alone; "type" / "offerings": only that model (even if switched off); "on": both
MODELS_ENV = "TAPSITE_INTENT_MODELS"
# a folder of model files read instead of the shipped models/ (how a model trained elsewhere is measured)
MODELS_DIR_ENV = "TAPSITE_INTENT_MODELS_DIR"
_TOK = regrouped(r"[a-z0-9]+")


# ---------------------------------------------------------------- features (shared by training and scoring)
def text_features(lower: str) -> set[str]:
    """Words, word pairs and character 3/4-grams of a lower-cased brief."""
    words = _TOK.findall(lower)
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


_LEXICONS = (("aud", AUDIENCE), ("feat", FEATURE), ("place", PLACE), ("verb", VERB), ("cat", CATEGORY),
             ("qual", QUALIFIER), ("occ", OCCASION), ("town", PLACES))


# Feature groups of an offering candidate, by the prefix of the feature's name. "words" are the phrase's own words
# (and its head's letters): they tell what one writer sold, and memorise writers; "cues" are the words just before
# and after it; "shape" is everything else the shipped features hold (size, source, lexicon roles, capitals, where);
# "context" is the phrase's place in the brief (its list, a price or count beside it, what the rules' guards say);
# "list" is its place in its list counted from both ends, and what the owner wrote after it in its piece.
FEATURE_GROUPS = ("words", "cues", "shape", "context", "list")
_GROUP_OF_PREFIX = {"w": "words", "h": "words", "c": "words", "p1": "cues", "p2": "cues", "a1": "cues",
                    "ctx": "context", "lp": "list"}


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
    return out or {"empty"}


def _base_features(item: str, source: str, rank: int, in_rules: bool, lower: str, text: str,
                   lang: str) -> set[str]:
    words = _TOK.findall(item)
    if not words:
        return {"empty"}
    head = words[-1] if lang == "en" and len(words) > 1 else words[0]
    out = {f"w:{w}" for w in words} | {f"h:{head}", f"n:{min(len(words), 4)}", f"lang:{lang}",
                                       f"src:{source}", f"rank:{min(rank, 5)}", f"rule:{int(in_rules)}",
                                       f"src:{source}+rule:{int(in_rules)}"}
    p = f" {head} "
    out.update(f"c:{p[i:i + 3]}" for i in range(len(p) - 2))
    for name, lex in _LEXICONS:
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
    before = _TOK.findall(lower[max(0, at - 40):at])[-2:]
    after = _TOK.findall(lower[at + len(item):at + len(item) + 40])[:2]
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
    if words[0] in VERB or words[0] in _CLAUSE_FIRST or words[0] in _ORDER_FIRST:
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
    tail = len(_TOK.findall(body[rel + len(item):spans[k][1]]))
    out.add(f"lp:tail:{min(tail, 3)}")
    if k == n - 1:
        out.add(f"lp:last_tail:{min(tail, 3)}")
    return out


# ---------------------------------------------------------------- scoring
class LinearModel:
    """Logistic regression over binary features scaled by 1/sqrt(count): one row of weights per class."""

    def __init__(self, spec: dict[str, Any]):
        self.classes: list[str] = spec["classes"]
        self.intercept: list[float] = spec["intercept"]
        self.coef: dict[str, list[float]] = spec["coef"]
        self.spec = spec

    def scores(self, feats: set[str]) -> list[float]:
        z = list(self.intercept)
        scale = 1 / math.sqrt(len(feats)) if feats else 0.0
        k = len(z)
        acc = [0.0] * k
        coef = self.coef
        for f in feats:
            row = coef.get(f)
            if row is not None:
                for i in range(k):
                    acc[i] += row[i]
        return [z[i] + acc[i] * scale for i in range(k)]

    def proba(self, feats: set[str]) -> list[float]:
        z = self.scores(feats)
        if len(z) == 1:   # binary: one row, the positive class
            p = 1 / (1 + math.exp(-z[0]))
            return [1 - p, p]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return [v / s for v in e]


def _read(name: str, folder: str) -> dict[str, Any] | None:
    try:
        return json.loads(((Path(folder) if folder else data_dir("models")) / name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


@lru_cache(maxsize=8)
def _load(name: str, folder: str = "") -> LinearModel | None:
    """Read once per process and folder: resolving the data folder costs more than a parse, and the weights
    only change when the models are retrained."""
    spec = _read(name, folder)
    return LinearModel(spec) if spec is not None and spec.get("enabled", True) else None


def model(name: str) -> LinearModel | None:
    """The model in models/<name>, or None when absent, switched off, or turned off by the environment."""
    only = os.environ.get(MODELS_ENV, "").lower()
    if only in ("off", "0", "false", "rules") or (only == "type" and name != TYPE_MODEL) or (
            only == "offerings" and name != OFFER_MODEL):
        return None
    folder = os.environ.get(MODELS_DIR_ENV, "")
    if only in ("on", "all", "type", "offerings"):
        return _load_forced(name, folder)
    return _load(name, folder)


@lru_cache(maxsize=8)
def _load_forced(name: str, folder: str = "") -> LinearModel | None:
    """A model even when its file says it is switched off ("on"/"all", "type", "offerings" in the
    environment): how a switched-off model is measured."""
    spec = _read(name, folder)
    return LinearModel(spec) if spec is not None else None


# ---------------------------------------------------------------- decisions
def combine(rule: str, classes: list[str], probs: list[float], policy: dict[str, Any]) -> str:
    """The business type from the rules' answer and the model's probabilities, by the policy chosen in
    training: the model answers when the rules found nothing ("other"), and overrides them only at or
    above the policy's confidence."""
    best = max(range(len(probs)), key=probs.__getitem__)
    label, p = classes[best], probs[best]
    if rule == "other" and policy.get("fill_other") and p >= policy.get("other_threshold", 0.0):
        return label
    if label != rule and p >= policy.get("override_threshold", 2.0):
        return label
    return rule


def business_type(lower: str, rule: str, seen: list[str]) -> str:
    if _recording is not None:
        _recording.append({"kind": "type", "lower": lower, "rule": rule, "seen": list(seen)})
        return rule
    m = model(TYPE_MODEL)
    if m is None:
        return rule
    return combine(rule, m.classes, m.proba(type_features(lower, rule, seen)), m.spec.get("policy", {}))


_recording: list[dict[str, Any]] | None = None   # set by `recording()`: training reads the rules' candidates


@contextmanager
def recording() -> Iterator[list[dict[str, Any]]]:
    """Within this block every parse records its offering candidates (and keeps the rules' answer): how
    training sees exactly the phrases the parser will ask the model about."""
    global _recording
    previous, _recording = _recording, []
    try:
        yield _recording
    finally:
        _recording = previous


def wants_trace() -> bool:
    return _recording is not None or model(OFFER_MODEL) is not None


def keep_offerings(items: list[str], trace: list[tuple[str, str]], lower: str, text: str, lang: str) -> list[str]:
    """The rules' offerings filtered by the candidate model: a rules' offering is kept unless the model
    drops it; another candidate (tried by the rules, or a piece of a list in the brief) is added only when
    the model is confident."""
    if _recording is not None:
        _recording.append({"kind": "offer", "items": list(items), "trace": list(trace), "lower": lower,
                           "text": text, "lang": lang})
        return items
    m = model(OFFER_MODEL)
    if m is None:
        return items
    policy = m.spec.get("policy", {})
    keep_at, add_at = policy.get("keep_threshold", 0.5), policy.get("add_threshold", 2.0)
    kept = []
    protect, trust_fallback = policy.get("protect_lexicon", False), policy.get("trust_fallback", False)
    pieces = policy.get("list_pieces", False) and add_at <= 1.0
    groups = policy.get("feature_groups")   # absent: the features the first models were trained on
    # what the self-description names beside the lists ("buka katering harian …") and what the owner adds with
    # "juga"/"also" and an offer verb: the rules read it from where it stands, which the model's features do not see
    # (self_description.py, also_offered.py)
    own = {it for src, it in trace if src in ("self", "also")}
    for item, source, rank, in_rules in candidates(items, trace, lower if pieces else None):
        if not in_rules and (add_at > 1.0 or not addable(item, lower, items)):
            continue
        if in_rules and (protect and names_goods(item) or trust_fallback and source == "fallback"
                         or rules_sure(item, source) or item in own):
            kept.append(item)
            continue
        p = m.proba(candidate_features(item, source, rank, in_rules, lower, text, lang, groups))[1]
        if p >= (keep_at if in_rules else add_at):
            kept.append(item)
    ruled = [it for it in items if it in kept]   # the rules' order first: their most explicit offerings lead
    return (ruled + [it for it in kept if it not in ruled]) if kept or not items else items[:1]


# A phrase the rules did not propose is added only when it is short and carries no number with a unit,
# date or address word: the model scores words, and "10k tanggal", "panitia lomba 17an rw 05 kel" or a
# six-word clause ("aplikasi latihan soal utbk berbasis ai") are pieces of facts, not things sold.
MAX_ADDED_WORDS = 4
_NUMBER_UNIT = fast(
    r"\b\d+(?:[.,]\d+)?\s*(?:k|rb|ribu|jt|juta|an|kg|g|gr|ml|l|cm|mm|m|km|x|pcs|org|orang|pax|th|thn|tahun|"
    r"hari|jam|menit|bulan|minggu|day|days|hour|hours|h|min|mins|month|months|week|weeks|year|years|%)(?!\w)")
_DATE_OR_ADDRESS = regrouped(
    r"\b(?:tanggal|tgl|date|jan|januari|january|feb|februari|february|mar|maret|march|apr|april|mei|may|jun|juni|"
    r"june|jul|juli|july|agu|agustus|august|sep|sept|september|okt|oktober|october|nov|november|des|desember|"
    r"december|rt|rw|kel|kec|kab|no|jl|jln|km)\b")


# Two numbers with a unit that do name what is sold: a race distance in a running event ("lari 5K") and a
# package's length ("program mukim 1 bulan", "paket 3 bulan").
# A phrase that starts like a clause ("biasa pegang family gathering", "we handle …") is a sentence about the
# business, not the name of an offering.
_CLAUSE_FIRST = frozenset("""biasa biasanya sering selalu pegang handle handles usually often always we kami kita saya
aku gw gue i our my yang yg dan and untuk utk for di in at dari from ke to""".split())
# "pesanan kue ulang tahun", "orderan nasi box": an order of the goods; the rules already read the goods after it
_ORDER_FIRST = frozenset("pesanan pesan orderan order orders booking reservasi pre-order preorder po".split())
_RACE_BRIEF = regrouped(r"\b(?:lari|run|race|marathon|maraton|trail|triathlon|fun\s?run|half)\b")
_RACE_DISTANCE = regrouped(r"^\d+(?:[.,]\d+)?\s*k$")
_PACKAGE_HEAD = regrouped(r"^(?:program|paket|kelas|kursus|course|package|plan|membership|member|langganan)\b")
_DURATION = regrouped(r"^\d+\s*(?:hari|minggu|bulan|tahun|thn|day|days|week|weeks|month|months|year|years)$")


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


def addable(item: str, lower: str = "", ruled: list[str] | tuple[str, ...] = ()) -> bool:
    """A phrase the rules did not propose may be added by the model (see MAX_ADDED_WORDS); `lower`, the
    brief, tells a race distance from an amount. Beside the offerings the rules read (`ruled`), the field of
    the business's trade ("kopi" of "kedai kopi") is never added: the card would name the business again."""
    words = item.split()
    if ruled and lower and names_trade(item, lower):
        return False
    if (len(words) > MAX_ADDED_WORDS or not words or words[0] in VERB or words[0] in _CLAUSE_FIRST
            or words[0] in _ORDER_FIRST or not is_offering(item)  # "pedas", "weekend": no word names a thing
            or item in PLACES  # "south sulawesi", "riau": where the business is
            or words[-1] in OPEN_END):  # "up to", "benches to": cut before the preposition's object
        return False
    # "kamar" of "3 kamar tidur" is a room of the place; "aqiqah" after "khusus acara" is when the offering is used
    if lower and (in_amenity(item, lower) or used_for(item, lower)):
        return False
    # "… per outlet + hosting 150K/month": what is added to a price with a price of its own is the price fact's
    if lower and (price_addon(item, lower) or in_season(item, lower)):  # "natal" of "menjelang Natal": when
        return False
    excused = False
    for m in _NUMBER_UNIT.finditer(item):
        unit = m.group(0)
        if _RACE_DISTANCE.match(unit) and _RACE_BRIEF.search(lower) or _DURATION.match(unit) and _PACKAGE_HEAD.match(item):
            excused = True
            continue
        return False
    if not excused and opens_with_count(item):
        return False
    return not (any(c.isdigit() for c in item) and _DATE_OR_ADDRESS.search(item))


def rules_sure(item: str, source: str) -> bool:
    """The rules proposed the phrase with high confidence: an item of the owner's own list that the
    business lexicon names as a trade's goods ("salads and smoothies"). The model may drop only the
    rules' less certain phrases (described ones, or list items the lexicon does not know)."""
    if source == "listed" and trip_code(item):  # "2D1N" before its price: a package by its very shape
        return True
    entry = KEYWORDS.get(item)
    # events and community words name occasions and activities ("khitanan", "iuran"), not goods
    if source != "listed" or not entry or entry[0] in ("events", "other") or entry[1] < 2 or item in PLACES:
        return False
    # a lexicon phrase with a quality, audience, feature, place or category word ("export quality") is a
    # description the model may still judge
    return not any(w in lex for w in _TOK.findall(item) for _, lex in _LEXICONS)


def names_goods(item: str) -> bool:
    """The phrase is itself an entry of the business lexicon ("putri salju", "kopi susu"): a trade's goods."""
    return item in KEYWORDS


_PIECES = regrouped(r"\s*(?:,|&|/|\+|\band\b|\bdan\b|\bserta\b|\bsama\b|\bsm\b|\batau\b|\bor\b|\bplus\b)\s*")
_CLAUSES = regrouped(r"[^.!?;:\n()]+")


def list_pieces(lower: str) -> list[str]:
    """Every piece of every comma/"dan"/"and" list in the brief, cut at its first clause word: candidates
    the rules did not try (lists with no offer verb before them)."""
    from .offer_words import clean_item, until_stop

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


def industry_and_niche(lower: str, skip: list[tuple[int, int]], btype: str) -> tuple[str, str]:
    """The industry label and niche for a business type the model chose over the rules: the lexicon hits
    of that type decide them, as they would have had the rules chosen it (neutral when there are none)."""
    from . import classify
    from .lexicon import DEFAULT_INDUSTRY, GENERIC_INDUSTRIES
    from .niche import dining_or_packaged, niche_of

    hits: list[Any] = []
    _, industries, _ = classify.score(lower, skip, hits)
    labels = industries.get(btype) or {}
    specific = {k: v for k, v in labels.items() if k not in GENERIC_INDUSTRIES}
    pool = specific if specific and max(specific.values()) >= 1 else labels
    industry = max(pool, key=lambda k: pool[k]) if pool else DEFAULT_INDUSTRY[btype]
    return dining_or_packaged(industry[:60], niche_of(hits, btype), btype, lower)
