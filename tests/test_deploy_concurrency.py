"""Subdomain claims and live switches from several processes at once: one owner per name, live never dangling."""

from __future__ import annotations

import hashlib
import multiprocessing as mp
from pathlib import Path

import pytest

from tapsite_pipeline.models import Site, SiteFile
from tapsite_pipeline.stages.deployment import claim_subdomain, deploy_site, live_version, rollback

pytestmark = pytest.mark.integration

PROCS, TRIALS = 4, 1000


def _claimer(root: str, me: int, barrier, out) -> None:
    got = []
    for trial in range(TRIALS):
        barrier.wait()   # all four claim the same brand at the same moment
        got.append(claim_subdomain(Path(root), f"Toko Rebutan {trial}", f"owner-{me}"))
    out.put((me, got))


def test_concurrent_claims_never_give_one_subdomain_two_owners(tmp_path):
    ctx = mp.get_context("fork")
    barrier, out = ctx.Barrier(PROCS), ctx.Queue()
    procs = [ctx.Process(target=_claimer, args=(str(tmp_path), i, barrier, out)) for i in range(PROCS)]
    for p in procs:
        p.start()
    results = dict(out.get(timeout=300) for _ in procs)
    for p in procs:
        p.join(30)
    duplicates = 0
    for trial in range(TRIALS):
        subs = [results[i][trial] for i in range(PROCS)]
        duplicates += len(subs) - len(set(subs))
        for i, sub in enumerate(subs):   # the claim on disk names the process that was told it won
            assert (tmp_path / sub / "owner").read_text() == f"owner-{i}"
    print(f"\n{TRIALS} trials × {PROCS} processes claiming one name: {duplicates} duplicate owners")
    assert duplicates == 0
    assert not list(tmp_path.rglob("*.tmp"))


def _site(tmp: Path, text: str) -> Site:
    d = tmp / f"build-{hashlib.sha256(text.encode()).hexdigest()[:8]}"
    d.mkdir(exist_ok=True)
    (d / "index.html").write_text(text)
    f = SiteFile(path="index.html", bytes=len(text), sha256=hashlib.sha256(text.encode()).hexdigest(),
                 content_type="text/html; charset=utf-8")
    return Site(site_id="s1", brand_name="Toko Ani", build_dir=str(d), files=[f], html_bytes=f.bytes,
                total_bytes=f.bytes)


def _switcher(root: str, tmp: str, me: int, rounds: int) -> None:
    for n in range(rounds):
        deploy_site(_site(Path(tmp), f"<p>{me}-{n % 3}</p>"), Path(root), "toko-ani", "http://x/")
        try:
            rollback(Path(root), "toko-ani", "http://x/")
        except Exception:
            pass   # "no earlier version" is a fine answer in a race


def test_live_always_points_at_a_complete_version_under_concurrent_deploys_and_rollbacks(tmp_path):
    root = tmp_path / "sites"
    claim_subdomain(root, "Toko Ani", "s1")
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_switcher, args=(str(root), str(tmp_path), i, 60)) for i in range(3)]
    for p in procs:
        p.start()
    checks = bad = 0
    while any(p.is_alive() for p in procs):
        v = live_version(root, "toko-ani")
        if v is not None:
            checks += 1
            bad += not (root / "toko-ani" / "live" / "index.html").is_file()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert checks > 50 and bad == 0
