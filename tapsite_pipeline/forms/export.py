"""Leads out for the owner: CSV that spreadsheets open safely (formula-looking cells escaped) and JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

# A cell starting with one of these is run as a formula by Excel/Sheets/LibreOffice (OWASP "CSV injection");
# a leading apostrophe makes it text. Phone numbers in E.164 start with "+", so they are escaped too.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ("created_at", "form_type", "status", "submitter_name", "submitter_contact", "phone", "email",
               "message", "items", "fulfilment", "address", "service", "date", "time", "note", "what",
               "submission_id")


def safe_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    data = row.get("data") or {}
    items = "; ".join(f"{i['name']} x {i['quantity']}" for i in data.get("items", []))
    return {**{k: data.get(k) for k in CSV_COLUMNS if k in data}, **{k: row.get(k) for k in CSV_COLUMNS if k in row},
            "items": items}


def to_csv(rows: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for r in rows:
        flat = _flat(r)
        w.writerow([safe_cell(flat.get(c)) for c in CSV_COLUMNS])
    return buf.getvalue()


def to_json(rows: list[dict[str, Any]]) -> str:
    keep = ("submission_id", "created_at", "form_type", "status", "submitter_name", "submitter_contact", "data",
            "site_version")
    return json.dumps([{k: r.get(k) for k in keep} for r in rows], ensure_ascii=False, default=str, indent=1)
