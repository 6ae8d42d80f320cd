"""Stage 6 timings: the default local deploy called directly vs through the configured target (what the
target lookup costs), and a deploy to an S3 bucket (moto's server on loopback, the real boto3 client).

    python benchmarks/deploy_bench.py --sites 400 --s3-sites 30
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from tapsite_pipeline.deploy_targets import LocalTarget, target_for  # noqa: E402
from tapsite_pipeline.models import Site, SiteFile  # noqa: E402
from tapsite_pipeline.settings import Settings  # noqa: E402
from tapsite_pipeline.stages.deployment import deploy_site  # noqa: E402


def build(tmp: Path, n: int) -> Site:
    """A page, a hashed hero and forms.json: the files stage 5 leaves (sizes of a typical page)."""
    d = tmp / f"build-{n}"
    d.mkdir()
    (d / "index.html").write_text(f"<p>{n}</p>" * 1000)
    (d / f"hero-{n:016x}.webp").write_bytes(os.urandom(20_000))
    (d / "forms.json").write_text("{}")
    files = [SiteFile(path=p.name, bytes=p.stat().st_size, sha256=hashlib.sha256(p.read_bytes()).hexdigest(),
                      content_type={".html": "text/html; charset=utf-8", ".webp": "image/webp"}.get(p.suffix,
                                                                                                "application/json"))
             for p in sorted(d.iterdir())]
    return Site(site_id=f"s{n}", brand_name="x", build_dir=str(d), files=files, html_bytes=files[1].bytes,
                total_bytes=sum(f.bytes for f in files))


def summary(xs: list[float]) -> str:
    return f"median {statistics.median(xs) * 1000:.3f} ms, p95 {sorted(xs)[int(len(xs) * 0.95)] * 1000:.3f} ms"


def local(tmp: Path, n: int) -> None:
    os.environ.pop("TAPSITE_DEPLOY_TARGET", None)
    sites = [build(tmp, i) for i in range(n)]
    direct_s, via_s = Settings.load(tmp / "direct").ensure(), Settings.load(tmp / "via").ensure()
    direct, via = [], []
    for i, site in enumerate(sites):   # interleaved, so a busy moment costs both sides alike
        for which in ((0, 1) if i % 2 else (1, 0)):
            t = time.perf_counter()
            if which == 0:
                deploy_site(site, direct_s.deploy_root, f"site-{i}", "http://x/")
                direct.append(time.perf_counter() - t)
            else:
                target_for(via_s).deploy(site, f"site-{i}", "http://x/")
                via.append(time.perf_counter() - t)
    print(f"local, {n} sites: deploy_site directly {summary(direct)}; through target_for {summary(via)}")


def s3(tmp: Path, n: int) -> None:
    from peers.s3_server import start, stop
    server = start(tmp / "s3")
    try:
        os.environ.update(server.env())
        from tapsite_pipeline.deploy_targets.s3 import S3Target
        target = S3Target("bench-sites", "prod", LocalTarget(tmp / "s3-home"))
        target.client.create_bucket(Bucket="bench-sites")
        (tmp / "s3-builds").mkdir()
        sites = [build(tmp / "s3-builds", i) for i in range(n)]
        for label in ("first deploy", "same content again (no PUT)"):
            xs = []
            for i, site in enumerate(sites):
                t = time.perf_counter()
                target.deploy(site, f"site-{i}", "http://x/")
                xs.append(time.perf_counter() - t)
            print(f"s3 (moto server on loopback), {n} sites, {label}: {summary(xs)}")
    finally:
        stop(server)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sites", type=int, default=400)
    ap.add_argument("--s3-sites", type=int, default=30, help="0 skips the S3 part")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        local(Path(tmp), args.sites)
        if args.s3_sites:
            s3(Path(tmp), args.s3_sites)


if __name__ == "__main__":
    main()
