"""The `tapsite` command line."""

from tapsite_pipeline.cli.main import cli, main

__all__ = ["cli", "main"]
