"""Claiming a name and holding a lock across processes: one helper each, used everywhere.

A claim is a file that holds its owner, created whole or not at all (written under a temporary
name, then hard-linked into place: `link` fails if the name exists, so exactly one claimant wins
and nobody ever reads a half-written owner). A lock is a kernel `flock`: released when its process
dies, even by kill -9, so a crashed run never blocks the next one.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tapsite_pipeline.errors import TapsiteError
from tapsite_pipeline.files import temp_path


def claim_name(path: Path, owner: str) -> str:
    """Claim `path` for `owner` unless someone holds it already; returns who holds it now.

    `claim_name(p, me) == me` means the name is ours (just claimed, or claimed by us before).
    """
    path = Path(path)
    tmp = temp_path(path)
    tmp.write_text(owner, encoding="utf-8")
    try:
        os.link(tmp, path)
        return owner
    except FileExistsError:
        return path.read_text(encoding="utf-8")
    finally:
        tmp.unlink(missing_ok=True)


_held: dict[str, tuple[int, int]] = {}   # path -> (fd, depth): re-entrant within one process
_held_lock = threading.Lock()


@contextmanager
def exclusive(path: Path, busy: str) -> Iterator[None]:
    """Hold the lock file `path` for the block, or raise TapsiteError(busy) if another process holds it.

    Re-entrant within a process, so a command can hold a lock around work whose inner steps take it too.
    """
    key = str(Path(path).resolve())
    with _held_lock:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise TapsiteError(busy) from None
            _held[key] = (fd, 1)
    try:
        yield
    finally:
        with _held_lock:
            fd, depth = _held[key]
            if depth > 1:
                _held[key] = (fd, depth - 1)
            else:
                del _held[key]
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
