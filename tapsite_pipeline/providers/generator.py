"""The one object stages talk to: resolve a prompt, render it, ask a provider, validate, log.

Every provider tried for a call becomes one GenerationLog row (a fallback chain leaves the failed
links' rows, with their reasons, before the row of the link that answered); rows of one call share
a call_id. `generate_many` runs independent calls concurrently when the provider is networked.
"""

from __future__ import annotations

import contextvars
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from pydantic import BaseModel

from tapsite_pipeline.prompting.files import Prompt, get_prompt

from ..errors import ProviderError
from .base import Attempt, Completion, GenerationLog, GenerationRequest, LLMProvider, Usage
from .failures import redact
from .structured import InvalidOutput, validate_output

PromptResolver = Callable[[str], Prompt]
Call = tuple[str, dict[str, Any]]


def _jsonable(inputs: dict[str, Any]) -> dict[str, Any]:
    return {k: v.model_dump(mode="json") if isinstance(v, BaseModel) else v for k, v in inputs.items()}


def _failed_rows(trail: list[Attempt], stage: str, prompt: Prompt, call_id: str,
                 requested: str) -> list[GenerationLog]:
    rows, previous = [], None
    for a in trail:
        rows.append(GenerationLog(stage=stage, prompt=prompt.ref, model=a.provider, tokens_in=a.tokens_in,
                                  tokens_out=a.tokens_out, cost_usd=a.cost_usd, latency_ms=a.latency_ms,
                                  success=False, error=redact(a.error)[:500], fallback_from=previous, call_id=call_id,
                                  requests=a.requests, reasks=a.reasks, requested_model=requested,
                                  prompt_hash=prompt.content_hash,
                                  original=Usage(a.tokens_in, a.tokens_out, a.cost_usd, a.latency_ms)))
        previous = a.provider
    return rows


class Generator:
    """Runs prompt versions against providers and keeps a log of every call.

    `provider_for(model_name)` maps a prompt's `provider:model` to a provider; when it also has
    `for_stage(model_name, stage)` (the providers Router), that chain (fallbacks, cache) is used.
    `model` overrides the prompt's model for every stage (the CLI's --model).
    """

    def __init__(self, provider_for: Callable[[str], LLMProvider],
                 resolve: PromptResolver = get_prompt, model: str | None = None, max_workers: int = 8):
        self._provider_for = provider_for
        self._resolve = resolve
        self._override = model
        self._max_workers = max_workers
        self._pool: ThreadPoolExecutor | None = None
        self.logs: list[GenerationLog] = []
        # Which repeat of an eval case this is: part of the cache key, so repeat k is asked anew
        # while a rerun of repeat k is a cache hit. Stages never set it; the eval runner does.
        self.repeat = 0

    @property
    def deadline_s(self) -> float | None:
        """Seconds all model calls of one site may take (the providers config's), None without a Router."""
        return getattr(self._provider_for, "deadline_s", None)

    def prompt(self, name: str) -> Prompt:
        return self._resolve(name)

    def provider(self, model: str, stage: str) -> LLMProvider:
        for_stage = getattr(self._provider_for, "for_stage", None)
        return for_stage(model, stage) if for_stage else self._provider_for(model)

    def requested_model(self, prompt: Prompt) -> str:
        """The model a call of this prompt asks for: --model, else the prompt version's own."""
        return self._override or prompt.model

    def _prepare(self, name: str, inputs: dict[str, Any], stage: str | None, repeat: int | None):
        prompt = self._resolve(name)
        stage = stage or prompt.stage
        repeat = self.repeat if repeat is None else repeat
        provider = self.provider(self.requested_model(prompt), stage)
        system, user = prompt.render(_jsonable(inputs))
        request = GenerationRequest(prompt=prompt, system=system, user=user, inputs=inputs, repeat=repeat)
        return provider, request, stage

    def _execute(self, provider: LLMProvider, request: GenerationRequest, stage: str,
                 rows: list[GenerationLog]) -> BaseModel:
        prompt = request.prompt
        requested = self.requested_model(prompt)
        call_id = os.urandom(6).hex()  # 12 random hex digits, as a uuid4's first 12 (without making a UUID)
        started_ns = time.time_ns()
        first_row = len(rows)
        try:
            return self._call(provider, request, stage, rows, prompt, requested, call_id)
        finally:
            for row in rows[first_row:]:
                row.started_ns = started_ns

    def _call(self, provider: LLMProvider, request: GenerationRequest, stage: str, rows: list[GenerationLog],
              prompt: Prompt, requested: str, call_id: str) -> BaseModel:
        t0 = time.perf_counter()
        try:
            done: Completion = provider.complete(request)
            output = validate_output(prompt, done.output)
        except (ProviderError, InvalidOutput) as exc:
            trail = list(getattr(exc, "trail", None) or [])
            attempt = getattr(exc, "attempt", None)
            if attempt is not None:
                trail.append(attempt)
            elif not trail:
                trail.append(Attempt(provider.name, f"{provider.name}: {exc}"[:500],
                                     latency_ms=(time.perf_counter() - t0) * 1000))
            rows.extend(_failed_rows(trail, stage, prompt, call_id, requested))
            raise ProviderError(redact(str(exc))) from exc
        elapsed = (time.perf_counter() - t0) * 1000
        trail = done.trail
        rows.extend(_failed_rows(trail, stage, prompt, call_id, requested))
        last = trail[-1] if trail else None
        latency = done.latency_ms if done.latency_ms is not None else elapsed
        rows.append(GenerationLog(
            stage=stage, prompt=prompt.ref, model=done.provider or provider.name, tokens_in=done.tokens_in,
            tokens_out=done.tokens_out, cost_usd=done.cost_usd, latency_ms=latency,
            cache_hit=done.cache_hit, fallback_from=last.provider if last else None,
            error=redact(f"fallback: {last.error}")[:500] if last else None, call_id=call_id,
            requests=done.requests, reasks=done.reasks, saved_usd=done.saved_usd, requested_model=requested,
            prompt_hash=prompt.content_hash, original=done.usage(latency), reads_prompt=done.reads_prompt,
            queued_ms=done.queued_ms))
        return output

    def generate(self, name: str, inputs: dict[str, Any], stage: str | None = None,
                 repeat: int | None = None) -> BaseModel:
        provider, request, stage = self._prepare(name, inputs, stage, repeat)
        rows: list[GenerationLog] = []
        try:
            return self._execute(provider, request, stage, rows)
        finally:
            self.logs.extend(rows)

    def generate_many(self, calls: Sequence[Call], stage: str | None = None,
                      repeat: int | None = None) -> list[BaseModel]:
        """Independent calls, answered in order; concurrent only when some provider is networked."""
        prepared = [self._prepare(name, inputs, stage, repeat) for name, inputs in calls]
        rows: list[list[GenerationLog]] = [[] for _ in prepared]
        if len(prepared) < 2 or not any(p.concurrent for p, _, _ in prepared):
            try:
                return [self._execute(p, r, s, rows[i]) for i, (p, r, s) in enumerate(prepared)]
            finally:
                self.logs.extend(row for call_rows in rows for row in call_rows)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(self._max_workers, thread_name_prefix="tapsite-llm")
        # each call runs in the caller's context: the site's deadline holds in the pool threads too
        futures = [self._pool.submit(contextvars.copy_context().run, self._execute, p, r, s, rows[i])
                   for i, (p, r, s) in enumerate(prepared)]
        results, first_error = [], None
        for f in futures:
            try:
                results.append(f.result())
            except ProviderError as exc:
                first_error = first_error or exc
        self.logs.extend(row for call_rows in rows for row in call_rows)
        if first_error is not None:
            raise first_error
        return results

    def record(self, log: GenerationLog) -> None:
        """Add a log row made elsewhere (the image providers log their calls here)."""
        self.logs.append(log)

    def drain(self) -> list[GenerationLog]:
        out, self.logs = self.logs, []
        return out
