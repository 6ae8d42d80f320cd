"""One site-quality eval run end to end, shared by `tapsite eval sites` and the Dagster `site_quality` asset:
score → DuckDB → report → MLflow (report and screenshots as artifacts)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from tapsite_pipeline.quality.browser.scorer import EvalResult, ScoreOptions, score_sites
from tapsite_pipeline.quality.browser.storage import finish_run
from tapsite_pipeline.quality.browser.targets import Target
from tapsite_pipeline.settings import Settings


def run_site_eval(settings: Settings, targets: list[Target], options: ScoreOptions | None = None, *,
                  source: str = "dir", campaign: str | None = None, mlflow: bool = True, report: bool = True,
                  progress: Callable[[int, int, int], None] | None = None) -> tuple[EvalResult, Path | None]:
    """Score, then report and log; `result.timings` splits the wall time (score_s, report_s, mlflow_s, total_s)."""
    t0 = time.perf_counter()
    result = score_sites(targets, settings, options, source=source, campaign=campaign, progress=progress)
    timings = {"score_s": time.perf_counter() - t0}
    from tapsite_pipeline.evals.fidelity_records import score_targets
    result.run["fidelity"] = score_targets(settings, targets)  # page fidelity beside Lighthouse and axe
    index = None
    if report:
        t = time.perf_counter()
        from tapsite_pipeline.quality.report.render import build_report
        index = build_report(settings, result.run["run_id"])
        timings["report_s"] = time.perf_counter() - t
    rid = None
    if mlflow and os.environ.get("TAPSITE_MLFLOW", "1") != "0":
        t = time.perf_counter()
        from tapsite_pipeline.quality.browser.mlflow_log import log_eval_run
        rid = log_eval_run(settings, result.run, result.rows, index.parent if index else None)
        result.run["mlflow_run_id"] = rid
        timings["mlflow_s"] = time.perf_counter() - t
    timings["total_s"] = time.perf_counter() - t0
    result.timings = {k: round(v, 2) for k, v in timings.items()}
    result.run["total_s"] = result.timings["total_s"]
    finish_run(settings, result.run["run_id"], result.timings["total_s"], rid)
    return result, index
