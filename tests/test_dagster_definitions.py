"""The code location loads: every stage asset, the checks, the sensor and the job, with per-environment resources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from dagster import AssetKey

from tapsite_pipeline.errors import ConfigError

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
STAGE_ASSETS = ["briefs", "intent", "design", "content", "images", "site", "deployment"]


def test_definitions_load_with_assets_checks_sensor_job():
    from tapsite_pipeline.orchestration import defs
    repo = defs.get_repository_def()
    graph = repo.asset_graph
    for name in STAGE_ASSETS:
        node = graph.get(AssetKey(name))
        assert node.group_name == "campaign"
        assert node.description and "\n" not in node.description.strip()
        assert node.partitions_def is not None and node.partitions_def.name == "campaigns"
    checks = {k.name for k in graph.asset_check_keys}
    assert {"intent_schema_valid", "palette_meets_aa", "every_site_deployed", "generation_error_rate",
            "generation_p95_latency", "generation_cost_spike", "pages_are_faithful"} <= checks
    assert repo.has_sensor_def("campaign_drop_sensor")
    job = defs.resolve_job_def("campaign_job")
    assert {AssetKey(n) for n in STAGE_ASSETS} <= set(job.asset_layer.executable_asset_keys)
    assert job.executor_def.name == "in_process"


def test_resources_are_chosen_by_one_env_var(monkeypatch):
    from tapsite_pipeline.orchestration.resources import executor_for, resources_for
    assert resources_for("ci")["tapsite"].workers == 1
    assert resources_for("local", home="/tmp/x")["tapsite"].home == "/tmp/x"
    monkeypatch.setenv("TAPSITE_ENV", "staging")
    with pytest.raises(ConfigError, match="local, ci or prod"):
        resources_for()
    monkeypatch.setenv("TAPSITE_ENV", "prod")
    monkeypatch.setenv("TAPSITE_EXECUTOR", "celery")
    try:
        import dagster_celery  # noqa: F401
    except ImportError:
        with pytest.raises(ConfigError, match="pip install dagster-celery"):
            executor_for()


def test_workspace_loads_without_warnings_of_ours(tmp_path):
    """What `dagster dev` loads: workspace.yaml + dagster.yaml from the repo root."""
    env = {"PATH": "/usr/bin:/bin", "TAPSITE_HOME": str(tmp_path / "home"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "dagster", "definitions", "validate", "-w", "workspace.yaml"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    ours = [ln for ln in done.stderr.splitlines() if "tapsite_pipeline" in ln and "Warning" in ln]
    assert not ours, ours
