"""`claimx --help` is printed from stored pages: they must be what Typer prints, and only used
where Typer would print exactly them."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer

from claimx import helppages
from claimx.helppages import cached_page, page_key, read_pages, render_pages

RENDERED_WITH, PAGES = read_pages()
same_typer = pytest.mark.skipif(
    typer.__version__ != RENDERED_WITH,
    reason=f"help.txt rendered with typer {RENDERED_WITH}, {typer.__version__} installed: "
    "the pages are not used (`make help-pages` renders them for this release)",
)

# Runs the console entry point as the installed `claimx` script does, and says whether Typer
# was imported on the way.
ENTRY = (
    "import sys; sys.argv = ['claimx', *sys.argv[1:]]\n"
    "from claimx.__main__ import main\n"
    "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\nelse:\n    code = 0\n"
    "sys.stderr.write('TYPER=%s\\n' % ('typer' in sys.modules))\n"
    "sys.exit(code)\n"
)


def _claimx(*args: str, columns: int | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    return subprocess.run(
        [sys.executable, "-c", ENTRY, *args], capture_output=True, text=True, env=env
    )


@same_typer
def test_stored_pages_are_what_typer_prints():
    assert render_pages() == PAGES, "help.txt is stale: run `make help-pages`"


def test_the_installed_typer_release_is_read_without_importing_it():
    assert helppages.typer_version() == typer.__version__


def test_pages_rendered_with_another_typer_release_are_not_used(tmp_path, monkeypatch):
    stored = helppages.PAGES_FILE.read_text(encoding="utf-8")
    other = tmp_path / "help.txt"
    other.write_text(stored.replace(RENDERED_WITH, "0.0.1", 1), encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setattr(helppages, "typer_version", lambda: RENDERED_WITH)
    assert cached_page(["claimx", "--help"]) == PAGES["claimx"]
    monkeypatch.setattr(helppages, "PAGES_FILE", other)
    assert cached_page(["claimx", "--help"]) is None


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (["--help"], "claimx"),
        (["-h"], "claimx"),
        (["extract", "--help"], "claimx extract"),
        (["report", "-h"], "claimx report"),
        (["extract", "a.txt", "--help"], None),
        (["--help", "extract"], None),
        (["--version"], None),
        ([], None),
    ],
)
def test_which_command_lines_ask_for_a_page(args, key):
    assert page_key(args) == key


@same_typer
@pytest.mark.parametrize("args", [["--help"], ["extract", "--help"], ["summary", "-h"]])
def test_help_is_printed_without_importing_typer(args):
    out = _claimx(*args, columns=120)
    assert out.returncode == 0, out.stderr
    key = " ".join(["claimx", *args[:-1]])
    assert out.stdout == PAGES[key] + "\n"
    assert "TYPER=False" in out.stderr


def test_a_narrow_terminal_gets_help_wrapped_to_it():
    out = _claimx("extract", "--help", columns=60)
    assert out.returncode == 0, out.stderr
    assert "TYPER=True" in out.stderr
    prose = [line for line in out.stdout.splitlines() if "claimx " not in line]
    assert max(len(line) for line in prose) <= 58  # examples are kept unwrapped
    assert "--output-dir" in out.stdout


def test_help_of_an_unknown_command_is_a_usage_error():
    out = _claimx("nosuch", "--help", columns=120)
    assert out.returncode == 2
    assert "nosuch" in out.stderr
