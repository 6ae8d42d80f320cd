"""DuckDB's own memory as a campaign's stage results grow: peak RSS of one process inserting them batch by batch.

    .venv/bin/python benchmarks/duckdb_checkpoint_memory.py --sites 20000 [--limit 128MB|none]

Six stages × `--sites` rows of 1–4 KB JSON, `--batch` rows per connection (open, INSERT OR REPLACE, close:
what a campaign stage does per checkpoint), into a table keyed like `campaign_stage_results`. Nothing else
runs in the process, so the peak above the start is DuckDB's: its buffer pool, filled by the checkpoint
each close triggers, unless `memory_limit` caps it.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

from tapsite_pipeline.bench.memory import peak_rss_mb

STAGES = ("intent", "design", "content", "images", "site", "deployment")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=20000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--limit", default="128MB", help="DuckDB memory_limit, or 'none' for DuckDB's default")
    args = ap.parse_args(argv)
    rnd = random.Random(7)
    config = {} if args.limit == "none" else {"memory_limit": args.limit}
    with tempfile.TemporaryDirectory(prefix="tapsite-duckdb-memory-") as tmp:
        db = str(Path(tmp) / "t.duckdb")
        with duckdb.connect(db) as con:
            con.execute("CREATE TABLE r (campaign VARCHAR, stage VARCHAR, site_id VARCHAR, ok BOOLEAN,"
                        " payload JSON, PRIMARY KEY (campaign, stage, site_id))")
        start, t0 = peak_rss_mb(), time.perf_counter()
        for stage in STAGES:
            for b in range(0, args.sites, args.batch):
                rows = [("c", stage, f"s{i:06d}", True, '{"a": "' + "".join(
                    rnd.choices("abcdefghijklmnop qrstuvwxyz", k=rnd.randint(800, 4000))) + '"}')
                    for i in range(b, min(args.sites, b + args.batch))]
                frame = pd.DataFrame(rows, columns=["campaign", "stage", "site_id", "ok", "payload"])
                with duckdb.connect(db, config=config) as con:
                    con.register("batch", frame)
                    con.execute("INSERT OR REPLACE INTO r SELECT * FROM batch")
                    con.unregister("batch")
            print(f"{stage}: peak {peak_rss_mb():.0f} MB", flush=True)
        size = Path(db).stat().st_size / 2**20
    print(f"{len(STAGES) * args.sites} rows, limit {args.limit}: peak {peak_rss_mb():.0f} MB over a {start:.0f} MB start, "
          f"{time.perf_counter() - t0:.1f} s, database {size:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
