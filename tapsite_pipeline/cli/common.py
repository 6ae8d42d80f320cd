"""What every `tapsite` command shares: the --home and --json options, and JSON output."""

from __future__ import annotations

import json
from typing import Any

import click

home_option = click.option("--home", type=click.Path(file_okay=False), default=None,
                           help="Project home (default: $TAPSITE_HOME or ./.tapsite).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")


def emit(obj: Any) -> None:
    """One JSON document on stdout (non-ASCII kept, dates and paths as strings)."""
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))
