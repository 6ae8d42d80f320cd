"""OpenAI's moderation endpoint through the official SDK: the configured provider's own screen of a brief."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .config import ProviderSettings
from .resilience import request_timeout

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

    def __init__(self, model: str, settings: ProviderSettings, api_key: str | None):
        import openai  # lazy: only runs that use an OpenAI provider import the SDK

        kwargs: dict[str, Any] = {"api_key": api_key or "not-needed", "max_retries": 1,
                                  "timeout": settings.timeout_s}
        if settings.resolved_base_url():
            kwargs["base_url"] = settings.resolved_base_url()
        self.client = openai.OpenAI(**kwargs)
        self.model = model
        self.timeout_s = settings.timeout_s

    @property
    def name(self) -> str:
        return f"openai:{self.model}"

    def moderate(self, text: str) -> ModerationResult:
        resp = self.client.moderations.create(model=self.model, input=text, timeout=request_timeout(self.timeout_s))
        result = resp.results[0]
        cats = result.categories.model_dump(by_alias=True) if hasattr(result.categories, "model_dump") else dict(
            result.categories)
        hit = sorted(k for k, v in cats.items() if v and k in BUSINESS_CATEGORIES)
        return ModerationResult(bool(hit), hit, self.name)
