"""Claiming a name and holding a lock across processes: one helper each, used everywhere.

A claim is a file that holds its owner, created whole or not at all (written under a temporary
name, then hard-linked into place: `link` fails if the name exists, so exactly one claimant wins
and nobody ever reads a half-written owner). A lock is a kernel `flock`: released when its process
dies, even by kill -9, so a crashed run never blocks the next one.
"""

from __future__ import annotations

import fcntl
import os
import random
import threading
import time
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


_held: dict[tuple[str, int], tuple[int, int]] = {}   # (path, thread) -> (fd, depth): re-entrant per thread
_held_lock = threading.Lock()


def _try_flock(path: str) -> int | None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    return fd


def _acquire(path: str, busy: str, wait_s: float) -> int:
    """flock without blocking, polled with jittered backoff until `wait_s` (so the wait can end)."""
    fd = _try_flock(path)
    if fd is not None or wait_s <= 0:
        if fd is None:
            raise TapsiteError(busy)
        return fd
    deadline = time.monotonic() + wait_s
    delay = 0.005
    while fd is None:
        if time.monotonic() >= deadline:
            raise TapsiteError(busy)
        time.sleep(random.uniform(delay / 2, delay))
        delay = min(delay * 2, 0.25)
        fd = _try_flock(path)
    return fd


@contextmanager
def exclusive(path: Path, busy: str, wait_s: float = 0.0) -> Iterator[None]:
    """Hold the lock file `path` for the block. If another process (or thread) holds it, wait up to
    `wait_s` seconds, then raise TapsiteError(busy).

    Re-entrant within a thread: a command can hold a campaign's lock around steps that take it too.
    """
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    key = (str(Path(path).resolve()), threading.get_ident())
    with _held_lock:
        fd, depth = _held.get(key, (-1, 0))
    if depth == 0:
        fd = _acquire(key[0], busy, wait_s)
    with _held_lock:
        _held[key] = (fd, depth + 1)
    try:
        yield
    finally:
        with _held_lock:
            fd, depth = _held.pop(key)
            if depth > 1:
                _held[key] = (fd, depth - 1)
        if depth == 1:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
