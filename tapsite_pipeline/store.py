"""The DuckDB store: numbered migrations, and the writes and reads of sites, logs and deployments."""

from __future__ import annotations

import fcntl
import json
import os
import random
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_random_exponential

from tapsite_pipeline.errors import ConfigError, TapsiteError
from tapsite_pipeline.sql import Connection, upsert

MIGRATIONS: list[tuple[str, str]] = [
    ("create_core_tables", """
        CREATE TABLE websites (
            site_id VARCHAR PRIMARY KEY, campaign VARCHAR, row_id VARCHAR, brief VARCHAR NOT NULL,
            brand_name VARCHAR, business_type VARCHAR, language VARCHAR, template_id VARCHAR,
            subdomain VARCHAR, url VARCHAR, intent JSON, design JSON, content JSON,
            html_bytes INTEGER, total_bytes INTEGER, status VARCHAR, error VARCHAR,
            created_at TIMESTAMPTZ DEFAULT current_timestamp, updated_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE templates (
            template_id VARCHAR PRIMARY KEY, name VARCHAR, categories VARCHAR[], tones VARCHAR[],
            features VARCHAR[], color_family VARCHAR, hero_variant VARCHAR, layout VARCHAR[]);
        CREATE TABLE ai_generation_logs (
            run_id VARCHAR, site_id VARCHAR, stage VARCHAR, prompt VARCHAR, model VARCHAR,
            tokens_in INTEGER, tokens_out INTEGER, cost_usd DOUBLE, latency_ms DOUBLE,
            success BOOLEAN, error VARCHAR, cache_hit BOOLEAN, fallback_from VARCHAR,
            created_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE deployments (
            site_id VARCHAR, subdomain VARCHAR, version VARCHAR, url VARCHAR, manifest_path VARCHAR,
            previous_version VARCHAR, deployed_at TIMESTAMPTZ, PRIMARY KEY (subdomain, version, deployed_at));
        CREATE TABLE stage_timings (
            run_id VARCHAR, site_id VARCHAR, stage VARCHAR, ms DOUBLE,
            created_at TIMESTAMPTZ DEFAULT current_timestamp);
    """),
    ("eval_tables", """
        CREATE TABLE eval_runs (
            run_id VARCHAR PRIMARY KEY, suite VARCHAR, stage VARCHAR, dataset VARCHAR, dataset_hash VARCHAR,
            split VARCHAR, model VARCHAR, prompts JSON, matcher VARCHAR, repeats INTEGER, n_cases INTEGER,
            metrics JSON, scorers JSON, gates JSON, mlflow_run_id VARCHAR, duration_s DOUBLE,
            created_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE eval_cases (
            run_id VARCHAR, case_id VARCHAR, rep INTEGER, input VARCHAR, gold JSON, output JSON,
            error VARCHAR, tokens_in INTEGER, tokens_out INTEGER, cost_usd DOUBLE, latency_ms DOUBLE,
            scores JSON, PRIMARY KEY (run_id, case_id, rep));
        CREATE TABLE eval_scores (run_id VARCHAR, case_id VARCHAR, rep INTEGER, metric VARCHAR, value DOUBLE);
        CREATE TABLE eval_comparisons (
            comparison_id VARCHAR PRIMARY KEY, run_a VARCHAR, run_b VARCHAR, suite VARCHAR, passed BOOLEAN,
            prompts_a JSON, prompts_b JSON, report JSON, created_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE prompt_promotions (
            name VARCHAR, from_version INTEGER, to_version INTEGER, forced BOOLEAN, comparison_id VARCHAR,
            reason VARCHAR, created_at TIMESTAMPTZ DEFAULT current_timestamp);
    """),
    ("campaign_tables", """
        CREATE TABLE campaigns (
            campaign VARCHAR PRIMARY KEY, name VARCHAR, source VARCHAR, sha256 VARCHAR,
            total_rows INTEGER, valid_rows INTEGER, registered_at TIMESTAMPTZ,
            updated_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE campaign_items (
            campaign VARCHAR, row_num INTEGER, row_id VARCHAR, site_id VARCHAR, valid BOOLEAN,
            error VARCHAR, payload JSON, PRIMARY KEY (campaign, row_num));
        CREATE TABLE campaign_stage_results (
            campaign VARCHAR, stage VARCHAR, site_id VARCHAR, ok BOOLEAN, payload JSON, error VARCHAR,
            ms DOUBLE, cost_usd DOUBLE, run_id VARCHAR,
            updated_at TIMESTAMPTZ DEFAULT current_timestamp, PRIMARY KEY (campaign, stage, site_id));
    """),
    ("providers_log_details", """
        ALTER TABLE ai_generation_logs ADD COLUMN call_id VARCHAR;
        ALTER TABLE ai_generation_logs ADD COLUMN requests INTEGER;
        ALTER TABLE ai_generation_logs ADD COLUMN reasks INTEGER;
        ALTER TABLE ai_generation_logs ADD COLUMN saved_usd DOUBLE;
    """),
    ("metrics_site_metrics", """
        CREATE TABLE site_eval_runs (
            run_id VARCHAR PRIMARY KEY, source VARCHAR, campaign VARCHAR, lighthouse BOOLEAN,
            n_sites INTEGER, n_failed INTEGER, wall_s DOUBLE, medians JSON, settings JSON,
            mlflow_run_id VARCHAR, created_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE site_metrics (
            run_id VARCHAR, site_id VARCHAR, subdomain VARCHAR, url VARCHAR, template_id VARCHAR,
            version VARCHAR, campaign VARCHAR, status VARCHAR, error VARCHAR,
            lh_performance DOUBLE, lh_accessibility DOUBLE, lh_best_practices DOUBLE, lh_seo DOUBLE,
            lcp_ms DOUBLE, cls DOUBLE, tbt_ms DOUBLE, total_byte_weight BIGINT, lh_error VARCHAR,
            lh_failed_audits JSON, lh_ms DOUBLE, axe_violations INTEGER, axe_serious INTEGER, axe JSON,
            page_bytes BIGINT, load_ms DOUBLE, desktop_sha VARCHAR, desktop_path VARCHAR,
            desktop_height INTEGER, desktop_dhash VARCHAR, mobile_sha VARCHAR, mobile_path VARCHAR,
            mobile_height INTEGER, mobile_dhash VARCHAR, cost_usd DOUBLE,
            created_at TIMESTAMPTZ DEFAULT current_timestamp, PRIMARY KEY (run_id, site_id));
    """),
    ("human_ratings", """
        CREATE TABLE human_ratings (
            rating_id VARCHAR PRIMARY KEY, site_id VARCHAR, subdomain VARCHAR NOT NULL, version VARCHAR,
            rater VARCHAR, rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5), tags VARCHAR[],
            note VARCHAR, created_at TIMESTAMPTZ DEFAULT current_timestamp);
    """),
    ("fidelity_results", """
        CREATE TABLE fidelity_results (
            subdomain VARCHAR NOT NULL, version VARCHAR NOT NULL, site_id VARCHAR, check_name VARCHAR NOT NULL,
            passed BOOLEAN, score DOUBLE, problems JSON, metrics JSON,
            created_at TIMESTAMPTZ DEFAULT current_timestamp, PRIMARY KEY (subdomain, version, check_name));
    """),
    # A site's row is written `pending` (with the version about to go live and the writing process)
    # before its files switch live, and `deployed` after; the start-up reconciler settles the rest.
    ("websites_pending_version", """
        ALTER TABLE websites ADD COLUMN version VARCHAR;
        ALTER TABLE websites ADD COLUMN writer VARCHAR;
    """),
    # Every brief the content policy refused, and every prompt injection cut out of one (action).
    ("policy_refusals", """
        CREATE TABLE policy_refusals (
            created_at TIMESTAMPTZ DEFAULT current_timestamp, source VARCHAR, action VARCHAR, campaign VARCHAR,
            row_num INTEGER, category VARCHAR, screener VARCHAR, score DOUBLE, terms VARCHAR, reason VARCHAR,
            brief_sha256 VARCHAR, brief VARCHAR, host VARCHAR);
    """),
    # Runs name what answered: the model asked for beside the one that answered, the prompt's content
    # hash, and the answer's own figures (a cache hit's original call) beside what was billed.
    ("answer_provenance", """
        ALTER TABLE ai_generation_logs ADD COLUMN requested_model VARCHAR;
        ALTER TABLE ai_generation_logs ADD COLUMN prompt_hash VARCHAR;
        ALTER TABLE ai_generation_logs ADD COLUMN original_tokens_in INTEGER;
        ALTER TABLE ai_generation_logs ADD COLUMN original_tokens_out INTEGER;
        ALTER TABLE ai_generation_logs ADD COLUMN original_cost_usd DOUBLE;
        ALTER TABLE ai_generation_logs ADD COLUMN original_latency_ms DOUBLE;
        ALTER TABLE eval_cases ADD COLUMN requested_model VARCHAR;
        ALTER TABLE eval_cases ADD COLUMN answered_by VARCHAR;
        ALTER TABLE eval_cases ADD COLUMN fallback BOOLEAN;
        ALTER TABLE eval_cases ADD COLUMN cache_hit BOOLEAN;
        ALTER TABLE eval_cases ADD COLUMN prompt_hash VARCHAR;
        ALTER TABLE eval_cases ADD COLUMN billed_usd DOUBLE;
        ALTER TABLE eval_runs ADD COLUMN answered INTEGER;
        ALTER TABLE eval_runs ADD COLUMN fell_back INTEGER;
        ALTER TABLE eval_runs ADD COLUMN errored INTEGER;
        ALTER TABLE eval_runs ADD COLUMN cache_hits INTEGER;
        ALTER TABLE eval_runs ADD COLUMN allow_fallback BOOLEAN;
        ALTER TABLE eval_runs ADD COLUMN prompt_hashes JSON;
        ALTER TABLE eval_runs ADD COLUMN prompt_blind JSON;
        ALTER TABLE eval_comparisons ADD COLUMN verdict VARCHAR;
        ALTER TABLE eval_comparisons ADD COLUMN reasons JSON;
    """),
    # Promotion binds what was compared: both prompts' content, the data (hash, split, size), the models.
    ("comparison_binding", """
        ALTER TABLE eval_runs ADD COLUMN gate_policy JSON;
        ALTER TABLE eval_comparisons ADD COLUMN prompt_hashes_a JSON;
        ALTER TABLE eval_comparisons ADD COLUMN prompt_hashes_b JSON;
        ALTER TABLE eval_comparisons ADD COLUMN dataset_hash VARCHAR;
        ALTER TABLE eval_comparisons ADD COLUMN split VARCHAR;
        ALTER TABLE eval_comparisons ADD COLUMN n_cases INTEGER;
        ALTER TABLE eval_comparisons ADD COLUMN model_a VARCHAR;
        ALTER TABLE eval_comparisons ADD COLUMN model_b VARCHAR;
    """),
    # LLM judges: each case's verdicts (score, reason, judge model, rubric), and judges measured against people.
    ("eval_judges", """
        ALTER TABLE eval_cases ADD COLUMN judgements JSON;
        CREATE TABLE judge_calibrations (
            calibration_id VARCHAR PRIMARY KEY, rubric VARCHAR, rubric_hash VARCHAR, model VARCHAR,
            labels VARCHAR, labels_hash VARCHAR, n INTEGER, agreement JSON, answers JSON,
            created_at TIMESTAMPTZ DEFAULT current_timestamp);
    """),
    ("comparison_mlflow", """
        ALTER TABLE eval_comparisons ADD COLUMN mlflow_run_id VARCHAR;
    """),
    ("site_metrics_review", """
        ALTER TABLE site_metrics ADD COLUMN content_hash VARCHAR;
        ALTER TABLE site_metrics ADD COLUMN live_url VARCHAR;
        ALTER TABLE site_metrics ADD COLUMN capture_faults JSON;
        ALTER TABLE site_metrics ADD COLUMN retakes INTEGER;
        ALTER TABLE site_metrics ADD COLUMN lh_runs INTEGER;
        ALTER TABLE site_metrics ADD COLUMN lh_spread JSON;
        ALTER TABLE site_metrics ADD COLUMN lh_baseline JSON;
        ALTER TABLE site_metrics ADD COLUMN lh_flagged JSON;
        ALTER TABLE site_metrics ADD COLUMN lh_benchmark DOUBLE;
        ALTER TABLE site_metrics ADD COLUMN site_checks JSON;
        ALTER TABLE site_eval_runs ADD COLUMN total_s DOUBLE;
    """),
    ("form_submissions", """
        CREATE TABLE form_submissions (
            submission_id VARCHAR PRIMARY KEY, website_id VARCHAR, subdomain VARCHAR NOT NULL,
            site_version VARCHAR, form_type VARCHAR NOT NULL, data JSON NOT NULL, submitter_name VARCHAR,
            submitter_contact VARCHAR, status VARCHAR NOT NULL DEFAULT 'new', ip_hash VARCHAR,
            user_agent VARCHAR, created_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE form_settings (
            subdomain VARCHAR PRIMARY KEY, tier VARCHAR, webhook_url VARCHAR, notify_email VARCHAR,
            updated_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE form_deliveries (
            submission_id VARCHAR, channel VARCHAR, ok BOOLEAN, attempts INTEGER, status_code INTEGER,
            error VARCHAR, created_at TIMESTAMPTZ DEFAULT current_timestamp);
    """),
    # A site is the business: every generation, refinement or campaign re-run of it is a numbered
    # version (with what each stage produced and its hash); site_keys finds a business again from a
    # new brief; site_edits keeps every refinement request, what it was read as and what re-ran.
    ("site_versions_edits", """
        CREATE TABLE site_versions (
            site_id VARCHAR, version INTEGER, subdomain VARCHAR, deploy_version VARCHAR, source VARCHAR,
            parent_version INTEGER, edit_id VARCHAR, campaign VARCHAR, row_id VARCHAR, brief JSON, intent JSON,
            design JSON, content JSON, images JSON, overrides JSON, hashes JSON,
            created_at TIMESTAMPTZ DEFAULT current_timestamp, PRIMARY KEY (site_id, version));
        CREATE TABLE site_keys (
            site_id VARCHAR PRIMARY KEY, brand_key VARCHAR, location_key VARCHAR, contacts VARCHAR[],
            subdomain VARCHAR, updated_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE site_edits (
            edit_id VARCHAR PRIMARY KEY, site_id VARCHAR, subdomain VARCHAR, request VARCHAR, edit JSON,
            status VARCHAR, question VARCHAR, from_version INTEGER, to_version INTEGER, stages_rerun VARCHAR[],
            stages_reused VARCHAR[], timings JSON, model VARCHAR,
            created_at TIMESTAMPTZ DEFAULT current_timestamp);
    """),
    # The owner's conversations (chat.machine): the whole state after every turn, and every message.
    ("conversations", """
        CREATE TABLE conversations (
            conversation_id VARCHAR PRIMARY KEY, state VARCHAR, data JSON, site_id VARCHAR, subdomain VARCHAR,
            turns INTEGER, created_at TIMESTAMPTZ DEFAULT current_timestamp,
            updated_at TIMESTAMPTZ DEFAULT current_timestamp);
        CREATE TABLE conversation_turns (
            conversation_id VARCHAR, seq INTEGER, role VARCHAR, text VARCHAR, state_before VARCHAR,
            state_after VARCHAR, created_at TIMESTAMPTZ DEFAULT current_timestamp,
            PRIMARY KEY (conversation_id, seq));
    """),
    ("eval_run_intervals", """
        ALTER TABLE eval_runs ADD COLUMN metric_cis JSON;
    """),
    # The CPU slowdown each Lighthouse score was simulated with (calibrated to the host, lighthouse.py).
    ("site_metrics_cpu_multiplier", """
        ALTER TABLE site_metrics ADD COLUMN lh_cpu_multiplier DOUBLE;
    """),
    # The categories a page scored under the floor by CPU noise only (quality/browser/noise.py).
    ("site_metrics_cpu_noise", """
        ALTER TABLE site_metrics ADD COLUMN lh_cpu_noise JSON;
    """),
]

_migrated: set[str] = set()


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration not yet recorded, in list order, each in its own transaction.

    Migrations are recorded by name, so areas (evals, metrics, campaigns) can append theirs
    without renumbering; a name, once released, never changes meaning.
    """
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR UNIQUE,"
                " applied_at TIMESTAMPTZ DEFAULT current_timestamp)")
    done = {n for (n,) in con.execute("SELECT name FROM schema_migrations").fetchall()}
    ran = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        con.execute("BEGIN")
        try:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version, name) SELECT coalesce(max(version), 0) + 1, ?"
                        " FROM schema_migrations", [name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        ran.append(name)
    return ran


DEFAULT_LOCK_TIMEOUT_S = 60.0
LOCK_TIMEOUT_ENV = "TAPSITE_DB_LOCK_TIMEOUT"


def lock_timeout() -> float:
    """Seconds a command waits for another process to release the database ($TAPSITE_DB_LOCK_TIMEOUT)."""
    raw = os.environ.get(LOCK_TIMEOUT_ENV)
    if not raw:
        return DEFAULT_LOCK_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{LOCK_TIMEOUT_ENV}={raw!r} must be a number of seconds, e.g. 60") from None
    if value < 0:
        raise ConfigError(f"{LOCK_TIMEOUT_ENV}={raw!r} must be 0 or more seconds")
    return value


# DuckDB's buffer pool defaults to 80 % of the machine's RAM, and it fills it when it checkpoints at a
# connection's close or scans a JSON column: measured, a 120,000-row stage-results table (a 20,000-site
# campaign) made each checkpoint take ~400 MB on top of the process, ~130 MB with this limit, and no
# slower. Joins, sorts and aggregates beyond it spill to `<db>.tmp`.
DEFAULT_MEMORY_LIMIT = "128MB"
MEMORY_LIMIT_ENV = "TAPSITE_DB_MEMORY_LIMIT"


def memory_limit() -> str:
    """DuckDB's memory limit for the store ($TAPSITE_DB_MEMORY_LIMIT, e.g. 512MB or 2GB)."""
    raw = os.environ.get(MEMORY_LIMIT_ENV, "").strip() or DEFAULT_MEMORY_LIMIT
    if not re.fullmatch(r"\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", raw, re.I):
        raise ConfigError(f"{MEMORY_LIMIT_ENV}={raw!r} must be a size such as 128MB or 2GB")
    return raw


def _is_lock_conflict(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def _open(db_path: Path, read_only: bool, timeout_s: float, total_s: float) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, waiting while another process holds the file (DuckDB allows one writer, or readers).

    Jittered exponential backoff (10 ms doubling to 500 ms): the waiters of many processes spread out
    instead of retrying in step, and none waits long after the holder's short transaction ends.
    """
    limit = memory_limit()
    attempt = Retrying(retry=retry_if_exception(_is_lock_conflict), stop=stop_after_delay(timeout_s),
                       wait=wait_random_exponential(multiplier=0.01, max=0.5), reraise=True)
    try:
        for tried in attempt:
            with tried:
                return duckdb.connect(str(db_path), read_only=read_only, config={"memory_limit": limit})
    except duckdb.IOException as exc:
        if not _is_lock_conflict(exc):
            raise TapsiteError(f"cannot open {db_path}: {str(exc).splitlines()[0]}") from exc
        holder = re.search(r"\(PID (\d+)\)", str(exc))
        who = f" (process {holder.group(1)})" if holder else ""
        raise TapsiteError(
            f"the database {db_path} stayed busy for {total_s:g} s: another process{who} holds it. "
            f"Wait for it to finish, or allow a longer wait with {LOCK_TIMEOUT_ENV}=SECONDS") from exc
    raise AssertionError("unreachable")


_queue: dict[str, list[int]] = {}   # db path -> [fd of its .lock file, depth]: this process's place
_queue_lock = threading.Lock()


def _enter_queue(db_path: Path, timeout_s: float) -> None:
    """Take the database's turn lock (a flock on `<db>.lock`, cheap to poll, unlike a DuckDB open).

    Re-entrant within the process (its threads share DuckDB's in-process instance); other processes
    wait here, so DuckDB itself is only asked when the file is free.
    """
    key, fd, delay = str(db_path), None, 0.002
    end = time.monotonic() + timeout_s
    while True:
        with _queue_lock:
            if key in _queue:
                _queue[key][1] += 1
                if fd is not None:
                    os.close(fd)
                return
            if fd is None:
                fd = os.open(f"{db_path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                _queue[key] = [fd, 1]
                return
            except BlockingIOError:
                pass
        if time.monotonic() >= end:
            os.close(fd)
            raise TapsiteError(
                f"the database {db_path} stayed busy for {timeout_s:g} s: other tapsite processes kept it. "
                f"Wait for them to finish, or allow a longer wait with {LOCK_TIMEOUT_ENV}=SECONDS")
        time.sleep(random.uniform(delay / 2, delay))
        delay = min(delay * 2, 0.1)


def _leave_queue(db_path: Path) -> None:
    with _queue_lock:
        entry = _queue[str(db_path)]
        entry[1] -= 1
        if entry[1] == 0:
            del _queue[str(db_path)]
            fcntl.flock(entry[0], fcntl.LOCK_UN)
            os.close(entry[0])


@contextmanager
def connect(db_path: Path, read_only: bool = False,
            timeout_s: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection; waits for other processes' (short) ones. Migrations run on first use.

    Every command and asset opens one per unit of work and closes it at once, so the file lock is
    never held while a site is generated or a browser runs: DuckDB lets one process write at a time.
    Processes take turns through the `<db>.lock` file first; DuckDB's own lock is still waited on
    (with backoff) for any other program that opens the file.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    read_only = read_only and db_path.exists()
    timeout = lock_timeout() if timeout_s is None else timeout_s
    t0 = time.monotonic()
    _enter_queue(db_path, timeout)
    try:
        con = _open(db_path, read_only, max(0.0, timeout - (time.monotonic() - t0)), timeout)
        try:
            if not read_only and str(db_path) not in _migrated:
                migrate(con)
                _migrated.add(str(db_path))
            yield con
        finally:
            con.close()
    finally:
        _leave_queue(db_path)


def _j(obj: Any) -> str | None:
    if obj is None:
        return None
    return obj.model_dump_json() if hasattr(obj, "model_dump_json") else json.dumps(obj, default=str)


def save_templates(con: Connection, templates: Sequence[Any]) -> None:
    rows = [(t.id, t.name, list(t.categories), list(t.tones), list(t.features), t.color_family,
             t.components.get("hero"), list(t.layout)) for t in templates]
    con.executemany(upsert("templates", ("template_id", "name", "categories", "tones", "features", "color_family",
                                         "hero_variant", "layout"), ("template_id",), "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    rows)


def save_logs(con: Connection, run_id: str, site_id: str | None, logs: Sequence[Any]) -> None:
    if not logs:
        return
    con.executemany(
        "INSERT INTO ai_generation_logs (run_id, site_id, stage, prompt, model, tokens_in, tokens_out,"
        " cost_usd, latency_ms, success, error, cache_hit, fallback_from, call_id, requests, reasks, saved_usd,"
        " requested_model, prompt_hash, original_tokens_in, original_tokens_out, original_cost_usd,"
        " original_latency_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(run_id, site_id, g.stage, g.prompt, g.model, g.tokens_in, g.tokens_out, g.cost_usd,
          round(g.latency_ms, 3), g.success, g.error, g.cache_hit, g.fallback_from,
          getattr(g, "call_id", None), getattr(g, "requests", None), getattr(g, "reasks", None),
          getattr(g, "saved_usd", None), getattr(g, "requested_model", None), getattr(g, "prompt_hash", None),
          *_original(g)) for g in logs])


def _original(g: Any) -> tuple:
    """The answer's own tokens, cost and latency (a cache hit's original call; else the row's own)."""
    o = getattr(g, "original", None)
    if o is None:
        return (g.tokens_in, g.tokens_out, g.cost_usd, round(g.latency_ms, 3))
    return (o.tokens_in, o.tokens_out, o.cost_usd, round(o.latency_ms, 3))


def save_timings(con: Connection, run_id: str, site_id: str, timings: dict[str, float]) -> None:
    con.executemany("INSERT INTO stage_timings (run_id, site_id, stage, ms) VALUES (?, ?, ?, ?)",
                    [(run_id, site_id, k, round(v, 3)) for k, v in timings.items()])


WEBSITE_COLUMNS = ("site_id", "campaign", "row_id", "brief", "brand_name", "business_type", "language",
                   "template_id", "subdomain", "url", "intent", "design", "content", "html_bytes", "total_bytes",
                   "status", "error", "version", "writer")
DEPLOYMENT_COLUMNS = ("site_id", "subdomain", "version", "url", "manifest_path", "previous_version", "deployed_at")


def website_row(site_id: str, brief: Any, intent: Any, design: Any, content: Any, site: Any, subdomain: str,
                url: str, version: str, status: str, campaign: str | None = None, row_id: str | None = None,
                writer: str | None = None, error: str | None = None) -> tuple:
    """One websites row in WEBSITE_COLUMNS order: the one-site and the batch writers share it."""
    return (site_id, campaign, row_id, brief.text, intent.brand_name, intent.business_type, intent.language,
            design.template_id, subdomain, url, _j(intent), _j(design), _j(content), site.html_bytes,
            site.total_bytes, status, error, version, writer)


def deployment_row(site_id: str, dep: Any) -> tuple:
    return (site_id, dep.subdomain, dep.version, dep.url, dep.manifest_path, dep.previous_version,
            dep.deployed_at)


def upsert_websites(con: Connection, rows: Sequence[tuple]) -> None:
    """Insert or replace websites rows (WEBSITE_COLUMNS order), keeping each site's first created_at."""
    marks = ", ".join("?" * len(WEBSITE_COLUMNS))
    con.executemany(upsert("websites", WEBSITE_COLUMNS, ("site_id",), f"VALUES ({marks})", touch=("updated_at",)),
                    list(rows))


def insert_deployments(con: Connection, rows: Sequence[tuple]) -> None:
    """Append deployments rows (DEPLOYMENT_COLUMNS order), once per (subdomain, version, site)."""
    con.executemany(
        f"INSERT INTO deployments ({', '.join(DEPLOYMENT_COLUMNS)}) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
        " (SELECT 1 FROM deployments WHERE subdomain = ? AND version = ? AND site_id = ?)",
        [(*r, r[1], r[2], r[0]) for r in rows])


def save_site(con: Connection, result: Any, campaign: str | None = None,
              row_id: str | None = None) -> None:
    """Upsert a website row as deployed and append its deployment (idempotent per site_id)."""
    dep = result.deployment
    upsert_websites(con, [website_row(result.site_id, result.brief, result.intent, result.design, result.content,
                                      result.site, dep.subdomain, dep.url, dep.version, "deployed",
                                      campaign, row_id)])
    insert_deployments(con, [deployment_row(result.site_id, dep)])
