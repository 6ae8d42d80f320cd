"""`form_submissions`, `form_settings` and `form_deliveries` in the operational store (tapsite_pipeline.operational).

Every access goes through `_connection` (the store's lock-waiting short connection). Posts are written by
one thread in batches (group commit): one multi-row insert per batch, the connection held only while posts
keep coming, and no two inserts of the same submission racing each other.
"""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tapsite_pipeline import operational
from tapsite_pipeline.sql import Connection, upsert

LOCK_WAIT_S = 10.0
IDLE_S = 0.02      # a connection is closed once no post has arrived for this long
HOLD_S = 1.0       # ... and at the latest after this long, so other processes get their turn
COLUMNS = ("submission_id", "website_id", "subdomain", "site_version", "form_type", "data", "submitter_name",
           "submitter_contact", "status", "ip_hash", "user_agent", "created_at")


@contextmanager
def _connection(db_path: Path, read_only: bool = False) -> Iterator[Connection]:
    """A short connection to the operational store (on DuckDB, waiting up to LOCK_WAIT_S for another
    process); every form-table access goes through here."""
    with operational.connect(Path(db_path), read_only=read_only, timeout_s=LOCK_WAIT_S) as con:
        yield con


@dataclass
class Submission:
    submission_id: str
    website_id: str | None
    subdomain: str
    site_version: str | None
    form_type: str
    data: dict[str, Any]
    submitter_name: str | None
    submitter_contact: str | None
    ip_hash: str | None
    user_agent: str | None
    status: str = "new"

    def row(self) -> list[Any]:
        return [self.submission_id, self.website_id, self.subdomain, self.site_version, self.form_type,
                json.dumps(self.data, ensure_ascii=False), self.submitter_name, self.submitter_contact,
                self.status, self.ip_hash, self.user_agent]


@dataclass
class _Job:
    kind: str                      # "submission" | "delivery"
    values: list[Any]
    done: Future = field(default_factory=Future)


class Writer:
    """One writing thread; `save` returns a Future that is True when the row is new, False when the same
    submission was stored before (a resent post), and raises when the store stayed locked."""

    def __init__(self, db_path: Path, max_batch: int = 500):
        self.db_path = Path(db_path)
        self._q: queue.Queue[_Job | None] = queue.Queue()
        self._max = max_batch
        self._thread = threading.Thread(target=self._run, name="form-writer", daemon=True)
        self._thread.start()

    def save(self, sub: Submission) -> Future:
        job = _Job("submission", sub.row())
        self._q.put(job)
        return job.done

    def record_delivery(self, submission_id: str, channel: str, ok: bool, attempts: int,
                        status_code: int | None, error: str | None) -> Future:
        job = _Job("delivery", [submission_id, channel, ok, attempts, status_code, (error or "")[:300] or None])
        self._q.put(job)
        return job.done

    def close(self, timeout: float = 10.0) -> None:
        self._q.put(None)
        self._thread.join(timeout)

    def _next_batch(self, first: _Job) -> list[_Job]:
        batch = [first]
        while len(batch) < self._max:
            try:
                nxt = self._q.get_nowait()
            except queue.Empty:
                break
            if nxt is None:
                self._q.put(None)
                break
            batch.append(nxt)
        return batch

    def _run(self) -> None:
        while True:
            job = self._q.get()
            if job is None:
                return
            batch = self._next_batch(job)
            # A connection is kept only while posts keep coming (IDLE_S apart, HOLD_S at most): a burst does
            # not pay the open/close per batch, and other processes get the file back within a second.
            try:
                with _connection(self.db_path) as con:
                    opened = time.monotonic()
                    while batch:
                        self._write(con, batch)
                        batch = []
                        if time.monotonic() - opened > HOLD_S:
                            break
                        try:
                            nxt = self._q.get(timeout=IDLE_S)
                        except queue.Empty:
                            break
                        if nxt is None:
                            self._q.put(None)
                            break
                        batch = self._next_batch(nxt)
            except Exception as exc:  # noqa: BLE001 — the store stayed locked: these posts are told
                for j in batch:
                    if not j.done.done():
                        j.done.set_exception(exc)

    def _write(self, con: Connection, batch: list[_Job]) -> None:
        subs = [j for j in batch if j.kind == "submission"]
        firsts: dict[str, _Job] = {}
        for j in subs:                      # the same post twice in one batch: the first one is inserted
            firsts.setdefault(j.values[0], j)
        deliveries = [j for j in batch if j.kind == "delivery"]
        try:
            con.execute("BEGIN")
            new: set[str] = set()
            if firsts:
                rows = list(firsts.values())
                marks = ", ".join(["(" + ", ".join("?" * 11) + ")"] * len(rows))
                got = con.execute(
                    f"INSERT INTO form_submissions ({', '.join(COLUMNS[:-1])}) VALUES {marks}"
                    " ON CONFLICT DO NOTHING RETURNING submission_id",
                    [v for j in rows for v in j.values]).fetchall()
                new = {r[0] for r in got}
            if deliveries:
                con.executemany("INSERT INTO form_deliveries (submission_id, channel, ok, attempts, status_code,"
                                " error) VALUES (?, ?, ?, ?, ?, ?)", [j.values for j in deliveries])
            con.execute("COMMIT")
        except Exception as exc:  # noqa: BLE001 — every waiting post is told; none is silently lost
            try:
                con.execute("ROLLBACK")
            except Exception:  # noqa: BLE001
                pass
            for job in batch:
                job.done.set_exception(exc)
            return
        for j in subs:
            j.done.set_result(firsts[j.values[0]] is j and j.values[0] in new)
        for j in deliveries:
            j.done.set_result(True)


def site_settings(db_path: Path, subdomain: str) -> dict[str, Any]:
    """tier, webhook_url, notify_email for one site ({} when none were set)."""
    if not operational.exists(Path(db_path)):
        return {}
    with _connection(db_path) as con:
        row = con.execute("SELECT tier, webhook_url, notify_email FROM form_settings WHERE subdomain = ?",
                          [subdomain]).fetchone()
    return dict(zip(("tier", "webhook_url", "notify_email"), row, strict=True)) if row else {}


def set_site_settings(db_path: Path, subdomain: str, **values: Any) -> dict[str, Any]:
    current = {"tier": None, "webhook_url": None, "notify_email": None, **site_settings(db_path, subdomain)}
    current.update({k: (v or None) for k, v in values.items() if v is not None})
    with _connection(db_path) as con:
        con.execute(upsert("form_settings", ("subdomain", "tier", "webhook_url", "notify_email", "updated_at"),
                           ("subdomain",), "VALUES (?, ?, ?, ?, current_timestamp)"),
                    [subdomain, current["tier"], current["webhook_url"], current["notify_email"]])
    return current


def list_submissions(db_path: Path, subdomain: str, status: str | None = None) -> list[dict[str, Any]]:
    """A site's leads, oldest first, data decoded."""
    if not operational.exists(Path(db_path)):
        return []
    sql = f"SELECT {', '.join(COLUMNS)} FROM form_submissions WHERE subdomain = ?"
    args: list[Any] = [subdomain]
    if status:
        sql += " AND status = ?"
        args.append(status)
    with _connection(db_path) as con:
        rows = con.execute(sql + " ORDER BY created_at, submission_id", args).fetchall()
    out = []
    for r in rows:
        d = dict(zip(COLUMNS, r, strict=True))
        d["data"] = json.loads(d["data"]) if d["data"] else {}
        out.append(d)
    return out


def count_by_site(con: Connection) -> dict[str, int]:
    """Leads per subdomain, on a connection the caller already holds (report, Dagster)."""
    return dict(con.execute("SELECT subdomain, count(*) FROM form_submissions GROUP BY subdomain").fetchall())


def leads_per_campaign(con: Connection) -> list[dict[str, Any]]:
    """Per campaign (sites made outside one are "(none)"): sites, sites with leads, leads by form type."""
    cur = con.execute("""
        SELECT coalesce(w.campaign, '(none)') AS campaign, count(DISTINCT w.site_id) AS sites,
               count(DISTINCT f.website_id) AS sites_with_leads, count(f.submission_id) AS leads,
               count(f.submission_id) FILTER (WHERE f.form_type = 'contact') AS contact,
               count(f.submission_id) FILTER (WHERE f.form_type = 'order') AS "order",
               count(f.submission_id) FILTER (WHERE f.form_type = 'booking') AS booking,
               count(f.submission_id) FILTER (WHERE f.status = 'new') AS new,
               max(f.created_at) AS last_lead_at
        FROM websites w LEFT JOIN form_submissions f ON f.website_id = w.site_id
        GROUP BY coalesce(w.campaign, '(none)') ORDER BY leads DESC, campaign""")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
