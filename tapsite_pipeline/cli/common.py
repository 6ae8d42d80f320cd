"""What every `tapsite` command shares: the --home and --json options, and JSON output."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import click

home_option = click.option("--home", type=click.Path(file_okay=False), default=None,
                           help="Project home (default: $TAPSITE_HOME or ./.tapsite).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")

_STARTED = [time.monotonic()]   # this module is imported as the command starts; main() moves it earlier


def started() -> float:
    """When the command started (monotonic clock): reported times are wall times from here."""
    return _STARTED[0]


def mark_process_start() -> None:
    """Count from the moment the process began, interpreter start-up and imports included (Linux /proc)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        _STARTED[0] = time.monotonic() - max(0.0, uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        pass


_DONE: list[bool] = [False]


def process_done(done: bool = True) -> None:
    """The command has written and closed everything it makes (stores committed and closed, its threads and
    child processes ended, its report printed): `main` ends the process without tearing the interpreter down."""
    _DONE[0] = done


def done_early() -> bool:
    return _DONE[0]


def emit(obj: Any) -> None:
    """One JSON document on stdout (non-ASCII kept, dates and paths as strings)."""
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))
