"""Progress counted in sites, on stderr: a bar on a terminal, one plain line every N sites otherwise
(a log file or CI output gets lines it can show, not a bar that redraws or nothing at all)."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

import click


class SiteProgress:
    def __init__(self, total: int, label: str, every: int = 10, stream: TextIO | None = None,
                 tty: bool | None = None):
        self.total, self.label, self.every = total, label, max(1, every)
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.done = self.failed = self._shown = self._line_at = 0
        self.note = ""
        self._t0 = time.monotonic()
        self._lock = threading.Lock()
        self._bar = None
        if self.tty and total:
            self._bar = click.progressbar(length=total, label=label, file=self.stream, show_pos=True,
                                          item_show_func=lambda s: s)
            self._bar.__enter__()
        else:
            self._echo(f"{label}: 0/{total} sites")

    def _echo(self, text: str) -> None:
        click.echo(text, file=self.stream)
        self.stream.flush()

    def _suffix(self) -> str:
        parts = [f"{self.failed} failed"] if self.failed else []
        return " · ".join(parts + ([self.note] if self.note else []))

    def update(self, done: int, failed: int = 0, note: str | None = None) -> None:
        """`done` sites finished so far (failures included), `failed` of them failed; never goes back."""
        with self._lock:
            self.done, self.failed = max(self.done, done), max(self.failed, failed)
            if note is not None:
                self.note = note
            if self._bar is not None:
                self._bar.update(self.done - self._shown, current_item=self._suffix() or None)
                self._shown = self.done
            elif self.done >= self._line_at + self.every or (self.done == self.total and self._line_at < self.total):
                self._line_at = self.done
                suffix = self._suffix()
                self._echo(f"{self.label}: {self.done}/{self.total} sites" + (f" ({suffix})" if suffix else "")
                           + f" · {time.monotonic() - self._t0:.0f} s")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None
