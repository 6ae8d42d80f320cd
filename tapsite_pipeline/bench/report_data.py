"""A report-sized store for the report benchmark: a few real sites, generated and scored in Chromium, then
replicated to thousands of rows over several runs with seeded variation (scores, prompt versions, models,
campaigns, per-site check results), so the report is measured at the size a team will open.

The replicas reuse the real sites' briefs, intents, copy and screenshots; only their ids and figures vary.
"""

from __future__ import annotations

import json
import random
import statistics
import uuid
from datetime import UTC, datetime, timedelta

import pandas as pd

from tapsite_pipeline import store
from tapsite_pipeline.quality.browser.storage import COLUMNS, JSON_COLUMNS, SCORE_COLUMNS, load_run
from tapsite_pipeline.settings import Settings

CAMPAIGNS = ["ramadan-2026", "umkm-bandung", "sekolah-depok", "kuliner-jogja"]
CHECKS = ("cards", "facts", "contact", "coherence", "brand")
MODELS = ["offline:rules", "openai:gpt-4.1-mini", "anthropic:claude-3-5-haiku"]
PERF = [1.0] * 8 + [0.99, 0.98, 0.97, 0.95, 0.93, 0.9, 0.86, 0.78, 0.64, 0.51]


def real_sites(home: str, n: int = 12, lighthouse: bool = False) -> str:
    """Generate and deploy n varied sites, record them as `tapsite generate` does, score them; the run id."""
    from tapsite_pipeline.bench.synth import varied_briefs
    from tapsite_pipeline.brief import make_brief
    from tapsite_pipeline.pipeline import Runtime, generate_site
    from tapsite_pipeline.quality.browser.scorer import ScoreOptions, score_sites
    from tapsite_pipeline.quality.browser.targets import from_deployed
    from tapsite_pipeline.site_ledger import SiteLedger

    rt = Runtime.local(home)
    ledger = SiteLedger(rt.settings, run_id=f"bench-{uuid.uuid4().hex[:8]}")  # recorded as `generate` does
    for b in varied_briefs(n, seed=5):
        generate_site(make_brief(b), rt, ledger=ledger)
    targets = from_deployed(rt.settings)
    return score_sites(targets, rt.settings, ScoreOptions(lighthouse=lighthouse)).run["run_id"]


def _checks(rnd: random.Random) -> dict:
    out = {}
    for name in CHECKS:
        ok = rnd.random() > 0.12
        out[name] = {"passed": ok, "score": round(rnd.uniform(0.85, 1) if ok else rnd.uniform(0.2, 0.8), 2),
                     "problems": [] if ok else [f"{name}: example problem {rnd.randint(1, 9)}"]}
    return {"passed_all": all(c["passed"] for c in out.values()), "checks": out}


def replicate(settings: Settings, base_run_id: str, sites: int = 5000, runs: int = 6, seed: int = 3) -> str:
    """Write `runs` eval runs of `sites` replicated sites each; returns the latest run id."""
    rnd = random.Random(seed)
    _, base = load_run(settings, base_run_id)
    with store.connect(settings.db_path) as con:
        web = {r[0]: r for r in con.execute("SELECT * FROM websites").fetchall()}
        web_cols = [d[0] for d in con.execute("SELECT * FROM websites LIMIT 0").description]
        logs = con.execute("SELECT * FROM ai_generation_logs").fetchall()
        log_cols = [d[0] for d in con.execute("SELECT * FROM ai_generation_logs LIMIT 0").description]
    logs_by_site: dict[str, list] = {}
    for row in logs:
        logs_by_site.setdefault(row[log_cols.index("site_id")], []).append(row)

    ids, web_rows, log_rows = [], [], []
    for k in range(sites):
        src = base[k % len(base)]
        sid, sub = f"{src['site_id']}-r{k}", f"{src['subdomain']}-{k}"
        ids.append((sid, sub, src))
        campaign = CAMPAIGNS[k % len(CAMPAIGNS)]
        w = web.get(src["site_id"])
        if w:
            row = dict(zip(web_cols, w, strict=True))
            row.update(site_id=sid, subdomain=sub, campaign=campaign)
            web_rows.append(row)
        model = MODELS[0] if rnd.random() < 0.6 else rnd.choice(MODELS[1:])
        bump = {"intent": rnd.choice(("v1", "v1", "v2")), "content_section": rnd.choice(("v1", "v2", "v3"))}
        for g in logs_by_site.get(src["site_id"], []):
            lg = dict(zip(log_cols, g, strict=True))
            name = (lg["prompt"] or "").split("@")[0]
            lg.update(site_id=sid, run_id=f"gen-{sid}", model=model,
                      prompt=f"{name}@{bump[name]}" if name in bump else lg["prompt"])
            log_rows.append(lg)

    now = datetime.now(UTC)
    metric_rows, run_rows, last = [], [], ""
    quality = {sid: rnd.choice(PERF) for sid, _, _ in ids}
    for r in range(runs):
        run_id = f"sites-bench-{r:02d}-{uuid.uuid4().hex[:6]}"
        created = now - timedelta(days=runs - 1 - r)
        rows = []
        for sid, sub, src in ids:
            row = {c: src.get(c) for c in COLUMNS}
            perf = min(1.0, max(0.3, quality[sid] + rnd.choice((0, 0, 0, -0.02, 0.01, -0.06)) + 0.01 * r))
            row.update(run_id=run_id, site_id=sid, subdomain=sub, campaign=CAMPAIGNS[len(rows) % len(CAMPAIGNS)],
                       status="ok" if rnd.random() > 0.004 else "failed", lh_performance=round(perf, 2),
                       lh_accessibility=rnd.choice((1.0,) * 9 + (0.92,)), lh_best_practices=1.0,
                       lh_seo=rnd.choice((1.0,) * 12 + (0.91,)), lcp_ms=rnd.uniform(900, 3200),
                       tbt_ms=rnd.choice((0, 0, 20, 80, 350)), cls=0.0, axe_violations=rnd.choice((0,) * 15 + (1, 3)),
                       lh_runs=1, site_checks=_checks(rnd))
            if row["status"] == "failed":
                row.update(error="browser: TimeoutError: page.goto: Timeout 20000ms exceeded", **{c: None for c in SCORE_COLUMNS})
            rows.append(row)
        for row in rows:
            for c in JSON_COLUMNS:
                row[c] = json.dumps(row[c] if row[c] is not None else ({} if c != "axe" else []))
            row["created_at"] = created
        metric_rows.extend(rows)
        med = {c: statistics.median(x[c] for x in rows if x[c] is not None) for c in SCORE_COLUMNS}
        run_rows.append({"run_id": run_id, "source": "campaign", "campaign": None, "lighthouse": True,
                         "n_sites": len(rows), "n_failed": sum(x["status"] != "ok" for x in rows), "wall_s": 0.0,
                         "medians": json.dumps(med), "settings": "{}", "created_at": created})
        last = run_id
    with store.connect(settings.db_path) as con:
        con.execute("BEGIN")
        for table, data in (("websites", web_rows), ("ai_generation_logs", log_rows),
                            ("site_metrics", metric_rows), ("site_eval_runs", run_rows)):
            if data:
                df = pd.DataFrame(data)
                con.register("bench_rows", df)
                con.execute(f"INSERT INTO {table} ({', '.join(df.columns)}) SELECT * FROM bench_rows")
                con.unregister("bench_rows")
        for name in CAMPAIGNS:
            con.execute("INSERT OR REPLACE INTO campaigns (campaign, name, total_rows, valid_rows) VALUES (?, ?, ?, ?)",
                        [name, name, sites // len(CAMPAIGNS), sites // len(CAMPAIGNS)])
        con.execute("COMMIT")
    return last
