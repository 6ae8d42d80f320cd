"""A plain-text table of fidelity results, one row per page (for the CLI, scripts and test logs)."""

from __future__ import annotations

from .result import FidelityResult
from .score import CHECKS


def _cell(r: FidelityResult, name: str) -> str:
    c = r[name]
    mark = "ok" if c.passed else "FAIL"
    m = c.metrics
    if name == "cards":
        return f"{mark} P{m['precision']:.2f} R{m['recall']:.2f}"
    if name == "facts":
        inv = f" +{m['invented']}inv" if m["invented"] else ""
        return f"{mark} {m['found']}/{m['facts']}{inv}"
    if name == "brand" and not m.get("applicable"):
        return "n/a"
    return f"{mark} ({len(c.problems)})" if c.problems else mark


def format_table(rows: list[tuple[str, FidelityResult]]) -> str:
    """`site | cards | facts | contact | coherence | brand | all`, then how many pages pass each check."""
    head = ["site", *CHECKS, "all"]
    body = [[name, *(_cell(r, c) for c in CHECKS), "PASS" if r.passed_all else "FAIL"] for name, r in rows]
    passing = ["pages passing", *(f"{sum(r[c].passed for _, r in rows)}/{len(rows)}" for c in CHECKS),
               f"{sum(r.passed_all for _, r in rows)}/{len(rows)}"]
    table = [head, *body, passing]
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    lines.insert(len(lines) - 1, lines[1])
    return "\n".join(lines)
