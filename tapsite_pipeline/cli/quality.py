"""`tapsite eval sites` (judge deployed sites in a real browser) and `tapsite report` (the static dashboard)."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import click

from tapsite_pipeline.errors import InputError

SCORE_KEYS = ("lh_performance", "lh_accessibility", "lh_best_practices", "lh_seo")


@click.command("sites")
@click.option("--campaign", help="Score the deployed sites of this campaign (key or name).")
@click.option("--dir", "path", type=click.Path(file_okay=False, exists=True),
              help="Score static sites in a folder (a deploy root, one site, or a folder of sites).")
@click.option("--lighthouse/--no-lighthouse", default=True, show_default=True,
              help="Run Lighthouse (mobile) as well as screenshots and axe.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 8),
              help="Parallel Lighthouse workers (each one Node + one Chromium).")
@click.option("--timeout", default=60.0, show_default=True, type=float, help="Seconds per Lighthouse audit.")
@click.option("--no-mlflow", is_flag=True, help="Do not log the run to MLflow.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--home", type=click.Path(file_okay=False), default=None,
              help="Project home (default: $TAPSITE_HOME or ./.tapsite).")
def eval_sites(campaign, path, lighthouse, workers, timeout, no_mlflow, as_json, home) -> None:
    """Screenshot, axe-check and Lighthouse every site; store metrics, write the report, log to MLflow.

    Without --campaign or --dir, every site deployed under the home is scored.
    """
    from tapsite_pipeline.quality.browser.eval_run import run_site_eval
    from tapsite_pipeline.quality.browser.scorer import ScoreOptions
    from tapsite_pipeline.quality.browser.targets import from_campaign, from_dir
    from tapsite_pipeline.settings import Settings

    if campaign and path:
        raise InputError("pass --campaign or --dir, not both")
    s = Settings.load(home)
    if campaign:
        targets, source = from_campaign(s, campaign), "campaign"
    else:
        root = Path(path) if path else s.deploy_root
        if not path and not root.is_dir():
            raise InputError(f"nothing deployed under {root}; run `tapsite demo` or pass --dir/--campaign")
        targets, source = from_dir(root), "dir" if path else "deployed"
    opts = ScoreOptions(lighthouse=lighthouse, lh_workers=workers, lh_timeout=timeout)
    lock = threading.Lock()
    with click.progressbar(length=len(targets), label=f"scoring {len(targets)} sites", file=sys.stderr,
                           show_pos=True) as bar:
        shown = [0]

        def progress(done: int, _total: int) -> None:
            with lock:
                if done > shown[0]:
                    bar.update(done - shown[0])
                    shown[0] = done

        result, index = run_site_eval(s, targets, opts, source=source, campaign=campaign,
                                      mlflow=not no_mlflow, progress=progress)
    run = result.run
    if as_json:
        click.echo(json.dumps({**run, "report": str(index) if index else None,
                               "sites": [r.to_dict() for r in result.rows]}, default=str, ensure_ascii=False))
        return
    med = run["medians"]
    click.echo(f"run {run['run_id']}: {run['n_sites']} sites, {run['n_failed']} failed, {run['wall_s']:.1f} s "
               f"({run['wall_s'] / max(1, run['n_sites']):.2f} s/site)")
    if lighthouse:
        click.echo("median Lighthouse (mobile): " + ", ".join(
            f"{k[3:]} {med[k] * 100:.0f}" for k in SCORE_KEYS if k in med))
    click.echo(f"median axe violations: {med.get('axe_violations', '–')}")
    fid = run.get("fidelity") or {}
    if fid.get("pages"):
        failing = ", ".join(f"{k} {v}" for k, v in sorted(fid["failing"].items()))
        click.echo(f"fidelity: {fid['passed_all']}/{fid['pages']} pages pass every check"
                   + (f" (failing: {failing})" if failing else ""))
    for r in result.failed:
        click.echo(f"  FAILED {r.subdomain}: {r.error}")
    if index:
        click.echo(f"report: {index}")


@click.command("report")
@click.argument("run", required=False)
@click.option("--baseline", help="An earlier run to compare with (score deltas, visually changed sites).")
@click.option("--out", type=click.Path(file_okay=False), help="Folder to write into (default: <home>/reports/<run>).")
@click.option("--list", "list_only", is_flag=True, help="List recent site eval runs and exit.")
@click.option("--home", type=click.Path(file_okay=False), default=None,
              help="Project home (default: $TAPSITE_HOME or ./.tapsite).")
def report(run, baseline, out, list_only, home) -> None:
    """Write the static HTML dashboard of site eval RUN (default: the latest); open it from disk."""
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
