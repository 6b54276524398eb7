"""The shape of the code: the folders are layers that data flows through, and imports go one way.

    base (model, errors, names, targets) ← read ← query (and checks, compare) ← write ← corpus ← terminal

A module may import its own layer or a lower one, at module level or inside a function alike (a lazy
import is still a dependency). Imports under ``if TYPE_CHECKING:`` are types for mypy only and are
not counted. The package's top level (``fyplan/__init__``) is the public facade above every layer: it
may import anything, and the terminal uses it the way a script would.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "fyplan"

LAYERS = {
    "fyplan.read": 1,
    "fyplan.query": 2,
    "fyplan.checks": 2,
    "fyplan.compare": 2,  # diff of two notices: works on the model alone, as the query layer does
    "fyplan.write": 3,
    "fyplan.strategies": 3,
    # Many notices: a corpus reads, queries and exports them (and caches parses); the terminal loads through it.
    "fyplan.corpus": 4,
    "fyplan.terminal": 5,
    "fyplan.__main__": 6,  # python -m fyplan: the command line, at the top like the facade
    "fyplan": 6,  # the facade (fyplan/__init__.py) only; every other top-level module is base
}
NAMES = {0: "base", 1: "read", 2: "query", 3: "write", 4: "corpus", 5: "terminal", 6: "facade"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    if module == "fyplan":
        return LAYERS["fyplan"]
    for prefix, level in LAYERS.items():
        if prefix != "fyplan" and (module == prefix or module.startswith(prefix + ".")):
            return level
    return 0


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of the module except those under ``if TYPE_CHECKING:``."""
    found: list[ast.AST] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            stack.extend(node.orelse)
            continue
        found.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return found


def imports() -> dict[str, set[str]]:
    """Module → the fyplan modules it imports anywhere at run time."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("fyplan"):
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("fyplan"))
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def test_the_layer_map_covers_every_folder() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert folders == {"read", "query", "compare", "write", "corpus", "terminal"}


def test_imports_go_one_way() -> None:
    wrong = [
        f"{name} ({NAMES[layer(name)]}) imports {dep} ({NAMES[layer(dep)]})"
        for name, deps in imports().items()
        for dep in deps
        if layer(dep) > layer(name) and not (dep == "fyplan" and layer(name) == LAYERS["fyplan.terminal"])
    ]
    assert wrong == []


def test_no_import_cycles() -> None:
    graph = imports()
    state: dict[str, int] = {}

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for nxt in sorted(graph[name]):
            assert state.get(nxt) != 1, " → ".join([*path, name, nxt])
            if nxt not in state:
                visit(nxt, [*path, name])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_the_model_imports_only_its_hooks() -> None:
    assert imports()["fyplan.model"] == {"fyplan.hooks"}


def test_the_reader_is_a_package_of_stages() -> None:
    stages = {p.stem for p in (PACKAGE / "read").glob("*.py")}
    assert {"decode", "layout", "tables", "grammar", "items", "clauses", "scope", "document", "validate"} <= stages
