#!/usr/bin/env python
"""Would the learned business-type model help on a writer it never read? Leave one batch of page briefs out at a time.

    .venv/bin/python scripts/type_folds.py [--batch B ...] [--json OUT]

For each batch B of datasets/pages.jsonl (first, fresh-2, …) the business-type model (learned_features.type_features: the
brief's words, word pairs and letter n-grams, the rules' answer and the types of the lexicon keywords they saw) is
trained as scripts/train_intent_models.py trains it, on the dev rows of every other batch plus the dev rows of
briefs.jsonl and briefs_dev2.jsonl (extra training only: they are never scored), and combined with the keyword rules
(tapsite_pipeline/providers/offline_rules/classify.py) on B's dev rows by each policy learned_models.combine supports:

- "rules": the keyword rules alone; "model": the model alone (its top class);
- "learned": the policy training chose on its own out-of-fold predictions (what would ship);
- "fill_other": the model answers only where the rules said "other";
- "override>=T": the model overrides the rules where its top class has probability T or more.

Printed per batch and averaged over batches (each writer counts once) and over briefs (pooled): business-type
accuracy and how many answers each policy changed (right→wrong and wrong→right). Test rows are never read.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from tapsite_pipeline.evals import intent_training as training
from tapsite_pipeline.providers.offline_rules import learned_features, learned_models

BATCHES = training.page_batches()
OVERRIDES = (0.95, 0.9, 0.8, 0.7, 0.6)


def policies(learned_policy: dict) -> dict[str, dict]:
    """The combinations measured: the one training chose, and fixed ones of each kind learned_models.combine supports."""
    out = {"rules": {"fill_other": False, "override_threshold": training.NEVER}, "learned": learned_policy,
           "fill_other": {"fill_other": True, "other_threshold": 0.0, "override_threshold": training.NEVER}}
    out.update({f"override>={t}": {"fill_other": False, "override_threshold": t} for t in OVERRIDES})
    return out


def score_batch(spec: dict, records: list[dict], gold: list[str]) -> dict[str, dict]:
    """Accuracy of every policy (and of the model alone) on one batch's records, with the answers each changed."""
    m = learned_models.LinearModel(spec)
    probs = [m.proba(learned_features.type_features(d["lower"], d["rule"], d["seen"])) for d in records]
    rules = [d["rule"] for d in records]
    out: dict[str, dict] = {}
    for name, policy in policies(spec["policy"]).items():
        answers = [learned_models.combine(r, m.classes, p, policy) for r, p in zip(rules, probs, strict=True)]
        out[name] = _counts(answers, rules, gold)
    top = [m.classes[max(range(len(p)), key=p.__getitem__)] for p in probs]
    out["model"] = _counts(top, rules, gold)
    return out


def _counts(answers: list[str], rules: list[str], gold: list[str]) -> dict:
    trio = list(zip(answers, rules, gold, strict=True))
    return {"n": len(gold), "right": sum(a == g for a, _, g in trio),
            "fixed": sum(a == g != r for a, r, g in trio), "broke": sum(r == g != a for a, r, g in trio)}


def run(batches: list[str], log) -> dict[str, dict[str, dict]]:
    rows = training.dev_rows(held_back=frozenset())   # every dev row: each fold leaves its own batch out
    records = [rec.get("type") for rec in training.rules_records(rows)]
    results: dict[str, dict[str, dict]] = {}
    for batch in batches:
        t0 = time.perf_counter()
        train = [k for k, r in enumerate(rows) if r.batch != batch]
        scored = [k for k, r in enumerate(rows) if r.batch == batch and r.business_type and records[k]]
        spec = training.train_business_type([rows[k] for k in train], [{"type": records[k]} if records[k] else {}
                                                                          for k in train])
        res = score_batch(spec, [records[k] for k in scored], [rows[k].business_type or "" for k in scored])
        res["_spec"] = {"policy": spec["policy"], "cv": spec["cv"], "features": len(spec["coef"])}
        results[batch] = res
        log(f"{batch:8s} " + "  ".join(f"{name} {m['right']}/{m['n']}" for name, m in res.items() if name != "_spec")
            + f"  policy {spec['policy']}  ({time.perf_counter() - t0:.0f}s)")
    return results


def summary(results: dict[str, dict[str, dict]]) -> str:
    names = [k for k in next(iter(results.values())) if k != "_spec"]
    lines = [f"{'policy':15s} " + " ".join(f"{b:>9s}" for b in results) + f" {'fold avg':>9s} {'pooled':>9s} "
             f"{'fixed':>6s} {'broke':>6s}"]
    for name in names:
        ms = [results[b][name] for b in results]
        lines.append(f"{name:15s} " + " ".join(f"{m['right']:>4d}/{m['n']:<4d}" for m in ms)
                     + f" {statistics.mean(m['right'] / m['n'] for m in ms):9.4f}"
                     + f" {sum(m['right'] for m in ms) / sum(m['n'] for m in ms):9.4f}"
                     + f" {sum(m['fixed'] for m in ms):6d} {sum(m['broke'] for m in ms):6d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batch", action="append", help=f"one of {', '.join(BATCHES)} (default: all)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    batches = args.batch or list(BATCHES)
    bad = [b for b in batches if b not in BATCHES]
    if bad:
        print(f"unknown batch: {', '.join(bad)}", file=sys.stderr)
        return 2
    results = run(batches, lambda s: print(s, file=sys.stderr, flush=True))
    print(summary(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
