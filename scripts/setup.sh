#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: Python venv with the declared stack,
# Debian Chromium, and the pinned Lighthouse from npm. Fast when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${TAPSITE_VENV:-.venv}
export UV_COMPILE_BYTECODE=1

if ! command -v chromium >/dev/null 2>&1; then
  echo "[setup] installing Debian chromium" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Debian packages the tests start as real servers: prometheus (+ promtool) for the metrics and alert rules;
# postgresql and redis-server for the production profile (`tapsite production up`: Dagster's storage, Celery's broker).
need=()
command -v promtool >/dev/null 2>&1 || need+=(prometheus)
compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "[setup] installing Debian ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  # the package starts a system service we do not use; the tests run their own servers on loopback
  { command -v systemctl >/dev/null 2>&1 && $SUDO systemctl stop prometheus 2>/dev/null; } || true
  for svc in postgresql redis-server; do $SUDO service "$svc" stop >/dev/null 2>&1 || true; done
  pkill -x prometheus 2>/dev/null || true
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "[setup] creating $VENV" >&2
  python3 -m venv "$VENV"
fi
stamp="$VENV/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  echo "[setup] installing Python dependencies" >&2
  "$VENV/bin/python" -m pip install -q uv
  "$VENV/bin/python" -m uv pip install -q --compile-bytecode --python "$VENV/bin/python" -e ".[dev]"
  touch "$stamp"
fi
# Compiled bytecode for the package: where PYTHONDONTWRITEBYTECODE is set, Python never writes it, and every
# tapsite process would compile the package from source (about a second of CPU on the rules alone).
"$VENV/bin/python" -m compileall -q -j 0 tapsite_pipeline >/dev/null || true

if [ -f package.json ] && ! command -v npm >/dev/null 2>&1; then
  echo "[setup] installing Debian nodejs + npm (Lighthouse runs on Node)" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi

if [ -f package.json ]; then
  lock_stamp="node_modules/.installed-$(cat package-lock.json 2>/dev/null | sha1sum | cut -c1-12)"
  if [ ! -f "$lock_stamp" ]; then
    echo "[setup] installing npm packages (lighthouse)" >&2
    npm ci --silent --no-audit --no-fund >/dev/null
    touch "$lock_stamp"
  fi
fi
