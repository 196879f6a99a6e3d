"""The README's Layout names every module, no module imports a later stage (the one direction
of flow a newcomer reads there), and no import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "claimx"
#: stages in the order a document goes through them
ORDER = ["actors", "quotes", "positions"]


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py")


def test_the_readme_layout_names_every_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme[readme.index("## Layout") :]
    missing = [str(p.relative_to(PACKAGE)) for p in modules() if f"`{p.stem}`" not in layout]
    assert not missing, f"not in the README's Layout: {missing}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_stage_imports_a_later_stage():
    for i, stage in enumerate(ORDER):
        for path in (PACKAGE / stage).rglob("*.py"):
            later = [
                m for m in _imports(path) for s in ORDER[i + 1 :] if m.startswith(f"claimx.{s}")
            ]
            assert not later, f"{path.relative_to(PACKAGE)} imports {later}"


def _module_imports() -> dict[str, set[str]]:
    """claimx module -> claimx modules it imports at module level (TYPE_CHECKING blocks and
    imports inside functions are not run at import time; `from pkg import sub` imports `sub`)."""
    root = PACKAGE.parent
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        modules[name] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                subs = [f"{node.module}.{a.name}" for a in node.names]
                subs = [s for s in subs if s in modules]
                targets = subs if len(subs) == len(node.names) else [node.module, *subs]
            else:
                continue
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def test_no_import_cycle():
    """A cycle makes the import order decide whether claimx starts at all."""
    graph = _module_imports()
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(name: str, stack: list[str]) -> None:
        state[name] = 1
        stack.append(name)
        for other in sorted(graph[name]):
            if state.get(other) == 1:
                cycles.append([*stack[stack.index(other) :], other])
            elif other not in state:
                visit(other, stack)
        stack.pop()
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    assert len(graph) > 50 and not cycles, cycles


#: the size a newcomer can read in one sitting (issue 11: no module over about 600 lines)
MAX_LINES = 600


def test_no_module_is_over_600_lines():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines: {long}"
