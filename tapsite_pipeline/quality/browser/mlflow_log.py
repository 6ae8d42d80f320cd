"""Log a site-quality eval run to MLflow (the project's SQLite store under the home, shared with the prompt
evals through prompt_registry's settings-derived URI and artifact root): named `site-quality · <campaign> ·
<n> sites · <date>`, the sites as an MLflow dataset, params, median metrics, the report folder and every
screenshot as artifacts."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

from tapsite_pipeline.settings import Settings

EXPERIMENT = "tapsite-site-quality"


def log_eval_run(settings: Settings, run: dict, rows: list, report_dir: Path | None) -> str:
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    from mlflow.entities import Metric, Param

    from tapsite_pipeline.evals.tracking import runs_view
    from tapsite_pipeline.prompting.registry import experiment_id, mlflow_client

    client = mlflow_client(settings)
    exp = experiment_id(client, settings, EXPERIMENT)
    runs_view(client, exp)
    dicts = [r if isinstance(r, dict) else r.to_dict() for r in rows]
    scope = run.get("campaign") or run.get("source") or "sites"
    name = f"site-quality · {scope} · {len(dicts)} sites · {datetime.now().astimezone():%Y-%m-%d %H:%M}"
    mr = client.create_run(exp, run_name=name, tags={"tapsite.site_eval_run_id": run["run_id"]})
    rid, now = mr.info.run_id, int(time.time() * 1000)
    _log_sites(client, rid, dicts, scope, _where(settings, dicts))
    params = {"source": run.get("source"), "campaign": run.get("campaign") or "", "lighthouse": run.get("lighthouse"),
              "n_sites": run.get("n_sites"), **{f"opt.{k}": json.dumps(v) if isinstance(v, dict) else v
                                               for k, v in (run.get("settings") or {}).items()}}
    metrics = {f"median.{k}": v for k, v in (run.get("medians") or {}).items()}
    metrics.update(n_failed=run.get("n_failed") or 0, wall_s=run.get("wall_s") or 0,
                   s_per_site=(run.get("wall_s") or 0) / max(1, run.get("n_sites") or 1))
    client.log_batch(rid, metrics=[Metric(k, float(v), now, 0) for k, v in metrics.items() if v is not None],
                     params=[Param(k, str(v)) for k, v in params.items()])
    with tempfile.TemporaryDirectory(prefix="tapsite-mlflow-") as tmp:
        shots = Path(tmp) / "screenshots"
        shots.mkdir()
        for d in dicts:
            for vp in ("desktop", "mobile"):
                src = d.get(f"{vp}_path")
                if src and Path(src).is_file():
                    _link_or_copy(src, shots / f"{d['subdomain']}-{vp}.png")
        (Path(tmp) / "site_metrics.json").write_text(json.dumps(dicts, default=str, indent=1), encoding="utf-8")
        client.log_artifacts(rid, str(shots), "screenshots")
        client.log_artifact(rid, str(Path(tmp) / "site_metrics.json"))
    if report_dir is not None:
        client.log_artifacts(rid, str(report_dir), "report")
    client.set_terminated(rid, "FINISHED")
    return rid


def _where(settings: Settings, rows: list[dict]) -> str:
    """Where the judged sites live, as a local path MLflow accepts as a dataset source."""
    from urllib.parse import unquote, urlparse
    folders = [Path(unquote(urlparse(r["url"]).path)).parent for r in rows if (r.get("url") or "").startswith("file:")]
    if folders:
        return os.path.commonpath([str(f) for f in folders])
    return str(settings.deploy_root)


def _log_sites(client, rid: str, rows: list[dict], scope: str, source: str) -> None:
    """The sites a run judged, as an MLflow dataset: which site, which version of it (content hash)."""
    import pandas as pd

    from tapsite_pipeline.evals.tracking import log_dataset
    cols = ("site_id", "subdomain", "template_id", "content_hash", "url", "status")
    df = pd.DataFrame([{c: r.get(c) for c in cols} for r in rows], columns=list(cols))
    digest = hashlib.sha256(json.dumps(sorted((r["site_id"], r.get("content_hash")) for r in rows),
                                       default=str).encode()).hexdigest()
    log_dataset(client, rid, df, f"sites:{scope}", source, digest, context="site-quality")


def log_report(settings: Settings, mlflow_run_id: str, report_dir: Path) -> None:
    """Attach a later report (e.g. one against a baseline) to the run it describes."""
    from tapsite_pipeline.prompting.registry import mlflow_client
    mlflow_client(settings).log_artifacts(mlflow_run_id, str(report_dir), f"reports/{report_dir.name}")


def _link_or_copy(src: str, dest: Path) -> None:
    try:  # screenshots can be megabytes each: a hard link costs nothing when on the same disk
        os.link(src, dest)
    except OSError:
        shutil.copyfile(src, dest)
