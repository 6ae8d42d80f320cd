"""The tools the work is done with, listed under their own label: "Software: Premiere, After Effects, DaVinci",
"Tools: Figma, Illustrator", "Aplikasi: CapCut, Canva". A line opened by a label of software or tools (after a
bullet or an emoji) names what the owner works in, never what is sold: the service is the editing, the design. A
list with a price in it ("Software: Windows 11 Pro 150rb, Office 200rb") is goods sold and is left alone."""

from __future__ import annotations

from tapsite_pipeline.fastre import regrouped

from .package_contents import AMOUNT

_TOOLS = regrouped(r"(?:^|[.!?;\n])[^\w\n]*(?:software|softwares|tools?|apps?|aplikasi|perangkat\s+lunak|"
                   r"(?:tools?|apps?|software|aplikasi)\s+(?:used|yang\s+(?:dipakai|digunakan)|dipakai))\s*:[ \t]*"
                   r"(?P<list>[^.!?;\n]+)")
_AMOUNT = regrouped(AMOUNT)


def tools_used_spans(lower: str) -> list[tuple[int, int]]:
    """The spans of the lists of tools the work is done with (the module's doc): masked out of the offerings."""
    if ":" not in lower:
        return []
    return [m.span("list") for m in _TOOLS.finditer(lower) if not _AMOUNT.search(m.group("list"))]
