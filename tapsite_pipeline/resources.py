"""Where the project's data folders are: config, design_system, prompts, models, datasets, evals, assets.

They live at the top of the repository (where people edit them) and ship inside the package as
`tapsite_pipeline/data/<name>` (symlinks in a checkout, copies in a wheel), so every lookup goes
through `data_dir` and works from a checkout and from `pip install .` alike.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

FOLDERS = ("config", "design_system", "prompts", "models", "datasets", "evals", "assets")


def data_dir(name: str) -> Path:
    """The folder `name` (one of FOLDERS) as a real path on disk."""
    if name not in FOLDERS:
        raise ValueError(f"unknown data folder {name!r}")
    with as_file(files("tapsite_pipeline") / "data" / name) as p:  # a plain path for regular installs
        return Path(p).resolve()


def repo_root() -> Path | None:
    """The checkout this package runs from, or None when installed (package.json marks the root)."""
    root = Path(__file__).resolve().parent.parent
    return root if (root / "package.json").is_file() else None
