"""The README's Layout names every module, and no module imports a later stage (the one direction
of flow a newcomer reads there)."""

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
