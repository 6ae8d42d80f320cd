"""The whole flow through the real `tapsite` command against a real DuckDB in a temporary home."""

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pytest

pytestmark = pytest.mark.integration

TAPSITE = [sys.executable, "-m", "tapsite_pipeline.cli"]


def run(*args, home: Path, check=True):
    p = subprocess.run([*TAPSITE, *args, "--home", str(home)], capture_output=True, text=True, timeout=120)
    if check:
        assert p.returncode == 0, p.stderr
    return p


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.scripts = [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_generate_json_deploys_a_page_and_records_it(tmp_path):
    brief = "Saya mau jualan kue kering nastar, nama tokonya Toko Ani, warna pink. Pesan via WA 0812 3456 7890"
    out = json.loads(run("generate", brief, "--json", home=tmp_path).stdout)
    assert out["intent"]["brand_name"] == "Toko Ani"
    assert out["intent"]["business_type"] == "food_and_beverage" and out["intent"]["language"] == "id"
    assert "pink" in out["intent"]["color_preference"]
    assert set(out["timings_ms"]) == {"intent", "design", "content", "images", "site", "deployment"}
    assert out["subdomain"] == "toko-ani" and out["url"].endswith("/toko-ani/")
    page = Path(out["site_path"])
    assert page.is_absolute() and page.is_file()
    html = page.read_text()
    assert 'lang="id"' in html or "lang=id" in html
    assert "wa.me/6281234567890" in html
    assert "Toko Ani" in html
    assert sum(f.stat().st_size for f in page.parent.iterdir() if f.name != "manifest.json") <= 60_000
    con = duckdb.connect(str(tmp_path / "tapsite.duckdb"), read_only=True)
    site = con.execute("SELECT brand_name, template_id, subdomain, status FROM websites").fetchall()
    assert site == [("Toko Ani", out["design"]["template_id"], "toko-ani", "deployed")]
    stages = {r[0] for r in con.execute("SELECT DISTINCT stage FROM ai_generation_logs WHERE success").fetchall()}
    assert {"intent", "content", "images"} <= stages
    assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM templates").fetchone()[0] >= 16
    con.close()


def test_same_brief_twice_is_one_site_and_one_version(tmp_path):
    brief = "Kopi Senja coffee shop di Jogja, jual kopi susu dan croissant"
    a = json.loads(run("generate", brief, "--json", home=tmp_path).stdout)
    b = json.loads(run("generate", brief, "--json", home=tmp_path).stdout)
    assert (a["site_id"], a["subdomain"], a["version"]) == (b["site_id"], b["subdomain"], b["version"])
    con = duckdb.connect(str(tmp_path / "tapsite.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM websites").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM deployments").fetchone()[0] == 1
    con.close()


def test_brief_text_never_becomes_markup(tmp_path):
    brief = ('Nama toko saya "<script>alert(1)</script>" jual {{ 7*7 }} kue <img src=x onerror=alert(2)> '
             'dan </script><b>roti</b> {% raw %}')
    out = json.loads(run("generate", brief, "--json", home=tmp_path).stdout)
    html = Path(out["site_path"]).read_text()
    p = Tags()
    p.feed(html)
    assert [a.get("type") for t, a in p.tags if t == "script"] in ([], ["application/ld+json"])
    assert not any(a.get("onerror") for _, a in p.tags)
    assert not any(t == "b" for t, _ in p.tags)
    assert "49" not in re.sub(r"(?:#|%23)[0-9a-f]{6}", "", html).replace("4.9", "")  # colours may hold "49"
    for script in p.scripts:
        json.loads(script)  # the ld+json block still parses: nothing closed it early


@pytest.mark.parametrize("brief, needle", [
    ("", "empty"), ("   ", "empty"), ("🎂🎂🎂", "no words"), ("a" * 2500, "limit"), ("halo", "too short"),
])
def test_bad_input_is_one_line_and_nonzero(tmp_path, brief, needle):
    p = run("generate", brief, home=tmp_path, check=False)
    assert p.returncode == 2
    assert needle in p.stderr and "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_bad_flag_value_is_refused_cleanly(tmp_path):
    p = run("generate", "Toko Ani jual nastar di Bandung", "--whatsapp", "12", home=tmp_path, check=False)
    assert p.returncode == 2 and "phone" in p.stderr and "Traceback" not in p.stderr


def test_rollback_through_the_cli_explains_what_is_missing(tmp_path):
    a = json.loads(run("generate", "Butik Sari jual gamis dan hijab di Medan", "--json", home=tmp_path).stdout)
    p = run("rollback", a["subdomain"], home=tmp_path, check=False)
    assert p.returncode == 2 and "no earlier version" in p.stderr
    p = run("rollback", "nope", home=tmp_path, check=False)
    assert p.returncode == 2 and "no deployed site" in p.stderr
    for bad in ("../../elsewhere/evil", "/etc"):
        p = run("rollback", bad, home=tmp_path, check=False)
        assert p.returncode == 2 and "not a site name" in p.stderr and len(p.stderr.strip().splitlines()) == 1
    p = run("rollback", a["subdomain"], "--to", "../x", home=tmp_path, check=False)
    assert p.returncode == 2 and "not a version" in p.stderr


def test_serve_on_a_busy_port_is_one_line_and_exit_2(tmp_path):
    import socket
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        p = run("serve", "--port", str(busy.getsockname()[1]), home=tmp_path, check=False)
    assert p.returncode == 2 and "already in use" in p.stderr and len(p.stderr.strip().splitlines()) == 1


def test_prohibited_business_is_refused_with_exit_2_and_nothing_deployed(tmp_path):
    p = run("generate", "jual narkoba dan senjata api ilegal, nama toko Gelap", home=tmp_path, check=False)
    assert p.returncode == 2 and "refused by the content policy" in p.stderr
    assert len(p.stderr.strip().splitlines()) == 1 and "Traceback" not in p.stderr
    assert not (tmp_path / "sites").exists() or not any((tmp_path / "sites").iterdir())
    con = duckdb.connect(str(tmp_path / "tapsite.duckdb"), read_only=True)
    assert con.execute("SELECT source, action FROM policy_refusals").fetchall() == [("generate", "refused")]
    con.close()


def test_brand_flag_with_bidi_override_and_escape_is_cleaned(tmp_path):
    out = json.loads(run("generate", "Toko kue jual nastar dan kastengel di Bandung", "--brand",
                         "Ani\u202e Cake\x1b[31m", "--json", home=tmp_path).stdout)
    html = Path(out["site_path"]).read_text()
    assert "\u202e" not in html and "\x1b" not in html and out["intent"]["brand_name"] == "Ani Cake[31m"
