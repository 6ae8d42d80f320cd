"""Structured output from chat models: parse, validate against schema + prompt rules, re-ask with the error.

`ChatProvider` holds what every networked chat provider shares (keys, limits, retries, re-asks,
cost); a vendor module only says how one request is sent and how a repair turn looks.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from abc import abstractmethod
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ValidationError

from tapsite_pipeline.prompting.files import Prompt

from ..errors import ConfigError
from .base import Attempt, CallFailed, Completion, GenerationRequest, LLMProvider
from .config import PriceTable, ProvidersConfig, ProviderSettings
from .failures import classify
from .limits import limiter_for
from .resilience import request_timeout

_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE)


class InvalidOutput(ValueError):
    """The model answered, but not with something the prompt accepts; the message goes back to it."""


def _brief_errors(exc: ValidationError) -> str:
    parts = []
    for e in exc.errors()[:6]:
        where = ".".join(str(x) for x in e["loc"]) or "(root)"
        parts.append(f"{where}: {e['msg']}")
    return "; ".join(parts)


def parse_json(text: str | None) -> Any:
    """The JSON object in a model's text (code fences and chatter around it are tolerated)."""
    if not text or not text.strip():
        raise InvalidOutput("empty answer; expected one JSON object")
    body = _FENCE.sub("", text.strip())
    try:
        return json.loads(body)
    except json.JSONDecodeError:
        start, end = body.find("{"), body.rfind("}")
        if 0 <= start < end:
            try:
                return json.loads(body[start:end + 1])
            except json.JSONDecodeError as exc:
                raise InvalidOutput(f"not valid JSON: {exc.msg} at char {exc.pos}") from exc
        raise InvalidOutput("not valid JSON: no JSON object found") from None


def validate_output(prompt: Prompt, data: Any) -> BaseModel:
    """Schema first, then the prompt version's own rules; InvalidOutput says what is wrong."""
    try:
        output = data if isinstance(data, prompt.schema) else prompt.schema.model_validate(data)
    except ValidationError as exc:
        raise InvalidOutput(f"does not match the {prompt.output_schema} schema: {_brief_errors(exc)}") from exc
    problems = prompt.check(output)
    if problems:
        raise InvalidOutput(f"breaks the rules of {prompt.ref}: {'; '.join(problems)}")
    return output


def json_schema(prompt: Prompt) -> dict[str, Any]:
    return _schema_of(prompt.schema)


@lru_cache(maxsize=64)
def _schema_of(schema: type[BaseModel]) -> dict[str, Any]:
    # pydantic builds the schema anew on every call (~ms of CPU under the GIL): once per schema is enough.
    return schema.model_json_schema()


def estimate_tokens(*texts: str) -> int:
    return max(1, sum(len(t) for t in texts) // 4)


@dataclass
class Reply:
    """One answer of the model: its text or parsed data, and the tokens it took."""

    text: str | None
    data: Any = None
    tokens_in: int = 0
    tokens_out: int = 0
    turn: Any = None  # the assistant turn as the vendor wants it back in a repair conversation


class ChatProvider(LLMProvider):
    """A networked chat model answering with JSON; subclasses implement `_send` and `_repair_turns`."""

    cacheable = True
    concurrent = True

    def __init__(self, model: str, prefix: str, settings: ProviderSettings, config: ProvidersConfig,
                 prices: PriceTable):
        super().__init__(model)
        self.provider = prefix  # type: ignore[misc]  # `local`, `vllm`…: the prefix the user named
        self.settings, self.config, self.prices = settings, config, prices
        self.limiter = limiter_for(prefix, settings.concurrency, settings.rpm, settings.tpm)
        self._client: Any = None
        self._client_lock = threading.Lock()

    @property
    def client(self) -> Any:
        """The vendor SDK client, made on first use."""
        with self._client_lock:
            if self._client is None:
                self._client = self._make_client()
            return self._client

    @property
    def max_concurrency(self) -> int:
        return self.settings.concurrency

    # The SDK's own variable and default, for the endpoint when config/providers.yaml names none.
    base_url_env_default: tuple[str, str] = ("OPENAI_BASE_URL", "https://api.openai.com/v1")

    def endpoint(self) -> str:
        """The base URL requests go to, resolved the way the SDK resolves it (no client is built)."""
        env, default = self.base_url_env_default
        return (self.settings.resolved_base_url() or os.environ.get(env) or default).rstrip("/")

    def cache_identity(self) -> dict[str, Any]:
        # Another server under the same provider:model name is another model: its answers are not ours.
        return {"endpoint": self.endpoint(), "kind": self.settings.kind, "structured": self.settings.structured,
                "max_reasks": self.config.max_reasks}

    @abstractmethod
    def _make_client(self) -> Any:
        """Build the SDK client (SDK retries off; base URL from config or the SDK's own env var)."""

    def api_key(self) -> str | None:
        env = self.settings.key_env
        value = os.environ.get(env) if env else None
        if not value and self.settings.key_required:
            raise ConfigError(
                f"{self.name} needs an API key in the environment variable {env}: set it "
                f"(export {env}=…), or use the offline rules engine, which needs no key "
                f"(tapsite generate --model offline:rules).")
        return value

    @abstractmethod
    def _send(self, request: GenerationRequest, messages: list[Any], timeout_s: float) -> Reply:
        """Send one request (no retries here), waiting at most `timeout_s`, and return the model's reply."""

    @abstractmethod
    def _repair_turns(self, reply: Reply, error: str) -> list[Any]:
        """The turns that show the model its invalid answer and ask again."""

    @abstractmethod
    def ping(self) -> Reply:
        """One cheap request (a few tokens) that proves the key, URL and model work."""

    def _first_turns(self, request: GenerationRequest) -> list[Any]:
        return [{"role": "user", "content": request.user}]

    def _request_once(self, request: GenerationRequest, messages: list[Any], counter: list[int],
                      queued: list[float] | None = None) -> Reply:
        """One request, no retries (the Resilient wrapper retries whole calls), within the site's deadline."""
        budget = estimate_tokens(request.system, request.user) + request.prompt.max_tokens
        self.client  # noqa: B018 — made (the SDK imported: seconds on a busy machine) before the clock starts
        counter[0] += 1
        t = time.perf_counter()
        with self.limiter.slot(budget):  # the timeout is what the deadline leaves once a slot is free
            if queued is not None:  # waiting for our own limits is not the model's latency
                queued[0] += time.perf_counter() - t
            return self._send(request, messages, request_timeout(self.settings.timeout_s))

    def complete(self, request: GenerationRequest) -> Completion:
        messages = self._first_turns(request)
        counter, tokens_in, tokens_out, reasks = [0], 0, 0, 0
        queued = [0.0]
        t0 = time.perf_counter()

        def failed(msg: str, **kw: Any) -> CallFailed:
            cost = self.prices.text_cost(self.name, tokens_in, tokens_out)
            return CallFailed(msg, Attempt(self.name, msg, tokens_in, tokens_out, cost,
                                           (time.perf_counter() - t0) * 1000, counter[0], reasks), **kw)

        for ask in range(self.config.max_reasks + 1):
            try:
                reply = self._request_once(request, messages, counter, queued)
            except Exception as exc:  # the HTTP exchange failed; classified, never with headers or keys
                f = classify(exc)
                raise failed(f"{self.name}: {f.reason}", retryable=f.retryable, retry_after=f.retry_after) from exc
            tokens_in += reply.tokens_in
            tokens_out += reply.tokens_out
            try:
                data = reply.data if reply.data is not None else parse_json(reply.text)
                output = validate_output(request.prompt, data)
            except InvalidOutput as exc:
                if ask == self.config.max_reasks:
                    raise failed(f"{self.name}: answer still invalid after {reasks} re-ask(s): {exc}") from exc
                reasks += 1
                messages = [*messages, *self._repair_turns(reply, str(exc))]
                continue
            return Completion(output=output, tokens_in=tokens_in, tokens_out=tokens_out,
                              cost_usd=self.prices.text_cost(self.name, tokens_in, tokens_out),
                              raw=reply.text, provider=self.name, requests=counter[0], reasks=reasks,
                              latency_ms=(time.perf_counter() - t0 - queued[0]) * 1000,
                              queued_ms=queued[0] * 1000)
        raise AssertionError("unreachable")

