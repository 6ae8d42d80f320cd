"""Provider code holds no prompt text and no model names: the health check, the re-ask and the forced tool's
description come from prompts/provider_messages.yaml, what differs between models from config/models.yaml.
Each test changes one of those files and checks the request the local protocol server receives."""

from __future__ import annotations

import shutil

import pytest
import yaml

from peers.fake_servers import FakeAnthropic, FakeOpenAI, Scripted
from providers_helpers import CLAUDE, GPT, make_config
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.prompting.files import PROMPTS_DIR
from tapsite_pipeline.prompting.messages import provider_messages
from tapsite_pipeline.providers.base import ImageSpec
from tapsite_pipeline.providers.config import load_models
from tapsite_pipeline.providers.generator import Generator
from tapsite_pipeline.providers.registry import make_image_provider, make_llm_provider
from tapsite_pipeline.providers.router import Router
from tapsite_pipeline.resources import data_dir

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


@pytest.fixture
def messages(tmp_path, monkeypatch):
    """A copy of the prompts folder whose provider messages the test rewrites."""
    root = shutil.copytree(PROMPTS_DIR, tmp_path / "prompts")
    monkeypatch.setenv("TAPSITE_PROMPTS_DIR", str(root))
    path = root / "provider_messages.yaml"

    def write(**changes):
        data = {**yaml.safe_load(path.read_text()), **changes}
        path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return write


def models_file(tmp_path, monkeypatch, data: dict):
    path = tmp_path / "models.yaml"
    path.write_text(yaml.safe_dump(data))
    monkeypatch.setenv("TAPSITE_MODELS_CONFIG", str(path))


def test_health_check_text_comes_from_the_prompts_folder(openai_srv, anthropic_srv, messages):
    messages(health_check="Jawab dengan kata OK saja.")
    for name, srv in ((GPT, openai_srv), (CLAUDE, anthropic_srv)):
        reply = make_llm_provider(name, make_config()).ping()
        [req] = srv.requests
        assert req["body"]["messages"] == [{"role": "user", "content": "Jawab dengan kata OK saja."}]
        assert reply.text == "OK"


def test_reask_text_comes_from_the_prompts_folder(openai_srv, messages):
    messages(repair="Tidak bisa dipakai: {error}. Kirim ulang JSON yang benar.")
    openai_srv.push(Scripted(data=BAD_INTENT))
    g = Generator(Router(make_config()), model=GPT)
    g.generate("intent", INTENT_IN)
    assert len(openai_srv.requests) == 2
    ask = openai_srv.requests[1]["body"]["messages"][-1]
    assert ask["role"] == "user" and ask["content"].startswith("Tidak bisa dipakai: ")
    assert ask["content"].endswith(". Kirim ulang JSON yang benar.") and "{error}" not in ask["content"]


def test_forced_tool_description_comes_from_the_prompts_folder(anthropic_srv, messages):
    messages(answer_tool="Jawab sebagai objek {schema}.")
    Generator(Router(make_config()), model=CLAUDE).generate("intent", INTENT_IN)
    [tool] = anthropic_srv.requests[0]["body"]["tools"]
    assert tool["description"] == "Jawab sebagai objek Intent."


def test_temperature_follows_the_models_config(openai_srv, tmp_path, monkeypatch):
    Generator(Router(make_config()), model=GPT).generate("intent", INTENT_IN)
    assert "temperature" in openai_srv.requests[-1]["body"]        # shipped config: gpt-4.1 takes one
    models_file(tmp_path, monkeypatch, {"chat": {"gpt-4.1*": {"temperature": False}}})
    Generator(Router(make_config()), model=GPT).generate("intent", INTENT_IN)
    assert "temperature" not in openai_srv.requests[-1]["body"]


def test_image_size_and_format_follow_the_models_config(openai_srv, tmp_path, monkeypatch):
    spec = ImageSpec(prompt="kue nastar", width=1200, height=630, palette=("#ffffff",), motif="bakery", seed=1)
    make_image_provider("openai:gpt-image-1", make_config()).render(spec)
    body = openai_srv.requests[-1]["body"]
    assert body["size"] == "1536x1024" and "response_format" not in body
    models_file(tmp_path, monkeypatch, {"images": {"gpt-image-*": {"landscape": "1024x1536",
                                                                   "response_format": "b64_json"}}})
    make_image_provider("openai:gpt-image-1", make_config()).render(spec)
    body = openai_srv.requests[-1]["body"]
    assert body["size"] == "1024x1536" and body["response_format"] == "b64_json"


def test_the_shipped_files_parse_and_broken_ones_fail_with_the_file_named(tmp_path, monkeypatch, messages):
    shipped = load_models(data_dir("config") / "models.yaml")
    assert not shipped.chat_model("o3-mini").temperature and shipped.chat_model("gpt-4.1-mini").temperature
    assert shipped.image_model("dall-e-3").size(1200, 630) == "1792x1024"
    messages(repair="Tidak bisa dipakai.")        # no {error}: the model would not learn what was wrong
    with pytest.raises(ConfigError, match="provider_messages.yaml: field 'repair'"):
        provider_messages()
    models_file(tmp_path, monkeypatch, {"chat": {"o1*": {"temprature": False}}})
    with pytest.raises(ConfigError, match="models.yaml"):
        load_models()
