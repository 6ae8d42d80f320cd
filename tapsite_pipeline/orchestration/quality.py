"""Site quality per campaign: every deployed site judged in Chromium (screenshots, axe, Lighthouse mobile),
with checks on the stored scores. The asset body is a thin call into quality/site_eval.py."""

# Annotations stay evaluated (no __future__ import): Dagster accepts a `context` annotation only as the class.

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dagster import (
    AssetCheckExecutionContext,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetExecutionContext,
    AssetKey,
    AssetSelection,
    AutomationCondition,
    AutomationConditionSensorDefinition,
    Config,
    DefaultSensorStatus,
    MaterializeResult,
    MetadataValue,
    asset,
)
from pydantic import Field

from tapsite_pipeline.orchestration.assets_generate import GROUP
from tapsite_pipeline.orchestration.batch import campaign_check
from tapsite_pipeline.orchestration.partitions import campaigns
from tapsite_pipeline.orchestration.previews import thumbnail
from tapsite_pipeline.orchestration.resources import TapsiteResource

if TYPE_CHECKING:  # the browser package loads when a quality run starts, not with the code location
    from tapsite_pipeline.quality.browser.storage import SiteMetrics

MIN_CATEGORY_SCORE = 0.95
CATEGORIES = {"lh_performance": "performance", "lh_accessibility": "accessibility",
              "lh_best_practices": "best practices", "lh_seo": "SEO"}


class SiteQualityConfig(Config):
    lighthouse: bool = Field(default=True, description="Run Lighthouse (mobile) besides screenshots and axe.")
    lh_workers: int = Field(default=2, ge=1, le=8, description="Parallel Lighthouse workers (Node + Chromium).")
    mlflow: bool = Field(default=True, description="Log the run (report, screenshots) to MLflow.")


@asset(partitions_def=campaigns, deps=[AssetKey("deployment")], group_name=GROUP, kinds={"chromium"},
       automation_condition=AutomationCondition.eager())
def site_quality(context: AssetExecutionContext, config: SiteQualityConfig,
                 tapsite: TapsiteResource) -> MaterializeResult[Any]:
    """Every deployed site of the campaign judged in a real browser: screenshots, axe, Lighthouse.

    Materialized after each campaign's deployment by `quality_after_deployment` (an automation sensor), so
    the campaign run itself stays as fast as generating and deploying.
    """
    from tapsite_pipeline.quality.browser.scorer import ScoreOptions
    from tapsite_pipeline.quality.browser.targets import from_campaign
    from tapsite_pipeline.quality.site_eval import run_site_eval

    s = tapsite.settings()
    campaign = context.partition_key
    targets = from_campaign(s, campaign)
    result, index = run_site_eval(s, targets, ScoreOptions(lighthouse=config.lighthouse, lh_workers=config.lh_workers),
                                  source="campaign", campaign=campaign, mlflow=config.mlflow,
                                  progress=None)
    run, med = result.run, result.run["medians"]
    worst = sorted(result.rows, key=lambda r: min([getattr(r, c) or 0 for c in CATEGORIES] or [0]))[:5]
    table = "| site | perf | a11y | best | seo | axe | status |\n|---|---|---|---|---|---|---|\n" + "\n".join(
        f"| {r.subdomain} | " + " | ".join("–" if getattr(r, c) is None else f"{getattr(r, c) * 100:.0f}"
                                           for c in CATEGORIES)
        + f" | {r.axe_violations if r.axe_violations is not None else '–'} | {r.status} |" for r in worst)
    md = {"eval_run_id": run["run_id"], "sites": run["n_sites"], "failed": run["n_failed"],
          "wall_s": run["wall_s"], "screenshots": MetadataValue.md(gallery(worst)),
          "lowest_scoring_sites": MetadataValue.md(table),
          "regressions": sum(1 for r in result.rows if r.lh_flagged),
          "capture_faults": sum(1 for r in result.rows if r.capture_faults)}
    md.update({f"median_{k}": float(v) for k, v in med.items()})
    if index:
        md["report"] = MetadataValue.path(str(index))
    if run.get("mlflow_run_id"):
        md["mlflow_run_id"] = run["mlflow_run_id"]
    return MaterializeResult(metadata=md)


def gallery(rows: Sequence["SiteMetrics"]) -> str:
    """The lowest-scoring sites as the UI shows them: desktop and phone thumbnails beside their scores."""
    lines = []
    for r in rows:
        scores = " · ".join(f"{label} {'–' if getattr(r, c) is None else f'{getattr(r, c) * 100:.0f}'}"
                            for c, label in CATEGORIES.items())
        faults = f" · capture fault: {', '.join(r.capture_faults)}" if r.capture_faults else ""
        lines.append(f"**{r.subdomain}** — {scores} · axe {r.axe_violations if r.axe_violations is not None else '–'}"
                     f"{faults}  \n{thumbnail(r.desktop_path, f'{r.subdomain} at desktop width')} "
                     f"{thumbnail(r.mobile_path, f'{r.subdomain} on a phone', 90, aspect=2.1)}")
    return "\n\n".join(lines) or "no site scored"


def _latest_rows(tapsite: TapsiteResource, campaign: str) -> tuple[str | None, list[dict[str, Any]]]:
    with tapsite.analytics(read_only=True) as con:
        got = con.execute("SELECT run_id FROM site_eval_runs WHERE campaign = ? ORDER BY created_at DESC LIMIT 1",
                          [campaign]).fetchone()
        if not got:
            return None, []
        cur = con.execute("SELECT * FROM site_metrics WHERE run_id = ?", [got[0]])
        names = [d[0] for d in cur.description]
        return got[0], [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


@campaign_check(asset=site_quality, blocking=False,
                description=f"Every Lighthouse category (mobile) scores at least {MIN_CATEGORY_SCORE:.0%} on every site.")
def lighthouse_categories_at_least_95(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    run_id, rows = _latest_rows(tapsite, context.partition_key)
    low = [(r["subdomain"], CATEGORIES[c], r[c]) for r in rows for c in CATEGORIES
           if r[c] is None or r[c] < MIN_CATEGORY_SCORE]
    return AssetCheckResult(
        passed=bool(rows) and not low, severity=AssetCheckSeverity.WARN,
        metadata={"eval_run_id": run_id or "", "sites": len(rows), "below_threshold": len(low),
                  "examples": MetadataValue.md("\n".join(
                      f"- `{s}` {c}: {'not measured' if v is None else f'{v * 100:.0f}'}" for s, c, v in low[:10])
                      or "none")})


@campaign_check(asset=site_quality, blocking=False,
                description="No site has a serious or critical axe-core (WCAG 2 A/AA) violation.")
def no_serious_axe_violations(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    import json
    run_id, rows = _latest_rows(tapsite, context.partition_key)
    bad = []
    for r in rows:
        axe = json.loads(r["axe"]) if isinstance(r["axe"], str) else (r["axe"] or [])
        bad += [(r["subdomain"], v["id"], v["impact"]) for v in axe if v.get("impact") in ("serious", "critical")]
    unmeasured = [r["subdomain"] for r in rows if r["axe_violations"] is None]
    return AssetCheckResult(
        passed=bool(rows) and not bad and not unmeasured, severity=AssetCheckSeverity.ERROR,
        metadata={"eval_run_id": run_id or "", "sites": len(rows), "serious_violations": len(bad),
                  "not_measured": len(unmeasured),
                  "examples": MetadataValue.md("\n".join(f"- `{s}`: {i} ({imp})" for s, i, imp in bad[:10])
                                               or "none")})


quality_assets = [site_quality]
quality_checks = [lighthouse_categories_at_least_95, no_serious_axe_violations]

# Runs by the daemon (`dagster dev` starts one): a campaign's site_quality follows its deployment.
quality_after_deployment = AutomationConditionSensorDefinition(
    "quality_after_deployment", target=AssetSelection.assets(site_quality), default_status=DefaultSensorStatus.RUNNING,
    description="Judges a campaign's sites in Chromium once its deployment is materialized.")
