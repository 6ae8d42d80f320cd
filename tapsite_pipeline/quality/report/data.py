"""What the dashboard shows, computed from stored runs: summary, per-site rows, baseline deltas, visual changes."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field

from tapsite_pipeline.quality.browser.integrity import check_file
from tapsite_pipeline.quality.browser.screenshots import integrity_args
from tapsite_pipeline.quality.browser.storage import SCORE_COLUMNS
from tapsite_pipeline.quality.browser.visual import VisualDiff, compare

LABELS = {"lh_performance": "Performance", "lh_accessibility": "Accessibility",
          "lh_best_practices": "Best practices", "lh_seo": "SEO"}
DELTA_COLUMNS = (*SCORE_COLUMNS, "lcp_ms", "tbt_ms", "total_byte_weight", "axe_violations")


@dataclass
class SiteChange:
    site_id: str
    subdomain: str
    deltas: dict[str, float]
    visual: dict[str, VisualDiff]
    current: dict
    baseline: dict

    @property
    def looks_changed(self) -> bool:
        return any(v.changed for v in self.visual.values())


@dataclass
class Comparison:
    baseline_run: dict
    matched: int
    only_current: list[str]
    only_baseline: list[str]
    median_deltas: dict[str, float]
    changes: list[SiteChange] = field(default_factory=list)

    @property
    def visually_changed(self) -> list[SiteChange]:
        return [c for c in self.changes if c.looks_changed]

    @property
    def score_changed(self) -> list[SiteChange]:
        return [c for c in self.changes if any(abs(c.deltas.get(k) or 0) >= 0.01 for k in SCORE_COLUMNS)]


def _median(rows: list[dict], col: str) -> float | None:
    vals = [r[col] for r in rows if r.get("status") == "ok" and r.get(col) is not None]
    return float(statistics.median(vals)) if vals else None


def summary(run: dict, rows: list[dict]) -> dict:
    ok = [r for r in rows if r["status"] == "ok"]
    costs = [r["cost_usd"] for r in rows if r.get("cost_usd") is not None]
    perfect = sum(1 for r in ok if all(r.get(c) == 1 for c in SCORE_COLUMNS))
    return {
        "sites": len(rows), "ok": len(ok), "failed": len(rows) - len(ok),
        "medians": {c: _median(rows, c) for c in (*SCORE_COLUMNS, "lcp_ms", "tbt_ms", "cls",
                                                  "total_byte_weight", "axe_violations", "page_bytes")},
        "cost_per_site": (sum(costs) / len(costs)) if costs else None,
        "cost_total": sum(costs) if costs else None,
        "perfect": perfect,
        "axe_sites": sum(1 for r in ok if (r.get("axe_violations") or 0) > 0),
        "axe_serious_sites": sum(1 for r in ok if (r.get("axe_serious") or 0) > 0),
        "wall_s": run.get("wall_s"),
    }


def compare_runs(rows: list[dict], base_run: dict, base_rows: list[dict]) -> Comparison:
    """Pair sites by site_id (stable across runs); score deltas for every pair, a visual diff per viewport."""
    cur = {r["site_id"]: r for r in rows}
    base = {r["site_id"]: r for r in base_rows}
    changes = []
    for sid in sorted(cur.keys() & base.keys(), key=lambda s: cur[s]["subdomain"] or s):
        a, b = cur[sid], base[sid]
        deltas = {c: a[c] - b[c] for c in DELTA_COLUMNS if a.get(c) is not None and b.get(c) is not None}
        visual = {}
        for vp in ("desktop", "mobile"):
            pa, pb = a.get(f"{vp}_path"), b.get(f"{vp}_path")
            if pa and pb:
                same = a.get(f"{vp}_sha") and a.get(f"{vp}_sha") == b.get(f"{vp}_sha")
                fault = None if same else (_fault(a, vp, "this run") or _fault(b, vp, "the baseline"))
                if fault:  # a broken picture says nothing about the page: no "looks different"
                    visual[vp] = VisualDiff(changed=False, reason=f"not compared: {fault}", fault=True)
                    continue
                try:
                    visual[vp] = compare(pa, pb, a.get(f"{vp}_sha"), b.get(f"{vp}_sha"))
                except OSError as exc:  # a screenshot deleted from disk: say so, don't fail the report
                    visual[vp] = VisualDiff(changed=False, reason=f"not compared: {exc}")
        changes.append(SiteChange(sid, a["subdomain"], deltas, visual, a, b))
    med = {}
    for c in DELTA_COLUMNS:
        ma, mb = _median(rows, c), _median(base_rows, c)
        if ma is not None and mb is not None:
            med[c] = ma - mb
    return Comparison(baseline_run=base_run, matched=len(changes),
                      only_current=sorted(cur.keys() - base.keys()), only_baseline=sorted(base.keys() - cur.keys()),
                      median_deltas=med, changes=changes)


def _fault(row: dict, vp: str, which: str) -> str | None:
    """The capture fault of one side, as recorded at capture time; rows scored before captures were checked
    (no `retakes` figure) are checked now."""
    fault = (row.get("capture_faults") or {}).get(vp)
    if fault is None and row.get("retakes") is None and row.get(f"{vp}_path"):
        fault = check_file(row[f"{vp}_path"], **integrity_args(vp))
    return f"capture fault in {which} ({fault})" if fault else None


def histogram(values: list[float], bins: list[tuple[float, float, str]]) -> list[tuple[str, int]]:
    out = []
    for lo, hi, label in bins:
        out.append((label, sum(1 for v in values if lo <= v < hi)))
    return out


SCORE_BINS = [(0, 0.5, "<50"), (0.5, 0.9, "50–89"), (0.9, 0.95, "90–94"), (0.95, 1.0, "95–99"),
              (1.0, 1.0001, "100")]
