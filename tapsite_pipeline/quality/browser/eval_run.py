"""One site-quality eval run end to end, shared by `tapsite eval sites` and the Dagster `site_quality` asset:
score → DuckDB → report → MLflow (report and screenshots as artifacts)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from tapsite_pipeline.settings import Settings
from tapsite_pipeline.quality.browser.scorer import EvalResult, ScoreOptions, score_sites
from tapsite_pipeline.quality.browser.storage import set_mlflow_run
from tapsite_pipeline.quality.browser.targets import Target


def run_site_eval(settings: Settings, targets: list[Target], options: ScoreOptions | None = None, *,
                  source: str = "dir", campaign: str | None = None, mlflow: bool = True, report: bool = True,
                  progress: Callable[[int, int], None] | None = None) -> tuple[EvalResult, Path | None]:
    result = score_sites(targets, settings, options, source=source, campaign=campaign, progress=progress)
    from tapsite_pipeline.evals.fidelity_records import score_targets
    result.run["fidelity"] = score_targets(settings, targets)  # page fidelity beside Lighthouse and axe
    index = None
    if report:
        from tapsite_pipeline.quality.report.render import build_report
        index = build_report(settings, result.run["run_id"])
    if mlflow and os.environ.get("TAPSITE_MLFLOW", "1") != "0":
        from tapsite_pipeline.quality.browser.mlflow_log import log_eval_run
        rid = log_eval_run(settings, result.run, result.rows, index.parent if index else None)
        set_mlflow_run(settings, result.run["run_id"], rid)
        result.run["mlflow_run_id"] = rid
    return result, index
