"""`tapsite rate` (a person's 1–5 rating of a deployed page) and `tapsite ratings` (list, agreement)."""

from __future__ import annotations

import getpass
import os

import click

from tapsite_pipeline.cli.common import emit, home_option


def _rater(given: str | None) -> str:
    if given:
        return given
    try:
        return os.environ.get("TAPSITE_RATER") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@click.command("rate")
@click.argument("subdomain")
@click.argument("rating", metavar="RATING")
@click.option("--tag", "tags", multiple=True, help="Reason, repeatable: wrong-cards, dead-contact, missing-facts, …")
@click.option("--note", help="Free text: what a person saw.")
@click.option("--rater", help="Who rates (default: $TAPSITE_RATER or the login name).")
@home_option
def rate(subdomain, rating, tags, note, rater, home) -> None:
    """Rate the live page of SUBDOMAIN from 1 (unusable) to 5 (publish as is)."""
    from tapsite_pipeline import store
    from tapsite_pipeline.evals.ratings import rate_site
    from tapsite_pipeline.settings import Settings

    s = Settings.load(home)
    with store.connect(s.db_path) as con:
        row, result = rate_site(con, s.deploy_root, subdomain, rating, tags=tags, note=note, rater=_rater(rater))
    tags_txt = f" ({', '.join(row['tags'])})" if row["tags"] else ""
    click.echo(f"rated {subdomain} {row['version']}: {row['rating']}/5{tags_txt} by {row['rater']}")
    if result is not None:
        failed = [c.name for c in result.checks if not c.passed]
        click.echo(f"fidelity: {len(result.checks) - len(failed)}/{len(result.checks)} checks pass"
                   + (f" ({', '.join(failed)} fail)" if failed else ""))


@click.group("ratings")
def ratings_group() -> None:
    """Human ratings of pages, and how well each automated scorer agrees with them."""


@ratings_group.command("list")
@click.option("--subdomain", help="Only this site's ratings.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@home_option
def list_cmd(subdomain, as_json, home) -> None:
    """Every rating, oldest first."""
    from tapsite_pipeline import store
    from tapsite_pipeline.evals.ratings import list_ratings
    from tapsite_pipeline.settings import Settings

    with store.connect(Settings.load(home).db_path) as con:
        rows = list_ratings(con, subdomain)
    if as_json:
        return emit(rows)
    for r in rows:
        click.echo(f"{r['created_at']:%Y-%m-%d %H:%M}  {r['subdomain']:<28} {r['version'] or '-':<14} "
                   f"{r['rating']}/5  {r['rater'] or '-':<12} {', '.join(r['tags'] or [])}")


@ratings_group.command("agreement")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array.")
@home_option
def agreement_cmd(as_json, home) -> None:
    """Spearman rank correlation and pass/rated-good agreement of every scorer with the ratings."""
    from tapsite_pipeline import store
    from tapsite_pipeline.evals.ratings import GOOD, agreement
    from tapsite_pipeline.settings import Settings

    with store.connect(Settings.load(home).db_path) as con:
        rows = agreement(con)
    if as_json:
        return emit(rows)
    if not rows:
        return click.echo("no rated page has scorer results yet; rate pages with `tapsite rate SUBDOMAIN 1-5`")
    click.echo(f"{'scorer':<28}{'n':>4}{'spearman':>10}{'p':>8}{'agree':>8}   (pass vs rated >= {GOOD})")
    for r in rows:
        rho = "-" if r["spearman"] is None else f"{r['spearman']:+.2f}"
        p = "-" if r["p_value"] is None else f"{r['p_value']:.3f}"
        click.echo(f"{r['scorer']:<28}{r['n']:>4}{rho:>10}{p:>8}{r['agreement']:>8.2f}")
