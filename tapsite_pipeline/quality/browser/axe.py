"""axe-core (bundled by axe-playwright-python) against a loaded page: WCAG 2 A/AA violations, summarised."""

from __future__ import annotations

from dataclasses import asdict, dataclass

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
IMPACT_ORDER = {"minor": 1, "moderate": 2, "serious": 3, "critical": 4}


@dataclass
class Violation:
    id: str
    impact: str
    count: int
    help: str
    viewports: list[str]
    example: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


_axe = None


async def run_axe(page, viewport: str) -> list[Violation]:
    global _axe
    if _axe is None:
        from axe_playwright_python.async_playwright import Axe
        _axe = Axe()
    res = await _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                        "resultTypes": ["violations"]})
    return [Violation(id=v["id"], impact=v.get("impact") or "minor", count=len(v.get("nodes") or []),
                      help=v.get("help", ""), viewports=[viewport],
                      example=((v.get("nodes") or [{}])[0].get("html") or "")[:200])
            for v in res.response.get("violations", [])]


def merge(*groups: list[Violation]) -> list[Violation]:
    """One entry per rule across viewports: the larger node count, every viewport it was seen in."""
    out: dict[str, Violation] = {}
    for group in groups:
        for v in group:
            if v.id in out:
                seen = out[v.id]
                seen.count = max(seen.count, v.count)
                seen.viewports = sorted(set(seen.viewports) | set(v.viewports))
            else:
                out[v.id] = Violation(**{**asdict(v), "viewports": list(v.viewports)})
    return sorted(out.values(), key=lambda v: (-IMPACT_ORDER.get(v.impact, 0), v.id))


def serious_count(violations: list[Violation] | list[dict]) -> int:
    return sum(1 for v in violations
               if (v.impact if isinstance(v, Violation) else v.get("impact")) in ("serious", "critical"))
