"""The production profile's bookkeeping, without servers: recorded state, the shared environment, the
Dagster instance it writes, and the one-line refusals of the CLI."""

from __future__ import annotations

import yaml
from click.testing import CliRunner

from tapsite_pipeline.cli.main import cli
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.production.profile import MAX_CONCURRENT_RUNS, Proc, Profile


def test_state_round_trips_and_the_environment_points_every_process_at_the_same_servers(tmp_path):
    prof = Profile(home=tmp_path / "h", pg_port=5555, redis_port=6666, metrics_port=7777, prometheus_port=8888,
                   procs=[Proc("redis", 123, "/x/redis.log", ["redis-server"])])
    prof.save()
    again = Profile.at(tmp_path / "h")
    assert (again.pg_port, again.redis_port, again.proc("redis").pid) == (5555, 6666, 123)
    env = again.env()
    assert env["CELERY_BROKER_URL"] == "redis://127.0.0.1:6666/0" != env["CELERY_RESULT_BACKEND"]
    assert env["TAPSITE_EXECUTOR"] == "celery" and env["TAPSITE_ENV"] == "prod"
    assert env["PROMETHEUS_MULTIPROC_DIR"].startswith(str(tmp_path / "h" / "production"))
    assert again.execution_config()["config"]["broker"] == env["CELERY_BROKER_URL"]


def test_the_dagster_instance_is_on_postgres_and_runs_several_campaigns_at_once(tmp_path):
    prof = Profile(home=tmp_path / "h", pg_port=5555)
    cfg = yaml.safe_load(prof.write_instance().read_text())
    db = cfg["storage"]["postgres"]["postgres_db"]
    assert (db["hostname"], db["port"], db["scheme"]) == ("127.0.0.1", 5555, "postgresql+psycopg2")
    assert cfg["run_queue"]["max_concurrent_runs"] == MAX_CONCURRENT_RUNS > 1


def test_a_campaign_without_a_running_profile_is_refused_with_the_command_that_fixes_it(tmp_path):
    csv = tmp_path / "c.csv"
    csv.write_text("brief\nToko Ani jual kue\n")
    res = CliRunner().invoke(cli, ["production", "campaign", str(csv), "--home", str(tmp_path / "h")])
    assert isinstance(res.exception, ConfigError)   # main() prints it as one line, exit 2
    assert "tapsite production up" in str(res.exception) and "\n" not in str(res.exception)


def test_status_of_a_home_that_never_started_says_down():
    res = CliRunner().invoke(cli, ["production", "status", "--home", "/nonexistent/tapsite", "--json"])
    assert res.exit_code == 0 and '"up": false' in res.output
