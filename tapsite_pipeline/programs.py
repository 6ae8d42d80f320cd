"""Regex programs kept between processes, as Python keeps compiled bytecode: what fastre.py derives from a
pattern (its regrouped engine program, its case-sensitive twin, its atoms) is read from a file instead of
being derived again in every process that loads the parser's few hundred patterns.

The file is keyed by the interpreter (its version and the regex engine's MAGIC number, which the programs are
tied to), and each entry by the pattern's own text and flags: a changed pattern is simply a new entry. New
entries are written when the process exits, atomically (a temporary file renamed over the old one); a process
that cannot read or write the file derives its patterns as before. The engine checks every program it is given
(`_sre.compile` rejects invalid code), and an entry that fails is derived again.

TAPSITE_PATTERN_CACHE names another file, or turns the store off ("off").
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import contextlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ENV = "TAPSITE_PATTERN_CACHE"
MISSING = object()
MAX_ENTRIES = 4000   # past this (old patterns pile up as the rules change), only the entries used are kept

_entries: dict[tuple[Any, ...], Any] | None = None
_used: set[tuple[Any, ...]] = set()
_dirty = False


def path() -> Path | None:
    """Where the programs are kept, or None when the store is off."""
    chosen = os.environ.get(ENV, "")
    if chosen.lower() in ("off", "0", "false", "no"):
        return None
    if chosen:
        return Path(chosen)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "tapsite" / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"


def _load() -> dict[tuple[Any, ...], Any]:
    global _entries
    if _entries is None:
        _entries = {}
        where = path()
        if where is not None:
            with contextlib.suppress(Exception):  # absent, unreadable or not ours: start empty
                data = marshal.loads(where.read_bytes())
                if isinstance(data, dict):
                    _entries = data
    return _entries


def get(key: tuple[Any, ...], default: Any = MISSING) -> Any:
    found = _load().get(key, default)
    if found is not default:
        _used.add(key)
    return found


def put(key: tuple[Any, ...], value: Any) -> None:
    """Keep a derived value; it is written when the process exits."""
    global _dirty
    entries = _load()
    entries[key] = value
    _used.add(key)
    if not _dirty and path() is not None:
        _dirty = True
        atexit.register(save)


def forget(key: tuple[Any, ...]) -> None:
    """Drop an entry that turned out unusable."""
    _load().pop(key, None)


def save() -> None:
    """Write the entries (only those this process used, when there are too many) if any is new."""
    global _dirty
    where = path()
    if not _dirty or where is None or _entries is None:
        return
    entries = _entries if len(_entries) <= MAX_ENTRIES else {k: v for k, v in _entries.items() if k in _used}
    with contextlib.suppress(Exception):  # a read-only or full disk: the next process derives them again
        where.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where.parent, prefix=where.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(entries))
            os.replace(tmp, where)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    _dirty = False
