"""`python -m tapsite_pipeline.cli` is the `tapsite` command."""

from tapsite_pipeline.cli.main import main

main()
