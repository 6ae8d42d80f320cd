"""The spans the offerings reader sets apart as no card, read by the small readers of what a brief says around its
goods: a customer's pasted question (asked_lines), the plan of what is sold (plan_lines), what a product holds or is
made of (comes_with), one class's topics (class_topics), whom a quotation is for and when (said_around)."""

from __future__ import annotations

from .asked_lines import asked_spans
from .class_topics import topic_spans
from .comes_with import comes_with_spans
from .plan_lines import plan_spans
from .said_around import addressee_spans


def apart_spans(lower: str) -> list[tuple[int, int]]:
    """Every span the readers named in the module's doc set apart, masked out of the offerings (offerings.py)."""
    return asked_spans(lower) + plan_spans(lower) + comes_with_spans(lower) + topic_spans(lower) \
        + addressee_spans(lower)
