"""Form endpoint load test: N posts from C concurrent clients through `tapsite serve` (a real subprocess).

Each client has its own address (X-Forwarded-For, believed from the local proxy address), takes a stamp from
the served page, waits the minimum fill time once, then posts as fast as the server answers; 1 post in 20
is sent twice (a double click). Checks: every accepted post is stored exactly once (the rows hold each
accepted post's marker once; resends add nothing); posts over the per-IP limit get 429 and are not stored.
Run:  .venv/bin/python benchmarks/forms_load.py [--posts 2000] [--clients 20] [--ip-limit 60/minute]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.forms.config import load_forms_config
from tapsite_pipeline.forms.store import _connection
from tapsite_pipeline.pipeline import Runtime, generate_site

BRIEF = "Konsultan pajak Amanah Tax di Surabaya, profesional, warna navy"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def client(i: int, n: int, base: str, sub: str, log: list) -> None:
    ip = f"10.20.{i // 250}.{i % 250 + 1}"
    async with httpx.AsyncClient(headers={"X-Forwarded-For": ip}, timeout=60) as c:
        page = (await c.get(f"{base}/{sub}/")).text
        stamp = re.search(r'name=_ts type=hidden value=([^ >]+)', page).group(1)
        await asyncio.sleep(load_forms_config().min_fill_seconds + 0.2)
        for k in range(n):
            marker = f"c{i}-p{k}"
            form = {"name": f"Klien {i}", "phone": f"0812-{1000 + i:04d}-{1000 + k:04d}", "email": "",
                    "message": f"Minta penawaran {marker}", "_ts": stamp, "website": ""}
            for attempt in range(2 if k % 20 == 7 else 1):
                t = time.perf_counter()
                r = await c.post(f"{base}/forms/{sub}/contact", data=form)
                log.append((marker, attempt, r.status_code, time.perf_counter() - t))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--posts", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--ip-limit", default="60/minute", help="per-IP limit for the run (config/forms.yaml: 6/minute)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="forms-load-") as tmp:
        home, port = Path(tmp) / "home", _port()
        cfg = Path(tmp) / "forms.yaml"
        cfg.write_text(json.dumps({"ip_limits": [args.ip_limit], "default_tier": "business",
                                   "tiers": {"business": ["100000/hour"]}}))
        os.environ["TAPSITE_FORMS_URL"] = f"http://127.0.0.1:{port}"
        os.environ["TAPSITE_FORMS_CONFIG"] = str(cfg)
        sub = generate_site(make_brief(BRIEF), Runtime.local(home)).deployment.subdomain
        proc = subprocess.Popen([sys.executable, "-m", "tapsite_pipeline.cli", "serve", "--port", str(port),
                                 "--home", str(home)], stdout=subprocess.DEVNULL, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    httpx.get(base + "/", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            log: list = []
            per = args.posts // args.clients
            start = time.perf_counter()
            asyncio.run(_all(args.clients, per, base, sub, log))
            wall = time.perf_counter() - start
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)
        with _connection(home / "tapsite.duckdb") as con:
            stored = [m for (m,) in con.execute(
                "SELECT regexp_extract(data->>'message', 'c\\d+-p\\d+') FROM form_submissions").fetchall()]
    first = [e for e in log if e[1] == 0]
    accepted = {m for m, a, code, _ in first if code == 200}
    codes = Counter(code for _, _, code, _ in log)
    lat = sorted(d * 1000 for *_, d in log)
    counts = Counter(stored)
    report = {
        "posts": len(first), "resends": len(log) - len(first), "clients": args.clients, "ip_limit": args.ip_limit,
        "status_codes": dict(sorted(codes.items())), "accepted": len(accepted), "rows": len(stored),
        "stored_exactly_once": set(counts) == accepted and all(v == 1 for v in counts.values()),
        "rejected_stored": len(set(counts) - accepted), "wall_s": round(wall, 2),
        "posts_per_s": round(len(log) / wall, 1),
        "latency_ms": {"p50": round(statistics.median(lat), 1), "p95": round(lat[int(len(lat) * 0.95)], 1),
                       "max": round(lat[-1], 1)},
    }
    print(json.dumps(report, indent=1))
    sys.exit(0 if report["stored_exactly_once"] and report["rejected_stored"] == 0 else 1)


async def _all(clients: int, per: int, base: str, sub: str, log: list) -> None:
    await asyncio.gather(*(client(i, per, base, sub, log) for i in range(clients)))


if __name__ == "__main__":
    main()
