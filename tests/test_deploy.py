import json
import os
import shutil
import urllib.request
from pathlib import Path

import pytest

from tapsite_pipeline.errors import DeployError, InputError
from tapsite_pipeline.models import Site, SiteFile
from tapsite_pipeline.serving.app import bind, build_app, running
from tapsite_pipeline.stages.deployment import claim_subdomain, deploy_site, live_version, rollback, slugify


def build(tmp: Path, html: str) -> Site:
    d = tmp / f"build-{len(list(tmp.glob('build-*')))}"
    d.mkdir()
    (d / "index.html").write_text(html)
    (d / "hero-abc.webp").write_bytes(b"RIFF....WEBP")
    import hashlib
    files = [SiteFile(path=p.name, bytes=p.stat().st_size, sha256=hashlib.sha256(p.read_bytes()).hexdigest(),
                      content_type="text/html; charset=utf-8" if p.suffix == ".html" else "image/webp")
             for p in sorted(d.iterdir())]
    return Site(site_id="s1", brand_name="Toko Ani", build_dir=str(d), files=files,
                html_bytes=files[1].bytes if files[1].path == "index.html" else files[0].bytes,
                total_bytes=sum(f.bytes for f in files))


@pytest.mark.parametrize("name, slug", [("Toko Ani", "toko-ani"), ("Sari & Co.", "sari-and-co"),
                                        ("Kedai Kopi Ñandú", "kedai-kopi-nandu"), ("🎂", "site"),
                                        ("<script>", "script")])
def test_slugs_are_safe(name, slug):
    assert slugify(name) == slug


def test_subdomains_are_unique_per_owner(tmp_path):
    assert claim_subdomain(tmp_path, "Toko Ani", "site-1") == "toko-ani"
    assert claim_subdomain(tmp_path, "Toko Ani", "site-2") == "toko-ani-2"
    assert claim_subdomain(tmp_path, "Toko Ani", "site-1") == "toko-ani"
    assert claim_subdomain(tmp_path, "www", "x") == "www-site"


def test_versions_switch_atomically_and_roll_back(tmp_path):
    root = tmp_path / "sites"
    sub = claim_subdomain(root, "Toko Ani", "s1")
    d1 = deploy_site(build(tmp_path, "<p>one</p>"), root, sub, "http://x/")
    d2 = deploy_site(build(tmp_path, "<p>two</p>"), root, sub, "http://x/")
    assert d1.version != d2.version and d2.previous_version == d1.version
    live = root / sub / "live"
    assert live.is_symlink() and (live / "index.html").read_text() == "<p>two</p>"
    again = deploy_site(build(tmp_path, "<p>two</p>"), root, sub, "http://x/")
    assert again.version == d2.version and again.previous_version is None
    manifest = json.loads(Path(d2.manifest_path).read_text())
    by_path = {f["path"]: f for f in manifest["files"]}
    assert by_path["index.html"]["cache_control"].startswith("public, max-age=0")
    assert "immutable" in by_path["hero-abc.webp"]["cache_control"]
    assert by_path["hero-abc.webp"]["content_type"] == "image/webp" and len(by_path["index.html"]["sha256"]) == 64
    back = rollback(root, sub, "http://x/")
    assert back.version == d1.version and live_version(root, sub) == d1.version
    assert (live / "index.html").read_text() == "<p>one</p>"
    with pytest.raises(DeployError, match="no earlier version"):
        rollback(root, sub, "http://x/")
    assert not [p for p in (root / sub).rglob("*.tmp")]


@pytest.mark.integration
def test_preview_server_serves_live_version_with_manifest_headers(tmp_path):
    root = tmp_path / "sites"
    sub = claim_subdomain(root, "Toko Ani", "s1")
    deploy_site(build(tmp_path, "<p>hello</p>"), root, sub, "http://x/")
    with running(build_app(root, tmp_path / "t.duckdb")) as base:   # the `tapsite serve` app
        port = base.rsplit(":", 1)[1]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{sub}/") as r:
            assert r.read() == b"<p>hello</p>"
            assert r.headers["Content-Type"].startswith("text/html")
            assert "max-age=0" in r.headers["Cache-Control"]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/{sub}/hero-abc.webp") as r:
            assert r.headers["Content-Type"] == "image/webp" and "immutable" in r.headers["Cache-Control"]
        (root / "gone").mkdir()   # a live link whose version folder is gone for good: not found, not "busy"
        (root / "gone" / "live").symlink_to(root / "gone" / "versions" / "missing", target_is_directory=True)
        for bad in (f"/{sub}/../owner", f"/{sub}/%2e%2e/owner", "/nope/", "/gone/"):
            with pytest.raises(urllib.error.HTTPError) as e:
                urllib.request.urlopen(f"http://127.0.0.1:{port}{bad}")
            assert e.value.code == 404


@pytest.mark.integration
def test_requests_during_live_switches_and_a_rebuilt_live_folder_all_get_a_whole_version(tmp_path):
    """A deploy may rebuild the folder `live` points at (a damaged version is replaced whole: two renames);
    a request reading meanwhile starts again from the live version instead of failing with a 500."""
    import threading
    root = tmp_path / "sites"
    sub = claim_subdomain(root, "Toko Ani", "s1")
    sites = [build(tmp_path, "<p>one</p>"), build(tmp_path, "<p>two</p>")]
    for s in sites:
        deploy_site(s, root, sub, "http://x/")
    done = threading.Event()

    def churn():
        i = 0
        while not done.is_set():
            d = deploy_site(sites[i % 2], root, sub, "http://x/")            # switch live
            (root / sub / "versions" / d.version / "manifest.json").unlink()  # damage the live version,
            deploy_site(sites[i % 2], root, sub, "http://x/")                # so this rebuilds it in place
            i += 1

    codes, bodies = [], set()
    with running(build_app(root, tmp_path / "t.duckdb")) as base:
        worker = threading.Thread(target=churn, daemon=True)
        worker.start()
        try:
            for _ in range(150):
                for path in (f"/{sub}/", f"/{sub}/hero-abc.webp"):
                    try:
                        with urllib.request.urlopen(base + path) as r:
                            codes.append(r.status)
                            if path.endswith("/"):
                                bodies.add(r.read())
                    except urllib.error.HTTPError as e:
                        codes.append(e.code)
        finally:
            done.set()
            worker.join(10)
    assert set(codes) == {200} and bodies <= {b"<p>one</p>", b"<p>two</p>"}, sorted(set(codes))


def _three_versions(tmp_path):
    root = tmp_path / "sites"
    sub = claim_subdomain(root, "Toko Ani", "s1")
    deps = [deploy_site(build(tmp_path, f"<p>{n}</p>"), root, sub, "http://x/") for n in ("one", "two", "three")]
    return root, sub, [d.version for d in deps]


@pytest.mark.parametrize("damage, reason", [
    (lambda v: shutil.rmtree(v), "folder is missing"),
    (lambda v: (v / "manifest.json").unlink(), "manifest is missing"),
    (lambda v: (v / "hero-abc.webp").unlink(), "hero-abc.webp is missing"),
    (lambda v: (v / "index.html").write_text("<p>tampered</p>"), "does not match its hash"),
])
def test_rollback_refuses_a_missing_or_incomplete_version_and_live_stays(tmp_path, damage, reason):
    root, sub, (v1, v2, v3) = _three_versions(tmp_path)
    damage(root / sub / "versions" / v2)
    with pytest.raises(DeployError, match=reason) as e:
        rollback(root, sub, "http://x/")
    assert f"{v3} stays live" in str(e.value) and v1 in str(e.value) and "--to" in str(e.value)
    assert live_version(root, sub) == v3 and (root / sub / "live" / "index.html").read_text() == "<p>three</p>"
    back = rollback(root, sub, "http://x/", to=v1)  # an explicit, complete version is fine
    assert back.version == v1 and (root / sub / "live" / "index.html").read_text() == "<p>one</p>"


def test_rollback_stays_inside_the_deploy_folder(tmp_path):
    root, sub, versions = _three_versions(tmp_path)
    outside = tmp_path / "elsewhere" / "evil"
    (outside / "versions" / "aaaaaaaaaaaa").mkdir(parents=True)
    for name in ("../elsewhere/evil", "../../x", "/etc", "Toko Ani", "toko-ani/../x", "", "a" * 64):
        with pytest.raises(InputError, match="not a site name"):
            rollback(root, name, "http://x/")
    for version in ("../../../elsewhere/evil/versions/aaaaaaaaaaaa", "live", "ABCDEF123456"):
        with pytest.raises(InputError, match="not a version"):
            rollback(root, sub, "http://x/", to=version)
    # a history poisoned with a path, and a subdomain folder that is a link out of the root
    (root / sub / "history.json").write_text(json.dumps([versions[0], "../../../elsewhere/evil", versions[2]]))
    assert rollback(root, sub, "http://x/").version == versions[0]
    (root / "linked").symlink_to(outside, target_is_directory=True)
    with pytest.raises(DeployError, match="not a folder of the deploy root"):
        rollback(root, "linked", "http://x/")
    assert os.readlink(root / sub / "live") == f"versions/{versions[0]}"
    assert not (outside / "live").exists()


def test_a_damaged_version_is_rebuilt_before_it_goes_live_again(tmp_path):
    root, sub, (v1, v2, v3) = _three_versions(tmp_path)
    (root / sub / "versions" / v1 / "index.html").unlink()
    again = deploy_site(build(tmp_path, "<p>one</p>"), root, sub, "http://x/")
    assert again.version == v1 and (root / sub / "live" / "index.html").read_text() == "<p>one</p>"


@pytest.mark.integration
def test_preview_server_sends_the_pages_csp_as_a_header(tmp_path):
    from tapsite_pipeline.serving.static import pages_csp
    root = tmp_path / "sites"
    sub = claim_subdomain(root, "Toko Ani", "s1")
    page = ('<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            'img-src \'self\'"><p>hi</p>')
    deploy_site(build(tmp_path, page), root, sub, "http://x/")
    with running(build_app(root, tmp_path / "t.duckdb")) as base:
        with urllib.request.urlopen(f"{base}/{sub}/") as r:   # the page's own, and no framing
            assert r.headers["Content-Security-Policy"] == "default-src 'none'; img-src 'self'; frame-ancestors 'none'"
        with urllib.request.urlopen(f"{base}/") as r:
            assert r.headers["Content-Security-Policy"] == pages_csp()
    assert "default-src 'none'" in pages_csp() and "script-src" not in pages_csp()
    assert "form-action 'none'" in pages_csp() and "{{" not in pages_csp()


def test_a_busy_port_is_a_one_line_error(tmp_path):
    from tapsite_pipeline.errors import TapsiteError
    first = bind("127.0.0.1", 0)
    try:
        with pytest.raises(TapsiteError, match=r"port \d+ on 127.0.0.1 is already in use.*--port"):
            bind("127.0.0.1", first.getsockname()[1])
    finally:
        first.close()
