"""Train the parser's learned components on the dev splits and export them as plain JSON weights.

- Business type (models/intent_business_type.json): logistic regression over word and character n-grams of
  every dev brief (pages.jsonl, briefs.jsonl, briefs_dev2.jsonl); how it is combined with the keyword rules
  (fill in "other", override above a confidence) is chosen on out-of-fold dev predictions.
- Offering candidates (models/intent_offerings.json): logistic regression keeping or dropping each phrase
  the offering rules tried; a phrase is positive when it names a gold offering of its brief. The keep and
  add thresholds are chosen on out-of-fold dev predictions (folds grouped by brief) for products F1.

Test rows are never read. Deterministic: fixed seeds, sorted inputs; the files record the training data's
hash and the cross-validation figures.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from tapsite_pipeline.providers.offline_rules import learned_features, learned_models, parse_brief
from tapsite_pipeline.resources import data_dir

F = TypeVar("F", bound=Callable[..., Any])
SEED = 9
FOLDS = 5
C_GRID = (3.0, 10.0, 30.0)
C_GRID_TYPE = (10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 20))
TRUST_FALLBACK = True   # see train_offerings
NEVER = 2.0   # a threshold no probability reaches: the model never takes that decision


@dataclass
class DevRow:
    source: str
    id: str
    text: str
    business_type: str | None
    products: list[str]
    not_offerings: list[str] = field(default_factory=list)
    batch: str = ""   # the writer's batch of a pages row ("first", "fresh-2", …); the file's name for the briefs sets


def batch_order(name: str) -> tuple[bool, int, str]:
    """The order the page batches were written in: "first", then fresh-2, fresh-3, … (fresh-10 after fresh-9)."""
    tail = name.rsplit("-", 1)[-1]
    return (name != "first", int(tail) if tail.isdigit() else 0, name)


def page_batches(folder: Path | None = None) -> tuple[str, ...]:
    """Every batch of the page gold set (datasets/pages.jsonl) with dev rows, in the order it was written."""
    folder = folder or data_dir("datasets")
    names = set()
    for line in (folder / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line) if line.strip() else {}
        if r.get("split") == "dev":
            names.add(r.get("batch") or "first")
    return tuple(sorted(names, key=batch_order))


def held_back_batches(folder: Path | None = None) -> frozenset[str]:
    """The newest batch of page briefs keeps its dev rows out of training until the next batch lands: they show
    whether what was learned from every other row carries to a writer nobody has trained on (datasets/CARD.md,
    fresh-4). When a batch lands it is held back and the one before it joins the training data (but the batches
    NOT_YET_TRAINED_ON)."""
    return frozenset(page_batches(folder)[-1:]) | NOT_YET_TRAINED_ON


# Batches the shipped offering model was not retrained with (each newest batch joins when the next lands): retrained
# with fresh-4 … fresh-7 (F0.5, fresh-8 held back) it tied the previous model left out one writer at a time but broke
# five hand-written offering tests (docs/evaluation.md); empty this and run `train_intent_models.py --only offerings`.
NOT_YET_TRAINED_ON = frozenset(f"fresh-{n}" for n in range(4, 23))  # fresh-4 … fresh-22


# What the models were trained without before the fourth to seventh writers' dev rows joined (scripts/offering_folds.py
# measures that training data as the variant "old_data").
OLD_HELD_BACK_BATCHES = frozenset({"fresh-4", "fresh-5", "fresh-6", "fresh-7", "fresh-8"})


def dev_rows(folder: Path | None = None, held_back: frozenset[str] | set[str] | None = None) -> list[DevRow]:
    """Every labelled dev brief (never a test row, nor a held-back batch's: by default the newest batch's),
    in a fixed order."""
    folder = folder or data_dir("datasets")
    if held_back is None:
        held_back = held_back_batches(folder)
    rows = []
    for line in (folder / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        batch = r.get("batch") or "first"
        if r.get("split") == "dev" and r.get("expect") != "refuse" and batch not in held_back:
            rows.append(DevRow("pages", r["id"], r["text"], r.get("business_type"), r.get("offerings") or [],
                               r.get("not_offerings") or [], batch))
    for name in ("briefs.jsonl", "briefs_dev2.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r.get("split") == "dev":
                g = r["gold"]
                source = name.removesuffix(".jsonl")
                rows.append(DevRow(source, r["id"], r["text"], g.get("business_type"), g.get("products") or [],
                                   batch=source))
    return rows


def data_hash(rows: list[DevRow]) -> str:
    blob = json.dumps([[r.source, r.id, r.text, r.business_type, r.products, r.not_offerings] for r in rows],
                      ensure_ascii=False, sort_keys=True)
    return "sha256:" + hashlib.sha256(blob.encode()).hexdigest()


def _vectors(feature_sets: list[set[str]]) -> list[dict[str, float]]:
    """Binary features scaled by 1/sqrt(count): the same values LinearModel.scores uses."""
    return [{f: 1 / math.sqrt(len(fs)) for f in fs} for fs in feature_sets]


def single_threaded(fn: F) -> F:
    """Run `fn` with one BLAS thread: on a small shared machine OpenBLAS's threads make a logistic fit some ten times
    slower (a 20,000-weight dot product took 1.5 ms instead of 17 µs), and one thread sums in one order every run."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        from threadpoolctl import threadpool_limits

        with threadpool_limits(limits=1, user_api="blas"):
            return fn(*args, **kwargs)

    return cast(F, run)


def _fit(X, y, c: float):
    from sklearn.linear_model import LogisticRegression
    return LogisticRegression(C=c, max_iter=5000, random_state=SEED).fit(X, y)


def _export(vec, clf) -> dict:
    names = vec.get_feature_names_out()
    coef = clf.coef_
    rows = {}
    for j, name in enumerate(names):
        col = [float(coef[i][j]) for i in range(coef.shape[0])]
        if max(abs(v) for v in col) >= 1e-5:
            rows[str(name)] = [round(v, 6) for v in col]
    return {"classes": [str(c) for c in clf.classes_], "intercept": [round(float(v), 6) for v in clf.intercept_],
            "coef": rows}


# ---------------------------------------------------------------- business type
def _combined_accuracy(rules: list[str], probs, classes: list[str], gold: list[str], policy: dict) -> float:
    right = sum(learned_models.combine(r, classes, list(p), policy) == g for r, p, g in zip(rules, probs, gold, strict=True))
    return right / len(gold)


@single_threaded
def train_business_type(rows: list[DevRow], records: list[dict[str, dict]]) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    use = [(r, rec["type"]) for r, rec in zip(rows, records, strict=True) if r.business_type and "type" in rec]
    X = _vectors([learned_features.type_features(d["lower"], d["rule"], d["seen"]) for _, d in use])
    y = [r.business_type or "" for r, _ in use]
    rules = [d["rule"] for _, d in use]
    cv = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    best = None
    by_c = {}
    for c in C_GRID_TYPE:
        pipe = make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=5000, random_state=SEED))
        probs = cross_val_predict(pipe, X, y, cv=cv, method="predict_proba")
        classes = sorted(set(y))
        model_acc = sum(classes[max(range(len(p)), key=lambda i: p[i])] == g for p, g in zip(probs, y, strict=True)) / len(y)
        by_c[c] = round(model_acc, 4)
        if best is None or model_acc > best[1]:
            best = (c, model_acc, probs, classes)
    assert best is not None
    c, model_acc, probs, classes = best
    policies = [{"fill_other": fill, "other_threshold": ot, "override_threshold": ov}
                for fill in (False, True) for ot in ((0.0,) + THRESHOLDS if fill else (NEVER,))
                for ov in (NEVER,) + tuple(reversed(THRESHOLDS))]
    # the most conservative policy among the best: ties go to the one that overrides the rules least
    scored = [(_combined_accuracy(rules, probs, classes, y, p), -_overrides(rules, probs, classes, p), k)
              for k, p in enumerate(policies)]
    acc, _, k = max(scored)
    vec = DictVectorizer()
    clf = _fit(vec.fit_transform(X), y, c)
    spec = _export(vec, clf)
    rules_acc = sum(r == g for r, g in zip(rules, y, strict=True)) / len(y)
    spec.update(policy=policies[k], cv={
        "folds": FOLDS, "rows": len(y), "C": c, "model_accuracy_by_C": by_c,
        "rules_accuracy": round(rules_acc, 4), "model_accuracy": round(model_acc, 4),
        "combined_accuracy": round(acc, 4), "overrides": -scored[k][1]})
    spec["reference"] = _reference(vec, clf, X[:: max(1, len(X) // 40)])
    return spec


def _overrides(rules, probs, classes, policy) -> int:
    return sum(learned_models.combine(r, classes, list(p), policy) != r for r, p in zip(rules, probs, strict=True))


def _reference(vec, clf, sample: list[dict[str, float]]) -> list[dict]:
    """A few dev examples with scikit-learn's own probabilities: the JSON scorer must reproduce them."""
    out = []
    for x in sample:
        p = clf.predict_proba(vec.transform([x]))[0]
        out.append({"features": sorted(x), "proba": [round(float(v), 6) for v in p]})
    return out


# ---------------------------------------------------------------- offering candidates
def _words(s: str) -> set[str]:
    return set(" ".join(s.lower().split()).replace(",", " ").split())


def is_gold(item: str, gold: list[str], not_offerings: list[str]) -> bool:
    """A candidate names a gold offering: the same phrase, or one's words all inside the other's."""
    norm = " ".join(item.lower().split())
    if norm in {" ".join(n.lower().split()) for n in not_offerings}:
        return False
    w = _words(item)
    return any(norm == " ".join(g.lower().split()) or (w and (w <= _words(g) or _words(g) <= w)) for g in gold)


@dataclass
class Candidate:
    row: int
    item: str
    feats: set[str]
    in_rules: bool
    label: bool
    lexicon: bool = False   # the phrase itself is in the business lexicon (a trade's goods)
    fallback: bool = False  # the rules' last resort: lexicon keywords, when no list names the offerings
    sure: bool = False      # the rules proposed it with high confidence (learned_models.rules_sure): never dropped
    addable: bool = True    # the model may add it (learned_models.addable): no number+unit, date or long clause


def parse_records(rows: list[DevRow]) -> list[dict[str, dict]]:
    """Parse every dev brief with the rules alone, recording what the models will be asked about."""
    out = []
    for r in rows:
        with learned_models.recording() as rec:
            parse_brief(r.text)
        out.append({d["kind"]: d for d in rec})
    return out


def collect_candidates(rows: list[DevRow], records: list[dict[str, dict]],
                       groups: tuple[str, ...] | None = None) -> tuple[list[Candidate], list[list[str]]]:
    """Every phrase the offering rules tried on every dev brief, labelled against its gold offerings (with
    `groups`, described by those feature groups only: learned_features.candidate_features)."""
    out: list[Candidate] = []
    rule_items: list[list[str]] = []
    for k, r in enumerate(rows):
        d = records[k].get("offer")
        if not d:
            rule_items.append([])
            continue
        rule_items.append(list(d["items"]))
        for item, src, rank, in_rules in learned_features.candidates(d["items"], d["trace"], d["lower"]):
            feats = learned_features.candidate_features(item, src, rank, in_rules, d["lower"], d["text"], d["lang"], groups)
            out.append(Candidate(k, item, feats, in_rules, is_gold(item, r.products, r.not_offerings),
                                 learned_models.names_goods(item), src == "fallback", learned_models.rules_sure(item, src),
                                 learned_models.addable(item, d["lower"], d["items"])))
    return out, rule_items


def _decide(cands: list[Candidate], probs: list[float], keep_at: float, add_at: float,
            protect: bool = False, trust_fallback: bool = False) -> dict[int, list[str]]:
    chosen: dict[int, list[str]] = {}
    for c, p in zip(cands, probs, strict=True):
        sure = protect and c.lexicon or trust_fallback and c.fallback or c.in_rules and c.sure
        if (c.in_rules and (p >= keep_at or sure)) or (not c.in_rules and p >= add_at and c.addable):
            chosen.setdefault(c.row, []).append(c.item)
    return chosen


def products_f1(pred: dict[int, list[str]], rows: list[DevRow], rule_items: list[list[str]], keep_first: bool,
                beta: float = 1.0) -> float:
    """Micro F1 of exact phrases, as scripts/intent_accuracy.py counts it (F-beta with `beta`: below 1 a
    wrong phrase costs more than a missed one)."""
    tp = n_pred = n_gold = 0
    for k, r in enumerate(rows):
        items = pred.get(k, [])
        if keep_first and not items and rule_items[k]:
            items = rule_items[k][:1]
        p = {" ".join(x.lower().split()) for x in items[:10]}
        g = {" ".join(x.lower().split()) for x in r.products}
        tp += len(p & g)
        n_pred += len(p)
        n_gold += len(g)
    prec, rec = tp / max(1, n_pred), tp / max(1, n_gold)
    b2 = beta * beta
    return (1 + b2) * prec * rec / (b2 * prec + rec) if prec + rec else 0.0


class GridScorer:
    """products_f1(_decide(...)) for many thresholds at once: the candidates' facts as arrays, so the policy
    grid (about 1,600 settings per fitted model) costs milliseconds a setting instead of tens."""

    def __init__(self, cands: list[Candidate], rows: list[DevRow], rule_items: list[list[str]]):
        import numpy as np

        gold = [{" ".join(x.lower().split()) for x in r.products} for r in rows]
        self.n_rows, self.n_gold = len(rows), sum(len(g) for g in gold)
        self.row = np.array([c.row for c in cands], dtype=np.int64)
        self.in_rules = np.array([c.in_rules for c in cands], dtype=bool)
        self.sure = self.in_rules & np.array([c.sure for c in cands], dtype=bool)
        self.lexicon = np.array([c.lexicon for c in cands], dtype=bool)
        self.fallback = np.array([c.fallback for c in cands], dtype=bool)
        self.addable = np.array([c.addable for c in cands], dtype=bool)
        norms = [" ".join(c.item.lower().split()) for c in cands]
        self.hit = np.array([n in gold[c.row] for n, c in zip(norms, cands, strict=True)], dtype=np.int64)
        # a phrase said twice in one brief (after normalising) counts once: the earlier candidate of the same phrase
        first: dict[tuple[int, str], int] = {}
        self.dup_of = np.array([first.setdefault((c.row, n), i) for i, (c, n) in enumerate(zip(cands, norms, strict=True))])
        self.dups = np.nonzero(self.dup_of != np.arange(len(cands)))[0]
        starts = np.zeros(len(cands), dtype=np.int64)
        for i in range(1, len(cands)):
            starts[i] = starts[i - 1] if self.row[i] == self.row[i - 1] else i
        self.starts = starts
        self.first_hit = np.array([int(bool(items) and " ".join(items[0].lower().split()) in gold[k])
                                   for k, items in enumerate(rule_items)], dtype=np.int64)
        self.has_rule = np.array([bool(items) for items in rule_items], dtype=np.int64)

    def __call__(self, probs, keep_at: float, add_at: float, protect: bool = False, trust_fallback: bool = False,
                 beta: float = 1.0) -> float:
        prec, rec = self.precision_recall(probs, keep_at, add_at, protect, trust_fallback)
        b2 = beta * beta
        return (1 + b2) * prec * rec / (b2 * prec + rec) if prec + rec else 0.0

    def precision_recall(self, probs, keep_at: float, add_at: float, protect: bool = False,
                         trust_fallback: bool = False) -> tuple[float, float]:
        """Products precision and recall (micro, exact phrases) of one setting."""
        tp, n_pred, n_gold = self.counts(probs, keep_at, add_at, protect, trust_fallback)
        return tp / max(1, n_pred), tp / max(1, n_gold)

    def counts(self, probs, keep_at: float, add_at: float, protect: bool = False,
               trust_fallback: bool = False) -> tuple[int, int, int]:
        """(phrases right, phrases shown, gold phrases) of one setting."""
        import numpy as np

        p = np.asarray(probs)
        sure = self.sure | (self.lexicon if protect else False) | (self.fallback if trust_fallback else False)
        chosen = (self.in_rules & ((p >= keep_at) | sure)) | (~self.in_rules & (p >= add_at) & self.addable)
        cs = np.cumsum(chosen)
        before = np.where(self.starts > 0, cs[self.starts - 1], 0)
        counted = chosen & ((cs - before) <= 10)   # the first ten chosen of each brief
        if len(self.dups):
            counted[self.dups] &= ~counted[self.dup_of[self.dups]]
        n_pred_row = np.bincount(self.row[chosen], minlength=self.n_rows)
        empty = (n_pred_row == 0) & (self.has_rule > 0)   # keep_first: the rules' first offering
        tp = int(self.hit[counted].sum() + self.first_hit[empty].sum())
        n_pred = int(counted.sum() + empty.sum())
        return tp, n_pred, self.n_gold


@dataclass(frozen=True)
class OfferRecipe:
    """How the offering model is trained and its thresholds chosen (scripts/offering_folds.py compares
    recipes by leaving one writer's batch out at a time)."""
    c_grid: tuple[float, ...] = C_GRID
    list_pieces: tuple[bool, ...] = (False, True)   # whether list pieces the rules did not try are candidates
    cv_groups: str = "brief"      # the out-of-fold predictions: folds of briefs, or of writers ("batch")
    beta: float = 1.0             # the thresholds maximise products F-beta: below 1 leans to precision
    class_weight: str | None = None
    feature_groups: tuple[str, ...] | None = None   # None: learned_features.candidate_features's first set
    protect: tuple[bool, ...] = (True, False)   # whether the rules' lexicon phrases may be kept whatever the model says


# The thresholds lean to precision (F0.5): left out one writer's batch at a time (scripts/offering_folds.py, dev rows of
# first … fresh-6), F0.5 passed 198 of 251 dev pages against 193 with F1 (cards 204 against 200; mean card precision
# 0.945 against 0.941, recall 0.947 against 0.953). Dropping the phrase's own words, adding the context features,
# thresholds chosen on folds of writers, or balanced class weights did not help (190 to 192 pages).
RECIPE = OfferRecipe(beta=0.5)


def _fit_weighted(X, y, c: float, class_weight: str | None):
    from sklearn.linear_model import LogisticRegression
    return LogisticRegression(C=c, max_iter=5000, random_state=SEED, class_weight=class_weight).fit(X, y)


def _cv_groups(cands: list[Candidate], rows: list[DevRow], how: str) -> list:
    if how == "brief":
        return [c.row for c in cands]
    if how == "batch":
        return [rows[c.row].batch or rows[c.row].source for c in cands]
    raise ValueError(f"unknown cv grouping {how!r}")


@single_threaded
def train_offerings(rows: list[DevRow], records: list[dict[str, dict]], recipe: OfferRecipe = RECIPE) -> dict:
    """Choose, on out-of-fold dev predictions, C, whether list pieces the rules did not try are candidates,
    and the keep/add thresholds; then fit on every dev candidate."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import GroupKFold

    every, rule_items = collect_candidates(rows, records, recipe.feature_groups)
    rules_f1 = products_f1({k: v for k, v in enumerate(rule_items)}, rows, rule_items, False)
    fallback_rows = len({c.row for c in every if c.fallback})
    beta = recipe.beta
    best = None
    by_c = {}
    for pieces in recipe.list_pieces:
        cands = [c for c in every if pieces or "src:split" not in c.feats]
        X_all = _vectors([c.feats for c in cands])
        y = [int(c.label) for c in cands]
        groups = _cv_groups(cands, rows, recipe.cv_groups)
        folds = min(FOLDS, len(set(groups)))
        # one vocabulary for every fold: a feature no training row holds keeps a weight of 0 (L2), as if absent
        X_mat = DictVectorizer().fit_transform(X_all)
        for c in recipe.c_grid:
            probs = [0.0] * len(cands)
            for tr, te in GroupKFold(folds).split(X_all, y, groups):
                clf = _fit_weighted(X_mat[tr], [y[i] for i in tr], c, recipe.class_weight)
                for i, p in zip(te, clf.predict_proba(X_mat[te])[:, 1], strict=True):
                    probs[i] = float(p)
            # protect: the rules' phrases the business lexicon names as goods are never dropped
            score = GridScorer(cands, rows, rule_items)
            grid = [(score(probs, keep, add, prot, fb, beta), prot, fb, -add, keep, add)
                    for prot in recipe.protect for fb in (True, False)
                    for keep in (0.0,) + THRESHOLDS for add in (NEVER,) + THRESHOLDS]
            free = max(grid, key=lambda t: (round(t[0], 6), t[1], t[2], t[3], -t[4]))
            by_c[f"list_pieces={pieces},C={c},any_fallback"] = round(free[0], 4)
            # the lexicon fallback (no list in the brief: e.g. a chat's "Kami menjual nastar, …" glued to a
            # sentence) is rare in dev (36 briefs), so the model's view of it is thin; TRUST_FALLBACK = True
            # keeps those phrases always (dev CV 0.742 against 0.747 when the model filters them too): the
            # owner's own list is never dropped, which is what lets the model ship switched on
            f1, prot, fb, _, keep, add = max((t for t in grid if t[2] == TRUST_FALLBACK),
                                             key=lambda t: (round(t[0], 6), t[1], t[2], t[3], -t[4]))
            by_c[f"list_pieces={pieces},C={c}"] = round(f1, 4)
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, c, keep, add, pieces, prot, fb, X_all, y, len(cands))
    assert best is not None
    f1, c, keep, add, pieces, prot, fb, X_all, y, n = best
    vec = DictVectorizer()
    clf = _fit_weighted(vec.fit_transform(X_all), y, c, recipe.class_weight)
    spec = _export(vec, clf)
    policy = {"keep_threshold": keep, "add_threshold": add, "list_pieces": pieces, "protect_lexicon": prot,
              "trust_fallback": fb, "keep_first_when_all_dropped": True}
    if recipe.feature_groups is not None:
        policy["feature_groups"] = list(recipe.feature_groups)
    spec.update(policy=policy,
                cv={"folds": FOLDS, "grouped_by": recipe.cv_groups, "rows": len(rows), "candidates": n,
                    "rows_with_fallback_candidates": fallback_rows, "positives": sum(y), "C": c,
                    "class_weight": recipe.class_weight, "beta": beta, "products_f1_micro_by_setting": by_c,
                    "rules_products_f1_micro": round(rules_f1, 4),
                    ("combined_products_f1_micro" if beta == 1.0 else "combined_products_fbeta_micro"): round(f1, 4)})
    spec["reference"] = _reference(vec, clf, X_all[:: max(1, len(X_all) // 40)])
    return spec


# ---------------------------------------------------------------- both
def rules_records(rows: list[DevRow]) -> list[dict[str, dict]]:
    """parse_records with the rules alone (whatever the environment says): what the models are combined with."""
    prev = os.environ.get(learned_models.MODELS_ENV)
    os.environ[learned_models.MODELS_ENV] = "off"
    try:
        return parse_records(rows)
    finally:
        if prev is None:
            os.environ.pop(learned_models.MODELS_ENV, None)
        else:
            os.environ[learned_models.MODELS_ENV] = prev


def training_meta(rows: list[DevRow]) -> dict:
    return {"trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "seed": SEED,
            "data": {"hash": data_hash(rows), "rows": len(rows), "splits": "dev only",
                     "sources": sorted({r.source for r in rows})}}


def train_all(out_dir: Path | None = None, rows: list[DevRow] | None = None,
              which: tuple[str, ...] = ("type", "offerings"), recipe: OfferRecipe = RECIPE) -> dict[str, dict]:
    """Train the models (both by default) on the dev rows and write them to models/ (or out_dir)."""
    rows = rows if rows is not None else dev_rows()
    records = rules_records(rows)
    trained = {}
    if "offerings" in which:
        trained[learned_models.OFFER_MODEL] = train_offerings(rows, records, recipe)
    if "type" in which:
        trained[learned_models.TYPE_MODEL] = train_business_type(rows, records)
    meta = training_meta(rows)
    out_dir = out_dir or data_dir("models")
    specs = {name: {"enabled": True, **meta, **spec} for name, spec in trained.items()}
    for name, spec in specs.items():
        old = out_dir / name
        if old.exists():   # keep a switch the maintainers set (a model that did not help stays off)
            before = json.loads(old.read_text(encoding="utf-8"))
            spec["enabled"] = before.get("enabled", True)
            if "disabled_because" in before:
                spec["disabled_because"] = before["disabled_because"]
        (out_dir / name).write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")) + "\n",
                                    encoding="utf-8")
    return specs
