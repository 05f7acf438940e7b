"""The server's import graph: wings stacked one way, no cycles, a run lifecycle without I/O.

Read from the source (every import, those under TYPE_CHECKING too), not from what happens to be
imported at run time; one test checks the run time too (a pure module imports alone).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "server" / "assistants_server"

# Top to bottom: a module may import its own layer's modules and those of the layers below.
LAYERS: list[tuple[str, ...]] = [
    ("__init__", "__main__", "pytest_plugin", "server", "threaded"),
    ("key_admin",),
    ("http.app", "http.listener", "http.tls"),
    ("http.admin", "http.console"),
    ("http.routing",),
    ("http.pipeline",),
    ("http.idempotency",),
    ("http.handlers",),
    ("http.file_handlers", "http.vector_store_handlers"),
    ("http.replies",),
    ("http.access", "http.rate_limits"),
    ("http.openapi", "http.auth", "http.bodies", "http.forms", "http.multipart"),
    ("http.schema_errors",),
    ("domain",),
    ("archive_load",),
    # the code_interpreter tool inside runs: files into the sandbox, what the code made out as Files
    ("code_runs",),
    ("file_records",),
    ("vector_stores.resources",),
    ("vector_stores.search",),
    ("vector_stores.service",),
    ("vector_stores.ingest", "vector_stores.rules"),
    ("retrieval",),
    ("runs.shared",),
    ("runs.engine",),
    ("runs.segment", "runs.tools", "runs.streams"),
    ("objects",),
    ("runs.lifecycle",),
    ("backends",),
    # code_interpreter's sandboxed Python: imports nothing of the server's
    ("sandbox",),
    ("storage",),
    ("config", "faults"),
    ("options", "errors", "stats"),
    # text and chunks out of uploaded files: imports nothing of the server's
    ("files",),
]
NO_IO = {"asyncio", "sqlite3", "httpx2", "starlette", "uvicorn", "socket", "threading", "os", "time", "jsonschema"}


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(parts[:-1]) if parts[-1] == "__init__" and len(parts) > 1 else ".".join(parts)
        found[name] = path
    return found


def imports(name: str, path: Path) -> tuple[set[str], set[str]]:
    """(modules of the package, outside top-level modules) that `name` imports."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    inside, outside = set(), set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = alias.name
                if target.startswith("assistants_server."):
                    inside.add(target.removeprefix("assistants_server."))
                else:
                    outside.add(target.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                module = node.module or ""
                if module.startswith("assistants_server"):
                    inside.add(module.removeprefix("assistants_server").lstrip("."))
                else:
                    outside.add(module.split(".")[0])
                continue
            base = package[: len(package) - node.level + 1]
            stem = ".".join([*base, *([node.module] if node.module else [])])
            if node.module:
                inside.add(stem)
            else:  # from . import x
                inside.update(".".join([*base, alias.name]) for alias in node.names)
    return {m for m in inside if m}, outside


def known(name: str, all_modules: dict[str, Path]) -> str:
    """The module `name` names: a module of the package, or the package that holds `name`."""
    while name not in all_modules and "." in name:
        name = name.rpartition(".")[0]
    return name


def layer(name: str) -> int:
    best = None
    for index, members in enumerate(LAYERS):
        for member in members:
            inside = name == member or name.startswith(member + ".")
            if inside and (best is None or len(member) > best[1]):
                best = (index, len(member))
    assert best is not None, f"{name} is in no layer of this test: place it"
    return best[0]


def graph() -> dict[str, set[str]]:
    all_modules = modules()
    return {
        name: {known(m, all_modules) for m in imports(name, path)[0]} - {name} for name, path in all_modules.items()
    }


def test_every_import_points_down_the_layers() -> None:
    upward = [
        f"{name} -> {target}"
        for name, targets in graph().items()
        for target in targets
        if layer(target) < layer(name) and not name.endswith("__init__")
    ]
    assert not upward, "imports that reach up a layer:\n" + "\n".join(sorted(upward))


def test_no_import_cycles() -> None:
    edges = graph()
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges.get(node, ())):
            if target == "" or target not in edges:
                continue
            if state.get(target) == 1:
                cycles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_the_run_lifecycle_does_no_io() -> None:
    path = PACKAGE / "runs" / "lifecycle.py"
    inside, outside = imports("runs.lifecycle", path)
    assert not outside & NO_IO, f"runs/lifecycle.py imports {sorted(outside & NO_IO)}"
    assert inside <= {"backends.base"}, f"runs/lifecycle.py imports {sorted(inside)} of the server"
    base_inside, base_outside = imports("backends.base", PACKAGE / "backends" / "base.py")
    assert base_inside <= {"backends.file_search", "backends.code_interpreter"} and not base_outside & NO_IO
    # the hosted tools' types, markers and links, which the backend contract names: pure too
    for tool in ("file_search", "code_interpreter"):
        tool_inside, tool_outside = imports(f"backends.{tool}", PACKAGE / "backends" / f"{tool}.py")
        assert not tool_inside and not tool_outside & NO_IO, tool


def test_no_hand_written_module_is_over_500_lines() -> None:
    root = PACKAGE.parents[1]
    long = [
        f"{path.relative_to(root)}: {count}"
        for folder in ("server", "facade", "scripts")
        for path in (root / folder).rglob("*.py")
        if (count := len(path.read_text().splitlines())) > 500
    ]
    assert not long, "modules over 500 lines:\n" + "\n".join(long)


def test_the_multipart_parser_does_no_io() -> None:
    inside, outside = imports("http.multipart", PACKAGE / "http" / "multipart.py")
    assert not inside and not outside & NO_IO


def test_the_backend_interface_has_no_dead_names() -> None:
    """Each name ``backends/base.py`` defines is used there or imported from it elsewhere."""
    path = PACKAGE / "backends" / "base.py"
    tree = ast.parse(path.read_text())
    defined = {node.name for node in tree.body if isinstance(node, ast.ClassDef | ast.FunctionDef)}
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load)}
    for other in [*PACKAGE.rglob("*.py"), *(PACKAGE.parents[1] / "tests").rglob("*.py")]:
        if other == path:
            continue
        for node in ast.walk(ast.parse(other.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("base"):
                used |= {alias.name for alias in node.names}
    dead = sorted(defined - used)
    assert not dead, f"backends/base.py defines names nothing uses: {dead}"


def test_importing_a_pure_module_loads_neither_the_app_nor_the_store() -> None:
    """The package's ``__init__`` finds its public names on first use, so importing the run
    lifecycle (a pure module) loads no web framework, no server and no database."""
    code = (
        "import sys, assistants_server.runs.lifecycle\n"
        "print(sorted(m for m in ('starlette', 'uvicorn', 'sqlite3', 'asyncio', 'jsonschema') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
    import assistants_server

    assert set(assistants_server.__all__) <= set(dir(assistants_server))
    assert all(getattr(assistants_server, name) is not None for name in assistants_server.__all__)
