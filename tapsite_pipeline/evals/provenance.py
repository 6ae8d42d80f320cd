"""What answered an eval case: the model asked for and the one that answered, fallbacks, cache hits, the
prompt's content hash, and the answer's own cost beside what was billed — read from the case's call log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..providers.base import GenerationLog


@dataclass
class Provenance:
    requested_model: str | None = None
    answered_by: str | None = None
    fallback: bool = False
    fallback_reason: str | None = None
    cache_hit: bool = False
    prompt_hash: str | None = None
    billed_usd: float = 0.0
    tokens_in: int = 0          # the answers' own figures (a cache hit's original call)
    tokens_out: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    prompt_blind: tuple[str, ...] = field(default_factory=tuple)  # answering models that ignore the prompt
    calls: list[dict] = field(default_factory=list)  # each model call (not the offline rules), for trace spans


def _joined(values) -> str | None:
    vals = sorted({v for v in values if v})
    return ",".join(vals) if vals else None


def from_logs(logs: Sequence[GenerationLog], wall_ms: float) -> Provenance:
    """One case's calls → its provenance. Latency is the case's wall time less what it waited for our own
    rate limits (which depend on what else runs, not on the model), with each cache hit's lookup replaced
    by the original call's latency, so a cached run is timed as if it had asked again."""
    answered = [g for g in logs if g.success]
    fell = [g for g in answered if g.requested_model and g.model != g.requested_model]
    reasons = [g.error for g in fell if g.error]
    if not reasons and fell:
        reasons = [f"answered by {fell[0].model} instead of {fell[0].requested_model}"]
    hashes = {g.prompt.partition("@")[0]: g.prompt_hash for g in logs if g.prompt_hash}
    prompt_hash = next(iter(hashes.values())) if len(hashes) == 1 else \
        ";".join(f"{n}:{h}" for n, h in sorted(hashes.items())) or None
    latency = wall_ms
    tin = tout = 0
    cost = 0.0
    for g in logs:
        latency -= g.queued_ms
        o = g.original
        tin += o.tokens_in if o else g.tokens_in
        tout += o.tokens_out if o else g.tokens_out
        cost += o.cost_usd if o else g.cost_usd
        if g.cache_hit and o is not None:
            latency += o.latency_ms - g.latency_ms
    return Provenance(
        requested_model=_joined(g.requested_model for g in logs), answered_by=_joined(g.model for g in answered),
        fallback=bool(fell), fallback_reason=reasons[0][:500] if reasons else None,
        cache_hit=bool(answered) and all(g.cache_hit for g in answered),
        prompt_hash=prompt_hash, billed_usd=sum(g.cost_usd for g in logs), tokens_in=tin, tokens_out=tout,
        cost_usd=cost, latency_ms=max(latency, 0.0),
        prompt_blind=tuple(sorted({g.model for g in answered if not g.reads_prompt})),
        calls=[{"prompt": g.prompt, "model": g.model, "requested_model": g.requested_model, "success": g.success,
                "error": g.error, "started_ns": g.started_ns, "latency_ms": g.latency_ms, "tokens_in": g.tokens_in,
                "tokens_out": g.tokens_out, "cost_usd": g.cost_usd, "cache_hit": g.cache_hit,
                "fallback_from": g.fallback_from} for g in logs if g.reads_prompt or not g.success])
