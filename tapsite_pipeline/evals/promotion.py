"""The promotion gate: `production` moves only to content that passed a comparison against production's
content, on the suite's gate dataset and split, with enough cases, on the model production runs it with.
"""

from __future__ import annotations

from tapsite_pipeline.prompting.aliases import alias_version, prompts_root
from tapsite_pipeline.prompting.files import get_prompt

from .. import store
from ..errors import InputError
from ..settings import Settings
from .datasets import load_dataset
from .records import comparisons_for, log_promotion
from .runner import models_of, resolve_pins
from .suites import Suite, suite_for_prompt


def expected_binding(settings: Settings, suite: Suite, name: str, current: int, version: int,
                     model: str | None) -> dict:
    """What a comparison must have compared for NAME@version to replace NAME@current."""
    root = prompts_root()
    pins_a = resolve_pins(settings, suite, {name: current})
    pins_b = {**pins_a, name: version}
    hashes = lambda pins: {n: get_prompt(n, v, root).content_hash for n, v in sorted(pins.items())}  # noqa: E731
    data = load_dataset(suite.dataset, suite.split, suite.template_labels)
    return {"prompt_hashes_a": hashes(pins_a), "prompt_hashes_b": hashes(pins_b), "dataset_hash": data.hash,
            "split": suite.split, "model_a": model or suite.model or models_of(pins_a),
            "model_b": model or suite.model or models_of(pins_b)}


_WHAT = {"prompt_hashes_a": "production's content", "prompt_hashes_b": "the candidate's content",
         "dataset_hash": "the gate dataset", "split": "the gate split", "model_a": "production's model",
         "model_b": "the candidate's model"}


def find_passing(comparisons: list[dict], expected: dict, min_cases: int) -> tuple[str | None, str]:
    """The newest comparison binding exactly `expected`: its id if it passed; else why there is none."""
    closest = None
    for c in comparisons:
        off = [k for k, v in expected.items() if c.get(k) != v]
        if not off and (c["n_cases"] or 0) < min_cases:
            off = ["n_cases"]
        if not off:
            if c["passed"] and c["verdict"] in (None, "passed"):
                return c["comparison_id"], ""
            return None, f"the newest comparison of exactly this content, {c['comparison_id']}, is {c['verdict']}"
        if closest is None or len(off) < len(closest[1]):
            closest = (c, off)
    if closest is None:
        return None, "no comparison on this suite yet"
    c, off = closest
    what = ", ".join(_WHAT.get(k, f"{min_cases}+ cases (it had {c['n_cases']})") for k in off)
    return None, f"the closest comparison, {c['comparison_id']}, differs in {what}"


def promote(settings: Settings, name: str, version: int, force: bool = False, reason: str = "",
            model: str | None = None) -> dict:
    from tapsite_pipeline.prompting.registry import mlflow_client, set_alias, sync

    get_prompt(name, version, prompts_root())  # the file must exist
    client = mlflow_client(settings)
    sync(settings, client=client)  # the registry must know the version; refuses edited versions
    current = alias_version(settings.home, name, "production")
    if current == version:
        raise InputError(f"{name}@v{version} is already production")
    suite = suite_for_prompt(name)
    comparison, why = None, f"no suite in evals/ evaluates {name!r}"
    if suite is not None and current is not None:
        expected = expected_binding(settings, suite, name, current, version, model)
        with store.connect(settings.db_path) as con:
            comparison, why = find_passing(comparisons_for(con, suite.name), expected, suite.gate.min_cases)
    if comparison is None and not force:
        if suite is not None:
            run_model = f" --model {model}" if model else ""
            why = (f"no passing comparison of {name}@v{current} (A) vs {name}@v{version} (B) with this content on "
                   f"suite {suite.name!r}'s gate data: {why}. Run:\n"
                   f"  tapsite eval run {suite.name} --candidate {version}{run_model}")
        raise InputError(f"refusing to promote: {why}\nOr override with --force (recorded).")
    tags = {"promoted_at_from": f"v{current}", "promotion": "forced" if comparison is None else comparison}
    set_alias(settings, name, "production", version, client=client, tags=tags)
    log_promotion(settings, name, current, version, comparison is None, comparison, reason)
    return {"name": name, "from": current, "to": version, "forced": comparison is None,
            "comparison_id": comparison}
