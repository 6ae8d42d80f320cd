#!/usr/bin/env bash
# Fresh machine → the whole test suite (installs what it needs first).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
