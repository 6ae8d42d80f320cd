"""OpenAI's moderation endpoint through the official SDK: the configured provider's own screen of a brief."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .base import Attempt, CallFailed
from .config import ProviderSettings, RetrySettings
from .failures import classify
from .resilience import CircuitBreaker, guarded_call, request_timeout

TIMEOUT_S = 5.0   # the endpoint answers in well under a second; a slow one must not hold up a campaign

# Moderation categories that mean "a business we do not publish" (harassment or self-harm in a brief
# are not businesses; the offline classifier covers trades the endpoint has no category for).
BUSINESS_CATEGORIES = ("illicit", "illicit/violent", "sexual", "sexual/minors", "violence/graphic")


@dataclass
class ModerationResult:
    flagged: bool
    categories: list[str]
    model: str


class OpenAIModeration:
    """`openai:omni-moderation-latest` (or any OpenAI-compatible server's /v1/moderations)."""

    def __init__(self, model: str, settings: ProviderSettings, api_key: str | None,
                 breaker: CircuitBreaker, retry: RetrySettings):
        import openai  # lazy: only runs that use an OpenAI provider import the SDK

        kwargs: dict[str, Any] = {"api_key": api_key or "not-needed", "max_retries": 0, "timeout": TIMEOUT_S}
        if settings.resolved_base_url():
            kwargs["base_url"] = settings.resolved_base_url()
        self.client = openai.OpenAI(**kwargs)
        self.model = model
        self.breaker, self.retry = breaker, retry   # the provider's own breaker: an outage seen here is shared

    @property
    def name(self) -> str:
        return f"openai:{self.model}"

    def _ask(self, text: str):
        try:
            return self.client.moderations.create(model=self.model, input=text, timeout=request_timeout(TIMEOUT_S))
        except Exception as exc:  # classified like every provider request (timeouts and 5xx are outages)
            f = classify(exc)
            raise CallFailed(f"{self.name}: {f.reason}", Attempt(self.name, f.reason, requests=1),
                             retryable=f.retryable, retry_after=f.retry_after) from exc

    def moderate(self, text: str) -> ModerationResult:
        """The endpoint's verdict; raises CallFailed when it is down, slow, or its circuit is open."""
        resp, _ = guarded_call(self.name, lambda: self._ask(text), self.retry, self.breaker)
        result = resp.results[0]
        cats = result.categories.model_dump(by_alias=True) if hasattr(result.categories, "model_dump") else dict(
            result.categories)
        hit = sorted(k for k, v in cats.items() if v and k in BUSINESS_CATEGORIES)
        return ModerationResult(bool(hit), hit, self.name)
