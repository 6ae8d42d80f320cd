#!/usr/bin/env python
"""Does the learned offering filter carry to a writer it never read? Leave one batch of page briefs out at a time.

    .venv/bin/python scripts/offering_folds.py [--variant NAME ...] [--batch B ...] [--json OUT]

For each batch B of datasets/pages.jsonl (first, fresh-2, …) the offering model is trained, with the recipe of each
variant, on the dev rows of every other batch plus the dev rows of briefs.jsonl and briefs_dev2.jsonl (the held-back
batches of training included: here every batch but B is read), written to a scratch models folder, and measured on
B's dev rows only: products P/R/F1 (micro, exact phrases, as scripts/intent_accuracy.py counts them) and the pages
(generated as scripts/fidelity_pages.py does, scored against the gold labels): pages passing the cards check and
every check, mean card precision and recall. "rules" is the parser without the model, "shipped" the model in
models/ (trained on some of these batches, so on those it is not a held-out figure).

Test rows are never read. The averages are over folds (each writer counts once), and over pages (pooled).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from tapsite_pipeline.evals import intent_training as training
from tapsite_pipeline.evals.intent_training import OfferRecipe
from tapsite_pipeline.providers.offline_rules import learned_models

REPO = Path(__file__).resolve().parents[1]


BATCHES = training.page_batches()   # "first", then fresh-2, fresh-3, … in the order they were written
_NO_WORDS = ("cues", "shape")
_CONTEXT = ("cues", "shape", "context")
_WIDE_C = (0.3, 1.0, 3.0, 10.0, 30.0)
_CLASSES = ("shape", "context", "list", "kind")
VARIANTS: dict[str, OfferRecipe | None] = {
    "rules": None,      # the parser without the model
    "shipped": None,    # models/intent_offerings.json as it is
    "retrained": training.RECIPE,
    "f1": OfferRecipe(),   # the thresholds maximise products F1 (the recipe before the F0.5 one)
    "f075": OfferRecipe(beta=0.75),   # between the two
    # the shipped recipe on the training data of before (no dev row of fresh-4 … fresh-8 in any fold)
    "old_data": training.RECIPE,
    # the phrase's own words (and its head's letters) left out: what a writer sold is not learned, how it is said is
    "no_words": OfferRecipe(feature_groups=_NO_WORDS, c_grid=_WIDE_C),
    "context": OfferRecipe(feature_groups=_CONTEXT, c_grid=_WIDE_C),
    "all_context": OfferRecipe(feature_groups=("words", *_CONTEXT)),
    # thresholds chosen on folds of writers (batches), not of briefs: what carries to a new writer
    "context_by_batch": OfferRecipe(feature_groups=_CONTEXT, c_grid=_WIDE_C, cv_groups="batch"),
    "precise": OfferRecipe(beta=0.5),   # the thresholds lean to precision: a wrong card costs more than a missing one
    "context_precise": OfferRecipe(feature_groups=_CONTEXT, c_grid=_WIDE_C, beta=0.5),
    "context_balanced": OfferRecipe(feature_groups=_CONTEXT, c_grid=_WIDE_C, class_weight="balanced"),
    # the phrase's place in its list counted from the end, and what follows it in its piece (learned_features.list_features)
    "list_pos": OfferRecipe(beta=0.5, feature_groups=("words", "cues", "shape", "list")),
    "list_pos_f1": OfferRecipe(feature_groups=("words", "cues", "shape", "list")),
    # the phrase's grammatical position and kind in coarse classes (learned_features.kind_features): with the phrase's
    # own words, and without any word identity (no words, no cue words: only classes)
    "kind_words": OfferRecipe(beta=0.5, feature_groups=("words", "cues", "shape", "list", "kind")),
    "kind": OfferRecipe(beta=0.5, feature_groups=_CLASSES, c_grid=_WIDE_C),
    "kind_cues": OfferRecipe(beta=0.5, feature_groups=("cues", *_CLASSES), c_grid=_WIDE_C),
    # the model judges the rules' lexicon phrases too ("sewa", "konsultasi", "tenda" are lexicon words, and wrong cards
    # when the brief names them as a verb, a service step or a part of a package)
    "unprotected": OfferRecipe(beta=0.5, protect=(False,)),
    "kind_unprotected": OfferRecipe(beta=0.5, feature_groups=("words", "cues", "shape", "list", "kind"), protect=(False,)),
}


# batches a variant never trains on, whichever fold it is (the others train on every batch but the scored one)
LEFT_OUT: dict[str, frozenset[str]] = {"old_data": training.OLD_HELD_BACK_BATCHES}


def fold_rows(rows: list[training.DevRow], batch: str, left_out: frozenset[str] = frozenset()) -> list[training.DevRow]:
    """The training rows of the fold that scores `batch`: every dev row of every other batch and brief set (but
    those of the batches `left_out`)."""
    return [r for r in rows if r.batch != batch and r.batch not in left_out]


def scored_rows(batch: str, folder: Path | None = None) -> list[dict[str, Any]]:
    """The dev rows of pages.jsonl in `batch` ('first' = rows without a batch); never a test row."""
    path = (folder or REPO / "datasets") / "pages.jsonl"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r.get("split") == "dev" and (r.get("batch") or "first") == batch:
                out.append(r)
    return out


@contextmanager
def models_from(mode: str, folder: Path | None = None) -> Iterator[None]:
    """The parser's offering model for a block: "off" (rules), "shipped", or the file in `folder`."""
    with mock.patch.dict(os.environ, {learned_models.MODELS_ENV: "off" if mode == "off" else "offerings"}):
        if folder is not None:
            os.environ[learned_models.MODELS_DIR_ENV] = str(folder)
        else:
            os.environ.pop(learned_models.MODELS_DIR_ENV, None)
        yield


def _norm(s: str | None) -> str:
    return " ".join(str(s or "").lower().split())


def measure(rows: list[dict[str, Any]]) -> dict[str, float]:
    """Products P/R/F1 and page figures of one batch's dev rows, with whatever model the environment names."""
    from tapsite_pipeline.errors import TapsiteError
    from tapsite_pipeline.evals.fidelity.gold import page_gold
    from tapsite_pipeline.evals.pages import generate_page, score_generated
    from tapsite_pipeline.pipeline import Runtime
    from tapsite_pipeline.providers.offline_rules import parse_brief

    tp = n_pred = n_gold = 0
    for r in rows:
        if r.get("expect") == "refuse":
            continue
        p = {_norm(x) for x in parse_brief(r["text"]).products}
        g = {_norm(x) for x in r.get("offerings") or []}
        tp, n_pred, n_gold = tp + len(p & g), n_pred + len(p), n_gold + len(g)
    prec, rec = (tp / n_pred if n_pred else 1.0), (tp / n_gold if n_gold else 1.0)
    results = []
    with tempfile.TemporaryDirectory(prefix="offering-folds-") as home:
        rt = Runtime.local(home)
        for r in rows:
            if r.get("expect", "page") != "page":
                continue
            try:
                _, live = generate_page(rt, r["text"])
            except TapsiteError:   # refused by the pipeline (e.g. no number for WhatsApp): not a page to score
                continue
            results.append(score_generated(live, r["text"], page_gold(r)))
    card = [next(c for c in res.checks if c.name == "cards") for res in results]
    return {"products_p": prec, "products_r": rec, "products_f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "pages": len(results), "cards_pass": sum(c.passed for c in card),
            "all_pass": sum(res.passed_all for res in results),
            "card_p": statistics.mean(c.metrics["precision"] for c in card) if card else 1.0,
            "card_r": statistics.mean(c.metrics["recall"] for c in card) if card else 1.0}


def train_fold(rows: list[training.DevRow], records: list[dict[str, dict]], batch: str, recipe: OfferRecipe,
               out: Path, train: Callable[..., dict] = training.train_offerings,
               left_out: frozenset[str] = frozenset()) -> dict:
    """Train the offering model without `batch` (nor the batches `left_out`) and write it (switched on) to
    out/intent_offerings.json."""
    keep = [k for k, r in enumerate(rows) if r.batch != batch and r.batch not in left_out]
    sub_rows, sub_records = [rows[k] for k in keep], [records[k] for k in keep]
    assert sub_rows == fold_rows(rows, batch, left_out)
    spec = {"enabled": True, **training.training_meta(sub_rows), **train(sub_rows, sub_records, recipe)}
    out.mkdir(parents=True, exist_ok=True)
    (out / learned_models.OFFER_MODEL).write_text(json.dumps(spec, ensure_ascii=False) + "\n", encoding="utf-8")
    return spec


CURVE_AT = tuple(round(0.05 * k, 2) for k in range(0, 20))


def held_out_curve(rows: list[training.DevRow], records: list[dict[str, dict]], batch: str, spec: dict,
                   groups: tuple[str, ...] | None) -> tuple[list[training.Candidate], list[float], list[list[str]],
                                                          list[training.DevRow]]:
    """The held-out batch's candidates (the rules' parse), scored by the fold's model: out-of-fold predictions."""
    keep = [k for k, r in enumerate(rows) if r.batch == batch]
    sub_rows, sub_records = [rows[k] for k in keep], [records[k] for k in keep]
    cands, rule_items = training.collect_candidates(sub_rows, sub_records, groups)
    if not spec.get("policy", {}).get("list_pieces"):
        cands = [c for c in cands if "src:split" not in c.feats]
    m = learned_models.LinearModel(spec)
    return cands, [m.proba(c.feats)[1] for c in cands], rule_items, sub_rows


def pr_curve(cands: list[training.Candidate], probs: list[float], rule_items: list[list[str]],
             rows: list[training.DevRow], policy: dict) -> list[tuple[float, float, float]]:
    """(keep threshold, products P, products R) with the policy's other settings, for every threshold of CURVE_AT."""
    score = training.GridScorer(cands, rows, rule_items)
    return [(t, *score.precision_recall(probs, t, policy.get("add_threshold", 2.0), policy.get("protect_lexicon", False),
                                        policy.get("trust_fallback", False))) for t in CURVE_AT]


def choose_threshold(curve: list[tuple[float, float, float]], min_precision: float = 0.9) -> tuple[float, str]:
    """The keep threshold of least recall loss with precision at least `min_precision`; when no threshold reaches
    it, the one of best F0.5 (said so)."""
    ok = [c for c in curve if c[1] >= min_precision]
    if ok:
        return max(ok, key=lambda c: (c[2], -c[0]))[0], f"P>={min_precision}"

    def f05(c: tuple[float, float, float]) -> float:
        return 1.25 * c[1] * c[2] / (0.25 * c[1] + c[2]) if c[1] + c[2] else 0.0

    return max(curve, key=lambda c: (round(f05(c), 6), -c[0]))[0], f"P>={min_precision} unreachable: best F0.5"


def run(variants: list[str], batches: list[str], log: Callable[[str], None],
        given: Path | None = None, curves: bool = False) -> dict[str, dict[str, dict]]:
    rows = training.dev_rows(held_back=frozenset())   # every dev row: each fold leaves its own batch out
    records = training.rules_records(rows) if any(VARIANTS.get(v) is not None for v in variants) else []
    results: dict[str, dict[str, dict]] = {}
    pooled: dict[str, list] = {}
    with tempfile.TemporaryDirectory(prefix="offering-models-") as scratch:
        for name in variants:
            recipe = VARIANTS.get(name)
            results[name] = {}
            for batch in batches:
                t0 = time.perf_counter()
                folder = None
                policy: dict = {}
                if name == "given":
                    folder = given
                elif recipe is not None:
                    folder = Path(scratch) / name / batch
                    policy = train_fold(rows, records, batch, recipe, folder,
                                        left_out=LEFT_OUT.get(name, frozenset()))["policy"]
                with models_from("off" if name == "rules" else "on", folder):
                    m = measure(scored_rows(batch))
                m["policy"] = policy
                if curves and recipe is not None and folder is not None:
                    spec = json.loads((folder / learned_models.OFFER_MODEL).read_text(encoding="utf-8"))
                    cands, probs, rule_items, sub_rows = held_out_curve(rows, records, batch, spec,
                                                                        recipe.feature_groups)
                    m["curve"] = pr_curve(cands, probs, rule_items, sub_rows, policy)
                    pooled.setdefault(name, []).append((cands, probs, rule_items, sub_rows, policy))
                results[name][batch] = m
                log(f"{name:14s} {batch:8s} " + _line(m) + f"  ({time.perf_counter() - t0:.0f}s)"
                    + (f"  keep>={policy.get('keep_threshold')} add>={policy.get('add_threshold')}" if policy else ""))
    for name, parts in pooled.items():   # every fold's held-out candidates with its own model's probabilities
        results[name]["out_of_fold"] = {"curve": pooled_curve(parts)}
    return results


def pooled_curve(parts: list[tuple]) -> list[tuple[float, float, float]]:
    """The P/R curve of the out-of-fold predictions of every fold together (each fold's add threshold and switches
    as its training chose them; the keep threshold swept)."""
    out = []
    for t in CURVE_AT:
        tp = n_pred = n_gold = 0
        for cands, probs, rule_items, rows, policy in parts:
            a, b, c = training.GridScorer(cands, rows, rule_items).counts(
                probs, t, policy.get("add_threshold", 2.0), policy.get("protect_lexicon", False),
                policy.get("trust_fallback", False))
            tp, n_pred, n_gold = tp + a, n_pred + b, n_gold + c
        out.append((t, tp / max(1, n_pred), tp / max(1, n_gold)))
    return out


def curve_table(results: dict[str, dict[str, dict]], min_precision: float = 0.9) -> str:
    """Per variant: products P/R at each keep threshold per held-out batch and pooled, and the threshold chosen."""
    lines = []
    for name, folds in results.items():
        if "out_of_fold" not in folds:
            continue
        batches = [b for b in folds if b != "out_of_fold" and "curve" in folds[b]]
        lines.append(f"{name}: products P/R by keep threshold (each fold's model on its held-out batch)")
        lines.append(f"{'keep':>5s} " + " ".join(f"{b:>11s}" for b in batches) + f" {'pooled':>11s}")
        pooled = folds["out_of_fold"]["curve"]
        for i, (t, p, r) in enumerate(pooled):
            cells = [f"{folds[b]['curve'][i][1]:.2f}/{folds[b]['curve'][i][2]:.2f}" for b in batches]
            lines.append(f"{t:5.2f} " + " ".join(f"{c:>11s}" for c in cells) + f" {p:.2f}/{r:.2f}".rjust(12))
        t, why = choose_threshold([tuple(c) for c in pooled], min_precision)
        lines.append(f"chosen keep threshold: {t} ({why})")
    return "\n".join(lines)


def _line(m: dict) -> str:
    return (f"P {m['products_p']:.3f} R {m['products_r']:.3f} F1 {m['products_f1']:.3f}  "
            f"cards {m['cards_pass']:3d}/{m['pages']:<3d} all {m['all_pass']:3d}/{m['pages']:<3d} "
            f"cardP {m['card_p']:.3f} cardR {m['card_r']:.3f}")


def summary(results: dict[str, dict[str, dict]]) -> str:
    """The fold table: per batch and variant, then the averages over folds and over pages."""
    lines = [f"{'variant':14s} {'batch':8s} {'prodP':>6s} {'prodR':>6s} {'prodF1':>6s} {'cards':>8s} {'all':>8s} "
             f"{'cardP':>6s} {'cardR':>6s}"]
    for name, every in results.items():
        folds = {b: m for b, m in every.items() if b != "out_of_fold"}
        for batch, m in folds.items():
            lines.append(f"{name:14s} {batch:8s} {m['products_p']:6.3f} {m['products_r']:6.3f} {m['products_f1']:6.3f} "
                         f"{m['cards_pass']:>3d}/{m['pages']:<4d} {m['all_pass']:>3d}/{m['pages']:<4d} "
                         f"{m['card_p']:6.3f} {m['card_r']:6.3f}")
        ms = list(folds.values())

        def avg(key: str, ms: list[dict] = ms) -> float:
            return statistics.mean(m[key] for m in ms)

        pages = sum(m["pages"] for m in ms)
        lines.append(f"{name:14s} {'fold avg':8s} {avg('products_p'):6.3f} {avg('products_r'):6.3f} "
                     f"{avg('products_f1'):6.3f} {statistics.mean(m['cards_pass'] / m['pages'] for m in ms):8.3f} "
                     f"{statistics.mean(m['all_pass'] / m['pages'] for m in ms):8.3f} {avg('card_p'):6.3f} "
                     f"{avg('card_r'):6.3f}")
        lines.append(f"{name:14s} {'pooled':8s} {'':6s} {'':6s} {'':6s} "
                     f"{sum(m['cards_pass'] for m in ms):>3d}/{pages:<4d} {sum(m['all_pass'] for m in ms):>3d}/{pages:<4d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", action="append", help=f"one of {', '.join(VARIANTS)} (default: all)")
    ap.add_argument("--batch", action="append", help=f"one of {', '.join(BATCHES)} (default: all)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--models", type=Path, help="measure the model in this folder as variant 'given' (no training): "
                    "e.g. one trained by scripts/train_intent_models.py --out, on the batches it held back")
    ap.add_argument("--curves", action="store_true", help="also the products P/R curve of the keep threshold per "
                    "held-out batch and pooled (out-of-fold predictions), and the threshold chosen for precision >= 0.9")
    args = ap.parse_args(argv)
    variants, batches = args.variant or list(VARIANTS), args.batch or list(BATCHES)
    if args.models:
        if not (args.models / learned_models.OFFER_MODEL).is_file():
            print(f"--models {args.models}: no {learned_models.OFFER_MODEL} there", file=sys.stderr)
            return 2
        variants = [*(args.variant or []), "given"]
    bad = [v for v in variants if v not in VARIANTS and v != "given"] + [b for b in batches if b not in BATCHES]
    if bad:
        print(f"unknown variant or batch: {', '.join(bad)}", file=sys.stderr)
        return 2
    if args.json and not args.json.parent.is_dir():
        print(f"--json {args.json}: no such folder", file=sys.stderr)
        return 2
    results = run(variants, batches, lambda s: print(s, file=sys.stderr, flush=True), args.models, args.curves)
    print(summary(results))
    if args.curves:
        print(curve_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
