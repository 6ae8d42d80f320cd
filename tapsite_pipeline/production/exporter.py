"""The metrics endpoint of the production profile: every worker's prometheus_client files
(PROMETHEUS_MULTIPROC_DIR) aggregated on one /metrics for Prometheus to scrape."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from tapsite_pipeline.metrics import serve_metrics


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--host", default="127.0.0.1")
    args = ap.parse_args(argv)
    server = serve_metrics(args.port, args.host)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
