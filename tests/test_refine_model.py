"""The refine prompt on a real model's protocol: an OpenAI-compatible server reads the request into a SiteEdit."""

from __future__ import annotations

import pytest

from peers.fake_servers import FakeOpenAI, Scripted
from providers_helpers import GPT, make_config, write_config
from tapsite_pipeline.brief import make_brief
from tapsite_pipeline.pipeline import Runtime
from tapsite_pipeline.refine.service import live_state, publish, refine

pytestmark = pytest.mark.integration


def test_a_model_reads_the_request_and_only_what_it_says_changes(tmp_path, monkeypatch):
    home = tmp_path / "home"
    publish(Runtime.local(home), make_brief("Warung Bu Sri jualan nasi pecel, soto ayam dan es teh di Madiun. "
                                            "WA 085712345678"))
    with FakeOpenAI() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-openai-0000")
        monkeypatch.setenv("TAPSITE_PROVIDERS_CONFIG", str(write_config(tmp_path / "providers.yaml", make_config())))
        rt = Runtime.local(home, model=GPT, use_cache=False)
        server.push(Scripted(data={"intent": {"color_preference": ["navy"]}}))
        out = refine(rt, "warung-bu-sri", "tolong warnanya biru dongker")
        assert out.status == "applied" and out.rerun == ["design", "images"], out.to_json()
        assert live_state(rt, "warung-bu-sri").intent.color_preference == ["navy"]
        sent = [r for r in server.requests if "tolong warnanya biru dongker" in str(r)]
        assert sent and "nasi pecel, soto ayam, es teh" in str(sent[0])   # the page's offerings were given

        # a model that asks and also guesses: only the question is kept, nothing changes
        server.push(Scripted(data={"question": "Warna apa?", "intent": {"color_preference": ["red"]}}))
        asked = refine(rt, "warung-bu-sri", "ganti yang itu")
        assert asked.status == "question" and asked.question == "Warna apa?" and asked.version is None
        assert live_state(rt, "warung-bu-sri").intent.color_preference == ["navy"]
