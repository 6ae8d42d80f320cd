"""`tapsite versions` and `tapsite diff`: a site's versions, and what changed between two of them."""

from __future__ import annotations

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option


@click.command("versions")
@click.argument("subdomain")
@json_option
@home_option
def versions_cmd(subdomain, as_json, home) -> None:
    """List SUBDOMAIN's versions (the live one marked *), newest last."""
    from tapsite_pipeline.settings import Settings
    from tapsite_pipeline.sites.history import history
    h = history(Settings.load(home), subdomain)
    if as_json:
        return emit(h.to_json())
    click.echo(f"{subdomain}: {len(h.rows)} version(s), live v{h.live if h.live is not None else '?'}")
    for r in h.rows:
        mark = "*" if r.version == h.live else " "
        what = h.requests.get(r.edit_id or "") or r.brief
        click.echo(f"{mark} v{r.version:<3} {r.created_at:%Y-%m-%d %H:%M}  {r.source:<8} {r.deploy_version}  "
                   f"{what[:70]}")


@click.command("diff")
@click.argument("subdomain")
@click.argument("a", required=False)
@click.argument("b", required=False)
@click.option("--screenshot", type=click.Path(dir_okay=False), default=None, is_flag=False, flag_value="",
              help="Also write both pages side by side to this PNG.")
@json_option
@home_option
def diff_cmd(subdomain, a, b, screenshot, as_json, home) -> None:
    """Show what changed in SUBDOMAIN between versions A and B.

    Without A and B: the live version against the one before it.
    """
    from tapsite_pipeline.settings import Settings
    from tapsite_pipeline.sites.diff import diff_states, render_text
    from tapsite_pipeline.sites.history import history, load_pair, page_of, pick_pair
    settings = Settings.load(home)
    h = history(settings, subdomain)
    va, vb = pick_pair(h, a, b)
    sa, sb = load_pair(settings, h, va, vb)
    d = diff_states(sa, sb)
    if screenshot is not None:
        from tapsite_pipeline.quality.browser.side_by_side import side_by_side
        out = screenshot or str(settings.home / "diffs" / f"{subdomain}-v{va}-v{vb}.png")
        d["screenshot"] = str(side_by_side([page_of(settings, h, va), page_of(settings, h, vb)],
                                           [f"{subdomain} v{va}", f"{subdomain} v{vb}"], out))
    if as_json:
        return emit(d)
    for line in render_text(d):
        click.echo(line)
    if "screenshot" in d:
        click.echo(f"screenshot: {d['screenshot']}")
