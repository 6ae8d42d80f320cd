"""Analytics over production data: a campaign's operational rows, exported from PostgreSQL to Parquet files
under the project home, and read by DuckDB's `read_parquet` (the analytics engine stays DuckDB).

DuckDB's postgres scanner is an extension this project's DuckDB cannot load offline, so the rows travel as
files: one folder per campaign, `<home>/exports/<campaign>/<table>.parquet`, written a few thousand rows at
a time (a server-side cursor feeding pyarrow row groups), so an export's memory does not grow with the
campaign. Column types follow PostgreSQL's (JSON as text, as DuckDB stores it; arrays as lists).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from tapsite_pipeline.errors import InputError

BATCH_ROWS = 5000
# Each table's rows of one campaign (`?` is the campaign key), in the store's SQL.
_OF_CAMPAIGN = "site_id IN (SELECT site_id FROM campaign_items WHERE campaign = ? AND valid)"
TABLES: dict[str, str] = {
    "campaign_items": "campaign = ?",
    "campaign_stage_results": "campaign = ?",
    "websites": "campaign = ?",
    "deployments": _OF_CAMPAIGN,
    "ai_generation_logs": _OF_CAMPAIGN,
    "stage_timings": _OF_CAMPAIGN,
    "site_versions": "campaign = ?",
}


def _arrow_type(oid: int) -> Any:
    """The pyarrow type of a PostgreSQL column (by its type OID); text for anything unlisted."""
    import pyarrow as pa
    return {16: pa.bool_(), 20: pa.int64(), 21: pa.int32(), 23: pa.int32(), 700: pa.float64(), 701: pa.float64(),
            1700: pa.float64(), 1184: pa.timestamp("us", tz="UTC"), 1114: pa.timestamp("us"),
            1009: pa.list_(pa.string()), 1015: pa.list_(pa.string())}.get(oid, pa.string())


def export_campaign(dsn: str, campaign: str, out_dir: Path) -> dict[str, Any]:
    """Write every table of TABLES for one campaign to `out_dir/<table>.parquet`; rows and seconds per table."""
    import psycopg2
    import psycopg2.extras
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tapsite_pipeline.pg_store import pg_sql
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    t0 = time.perf_counter()
    raw = psycopg2.connect(dsn)
    try:
        psycopg2.extras.register_default_json(raw, loads=lambda s: s)
        (known,) = _one(raw, "SELECT count(*) FROM campaigns WHERE campaign = %s", campaign)
        if not known:
            raise InputError(f"no campaign {campaign!r} in the store; `tapsite campaign list` names them")
        for table, where in TABLES.items():
            with raw.cursor(name=f"export_{table}") as cur:   # server-side: rows arrive BATCH_ROWS at a time
                cur.itersize = BATCH_ROWS
                cur.execute(pg_sql(f"SELECT * FROM {table} WHERE {where}"), (campaign,))
                counts[table] = _write(cur, out_dir / f"{table}.parquet", pa, pq)
    finally:
        raw.close()
    return {"campaign": campaign, "folder": str(out_dir), "rows": counts,
            "seconds": round(time.perf_counter() - t0, 3),
            "bytes": sum(f.stat().st_size for f in out_dir.glob("*.parquet"))}


def _one(raw: Any, sql: str, *params: Any) -> tuple[Any, ...]:
    with raw.cursor() as cur:
        cur.execute(sql, params)
        return tuple(cur.fetchone())


def _write(cur: Any, path: Path, pa: Any, pq: Any) -> int:
    rows = cur.fetchmany(BATCH_ROWS)   # the first fetch fills cursor.description
    names = [d.name for d in cur.description]
    schema = pa.schema([(d.name, _arrow_type(d.type_code)) for d in cur.description])
    written = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        while True:
            columns = list(zip(*rows, strict=True)) if rows else [() for _ in names]
            writer.write_table(pa.table([pa.array([_plain(v) for v in col], type=schema.field(i).type)
                                         for i, col in enumerate(columns)], schema=schema))
            written += len(rows)
            if len(rows) < BATCH_ROWS:
                return written
            rows = cur.fetchmany(BATCH_ROWS)


def _plain(v: Any) -> Any:
    from decimal import Decimal
    return float(v) if isinstance(v, Decimal) else v


def campaign_report(folder: Path) -> dict[str, Any]:
    """What analytics asks of an exported campaign, answered by DuckDB over its Parquet files: sites per
    stage and outcome, each stage's median and p95 milliseconds, calls and cost per model, bytes built."""
    import duckdb
    if not (folder / "campaign_stage_results.parquet").is_file():
        raise InputError(f"{folder}: no exported campaign here (`tapsite production export` writes one)")
    t0 = time.perf_counter()
    con = duckdb.connect()
    try:
        def table(name: str) -> str:
            return f"read_parquet('{folder / (name + '.parquet')}')"
        stages = con.execute(
            "SELECT stage, count(*) FILTER (WHERE ok), count(*) FILTER (WHERE NOT ok), median(ms),"
            f" quantile_cont(ms, 0.95) FROM {table('campaign_stage_results')} GROUP BY stage ORDER BY stage"
        ).fetchall()
        models = con.execute(
            f"SELECT model, count(*), count(*) FILTER (WHERE NOT success), sum(cost_usd) FROM"
            f" {table('ai_generation_logs')} GROUP BY model ORDER BY model").fetchall()
        (built,) = con.execute(f"SELECT coalesce(sum(total_bytes), 0) FROM {table('websites')}"
                               " WHERE status = 'deployed'").fetchone() or (0,)
    finally:
        con.close()
    return {"stages": {s: {"ok": ok, "failed": bad, "p50_ms": round(p50 or 0.0, 3), "p95_ms": round(p95 or 0.0, 3)}
                       for s, ok, bad, p50, p95 in stages},
            "models": {m: {"calls": n, "errors": e, "cost_usd": round(c or 0.0, 6)} for m, n, e, c in models},
            "bytes_built": int(built), "seconds": round(time.perf_counter() - t0, 3)}

