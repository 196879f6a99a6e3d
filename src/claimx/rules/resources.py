"""Data files under `models/`: word lists and the pipeline manifest.

In a wheel they are shipped as `claimx/models/`; in a checkout they sit at the repository top.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


@cache
def models_dir() -> Path:
    package = Path(__file__).resolve().parent.parent  # claimx/
    for candidate in (package / "models", package.parent.parent / "models"):
        if (candidate / "manifest.json").is_file():
            return candidate
    raise FileNotFoundError("claimx data files (models/manifest.json) not found")


@cache
def manifest() -> dict[str, object]:
    data: dict[str, object] = json.loads((models_dir() / "manifest.json").read_text("utf-8"))
    return data


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Entries of a one-entry-a-line file; `#` starts a comment, blank lines are skipped."""
    entries = []
    for line in (models_dir() / name).read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return tuple(entries)


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, comments and blank lines skipped."""
    strip = str.strip  # the lexicons run to 10,000 rows: this is read on every start
    return tuple(
        tuple(map(strip, line.split("\t")))
        for line in (models_dir() / name).read_text("utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )
