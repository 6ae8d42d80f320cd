"""The pages eval's task is made before the case workers fork, and each worker inherits it: every process must
make its pages in a home of its own (its own store, sites and cache files), or two workers write one DuckDB
file at once ('database is locked')."""

from __future__ import annotations

import multiprocessing as mp
import os
from pathlib import Path

import pytest

from tapsite_pipeline.evals.pages import PageTask
from tapsite_pipeline.pipeline import Runtime

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="the eval forks its workers")


def _report(task: PageTask, out) -> None:
    out.put((os.getpid(), str(task.rt.settings.db_path), str(task.rt.settings.deploy_root)))


def test_forked_page_workers_each_get_a_store_and_sites_of_their_own(tmp_path):
    task = PageTask(Runtime.local(tmp_path / "home").llm)
    parent = (str(task.rt.settings.db_path), str(task.rt.settings.deploy_root))  # case 0 runs before the fork
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_report, args=(task, out)) for _ in range(2)]
    for p in procs:
        p.start()
    got = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(60)
    assert sorted(pid for pid, _, _ in got) == sorted(p.pid for p in procs)
    stores = {parent[0], *(db for _, db, _ in got)}
    sites = {parent[1], *(sites for _, _, sites in got)}
    assert len(stores) == 3 and len(sites) == 3  # the parent and the two workers: three homes
    root = Path(task._scratch.name)
    assert all(root in Path(db).parents for db in stores)  # all inside the task's scratch folder, deleted with it
    assert task.rt.settings.db_path == Path(parent[0])  # the parent keeps its own
