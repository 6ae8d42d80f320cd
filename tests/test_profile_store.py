"""A home with a running production profile: the operator's commands read the profile's PostgreSQL store without
TAPSITE_STORE in the shell (`tapsite generate`, `campaign run`, `campaign status`, `versions`), and the quality tools see a finished
campaign's sites through its Parquet export. The PostgreSQL is the profile's own (`start_postgres`, from nothing),
so its `state.json` is the one `tapsite production up` writes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tapsite_pipeline.operational import STORE_ENV, describe, postgres_dsn, profile_store

TAPSITE = [sys.executable, "-m", "tapsite_pipeline.cli"]
BRIEF = "Bakso Mas Joko jual bakso urat dan mie ayam di Solo, warna {colour}"


def _run(*args: str, home: Path, store: str | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != STORE_ENV}
    if store is not None:
        env[STORE_ENV] = store
    p = subprocess.run([*TAPSITE, *args, "--home", str(home)], capture_output=True, text=True, timeout=600, env=env)
    if check:
        assert p.returncode == 0, p.stderr[-3000:]
    return p


def test_a_home_without_a_running_profile_keeps_the_embedded_store(tmp_path, monkeypatch):
    monkeypatch.delenv(STORE_ENV, raising=False)
    assert profile_store(tmp_path) is None
    # a profile that was brought down (its PostgreSQL's PID gone) leaves the home on its DuckDB file
    state = tmp_path / "production" / "state.json"
    state.parent.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    state.write_text(json.dumps({"pg_port": 5999, "store_url": "postgresql://tapsite@127.0.0.1:5999/tapsite",
                                 "procs": [{"name": "postgres", "pid": dead.pid, "log": "x"}]}))
    assert profile_store(tmp_path) is None and postgres_dsn(tmp_path / "tapsite.duckdb") is None
    assert describe(tmp_path / "tapsite.duckdb") == str(tmp_path / "tapsite.duckdb")


@pytest.mark.integration
def test_status_and_versions_read_the_running_profiles_store(pg_server, monkeypatch):
    monkeypatch.delenv(STORE_ENV, raising=False)
    home = pg_server.home
    url = profile_store(home)
    assert url == f"postgresql://tapsite@127.0.0.1:{pg_server.pg_port}/tapsite"
    assert postgres_dsn(home / "tapsite.duckdb") == url and postgres_dsn() is None   # a home's, not any path's
    monkeypatch.setenv(STORE_ENV, "duckdb")   # a variable the operator set wins
    assert postgres_dsn(home / "tapsite.duckdb") is None
    monkeypatch.delenv(STORE_ENV)

    # Written where the workers write: with TAPSITE_STORE set (as Profile.env() sets it), then without it (the
    # home's running profile chooses); read without the variable.
    _run("generate", BRIEF.format(colour="merah"), "--json", home=home, store=url)
    _run("generate", BRIEF.format(colour="biru"), "--json", home=home)
    listed = json.loads(_run("versions", "bakso-mas-joko", "--json", home=home).stdout)
    assert [v["version"] for v in listed["versions"]] == [1, 2] and listed["live"] == 2
    # the rows are in PostgreSQL only: the home's DuckDB file does not know the versions
    kept = _run("versions", "bakso-mas-joko", "--json", home=home, store="duckdb", check=False)
    assert kept.returncode != 0 or json.loads(kept.stdout)["versions"] == []

    csv_path = home.parent / "spring.csv"
    csv_path.write_text("id,brief\n" + "".join(f"r{i},Toko Kue nomor {i} jual nastar di Bandung\n" for i in range(3)),
                        encoding="utf-8")
    _run("campaign", "run", str(csv_path), "--name", "spring", "--json", home=home)
    status = json.loads(_run("campaign", "status", "spring", "--json", home=home).stdout)
    assert status["deployed"] == 3 and status["total"] == 3 and status["store"].startswith("postgresql://")
    text = _run("campaign", "status", "spring", home=home)
    assert "production profile" in text.stderr and "3/3 rows deployed" in text.stdout

    # The finished campaign, exported as `tapsite production campaign` does, is what the quality tools read.
    from tapsite_pipeline.production.campaign import export_for_analytics
    from tapsite_pipeline.production.profile import Profile
    from tapsite_pipeline.quality.browser.targets import from_campaign
    from tapsite_pipeline.quality.report.site_data import exported_site_info
    from tapsite_pipeline.settings import Settings
    exported = export_for_analytics(Profile.at(home), status["campaign"])
    assert exported["rows"]["websites"] == 3 and Path(exported["folder"]).is_dir(), exported
    assert exported["report"]["stages"]["deployment"]["ok"] == 3
    settings = Settings.load(home)
    targets = from_campaign(settings, "spring")
    assert len(targets) == 3 and all(t.site_id for t in targets)
    info = exported_site_info(settings, {t.site_id for t in targets if t.site_id})
    assert len(info) == 3 and all(i["brand"] and "nastar" in i["brief"] for i in info.values()), info
