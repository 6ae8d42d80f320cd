"""What went wrong with a provider request, in words safe to log: classified by HTTP status, headers and
class name, so this module imports no SDK (the retry wrapper and `providers check` read it)."""

from __future__ import annotations

import email.utils
import os
import time
from dataclasses import dataclass

RETRY_STATUSES = {408, 409, 425, 429}


@dataclass
class Failure:
    """What went wrong with one request, in words safe to log (no headers, no keys)."""

    retryable: bool
    reason: str
    retry_after: float | None = None


def redact(text: str) -> str:
    """Mask the value of every *_API_KEY / *_TOKEN variable, in case a server echoes it back in an error."""
    for name, value in os.environ.items():
        if value and len(value) >= 8 and name.endswith(("_API_KEY", "_TOKEN", "_KEY")) and value in text:
            text = text.replace(value, "***")
    return text


def _retry_after(headers) -> float | None:
    if headers is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if name == "retry-after" else None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - time.time())
    return None


def classify(exc: BaseException) -> Failure:
    """429/5xx/408/409, timeouts and connection errors are worth retrying; the rest are not."""
    status = getattr(exc, "status_code", None)
    kind = type(exc).__name__
    if isinstance(status, int):
        response = getattr(exc, "response", None)
        after = _retry_after(getattr(response, "headers", None))
        message = redact(str(getattr(exc, "message", "") or exc).splitlines()[0][:160])
        return Failure(status in RETRY_STATUSES or status >= 500, f"HTTP {status} ({kind}): {message}", after)
    if "Timeout" in kind or isinstance(exc, TimeoutError):
        return Failure(True, f"timeout ({kind})")
    if "Connection" in kind or isinstance(exc, ConnectionError):
        return Failure(True, f"connection error ({kind})")
    return Failure(False, redact(f"{kind}: {str(exc)[:200]}"))
