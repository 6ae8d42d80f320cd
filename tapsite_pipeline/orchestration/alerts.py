"""The product spec's alert rules as asset checks over the campaign's generation logs.

Attached to `deployment`, the end of a campaign run, when every LLM call of the campaign is logged.
"""

# Annotations stay evaluated (no __future__ import): Dagster accepts a `context` annotation only as the class.

from dataclasses import dataclass
from typing import Any

from dagster import AssetCheckExecutionContext, AssetCheckResult, AssetCheckSeverity

from tapsite_pipeline.campaigns import store as campaign_store
from tapsite_pipeline.orchestration.assets_deploy import deployment
from tapsite_pipeline.orchestration.batch import campaign_check
from tapsite_pipeline.orchestration.resources import TapsiteResource


@dataclass(frozen=True)
class AlertRules:
    max_error_rate: float = 0.10        # share of failed generation calls
    max_p95_latency_ms: float = 60_000  # per generation call
    max_cost_ratio: float = 2.0         # cost per site vs the previous campaign
    min_cost_per_site: float = 0.0005   # below this a "spike" is noise (offline runs cost 0)


RULES = AlertRules()
Stats = dict[str, Any]   # campaigns.store.generation_stats (+ "campaign" for the previous one)


def error_rate_alert(stats: Stats, rules: AlertRules = RULES) -> tuple[bool, str]:
    rate = stats["error_rate"]
    return rate <= rules.max_error_rate, (f"{stats['errors']}/{stats['calls']} generation calls failed "
                                          f"({rate:.1%}; alert above {rules.max_error_rate:.0%})")


def latency_alert(stats: Stats, rules: AlertRules = RULES) -> tuple[bool, str]:
    p95 = stats["p95_latency_ms"]
    return p95 <= rules.max_p95_latency_ms, (f"p95 generation latency {p95 / 1000:.2f} s "
                                             f"(alert above {rules.max_p95_latency_ms / 1000:.0f} s)")


def cost_spike_alert(stats: Stats, previous: Stats | None, rules: AlertRules = RULES) -> tuple[bool, str]:
    per_site = stats["cost_usd"] / stats["sites"] if stats["sites"] else 0.0
    if previous is None or not previous["sites"]:
        return True, f"${per_site:.5f} per site; no earlier campaign to compare with"
    before = previous["cost_usd"] / previous["sites"]
    spike = per_site > rules.min_cost_per_site and per_site > rules.max_cost_ratio * max(before, 0.0)
    return not spike, (f"${per_site:.5f} per site vs ${before:.5f} in {previous.get('campaign', 'the previous')}"
                       f" (alert above {rules.max_cost_ratio:.1f}×)")


def _stats(tapsite: TapsiteResource, campaign: str) -> tuple[Stats, Stats | None]:
    with tapsite.connect() as con:
        stats = campaign_store.generation_stats(con, campaign)
        prev = campaign_store.previous_campaign(con, campaign)
        previous = {**campaign_store.generation_stats(con, prev), "campaign": prev} if prev else None
    return stats, previous


def _result(passed: bool, message: str, stats: Stats, severity: AssetCheckSeverity) -> AssetCheckResult:
    return AssetCheckResult(passed=passed, severity=severity, description=message, metadata={
        "calls": stats["calls"], "error_rate": round(stats["error_rate"], 4),
        "p95_latency_ms": round(stats["p95_latency_ms"], 3), "cost_usd": round(stats["cost_usd"], 6),
        "message": message})


@campaign_check(asset=deployment,
             description="Alert: more than 10 % of the campaign's generation calls failed.")
def generation_error_rate(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    stats, _ = _stats(tapsite, context.partition_key)
    return _result(*error_rate_alert(stats), stats, AssetCheckSeverity.ERROR)


@campaign_check(asset=deployment,
             description="Alert: p95 latency of the campaign's generation calls above 60 s.")
def generation_p95_latency(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    stats, _ = _stats(tapsite, context.partition_key)
    return _result(*latency_alert(stats), stats, AssetCheckSeverity.WARN)


@campaign_check(asset=deployment,
             description="Alert: cost per site more than twice the previous campaign's.")
def generation_cost_spike(context: AssetCheckExecutionContext, tapsite: TapsiteResource) -> AssetCheckResult:
    stats, previous = _stats(tapsite, context.partition_key)
    return _result(*cost_spike_alert(stats, previous), stats, AssetCheckSeverity.WARN)
