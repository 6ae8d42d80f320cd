"""The package's import graph, read from the source with `ast`: no cycle between packages, and inside a
package only the module cycles listed here.

Every import counts, at module level or inside a function (a function-level import is still a dependency,
only a later one); an import under `if TYPE_CHECKING:` does not (it never runs). A cycle is broken by
moving what both sides need into a small module below them, not by hiding an import in a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import tapsite_pipeline

PACKAGE = "tapsite_pipeline"

# Module cycles inside one package still to be broken (each a strongly connected set of modules).
KNOWN_MODULE_CYCLES = {
    # the industry tables import each other's word lists; the offline rules are being reworked
    frozenset({"providers.offline_rules.copy.industries", "providers.offline_rules.copy.industries_food",
               "providers.offline_rules.copy.industries_goods", "providers.offline_rules.copy.industries_services",
               "providers.offline_rules.copy.industries_work"}),
}


def modules(root: Path, package: str) -> dict[str, Path]:
    out = {}
    for path in root.rglob("*.py"):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or \
        (isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST):
    """Every Import / ImportFrom node, at any depth, except those under `if TYPE_CHECKING:`."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                stack.extend(child.orelse)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child
            stack.append(child)


def import_graph(mods: dict[str, Path]) -> dict[str, set[str]]:
    """module → the package's modules it imports (`from pkg import name` is the module `pkg.name` when one
    exists, else `pkg` itself)."""

    def known(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        here = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [known(a.name) for a in node.names]
            else:
                base = node.module or ""
                if node.level:
                    up = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                    base = ".".join([*up, base] if base else up)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in mods else known(base) for a in node.names]
            graph[mod].update(t for t in targets if t and t != mod)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected sets of more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on, stack, out = set(), [], []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = set()
                while True:
                    m = stack.pop()
                    on.discard(m)
                    comp.add(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    out.append(comp)
    return out


def package_graph(graph: dict[str, set[str]], mods: dict[str, Path], package: str) -> dict[str, set[str]]:
    """The graph between packages: a module in a subpackage (at any depth) is its package; a top-level
    module (models, errors, pipeline, …) is a node of its own."""

    def node(m: str) -> str:
        owner = m if mods[m].name == "__init__.py" else m.rpartition(".")[0]
        return m if owner == package else owner

    out: dict[str, set[str]] = {}
    for a, targets in graph.items():
        out.setdefault(node(a), set()).update(node(b) for b in targets if node(b) != node(a))
    return out


def _edges_within(graph: dict[str, set[str]], comp: set[str], node) -> list[str]:
    return sorted(f"{a} -> {b}" for a, bs in graph.items() for b in bs
                  if node(a) in comp and node(b) in comp and node(a) != node(b))


ROOT = Path(tapsite_pipeline.__file__).parent
MODS = modules(ROOT, PACKAGE)
GRAPH = import_graph(MODS)


def test_no_import_cycle_between_packages():
    pgraph = package_graph(GRAPH, MODS, PACKAGE)
    found = cycles(pgraph)
    owner = {m: (m if MODS[m].name == "__init__.py" else m.rpartition(".")[0]) for m in MODS}

    def node(m: str) -> str:
        return m if owner[m] == PACKAGE else owner[m]

    assert not found, "import cycles between packages:\n" + "\n".join(
        f"{sorted(c)}:\n  " + "\n  ".join(_edges_within(GRAPH, c, node)) for c in found)


def test_module_cycles_inside_a_package_are_only_the_known_ones():
    found = {frozenset(m.removeprefix(PACKAGE + ".") for m in c) for c in cycles(GRAPH)}
    new = found - KNOWN_MODULE_CYCLES
    assert not new, "new module import cycles (move the shared pieces into a module both import):\n" + \
        "\n".join(str(sorted(c)) for c in new)


def test_the_graph_counts_function_level_imports_and_skips_type_checking_ones(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.b import B\n"
                              "def f():\n    from .sub import c\n")
    (pkg / "b.py").write_text("from pkg import a\n")
    (pkg / "sub" / "c.py").write_text("import pkg.b\n")
    mods = modules(pkg, "pkg")
    graph = import_graph(mods)
    assert graph["pkg.a"] == {"pkg.sub.c"}           # the function-level import, not the TYPE_CHECKING one
    assert graph["pkg.b"] == {"pkg.a"} and graph["pkg.sub.c"] == {"pkg.b"}
    assert cycles(graph) == [{"pkg.a", "pkg.b", "pkg.sub.c"}]
    assert cycles(package_graph(graph, mods, "pkg")) == [{"pkg.a", "pkg.b", "pkg.sub"}]
    (pkg / "a.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .sub import c\n")
    assert cycles(import_graph(modules(pkg, "pkg"))) == []
