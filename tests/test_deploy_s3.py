"""Stage 6 on an S3 bucket: boto3 against a real S3-protocol server (moto's, a subprocess on loopback)."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import boto3
import pytest
from botocore.exceptions import ConnectionClosedError

from peers.s3_server import ACCESS
from tapsite_pipeline.deploy_targets import LocalTarget
from tapsite_pipeline.deploy_targets.s3 import IMMUTABLE, NO_CACHE, S3Target
from tapsite_pipeline.errors import ConfigError, DeployError
from tapsite_pipeline.models import Site, SiteFile
from tapsite_pipeline.stages.deployment import live_version

pytestmark = pytest.mark.integration

SUB = "toko-ani"
TYPES = {".html": "text/html; charset=utf-8", ".webp": "image/webp", ".json": "application/json"}


def build(tmp: Path, html: str, hero: bytes = b"RIFF....WEBP") -> Site:
    """A built site as stage 5 leaves it: the page, a hero named by its hash, and the forms file."""
    d = tmp / f"build-{len(list(tmp.glob('build-*')))}"
    d.mkdir()
    (d / "index.html").write_text(html)
    (d / f"hero-{hashlib.sha256(hero).hexdigest()[:16]}.webp").write_bytes(hero)
    (d / "forms.json").write_text('{"forms": []}')
    files = [SiteFile(path=p.name, bytes=p.stat().st_size, sha256=hashlib.sha256(p.read_bytes()).hexdigest(),
                      content_type=TYPES[p.suffix]) for p in sorted(d.iterdir())]
    return Site(site_id="site-1", brand_name="Toko Ani", build_dir=str(d), files=files,
                html_bytes=len(html), total_bytes=sum(f.bytes for f in files))


@pytest.fixture
def bucket(s3_env, request):
    name = f"sites-{abs(hash(request.node.name)) % 10**8}"
    boto3.client("s3").create_bucket(Bucket=name)
    return name


@pytest.fixture
def target(bucket, tmp_path):
    return S3Target(bucket, "prod", LocalTarget(tmp_path / "sites"))


def live(target, bucket) -> dict:
    return json.loads(boto3.client("s3").get_object(Bucket=bucket, Key=f"prod/{SUB}/live.json")["Body"].read())


def puts(server, since: int) -> list[str]:
    return [path for method, path, status in server.requests()[since:] if method == "PUT" and status == 200]


def test_every_file_is_uploaded_with_its_type_cache_policy_and_metadata(target, bucket, tmp_path):
    site = build(tmp_path, "<p>one</p>")
    d = target.deploy(site, SUB, "http://x/")
    assert d.published == f"s3://{bucket}/prod/{SUB}/live.json"
    s3 = boto3.client("s3")
    expected_cache = {"index.html": NO_CACHE, "forms.json": NO_CACHE}
    for f in site.files:
        key = f"prod/{SUB}/versions/{d.version}/{f.path}"
        obj = s3.get_object(Bucket=bucket, Key=key)
        assert obj["Body"].read() == (Path(site.build_dir) / f.path).read_bytes()
        assert obj["ContentType"] == f.content_type
        assert obj["CacheControl"] == expected_cache.get(f.path, IMMUTABLE), f.path
        assert obj["Metadata"] == {"website-id": "site-1", "version": d.version, "sha256": f.sha256}
    pointer = s3.get_object(Bucket=bucket, Key=f"prod/{SUB}/live.json")
    assert pointer["CacheControl"] == NO_CACHE and pointer["ContentType"] == "application/json"
    body = json.loads(pointer["Body"].read())
    assert body["version"] == d.version and body["previous"] is None and body["deployed_at"]
    manifest = json.loads(s3.get_object(Bucket=bucket, Key=f"prod/{SUB}/versions/{d.version}/manifest.json")
                          ["Body"].read())
    assert [f["path"] for f in manifest["files"]] == sorted(f.path for f in site.files)
    # the home's folder is still written: previews, versions and diffs read it
    assert live_version(tmp_path / "sites", SUB) == d.version


def test_the_live_pointer_is_the_last_write_of_a_deploy(target, bucket, tmp_path, s3_server):
    target.deploy(build(tmp_path, "<p>one</p>"), SUB, "http://x/")
    mark = s3_server.mark()
    d2 = target.deploy(build(tmp_path, "<p>two</p>", hero=b"another hero"), SUB, "http://x/")
    written = puts(s3_server, mark)
    base = f"/{bucket}/prod/{SUB}"
    assert written[-1] == f"{base}/live.json" and written.count(f"{base}/live.json") == 1
    version_files = [p for p in written if p.startswith(f"{base}/versions/{d2.version}/")]
    assert len(version_files) == 4            # index.html, the new hero, forms.json, manifest.json
    assert written.index(f"{base}/history.json") > max(written.index(p) for p in version_files)
    assert live(target, bucket) | {"deployed_at": None} == {"version": d2.version, "previous": d2.previous_version,
                                                           "deployed_at": None}


def test_a_deploy_interrupted_before_the_pointer_leaves_the_old_version_live(target, bucket, tmp_path, s3_server):
    d1 = target.deploy(build(tmp_path, "<p>one</p>"), SUB, "http://x/")
    site2 = build(tmp_path, "<p>two</p>", hero=b"another hero")
    uploads = []

    def connection_drops(request, **_):   # the network fails after the first file of the new version
        if request.method == "PUT":
            uploads.append(request.url)
            if len(uploads) > 1:
                raise ConnectionClosedError(endpoint_url=request.url)   # what botocore raises on a reset

    target.client.meta.events.register("before-send.s3.PutObject", connection_drops)
    try:
        with pytest.raises(DeployError, match="the live version is unchanged"):
            target.deploy(site2, SUB, "http://x/")
    finally:
        target.client.meta.events.unregister("before-send.s3.PutObject", connection_drops)
    assert live(target, bucket)["version"] == d1.version
    page = boto3.client("s3").get_object(Bucket=bucket, Key=f"prod/{SUB}/versions/{d1.version}/index.html")
    assert page["Body"].read() == b"<p>one</p>"
    assert live_version(tmp_path / "sites", SUB) == d1.version   # the home follows the bucket, not ahead of it
    mark = s3_server.mark()
    d2 = target.deploy(site2, SUB, "http://x/")    # run again: what made it up is not sent twice
    sent = puts(s3_server, mark)
    assert len([p for p in sent if f"/versions/{d2.version}/" in p]) == 3   # 4 objects, 1 already there
    assert live(target, bucket)["version"] == d2.version


def test_rollback_to_the_previous_and_to_a_named_version(target, bucket, tmp_path):
    v1, v2, v3 = (target.deploy(build(tmp_path, f"<p>{n}</p>"), SUB, "http://x/").version
                  for n in ("one", "two", "three"))
    back = target.rollback(SUB, "http://x/")
    assert (back.version, back.previous_version) == (v2, v3)
    assert live(target, bucket)["version"] == v2 and live(target, bucket)["previous"] == v3
    assert live_version(tmp_path / "sites", SUB) == v2
    named = target.rollback(SUB, "http://x/", to=v1)
    assert named.version == v1 and live(target, bucket)["version"] == v1
    assert live_version(tmp_path / "sites", SUB) == v1
    with pytest.raises(DeployError, match="already live"):
        target.rollback(SUB, "http://x/", to=v1)
    with pytest.raises(DeployError, match="no earlier version"):
        target.rollback(SUB, "http://x/")


def test_a_version_missing_a_file_or_absent_is_refused(target, bucket, tmp_path):
    v1 = target.deploy(build(tmp_path, "<p>one</p>"), SUB, "http://x/").version
    v2 = target.deploy(build(tmp_path, "<p>two</p>"), SUB, "http://x/").version
    boto3.client("s3").delete_object(Bucket=bucket, Key=f"prod/{SUB}/versions/{v1}/index.html")
    with pytest.raises(DeployError) as err:
        target.rollback(SUB, "http://x/")
    msg = str(err.value)
    assert "\n" not in msg and f"cannot roll back to {v1}" in msg and "index.html is missing" in msg
    assert f"{v2} stays live" in msg
    with pytest.raises(DeployError, match="manifest is missing"):
        target.rollback(SUB, "http://x/", to="0123456789ab")
    assert live(target, bucket)["version"] == v2
    assert live_version(tmp_path / "sites", SUB) == v2


def test_deploying_identical_content_again_uploads_nothing(target, bucket, tmp_path, s3_server):
    d1 = target.deploy(build(tmp_path, "<p>one</p>"), SUB, "http://x/")
    mark = s3_server.mark()
    d2 = target.deploy(build(tmp_path, "<p>one</p>"), SUB, "http://x/")   # a rebuild: same bytes, new folder
    assert d2.version == d1.version
    assert puts(s3_server, mark) == []
    assert any(m == "HEAD" for m, _, _ in s3_server.requests()[mark:])   # it looked before skipping


def test_a_concurrent_switch_is_refused_not_overwritten(target, bucket, tmp_path):
    target.deploy(build(tmp_path, "<p>one</p>"), SUB, "http://x/")
    other = S3Target(bucket, "prod", LocalTarget(tmp_path / "elsewhere"))
    seen = []

    def someone_switches_first(request, **_):   # another host's pointer lands between our read and our write
        if request.url.endswith("/live.json") and request.method == "PUT" and not seen:
            seen.append(1)
            other.client.put_object(Bucket=bucket, Key=f"prod/{SUB}/live.json", Body=b'{"version": "aaaaaaaaaaaa"}')

    target.client.meta.events.register("before-send.s3.PutObject", someone_switches_first)
    try:
        with pytest.raises(DeployError, match="live.json changed while this ran"):
            target.deploy(build(tmp_path, "<p>two</p>"), SUB, "http://x/")
    finally:
        target.client.meta.events.unregister("before-send.s3.PutObject", someone_switches_first)
    assert live(target, bucket)["version"] == "aaaaaaaaaaaa"


TAPSITE = [sys.executable, "-m", "tapsite_pipeline.cli"]
BRIEF = "Saya mau jualan kue kering nastar, nama tokonya Toko Ani, warna pink. Pesan via WA 0812 3456 7890"


def test_tapsite_generate_publishes_to_the_configured_bucket(bucket, s3_server, tmp_path):
    env = {**os.environ, **s3_server.env(), "TAPSITE_DEPLOY_TARGET": f"s3://{bucket}/prod",
           "MLFLOW_DISABLE_TELEMETRY": "true"}
    p = subprocess.run([*TAPSITE, "generate", BRIEF, "--home", str(tmp_path / "home")], capture_output=True,
                       text=True, timeout=180, env=env)
    assert p.returncode == 0, p.stderr
    assert f"public:   s3://{bucket}/prod/{SUB}/live.json" in p.stdout
    s3 = boto3.client("s3")
    version = json.loads(s3.get_object(Bucket=bucket, Key=f"prod/{SUB}/live.json")["Body"].read())["version"]
    page = s3.get_object(Bucket=bucket, Key=f"prod/{SUB}/versions/{version}/index.html")
    html = page["Body"].read()
    assert b"Toko Ani" in html and page["CacheControl"] == NO_CACHE
    local = tmp_path / "home" / "sites" / SUB / "live" / "index.html"
    assert local.read_bytes() == html and live_version(tmp_path / "home" / "sites", SUB) == version
    assert ACCESS["AWS_SECRET_ACCESS_KEY"] not in p.stdout + p.stderr

    again = subprocess.run([*TAPSITE, "generate", BRIEF.replace("pink", "biru"), "--home", str(tmp_path / "home")],
                           capture_output=True, text=True, timeout=180, env=env)
    assert again.returncode == 0, again.stderr
    second = json.loads(s3.get_object(Bucket=bucket, Key=f"prod/{SUB}/live.json")["Body"].read())
    assert second["version"] != version and second["previous"] == version
    back = subprocess.run([*TAPSITE, "rollback", SUB, "--home", str(tmp_path / "home")], capture_output=True,
                          text=True, timeout=60, env=env)
    assert back.returncode == 0, back.stderr
    assert f"live is now {version} (was {second['version']}) in s3://{bucket}/prod/{SUB}/live.json" in back.stdout
    assert json.loads(s3.get_object(Bucket=bucket, Key=f"prod/{SUB}/live.json")["Body"].read())["version"] == version

    missing = subprocess.run([*TAPSITE, "generate", BRIEF, "--home", str(tmp_path / "home2")], capture_output=True,
                             text=True, timeout=180, env={**env, "TAPSITE_DEPLOY_TARGET": "s3://no-such-bucket"})
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "NoSuchBucket" in missing.stderr and len(missing.stderr.strip().splitlines()) == 1



def test_campaign_workers_deploy_in_threads_through_one_fresh_target(bucket, tmp_path):
    from concurrent.futures import ThreadPoolExecutor
    fresh = S3Target(bucket, "prod", LocalTarget(tmp_path / "sites"))   # no client yet: threads race to make it
    subs = [f"toko-{n}" for n in range(6)]
    builds = [build(tmp_path, f"<p>{s}</p>") for s in subs]
    with ThreadPoolExecutor(6) as pool:
        deps = list(pool.map(lambda a: fresh.deploy(a[1], a[0], "http://x/"), zip(subs, builds, strict=True)))
    s3 = boto3.client("s3")
    for sub, d in zip(subs, deps, strict=True):
        pointer = json.loads(s3.get_object(Bucket=bucket, Key=f"prod/{sub}/live.json")["Body"].read())
        assert pointer["version"] == d.version


def test_no_credentials_is_a_one_line_config_error(bucket, tmp_path, monkeypatch):
    for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE", "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")   # no instance to ask for a role here
    bare = S3Target(bucket, "prod", LocalTarget(tmp_path / "sites"))
    with pytest.raises(ConfigError) as err:
        bare.deploy(build(tmp_path, "<p>one</p>"), SUB, "http://x/")
    assert "AWS_ACCESS_KEY_ID" in str(err.value) and "\n" not in str(err.value)
    assert live_version(tmp_path / "sites", SUB) is None          # nothing went live anywhere
