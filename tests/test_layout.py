"""The folders are the data flow: no import circle between steps, and the entry points sit on top.

A step is a folder (or a module) of README.md's layout tree. Each module's imports are read from its
source (every `import`, also those inside functions); a circle of modules that crosses two steps fails,
and so does an import of an entry point (CLI, worker, web server, demo) from below.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "scrapers", "notifiers")

# The steps, most specific first: a module belongs to the first whose name it starts with.
STEPS = (
    "bot.core", "bot.config", "bot.schedule", "scrapers", "bot.pipeline", "bot.poll", "bot.store",
    "bot.delivery", "bot.ops", "bot.history", "notifiers.slack", "notifiers", "bot.web", "bot.worker", "bot.app",
    "bot.demo", "bot.cli", "bot.__main__", "bot",
)

# Entry points, and the only modules that may import each.
ENTRY_POINTS = {
    "bot.cli": {"bot.__main__"},
    "bot.worker.main": {"bot.cli"},
    "bot.web.server": {"bot.cli"},
    "bot.demo": {"bot.cli"},
}


def step_of(module: str) -> str:
    return next(step for step in STEPS if module == step or module.startswith(step + "."))


def module_files() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            relative = path.relative_to(ROOT).with_suffix("")
            if "migrations" in relative.parts:
                continue
            name = ".".join(relative.parts).removesuffix(".__init__")
            found[name] = path
    return found


@cache
def import_graph() -> dict[str, set[str]]:
    """module -> the project modules it imports (a name imported from a package counts as the package); read once
    per test process, the tests only read it."""
    files = module_files()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in files.items():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            for target in targets:
                while target and target not in files:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in list(graph):
        if module not in index:
            visit(module)
    return found


def test_every_module_belongs_to_a_step():
    assert all(step_of(name) for name in module_files())


def test_no_import_circle_crosses_steps():
    graph = import_graph()
    crossing = [c for c in circles(graph) if len({step_of(m) for m in c}) > 1]
    described = [
        "\n".join(f"  {m} -> {sorted(t for t in graph[m] if t in c)}" for m in c) for c in crossing
    ]
    assert not crossing, "import circles across steps:\n" + "\n\n".join(described)


def test_entry_points_are_imported_only_from_above():
    graph = import_graph()
    wrong = [
        f"{importer} imports {entry}"
        for importer, targets in graph.items()
        for entry, allowed in ENTRY_POINTS.items()
        if entry in targets and importer not in allowed
    ]
    assert not wrong, wrong


def test_the_checker_sees_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
