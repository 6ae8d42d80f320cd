"""`tapsite campaign …`: run an onboarding campaign CSV through Dagster in-process, and report on it."""

from __future__ import annotations

import os
import sys

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option
from tapsite_pipeline.cli.progress import SiteProgress

STAGE_ORDER = ("intent", "design", "content", "images", "site", "deployment")




class _Bar:
    """Campaign progress in rows: done (deployed or failed) out of the valid rows, failures beside it."""

    def __init__(self) -> None:
        self.progress: SiteProgress | None = None

    def start(self, info, valid: int) -> None:
        click.echo(f"campaign {info.key} ({info.name}): {valid} valid rows", err=True)
        self.progress = SiteProgress(valid, "generating", every=max(1, valid // 10))

    def __call__(self, p) -> None:
        if self.progress is not None:   # without a terminal, a line as each stage finishes too
            self.progress.update(p.rows_done, p.rows_failed, note=f"{p.stage} {p.done}/{p.total}",
                                 force=p.done == p.total)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.close()


@click.group("campaign")
def campaign_group() -> None:
    """Campaigns: a CSV of businesses in, a site per row out.

    Run through Dagster in this process; progress counted in rows.
    """


@campaign_group.command("run")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--name", help="Campaign name and key; default: the file's name.")
@click.option("--model", metavar="MODEL", help="provider:model for every LLM stage.")
@click.option("--no-cache", is_flag=True, help="Ask the models again, not their cached answers.")
@click.option("--quality", is_flag=True, help="Then judge every site in Chromium (site_quality).")
@json_option
@home_option
def run(file, name, model, no_cache, quality, as_json, home) -> None:
    """Generate and deploy a site per row of FILE.csv.

    Columns: brief (required), id, brand_name, whatsapp, email, phone, language. Finished sites are skipped
    on a rerun. Under `dagster dev`, site_quality follows by itself; here, ask for it with --quality.
    """
    from tapsite_pipeline.orchestration.run import run_campaign
    bar = _Bar()
    try:
        summary = run_campaign(file, name=name, home=home, progress=bar, on_start=bar.start, model=model,
                               use_cache=not no_cache, quality=quality)
    finally:
        bar.close()
    if as_json:
        emit({k: summary[k] for k in ("campaign", "name", "total", "succeeded", "failed", "deployed", "pending",
                                       "seconds", "cost_usd", "checks", "run_succeeded", "run_id", "needs_review",
                                       "encoding", "delimiter", "warnings")}
              | {k: summary[k] for k in ("run_errors", "quality") if k in summary})
    else:
        _print_summary(summary)
    if not summary["run_succeeded"]:
        sys.exit(1)


@campaign_group.command("status")
@click.argument("name")
@json_option
@home_option
def status(name, as_json, home) -> None:
    """Where campaign NAME stands: deployed, failed, pending.

    NAME is its name or key; failed rows come with their reason.
    """
    from tapsite_pipeline import operational
    from tapsite_pipeline.orchestration.run import campaign_summary
    from tapsite_pipeline.settings import Settings
    settings = Settings.load(home)
    summary = campaign_summary(settings.home, name, read_only=True)
    summary["store"] = operational.describe(settings.db_path)   # a running production profile's, if any
    if as_json:
        return emit(summary)
    if not os.environ.get(operational.STORE_ENV) and operational.profile_store(settings.home):
        click.echo(f"store: {summary['store']} (the production profile of {settings.home})", err=True)
    _print_summary(summary)
    for stage in STAGE_ORDER:
        counts = summary["stages"].get(stage, {"ok": 0, "failed": 0})
        click.echo(f"  {stage:<11} {counts['ok']:>6} ok {counts['failed']:>5} failed")


def _print_summary(s: dict) -> None:
    head = (f"campaign {s['campaign']} ({s['name']}): {s['deployed']}/{s['total']} rows deployed, "
            f"{len(s['failed'])} failed")
    if s.get("pending"):
        head += f", {s['pending']} pending"
    if "seconds" in s:
        head += f" in {s['seconds']:.1f} s"
    click.echo(head + f", cost ${s['cost_usd']:.4f}")
    for w in s.get("warnings", []):
        click.echo(f"warning: {w}", err=True)
    for f in s["failed"]:
        click.echo(f"  row {f['row']}: {f['reason']}")
    review = s.get("needs_review") or []
    if review:
        click.echo(f"  {len(review)} deployed pages need review (fidelity): "
                   + ", ".join(f"row {r['row']} {r['subdomain']} ({'/'.join(r['failing'])})" for r in review[:5])
                   + (" …" if len(review) > 5 else ""))
    failed_checks = [k for k, ok in s.get("checks", {}).items() if not ok]
    if failed_checks:
        click.echo(f"  checks failing: {', '.join(failed_checks)}")
    for err in s.get("run_errors", []):
        click.echo(f"  run error: {err}")
    q = s.get("quality")
    if q:
        click.echo(f"site quality: {q.get('sites', 0)} sites judged, {q.get('failed', 0)} failed"
                   + (f"; report: {q['report']}" if q.get("report") else "")
                   + ("" if all(q["checks"].values()) else
                      f"; checks failing: {', '.join(k for k, ok in q['checks'].items() if not ok)}"))
