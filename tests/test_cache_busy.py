"""The response cache is shared by every tapsite process on a home: a moment SQLite reports the file busy
(the last connection closing, a crashed one's WAL recovered) is waited out, never a failed command."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from tapsite_pipeline.providers.cache import ResponseCache, retry_busy


class Flaky:
    def __init__(self, fails: int, message: str = "database is locked"):
        self.fails, self.message, self.calls = fails, message, 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.fails:
            raise sqlite3.OperationalError(self.message)
        return "answer"


@pytest.mark.unit
def test_busy_moments_are_retried_with_growing_pauses():
    pauses: list[float] = []
    work = Flaky(4)
    assert retry_busy(work, wait_s=5, sleep=pauses.append) == "answer"
    assert work.calls == 5 and pauses == sorted(pauses) and pauses[0] < pauses[-1] <= 0.5


@pytest.mark.unit
@pytest.mark.parametrize("message", ["no such table: answers", "disk I/O error"])
def test_other_errors_are_not_retried(message):
    work = Flaky(1, message)
    with pytest.raises(sqlite3.OperationalError, match=message):
        retry_busy(work, wait_s=5, sleep=lambda s: None)
    assert work.calls == 1


@pytest.mark.unit
def test_a_file_busy_for_longer_than_the_wait_fails_with_sqlites_message():
    work = Flaky(10**6)
    t0 = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        retry_busy(work, wait_s=0.3)
    assert 0.1 < time.monotonic() - t0 < 2 and work.calls > 2


@pytest.mark.integration
def test_many_processes_opening_writing_and_closing_together_lose_no_answer(tmp_path):
    db = tmp_path / "cache" / "llm.sqlite"
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from tapsite_pipeline.providers.cache import ResponseCache
        start, me = float(sys.argv[1]), sys.argv[2]
        while time.time() < start:
            pass
        for i in range(25):   # open, write, read, close: the WAL is removed and re-made many times
            cache = ResponseCache(Path({str(db)!r}))
            cache._run("INSERT OR REPLACE INTO answers (key, provider, output) VALUES (?, 'p', '{{}}')", (f"{{me}}-{{i}}",))
            assert cache._run("SELECT count(*) FROM answers WHERE key = ?", (f"{{me}}-{{i}}",))[0][0] == 1
            cache.close()
    """)
    start = time.time() + 2.0
    procs = [subprocess.Popen([sys.executable, "-c", code, str(start), str(n)], stderr=subprocess.PIPE, text=True)
             for n in range(12)]
    errors = [p.communicate(timeout=240)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 12, [e.strip().splitlines()[-1:] for e in errors if e.strip()]
    cache = ResponseCache(db)
    assert cache.count() == 12 * 25
    cache.close()
