"""`tapsite generate` / `versions` / `rollback` / `diff` through the real command: one site per business."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

TAPSITE = [sys.executable, "-m", "tapsite_pipeline.cli"]
BRIEF = "Bakso Mas Joko jual bakso urat dan mie ayam di Solo, warna {colour}"


def run(*args, home: Path, check=True):
    p = subprocess.run([*TAPSITE, *args, "--home", str(home)], capture_output=True, text=True, timeout=180)
    if check:
        assert p.returncode == 0, p.stderr
    return p


def test_versions_rollback_and_diff_from_the_cli(tmp_path):
    outs = [json.loads(run("generate", BRIEF.format(colour=c), "--json", home=tmp_path).stdout)
            for c in ("merah", "biru")]
    outs.append(json.loads(run("generate", "Bakso Fajar jual bakso urat di Solo, warna biru", "--site",
                               "bakso-mas-joko", "--json", home=tmp_path).stdout))
    assert {o["subdomain"] for o in outs} == {"bakso-mas-joko"} and [o["site_version"] for o in outs] == [1, 2, 3]
    assert sorted(p.name for p in (tmp_path / "sites").iterdir()) == ["bakso-mas-joko"]

    listed = json.loads(run("versions", "bakso-mas-joko", "--json", home=tmp_path).stdout)
    assert [v["version"] for v in listed["versions"]] == [1, 2, 3] and listed["live"] == 3
    assert [v["source"] for v in listed["versions"]] == ["generate"] * 3

    p = run("rollback", "bakso-mas-joko", "1", home=tmp_path)
    assert outs[0]["version"] in p.stdout
    assert json.loads(run("versions", "bakso-mas-joko", "--json", home=tmp_path).stdout)["live"] == 1
    live_html = (tmp_path / "sites" / "bakso-mas-joko" / "live" / "index.html").read_text()
    assert Path(outs[0]["site_path"]).read_text() == live_html  # v1's page is what is served again

    d = json.loads(run("diff", "bakso-mas-joko", "1", "2", "--json", home=tmp_path).stdout)
    assert d["intent"] == {"color_preference": [["red"], ["blue"]]} and not d["copy"]
    text = run("diff", "bakso-mas-joko", "2", "3", home=tmp_path).stdout
    assert "intent.brand_name: Bakso Mas Joko → Bakso Fajar" in text

    for args, needle in ((("rollback", "bakso-mas-joko", "9"), "no version 9"),
                         (("diff", "bakso-mas-joko", "1"), "two versions"),
                         (("versions", "nope"), "no site 'nope'")):
        p = run(*args, home=tmp_path, check=False)
        assert p.returncode == 2 and needle in p.stderr and "Traceback" not in p.stderr


@pytest.mark.browser
def test_diff_screenshot_puts_both_versions_side_by_side(tmp_path):
    for c in ("merah", "biru"):
        run("generate", BRIEF.format(colour=c), home=tmp_path)
    out = tmp_path / "d.png"
    d = json.loads(run("diff", "bakso-mas-joko", "--screenshot", str(out), "--json", home=tmp_path).stdout)
    assert d["screenshot"] == str(out)
    data = out.read_bytes()
    width, height = struct.unpack(">II", data[16:24])
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and width == 2 * 412 + 24 and height > 1500
    from PIL import Image
    im = Image.open(out).convert("RGB")
    # the two halves differ where the palette does (red vs blue header button), not pixel-identical copies
    left, right = im.crop((0, 36, 412, 200)), im.crop((436, 36, 848, 200))
    assert left.tobytes() != right.tobytes()
