"""A campaign stage's memory does not grow with the campaign: it reads, runs and writes a batch at a time.

The same stage is run over N and 4N rows under tracemalloc (allocated bytes, not time): the extra peak
for the 3N more rows must stay well under what holding those rows' results would take, measured here
on the same results, so the bound follows the payloads instead of being a guessed number of bytes.
"""

from __future__ import annotations

import csv
import gc
import io
import tracemalloc

import pytest

from tapsite_pipeline import store
from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.campaigns.batch import Inputs, run_stage
from tapsite_pipeline.campaigns.intake import parse_campaign, register_file
from tapsite_pipeline.campaigns.stage_types import decode
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.models import Intent
from tapsite_pipeline.orchestration.resources import TapsiteResource, load_ids

pytestmark = pytest.mark.integration   # the Dagster resource as the stage's workspace

N, BATCH = 120, 40
PRODUCTS = ["nastar keju", "kastengel", "putri salju", "lidah kucing", "kue semprit", "bolu pandan"]


def _csv(n: int) -> bytes:
    # long briefs: a row that stayed in memory would weigh what a real one does
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["id", "brief"])
    for i in range(n):
        w.writerow([f"r{i}", f"Toko Kue Nomor {i} jual {', '.join(PRODUCTS)} di Bandung sejak 2010; pesan lewat "
                             f"WA 0812-3456-{i:04d}, antar ke seluruh kota, terima pesanan hampers lebaran dan natal, warna pink"])
    return out.getvalue().encode()


def _intent(sid: str, got: Inputs) -> Intent:
    row = got["briefs"][sid]   # the stage reads its input from the batch's inputs, as every asset does
    return Intent(business_type="food_and_beverage", industry="bakery", brand_name=f"Toko Kue {row.row}",
                  products=PRODUCTS, language="id", location="Bandung", tone="friendly",
                  target_audience="keluarga dan kantor di Bandung yang memesan kue kering untuk hari raya")


def _campaign(tmp_path, n: int) -> tuple[TapsiteResource, str, list[str]]:
    ws = TapsiteResource(home=str(tmp_path / f"home-{n}"), workers=2, batch_size=BATCH)
    data = _csv(n)
    info = register_file(ws.settings().home, data, source=f"rows-{n}.csv", name=f"rows-{n}")
    parsed = parse_campaign(data, info.key)
    assert len(parsed.rows) == n, parsed.errors[:3]
    with ws.connect() as con:
        campaign_store.save_campaign(con, info, parsed)
    return ws, info.key, [r.site_id for r in parsed.rows]


def _peak(ws: TapsiteResource, key: str, ids: list[str]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        run = run_stage(ws, key, "run-1", "intent", ids, _intent, needs=("briefs",))
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert run.processed == len(ids) and not run.failed and run.ok_ids == ids
    return peak


def _held(ws: TapsiteResource, key: str, ids: list[str]) -> int:
    """Bytes that keeping these sites' inputs and results at once takes (what a stage must not do)."""
    with ws.connect() as con:
        payloads = [r.output_json() for r in campaign_store.load_stage(con, key, "intent", site_ids=ids).values()]
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        with ws.connect() as con:
            rows = campaign_store.stage_outputs(con, key, "briefs", ids)
        kept = [decode("intent", p) for p in payloads]
        held = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    assert len(kept) == len(rows) == len(ids)
    return held


def test_a_stage_over_4n_rows_peaks_about_where_it_does_over_n(tmp_path):
    small, big = _campaign(tmp_path, N), _campaign(tmp_path, 4 * N)
    warm = _campaign(tmp_path, 3)   # imports, the runtime and DuckDB's first connection, outside the figures
    _peak(*warm)
    p_small, p_big = _peak(*small), _peak(*big)
    held = _held(big[0], big[1], big[2][N:])   # the 3N rows the big run has more
    growth = p_big - p_small
    assert held > 500_000, held   # the rows are heavy enough for the comparison to mean something
    assert growth < held / 4, (f"peak {p_small / 1e6:.2f} MB over {N} rows, {p_big / 1e6:.2f} MB over {4 * N}: "
                               f"+{growth / 1e6:.2f} MB, against {held / 1e6:.2f} MB to hold the {3 * N} more rows")


def test_assets_hand_each_other_ids_not_results(tmp_path):
    ws, key, ids = _campaign(tmp_path, 5)
    run_stage(ws, key, "run-1", "intent", ids, _intent, needs=("briefs",))
    assert load_ids(ws.settings(), key, "briefs") == ids     # in row order
    assert load_ids(ws.settings(), key, "intent") == ids
    assert load_ids(ws.settings(), key, "design") == []      # nothing stored yet


def test_the_store_caps_duckdb_memory(tmp_path, monkeypatch):
    db = tmp_path / "t.duckdb"

    def limit() -> str:
        with store.connect(db) as con:
            return con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]

    default = limit()
    assert default.endswith(("MiB", "MB")) and float(default.split()[0]) <= 128, default
    monkeypatch.setenv(store.MEMORY_LIMIT_ENV, "512MB")
    assert float(limit().split()[0]) > float(default.split()[0])
    monkeypatch.setenv(store.MEMORY_LIMIT_ENV, "lots")
    with pytest.raises(ConfigError, match="128MB or 2GB"):
        limit()
