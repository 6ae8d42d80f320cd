#!/usr/bin/env bash
# Fresh machine → generated and deployed landing pages for the sample briefs.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/tapsite demo "$@"
