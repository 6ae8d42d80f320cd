"""Writing files so that a reader, a second writer or a kill never sees half of one.

One convention for every temporary name: `.<final name>.<pid>-<thread id>.tmp`, beside the final
path (same filesystem, so `os.replace` is atomic). The sweeper reads the pid back out of the name
and only removes temporaries whose process is gone: a live writer's file is never deleted.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

_TMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)-(?P<tid>\d+)\.tmp$")


def temp_path(path: Path) -> Path:
    """The temporary sibling of `path` this process and thread write before the switch."""
    return path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")


def owner_pid(path: Path) -> int | None:
    """The process that is writing this temporary, or None if the name is not one of ours."""
    m = _TMP.match(path.name)
    return int(m.group("pid")) if m else None


def atomic_write(path: Path, data: bytes | str, encoding: str = "utf-8") -> None:
    """Write `data` to `path` whole or not at all."""
    raw = data.encode(encoding) if isinstance(data, str) else data
    atomic_write_with(path, lambda tmp: tmp.write_bytes(raw))


def atomic_write_with(path: Path, write: Callable[[Path], object]) -> None:
    """Let `write(tmp)` produce the file (e.g. Pillow's save), then switch it into place."""
    path = Path(path)
    tmp = temp_path(path)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_dir(path: Path) -> Iterator[Path]:
    """Build a folder under a temporary name; on success it replaces `path` whole (old one removed)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path(path)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        yield tmp
        old = None
        if path.exists():
            old = temp_path(path.with_name(path.name + "-old"))
            os.rename(path, old)
        os.rename(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def atomic_symlink(link: Path, target: str | Path) -> None:
    """Point `link` at `target` in one step: readers see the old target or the new one, never none."""
    tmp = temp_path(link)
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(target, tmp)
    os.replace(tmp, link)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(folder: Path, patterns: Sequence[str] = (".*.tmp",)) -> int:
    """Remove temporaries (files or folders) left by killed writers; returns how many went.

    Only names of this module's convention are touched, and only when their process is gone.
    """
    n = 0
    folder = Path(folder)
    for pattern in patterns:
        for p in folder.glob(pattern):
            pid = owner_pid(p)
            if pid is None or pid_alive(pid):
                continue
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            n += 1
    return n
