"""Hero images from OpenAI's images API (official SDK), fitted to the hero size and saved as WebP."""

from __future__ import annotations

import base64
import io
from typing import Any

from PIL import Image, ImageOps

from .base import Attempt, CallFailed, ImageProvider, ImageSpec
from .config import ProvidersConfig, ProviderSettings, load_models
from .failures import classify
from .limits import limiter_for
from .resilience import request_timeout


def api_size(model: str, configured: str, width: int, height: int) -> str:
    """A size the model accepts (config/models.yaml), close to the hero's aspect ratio; or the configured one."""
    return configured if configured != "auto" else load_models().image_model(model).size(width, height)


class OpenAIImageProvider(ImageProvider):
    """`openai:gpt-image-1`, `openai:dall-e-3`, or an OpenAI-compatible image server."""

    provider = "openai"

    def __init__(self, model: str, prefix: str, settings: ProviderSettings, config: ProvidersConfig,
                 api_key: str | None):
        super().__init__(model)
        import openai  # lazy

        self.provider = prefix  # type: ignore[misc]
        self.settings, self.config = settings, config
        self.limiter = limiter_for(prefix, settings.concurrency, settings.rpm, settings.tpm)
        kwargs: dict[str, Any] = {"api_key": api_key or "not-needed", "max_retries": 0,
                                  "timeout": max(settings.timeout_s, 120)}
        if settings.resolved_base_url():
            kwargs["base_url"] = settings.resolved_base_url()
        self.client = openai.OpenAI(**kwargs)
        self.last_requests = 0

    def _fetch(self, spec: ImageSpec) -> bytes:
        params: dict[str, Any] = {"model": self.model, "prompt": spec.prompt, "n": 1,
                                  "size": api_size(self.model, self.config.images.size, spec.width, spec.height)}
        response_format = load_models().image_model(self.model).response_format
        if response_format:  # models that answer with a URL unless asked for base64
            params["response_format"] = response_format
        with self.limiter.slot(1):
            resp = self.client.images.generate(**params, timeout=request_timeout(max(self.settings.timeout_s, 120)))
        item = resp.data[0] if resp.data else None
        if item is None or not getattr(item, "b64_json", None):
            raise ValueError("the images API returned no base64 image")
        return base64.b64decode(item.b64_json)

    def render(self, spec: ImageSpec) -> bytes:
        """One request (the Resilient wrapper retries); a failure says whether asking again may help."""
        self.last_requests = 1
        try:
            raw = self._fetch(spec)
            img = Image.open(io.BytesIO(raw)).convert("RGB")
        except Exception as exc:  # classified: HTTP status, timeout, or an answer that is no image
            f = classify(exc)
            msg = f"{self.name}: {f.reason}"
            raise CallFailed(msg, Attempt(self.name, msg, requests=1), retryable=f.retryable,
                             retry_after=f.retry_after) from exc
        img = ImageOps.fit(img, (spec.width, spec.height), Image.LANCZOS)
        buf = io.BytesIO()
        img.save(buf, "WEBP", quality=72, method=4)
        return buf.getvalue()
