"""`tapsite eval …`: the evaluation commands (prompt suites, site quality in a browser)."""

from __future__ import annotations

import click


@click.group("eval")
def eval_group() -> None:
    """Evaluate prompts, models and generated sites."""
