"""The learned models beside the rules and the decisions they make: linear models trained offline (scikit-learn, see
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

Their features are in learned_features.py (shared with training); they are binary and L2-normalised by their count,
so training (DictVectorizer) and scoring agree exactly.
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

from .amenities import in_amenity
from .brand_words import HONORIFICS
from .house_rules import rule_or_claim
from .item_bounds import OPEN_END
from .learned_features import (
    CLAUSE_FIRST,
    ORDER_FIRST,
    ROLE_LEXICONS,
    TOKEN,
    candidate_features,
    candidates,
    names_trade,
    type_features,
)
from .lexicon import KEYWORDS
from .not_cards import lone_head, means_claim, premises_served
from .offer_words import in_season, opens_with_count, trip_code
from .offerings import price_addon
from .places import PLACES
from .roles import VERB, is_offering, used_for
from .routes import ride_route
from .said_around import no_goods_said

TYPE_MODEL = "intent_business_type.json"
OFFER_MODEL = "intent_offerings.json"
# "off": the rules alone; "type" / "offerings": only that model (even if switched off); "on": both
MODELS_ENV = "TAPSITE_INTENT_MODELS"
# a folder of model files read instead of the shipped models/ (how a model trained elsewhere is measured)
MODELS_DIR_ENV = "TAPSITE_INTENT_MODELS_DIR"


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
    kept, judged = [], []   # judged: what the model itself kept (not the phrases the rules are sure of)
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
            judged.append(item)
    if judged and any(it not in kept for it in items):  # (what the model added beside them counts for nothing here)
        kept += coordinated_with(items, kept, trace, lower, judged, text)
    ruled = [it for it in items if it in kept]   # the rules' order first: their most explicit offerings lead
    return (ruled + [it for it in kept if it not in ruled]) if kept or not items else doubted(items, trace, lower)


def doubted(items: list[str], trace: list[tuple[str, str]], lower: str) -> list[str]:
    """What is kept when the model doubts every phrase the rules found: the self-description's offering ("corporate
    gathering & team building organizer …", with the one said beside it), which the owner names first for what the
    business does, before the first listed phrase (mostly a page feature or an extra: "portfolio of past events",
    "weekly live classes"); without one, the rules' first phrase."""
    said = [it for src, it in trace if src in ("described", "self") and it and addable(it, lower, items)]
    if not said:
        return items[:1]
    out = [said[0]]
    for nxt in said[1:]:
        if not re.search(rf"(?<![\w-]){re.escape(out[-1])}{_PAIR_LINK}{re.escape(nxt)}(?![\w-])", lower):
            break
        out.append(nxt)
    return out


_PAIR_LINK = r"\s*(?:&|\+|/|\band\b|\bdan\b|\bserta\b)\s*"


# What joins two pieces of one list: a comma, a slash, "&" or a coordinating word (and a comma before it).
# (a word that the piece before is free stands in the gap too: "cek gula darah gratis, konsultasi apoteker")
_LIST_GAP = regrouped(r"\s*(?:(?:gratis|free)\s*)?(?:[,/&+]\s*)?(?:(?:dan|and|serta|sama|sm|&|n|or|atau|plus)\s+)?")


def coordinated_with(items: list[str], kept: list[str], trace: list[tuple[str, str]], lower: str,
                     judged: list[str] | None = None, text: str = "") -> list[str]:
    """The rules' listed offerings the model dropped that stand in one list with an offering it kept (`judged`, by
    default all of `kept`; "…: stop kontak, mcb, kabel NYM, baterai, lampu"): the pieces of a list are the same kind
    of thing, so where the model keeps one its drop of a sibling rests only on where that sibling stands (late in
    the brief, the fifth of a list), which says nothing of what it is. The siblings chain through the list, over a
    piece the rules tried but did not keep ("mcb")."""
    # a self-description's works are pieces too ("we run sunrise cycling, village life tours and Borobudur day
    # trips"), but only phrases of two words or more: its bare noun after "&" is mostly the other half of the word
    # before it ("duplikat kunci rumah & motor": the keys of a motorbike), no work of its own; and none written as a
    # name, every word capitalised ("We are Kenangan Events, organizing …"): the business itself
    listed = {it for src, it in trace if src == "listed"
              or src == "described" and " " in it and not _written_as_name(it, text)}
    dropped = [it for it in items if it not in kept and it in listed and it not in _LIST_CLOSERS
               and not _names_someone(it)]
    if not dropped or not lower:
        return []
    tried = sorted({it for _, it in trace if it} | set(items), key=len, reverse=True)
    spans: list[tuple[int, int, str]] = []
    for it in tried:  # each phrase where it first stands, the longer ones first ("kabel nym" before "kabel")
        at = lower.find(it)
        while at >= 0 and any(a < at + len(it) and at < b for a, b, _ in spans):
            at = lower.find(it, at + 1)
        if at >= 0:
            spans.append((at, at + len(it), it))
    spans.sort()
    # the chain starts at what the model kept and runs through every kept piece (the ones the rules are sure of too)
    joined = {it for it in (kept if judged is None else judged) if it in listed}
    links = set(kept)
    rescued: list[str] = []
    grew = True
    while grew:
        grew = False
        for (a1, b1, x), (a2, b2, y) in zip(spans, spans[1:], strict=False):
            if not _LIST_GAP.fullmatch(lower[b1:a2]):
                continue
            for here, there, (a, b) in ((x, y, (a2, b2)), (y, x, (a1, b1))):
                if here in joined and there in listed and there not in joined and (
                        there in links or _whole_piece(lower, a, b)):
                    joined.add(there)
                    grew = True
                    if there in dropped:
                        rescued.append(there)
    return rescued


_LIST_CLOSERS = frozenset(("more", "lainnya", "dll", "etc", "others", "lain-lain"))  # "… and more": no thing of its own
# (a preposition closes the piece too: "… and Borobudur day trips by e-bike", "cuci sofa dan karpet di tempat")
_PIECE_END = regrouped(r"\s*(?:$|\d|[,.;:!?/&+)\n]|(?:dan|and|serta|sama|sm|n|or|atau|plus|by|with|for|in|at|from|"
                       r"on|di|ke|dari|dengan|dgn|untuk|utk|buat|pakai|pake|gratis|free)\b)")


def _written_as_name(item: str, text: str) -> bool:
    """Every word of the phrase is capitalised where the brief says it ("Kenangan Events")."""
    at = text.lower().find(item)
    if at < 0 or len(text) != len(text.lower()):
        return False
    words = text[at:at + len(item)].split()
    return all(w[:1].isupper() for w in words)


def _names_someone(item: str) -> bool:
    """An honorific before a word ("cat papan pak jaya"): the piece names a person (who signs the work), no goods."""
    words = item.split()
    return any(w in HONORIFICS for w in words[:-1])


def _whole_piece(lower: str, a: int, b: int) -> bool:
    """The phrase at lower[a:b] is a whole piece of its list, outside brackets: not the front of a longer piece
    ("korean" of "korean & japan style" is, "japan" is not) nor an aside ("(english, mandarin, japanese)")."""
    return bool(_PIECE_END.match(lower, b)) and lower.rfind("(", 0, a) <= lower.rfind(")", 0, a)


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
_RACE_BRIEF = regrouped(r"\b(?:lari|run|race|marathon|maraton|trail|triathlon|fun\s?run|half)\b")
_RACE_DISTANCE = regrouped(r"^\d+(?:[.,]\d+)?\s*k$")
_PACKAGE_HEAD = regrouped(r"^(?:program|paket|kelas|kursus|course|package|plan|membership|member|langganan)\b")
_DURATION = regrouped(r"^\d+\s*(?:hari|minggu|bulan|tahun|thn|day|days|week|weeks|month|months|year|years)$")


def addable(item: str, lower: str = "", ruled: list[str] | tuple[str, ...] = ()) -> bool:
    """A phrase the rules did not propose may be added by the model (see MAX_ADDED_WORDS); `lower`, the
    brief, tells a race distance from an amount. Beside the offerings the rules read (`ruled`), the field of
    the business's trade ("kopi" of "kedai kopi") is never added: the card would name the business again."""
    words = item.split()
    if ruled and lower and names_trade(item, lower):
        return False
    if (len(words) > MAX_ADDED_WORDS or not words or words[0] in VERB or words[0] in CLAUSE_FIRST
            or words[0] in ORDER_FIRST or not is_offering(item)  # "pedas", "weekend": no word names a thing
            or item in PLACES  # "south sulawesi", "riau": where the business is
            or words[-1] in OPEN_END):  # "up to", "benches to": cut before the preposition's object
        return False
    # "kamar" of "3 kamar tidur" is a room of the place; "aqiqah" after "khusus acara" is when the offering is used
    if lower and (in_amenity(item, lower) or used_for(item, lower)):
        return False
    # "… per outlet + hosting 150K/month": what is added to a price with a price of its own is the price fact's
    if lower and (price_addon(item, lower) or in_season(item, lower)):  # "natal" of "menjelang Natal": when
        return False
    # "teknisi" of "teknisi berpengalaman", "sewa" of "Sewa minimal 8 jam": a claim about the means, a bare way of dealing
    if means_claim(item) or rule_or_claim(item) or no_goods_said(item) or lower and (lone_head(item, lower) or premises_served(item, lower)):
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
    if source == "listed" and (trip_code(item) or ride_route(item)):  # "2D1N" before its price, "shuttle a-b": a
        # package, a ride on its route, by its very shape
        return True
    entry = KEYWORDS.get(item)
    # events and community words name occasions and activities ("khitanan", "iuran"), not goods
    if source != "listed" or not entry or entry[0] in ("events", "other") or entry[1] < 2 or item in PLACES:
        return False
    # a lexicon phrase with a quality, audience, feature, place or category word ("export quality") is a
    # description the model may still judge
    return not any(w in lex for w in TOKEN.findall(item) for _, lex in ROLE_LEXICONS)


def names_goods(item: str) -> bool:
    """The phrase is itself an entry of the business lexicon ("putri salju", "kopi susu"): a trade's goods."""
    return item in KEYWORDS


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
