"""The drop-folder sensor: a new CSV is registered as a campaign partition and requested once; the same bytes again are not."""

from __future__ import annotations

import os
import time

import pytest
from dagster import DagsterInstance, build_sensor_context

from tapsite_pipeline.campaigns.intake import load_file
from tapsite_pipeline.orchestration.resources import TapsiteResource
from tapsite_pipeline.orchestration.sensors import campaign_drop_sensor

pytestmark = pytest.mark.integration

CSV = b"brief\nToko Kue Ani jual nastar dan kastengel di Bandung warna pink\n"


def _drop(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    old = time.time() - 60  # settled: not being copied in any more
    os.utime(path, (old, old))
    return path


def _tick(instance, tapsite, cursor):
    ctx = build_sensor_context(instance=instance, cursor=cursor, resources={"tapsite": tapsite})
    result = campaign_drop_sensor(ctx)
    for req in result.dynamic_partitions_requests or []:  # what the daemon does with the result
        instance.add_dynamic_partitions(req.partitions_def_name, list(req.partition_keys))
    return result


def test_sensor_picks_up_a_file_once(tmp_path):
    home, drop = tmp_path / "home", tmp_path / "inbox"
    drop.mkdir()
    tapsite = TapsiteResource(home=str(home), drop_dir=str(drop))
    instance = DagsterInstance.ephemeral()

    first = _tick(instance, tapsite, None)
    assert not first.run_requests

    _drop(drop, "march.csv", CSV)
    second = _tick(instance, tapsite, first.cursor)
    key = "march"   # the partition is named after the file
    assert [r.partition_key for r in second.run_requests] == [key]
    assert second.run_requests[0].run_key == key
    assert instance.has_dynamic_partition("campaigns", key)
    assert load_file(home, key).source.endswith("march.csv")  # the assets find the CSV from the key alone

    third = _tick(instance, tapsite, second.cursor)
    assert not third.run_requests

    _drop(drop, "march-copy.csv", CSV)  # the same file under another name is the same campaign
    fourth = _tick(instance, tapsite, third.cursor)
    assert not fourth.run_requests

    _drop(drop, "april.csv", CSV + b"Warung Budi jualan soto ayam dan es teh di Bogor\n")
    fifth = _tick(instance, tapsite, fourth.cursor)
    assert [r.partition_key for r in fifth.run_requests] == ["april"]

    _drop(drop, "march.csv", CSV + b"Bimbel Cerdas les matematika untuk anak SD di Depok\n")
    sixth = _tick(instance, tapsite, fifth.cursor)
    assert [r.partition_key for r in sixth.run_requests] == ["march-2"]


def test_sensor_waits_for_a_file_still_being_written(tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "live.csv").write_bytes(CSV)  # modified just now
    tapsite = TapsiteResource(home=str(tmp_path / "home"), drop_dir=str(drop))
    result = _tick(DagsterInstance.ephemeral(), tapsite, None)
    assert not result.run_requests


def test_sensor_removes_a_refused_file_and_says_why(tmp_path):
    home, drop = tmp_path / "home", tmp_path / "inbox"
    drop.mkdir()
    tapsite = TapsiteResource(home=str(home), drop_dir=str(drop))
    instance = DagsterInstance.ephemeral()
    big = _drop(drop, "huge.csv", b"id,brief\n")
    with open(big, "r+b") as fh:
        fh.truncate(50_000_000)
    old = time.time() - 60
    os.utime(big, (old, old))
    _drop(drop, "no-brief.csv", b"name,text\nToko,jual kue\n")
    _drop(drop, "good.csv", CSV)
    result = _tick(instance, tapsite, None)
    assert [r.partition_key for r in result.run_requests] == ["good"]
    assert sorted(p.name for p in drop.iterdir()) == ["good.csv", "refused.log"]
    log = (drop / "refused.log").read_text()
    assert "huge.csv" in log and "50 MB" in log and "no-brief.csv" in log and "'brief' column" in log
    assert len(list((home / "campaigns").iterdir())) == 1   # only the accepted file is kept
