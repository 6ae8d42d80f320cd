"""Anthropic messages through the official SDK: `anthropic:<model>`, JSON through one forced tool call."""

from __future__ import annotations

from typing import Any

from tapsite_pipeline.prompting.messages import provider_messages

from .base import GenerationRequest
from .config import PriceTable, ProvidersConfig, ProviderSettings
from .structured import ChatProvider, Reply, json_schema

TOOL = "answer"


class AnthropicProvider(ChatProvider):
    """The schema is the input_schema of a tool the model must call; a bad call gets an is_error result."""

    provider = "anthropic"
    base_url_env_default = ("ANTHROPIC_BASE_URL", "https://api.anthropic.com")

    def __init__(self, model: str, prefix: str, settings: ProviderSettings, config: ProvidersConfig,
                 prices: PriceTable):
        super().__init__(model, prefix, settings, config, prices)
        self._key = self.api_key()  # checked now: a missing key fails before any work

    def _make_client(self):
        import anthropic  # lazy: neither `tapsite --help` nor a fully cached run imports the SDK

        # base_url None → the SDK reads ANTHROPIC_BASE_URL (or uses its default) itself.
        return anthropic.Anthropic(api_key=self._key, base_url=self.settings.resolved_base_url(),
                                   max_retries=0, timeout=self.settings.timeout_s)

    @property
    def base_url(self) -> str:
        return str(self.client.base_url)

    def _send(self, request: GenerationRequest, messages: list[Any], timeout_s: float) -> Reply:
        p = request.prompt
        # No temperature: the installed SDK no longer takes sampling parameters for messages.
        resp = self.client.messages.create(
            model=self.model, system=request.system, messages=messages, max_tokens=p.max_tokens,
            tools=[{"name": TOOL, "description": provider_messages().tool_description(p.output_schema),
                    "input_schema": json_schema(p)}],
            tool_choice={"type": "tool", "name": TOOL}, timeout=timeout_s)
        data, text, tool_id = None, [], None
        for block in resp.content:
            if block.type == "tool_use" and data is None:
                data, tool_id = block.input, block.id
            elif block.type == "text":
                text.append(block.text)
        turn = {"tool_use_id": tool_id, "input": data}
        return Reply(text="".join(text) or None, data=data, tokens_in=resp.usage.input_tokens,
                     tokens_out=resp.usage.output_tokens, turn=turn)

    def _repair_turns(self, reply: Reply, error: str) -> list[Any]:
        ask = provider_messages().repair_ask(error)
        if reply.turn and reply.turn.get("tool_use_id"):
            tid = reply.turn["tool_use_id"]
            return [{"role": "assistant", "content": [
                        {"type": "tool_use", "id": tid, "name": TOOL, "input": reply.turn["input"]}]},
                    {"role": "user", "content": [
                        {"type": "tool_result", "tool_use_id": tid, "is_error": True, "content": ask}]}]
        return [{"role": "assistant", "content": reply.text or "(no answer)"},
                {"role": "user", "content": ask}]

    def ping(self) -> Reply:
        resp = self.client.messages.create(model=self.model, max_tokens=16,
                                           messages=[{"role": "user", "content": provider_messages().health_check}])
        text = "".join(b.text for b in resp.content if b.type == "text")
        return Reply(text=text, tokens_in=resp.usage.input_tokens, tokens_out=resp.usage.output_tokens)
