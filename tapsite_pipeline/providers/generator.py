"""The one object stages talk to: resolve a prompt, render it, ask a provider, validate, log."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from ..errors import ProviderError
from ..prompts import Prompt, get_prompt
from .base import GenerationLog, GenerationRequest, LLMProvider

PromptResolver = Callable[[str], Prompt]


def _jsonable(inputs: dict[str, Any]) -> dict[str, Any]:
    return {k: v.model_dump(mode="json") if isinstance(v, BaseModel) else v for k, v in inputs.items()}


class Generator:
    """Runs prompt versions against providers and keeps a log of every call.

    `provider_for(model_name)` maps a prompt's `provider:model` to a provider; `model`
    overrides the prompt's model for every stage (the CLI's --model).
    """

    def __init__(self, provider_for: Callable[[str], LLMProvider],
                 resolve: PromptResolver = get_prompt, model: str | None = None):
        self._provider_for = provider_for
        self._resolve = resolve
        self._override = model
        self.logs: list[GenerationLog] = []

    def prompt(self, name: str) -> Prompt:
        return self._resolve(name)

    def generate(self, name: str, inputs: dict[str, Any], stage: str | None = None) -> BaseModel:
        prompt = self._resolve(name)
        provider = self._provider_for(self._override or prompt.model)
        system, user = prompt.render(_jsonable(inputs))
        request = GenerationRequest(prompt=prompt, system=system, user=user, inputs=inputs)
        log = GenerationLog(stage=stage or prompt.stage, prompt=prompt.ref, model=provider.name)
        t0 = time.perf_counter()
        try:
            done = provider.complete(request)
            output = done.output if isinstance(done.output, prompt.schema) else prompt.schema.model_validate(done.output)
            problems = prompt.check(output)
            if problems:
                raise ProviderError(f"{provider.name} broke the rules of {prompt.ref}: {'; '.join(problems)}")
        except (ProviderError, ValidationError) as exc:
            log.success, log.error = False, str(exc)[:500]
            raise ProviderError(str(exc)) from exc
        finally:
            log.latency_ms = (time.perf_counter() - t0) * 1000
            self.logs.append(log)
        log.tokens_in, log.tokens_out, log.cost_usd = done.tokens_in, done.tokens_out, done.cost_usd
        log.cache_hit = bool(getattr(done, "cache_hit", False))
        return output

    def drain(self) -> list[GenerationLog]:
        out, self.logs = self.logs, []
        return out
