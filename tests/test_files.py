"""The one atomic-write helper: readers never see half a file, and the sweeper never deletes a live write."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tapsite_pipeline.files import atomic_dir, atomic_symlink, atomic_write, owner_pid, sweep, temp_path

WRITER = r"""
import sys, time
from pathlib import Path

import pytest
from tapsite_pipeline.files import temp_path
target = Path(sys.argv[1])
tmp = temp_path(target)
with open(tmp, "wb") as fh:          # a slow writer, mid-write
    fh.write(b"x" * 1000)
    fh.flush()
    print(tmp, flush=True)
    time.sleep(60)
"""


@pytest.mark.integration   # a writer in another process
def test_sweep_keeps_a_live_writers_temp_and_removes_it_once_the_writer_is_dead(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / "hero.webp")], stdout=subprocess.PIPE,
                            text=True)
    try:
        tmp = Path(proc.stdout.readline().strip())
        assert tmp.exists() and owner_pid(tmp) == proc.pid
        assert sweep(tmp_path) == 0 and tmp.exists()      # the writer is alive: its file stays
    finally:
        proc.kill()
        proc.wait()
    assert sweep(tmp_path) == 1 and not tmp.exists()       # the writer is gone: its leftover goes


def test_threads_of_this_process_are_never_swept(tmp_path):
    names = []
    together = threading.Barrier(4)  # alive at once: thread ids are unique only among live threads

    def write():
        together.wait()
        t = temp_path(tmp_path / "a.bin")
        t.write_bytes(b"1")
        names.append(t)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(names)) == 4                            # one temp name per thread
    assert sweep(tmp_path) == 0 and all(n.exists() for n in names)


def test_concurrent_writers_leave_one_whole_file_and_no_temporaries(tmp_path):
    target = tmp_path / "manifest.json"
    payloads = [bytes([65 + i]) * 200_000 for i in range(8)]
    stop = threading.Event()
    seen: set[bytes] = set()

    def reader():
        while not stop.is_set():
            if target.exists():
                data = target.read_bytes()
                seen.add(data[:1] * len(data) if data == data[:1] * len(data) else b"TORN")

    r = threading.Thread(target=reader)
    r.start()
    ws = [threading.Thread(target=lambda p=p: [atomic_write(target, p) for _ in range(20)]) for p in payloads]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    stop.set()
    r.join()
    assert b"TORN" not in seen
    assert target.read_bytes() in payloads
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.json"]


def test_atomic_dir_replaces_whole_and_a_failure_leaves_the_old_one(tmp_path):
    out = tmp_path / "site"
    with atomic_dir(out) as d:
        (d / "index.html").write_text("v1")
    try:
        with atomic_dir(out) as d:
            (d / "index.html").write_text("half")
            raise RuntimeError("killed mid-build")
    except RuntimeError:
        pass
    assert (out / "index.html").read_text() == "v1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_atomic_symlink_switches_in_one_step(tmp_path):
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    atomic_symlink(tmp_path / "live", "v1")
    atomic_symlink(tmp_path / "live", "v2")
    assert os.readlink(tmp_path / "live") == "v2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["live", "v1", "v2"]


def test_foreign_names_are_left_alone(tmp_path):
    (tmp_path / ".notes.tmp").write_text("someone else's")
    (tmp_path / ".x.99999999-1.tmp").write_text("ours, dead")
    assert sweep(tmp_path) == 1
    assert (tmp_path / ".notes.tmp").exists()
