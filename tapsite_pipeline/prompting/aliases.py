"""Which prompt version each alias points at, read from a small file in the project home (no MLflow import).

MLflow's prompt registry is the source of truth; `tapsite prompts sync|promote` write its aliases
here so the hot path (`tapsite generate`, Dagster assets) resolves `<prompt>@production` in microseconds.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from tapsite_pipeline.errors import ConfigError, InputError
from tapsite_pipeline.files import atomic_write
from tapsite_pipeline.prompting.files import PROMPTS_DIR, Prompt, get_prompt, load_prompts

ALIAS_FILE = "prompt_aliases.json"
PROMPTS_ENV = "TAPSITE_PROMPTS_DIR"  # another prompts/ folder (tests, experiments)
ALIASES = ("production", "candidate")
REF = re.compile(r"^(?P<name>[a-z][a-z0-9_]*)@(?P<ver>v?\d+|[a-z][a-z0-9_-]*)$")


def prompts_root() -> Path:
    return Path(os.environ.get(PROMPTS_ENV) or PROMPTS_DIR)


def alias_path(home: Path) -> Path:
    return Path(home) / ALIAS_FILE


def read_aliases(home: Path) -> dict:
    """The synced state: {"prompts": {name: {"aliases": {alias: file_version}, "versions": {...}}}}."""
    path = alias_path(home)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"prompts": {}}
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: unreadable ({exc}); run `tapsite prompts sync` to rewrite it") from exc


def write_aliases(home: Path, state: dict) -> Path:
    """Atomic replace, so a concurrent reader never sees half a file."""
    path = alias_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, json.dumps(state, indent=2, sort_keys=True))
    return path


def alias_version(home: Path, name: str, alias: str) -> int | None:
    return read_aliases(home).get("prompts", {}).get(name, {}).get("aliases", {}).get(alias)


def parse_ref(ref: str) -> tuple[str, int | str]:
    """`intent@3`, `intent@v3` → ("intent", 3); `intent@production` → ("intent", "production")."""
    m = REF.match(ref.strip())
    if not m:
        raise InputError(f"prompt reference {ref!r} must look like NAME@VERSION or NAME@ALIAS, e.g. intent@2")
    ver = m["ver"]
    return m["name"], int(ver.lstrip("v")) if ver.lstrip("v").isdigit() else ver


def pin_version(home: Path, name: str, pin: int | str | None, root: Path | None = None) -> int:
    """A file version for a pin: a number as given, an alias looked up, None → production (or newest)."""
    root = root or prompts_root()
    if isinstance(pin, int):
        get_prompt(name, pin, root)
        return pin
    alias = pin or "production"
    version = alias_version(home, name, alias)
    if version is not None:
        return int(version)
    if alias == "production":  # never synced: behave like before the registry existed
        return get_prompt(name, None, root).version
    raise ConfigError(f"prompt {name!r} has no alias {alias!r}; run `tapsite prompts sync` "
                      f"or `tapsite prompts promote {name} VERSION`")


def resolver(home: Path, pins: Mapping[str, int | str] | None = None,
             root: Path | None = None) -> Callable[[str], Prompt]:
    """A Generator `resolve` callable: pinned versions first, else `<name>@production`.

    The alias file is read once here, not per call, so a long campaign sees one consistent set.
    """
    pins, root = dict(pins or {}), root or prompts_root()
    state = read_aliases(home).get("prompts", {})
    chosen: dict[str, Prompt] = {}
    for name in load_prompts(root):
        pin = pins.pop(name, None)
        if pin is None and state.get(name, {}).get("aliases", {}).get("production") is not None:
            pin = int(state[name]["aliases"]["production"])
        chosen[name] = get_prompt(name, pin_version(home, name, pin, root), root)
    if pins:
        raise InputError(f"no prompt named {', '.join(sorted(pins))} under {root}")

    def resolve(name: str) -> Prompt:
        try:
            return chosen[name]
        except KeyError:
            raise ConfigError(f"no prompt named {name!r} under {root}") from None

    return resolve
