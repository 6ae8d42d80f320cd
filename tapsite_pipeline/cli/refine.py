"""`tapsite refine SUBDOMAIN "REQUEST"`: change a live site in words; only the stages the change touches re-run."""

from __future__ import annotations

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option


@click.command("refine")
@click.argument("subdomain")
@click.argument("request", required=False, default="")
@click.option("--photo", type=click.Path(exists=True, dir_okay=False), help="Use this photo as the hero image.")
@click.option("--model", metavar="MODEL", help="provider:model that reads the request.")
@json_option
@home_option
def refine_cmd(subdomain, request, photo, model, as_json, home) -> None:
    """Change SUBDOMAIN's live page as REQUEST says.

    E.g. "warnanya ganti biru dong, tambah jam buka 08.00–17.00, hapus menu es teh". A request that
    cannot be read gets a question back and changes nothing.
    """
    from tapsite_pipeline.errors import InputError
    from tapsite_pipeline.pipeline import Runtime
    from tapsite_pipeline.refine.service import refine

    if not request.strip() and not photo:
        raise InputError('say what to change, e.g. tapsite refine toko-ani "warnanya ganti biru dong"')
    rt = Runtime.local(home, model=model)
    out = refine(rt, subdomain, request, photo=photo)
    if as_json:
        return emit(out.to_json())
    if out.question:
        click.echo(f"? {out.question}")
        return
    if out.status == "unchanged":
        click.echo(f"{subdomain}: nothing on the page changed (still v{out.version})")
        return
    ms = sum(v for k, v in out.timings_ms.items() if k != "parse")
    click.echo(f"{subdomain} v{out.from_version} → v{out.version}: changed {', '.join(out.result.changed)}")
    click.echo(f"  re-ran {', '.join(out.rerun + ['site', 'deployment'])} in {ms:.1f} ms; "
               f"reused {', '.join(['intent'] + out.reused)} byte for byte"
               + ("" if out.reuse_verified else " (hash check FAILED)"))
    click.echo(f"  preview: {out.url}")
