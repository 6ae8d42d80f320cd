"""The persistent response cache: a SQLite file under the project home, and the provider wrapper that uses it.

SQLite rather than the DuckDB store because several processes (CLI, Dagster steps, eval workers)
may read and write it at once; DuckDB allows one writing process. The key is a hash of the
provider:model, where it is reached and how it is driven (endpoint, provider settings), the prompt
version's content hash, the rendered prompt and the inputs, the parameters, the output schema and
rules, and the repeat index. A hit keeps the original call's tokens, cost and latency beside what
was billed for it (nothing), so comparisons of a cached run with a fresh one compare like with like.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from .base import Completion, GenerationRequest, LLMProvider, Usage
from .structured import InvalidOutput, validate_output

# `answers`, not the first version's `responses`: those keys left out the endpoint, so they must not be read.
SCHEMA = """CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY, provider TEXT NOT NULL, prompt TEXT, output TEXT NOT NULL,
    tokens_in INTEGER, tokens_out INTEGER, cost_usd REAL, latency_ms REAL, created_at REAL)"""


@lru_cache(maxsize=64)
def _schema_text(schema: type[BaseModel]) -> str:
    return json.dumps(schema.model_json_schema(), sort_keys=True)


def _inputs(inputs: dict) -> str:
    return json.dumps({k: v.model_dump(mode="json") if isinstance(v, BaseModel) else v for k, v in inputs.items()},
                      sort_keys=True, ensure_ascii=False, default=str)


def cache_key(provider_name: str, request: GenerationRequest, identity: dict | None = None) -> str:
    p = request.prompt
    payload = {"provider": provider_name, "identity": identity or {}, "prompt_hash": p.content_hash,
               "system": request.system, "user": request.user, "inputs": _inputs(request.inputs),
               "temperature": p.temperature, "max_tokens": p.max_tokens, "schema": p.output_schema,
               "json_schema": _schema_text(p.schema), "rules": p.validation, "repeat": request.repeat}
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


# SQLite answers "database is locked" without waiting in a few WAL moments: while the last connection to the file
# closes (it checkpoints and removes the WAL under an exclusive lock), or while a crashed process's WAL is recovered.
# The cache is shared by every tapsite process on a home, so these moments come when many start and stop together.
BUSY_WAIT_S = 60.0


def _busy(e: sqlite3.OperationalError) -> bool:
    text = str(e).lower()
    return "locked" in text or "busy" in text


def retry_busy(work, wait_s: float = BUSY_WAIT_S, sleep=time.sleep):
    """work(), again after a short pause while SQLite reports the file busy, for up to wait_s seconds."""
    deadline, pause = time.monotonic() + wait_s, 0.02
    while True:
        try:
            return work()
        except sqlite3.OperationalError as e:
            if not _busy(e) or time.monotonic() + pause > deadline:
                raise
        sleep(pause)
        pause = min(pause * 2, 0.5)


@dataclass
class Cached:
    output: str
    tokens_in: int
    tokens_out: int
    cost_usd: float
    latency_ms: float


class ResponseCache:
    """Answers by key; safe across threads (one connection, one lock) and processes (WAL)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._con = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False,
                                    isolation_level=None)
        retry_busy(lambda: self._con.execute("PRAGMA journal_mode=WAL"))
        self._con.execute("PRAGMA synchronous=NORMAL")
        retry_busy(lambda: self._con.execute(SCHEMA))

    def _run(self, sql: str, args: tuple = ()) -> list:
        with self._lock:
            return retry_busy(lambda: self._con.execute(sql, args).fetchall())

    def get(self, key: str) -> Cached | None:
        rows = self._run("SELECT output, tokens_in, tokens_out, cost_usd, latency_ms FROM answers WHERE key = ?",
                         (key,))
        return Cached(*rows[0]) if rows else None

    def put(self, key: str, provider: str, prompt: str, done: Completion, latency_ms: float) -> None:
        self._run("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (key, provider, prompt, done.output.model_dump_json(), done.tokens_in, done.tokens_out,
                   done.cost_usd, latency_ms, time.time()))

    def count(self) -> int:
        return self._run("SELECT count(*) FROM answers")[0][0]

    def close(self) -> None:
        with self._lock:
            self._con.close()


class CachedProvider(LLMProvider):
    """Answers from the cache when it can (billed 0; the original call's tokens, cost and latency kept
    in `original`, its cost also as saved_usd), else asks `inner`.

    With read=False (`--no-cache`) the cache is bypassed for reading but refreshed with new answers.
    """

    def __init__(self, inner: LLMProvider, cache: ResponseCache, read: bool = True):
        super().__init__(inner.model)
        self.provider = inner.provider  # type: ignore[misc]
        self.inner, self.cache, self.read = inner, cache, read
        self.concurrent = inner.concurrent  # type: ignore[misc]
        self.reads_prompt = inner.reads_prompt  # type: ignore[misc]

    @property
    def max_concurrency(self) -> int:
        return self.inner.max_concurrency

    def cache_identity(self) -> dict:
        return self.inner.cache_identity()

    def complete(self, request: GenerationRequest) -> Completion:
        t0 = time.perf_counter()
        key = cache_key(self.inner.name, request, self.inner.cache_identity())
        hit = self.cache.get(key) if self.read else None
        if hit is not None:
            try:
                output = validate_output(request.prompt, json.loads(hit.output))
            except (InvalidOutput, ValueError):
                output = None  # rules changed since it was stored: ask again
            if output is not None:
                original = Usage(hit.tokens_in or 0, hit.tokens_out or 0, hit.cost_usd or 0.0, hit.latency_ms or 0.0)
                return Completion(output=output, tokens_in=0, tokens_out=0, cost_usd=0.0,
                                  provider=self.inner.name, cache_hit=True, saved_usd=original.cost_usd,
                                  requests=0, latency_ms=(time.perf_counter() - t0) * 1000, original=original,
                                  reads_prompt=self.inner.reads_prompt)
        done = self.inner.complete(request)
        latency = done.latency_ms if done.latency_ms is not None else (time.perf_counter() - t0) * 1000
        self.cache.put(key, self.inner.name, request.prompt.ref, done, latency)
        return done
