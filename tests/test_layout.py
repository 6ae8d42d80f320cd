"""The layout keeps its promises: no import cycles between packages, pure stage code, data found one way."""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "tapsite_pipeline"
PURE = ("stages", "providers/offline_rules", "design", "models.py", "pipeline.py", "brief.py", "files.py",
        "illustrations.py")
VENDOR = ("dagster", "mlflow", "openai", "anthropic")


def _modules():
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield path, ".".join(parts)


def _imports(path: Path, mod: str) -> set[str]:
    out = set()
    is_pkg = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = mod.split(".") if is_pkg else mod.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                out.add(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                out.add(node.module)
    return out


def _room(mod: str) -> str:
    """The package a module lives in (tapsite_pipeline.<package>), or the top-level module itself."""
    return ".".join(mod.split(".")[:2])


def test_no_import_cycles_between_packages():
    graph: dict[str, set[str]] = {}
    for path, mod in _modules():
        room = _room(mod)
        deps = {_room(m) for m in _imports(path, mod) if m.startswith("tapsite_pipeline.")}
        graph.setdefault(room, set()).update(d for d in deps if d != room)
    try:
        list(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        raise AssertionError(f"import cycle between packages: {' -> '.join(exc.args[1])}") from None


def test_stage_code_imports_no_orchestrator_tracker_or_vendor_sdk():
    bad = []
    for path, mod in _modules():
        rel = path.relative_to(PKG).as_posix()
        if not any(rel == p or rel.startswith(p + "/") for p in PURE):
            continue
        for m in _imports(path, mod):
            if m.split(".")[0] in VENDOR or m.startswith("tapsite_pipeline.orchestration"):
                bad.append(f"{rel}: {m}")
    assert not bad, bad


def test_data_folders_are_found_only_through_resources():
    offenders = [p.relative_to(PKG).as_posix() for p, _ in _modules()
                 if p.name != "resources.py" and ".parent.parent" in p.read_text(encoding="utf-8")
                 or "parents[" in p.read_text(encoding="utf-8")]
    assert not offenders, offenders
