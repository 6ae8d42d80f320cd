"""The owner's photos through the real command: `tapsite generate --photo` (a process, exit codes and one-line
errors) and a campaign CSV's `photo` column through Dagster (paths relative to the CSV's folder)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image
from sklearn.datasets import load_sample_image

from tapsite_pipeline.cli.main import cli

pytestmark = pytest.mark.integration

BRIEF = "Toko Kue Ani di Bandung jual nastar dan kastengel, warna pink, WA 081234567890"


def _tapsite(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tapsite_pipeline.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def _photos(folder: Path) -> None:
    Image.fromarray(load_sample_image("china.jpg")).save(folder / "shop.jpg", quality=90)
    Image.fromarray(load_sample_image("flower.jpg")).save(folder / "cake.png")
    Image.fromarray(load_sample_image("flower.jpg")).resize((300, 200)).save(folder / "thumb.jpg")


def test_generate_with_photos_and_a_bad_one(tmp_path):
    _photos(tmp_path)
    home = str(tmp_path / "home")
    ok = _tapsite("generate", BRIEF, "--photo", "shop.jpg", "--photo", "cake.png", "--json", "--home", home,
                  cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    live = Path(json.loads(ok.stdout)["site_path"]).parent
    html = (live / "index.html").read_text()
    shipped = sorted(p.name for p in live.glob("photo-*.webp"))
    # 640×427 photos: the hero 640 wide (3:2), the gallery tile 480 + 569 (4:3 crop); nothing wider than 640
    assert len(shipped) == 3 and all(Image.open(live / n).width <= 640 for n in shipped)
    assert "id=gallery" in html and not list(live.glob("hero-*"))

    for args, why in ((["--photo", "thumb.jpg"], "photo thumb.jpg: 300×200 px is too small"),
                      (["--photo", "nowhere.jpg"], "photo nowhere.jpg: no such file"),
                      (["--photo", "shop.jpg"] * 7, "7 photos given; the limit is 6")):
        bad = _tapsite("generate", BRIEF, *args, "--home", home, cwd=tmp_path)
        assert bad.returncode == 2 and bad.stderr.strip().splitlines() == [f"error: {bad.stderr.strip()[7:]}"]
        assert why in bad.stderr and "Traceback" not in bad.stderr

    # a refinement's photo takes the same path: checked, and never enlarged to the hero's 1440 px
    sub = json.loads(ok.stdout)["subdomain"]
    bad = _tapsite("refine", sub, "--photo", "thumb.jpg", "--home", home, cwd=tmp_path)
    assert bad.returncode == 2 and "photo" in bad.stderr and "too small" in bad.stderr
    Image.fromarray(load_sample_image("china.jpg")[:, ::-1]).save(tmp_path / "new.jpg", quality=90)   # another photo
    good = _tapsite("refine", sub, "--photo", "new.jpg", "--home", home, cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    after = (live / "index.html").read_text()
    hero_src = re.search(r"<img [^>]*fetchpriority=high[^>]*>", after).group(0)
    src = re.search(r"src=([^\s>]+)", hero_src).group(1)
    assert src not in html and (live / src).exists()   # a new hero …
    assert Image.open(live / src).size == (640, 427) and "width=640" in hero_src   # … at its own pixels
    assert "id=gallery" in after   # the brief's other photo stays in the gallery


def test_a_campaign_photo_column_is_read_from_the_csv_folder(tmp_path):
    folder = tmp_path / "march"
    (folder / "pics").mkdir(parents=True)
    _photos(folder / "pics")
    src = folder / "march.csv"
    src.write_text("id,brief,photo\n"
                   f"ani,\"{BRIEF}\",pics/shop.jpg;pics/cake.png\n"
                   "jaya,\"Bengkel Jaya Motor servis motor dan ganti oli di Bekasi, telp 081298765432\",pics/thumb.jpg\n"
                   "sparkle,\"Sparkle Laundry in Denpasar offers wash and fold, WA 081377788899\",\n",
                   encoding="utf-8")
    res = CliRunner().invoke(cli, ["campaign", "run", str(src), "--json", "--home", str(tmp_path / "home")])
    assert res.exit_code == 0, (res.output, repr(res.exception))
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["deployed"] == 2
    assert [(f["row"], "thumb.jpg" in f["reason"] and "too small" in f["reason"]) for f in summary["failed"]] == \
        [(3, True)]
    sites = {p.parent.parent.name: p.parent for p in (tmp_path / "home" / "sites").glob("*/live/index.html")}
    ani = next(v for k, v in sites.items() if "ani" in k)
    laundry = next(v for k, v in sites.items() if "sparkle" in k)
    assert len(list(ani.glob("photo-*.webp"))) == 3 and "id=gallery" in (ani / "index.html").read_text()
    assert not list(laundry.glob("photo-*")) and list(laundry.glob("hero-*.svg"))
