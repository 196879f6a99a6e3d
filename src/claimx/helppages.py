"""`claimx --help` and `claimx COMMAND --help` without importing Typer.

Typer and its Click take about two thirds of the time of `claimx --help` (0.1 s of 0.16 s on
the development machine), all to print text that only changes when claimx's options do. The
pages are therefore rendered once from the Typer app into `help.txt` (`make help-pages`) and
printed from there; `tests/test_helppages.py` fails when that file no longer matches the app.

The stored pages are what Click prints at its widest (78 columns, on any terminal of 80 columns
or more and off a terminal) with the Typer release they were rendered with; a narrower terminal,
another Typer release, another program name (`python -m claimx`) or shell completion goes
through Typer as before.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PAGES_FILE = Path(__file__).with_name("help.txt")
HELP_FLAGS = ("--help", "-h")
PROG = "claimx"
# Click wraps help to min(terminal columns, 80) - 2: every terminal this wide reads the same.
MIN_COLUMNS = 80
_SEPARATOR = "\f"
_HEADER = "rendered with typer "


def page_key(args: list[str]) -> str | None:
    """The page `args` ask for (`claimx`, `claimx extract`, ...), or None if they ask for more."""
    if len(args) == 1 and args[0] in HELP_FLAGS:
        return PROG
    if len(args) == 2 and args[1] in HELP_FLAGS and args[0].isalpha():
        return f"{PROG} {args[0]}"
    return None


def read_pages(path: Path | None = None) -> tuple[str, dict[str, str]]:
    """The Typer release the pages were rendered with, and the pages by key (a page is the text
    Click prints, without its final newline)."""
    header, *blocks = (path or PAGES_FILE).read_text(encoding="utf-8").split(_SEPARATOR)
    pages: dict[str, str] = {}
    for block in blocks:
        key, _, text = block.partition("\n")
        pages[key] = text.rstrip("\n")
    return header.strip().removeprefix(_HEADER), pages


def typer_version() -> str | None:
    """The installed Typer's version, read from its source: importing Typer or
    importlib.metadata is what this module exists to avoid."""
    for entry in sys.path:
        try:
            with open(os.path.join(entry or ".", "typer", "__init__.py"), encoding="utf-8") as f:
                lines = f.read(4096).splitlines()
        except OSError:
            continue
        for line in lines:
            if line.startswith("__version__"):
                return line.partition("=")[2].strip().strip("\"'")
        return None
    return None


def cached_page(argv: list[str]) -> str | None:
    """The stored page for this command line, or None when only Typer can answer it right."""
    key = page_key(argv[1:])
    if key is None or os.path.basename(argv[0]) != PROG:
        return None
    if any(name.startswith("_CLAIMX_COMPLETE") for name in os.environ):
        return None
    import shutil

    if shutil.get_terminal_size().columns < MIN_COLUMNS:
        return None
    try:
        rendered_with, pages = read_pages()
    except (OSError, ValueError):
        return None
    if rendered_with != typer_version():
        return None
    return pages.get(key)


def render_pages() -> dict[str, str]:
    """Every help page as the Typer app prints it at 80 columns, each in a fresh `claimx`
    process (Typer's own test runner forces another width)."""
    import subprocess

    import typer.main

    from claimx.cli import app

    group = typer.main.get_command(app)
    commands = [[], *([name] for name in getattr(group, "commands", {}))]
    code = f"import sys; sys.argv[0] = {PROG!r}; from claimx.cli import run; run()"
    env = {**os.environ, "COLUMNS": str(MIN_COLUMNS)}
    pages: dict[str, str] = {}
    for command in commands:
        result = subprocess.run(
            [sys.executable, "-c", code, *command, "--help"],
            capture_output=True,
            text=True,
            env=env,
        )
        if result.returncode != 0:
            raise RuntimeError(f"{PROG} {' '.join(command)} --help failed: {result.stderr}")
        pages[" ".join([PROG, *command])] = result.stdout.rstrip("\n")
    return pages


def write_pages(path: Path | None = None) -> None:
    """Render every page and store them (`make help-pages`)."""
    import typer

    blocks = [f"{_SEPARATOR}{key}\n{text}\n" for key, text in render_pages().items()]
    text = f"{_HEADER}{typer.__version__}\n" + "".join(blocks)
    (path or PAGES_FILE).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_pages()
    sys.stderr.write(f"wrote {PAGES_FILE}\n")
