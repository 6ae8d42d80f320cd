"""The MLflow side of prompts: sync prompt files to the registry, move aliases, link versions to runs.

MLflow is the source of truth for aliases; every change is mirrored to <home>/prompt_aliases.json
(see prompt_aliases.py) so the pipeline never imports MLflow. Import this module only in commands.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tapsite_pipeline.errors import ConfigError
from tapsite_pipeline.prompting.aliases import ALIASES, prompts_root, read_aliases, write_aliases
from tapsite_pipeline.prompting.files import Prompt, load_prompts
from tapsite_pipeline.settings import Settings

EXPERIMENT = "tapsite-evals"


def tracking_uri(settings: Settings) -> str:
    return os.environ.get("MLFLOW_TRACKING_URI") or f"sqlite:///{settings.home / 'mlflow.db'}"


def artifact_root(settings: Settings) -> Path:
    return settings.home / "mlartifacts"


def mlflow_client(settings: Settings):
    """An MlflowClient on the project's store (SQLite under the home unless MLFLOW_TRACKING_URI is set)."""
    os.environ.setdefault("MLFLOW_DISABLE_TELEMETRY", "true")
    settings.home.mkdir(parents=True, exist_ok=True)
    import mlflow
    from mlflow import MlflowClient

    uri = tracking_uri(settings)
    mlflow.set_tracking_uri(uri)
    mlflow.set_registry_uri(uri)
    return MlflowClient(tracking_uri=uri, registry_uri=uri)


def experiment_id(client, settings: Settings, name: str = EXPERIMENT) -> str:
    """The eval experiment, created with its artifacts under the home (MLflow's default is ./mlruns)."""
    exp = client.get_experiment_by_name(name)
    if exp is not None:
        return exp.experiment_id
    location = artifact_root(settings) / name
    location.mkdir(parents=True, exist_ok=True)
    return client.create_experiment(name, artifact_location=location.as_uri())


@dataclass
class SyncResult:
    registered: list[str]
    unchanged: list[str]
    aliases: dict[str, dict[str, int]]
    alias_file: Path


def _versions(client, name: str) -> list:
    if client.get_prompt(name) is None:
        return []
    out, token = [], None
    while True:
        page = client.search_prompt_versions(name, max_results=100, page_token=token)
        out.extend(page)
        token = getattr(page, "token", None)
        if not token:
            return out


def _register(client, p: Prompt):
    return client.register_prompt(
        name=p.name,
        template=[{"role": "system", "content": p.system}, {"role": "user", "content": p.user}],
        commit_message=f"v{p.version}: {p.change_note}",
        tags={"stage": p.stage, "model": p.model, "content_hash": p.content_hash,
              "file_version": str(p.version), "file": Path(p.path).name, "output_schema": p.output_schema},
        response_format=p.schema,
        model_config={"model_name": p.model, "temperature": p.temperature, "max_tokens": p.max_tokens},
    )


def _file_version(pv) -> int | None:
    v = (pv.tags or {}).get("file_version")
    return int(v) if v and v.isdigit() else None


def sync(settings: Settings, root: Path | None = None, client=None) -> SyncResult:
    """Register every prompt file not yet in the registry (matched by content hash), set aliases, mirror them.

    First sync: `production` → the newest file version. Later: a newer version than production
    becomes `candidate`. Aliases that already exist are never moved here; `promote` does that.
    """
    client = client or mlflow_client(settings)
    root = root or prompts_root()
    registered, unchanged = [], []
    state = {"tracking_uri": tracking_uri(settings), "prompts": {}}
    for name, versions in sorted(load_prompts(root).items()):
        existing = _versions(client, name)
        by_hash = {(pv.tags or {}).get("content_hash"): pv for pv in existing}
        mlflow_of: dict[int, int] = {}
        for pv in sorted(existing, key=lambda v: int(v.version)):
            fv = _file_version(pv)
            if fv is not None:
                mlflow_of[fv] = int(pv.version)  # the newest registration of a file version wins
        for ver, p in sorted(versions.items()):
            pv = by_hash.get(p.content_hash)
            if pv is not None and _file_version(pv) == ver:
                unchanged.append(p.ref)
                continue
            if ver in mlflow_of:
                was = (client.get_prompt_version(name, mlflow_of[ver]).tags or {}).get("content_hash")
                raise ConfigError(f"{p.path}: {p.ref} was registered with content {was} and the file now has "
                                  f"{p.content_hash}; a registered version never changes. Put the change in a new "
                                  f"file, {name}/v{max(versions) + 1}.yaml, or restore the file")
            mlflow_of[ver] = int(_register(client, p).version)
            registered.append(p.ref)
        newest = max(versions)
        prod = _alias_file_version(client, name, "production")
        if prod is None:
            client.set_prompt_alias(name, "production", mlflow_of[newest])
            prod = newest
        cand = _alias_file_version(client, name, "candidate")
        if newest > prod and (cand is None or cand < newest):
            client.set_prompt_alias(name, "candidate", mlflow_of[newest])
        state["prompts"][name] = _mirror(client, name, mlflow_of, versions)
    path = write_aliases(settings.home, {**state, "synced_at": _now()})
    return SyncResult(registered, unchanged,
                      {n: s["aliases"] for n, s in state["prompts"].items()}, path)


def _alias_file_version(client, name: str, alias: str) -> int | None:
    try:
        pv = client.get_prompt_version_by_alias(name, alias)
    except Exception:  # MLflow raises a plain MlflowException when the alias is not set
        return None
    return _file_version(pv) if pv is not None else None


def _mirror(client, name: str, mlflow_of: dict[int, int], versions: dict[int, Prompt]) -> dict:
    aliases = {a: v for a in ALIASES if (v := _alias_file_version(client, name, a)) is not None}
    return {"aliases": aliases,
            "versions": {str(fv): {"mlflow_version": mv,
                                   "content_hash": versions[fv].content_hash if fv in versions else None}
                         for fv, mv in sorted(mlflow_of.items())}}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def mlflow_version(settings: Settings, name: str, file_version: int) -> int:
    entry = read_aliases(settings.home).get("prompts", {}).get(name, {}).get("versions", {}).get(str(file_version))
    if not entry:
        raise ConfigError(f"{name}@v{file_version} is not in the registry yet; run `tapsite prompts sync`")
    return int(entry["mlflow_version"])


def set_alias(settings: Settings, name: str, alias: str, file_version: int, client=None,
              tags: dict[str, str] | None = None) -> dict:
    """Point `alias` at a file version in MLflow, tag that version, and mirror the aliases file."""
    client = client or mlflow_client(settings)
    mv = mlflow_version(settings, name, file_version)
    client.set_prompt_alias(name, alias, mv)
    for k, v in (tags or {}).items():
        client.set_prompt_version_tag(name, mv, k, v)
    if alias == "production" and _alias_file_version(client, name, "candidate") == file_version:
        client.delete_prompt_alias(name, "candidate")
    state = read_aliases(settings.home)
    entry = state.setdefault("prompts", {}).setdefault(name, {"aliases": {}, "versions": {}})
    entry["aliases"] = {a: v for a in ALIASES if (v := _alias_file_version(client, name, a)) is not None}
    write_aliases(settings.home, state)
    return entry["aliases"]


def registry_status(settings: Settings, client=None) -> list[dict]:
    """Every registered version with its tags and aliases, newest first per prompt (for `prompts list`)."""
    client = client or mlflow_client(settings)
    rows = []
    for name in sorted(load_prompts(prompts_root())):
        aliases = {a: _alias_file_version(client, name, a) for a in ALIASES}
        for pv in sorted(_versions(client, name), key=lambda v: -int(v.version)):
            fv = _file_version(pv)
            rows.append({"name": name, "file_version": fv, "mlflow_version": int(pv.version),
                         "aliases": [a for a, v in aliases.items() if v == fv],
                         "model": (pv.tags or {}).get("model"), "stage": (pv.tags or {}).get("stage"),
                         "content_hash": (pv.tags or {}).get("content_hash"),
                         "note": pv.commit_message})
    return rows


def link_to_run(client, run_id: str, settings: Settings, used: dict[str, int], fetched: dict | None = None) -> None:
    """Attach the prompt versions an eval used to its MLflow run (shown under the run's Prompts tab);
    `fetched` holds registry versions already read for these prompts."""
    for name, fv in sorted(used.items()):
        pv = (fetched or {}).get(name) or client.get_prompt_version(name, mlflow_version(settings, name, fv))
        client.link_prompt_version_to_run(run_id, pv)
