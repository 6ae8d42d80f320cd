"""`tapsite prompts …`: sync prompt files to the MLflow registry, list versions and aliases, promote."""

from __future__ import annotations

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option
from tapsite_pipeline.errors import InputError


@click.group("prompts")
def prompts_group() -> None:
    """Versioned prompts in MLflow: sync, list, promote.

    The registry holds every prompt version; its production and candidate aliases are mirrored for the
    pipeline, which never imports MLflow.
    """


@prompts_group.command("sync")
@json_option
@home_option
def sync_cmd(as_json, home) -> None:
    """Register new prompt files and mirror the aliases.

    Idempotent: a version whose content is already registered is skipped.
    """
    from tapsite_pipeline.prompting.registry import sync, tracking_uri
    from tapsite_pipeline.settings import Settings

    s = Settings.load(home).ensure()
    r = sync(s)
    if as_json:
        return emit({"registered": r.registered, "unchanged": r.unchanged, "aliases": r.aliases,
                      "alias_file": str(r.alias_file), "tracking_uri": tracking_uri(s)})
    click.echo(f"registered {len(r.registered)}: {', '.join(r.registered) or '-'}")
    click.echo(f"unchanged  {len(r.unchanged)}: {', '.join(r.unchanged) or '-'}")
    for name, aliases in r.aliases.items():
        click.echo(f"  {name:<16} " + "  ".join(f"{a}=v{v}" for a, v in aliases.items()))
    click.echo(f"store {tracking_uri(s)}; aliases mirrored to {r.alias_file}")


@prompts_group.command("list")
@json_option
@home_option
def list_cmd(as_json, home) -> None:
    """Registered versions: aliases, model, content hash."""
    from tapsite_pipeline.prompting.registry import registry_status
    from tapsite_pipeline.settings import Settings

    rows = registry_status(Settings.load(home).ensure())
    if as_json:
        return emit(rows)
    for r in rows:
        click.echo(f"{r['name']:<16} v{r['file_version']:<3} (mlflow {r['mlflow_version']:<3}) "
                   f"{','.join(r['aliases']) or '-':<22} {r['model']:<18} {r['content_hash']}  {r['note']}")


@prompts_group.command("promote")
@click.argument("name")
@click.argument("version")
@click.option("--force", is_flag=True, help="Promote without a passing comparison (recorded as forced).")
@click.option("--reason", default="", help="Why (kept with the promotion record).")
@click.option("--model", metavar="MODEL", help="provider:model production runs NAME with, if not its own.")
@home_option
def promote_cmd(name, version, force, reason, model, home) -> None:
    """Move NAME's production alias to VERSION (gated).

    Only after a comparison of exactly that content against production passed on the suite's gate dataset
    (`tapsite eval run SUITE --candidate VERSION`), unless --force.
    """
    from tapsite_pipeline.evals.promotion import promote
    from tapsite_pipeline.settings import Settings

    try:
        v = int(str(version).lstrip("v"))
    except ValueError:
        raise InputError(f"VERSION must be a number like 2 or v2, got {version!r}") from None
    r = promote(Settings.load(home).ensure(), name, v, force=force, reason=reason, model=model)
    how = "FORCED (no passing comparison)" if r["forced"] else f"comparison {r['comparison_id']} passed"
    click.echo(f"{name}: production v{r['from']} → v{r['to']}  [{how}]")
