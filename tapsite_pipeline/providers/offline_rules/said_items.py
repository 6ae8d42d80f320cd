"""Offerings the lists and clauses of the offerings reader miss, each in a shape of its own: an item said as a label
before its amount (label_prices.py), the goods a discount is spent on (spent_on.py), a kind of room before its rate
(room_rates.py). Each is added after the reader's offerings when none of them names it yet."""

from __future__ import annotations

from .label_prices import labelled_items
from .room_rates import room_rates
from .spent_on import spent_on


def said_items(lower: str, text: str) -> list[str]:
    found: list[str] = []
    if ":" in lower:
        found += labelled_items(lower, text)
    if "pembelian" in lower or "belanja" in lower or "pemesanan" in lower or "next" in lower or "purchase" in lower \
            or "kali" in lower or "order" in lower:
        found += spent_on(lower, text)
    if "rp" in lower or "idr" in lower:
        found += room_rates(lower, text)
    return found


def with_said_items(items: list[str], lower: str, text: str, trace: list | None = None) -> list[str]:
    """The offerings, with each item said in one of these shapes that none of them names yet (up to ten), put before
    the first offering the brief names after it (the family room it answers about before the scooter it also hires)."""
    for item in said_items(lower, text):
        if len(items) < 10 and not any(item in i or i in item for i in items):
            at = lower.find(item)
            later = [k for k, i in enumerate(items) if lower.find(i) > at]
            items = [*items[:later[0]], item, *items[later[0]:]] if later else [*items, item]
            if trace is not None:
                trace.append(("listed", item))
    return items
