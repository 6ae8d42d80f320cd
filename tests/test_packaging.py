"""`pip install .` into a fresh venv outside the checkout: generate and demo work from the installed package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.integration


def test_installed_package_generates_and_demos_outside_the_checkout(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    env = {**os.environ, "UV_COMPILE_BYTECODE": "0"}
    subprocess.run([sys.executable, "-m", "uv", "pip", "install", "-q", "--python", str(venv / "bin" / "python"),
                    str(REPO)], check=True, env=env, cwd=tmp_path)
    work = tmp_path / "elsewhere"
    work.mkdir()
    tapsite = str(venv / "bin" / "tapsite")
    out = subprocess.run([tapsite, "generate", "Kopi Senja jual kopi susu di Jogja, WA 081234567890", "--json",
                          "--home", str(work / "h")], cwd=work, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    site = json.loads(out.stdout)
    assert Path(site["site_path"]).is_file() and site["intent"]["brand_name"] == "Kopi Senja"
    # the hero is the coffee drawing, read from the illustration library inside the installed package
    [hero] = [f for f in Path(site["site_path"]).parent.iterdir() if f.suffix == ".svg"]
    assert hero.read_text().startswith("<svg") and "{{" not in hero.read_text()
    # the installed code answered, not the checkout's
    where = subprocess.run([str(venv / "bin" / "python"), "-c", "import tapsite_pipeline; print(tapsite_pipeline.__file__)"],
                           cwd=work, capture_output=True, text=True, check=True).stdout
    assert str(REPO) not in where
    demo = subprocess.run([tapsite, "demo", "--home", str(work / "h")], cwd=work, capture_output=True, text=True,
                          timeout=600)
    assert demo.returncode == 0, demo.stderr
    n = len([ln for ln in (REPO / "datasets" / "sample_briefs.txt").read_text().splitlines() if ln.strip()])
    assert f"{n} sites deployed" in demo.stdout
