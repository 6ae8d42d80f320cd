"""The provider interface: a request rendered from a prompt version in, a schema-valid object out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel

from ..errors import ProviderError
from tapsite_pipeline.prompting.files import Prompt


@dataclass(frozen=True)
class GenerationRequest:
    """What a provider is asked: the prompt version, its rendered text and the structured inputs."""

    prompt: Prompt
    system: str
    user: str
    inputs: dict[str, Any]
    repeat: int = 0

    @property
    def schema(self) -> type[BaseModel]:
        return self.prompt.schema


@dataclass
class Attempt:
    """One provider tried for a request that did not answer it (the reason is safe to log)."""

    provider: str
    error: str
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    requests: int = 0
    reasks: int = 0


@dataclass
class Completion:
    output: BaseModel
    tokens_in: int
    tokens_out: int
    cost_usd: float = 0.0
    raw: str | None = None
    provider: str | None = None          # who answered (a fallback chain names the link)
    cache_hit: bool = False
    saved_usd: float = 0.0               # on a cache hit: what the original call cost
    requests: int = 1                    # HTTP requests sent, retries included
    reasks: int = 0                      # invalid answers sent back with the validation error
    latency_ms: float | None = None
    trail: list[Attempt] = field(default_factory=list)  # providers that failed before this one


class CallFailed(ProviderError):
    """A provider gave up on a request; carries what the failed call consumed, for the log."""

    def __init__(self, message: str, attempt: Attempt | None = None, trail: list[Attempt] | None = None):
        super().__init__(message)
        self.attempt = attempt
        self.trail = trail or []


@dataclass
class GenerationLog:
    """One stage call, as it lands in ai_generation_logs."""

    stage: str
    prompt: str
    model: str
    tokens_in: int = 0
    tokens_out: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    cache_hit: bool = False
    fallback_from: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    call_id: str | None = None          # rows of one generate() call (fallback links) share it
    requests: int = 0
    reasks: int = 0
    saved_usd: float = 0.0


class LLMProvider(ABC):
    """A text model. Subclasses set `provider` and implement `complete`."""

    provider: ClassVar[str]
    needs_key: ClassVar[str | None] = None
    cacheable: ClassVar[bool] = False    # worth a persistent cache (network, cost); offline is not
    concurrent: ClassVar[bool] = False   # worth a thread per call (network latency); offline is not

    def __init__(self, model: str):
        self.model = model

    @property
    def name(self) -> str:
        return f"{self.provider}:{self.model}"

    @abstractmethod
    def complete(self, request: GenerationRequest) -> Completion:
        """Answer one request with an instance of request.schema (or raise ProviderError)."""


@dataclass(frozen=True)
class ImageSpec:
    """Everything that determines a hero image; its hash names the cached file."""

    prompt: str
    width: int
    height: int
    palette: tuple[str, ...]
    motif: str
    seed: int


class ImageProvider(ABC):
    provider: ClassVar[str]

    def __init__(self, model: str):
        self.model = model

    @property
    def name(self) -> str:
        return f"{self.provider}:{self.model}"

    @abstractmethod
    def render(self, spec: ImageSpec) -> bytes:
        """Return the image as WebP bytes."""

    def render_traced(self, spec: ImageSpec) -> tuple[bytes, str]:
        """The image and the name of the provider that drew it (a fallback chain says which link)."""
        return self.render(spec), self.name
