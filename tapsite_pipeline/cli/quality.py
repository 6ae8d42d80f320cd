"""`tapsite eval sites` (judge deployed sites in a real browser) and `tapsite report` (the static dashboard)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option
from tapsite_pipeline.cli.progress import SiteProgress
from tapsite_pipeline.errors import InputError

SCORE_KEYS = ("lh_performance", "lh_accessibility", "lh_best_practices", "lh_seo")


CONFIRM_ABOVE = 50   # more sites than this is minutes of work: ask first (or --yes)


@click.command("sites", short_help="Judge sites in Chromium: screenshots, axe, Lighthouse.")
@click.option("--campaign", metavar="NAME", help="Only this campaign's sites (its name or key).")
@click.option("--dir", "path", type=click.Path(file_okay=False, exists=True), metavar="DIR",
              help="Sites in a folder: a deploy root, a site, or sites.")
@click.option("--changed", is_flag=True, help="Only sites changed since their last score.")
@click.option("--since", metavar="WHEN", help="Only sites changed since 2026-12-01, 12h, 3d, …")
@click.option("--limit", type=click.IntRange(1), metavar="N", help="At most N sites, the newest changes first.")
@click.option("--yes", "-y", is_flag=True, help=f"Do not ask before scoring over {CONFIRM_ABOVE} sites.")
@click.option("--no-lighthouse", is_flag=True, help="Screenshots and axe only, no Lighthouse.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 8), metavar="N",
              help="Lighthouse audits in parallel.")
@click.option("--timeout", default=60.0, show_default=True, type=float, metavar="SECONDS",
              help="Per Lighthouse audit.")
@click.option("--no-mlflow", is_flag=True, help="Do not log the run to MLflow.")
@click.option("--progress-every", default=10, type=click.IntRange(1), metavar="N",
              help="Off a terminal: a line every N sites (10).")
@json_option
@home_option
def eval_sites(campaign, path, changed, since, limit, yes, no_lighthouse, workers, timeout, no_mlflow, progress_every,
               as_json, home) -> None:
    """Screenshot, axe-check and Lighthouse sites; store the metrics, write the report, log to MLflow.

    Without --campaign or --dir: every site deployed under the home. Narrow with --changed, --since, --limit.
    """
    lighthouse = not no_lighthouse
    from tapsite_pipeline.cli.common import started
    from tapsite_pipeline.quality.browser.scorer import ScoreOptions
    from tapsite_pipeline.quality.browser.selection import parse_since, seconds_per_site, select
    from tapsite_pipeline.quality.browser.targets import from_campaign, from_deployed, from_dir
    from tapsite_pipeline.quality.site_eval import run_site_eval
    from tapsite_pipeline.settings import Settings

    if campaign and path:
        raise InputError("pass --campaign or --dir, not both")
    s = Settings.load(home)
    if campaign:
        targets, source = from_campaign(s, campaign), "campaign"
    elif path:
        targets, source = from_dir(Path(path)), "dir"
    else:
        targets, source = from_deployed(s), "deployed"
    chosen = select(s, targets, changed=changed, since=parse_since(since) if since else None, limit=limit)
    targets = chosen.targets
    click.echo(f"scoring {chosen.describe()}", err=True)
    if not targets:
        if as_json:
            emit({"run_id": None, "n_sites": 0, "n_failed": 0, "selection": chosen.describe()})
        return
    if len(targets) > CONFIRM_ABOVE and not yes:
        minutes = len(targets) * seconds_per_site(s, lighthouse) / 60
        ask = f"{len(targets)} sites is about {minutes:.0f} min of scoring"
        if not sys.stdin.isatty():
            raise InputError(f"{ask}; pass --yes to go ahead, or narrow it with --changed, --since or --limit")
        if not click.confirm(f"{ask}. Go ahead?", err=True):
            raise click.exceptions.Abort()
    opts = ScoreOptions(lighthouse=lighthouse, lh_workers=workers, lh_timeout=timeout)
    bar = SiteProgress(len(targets), "scoring", every=progress_every)
    try:
        result, index = run_site_eval(s, targets, opts, source=source, campaign=campaign,
                                      mlflow=not no_mlflow,
                                      progress=lambda done, _total, failed: bar.update(done, failed))
    finally:
        bar.close()
    run = result.run
    wall = time.monotonic() - started()   # what the person waiting saw, imports and MLflow included
    if as_json:
        emit({**run, "wall_s": round(wall, 2), "timings": result.timings, "selection": chosen.describe(),
              "report": str(index) if index else None, "sites": [r.to_dict() for r in result.rows]})
        return
    med, t = run["medians"], result.timings
    parts = [f"scoring {t['score_s']:.1f} s"] + [f"{k[:-2]} {t[k]:.1f} s" for k in ("report_s", "mlflow_s") if k in t]
    click.echo(f"run {run['run_id']}: {run['n_sites']} sites, {run['n_failed']} failed in {wall:.1f} s "
               f"({', '.join(parts)}; {t['score_s'] / max(1, run['n_sites']):.2f} s/site)")
    if lighthouse:
        click.echo("median Lighthouse (mobile): " + ", ".join(
            f"{k[3:]} {med[k] * 100:.0f}" for k in SCORE_KEYS if k in med))
    click.echo(f"median axe violations: {med.get('axe_violations', '–')}")
    fid = run.get("fidelity") or {}
    if fid.get("pages"):
        failing = ", ".join(f"{k} {v}" for k, v in sorted(fid["failing"].items()))
        click.echo(f"fidelity: {fid['passed_all']}/{fid['pages']} pages pass every check"
                   + (f" (failing: {failing})" if failing else ""))
    repeated = [r for r in result.rows if (r.lh_runs or 0) > 1]
    if repeated:
        click.echo(f"Lighthouse repeated on {len(repeated)} sites (a score under its previous median); "
                   "medians kept")
    for r in result.rows:
        if r.lh_flagged:
            click.echo(f"  REGRESSION {r.subdomain}: " + ", ".join(
                f"{c[3:]} {r.lh_baseline.get(c, 0) * 100:.0f} → {getattr(r, c) * 100:.0f}" for c in r.lh_flagged)
                + f" (the drop repeated in {r.lh_runs} runs)")
    for r in result.failed:
        click.echo(f"  FAILED {r.subdomain}: {r.error}")
    if index:
        click.echo(f"report: {index}")


@click.command("report")
@click.argument("run", required=False)
@click.option("--baseline", metavar="RUN", help="An earlier run to diff against (scores, pixels).")
@click.option("--out", type=click.Path(file_okay=False), metavar="DIR",
              help="Folder to write into (default: <home>/reports/RUN).")
@click.option("--list", "list_only", is_flag=True, help="List recent site eval runs and exit.")
@home_option
def report(run, baseline, out, list_only, home) -> None:
    """Write the report of a site eval run (one static file).

    RUN defaults to the latest; the report opens from disk: search, filters, trends, run comparison.
    """
    from tapsite_pipeline.quality.browser.storage import list_runs
    from tapsite_pipeline.quality.report.render import build_report
    from tapsite_pipeline.settings import Settings

    s = Settings.load(home)
    if list_only:
        for r in list_runs(s, 50):
            click.echo(f"{r['run_id']}  {r['n_sites']:>5} sites  {r['n_failed']:>3} failed  {r['created_at']}")
        return
    index = build_report(s, run, baseline=baseline, out_dir=Path(out) if out else None)
    if baseline:
        from tapsite_pipeline.quality.browser.storage import load_run
        cur, _ = load_run(s, run)
        if cur.get("mlflow_run_id"):
            try:
                from tapsite_pipeline.quality.browser.mlflow_log import log_report
                log_report(s, cur["mlflow_run_id"], index.parent)
            except Exception as exc:  # the report is written either way; MLflow is a copy
                click.echo(f"warning: could not attach the report to MLflow: {exc}", err=True)
    click.echo(f"report: {index}")
    click.echo(f"open:   {index.as_uri()}")
