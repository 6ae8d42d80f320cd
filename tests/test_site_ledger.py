"""A site's row is pending before its files go live and deployed after; the reconciler settles what a kill left.
On both operational stores (DuckDB; PostgreSQL, started by the test)."""

from __future__ import annotations

import os
import socket

import pytest

from tapsite_pipeline import operational, store
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.pipeline import Runtime, generate_site
from tapsite_pipeline.site_ledger import SiteLedger, reconcile
from tapsite_pipeline.stages.deployment import live_version, version_of

BRIEF = "Toko Kue Ani jual nastar dan kastengel di Bandung, warna pink"


def rows(rt, sql="SELECT site_id, status, version, writer, error FROM websites ORDER BY site_id"):
    with operational.connect(rt.settings.db_path, read_only=True) as con:
        return con.execute(sql).fetchall()


class Recording(SiteLedger):
    """A ledger that remembers what the disk looked like at each of its writes."""

    seen: list

    def pending(self, site_id, brief, intent, design, content, site, subdomain, url, row_id=None):
        super().pending(site_id, brief, intent, design, content, site, subdomain, url, row_id)
        self.seen.append(("pending", live_version(self.settings.deploy_root, subdomain)))

    def deployed(self, result, catalog=None):
        self.seen.append(("deployed", live_version(self.settings.deploy_root, result.deployment.subdomain)))
        super().deployed(result, catalog)


def test_row_is_pending_before_files_go_live_and_deployed_after(tmp_path, store_backend):
    rt = Runtime.local(tmp_path / "home")
    ledger = Recording(rt.settings, run_id="r1")
    ledger.seen = []
    r = generate_site(make_brief(BRIEF), rt, ledger=ledger)
    assert ledger.seen == [("pending", None), ("deployed", r.deployment.version)]
    assert rows(rt) == [(r.site_id, "deployed", r.deployment.version, None, None)]
    assert rows(rt, "SELECT count(*) FROM ai_generation_logs WHERE run_id = 'r1'")[0][0] > 0
    assert rows(rt, "SELECT count(*) FROM stage_timings WHERE run_id = 'r1'")[0][0] == 6


def _pending_only(rt, brief: str, writer: str):
    """Run the stages up to the pending row, as a process killed just before its deploy would."""
    class Killed(Exception):
        pass

    class KilledAfterPending(SiteLedger):
        def pending(self, *a, **kw):
            super().pending(*a, **kw)
            raise Killed

    with pytest.raises(Killed):
        generate_site(make_brief(brief), rt, ledger=KilledAfterPending(rt.settings))
    with operational.connect(rt.settings.db_path) as con:
        con.execute("UPDATE websites SET writer = ? WHERE brief = ?", [writer, make_brief(brief).text])


def test_reconciler_settles_each_interrupted_state(tmp_path, store_backend):
    rt = Runtime.local(tmp_path / "home")
    dead = f"{socket.gethostname()}:999999"
    # 1. killed before its files went live: failed, with the reason
    _pending_only(rt, "Warung Budi jualan soto ayam dan es teh di Bogor", dead)
    # 2. killed after its files went live, before the row said so: deployed
    live = generate_site(make_brief("Bengkel Jaya servis motor dan ganti oli di Depok"), rt)
    with operational.connect(rt.settings.db_path) as con:
        store.upsert_websites(con, [store.website_row(
            live.site_id, live.brief, live.intent, live.design, live.content, live.site, live.deployment.subdomain,
            live.deployment.url, live.deployment.version, "pending", writer=dead)])
    # 3. a live site nobody recorded at all (deployed by a run killed before its first write)
    orphan = generate_site(make_brief("Laundry Kilat cuci setrika kiloan di Malang, antar jemput"), rt)
    # 4. a pending row whose writer is still running: left alone
    _pending_only(rt, "Salon Cantik potong rambut dan creambath di Solo", f"{socket.gethostname()}:{os.getppid()}")

    counts = reconcile(rt.settings)
    assert counts == {"deployed": 1, "failed": 1, "recovered": 1}
    by_site = {r[0]: r for r in rows(rt)}
    assert by_site[live.site_id][1:4] == ("deployed", live.deployment.version, None)
    assert by_site[orphan.site_id][1:3] == ("deployed", orphan.deployment.version)
    assert "recovered" in by_site[orphan.site_id][4]
    statuses = sorted(r[1] for r in by_site.values())
    assert statuses == ["deployed", "deployed", "failed", "pending"]
    failed = next(r for r in by_site.values() if r[1] == "failed")
    assert "interrupted before" in failed[4]
    deps = rows(rt, "SELECT site_id, version FROM deployments ORDER BY site_id")
    assert (live.site_id, live.deployment.version) in deps and (orphan.site_id, orphan.deployment.version) in deps
    assert reconcile(rt.settings) == {"deployed": 0, "failed": 0, "recovered": 0}  # settled once


def test_an_interrupted_redeploy_keeps_the_live_version(tmp_path, store_backend):
    rt = Runtime.local(tmp_path / "home")
    first = generate_site(make_brief(BRIEF), rt, ledger=SiteLedger(rt.settings))
    edited = first.site.model_copy(update={"files": first.site.files[:1]})  # another version of the site
    with operational.connect(rt.settings.db_path) as con:
        store.upsert_websites(con, [store.website_row(
            first.site_id, first.brief, first.intent, first.design, first.content, edited,
            first.deployment.subdomain, first.deployment.url, version_of(edited), "pending",
            writer=f"{socket.gethostname()}:999999")])
    assert reconcile(rt.settings)["deployed"] == 1
    (status, version, _, error), = [r[1:] for r in rows(rt)]
    assert (status, version) == ("deployed", first.deployment.version) and "interrupted" in error


def test_lock_timeout_setting_is_checked(monkeypatch):
    monkeypatch.setenv("TAPSITE_DB_LOCK_TIMEOUT", "soon")
    with pytest.raises(ConfigError, match="TAPSITE_DB_LOCK_TIMEOUT"):
        store.lock_timeout()
    monkeypatch.setenv("TAPSITE_DB_LOCK_TIMEOUT", "2.5")
    assert store.lock_timeout() == 2.5
    monkeypatch.delenv("TAPSITE_DB_LOCK_TIMEOUT")
    assert store.lock_timeout() == store.DEFAULT_LOCK_TIMEOUT_S
