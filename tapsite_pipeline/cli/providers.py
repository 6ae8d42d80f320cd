"""`tapsite providers …`: check that the configured model providers answer; show what generation cost."""

from __future__ import annotations

import json
import time
from urllib.parse import urlsplit, urlunsplit

import click

from tapsite_pipeline.cli.common import json_option


def _safe_url(url: str) -> str:
    """A base URL without any user:password part (it never reaches a log or a terminal)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def configured_models(extra: tuple[str, ...] = ()) -> tuple[list[str], set[str], list[str]]:
    """(LLM names, the ones a run uses first, image names) from the prompts, the fallbacks and --model."""
    from tapsite_pipeline.prompting.files import load_prompts
    from tapsite_pipeline.providers.config import load_providers_config

    cfg = load_providers_config()
    prompts = [versions[max(versions)] for versions in load_prompts().values()]
    # Judges grade evals; the pipeline never calls them, so a judge without a key does not fail the check.
    primary = {p.model for p in prompts if p.stage != "judge"} | set(extra)
    names = list(dict.fromkeys([*extra, *sorted(p.model for p in prompts),
                                *(n for p in prompts for n in cfg.fallbacks_for(p.stage))]))
    images = list(dict.fromkeys([cfg.images.model, *cfg.images.fallback]))
    return names, primary, images


def check_llm(name: str) -> dict:
    from tapsite_pipeline.errors import ConfigError
    from tapsite_pipeline.providers.failures import classify
    from tapsite_pipeline.providers.registry import make_llm_provider

    row = {"provider": name, "kind": "llm"}
    try:
        p = make_llm_provider(name)
    except ConfigError as exc:
        return {**row, "status": "not configured", "detail": str(exc)}
    if not hasattr(p, "ping"):
        return {**row, "status": "ok", "detail": "offline rules engine (no network, no cost)"}
    row["base_url"] = _safe_url(p.base_url)
    t0 = time.perf_counter()
    try:
        reply = p.ping()
    except Exception as exc:  # any failure is the answer to "does it work?"
        return {**row, "status": "failed", "detail": classify(exc).reason,
                "latency_ms": round((time.perf_counter() - t0) * 1000, 1)}
    cost = p.prices.text_cost(name, reply.tokens_in, reply.tokens_out)
    return {**row, "status": "ok", "latency_ms": round((time.perf_counter() - t0) * 1000, 1),
            "tokens": reply.tokens_in + reply.tokens_out, "cost_usd": cost,
            "priced": p.prices.price(name) is not None, "detail": (reply.text or "").strip()[:40]}


def check_image(name: str) -> dict:
    from tapsite_pipeline.errors import ConfigError
    from tapsite_pipeline.providers.failures import classify
    from tapsite_pipeline.providers.registry import make_image_provider

    row = {"provider": name, "kind": "image"}
    try:
        p = make_image_provider(name)
    except ConfigError as exc:
        return {**row, "status": "not configured", "detail": str(exc)}
    client = getattr(p, "client", None)
    if client is None:
        return {**row, "status": "ok", "detail": "offline Pillow illustrations (no network, no cost)"}
    row["base_url"] = _safe_url(str(client.base_url))
    t0 = time.perf_counter()
    try:  # retrieving the model is free; generating an image to test would not be
        client.models.retrieve(p.model)
    except Exception as exc:
        return {**row, "status": "failed", "detail": classify(exc).reason}
    return {**row, "status": "ok", "latency_ms": round((time.perf_counter() - t0) * 1000, 1),
            "detail": "model found (no image generated)"}


@click.group("providers")
def providers_group() -> None:
    """Model providers: check they answer, see what generation cost."""


@providers_group.command("check")
@click.option("--model", "models", multiple=True, help="Also check this provider:model (repeatable).")
@json_option
def check(models, as_json) -> None:
    """One cheap call per configured provider.

    Prompt models, fallbacks and image models; says what works.

    Exits 1 when a model that runs first (a prompt's model or --model) does not work.
    """
    names, primary, images = configured_models(tuple(models))
    rows = [check_llm(n) for n in names] + [check_image(n) for n in images]
    bad = [r["provider"] for r in rows if r["status"] != "ok" and r["provider"] in primary]
    if as_json:
        click.echo(json.dumps({"providers": rows, "ok": not bad}, ensure_ascii=False))
    else:
        for r in rows:
            extra = f" {r['latency_ms']:.0f} ms" if "latency_ms" in r else ""
            where = f" @ {r['base_url']}" if "base_url" in r else ""
            click.echo(f"{r['status']:<15}{r['kind']:<6} {r['provider']}{where}{extra}  {r.get('detail', '')}")
    if bad:
        raise SystemExit(1)


@providers_group.command("costs")
@click.option("--campaign", default=None, help="Only this campaign.")
@json_option
@click.option("--home", type=click.Path(file_okay=False), default=None,
              help="Project home (default: $TAPSITE_HOME or ./.tapsite).")
def costs(campaign, as_json, home) -> None:
    """Cost, tokens, cache hits and fallbacks per campaign.

    Per campaign and per model, from ai_generation_logs.
    """
    from tapsite_pipeline import operational
    from tapsite_pipeline.providers.costs import cost_by_campaign, cost_by_model
    from tapsite_pipeline.settings import Settings

    with operational.connect(Settings.load(home).db_path) as con:
        campaigns, models = cost_by_campaign(con, campaign), cost_by_model(con, campaign)
    if as_json:
        click.echo(json.dumps({"campaigns": campaigns, "models": models}, default=str))
        return
    click.echo(f"{'campaign':<24}{'sites':>6}{'calls':>7}{'hits':>6}{'fallbk':>7}{'cost $':>11}{'$/site':>10}")
    for r in campaigns:
        click.echo(f"{str(r['campaign'] or '(single runs)'):<24}{r['sites']:>6}{r['answered']:>7}"
                   f"{r['cache_hits']:>6}{r['fallbacks']:>7}{r['cost_usd']:>11.6f}{r['cost_per_site_usd']:>10.6f}")
    click.echo(f"\n{'model':<36}{'stage':<10}{'calls':>7}{'failed':>7}{'tokens':>9}{'cost $':>11}")
    for r in models:
        click.echo(f"{r['model']:<36}{r['stage']:<10}{r['answered']:>7}{r['failed_attempts']:>7}"
                   f"{r['tokens_in'] + r['tokens_out']:>9}{r['cost_usd']:>11.6f}")
