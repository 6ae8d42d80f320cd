"""Benchmark: a 3,000-case intent suite end to end through the CLI (cases, scoring, DuckDB rows, MLflow run).

    .venv/bin/python benchmarks/eval_bench.py [--cases 3000] [--runs 3] [--keep DIR]

Builds a labelled 3,000-brief JSONL (varied synthetic briefs with their gold labels), syncs the
prompts once (MLflow's first call builds its SQLite schema, ~5 s, not part of an eval), then times
`tapsite eval run intent --dataset FILE --json` as a fresh process each time and checks that the
DuckDB rows and the MLflow run exist (finished, with its metrics, params, dataset input, linked
prompt and both artifacts, the case table one row per case). Prints wall seconds per run and the median.
The offline rules do not go through the response cache, so every run computes every case.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
TAPSITE = [sys.executable, "-m", "tapsite_pipeline.cli"]

KINDS = [  # lang, business_type, brand pattern, body, products
    ("id", "food_and_beverage", "Toko Kue {n}", "jual {a}, {b} dan {c}", ["nastar", "kastengel", "putri salju", "brownies"]),
    ("id", "food_and_beverage", "Warung {n}", "jualan {a} sama {b}", ["nasi uduk", "soto ayam", "es teh", "bakso"]),
    ("en", "food_and_beverage", "{n} Coffee", "a small coffee shop selling {a} and {b}", ["espresso", "cold brew", "croissants"]),
    ("id", "services", "{n} Laundry", "jasa {a} dan {b}, bisa antar jemput", ["cuci kering", "setrika", "cuci sepatu"]),
    ("id", "retail", "Butik {n}", "jual {a}, {b}, {c} buat ibu-ibu", ["gamis", "hijab", "tunik", "mukena"]),
    ("en", "creative", "{n} Studio", "photography studio for {a} and {b}", ["weddings", "portraits", "product photos"]),
    ("id", "education", "Bimbel {n}", "les {a} dan {b} untuk anak SD sampai SMA", ["matematika", "bahasa inggris", "fisika"]),
    ("id", "events", "{n} Organizer", "wedding organizer, urus {a} dan {b}", ["dekorasi", "catering", "dokumentasi"]),
    ("en", "technology", "{n} Labs", "we build {a} and {b} for small businesses", ["mobile apps", "websites", "chatbots"]),
]
NAMES = ["Ani", "Sari", "Budi", "Melati", "Senja", "Rasa", "Kenanga", "Cahaya", "Nusa", "Lestari", "Bintang",
         "Mentari", "Arunika", "Pelangi", "Jaya", "Makmur", "Harmoni", "Sakura", "Andalas", "Permata"]
CITIES = ["Bandung", "Surabaya", "Medan", "Makassar", "Yogyakarta", "Malang", "Depok", "Bogor", "Semarang"]
COLORS = {"id": [("pink", ["pink"]), ("merah", ["red"]), ("biru dongker", ["navy"]), ("kuning", ["yellow"]),
                 ("emas", ["gold"]), ("", [])],
          "en": [("navy", ["navy"]), ("orange", ["orange"]), ("teal", ["teal"]), ("black and gold", ["black", "gold"]),
                 ("", [])]}


def make_dataset(n: int, path: Path, seed: int = 11) -> None:
    rnd = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            lang, bt, brand, body, products = rnd.choice(KINDS)
            brand_name = brand.format(n=f"{rnd.choice(NAMES)} {rnd.choice(NAMES)}")
            a, b, c = (rnd.sample(products, 3) if len(products) >= 3 else (*products[:2], products[0]))
            color, gold_colors = rnd.choice(COLORS[lang])
            city = rnd.choice(CITIES)
            if lang == "id":
                text = f"Nama usaha saya {brand_name}, {body.format(a=a, b=b, c=c)} di {city}" + \
                    (f", warna {color}" if color else "")
            else:
                text = f"{brand_name} is {body.format(a=a, b=b, c=c)} in {city}" + (f", colours {color}" if color else "")
            used = [p for p in products if p in text]
            gold = {"business_type": bt, "brand_name": brand_name, "products": used, "color_preference": gold_colors,
                    "language": lang, "features": []}
            f.write(json.dumps({"id": f"bench-{i:05d}", "split": "test", "text": text, "gold": gold}) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", help="use this folder as the project home and keep it")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="tapsite-evalbench-")
    home = Path(args.keep or tmp.name)
    home.mkdir(parents=True, exist_ok=True)
    data = home / "bench_briefs.jsonl"
    make_dataset(args.cases, data)
    env = {**os.environ, "TAPSITE_HOME": str(home), "MLFLOW_DISABLE_TELEMETRY": "true"}
    env.pop("MLFLOW_TRACKING_URI", None)
    t = time.perf_counter()
    subprocess.run([*TAPSITE, "prompts", "sync"], env=env, check=True, capture_output=True, cwd=REPO)
    print(f"setup: prompts sync on a fresh MLflow store {time.perf_counter() - t:.2f} s (once, not timed below)")
    walls, report = [], {}
    for _ in range(args.runs):
        t = time.perf_counter()
        done = subprocess.run([*TAPSITE, "eval", "run", "intent", "--dataset", str(data), "--json"], env=env,
                              capture_output=True, text=True, cwd=REPO)
        walls.append(time.perf_counter() - t)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        report = json.loads(done.stdout)
    con = duckdb.connect(str(home / "tapsite.duckdb"), read_only=True)
    cases = con.execute("SELECT count(*) FROM eval_cases WHERE run_id = ?", [report["run_id"]]).fetchone()[0]
    scores = con.execute("SELECT count(*) FROM eval_scores WHERE run_id = ?", [report["run_id"]]).fetchone()[0]
    con.close()
    ml = sqlite3.connect(str(home / "mlflow.db"))
    status = ml.execute("SELECT status FROM runs WHERE run_uuid = ?", [report["mlflow_run_id"]]).fetchone()
    n_metrics = ml.execute("SELECT count(*) FROM latest_metrics WHERE run_uuid = ?",
                           [report["mlflow_run_id"]]).fetchone()[0]
    # what else the run holds: its params, the cases as a dataset input, the linked prompt, both artifacts
    n_params = ml.execute("SELECT count(*) FROM params WHERE run_uuid = ?", [report["mlflow_run_id"]]).fetchone()[0]
    n_inputs = ml.execute("SELECT count(*) FROM inputs WHERE destination_id = ? AND source_type = 'DATASET'",
                          [report["mlflow_run_id"]]).fetchone()[0]
    linked = ml.execute("SELECT value FROM tags WHERE run_uuid = ? AND key = 'mlflow.linkedPrompts'",
                        [report["mlflow_run_id"]]).fetchone()
    uri = ml.execute("SELECT artifact_uri FROM runs WHERE run_uuid = ?", [report["mlflow_run_id"]]).fetchone()
    ml.close()
    artifacts = sorted(p.name for p in Path(uri[0].removeprefix("file://")).iterdir()) if uri else []
    table_rows = len(json.loads((Path(uri[0].removeprefix("file://")) / "eval_cases.json").read_text())["data"]) \
        if "eval_cases.json" in artifacts else 0
    print(f"{args.cases} cases through `tapsite eval run intent --dataset …` (offline:rules), {os.cpu_count()} cores")
    print(f"  wall per run (s): {', '.join(f'{w:.2f}' for w in walls)}   median {statistics.median(walls):.2f}")
    print(f"  inside the last run: {report['timings']}  (run total {report['duration_s']} s)")
    print(f"  DuckDB: {cases} eval_cases rows, {scores} eval_scores rows; MLflow run {report['mlflow_run_id']} "
          f"{status[0] if status else 'MISSING'} with {n_metrics} metrics")
    print(f"  MLflow run: {n_params} params, {n_inputs} dataset input, linked prompts {linked[0] if linked else None}, "
          f"artifacts {artifacts} ({table_rows} table rows)")
    print(f"  business_type_acc {report['metrics'].get('business_type_acc')}, "
          f"brand_name_acc {report['metrics'].get('brand_name_acc')}")
    complete = (status is not None and status[0] == "FINISHED" and cases == args.cases and scores >= args.cases
                and n_metrics > 0 and n_params > 0 and n_inputs == 1 and linked is not None
                and {"eval_cases.json", "summary.json"} <= set(artifacts) and table_rows == args.cases)
    if not complete:
        print("FAIL: the run is missing rows, metrics, params, its dataset, prompt link or artifacts")
        return 1
    ok = statistics.median(walls) <= 5.0
    print("PASS (≤ 5 s)" if ok else "OVER BUDGET (> 5 s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
