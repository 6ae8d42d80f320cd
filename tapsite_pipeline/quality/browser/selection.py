"""Which of the candidate sites a scoring run takes: changed since their last score, changed since a time,
the newest N — and what such a run will cost, so the command can ask before a long one."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tapsite_pipeline import store
from tapsite_pipeline.errors import InputError
from tapsite_pipeline.quality.browser.targets import Target
from tapsite_pipeline.settings import Settings

_AGO = re.compile(r"^(\d+(?:\.\d+)?)\s*([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: datetime | None = None) -> datetime:
    """`2026-12-01`, `2026-12-01T09:30` (local time unless it carries an offset) or an age: 30m, 12h, 3d, 2w."""
    now = now or datetime.now(UTC)
    value = text.strip().lower()
    m = _AGO.match(value)
    if m:
        return now - timedelta(**{_UNITS[m.group(2)]: float(m.group(1))})
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"--since {text!r}: give a date (2026-12-01), a time (2026-12-01T09:30) "
                         "or an age (30m, 12h, 3d, 2w)") from None
    return when if when.tzinfo else when.astimezone()


def last_scored(settings: Settings) -> dict[str, str | None]:
    """site_id → the content hash of its latest successful score (None for scores made before hashes)."""
    if not settings.db_path.exists():
        return {}
    with store.connect(settings.db_path, read_only=True) as con:
        have = {c for (c,) in con.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = 'site_metrics'").fetchall()}
        if "content_hash" not in have:
            return {}
        rows = con.execute("SELECT site_id, arg_max(content_hash, created_at) FROM site_metrics "
                           "WHERE status = 'ok' GROUP BY site_id").fetchall()
    return dict(rows)


@dataclass
class Selection:
    targets: list[Target]
    candidates: int
    left_out: dict[str, int] = field(default_factory=dict)   # reason → how many sites it left out

    def describe(self) -> str:
        why = ", ".join(f"{n} {reason}" for reason, n in self.left_out.items() if n)
        return f"{len(self.targets)} of {self.candidates} sites" + (f" (left out: {why})" if why else "")


def select(settings: Settings, targets: list[Target], *, changed: bool = False, since: datetime | None = None,
           limit: int | None = None) -> Selection:
    """Narrow `targets`; with `limit`, the most recently changed sites are kept."""
    out = Selection(targets=list(targets), candidates=len(targets))
    if changed:
        scored = last_scored(settings)
        keep = [t for t in out.targets if t.site_id not in scored or scored[t.site_id] != t.content_hash]
        out.left_out["unchanged since their last score"] = len(out.targets) - len(keep)
        out.targets = keep
    if since is not None:
        cut = since.timestamp()
        keep = [t for t in out.targets if t.changed_at >= cut]
        out.left_out[f"unchanged since {since:%Y-%m-%d %H:%M}"] = len(out.targets) - len(keep)
        out.targets = keep
    if limit is not None and len(out.targets) > limit:
        newest = sorted(out.targets, key=lambda t: t.changed_at, reverse=True)[:limit]
        out.left_out[f"beyond --limit {limit}"] = len(out.targets) - limit
        out.targets = sorted(newest, key=lambda t: t.subdomain)
    return out


def seconds_per_site(settings: Settings, lighthouse: bool) -> float:
    """What a site has cost in recent runs of the same kind on this machine (a first guess without any)."""
    fallback = 3.5 if lighthouse else 1.0
    if not settings.db_path.exists():
        return fallback
    with store.connect(settings.db_path, read_only=True) as con:
        have = {n for (n,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "site_eval_runs" not in have:
            return fallback
        rows = con.execute("SELECT wall_s / n_sites FROM site_eval_runs WHERE n_sites > 0 AND lighthouse = ? "
                           "ORDER BY created_at DESC LIMIT 5", [lighthouse]).fetchall()
    return statistics.median(r for (r,) in rows) if rows else fallback
