"""The Parquet exports of a production profile's campaigns, `<home>/exports/<campaign>/<table>.parquet`
(written by `production.export` when a campaign finishes), as the quality tools read them: with DuckDB, since
the rows themselves are in the profile's PostgreSQL and not in the home's DuckDB file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SITE_COLUMNS = ("site_id", "subdomain", "template_id", "brand_name", "business_type", "brief", "intent", "content",
                "campaign")


def exported_websites(home: Path, campaigns: list[str] | None = None) -> list[dict[str, Any]]:
    """The `websites` rows of the campaigns exported under `<home>/exports/` (all, or those keyed in
    `campaigns`), read by DuckDB: how the quality tools see a production profile's sites, whose rows are in
    PostgreSQL and not in the home's DuckDB file. Empty when nothing was exported."""
    import duckdb
    files = [f for f in sorted((home / "exports").glob("*/websites.parquet"))
             if campaigns is None or f.parent.name in campaigns]
    if not files:
        return []
    paths = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
    con = duckdb.connect()
    try:
        cur = con.execute(f"SELECT {', '.join(SITE_COLUMNS)} FROM read_parquet([{paths}], union_by_name = true)"
                          " WHERE subdomain IS NOT NULL ORDER BY subdomain")
        return [dict(zip(SITE_COLUMNS, row, strict=True)) for row in cur.fetchall()]
    finally:
        con.close()
