"""The provider interface: a request rendered from a prompt version in, a schema-valid object out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel

from tapsite_pipeline.prompting.files import Prompt

from ..errors import ProviderError
from ..models import MEDIA_SVG, MEDIA_WEBP


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


@dataclass(frozen=True)
class Usage:
    """What making an answer took when it was first made (a cache hit keeps these beside billed = 0)."""

    tokens_in: int
    tokens_out: int
    cost_usd: float
    latency_ms: float


@dataclass
class Completion:
    output: BaseModel
    tokens_in: int                       # billed now (0 on a cache hit)
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
    original: Usage | None = None        # on a cache hit: the original call's tokens, cost and latency
    reads_prompt: bool = True            # False when the answer does not depend on the prompt's text
    queued_ms: float = 0.0               # waited for our own rate limits (not part of latency_ms)

    def usage(self, latency_ms: float) -> Usage:
        """The answer's own figures: the original call's on a cache hit, else this call's."""
        if self.original is not None:
            return self.original
        return Usage(self.tokens_in, self.tokens_out, self.cost_usd,
                     self.latency_ms if self.latency_ms is not None else latency_ms)


class CallFailed(ProviderError):
    """A provider gave up on a request; carries what the failed call consumed, for the log."""

    def __init__(self, message: str, attempt: Attempt | None = None, trail: list[Attempt] | None = None,
                 retryable: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.attempt = attempt
        self.trail = trail or []
        self.retryable = retryable          # a timeout, connection error, 5xx or 429: asking again may work
        self.retry_after = retry_after      # seconds the server asked us to wait, if it said


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
    requested_model: str | None = None  # the model the call asked for (differs from `model` after a fallback)
    prompt_hash: str | None = None      # content hash of the prompt file version used
    original: Usage | None = None       # the answer's own figures (a cache hit's original call)
    reads_prompt: bool = True           # not persisted: whether the answering model read the prompt
    queued_ms: float = 0.0              # not persisted: waited for our own rate limits before sending
    started_ns: int = 0                 # not persisted: wall clock when the call began (for trace spans)


class LLMProvider(ABC):
    """A text model. Subclasses set `provider` and implement `complete`."""

    provider: ClassVar[str]
    needs_key: ClassVar[str | None] = None
    cacheable: ClassVar[bool] = False    # worth a persistent cache (network, cost); offline is not
    concurrent: ClassVar[bool] = False   # worth a thread per call (network latency); offline is not
    reads_prompt: ClassVar[bool] = True  # the rules engine and recorded answers ignore the prompt's text

    def __init__(self, model: str):
        self.model = model

    @property
    def name(self) -> str:
        return f"{self.provider}:{self.model}"

    @property
    def max_concurrency(self) -> int:
        """Calls worth having in flight at once (a networked provider's configured limit)."""
        return 1

    def cache_identity(self) -> dict[str, Any]:
        """What besides the request decides the answer (endpoint, provider settings): part of the cache key."""
        return {}

    @abstractmethod
    def complete(self, request: GenerationRequest) -> Completion:
        """Answer one request with an instance of request.schema (or raise ProviderError)."""


@dataclass(frozen=True)
class ImageSpec:
    """Everything that determines a hero image; its hash names the cached file."""

    prompt: str
    width: int                   # the size a raster is fitted to (a drawing keeps its own viewBox)
    height: int
    palette: tuple[str, ...]     # the ColorScheme's values, in its field order
    motif: str                   # the niche of the illustration library chosen for the business
    seed: int


def media_type_of(data: bytes) -> str:
    """What a provider returned, by its first bytes: the drawing library answers SVG, image models WebP."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return MEDIA_WEBP
    head = data[:256].lstrip()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:1024]):
        return MEDIA_SVG
    raise ProviderError("the image provider returned neither WebP nor SVG")


class ImageProvider(ABC):
    provider: ClassVar[str]
    cacheable: ClassVar[bool] = True  # worth a file cache keyed by the spec (network, cost); drawings are not

    def __init__(self, model: str):
        self.model = model

    @property
    def name(self) -> str:
        return f"{self.provider}:{self.model}"

    @abstractmethod
    def render(self, spec: ImageSpec) -> bytes:
        """Return the image as WebP bytes (raster models) or SVG (the illustration library)."""

    def render_traced(self, spec: ImageSpec) -> tuple[bytes, str]:
        """The image and the name of the provider that drew it (a fallback chain says which link)."""
        return self.render(spec), self.name
