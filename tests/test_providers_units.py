"""Retry timing, rate limits, prices, config errors and the log migration, without any server."""

from __future__ import annotations

import time

import duckdb
import pytest

from tapsite_pipeline import store
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.providers.base import Attempt, CallFailed
from tapsite_pipeline.providers.config import BreakerSettings, Price, PriceTable, RetrySettings, load_providers_config
from tapsite_pipeline.providers.failures import classify, redact
from tapsite_pipeline.providers.limits import RateLimiter
from tapsite_pipeline.providers.resilience import CircuitBreaker, guarded_call, site_deadline, time_left


class HTTPErr(Exception):
    def __init__(self, status, headers=None):
        super().__init__(f"status {status}")
        self.status_code = status
        self.response = type("R", (), {"headers": headers or {}})()


class APITimeoutError(Exception):
    pass


def test_classify_retries_only_what_may_succeed_later():
    assert classify(HTTPErr(429, {"retry-after": "3"})).retry_after == 3
    assert classify(HTTPErr(429, {"retry-after-ms": "250"})).retry_after == 0.25
    assert classify(HTTPErr(503)).retryable and classify(APITimeoutError()).retryable
    assert not classify(HTTPErr(400)).retryable and not classify(HTTPErr(401)).retryable
    assert not classify(ValueError("bug")).retryable


def _transient(status=500, retry_after=None):
    return CallFailed(f"HTTP {status}", Attempt("openai:x", f"HTTP {status}", requests=1), retryable=True,
                      retry_after=retry_after)


def test_retries_count_requests_and_sleep_what_they_should():
    errors, slept = [_transient(429, retry_after=2), _transient(500)], []

    def fn():
        if errors:
            raise errors.pop(0)
        return "ok"

    policy = RetrySettings(base_s=0.1, max_s=1, max_attempts=4)
    breaker = CircuitBreaker("openai", BreakerSettings(failures=5))
    value, failed = guarded_call("openai:x", fn, policy, breaker, sleep=slept.append)
    assert value == "ok" and len(failed) == 2 and slept[0] == 2 and 0 <= slept[1] <= 0.2
    with pytest.raises(CallFailed) as e:   # a 401 is not asked again
        guarded_call("openai:x", lambda: (_ for _ in ()).throw(
            CallFailed("HTTP 401", Attempt("openai:x", "HTTP 401", requests=1))), policy, breaker, sleep=slept.append)
    assert e.value.attempt.requests == 1
    with pytest.raises(CallFailed) as e:   # bounded: max_attempts requests, then the reason and the count
        guarded_call("openai:x", lambda: (_ for _ in ()).throw(_transient(503)), policy,
                     CircuitBreaker("openai", BreakerSettings(failures=9)), sleep=slept.append)
    assert e.value.attempt.requests == 4 and "gave up after 4 request(s)" in str(e.value)


def test_breaker_opens_after_consecutive_failures_skips_then_probes():
    now = [1000.0]
    b = CircuitBreaker("openai", BreakerSettings(failures=3, cooldown_s=60), clock=lambda: now[0])
    for _ in range(2):
        assert b.check() is None
        b.record(False, "timeout")
    b.record(True)                        # a success in between resets the count
    for _ in range(3):
        b.record(False, "timeout (APITimeoutError)")
    skip = b.check()
    assert skip.startswith("skipped: circuit open for openai") and "timeout" in skip
    calls = []
    with pytest.raises(CallFailed, match="circuit open"):
        guarded_call("openai:x", lambda: calls.append(1), RetrySettings(max_attempts=3), b, sleep=lambda s: None)
    assert calls == []                    # skipped: the provider was not asked at all
    now[0] += 61
    assert b.check() is None              # half-open: one probe goes ahead …
    assert "half-open" in b.check()       # … and only one
    b.record(False, "timeout")            # the probe failed: open for another cool-down
    assert "circuit open" in b.check()
    now[0] += 61
    assert b.check() is None
    b.record(True)
    assert b.check() is None and b.check() is None


def test_breaker_state_is_shared_through_its_file(tmp_path):
    state = tmp_path / "breakers" / "openai.json"
    a = CircuitBreaker("openai", BreakerSettings(failures=1, cooldown_s=60), state)
    b = CircuitBreaker("openai", BreakerSettings(failures=1, cooldown_s=60), state)  # another process's
    assert b.check() is None
    a.record(False, "connection error (APIConnectionError)")
    assert "circuit open" in b.check() and "connection error" in b.check()


def test_deadline_bounds_retries_and_skips_once_spent():
    policy = RetrySettings(base_s=0.05, max_s=0.05, max_attempts=10)
    calls = []

    def hang():
        calls.append(1)
        time.sleep(0.06)
        raise _transient()

    with site_deadline(0.15):
        assert 0 < time_left() <= 0.15
        with site_deadline(5):            # an inner deadline never extends the outer one
            assert time_left() <= 0.15
        with pytest.raises(CallFailed):
            guarded_call("openai:x", hang, policy, CircuitBreaker("openai", BreakerSettings(failures=99)))
        assert 1 <= len(calls) <= 3
        time.sleep(0.16)
        with pytest.raises(CallFailed, match="deadline"):
            guarded_call("openai:x", hang, policy, CircuitBreaker("openai", BreakerSettings()))
    assert time_left() is None


@pytest.mark.perf
def test_rate_limiter_spaces_requests_beyond_the_rpm_budget():
    lim = RateLimiter(concurrency=4, rpm=600, tpm=10**9)  # 10 per second, a burst of 600 allowed
    lim._rpm.level = 1  # start with one request left in the bucket
    t0 = time.perf_counter()
    for _ in range(3):
        with lim.slot(10):
            pass
    assert 0.15 <= time.perf_counter() - t0 < 0.6  # two waits of ~0.1 s


def test_prices_match_exact_names_then_the_longest_pattern():
    table = PriceTable({"anthropic:claude-sonnet-4*": Price(input_per_1k=3), "anthropic:claude-sonnet-4-5*":
                        Price(input_per_1k=4), "openai:gpt-4.1": Price(input_per_1k=0.002, output_per_1k=0.008)})
    assert table.text_cost("openai:gpt-4.1", 1000, 500) == pytest.approx(0.006)
    assert table.price("anthropic:claude-sonnet-4-5-20250929").input_per_1k == 4
    assert table.price("anthropic:claude-sonnet-4-20250514").input_per_1k == 3
    assert table.text_cost("openai:unknown", 1000, 1000) == 0


def test_shipped_config_and_prices_load():
    cfg = load_providers_config()
    assert cfg.fallbacks_for("intent")[-1] == "offline:rules"
    assert {"openai", "anthropic", "local"} <= set(cfg.providers)
    from tapsite_pipeline.providers.config import load_prices
    assert load_prices().price("openai:gpt-4.1-mini").output_per_1k > 0


def test_config_typos_are_errors_that_name_the_field(tmp_path):
    bad = tmp_path / "providers.yaml"
    bad.write_text("fallback: {default: [offline:rules]}\nmax_reaskz: 3\n")
    with pytest.raises(ConfigError) as e:
        load_providers_config(bad)
    assert "max_reaskz" in str(e.value) and str(bad) in str(e.value)


def test_unknown_provider_names_what_is_configured():
    from tapsite_pipeline.providers.registry import make_llm_provider
    with pytest.raises(ConfigError) as e:
        make_llm_provider("nope:model")
    assert "openai" in str(e.value) and "offline" in str(e.value)


def test_redact_masks_keys_echoed_by_a_server(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-1234567")
    assert redact("bad key sk-secret-1234567 given") == "bad key *** given"


def test_log_migration_adds_the_provider_columns(tmp_path):
    con = duckdb.connect(str(tmp_path / "t.duckdb"))
    assert "providers_log_details" in store.migrate(con)
    cols = {r[0] for r in con.execute("DESCRIBE ai_generation_logs").fetchall()}
    assert {"call_id", "requests", "reasks", "saved_usd", "cache_hit", "fallback_from"} <= cols
    con.close()
