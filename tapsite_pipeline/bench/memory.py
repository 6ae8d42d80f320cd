"""A process's memory as the kernel reports it, for the benchmarks and the tests that bound memory.

VmRSS is the resident set now; VmHWM its peak over the process's life (the "high-water mark"), which is
what a memory budget is about. Both come from /proc/PID/status in KiB; Linux only, like the targets.
"""

from __future__ import annotations

from pathlib import Path


def status_mb(field: str, pid: int | str = "self") -> float:
    """`field` ("VmRSS", "VmHWM") of process `pid` in MB; 0.0 when the kernel does not report it."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb(pid: int | str = "self") -> float:
    return status_mb("VmRSS", pid)


def peak_rss_mb(pid: int | str = "self") -> float:
    return status_mb("VmHWM", pid)
