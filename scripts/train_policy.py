"""Train the offline policy classifier, write models/policy_classifier.json, and print its held-out figures.

    .venv/bin/python scripts/train_policy.py [--check]   # --check: measure the shipped model, write nothing
"""

from __future__ import annotations

import argparse
import json
import sys

from tapsite_pipeline.policy.classifier import MODEL_FILE, PolicyClassifier, load_classifier
from tapsite_pipeline.policy.training import evaluate, labelled_rows, train


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="evaluate the shipped model only")
    args = ap.parse_args(argv)
    rows = labelled_rows()
    if args.check:
        clf = load_classifier()
    else:
        model = train(rows)
        clf = PolicyClassifier(model)
        model["heldout"] = {k: v for k, v in evaluate(clf, rows).items() if k != "missed"}
        MODEL_FILE.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"wrote {MODEL_FILE} ({len(model['idf'])} features, threshold {model['threshold']}, "
              f"out-of-fold dev {model['oof_dev']})")
    report = evaluate(clf, rows)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    ok = report["heldout_refusal_rate"] >= 0.95 and all(v["rate"] <= 0.02 for v in report["false_refusals"].values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
