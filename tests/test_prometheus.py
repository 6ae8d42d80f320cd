"""The product's metrics and alert rules: names and labels from real runs, rule unit tests with promtool,
and a real Prometheus server scraping a process that generates sites."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.metrics import serve_metrics
from tapsite_pipeline.pipeline import Runtime, generate_site

RULES = Path(__file__).resolve().parents[1] / "deploy" / "prometheus"


def _value(name: str, **labels) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_a_generated_site_is_counted_with_its_template_calls_and_durations(tmp_path):
    rt = Runtime.local(tmp_path / "h")
    r = generate_site(make_brief("Kopi Senja jual kopi susu di Jogja, WA 081234567890"), rt)
    tpl = r.design.template_id
    before = _value("websites_generated_total", template_id=tpl, status="success")
    calls_before = _value("ai_requests_total", model="offline:rules", stage="intent", status="success")
    hist_before = _value("generation_duration_seconds_count")
    r = generate_site(make_brief("Kopi Senja jual kopi susu di Jogja, WA 081234567890"), rt)
    assert _value("websites_generated_total", template_id=tpl, status="success") == before + 1
    assert _value("ai_requests_total", model="offline:rules", stage="intent", status="success") == calls_before + 1
    assert _value("generation_duration_seconds_count") == hist_before + 1
    assert REGISTRY.get_sample_value("generation_duration_seconds_bucket", {"le": "120.0"}) is not None


def test_a_failed_site_counts_as_failed(tmp_path):
    rt = Runtime.local(tmp_path / "h")
    rt.settings.deploy_root.mkdir(parents=True, exist_ok=True)
    before = _value("websites_generated_total", template_id="none", status="failed")
    rt.catalog = None  # type: ignore[assignment]  # the design stage cannot run
    with pytest.raises(AttributeError):
        generate_site(make_brief("Kopi Senja jual kopi susu di Jogja"), rt)
    assert _value("websites_generated_total", template_id="none", status="failed") == before + 1


@pytest.mark.integration
def test_promtool_checks_and_unit_tests_the_alert_rules():
    promtool = shutil.which("promtool")
    assert promtool, "promtool missing: scripts/setup.sh installs Debian's prometheus package"
    check = subprocess.run([promtool, "check", "rules", "rules.yml"], cwd=RULES, capture_output=True, text=True)
    assert check.returncode == 0 and "SUCCESS: 4 rules found" in check.stdout, check.stdout + check.stderr
    test = subprocess.run([promtool, "test", "rules", "rules_test.yml"], cwd=RULES, capture_output=True, text=True)
    assert test.returncode == 0, test.stdout + test.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=5) as fh:
        return json.loads(fh.read())


@pytest.mark.integration
def test_a_real_prometheus_scrapes_generation_and_loads_the_rules(tmp_path):
    prom = shutil.which("prometheus")
    assert prom, "prometheus missing: scripts/setup.sh installs Debian's prometheus package"
    exporter_port, prom_port = _free_port(), _free_port()
    server = serve_metrics(exporter_port)
    (tmp_path / "prometheus.yml").write_text(
        "global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
        f"rule_files: [{RULES / 'rules.yml'}]\n"
        "scrape_configs:\n"
        f"  - job_name: tapsite\n    static_configs: [{{targets: ['127.0.0.1:{exporter_port}']}}]\n")
    proc = subprocess.Popen([prom, f"--config.file={tmp_path / 'prometheus.yml'}",
                             f"--storage.tsdb.path={tmp_path / 'data'}",
                             f"--web.listen-address=127.0.0.1:{prom_port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        rt = Runtime.local(tmp_path / "h")
        for i in range(5):
            generate_site(make_brief(f"Toko Kue Ani {i} jual nastar dan kastengel di Bandung"), rt)
        base = f"http://127.0.0.1:{prom_port}/api/v1"
        deadline, total = time.time() + 60, 0.0
        while time.time() < deadline:
            try:
                res = _get(f"{base}/query?query=sum(websites_generated_total)")["data"]["result"]
                total = float(res[0]["value"][1]) if res else 0.0
            except OSError:
                total = 0.0
            if total >= 5:
                break
            time.sleep(0.5)
        assert total >= 5, "Prometheus never scraped the generated sites"
        groups = _get(f"{base}/rules")["data"]["groups"]
        alerts = {r["name"]: r for g in groups for r in g["rules"] if r["type"] == "alerting"}
        assert set(alerts) == {"AIErrorRateHigh", "GenerationLatencyP95High", "AICostPerHourHigh"}
        assert all(r["health"] in ("ok", "unknown") for r in alerts.values())
        time.sleep(2)  # a rule evaluation on real data: offline calls never fail, so nothing fires
        firing = [a for a in _get(f"{base}/alerts")["data"]["alerts"] if a["state"] == "firing"]
        assert firing == []
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        server.shutdown()


def test_the_dashboard_and_rules_query_only_metrics_the_product_exports():
    import re

    from tapsite_pipeline import metrics
    exported = set()
    for m in (metrics.websites_generated, metrics.generation_duration, metrics.ai_requests, metrics.ai_cost,
              metrics.ai_latency, metrics.deployment_duration):
        for fam in m.collect():  # the series names Prometheus sees, whether or not a child exists yet
            suffixes = ("_total",) if fam.type == "counter" else ("_bucket", "_count", "_sum")
            exported |= {fam.name + sfx for sfx in suffixes}
    dashboard = json.loads((RULES.parent / "grafana" / "tapsite.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    exprs.append((RULES / "rules.yml").read_text())
    used = {n for e in exprs for n in re.findall(r"\b([a-z_]+_(?:total|seconds_bucket|usd_total))\b", e)}
    assert used and used <= exported, used - exported
