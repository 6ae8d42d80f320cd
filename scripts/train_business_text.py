"""Train the not-a-business text model, write models/business_text.json, and print its held-out figures.

    .venv/bin/python scripts/train_business_text.py [--check]   # --check: measure the shipped model, write nothing

Exit 1 when a test business brief is refused.
"""

from __future__ import annotations

import argparse
import json
import sys

from tapsite_pipeline.evals.business_text_training import evaluate, labelled_rows, train
from tapsite_pipeline.providers.offline_rules import business_text
from tapsite_pipeline.providers.offline_rules.business_text import MODEL_NAME
from tapsite_pipeline.resources import data_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="evaluate the shipped model only")
    args = ap.parse_args(argv)
    rows = labelled_rows()
    if not args.check:
        model = train(rows)
        path = data_dir("models") / MODEL_NAME
        path.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        business_text._load.cache_clear()   # the model just written, not one read earlier in this process
        model["heldout"] = evaluate(rows)   # with the model just written: what the unit test re-measures
        path.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"wrote {path} ({len(model['idf'])} features, threshold {model['threshold']}, "
              f"trained on {model['trained_on']}, out-of-fold dev {model['oof_dev']})")
    report = evaluate(rows)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0 if all(v["test_refused"] == 0 for v in report["false_refusals"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
