"""Campaigns keep identity: re-running an edited CSV makes new versions of the changed rows' sites only (on both
operational stores: DuckDB, and PostgreSQL started by the test)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tapsite_pipeline import operational
from tapsite_pipeline.orchestration.run import run_campaign

pytestmark = pytest.mark.integration

ROWS = [
    ("a1", "Toko Kue Ani jual nastar dan kastengel di Bandung, warna pink"),
    ("a2", "Warung Budi jualan soto ayam dan es teh di Bogor"),
    ("a3", "Bimbel Cerdas les matematika dan fisika untuk anak SD di Depok"),
    ("", "Kopi Senja coffee shop di Jogja, jual kopi susu dan croissant"),
    ("", "Butik Sari jual gamis dan hijab di Medan, warna hijau"),
    ("", "Bengkel Jaya servis motor dan ganti oli di Malang"),
]


def _write(path: Path, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "brief"])
        w.writerows(rows)


def _live(home: Path) -> dict[str, str]:
    root = home / "sites"
    return {p.name: (p / "live").readlink().name for p in root.iterdir() if (p / "live").is_symlink()}


def _versions(home: Path) -> list[tuple[str, int, str]]:
    with operational.connect(home / "tapsite.duckdb", read_only=True) as con:
        return con.execute("SELECT subdomain, version, source FROM site_versions ORDER BY subdomain, version"
                           ).fetchall()


def test_an_edited_named_campaign_updates_only_the_changed_row(tmp_path, store_backend):
    home, src = tmp_path / "home", tmp_path / "shops.csv"
    _write(src, ROWS)
    first = run_campaign(src, name="spring", home=home)
    assert first["deployed"] == len(ROWS) and first["run_succeeded"], first
    live, versions = _live(home), _versions(home)
    assert len(live) == len(ROWS) and {v for _, v, _ in versions} == {1}
    assert {s for _, _, s in versions} == {"campaign"}

    edited = list(ROWS)
    edited[0] = ("a1", ROWS[0][1].replace("pink", "biru"))
    _write(src, edited)
    second = run_campaign(src, name="spring", home=home)
    assert second["deployed"] == len(ROWS) and second["run_succeeded"], second
    after = _live(home)
    assert set(after) == set(live)                                  # no second public site
    changed = [sub for sub in live if after[sub] != live[sub]]
    assert changed == ["toko-kue-ani"]                              # only the edited row went live again
    assert len(_versions(home)) == len(versions) + 1
    assert ("toko-kue-ani", 2, "campaign") in _versions(home)
    history = json.loads((home / "sites" / "warung-budi" / "history.json").read_text())
    assert len(history) == 1                                        # untouched rows were left alone


def test_an_edited_file_without_a_name_keeps_sites_and_refuses_a_duplicate(tmp_path, store_backend):
    home, src = tmp_path / "home", tmp_path / "shops.csv"
    _write(src, ROWS)
    first = run_campaign(src, home=home)
    live = _live(home)
    assert first["deployed"] == len(ROWS) and len(live) == len(ROWS)

    edited = list(ROWS)
    edited[3] = ("", ROWS[3][1] + ", pesan via WA 081234567890")     # an id-less row gains a number
    edited.append(("", "Kopi Senja jual kopi susu gula aren di Jogja"))  # the same business again
    _write(src, edited)
    second = run_campaign(src, home=home)
    assert second["campaign"] != first["campaign"]                  # another file, another campaign key...
    assert [f["row"] for f in second["failed"]] == [len(edited) + 1]
    assert "the same business as row 5" in second["failed"][0]["reason"]
    after = _live(home)
    assert set(after) == set(live)                                  # ...but the same sites
    assert [sub for sub in live if after[sub] != live[sub]] == ["kopi-senja"]
    assert len(_versions(home)) == len(ROWS) + 1
    assert second["deployed"] == len(ROWS) and second["run_succeeded"], second
