"""`tapsite production up|down|status|campaign|export`: the production profile on this machine's loopback ports."""

from __future__ import annotations

from typing import Any

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option


@click.group("production")
def production_group() -> None:
    """PostgreSQL, Redis, Celery workers, Prometheus."""


@production_group.command("up")
@home_option
@click.option("--workers", type=int, default=2, metavar="N", help="Celery worker processes (2).")
@click.option("--scrape-interval", type=float, default=2.0, metavar="S", help="Prometheus scrape every S seconds.")
@json_option
def up_cmd(home: str | None, workers: int, scrape_interval: float, as_json: bool) -> None:
    """Start every server of the profile from nothing."""
    from tapsite_pipeline.production import servers
    if not 1 <= workers <= 16 or not 0.5 <= scrape_interval <= 60:
        raise click.BadParameter("--workers takes 1 to 16, --scrape-interval 0.5 to 60 seconds")
    servers.up(home, workers=workers, scrape_interval_s=scrape_interval,
               log=(lambda _m: None) if as_json else (lambda m: click.echo(m, err=True)))
    _show(servers.status(home), as_json)


@production_group.command("down")
@home_option
@json_option
def down_cmd(home: str | None, as_json: bool) -> None:
    """Stop every process `up` started, by its PID."""
    from tapsite_pipeline.production import servers
    stopped = servers.down(home)
    if as_json:
        emit(stopped)
    else:
        for p in stopped:
            click.echo(f"{p['name']:<10} pid {p['pid']:<8} {'stopped' if p['stopped'] else 'STILL RUNNING'}")


@production_group.command("status")
@home_option
@json_option
def status_cmd(home: str | None, as_json: bool) -> None:
    """Which processes run, and where they listen."""
    from tapsite_pipeline.production import servers
    _show(servers.status(home), as_json)


@production_group.command("campaign")
@click.argument("csv_path", type=click.Path(dir_okay=False))
@click.option("--name", default=None, help="Campaign name (default: the file's name).")
@home_option
@json_option
def campaign_cmd(csv_path: str, name: str | None, home: str | None, as_json: bool) -> None:
    """Run a campaign CSV with its steps on the workers."""
    from tapsite_pipeline.production.campaign import run_on_workers
    out = run_on_workers(csv_path, name=name, home=home)
    if as_json:
        emit(out)
        return
    click.echo(f"{out['name']}: {out.get('deployed', 0)} deployed, {len(out.get('failed', []))} failed in "
               f"{out['seconds']:.1f} s (run {out['run_id']}, {'succeeded' if out['run_succeeded'] else 'FAILED'})")
    for step, worker in sorted(out["workers"].items()):
        click.echo(f"  {step:<40} {worker}")
    exp = out["export"]
    if exp.get("folder"):
        click.echo(f"analytics: {sum(exp['rows'].values())} rows exported to {exp['folder']} in {exp['seconds']:.1f} s "
                   f"(Parquet for DuckDB; `tapsite eval sites --campaign {out['campaign']}` and `tapsite report` "
                   "read it)")
    elif exp.get("error"):
        click.echo(f"analytics: export FAILED ({exp['error']}); the rows stay in the profile's PostgreSQL; "
                   f"retry with `tapsite production export {out['campaign']}`", err=True)
    else:
        click.echo(f"analytics: {exp['note']}")


@production_group.command("export")
@click.argument("campaign")
@home_option
@json_option
def export_cmd(campaign: str, home: str | None, as_json: bool) -> None:
    """A campaign's rows to Parquet files, then a DuckDB report on them."""
    from tapsite_pipeline.campaigns.intake import find_file
    from tapsite_pipeline.production.export import campaign_report, export_campaign
    from tapsite_pipeline.production.profile import Profile
    prof = Profile.at(home)
    prof.require_up()
    key = find_file(prof.home, campaign).key
    out = export_campaign(prof.store_url, key, prof.home / "exports" / key)
    out["report"] = campaign_report(prof.home / "exports" / key)
    if as_json:
        emit(out)
        return
    click.echo(f"{key}: {sum(out['rows'].values())} rows in {len(out['rows'])} files ({out['bytes']:,} bytes) "
               f"exported in {out['seconds']:.2f} s to {out['folder']}; read back by DuckDB in "
               f"{out['report']['seconds']:.2f} s")
    for stage, r in out["report"]["stages"].items():
        click.echo(f"  {stage:<12} ok {r['ok']:<6} failed {r['failed']:<5} p50 {r['p50_ms']:.1f} ms"
                   f"  p95 {r['p95_ms']:.1f} ms")


def _show(st: dict[str, Any], as_json: bool) -> None:
    if as_json:
        emit(st)
        return
    click.echo(f"{st['home']}: {'up' if st['up'] else 'down'}")
    for p in st["processes"]:
        click.echo(f"  {p['name']:<10} pid {p['pid']:<8} {'running' if p['alive'] else 'gone'}")
    if st["processes"]:
        click.echo(f"  postgres {st['postgres']} · redis {st['redis']} · {st['metrics']} · prometheus {st['prometheus']}")
