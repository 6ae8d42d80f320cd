"""The production profile from nothing: PostgreSQL, Redis, two Celery workers, the metrics exporter and a real
Prometheus started by `tapsite production up`; a 1,000-site campaign run through Dagster with its steps on the
workers; Prometheus scraping the workers' metrics and evaluating the product's alert rules (and promtool's
rule tests); then `down`, and not one process of the profile left running."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tapsite_pipeline.bench.memory import peak_rss_mb

pytestmark = pytest.mark.production

SITES = int(os.environ.get("TAPSITE_PRODUCTION_SITES", "1000"))
RULES = Path(__file__).resolve().parents[1] / "deploy" / "prometheus"
STEPS = {"briefs", "intent", "design", "content", "images", "site", "deployment"}


def _tapsite(*args: str, timeout: float = 600) -> dict:
    proc = subprocess.run([sys.executable, "-m", "tapsite_pipeline.cli", *args, "--json"], capture_output=True,
                          text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def _query(base: str, expr: str) -> float | None:
    url = f"{base}/api/v1/query?query={urllib.parse.quote(expr)}"
    with urllib.request.urlopen(url, timeout=5) as fh:
        res = json.loads(fh.read())["data"]["result"]
    return float(res[0]["value"][1]) if res else None


def _live_processes_mentioning(text: str) -> list[str]:
    """Command lines of running (not zombie) processes that name `text` — the profile's home is in each."""
    out = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if text in cmd and state not in ("Z", "X"):
            out.append(f"{proc.name}: {cmd[:160]}")
    return out


def _write_campaign(path: Path, n: int) -> None:
    from tapsite_pipeline.bench.synth import varied_briefs
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "brief", "whatsapp"])
        for i, text in enumerate(varied_briefs(n, seed=7)):
            w.writerow([f"biz-{i:05d}", text, f"08123{i:06d}" if i % 3 == 0 else ""])


@pytest.fixture
def prod_home():
    # PostgreSQL runs as its own account, which must reach the home: pytest's tmp folders are private (0700).
    root = Path(tempfile.mkdtemp(prefix="tapsite-production-"))
    root.chmod(0o711)
    yield root / "home"
    subprocess.run([sys.executable, "-m", "tapsite_pipeline.cli", "production", "down", "--home",
                    str(root / "home")], capture_output=True, timeout=120)
    shutil.rmtree(root, ignore_errors=True)


def test_a_campaign_runs_on_two_celery_workers_scraped_by_prometheus_and_everything_stops(prod_home, tmp_path):
    for tool in ("redis-server", "prometheus", "promtool", "pg_ctl"):
        assert shutil.which(tool), f"{tool} missing: ./scripts/setup.sh installs it"
    t0 = time.perf_counter()
    st = _tapsite("production", "up", "--home", str(prod_home), "--scrape-interval", "1", timeout=300)
    up_s = time.perf_counter() - t0
    assert st["up"], st
    names = sorted(p["name"] for p in st["processes"])
    assert names == ["exporter", "postgres", "prometheus", "redis", "worker1", "worker2"]
    pids = {p["name"]: p["pid"] for p in st["processes"]}

    csv_path = tmp_path / "growth.csv"
    _write_campaign(csv_path, SITES)
    t1 = time.perf_counter()
    out = _tapsite("production", "campaign", str(csv_path), "--name", "growth", "--home", str(prod_home))
    campaign_s = time.perf_counter() - t1
    assert out["run_succeeded"], out.get("run_errors")
    assert out["deployed"] == SITES and not out["failed"]
    # every blocking check passes; the fidelity check is a warning that lists pages for review
    assert "pages_are_faithful" in out["checks"]
    assert all(ok for name, ok in out["checks"].items() if name != "pages_are_faithful"), out["checks"]
    assert len(list((prod_home / "sites").iterdir())) >= SITES * 0.95   # subdomains may be shared by namesakes
    # The finished campaign was exported to Parquet for analytics without being asked.
    auto = out["export"]
    assert auto["folder"] == str(prod_home / "exports" / out["campaign"]), auto
    assert auto["rows"]["websites"] == SITES and auto["report"]["stages"]["deployment"]["ok"] == SITES, auto

    # Every step ran in a Celery worker (the run's event log in PostgreSQL names it), and both workers worked.
    workers = out["workers"]
    assert STEPS <= set(workers), set(workers)
    assert len(workers) == len(STEPS) + len(out["checks"]), workers   # the asset checks are steps too
    hosts = set(workers.values())
    assert {h.split("@")[0] for h in hosts} == {"worker1", "worker2"}, workers
    logs = {p["name"]: Path(p["log"]).read_text(errors="replace") for p in st["processes"]}
    for w in ("worker1", "worker2"):
        ran = [s for s, h in workers.items() if h.startswith(f"{w}@")]
        assert logs[w].count("Task execute_plan[") >= len(ran) > 0, (w, ran)

    # A real Prometheus scraped the workers' metrics (multiprocess mode, aggregated by the exporter).
    base = st["prometheus"] + "/api/v1"
    deadline, total = time.time() + 60, None
    while time.time() < deadline:
        total = _query(st["prometheus"], "sum(websites_generated_total)")
        if total is not None and total >= SITES:
            break
        time.sleep(0.5)
    assert total == SITES, total
    assert _query(st["prometheus"], 'sum(ai_requests_total{stage="intent"})') >= SITES
    assert _query(st["prometheus"], "sum(generation_duration_seconds_count)") == SITES
    metric_files = {f.name for f in (prod_home / "production" / "metrics").iterdir()}
    assert any(str(pids["worker1"]) in f for f in metric_files) and any(str(pids["worker2"]) in f for f in
                                                                        metric_files), metric_files
    # The product's alert rules are loaded and evaluated on the scraped data: healthy offline runs fire nothing.
    with urllib.request.urlopen(f"{base}/rules", timeout=5) as fh:
        groups = json.loads(fh.read())["data"]["groups"]
    alerts = {r["name"]: r for g in groups for r in g["rules"] if r["type"] == "alerting"}
    assert set(alerts) == {"AIErrorRateHigh", "GenerationLatencyP95High", "AICostPerHourHigh"}
    assert all(r["health"] == "ok" and r["lastEvaluation"] != "0001-01-01T00:00:00Z" for r in alerts.values())
    with urllib.request.urlopen(f"{base}/alerts", timeout=5) as fh:
        assert [a for a in json.loads(fh.read())["data"]["alerts"] if a["state"] == "firing"] == []
    test = subprocess.run(["promtool", "test", "rules", "rules_test.yml"], cwd=RULES, capture_output=True, text=True)
    assert test.returncode == 0, test.stdout + test.stderr

    # The campaign's operational rows are in the profile's PostgreSQL (TAPSITE_STORE), not in the home's DuckDB.
    from tapsite_pipeline.pg_store import connect
    from tapsite_pipeline.production.profile import Profile
    with connect(Profile.at(prod_home).store_url) as con:
        def count(sql: str) -> int:
            return con.execute(sql, [out["campaign"]]).fetchone()[0]
        assert count("SELECT count(*) FROM websites WHERE campaign = ? AND status = 'deployed'") == SITES
        assert count("SELECT count(*) FROM campaign_stage_results WHERE campaign = ? AND ok") == SITES * 6
        assert count("SELECT count(DISTINCT d.site_id) FROM deployments d JOIN websites w USING (site_id)"
                     " WHERE w.campaign = ?") == SITES
        assert count("SELECT count(*) FROM ai_generation_logs g JOIN campaign_items i USING (site_id)"
                     " WHERE i.campaign = ?") >= SITES
    duck = prod_home / "tapsite.duckdb"
    if duck.exists():
        from tapsite_pipeline import store
        with store.connect(duck, read_only=True) as con:
            tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            for table in ("websites", "campaign_stage_results", "campaign_items", "ai_generation_logs"):
                assert table not in tables or con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    # Analytics over production data: the campaign exported to Parquet and read back by DuckDB.
    exported = _tapsite("production", "export", "growth", "--home", str(prod_home))
    assert exported["rows"]["websites"] == SITES and exported["rows"]["campaign_stage_results"] == SITES * 6
    assert exported["report"]["stages"]["deployment"]["ok"] == SITES

    rss = {w: round(peak_rss_mb(pids[w])) for w in ("worker1", "worker2")}
    t2 = time.perf_counter()
    stopped = _tapsite("production", "down", "--home", str(prod_home), timeout=180)
    down_s = time.perf_counter() - t2
    assert sorted(p["name"] for p in stopped) == names and all(p["stopped"] for p in stopped), stopped
    assert _live_processes_mentioning(str(prod_home)) == []
    for name, pid in pids.items():
        stat = Path(f"/proc/{pid}/stat")
        assert not stat.exists() or stat.read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X"), name
    print(f"\nproduction profile, {SITES} sites: up {up_s:.1f} s, campaign {campaign_s:.1f} s "
          f"({SITES / campaign_s:.1f} sites/s), down {down_s:.1f} s; worker peak RSS {rss}; steps per worker "
          f"{ {h: sum(1 for v in workers.values() if v == h) for h in sorted(hosts)} }; Parquet export "
          f"{exported['seconds']:.2f} s ({sum(exported['rows'].values())} rows, {exported['bytes']} bytes), "
          f"DuckDB report over it {exported['report']['seconds']:.2f} s")
