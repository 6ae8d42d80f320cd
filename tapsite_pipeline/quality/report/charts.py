"""Small inline SVG charts (no JS, no network): bar histograms and a cost-vs-quality scatter.

Every chart is an <svg role="img"> with a <title>, and the numbers it draws are also in text next to it.
"""

from __future__ import annotations

from html import escape

INK, BAR, GRID, MUTED = "#1f2937", "#1d4ed8", "#d1d5db", "#4b5563"


def bars(title: str, data: list[tuple[str, int]], width: int = 300, height: int = 150) -> str:
    top = max((n for _, n in data), default=0) or 1
    n = max(len(data), 1)
    slot = (width - 20) / n
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}: ' + ", ".join(f"{escape(label)} {v}" for label, v in data) + '">',
             f"<title>{escape(title)}</title>",
             f'<line x1="10" y1="{height - 30}" x2="{width - 10}" y2="{height - 30}" stroke="{GRID}"/>']
    for i, (label, v) in enumerate(data):
        h = (height - 55) * v / top
        x = 10 + i * slot + slot * 0.15
        w = slot * 0.7
        y = height - 30 - h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" fill="{BAR}" rx="2"/>')
        parts.append(f'<text x="{x + w / 2:.1f}" y="{y - 5:.1f}" text-anchor="middle" font-size="12" '
                     f'fill="{INK}">{v}</text>')
        parts.append(f'<text x="{x + w / 2:.1f}" y="{height - 12}" text-anchor="middle" font-size="11" '
                     f'fill="{MUTED}">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def scatter(title: str, points: list[tuple[float, float, str]], x_label: str, y_label: str,
            width: int = 560, height: int = 260) -> str:
    """points: (x, y, label); y is a 0–1 score. x is scaled from 0 to the largest value (or 1 if all zero)."""
    left, bottom, right, top_pad = 56, 40, 16, 14
    xmax = max((p[0] for p in points), default=0) or 1.0
    ymin = min(min((p[1] for p in points), default=1.0), 0.9)
    pw, ph = width - left - right, height - bottom - top_pad

    def sx(x: float) -> float:
        return left + pw * x / xmax

    def sy(y: float) -> float:
        return top_pad + ph * (1 - (y - ymin) / ((1 - ymin) or 1))

    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}">', f"<title>{escape(title)}</title>"]
    for frac in (0, 0.5, 1):
        y = ymin + (1 - ymin) * frac
        parts.append(f'<line x1="{left}" y1="{sy(y):.1f}" x2="{width - right}" y2="{sy(y):.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="{left - 6}" y="{sy(y) + 4:.1f}" text-anchor="end" font-size="11" '
                     f'fill="{MUTED}">{y * 100:.0f}</text>')
    for frac in (0, 0.5, 1):
        x = xmax * frac
        parts.append(f'<text x="{sx(x):.1f}" y="{height - bottom + 16}" text-anchor="middle" font-size="11" '
                     f'fill="{MUTED}">${x:.4f}</text>')
    parts.append(f'<text x="{left + pw / 2:.1f}" y="{height - 6}" text-anchor="middle" font-size="12" '
                 f'fill="{INK}">{escape(x_label)}</text>')
    parts.append(f'<text x="14" y="{top_pad + ph / 2:.1f}" text-anchor="middle" font-size="12" fill="{INK}" '
                 f'transform="rotate(-90 14 {top_pad + ph / 2:.1f})">{escape(y_label)}</text>')
    for x, y, label in points:
        parts.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="5" fill="{BAR}" fill-opacity="0.6" '
                     f'stroke="{INK}" stroke-width="0.5"><title>{escape(label)}: ${x:.4f}, '
                     f'{y * 100:.0f}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


SERIES = ("#1d4ed8", "#b45309", "#047857", "#7c3aed")
DASHES = ("", "6 3", "2 3", "8 3 2 3")   # the lines differ in more than colour


def lines(title: str, labels: list[str], series: dict[str, list[float | None]], width: int = 640,
          height: int = 220, lo: float = 0, hi: float = 100) -> str:
    """A line per series over runs (x = run, oldest left); values between lo and hi; gaps where None."""
    left, right, top, bottom = 40, 130, 12, 34
    n = max(len(labels), 1)
    pw, ph = width - left - right, height - top - bottom
    lo = min([lo] + [v for vals in series.values() for v in vals if v is not None])

    def sx(i: int) -> float:
        return left + (pw * i / (n - 1) if n > 1 else pw / 2)

    def sy(v: float) -> float:
        return top + ph * (1 - (v - lo) / ((hi - lo) or 1))

    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}">', f"<title>{escape(title)}</title>"]
    for frac in (0, 0.5, 1):
        v = lo + (hi - lo) * frac
        parts.append(f'<line x1="{left}" y1="{sy(v):.1f}" x2="{left + pw}" y2="{sy(v):.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="{left - 6}" y="{sy(v) + 4:.1f}" text-anchor="end" font-size="11" '
                     f'fill="{MUTED}">{v:.0f}</text>')
    step = max(1, n // 6)
    for i, label in enumerate(labels):
        if i % step == 0 or i == n - 1:
            parts.append(f'<text x="{sx(i):.1f}" y="{height - 12}" text-anchor="middle" font-size="11" '
                         f'fill="{MUTED}">{escape(label)}</text>')
    for k, (name, vals) in enumerate(series.items()):
        colour, dash = SERIES[k % len(SERIES)], DASHES[k % len(DASHES)]
        pts = [(sx(i), sy(v)) for i, v in enumerate(vals) if v is not None]
        if len(pts) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5" '
                         f'stroke-dasharray="{dash}"/>')
        for x, y in pts:
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>')
        ly = top + 16 + k * 20
        parts.append(f'<line x1="{left + pw + 12}" y1="{ly - 4}" x2="{left + pw + 36}" y2="{ly - 4}" '
                     f'stroke="{colour}" stroke-width="2.5" stroke-dasharray="{dash}"/>')
        parts.append(f'<text x="{left + pw + 42}" y="{ly}" font-size="12" fill="{INK}">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)
