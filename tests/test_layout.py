"""The layout keeps its promises: pure stage code, data found one way (import cycles: test_import_graph.py)."""

from __future__ import annotations

import ast
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
    offenders = []
    for path, _ in _modules():
        text = path.read_text(encoding="utf-8")
        if path.name != "resources.py" and (".parent.parent" in text or "parents[" in text):
            offenders.append(path.relative_to(PKG).as_posix())
    assert not offenders, offenders
