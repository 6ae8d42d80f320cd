"""The promotion gate: `production` moves only to a version that passed a comparison against it on its suite."""

from __future__ import annotations

from .. import store
from ..errors import InputError
from tapsite_pipeline.prompting.aliases import alias_version, prompts_root
from tapsite_pipeline.prompting.files import get_prompt
from ..settings import Settings
from .records import log_promotion, passing_comparison
from .suites import suite_for_prompt


def promote(settings: Settings, name: str, version: int, force: bool = False, reason: str = "") -> dict:
    from tapsite_pipeline.prompting.registry import mlflow_client, set_alias, sync

    get_prompt(name, version, prompts_root())  # the file must exist
    client = mlflow_client(settings)
    sync(settings, client=client)  # the registry must know the version (idempotent)
    current = alias_version(settings.home, name, "production")
    if current == version:
        raise InputError(f"{name}@v{version} is already production")
    suite = suite_for_prompt(name)
    comparison = None
    if suite is not None and current is not None:
        with store.connect(settings.db_path) as con:
            comparison = passing_comparison(con, suite.name, name, current, version)
    if comparison is None and not force:
        if suite is None:
            why = f"no suite in evals/ evaluates {name!r}"
        else:
            why = (f"no passing comparison of {name}@v{current} (A) vs {name}@v{version} (B) on suite "
                   f"{suite.name!r}. Run:\n  tapsite eval run {suite.name}\n"
                   f"  tapsite eval run {suite.name} --prompt {name}@{version}\n"
                   f"  tapsite eval compare RUN_A RUN_B   (the two run ids printed above)")
        raise InputError(f"refusing to promote: {why}\nOr override with --force (recorded).")
    tags = {"promoted_at_from": f"v{current}", "promotion": "forced" if comparison is None else comparison}
    set_alias(settings, name, "production", version, client=client, tags=tags)
    log_promotion(settings, name, current, version, comparison is None, comparison, reason)
    return {"name": name, "from": current, "to": version, "forced": comparison is None,
            "comparison_id": comparison}
