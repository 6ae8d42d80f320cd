"""The site commands: generate, demo, bench, serve, rollback."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import click

from tapsite_pipeline.cli.common import emit, home_option, json_option
from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.resources import data_dir


def _result_json(r) -> dict:
    from tapsite_pipeline.providers.costs import summarize_logs
    calls = summarize_logs(r.logs)
    return {
        "site_id": r.site_id,
        "intent": r.intent.model_dump(mode="json"),
        "design": r.design.model_dump(mode="json", include={"template_id", "color_scheme", "typography",
                                                           "layout", "components", "match", "color_source"}),
        "subdomain": r.deployment.subdomain,
        "version": r.deployment.version,
        "site_path": str(Path(r.deployment.index_path).absolute()),
        "url": r.deployment.url,
        "published": r.deployment.published,
        "page_bytes": r.site.total_bytes,
        "timings_ms": r.timings_ms,
        "cost_usd": calls["cost_usd"],
        "tokens": {"in": calls["tokens_in"], "out": calls["tokens_out"]},
        "llm_calls": {**{k: calls[k] for k in ("answered", "cache_hits", "failed_attempts", "fallbacks")},
                      "models": sorted({g.model for g in r.logs if g.success})},
    }


def ledger_for(rt, run_id: str):
    """Repair what an interrupted run left, then a ledger that records each site as it goes live."""
    from tapsite_pipeline.site_ledger import SiteLedger, reconcile
    reconcile(rt.settings)
    return SiteLedger(rt.settings, run_id=run_id)


@click.command()
@click.argument("brief")
@click.option("--whatsapp", help="WhatsApp number (08… or 62…).")
@click.option("--phone", help="Phone number shown on the page.")
@click.option("--email", help="Email shown on the page.")
@click.option("--brand", "brand_name", help="Brand name, if you want to set it yourself.")
@click.option("--language", type=click.Choice(["id", "en"]), help="Page language (default: the brief's).")
@click.option("--model", metavar="MODEL", help="provider:model for every LLM stage.")
@click.option("--image-model", metavar="MODEL", help="provider:model for the hero image.")
@click.option("--photo", "photos", multiple=True, metavar="FILE",
              help="Own photo, JPEG/PNG/WebP (repeat, up to 6; first = hero).")
@click.option("--no-cache", is_flag=True, help="Ask the models again instead of reusing cached answers.")
@click.option("--site", "site", metavar="SUBDOMAIN",
              help="Make this a new version of this site.")
@json_option
@home_option
def generate(brief, whatsapp, phone, email, brand_name, language, model, image_model, photos, no_cache, site,
             as_json, home) -> None:
    """Run all six stages for one BRIEF and deploy the page.

    A business that already has a site gets a new version of it.
    """
    from tapsite_pipeline.brief import make_brief, require_reachable
    from tapsite_pipeline.pipeline import Runtime
    from tapsite_pipeline.policy.screen import Policy, enforce, models_for_run
    from tapsite_pipeline.refine.service import publish

    b = make_brief(brief, whatsapp=whatsapp, phone=phone, email=email, brand_name=brand_name,
                   language=language, photos=list(photos), require_contact=False)
    rt = Runtime.local(home, model=model, image_model=image_model, use_cache=not no_cache)
    enforce(brief, b, Policy.for_models(models_for_run(model), rt.router), rt.settings.db_path, "generate")
    warning = require_reachable(b)  # after the content policy: a prohibited brief is refused as such
    if warning:
        click.echo(f"warning: {warning}", err=True)
    published = publish(rt, b, site=site, ledger=ledger_for(rt, f"generate-{uuid.uuid4().hex[:8]}"))
    r = published.result
    from tapsite_pipeline.site_ledger import unmark_writer  # (the store: not loaded for other commands)
    unmark_writer(rt.settings)   # ended cleanly: nothing of ours for the next start to repair
    if as_json:
        return emit({**_result_json(r), "site_version": published.version})
    i, d = r.intent, r.design
    click.echo(f"{i.brand_name} — {i.business_type} ({i.language}), template {d.template_id}, "
               f"primary {d.color_scheme.primary}")
    click.echo(f"deployed: {r.deployment.index_path}  (site {r.deployment.subdomain}, "
               f"version {published.version})")
    click.echo(f"preview:  {r.deployment.url}   (run `tapsite serve` first)")
    if r.deployment.published:
        click.echo(f"public:   {r.deployment.published}")
    from tapsite_pipeline.providers.costs import summarize_logs
    c = summarize_logs(r.logs)
    click.echo(f"models:   {c['answered']} calls, {c['cache_hits']} cached, {c['fallbacks']} fallbacks, "
               f"{c['tokens_in'] + c['tokens_out']} tokens, ${c['cost_usd']:.6f}")


@click.command()
@click.option("--file", "path", type=click.Path(dir_okay=False), default=None,
              help="Briefs, one per line (default: datasets/sample_briefs.txt).")
@click.option("--no-cache", is_flag=True, help="Ask the models again instead of reusing cached answers.")
@home_option
def demo(path, no_cache, home) -> None:
    """Deploy a site for each sample brief (or --file).

    Generates and deploys every brief, then says where to look.
    """
    from tapsite_pipeline.brief import make_brief
    from tapsite_pipeline.pipeline import Runtime, generate_site
    from tapsite_pipeline.policy.screen import Policy, PolicyRefusal, enforce, models_for_run

    src = Path(path) if path else data_dir("datasets") / "sample_briefs.txt"
    if not src.is_file():
        raise TapsiteError(f"{src}: no such file of briefs")
    lines = [ln.strip() for ln in src.read_text(encoding="utf-8").splitlines() if ln.strip()]
    from tapsite_pipeline.sites.registry import SiteRegistry
    rt = Runtime.local(home, use_cache=not no_cache)
    registry = SiteRegistry(rt.settings)
    ledger = ledger_for(rt, f"demo-{uuid.uuid4().hex[:8]}")
    policy = Policy.for_models(models_for_run(None), rt.router)
    results, refused = [], []
    with click.progressbar(lines, label="generating", file=sys.stderr) as bar:
        for line in bar:  # each site is recorded as it goes live: a kill loses no row
            b = make_brief(line)
            try:
                enforce(line, b, policy, rt.settings.db_path, "demo")
            except PolicyRefusal as exc:
                refused.append(f"{line[:60]}: {exc}")
                continue
            results.append(generate_site(b, rt, ledger=ledger, identify=registry.identify))
    from tapsite_pipeline.site_ledger import unmark_writer  # (the store: not loaded for other commands)
    unmark_writer(rt.settings)   # ended cleanly: nothing of ours for the next start to repair
    for r in refused:
        click.echo(f"skipped {r}", err=True)
    click.echo(f"{len(results)} sites deployed under {rt.settings.deploy_root}")
    published = {r.deployment.published.rsplit("/", 2)[0] for r in results if r.deployment.published}
    if published:
        click.echo(f"and published to {', '.join(sorted(published))}")
    for r in results:
        click.echo(f"  {r.intent.brand_name:<28} {r.design.template_id:<22} {r.deployment.index_path}")
    click.echo(f"preview them all: tapsite serve --home {rt.settings.home}  →  "
               f"http://127.0.0.1:8787/")


@click.command()
@click.option("--sites", default=200, type=click.IntRange(1, 100_000), metavar="N",
              help="How many varied briefs to time (200).")
@json_option
@home_option
def bench(sites, as_json, home) -> None:
    """Time the six stages in-process: median and p95.

    Over --sites varied briefs, in a temporary home unless --home.
    """
    from tapsite_pipeline.bench.stages import run_bench
    report = run_bench(sites, home)
    if as_json:
        return emit(report)
    click.echo(f"{report['sites']} sites, {report['wall_s']:.2f} s wall, "
               f"{report['sites_per_s']:.1f} sites/s")
    click.echo(f"{'stage':<12}{'median ms':>10}{'p95 ms':>10}")
    for stage, row in report["stages"].items():
        click.echo(f"{stage:<12}{row['median_ms']:>10.2f}{row['p95_ms']:>10.2f}")


@click.command()
@click.option("--port", default=8787, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@home_option
def serve(port, host, home) -> None:
    """Serve the deployed sites and their lead forms over HTTP.

    Pages at http://HOST:PORT/<subdomain>/, form posts at /forms/<subdomain>/<form>.
    """
    from tapsite_pipeline.forms.config import load_forms_config
    from tapsite_pipeline.serving.app import bind, build_app, make_server
    from tapsite_pipeline.settings import Settings
    s = Settings.load(home)
    sock = bind(host, port)          # a busy port is a one-line error before anything starts
    app = build_app(s.deploy_root, s.db_path, load_forms_config())
    click.echo(f"serving {s.deploy_root} at http://{host}:{port}/ and forms at /forms/ (Ctrl+C to stop)")
    make_server(app, host, port).run(sockets=[sock])


@click.command()
@click.argument("subdomain")
@click.argument("version", required=False)
@click.option("--to", "to", metavar="VERSION", help="The same as VERSION (a deploy hash from history.json).")
@home_option
def rollback(subdomain, version, to, home) -> None:
    """Switch SUBDOMAIN's live version back one (or to VERSION).

    VERSION is a number from `tapsite versions`, or a deploy hash from the site's history.
    """
    from tapsite_pipeline.deploy_targets import target_for
    from tapsite_pipeline.settings import Settings
    from tapsite_pipeline.sites.history import deploy_hash_for
    s = Settings.load(home)
    if version and to:
        raise TapsiteError("give the version once: as VERSION or as --to VERSION")
    version = version or to
    if version and (s.deploy_root / subdomain).is_dir():
        to = deploy_hash_for(s, subdomain, version)
    d = target_for(s).rollback(subdomain, s.preview_url(subdomain), to=to)
    click.echo(f"{subdomain}: live is now {d.version} (was {d.previous_version})"
               + (f" in {d.published}" if d.published else ""))
