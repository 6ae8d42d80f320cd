"""Writers racing for one site's next version number (two campaigns, or a campaign and a refinement, deploying the
same business at once, each in its own process): each gets its own number and none fails, on DuckDB (processes
take turns on the file) and on PostgreSQL (writers run at once: the number is read and written under an advisory
lock per site)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from tapsite_pipeline import operational
from tapsite_pipeline.sites.versions import record_versions

WRITERS = 6


def _row(site_id: str, deploy_version: str) -> tuple:
    """A site_versions row (VERSION_COLUMNS order); the stage outputs are irrelevant to the numbering."""
    return (site_id, "toko-ani", deploy_version, "campaign", None, None, "spring", "r1",
            "{}", "{}", "{}", "{}", "[]", "{}", "{}")


_WRITER = """
import json, sys, time
from pathlib import Path
from tapsite_pipeline import operational
from tapsite_pipeline.sites.versions import record_versions
db, go, rows = Path(sys.argv[1]), Path(sys.argv[2]), [tuple(r) for r in json.loads(sys.argv[3])]
import tapsite_pipeline.sites.registry   # every import done before the start, so the writers meet
while not go.exists():
    time.sleep(0.005)
with operational.connect(db) as con:
    print(json.dumps(record_versions(con, rows)))
"""


def _race(db: Path, batches: list[list[tuple]]) -> tuple[list[dict[str, int]], list[str]]:
    """Each batch recorded by its own process (as the workers, or two commands, are), all released at once."""
    go = db.parent / "go"
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(db), str(go), json.dumps(b)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for b in batches]
    time.sleep(3)   # imports; a writer still importing at the start only makes the race milder
    go.touch()
    results, errors = [], []
    for p in procs:
        out, err = p.communicate(timeout=300)
        if p.returncode == 0:
            results.append(json.loads(out))
        else:
            errors.append(err.strip().splitlines()[-1])
    return results, errors


def _numbers(db: Path, site_id: str) -> list[tuple[int, str]]:
    with operational.connect(db) as con:
        return [tuple(r) for r in con.execute(
            "SELECT version, deploy_version FROM site_versions WHERE site_id = ? ORDER BY version",
            [site_id]).fetchall()]


def test_single_site_writers_racing_each_get_the_next_number(store_backend, tmp_path):
    db = tmp_path / "tapsite.duckdb"
    with operational.connect(db) as con:   # the schema first, so the race is only over the numbers
        record_versions(con, [_row("s-first", "v0")])
    results, errors = _race(db, [[_row("s-ani", f"v{i}")] for i in range(WRITERS)])
    assert errors == [], [repr(e) for e in errors]
    stored = _numbers(db, "s-ani")
    assert [v for v, _ in stored] == list(range(1, WRITERS + 1)), stored
    assert sorted(r["s-ani"] for r in results) == list(range(1, WRITERS + 1)), results


def test_batches_sharing_sites_racing_number_each_site_without_gaps(store_backend, tmp_path):
    db = tmp_path / "tapsite.duckdb"
    with operational.connect(db) as con:
        record_versions(con, [_row("s-first", "v0")])
    # each batch holds the same three sites, in a different order (a deadlock would show as an error here)
    sites = ["s-a", "s-b", "s-c"]
    batches = [[_row(s, f"w{i}") for s in (sites[i % 3:] + sites[:i % 3])] for i in range(WRITERS)]
    results, errors = _race(db, batches)
    assert errors == [], [repr(e) for e in errors]
    for s in sites:
        assert [v for v, _ in _numbers(db, s)] == list(range(1, WRITERS + 1)), s
        assert sorted(r[s] for r in results) == list(range(1, WRITERS + 1)), (s, results)
