#!/usr/bin/env python
"""Train the intent parser's learned components on the dev splits and write models/*.json.

    .venv/bin/python scripts/train_intent_models.py [--out DIR]

Business type (models/intent_business_type.json) and offering candidates (models/intent_offerings.json):
logistic regression with scikit-learn, exported as plain weights that the parser scores without it.
Deterministic (fixed seed); each file records the training data's hash, the cross-validation figures and
the combination with the rules chosen on out-of-fold dev predictions. Test rows are never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tapsite_pipeline.evals.intent_training import train_all


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="write the models here instead of models/")
    ap.add_argument("--only", choices=("type", "offerings"), help="train one model (the other file stays)")
    args = ap.parse_args(argv)
    if args.out and not args.out.is_dir():
        print(f"--out {args.out}: not a directory", file=sys.stderr)
        return 2
    specs = train_all(args.out, which=(args.only,) if args.only else ("type", "offerings"))
    for name, spec in specs.items():
        print(f"{name}: enabled={spec['enabled']} policy={spec['policy']} cv={spec['cv']} "
              f"features={len(spec['coef'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
