"""The owner's side of the forms: `tapsite leads` (list or export a site's submissions) and `tapsite forms`
(a site's plan tier, webhook and notification address)."""

from __future__ import annotations

import sys

import click

from tapsite_pipeline.cli.common import home_option, json_option
from tapsite_pipeline.errors import InputError


def _known(settings, subdomain: str) -> None:
    if not (settings.deploy_root / subdomain).is_dir():
        raise InputError(f"no deployed site {subdomain!r} under {settings.deploy_root} "
                         "(`tapsite serve` lists them at http://127.0.0.1:8787/)")


@click.command()
@click.argument("subdomain")
@click.option("--csv", "as_csv", is_flag=True, help="CSV for a spreadsheet (formula-looking cells escaped).")
@json_option
@click.option("--status", default=None, help="Only leads with this status (e.g. new).")
@home_option
def leads(subdomain, as_csv, as_json, status, home) -> None:
    """The form submissions of SUBDOMAIN, oldest first."""
    from tapsite_pipeline.forms.export import to_csv, to_json
    from tapsite_pipeline.forms.store import list_submissions
    from tapsite_pipeline.settings import Settings
    if as_csv and as_json:
        raise InputError("choose one of --csv and --json")
    s = Settings.load(home)
    _known(s, subdomain)
    rows = list_submissions(s.db_path, subdomain, status)
    if as_csv:
        sys.stdout.write(to_csv(rows))
        return
    if as_json:
        click.echo(to_json(rows))
        return
    click.echo(f"{subdomain}: {len(rows)} lead(s)")
    for r in rows:
        d = r["data"]
        what = d.get("message") or d.get("service") or "; ".join(f"{i['name']} x {i['quantity']}"
                                                                for i in d.get("items", [])) or d.get("what", "")
        click.echo(f"  {r['created_at']:%Y-%m-%d %H:%M}  {r['form_type']:<8} {r['status']:<5} "
                   f"{(r['submitter_name'] or '')[:24]:<24} {r['submitter_contact'] or '':<22} {what[:50]}")


@click.command("forms")
@click.argument("subdomain")
@click.option("--tier", help="The owner's plan (sets the form rate limits).")
@click.option("--webhook", help="URL to POST each lead to, signed ('' removes).")
@click.option("--notify-email", help="Address to e-mail each lead to ('' removes).")
@home_option
def forms_settings(subdomain, tier, webhook, notify_email, home) -> None:
    """Show or set SUBDOMAIN's form settings."""
    from tapsite_pipeline.contacts import parse_email
    from tapsite_pipeline.forms.config import load_forms_config
    from tapsite_pipeline.forms.store import set_site_settings, site_settings
    from tapsite_pipeline.settings import Settings
    s = Settings.load(home)
    _known(s, subdomain)
    tiers = load_forms_config().tiers
    if tier is not None and tier not in tiers:
        raise InputError(f"tier {tier!r} is not one of {', '.join(sorted(tiers))}")
    if webhook and not webhook.startswith(("https://", "http://")):
        raise InputError(f"webhook {webhook!r} must be an http(s) URL")
    if notify_email:
        notify_email = parse_email(notify_email, "notify e-mail")
    if tier is None and webhook is None and notify_email is None:
        current = site_settings(s.db_path, subdomain)
    else:
        current = set_site_settings(s.db_path, subdomain, tier=tier, webhook_url=webhook, notify_email=notify_email)
    for k in ("tier", "webhook_url", "notify_email"):
        click.echo(f"{k:<13} {current.get(k) or '-'}")
