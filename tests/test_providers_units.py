"""Retry timing, rate limits, prices, config errors and the log migration, without any server."""

from __future__ import annotations

import time

import duckdb
import pytest

from tapsite_pipeline import store
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.providers.config import PriceTable, Price, RetrySettings, load_providers_config
from tapsite_pipeline.providers.retry import (RateLimiter, RetriesExhausted, backoff_delay, call_with_retries,
                                              classify, redact)


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


def test_backoff_is_exponential_with_jitter_and_capped_retry_after():
    policy = RetrySettings(base_s=1, max_s=8, max_retry_after_s=30)
    for attempt, cap in [(0, 1), (1, 2), (2, 4), (5, 8)]:
        delays = [backoff_delay(attempt, policy, None) for _ in range(50)]
        assert all(cap / 2 <= d <= cap for d in delays) and len(set(delays)) > 1
    assert backoff_delay(0, policy, 12) == 12 and backoff_delay(0, policy, 600) == 30


def test_call_with_retries_counts_requests_and_sleeps_what_it_should():
    errors, slept, counter = [HTTPErr(429, {"retry-after": "2"}), HTTPErr(500)], [], [0]

    def fn():
        if errors:
            raise errors.pop(0)
        return "ok"

    policy = RetrySettings(base_s=0.1, max_s=1, max_attempts=4)
    assert call_with_retries(fn, policy, "t", counter, sleep=slept.append) == "ok"
    assert counter == [3] and slept[0] == 2 and 0.05 <= slept[1] <= 0.2
    with pytest.raises(RetriesExhausted) as e:
        call_with_retries(lambda: (_ for _ in ()).throw(HTTPErr(401)), policy, "t", sleep=slept.append)
    assert e.value.attempts == 1 and "not retryable" in str(e.value)


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
