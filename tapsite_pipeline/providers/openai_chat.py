"""OpenAI chat completions through the official SDK: `openai:<model>` and any OpenAI-compatible server."""

from __future__ import annotations

from typing import Any

from tapsite_pipeline.prompting.messages import provider_messages

from .base import GenerationRequest
from .config import PriceTable, ProvidersConfig, ProviderSettings, load_models
from .structured import ChatProvider, Reply, estimate_tokens, json_schema


class OpenAIChatProvider(ChatProvider):
    """JSON answers via response_format; the SDK's retries are off (ours are logged)."""

    provider = "openai"

    def __init__(self, model: str, prefix: str, settings: ProviderSettings, config: ProvidersConfig,
                 prices: PriceTable):
        super().__init__(model, prefix, settings, config, prices)
        self._key = self.api_key() or "not-needed"  # checked now: a missing key fails before any work
        self.capabilities = load_models().chat_model(model)   # config/models.yaml: no model names in code

    def _make_client(self):
        import openai  # lazy: neither `tapsite --help` nor a fully cached run imports the SDK

        kwargs: dict[str, Any] = {"api_key": self._key, "max_retries": 0, "timeout": self.settings.timeout_s}
        base_url = self.settings.resolved_base_url()
        if base_url:  # only when configured: otherwise the SDK reads OPENAI_BASE_URL itself
            kwargs["base_url"] = base_url
        return openai.OpenAI(**kwargs)

    @property
    def base_url(self) -> str:
        return str(self.client.base_url)

    def _params(self, request: GenerationRequest) -> dict[str, Any]:
        p = request.prompt
        params: dict[str, Any] = {"model": self.model}
        if self.settings.kind == "openai":
            params["max_completion_tokens"] = p.max_tokens
        else:
            params["max_tokens"] = p.max_tokens
        if self.capabilities.temperature:  # reasoning models take only their default
            params["temperature"] = p.temperature
        if self.settings.structured == "json_schema":
            params["response_format"] = {"type": "json_schema", "json_schema": {
                "name": p.output_schema, "schema": json_schema(p), "strict": False}}
        elif self.settings.structured == "json_object":
            params["response_format"] = {"type": "json_object"}
        return params

    def _send(self, request: GenerationRequest, messages: list[Any], timeout_s: float) -> Reply:
        resp = self.client.chat.completions.create(
            messages=[{"role": "system", "content": request.system}, *messages], timeout=timeout_s,
            **self._params(request))
        text = resp.choices[0].message.content if resp.choices else None
        usage = resp.usage
        tin = getattr(usage, "prompt_tokens", None) or estimate_tokens(request.system, request.user)
        tout = getattr(usage, "completion_tokens", None) or estimate_tokens(text or "")
        return Reply(text=text, tokens_in=tin, tokens_out=tout)

    def _repair_turns(self, reply: Reply, error: str) -> list[Any]:
        return [{"role": "assistant", "content": reply.text or ""},
                {"role": "user", "content": provider_messages().repair_ask(error)}]

    def ping(self) -> Reply:
        budget = "max_completion_tokens" if self.settings.kind == "openai" else "max_tokens"
        resp = self.client.chat.completions.create(
            model=self.model, messages=[{"role": "user", "content": provider_messages().health_check}],
            **{budget: 16})
        usage = resp.usage
        return Reply(text=resp.choices[0].message.content if resp.choices else None,
                     tokens_in=getattr(usage, "prompt_tokens", 0) or 0,
                     tokens_out=getattr(usage, "completion_tokens", 0) or 0)
