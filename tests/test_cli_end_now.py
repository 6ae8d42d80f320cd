"""A command that says it is done ends its process without the interpreter's teardown: its output and the exit
hooks still come out, and a process with something else still running takes the ordinary exit."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parent.parent


def test_output_and_exit_hooks_come_out_and_the_exit_code_is_zero():
    script = ("import atexit, sys\n"
              "from tapsite_pipeline.cli.main import end_now\n"
              "atexit.register(lambda: print('hook ran'))\n"
              "print('report', end=' ')\n"
              "print('to stderr', file=sys.stderr, end='')\n"
              "end_now()\n"
              "print('not reached')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0
    assert done.stdout == "report hook ran\n"
    assert done.stderr == "to stderr"


def test_another_running_thread_gets_the_ordinary_exit():
    from tapsite_pipeline.cli.main import end_now
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        end_now()   # returns: the thread is still running
    finally:
        release.set()
        worker.join()
    assert not worker.is_alive()
