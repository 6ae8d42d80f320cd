"""The OpenAI and Anthropic providers through the official SDKs, against local servers speaking their APIs."""

from __future__ import annotations

import time

import pytest

from peers.fake_servers import FakeAnthropic, FakeOpenAI, Scripted, error
from providers_helpers import CLAUDE, CLAUDE_COST, GPT, GPT_COST, make_config
from tapsite_pipeline.errors import ConfigError, ProviderError
from tapsite_pipeline.models import Intent, SectionContent
from tapsite_pipeline.providers.cache import ResponseCache
from tapsite_pipeline.providers.generator import Generator
from tapsite_pipeline.providers.router import Router

pytestmark = pytest.mark.integration

INTENT_IN = {"brief": "Saya mau jualan kue kering nastar, nama tokonya Toko Ani", "brand_name": None,
             "language": None}
BAD_INTENT = {"business_type": "bakery", "industry": "kue", "brand_name": "Toko Ani", "language": "id"}


@pytest.fixture
def openai_srv(monkeypatch):
    with FakeOpenAI() as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai-0000")
        yield srv


@pytest.fixture
def anthropic_srv(monkeypatch):
    with FakeAnthropic() as srv:
        monkeypatch.setenv("ANTHROPIC_BASE_URL", srv.url)
        monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test-anthropic-0000")
        yield srv


def gen(model=GPT, cache=None, **cfg) -> Generator:
    return Generator(Router(make_config(**cfg), cache=cache), model=model)


def test_good_structured_answer_is_logged_with_tokens_and_cost(openai_srv):
    g = gen()
    out = g.generate("intent", INTENT_IN)
    assert isinstance(out, Intent) and out.brand_name == "Toko Ani"
    [row] = g.drain()
    assert (row.model, row.success, row.tokens_in, row.tokens_out, row.requests, row.reasks) == \
        (GPT, True, 100, 50, 1, 0)
    assert row.cost_usd == pytest.approx(GPT_COST) and row.fallback_from is None and not row.cache_hit
    [req] = openai_srv.requests
    body = req["body"]
    assert req["has_auth"] and body["model"] == "gpt-4.1-mini" and body["max_completion_tokens"] == 600
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["name"] == "Intent"
    assert "Toko Ani" in body["messages"][1]["content"]


def test_429_with_retry_after_is_honoured(openai_srv):
    openai_srv.push(error(429, retry_after=1))
    g = gen()
    t0 = time.perf_counter()
    g.generate("intent", INTENT_IN)
    assert time.perf_counter() - t0 >= 0.95  # waited what the server asked, not the 10 ms backoff base
    [row] = g.drain()
    assert row.success and row.requests == 2 and row.tokens_in == 100


def test_500_then_success_is_retried(openai_srv):
    openai_srv.push(error(500), error(503))
    g = gen()
    g.generate("intent", INTENT_IN)
    [row] = g.drain()
    assert row.success and row.requests == 3 and row.model == GPT and row.error is None
    assert len(openai_srv.requests) == 3


def test_timeout_is_retried(openai_srv):
    openai_srv.push(Scripted(delay_s=1.0))
    g = gen(timeout_s=0.3)
    g.generate("intent", INTENT_IN)
    [row] = g.drain()
    assert row.success and row.requests == 2


def test_malformed_json_is_sent_back_and_fixed(openai_srv):
    openai_srv.push(Scripted(text='{"business_type": "food_and_beverage", '))
    g = gen()
    g.generate("intent", INTENT_IN)
    [row] = g.drain()
    assert row.success and row.reasks == 1 and row.requests == 2
    assert (row.tokens_in, row.tokens_out) == (200, 100) and row.cost_usd == pytest.approx(2 * GPT_COST)
    repair = openai_srv.requests[1]["body"]["messages"]
    assert repair[-2] == {"role": "assistant", "content": '{"business_type": "food_and_beverage", '}
    assert "not valid JSON" in repair[-1]["content"]


def test_json_failing_the_schema_falls_back_to_offline_after_the_reasks(openai_srv):
    openai_srv.push(*[Scripted(data=BAD_INTENT)] * 3)
    g = gen()
    out = g.generate("intent", INTENT_IN)
    assert isinstance(out, Intent) and out.business_type == "food_and_beverage"
    failed, answered = g.drain()
    assert (failed.model, failed.success, failed.reasks, failed.requests) == (GPT, False, 2, 3)
    assert "business_type" in failed.error and "schema" in failed.error
    assert failed.cost_usd == pytest.approx(3 * GPT_COST)  # invalid answers are paid for too
    assert (answered.model, answered.success, answered.fallback_from) == ("offline:rules", True, GPT)
    assert answered.error.startswith("fallback: ") and answered.call_id == failed.call_id


def test_prompt_rules_are_enforced_like_the_schema(openai_srv):
    long_heading = {"type": "hero", "heading": "x" * 119, "body": "", "items": [], "cta_label": "y" * 40}
    openai_srv.push(Scripted(data={**long_heading, "cta_label": ""}), Scripted(data=long_heading))
    g = gen()
    intent = Intent(business_type="retail", industry="toko", brand_name="Toko Ani", language="id")
    out = g.generate("content_section", {"section_type": "hero", "intent": intent, "contact": {}})
    assert isinstance(out, SectionContent)
    [row] = g.drain()
    assert row.success and row.reasks == 0  # both fixtures are valid; the first one is used


def test_provider_down_for_good_goes_to_the_next_and_then_offline(openai_srv, anthropic_srv):
    openai_srv.down = 500
    anthropic_srv.down = 529
    g = gen(fallback=[CLAUDE, "offline:rules"], max_attempts=2)
    out = g.generate("intent", INTENT_IN)
    assert isinstance(out, Intent)
    rows = g.drain()
    assert [(r.model, r.success, r.fallback_from) for r in rows] == [
        (GPT, False, None), (CLAUDE, False, GPT), ("offline:rules", True, CLAUDE)]
    assert "HTTP 500" in rows[0].error and "gave up after 2" in rows[0].error
    assert "HTTP 529" in rows[1].error and rows[2].error.startswith("fallback: " + CLAUDE)
    assert len({r.call_id for r in rows}) == 1
    assert len(openai_srv.requests) == 2 and len(anthropic_srv.requests) == 2


def test_anthropic_answers_through_the_forced_tool(openai_srv, anthropic_srv):
    openai_srv.down = 500
    g = gen(fallback=[CLAUDE, "offline:rules"], max_attempts=1)
    g.generate("intent", INTENT_IN)
    _, row = g.drain()
    assert (row.model, row.tokens_in, row.tokens_out, row.fallback_from) == (CLAUDE, 100, 50, GPT)
    assert row.cost_usd == pytest.approx(CLAUDE_COST)
    body = anthropic_srv.requests[0]["body"]
    assert body["tool_choice"] == {"type": "tool", "name": "answer"}
    assert body["tools"][0]["input_schema"]["title"] == "Intent" and body["system"].startswith("You turn")


def test_anthropic_invalid_tool_input_gets_an_error_tool_result(anthropic_srv):
    anthropic_srv.push(Scripted(data=BAD_INTENT))
    g = gen(model=CLAUDE)
    g.generate("intent", INTENT_IN)
    [row] = g.drain()
    assert row.success and row.reasks == 1 and row.tokens_in == 200
    turns = anthropic_srv.requests[1]["body"]["messages"]
    assert turns[1]["content"][0]["type"] == "tool_use"
    result = turns[2]["content"][0]
    assert result["type"] == "tool_result" and result["is_error"] and "business_type" in result["content"]


def test_missing_key_names_the_variable_and_the_offline_alternative(monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ConfigError) as e:
        gen().generate("intent", INTENT_IN)
    assert "OPENAI_API_KEY" in str(e.value) and "offline:rules" in str(e.value)


def test_a_fallback_link_without_its_key_is_skipped_and_logged(openai_srv, monkeypatch):
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    openai_srv.down = 500
    g = gen(fallback=[CLAUDE, "offline:rules"], max_attempts=1)
    g.generate("intent", INTENT_IN)
    rows = g.drain()
    assert [r.model for r in rows] == [GPT, CLAUDE, "offline:rules"]
    assert rows[1].error.startswith("skipped:") and "ANTHROPIC_API_KEY" in rows[1].error
    assert "sk-test-openai-0000" not in " ".join(r.error or "" for r in rows)


def test_every_provider_failing_raises_with_every_reason_logged(openai_srv, monkeypatch):
    openai_srv.down = 500
    g = Generator(Router(make_config(fallback=[GPT], max_attempts=1)), model=GPT)
    with pytest.raises(ProviderError):
        g.generate("intent", INTENT_IN)
    [row] = g.drain()
    assert not row.success and "HTTP 500" in row.error


def test_cache_answers_a_repeat_without_calling_the_server(openai_srv, tmp_path):
    cache = ResponseCache(tmp_path / "llm.sqlite")
    g = gen(cache=cache)
    first = g.generate("intent", INTENT_IN)
    again = gen(cache=cache).generate("intent", INTENT_IN)
    assert first == again and len(openai_srv.requests) == 1
    other_repeat = gen(cache=cache)
    other_repeat.generate("intent", INTENT_IN, repeat=1)  # an eval repeat is its own sample
    assert len(openai_srv.requests) == 2
    g2 = gen(cache=cache)
    g2.generate("intent", INTENT_IN)
    [row] = g2.drain()
    assert row.cache_hit and row.cost_usd == 0 and row.tokens_in == 0 and row.requests == 0
    assert row.saved_usd == pytest.approx(GPT_COST)
    bypass = Generator(Router(make_config(), cache=cache, read_cache=False), model=GPT)
    bypass.generate("intent", INTENT_IN)
    assert len(openai_srv.requests) == 3 and not bypass.drain()[0].cache_hit


@pytest.mark.perf
def test_generate_many_runs_networked_calls_concurrently(monkeypatch):
    with FakeOpenAI(delay_s=0.3) as srv:
        monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai-0000")
        g = gen()
        intent = Intent(business_type="retail", industry="toko", brand_name="Toko Ani", language="id")
        calls = [("content_section", {"section_type": k, "intent": intent, "contact": {}})
                 for k in ("hero", "products", "about", "contact")]
        t0 = time.perf_counter()
        outs = g.generate_many(calls, stage="content")
        wall = time.perf_counter() - t0
    assert [o.type for o in outs] == ["hero", "products", "about", "contact"]
    assert wall < 1.0, wall  # four 0.3 s calls: sequential would take 1.2 s or more
    assert [r.prompt for r in g.drain()] == ["content_section@v1"] * 4


def test_generate_many_stays_in_thread_for_the_offline_engine():
    g = Generator(Router(make_config()))
    intent = Intent(business_type="retail", industry="toko", brand_name="Toko Ani", language="id")
    g.generate_many([("content_section", {"section_type": k, "intent": intent, "contact": {}})
                     for k in ("hero", "about")], stage="content")
    assert g._pool is None and len(g.drain()) == 2
