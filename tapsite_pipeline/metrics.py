"""The product's Prometheus metrics, named as in the spec, fed from what every run already records.

Counts come from the generation logs and timings a site run produces (no provider or stage code
knows about Prometheus). With PROMETHEUS_MULTIPROC_DIR set (Celery workers, several processes), the
values live in that folder and `serve_metrics` aggregates them, as prometheus_client's multiprocess
mode prescribes; otherwise one process keeps them in memory.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server

from tapsite_pipeline.providers.base import GenerationLog

GENERATION_BUCKETS = (1, 5, 10, 30, 60, 120)
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
DEPLOY_BUCKETS = (0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30)

websites_generated = Counter("websites_generated_total", "Sites generated, by template and outcome.",
                             ["template_id", "status"])
generation_duration = Histogram("generation_duration_seconds", "Wall time of the six stages for one site.",
                                buckets=GENERATION_BUCKETS)
ai_requests = Counter("ai_requests_total", "LLM and image calls, by model, stage and outcome.",
                      ["model", "stage", "status"])
ai_cost = Counter("ai_cost_usd", "US dollars billed by the model vendors.", ["model", "stage"])
ai_latency = Histogram("ai_latency_seconds", "Latency of answered model calls.", ["model", "stage"],
                       buckets=LATENCY_BUCKETS)
deployment_duration = Histogram("deployment_duration_seconds", "Wall time of one deployment (stage 6).",
                                buckets=DEPLOY_BUCKETS)


def observe_calls(logs: Iterable[GenerationLog]) -> None:
    """Every model call of a site: requests by outcome, dollars billed, latency of answers."""
    for g in logs:
        status = "cache_hit" if g.cache_hit else ("success" if g.success else "error")
        ai_requests.labels(model=g.model, stage=g.stage, status=status).inc()
        if g.cost_usd and not g.cache_hit:
            ai_cost.labels(model=g.model, stage=g.stage).inc(g.cost_usd)
        if g.success and not g.cache_hit:
            ai_latency.labels(model=g.model, stage=g.stage).observe(g.latency_ms / 1000)


def observe_site(template_id: str | None, ok: bool, timings_ms: dict[str, float],
                 logs: Iterable[GenerationLog] = ()) -> None:
    """One site through the pipeline (or one that failed on the way)."""
    websites_generated.labels(template_id=template_id or "none", status="success" if ok else "failed").inc()
    if ok and timings_ms:
        generation_duration.observe(sum(timings_ms.values()) / 1000)
    if "deployment" in timings_ms:
        deployment_duration.observe(timings_ms["deployment"] / 1000)
    observe_calls(logs)


def registry() -> Any:
    """The registry to expose: the multiprocess aggregate when workers share a folder, else the default."""
    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not folder:
        from prometheus_client import REGISTRY
        return REGISTRY
    from prometheus_client import multiprocess
    reg = CollectorRegistry()
    multiprocess.MultiProcessCollector(reg, path=folder)
    return reg


def serve_metrics(port: int, host: str = "127.0.0.1") -> Any:
    """Expose /metrics on host:port in a background thread; returns the server (call .shutdown())."""
    server, _thread = start_http_server(port, addr=host, registry=registry())
    return server
