"""`replay:FILE` — a provider that answers from recorded outputs (JSONL), to score outputs produced elsewhere.

Each line: {"text": <brief>, "output": {...}, "tokens_in": 0, "tokens_out": 0, "cost_usd": 0.0}; only the
intent prompt is replayed (the brief is its key). Useful to evaluate a vendor batch job, or to plant a regression.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import ConfigError, ProviderError
from ..providers.base import Completion, GenerationRequest, LLMProvider


class ReplayProvider(LLMProvider):
    provider = "replay"
    reads_prompt = False  # recorded answers: the prompt under test changes nothing

    def __init__(self, model: str):
        super().__init__(model)
        path = Path(model)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"replay file {path}: {exc.strerror or exc}") from exc
        self.answers: dict[str, dict] = {}
        for ln, line in enumerate(lines, 1):
            if line.strip():
                try:
                    row = json.loads(line)
                    self.answers[row["text"]] = row
                except (ValueError, KeyError, TypeError) as exc:
                    raise ConfigError(f"{path}:{ln}: expected {{\"text\": ..., \"output\": {{...}}}} ({exc})") from exc

    def complete(self, request: GenerationRequest) -> Completion:
        if request.prompt.name != "intent":
            raise ProviderError(f"replay answers only the intent prompt, not {request.prompt.name!r}")
        row = self.answers.get(request.inputs["brief"])
        if row is None:
            raise ProviderError(f"replay file {self.model} has no answer for this brief")
        return Completion(output=request.schema.model_validate(row["output"]), tokens_in=row.get("tokens_in", 0),
                          tokens_out=row.get("tokens_out", 0), cost_usd=row.get("cost_usd", 0.0),
                          reads_prompt=False)
