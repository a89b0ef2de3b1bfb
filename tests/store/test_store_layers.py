"""Protects the store's shape (issue 19): engine-specific code behind one family of modules
per engine, no SQL anywhere else in the store, and imports that run downward (no circle, not
even through an import made inside a function)."""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import kenesh_desktop.store as store_package

STORE = Path(store_package.__file__).resolve().parent
ENGINE_MODULES = {
    "sqlite": {"engine_sqlite", "sqlite_file", "sqlite_inspect", "sqlite_backup"},
    "postgresql": {"engine_postgres", "postgres_server", "postgres_policies", "drivers"},
}
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \S+ SET|DELETE FROM|PRAGMA|CREATE TABLE|"
                 r"DROP TABLE|ALTER TABLE|BEGIN|ROLLBACK|LISTEN|NOTIFY)\b")
DRIVERS = {"sqlite3", "psycopg", "psycopg2"}
MAX_LINES = 400


@functools.cache
def modules() -> dict[str, ast.Module]:
    return {path.stem: ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(STORE.glob("*.py"))}


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value,
                                                                    ast.Constant):
                found.add(id(body[0].value))
    return found


def store_imports(tree: ast.Module) -> set[str]:
    """The store modules `tree` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "kenesh_desktop.store":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("kenesh_desktop.store."):
                found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            found |= {alias.name.split(".")[2] for alias in node.names
                      if alias.name.startswith("kenesh_desktop.store.")}
    return found


def test_no_sql_and_no_driver_outside_the_engines():
    engines = set().union(*ENGINE_MODULES.values())
    offending = []
    for name, tree in modules().items():
        if name in engines:
            continue
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in docstrings and SQL.search(node.value):
                offending.append(f"{name}.py:{node.lineno}: {node.value[:60]!r}")
            if isinstance(node, ast.Attribute) and node.attr in ("execute_sql", "pragma"):
                offending.append(f"{name}.py:{node.lineno}: .{node.attr}")
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = ([node.module] if isinstance(node, ast.ImportFrom) and node.module
                         else [alias.name for alias in getattr(node, "names", [])])
                if any(n.split(".")[0] in DRIVERS for n in names if n):
                    offending.append(f"{name}.py:{node.lineno}: imports a driver")
    assert offending == []


def test_the_engines_do_not_know_each_other():
    trees = modules()
    for engine, names in ENGINE_MODULES.items():
        others = set().union(*(v for k, v in ENGINE_MODULES.items() if k != engine))
        for name in names:
            assert not store_imports(trees[name]) & others, name


def test_the_store_imports_downward_without_a_circle():
    trees = modules()
    graph = {name: store_imports(tree) & set(trees) for name, tree in trees.items()}
    state: dict[str, str] = {}
    circles = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for imported in sorted(graph[name]):
            if state.get(imported) == "open":
                circles.append(path[path.index(imported):] + [imported])
            elif imported not in state:
                visit(imported, [*path, imported])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert circles == []
    assert graph["binding"] == set() and graph["errors"] == set()
    assert "db" not in set().union(*(graph[n] for n in graph if n not in ("restore",)))


def test_the_engine_neutral_modules_stay_small():
    long = {path.name: count for path in STORE.glob("*.py")
            if (count := len(path.read_text(encoding="utf-8").splitlines())) >= MAX_LINES}
    assert not {name: n for name, n in long.items()
                if name in ("db.py", "writes.py", "engine_sqlite.py", "engine_postgres.py",
                            "binding.py", "backup.py", "migrations.py", "changes.py")}
