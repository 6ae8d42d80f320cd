#!/usr/bin/env bash
# Fresh machine → the gates, then the whole test suite (installs what it needs first).
# Lint (ruff) and types (mypy) run first and stop the run on any finding; both read pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
echo "[test] ruff check" >&2
.venv/bin/ruff check --output-format concise
echo "[test] mypy" >&2
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
