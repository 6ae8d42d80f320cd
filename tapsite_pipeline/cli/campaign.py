"""`tapsite campaign …`: run an onboarding campaign CSV through Dagster in-process, and report on it."""

from __future__ import annotations

import json
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
        if self.progress is not None:
            self.progress.update(p.rows_done, p.rows_failed, note=f"{p.stage} {p.done}/{p.total}")

    def close(self) -> None:
        if self.progress is not None:
            self.progress.close()


@click.group("campaign")
def campaign_group() -> None:
    """Onboarding campaigns: a CSV of businesses in, a deployed site per row out (through Dagster)."""


@campaign_group.command("run")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--name", help="Campaign name (a-z, 0-9, - or _); default: keyed by the file's content hash.")
@click.option("--model", help="provider:model for every LLM stage (default: each prompt's own).")
@click.option("--no-cache", is_flag=True, help="Ask the models again instead of reusing cached answers.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@home_option
def run(file, name, model, no_cache, as_json, home) -> None:
    """Generate and deploy a site for every row of FILE.csv (columns: brief, id, brand_name, whatsapp, email,
    phone, language). Rerunning resumes: finished sites are skipped."""
    from tapsite_pipeline.orchestration.run import run_campaign
    bar = _Bar()
    try:
        summary = run_campaign(file, name=name, home=home, progress=bar, on_start=bar.start, model=model,
                               use_cache=not no_cache)
    finally:
        bar.close()
    if as_json:
        emit({k: summary[k] for k in ("campaign", "name", "total", "succeeded", "failed", "deployed", "pending",
                                       "seconds", "cost_usd", "checks", "run_succeeded", "run_id", "needs_review",
                                       "encoding", "delimiter", "warnings")}
              | ({"run_errors": summary["run_errors"]} if "run_errors" in summary else {}))
    else:
        _print_summary(summary)
    if not summary["run_succeeded"]:
        sys.exit(1)


@campaign_group.command("status")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True)
@home_option
def status(name, as_json, home) -> None:
    """Where campaign NAME (its name or key) stands: deployed, failed rows and why, pending."""
    from tapsite_pipeline.orchestration.run import campaign_summary
    from tapsite_pipeline.settings import Settings
    summary = campaign_summary(Settings.load(home).home, name, read_only=True)
    if as_json:
        return emit(summary)
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
