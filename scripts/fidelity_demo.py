"""Generate the demo briefs with the real pipeline (into a temporary home unless --home) and print the
fidelity table; --problems lists every problem under the table.

    .venv/bin/python scripts/fidelity_demo.py [--file datasets/sample_briefs.txt] [--home DIR] [--problems]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.evals.fidelity import score_site_dir
from tapsite_pipeline.evals.fidelity.table import format_table
from tapsite_pipeline.pipeline import Runtime, generate_site

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=str(REPO / "datasets" / "sample_briefs.txt"))
    ap.add_argument("--home")
    ap.add_argument("--problems", action="store_true")
    args = ap.parse_args()
    briefs = [ln.strip() for ln in Path(args.file).read_text(encoding="utf-8").splitlines() if ln.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        rt = Runtime.local(args.home or tmp)
        rows = []
        for text in briefs:
            r = generate_site(make_brief(text), rt)
            live = Path(r.deployment.index_path).parent
            rows.append((r.deployment.subdomain, score_site_dir(live, text)))
    print(format_table(rows))
    if args.problems:
        for name, res in rows:
            for p in res.problems:
                print(f"{name}: {p}")


if __name__ == "__main__":
    main()
