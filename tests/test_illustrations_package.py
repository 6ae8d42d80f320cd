"""The illustration library ships inside the package: a wheel built from the checkout carries every drawing,
and the library loads from that wheel alone (importlib.resources), run from outside the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_the_library_and_loads_it_outside_the_checkout(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = tmp_path.glob("tapsite_pipeline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    index = yaml.safe_load((ROOT / "assets" / "illustrations" / "index.yaml").read_text(encoding="utf-8"))
    prefix = "tapsite_pipeline/data/assets/"
    expected = {f"{prefix}illustrations/{e['file']}" for e in index["niches"].values()}
    assert expected | {f"{prefix}illustrations/index.yaml", f"{prefix}LICENSE.md"} <= names

    # the wheel first on the path, run from an empty folder: nothing can come from the checkout
    code = ("import json, tapsite_pipeline as t, tapsite_pipeline.illustrations as il;"
            "lib = il.load_library(); ill = il.choose(None, 'retail', 'petshop kucing');"
            "print(json.dumps([t.__file__, str(il.library_root()), len(lib.niches), ill.key]))")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                         env={"PYTHONPATH": str(wheel), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    module, root, count, key = json.loads(run.stdout)
    assert module.startswith(str(wheel)) and root.startswith(str(wheel))
    assert count == len(index["niches"]) and key == "pet_shop"
