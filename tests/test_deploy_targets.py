"""Which target stage 6 publishes to: the local folder unless configuration names a bucket."""

import pytest

from tapsite_pipeline.deploy_targets import LocalTarget, target_for
from tapsite_pipeline.deploy_targets.s3 import IMMUTABLE, NO_CACHE, S3Target, cache_control
from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.settings import Settings


@pytest.fixture(autouse=True)
def _no_deploy_env(monkeypatch):
    monkeypatch.delenv("TAPSITE_DEPLOY_TARGET", raising=False)
    monkeypatch.delenv("TAPSITE_DEPLOY_CONFIG", raising=False)


def test_the_default_is_the_home_folder(tmp_path):
    target = target_for(Settings.load(tmp_path))
    assert target == LocalTarget(tmp_path.resolve() / "sites")


def test_the_environment_names_a_bucket_and_no_client_is_made_until_a_deploy(tmp_path, monkeypatch):
    monkeypatch.setenv("TAPSITE_DEPLOY_TARGET", "s3://tapsite-sites/prod/v1/")
    target = target_for(Settings.load(tmp_path))
    assert isinstance(target, S3Target)
    assert (target.bucket, target.prefix, target.describe()) == ("tapsite-sites", "prod/v1", "s3://tapsite-sites/prod/v1")
    assert target.site_key("toko-ani", "live.json") == "prod/v1/toko-ani/live.json"
    assert target.local == LocalTarget(tmp_path.resolve() / "sites")
    assert target._client is None
    assert target_for(Settings.load(tmp_path)) is target     # one per configuration: one client, one pool


def test_a_config_file_deploy_block(tmp_path, monkeypatch):
    cfg = tmp_path / "deploy.yaml"
    cfg.write_text("deploy:\n  target: s3://bucket-a\n  upload_workers: 3\n  conditional_switch: false\n")
    monkeypatch.setenv("TAPSITE_DEPLOY_CONFIG", str(cfg))
    target = target_for(Settings.load(tmp_path))
    assert (target.bucket, target.prefix, target.workers, target.conditional) == ("bucket-a", "", 3, False)
    assert target.site_key("toko-ani", "live.json") == "toko-ani/live.json"
    monkeypatch.setenv("TAPSITE_DEPLOY_TARGET", "local")   # the environment wins over the file
    assert isinstance(target_for(Settings.load(tmp_path)), LocalTarget)


@pytest.mark.parametrize("yaml_text, env, says", [
    ("deploy:\n  target: ftp://x\n", None, "neither `local` nor"),
    ("deploy:\n  targte: local\n", None, "targte"),
    ("deploy: [1]\n", None, "deploy:"),
    ("deploy:\n  target: local\n", "gs://bucket", "TAPSITE_DEPLOY_TARGET"),
    ("deploy:\n  target: local\n", "s3://UPPER_case", "valid bucket name"),
])
def test_a_wrong_setting_is_a_one_line_config_error(tmp_path, monkeypatch, yaml_text, env, says):
    cfg = tmp_path / "deploy.yaml"
    cfg.write_text(yaml_text)
    monkeypatch.setenv("TAPSITE_DEPLOY_CONFIG", str(cfg))
    if env:
        monkeypatch.setenv("TAPSITE_DEPLOY_TARGET", env)
    with pytest.raises(ConfigError) as err:
        target_for(Settings.load(tmp_path))
    assert says in str(err.value) and "\n" not in str(err.value)


def test_a_missing_named_config_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("TAPSITE_DEPLOY_CONFIG", str(tmp_path / "nope.yaml"))
    with pytest.raises(ConfigError, match="no such deploy config"):
        target_for(Settings.load(tmp_path))


@pytest.mark.parametrize("path, ctype, policy", [
    ("index.html", "text/html; charset=utf-8", NO_CACHE),
    ("hero-0123456789abcdef.webp", "image/webp", IMMUTABLE),
    ("hero-0123456789abcdef-480w.webp", "image/webp", IMMUTABLE),
    ("hero-0123456789abcdef.svg", "image/svg+xml", IMMUTABLE),
    ("forms.json", "application/json", NO_CACHE),       # a fixed name: the next version rewrites it
    ("hero.webp", "image/webp", NO_CACHE),
    ("page-0123456789abcdef.html", "text/html", NO_CACHE),  # HTML always revalidates
])
def test_the_cache_policy_follows_the_name(path, ctype, policy):
    assert cache_control(path, ctype) == policy
