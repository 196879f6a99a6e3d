"""The write stage: one streaming writer for every command and format.

JSON for one document, JSON Lines for several (one record a line, flushed as each completes so
`| head -1` and `| jq -c` stream), flat CSV/Markdown tables (one row per quote, actor or position)
for spreadsheets and reports, rich tables for a person at a terminal, and one atomically written
`NAME.json` per document for `--output-dir`.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Literal

from claimx.schema import Result, Span

Format = Literal["json", "jsonl", "csv", "markdown", "table"]
FORMATS: tuple[str, ...] = ("json", "jsonl", "csv", "markdown", "table")
FLAT_FORMATS: tuple[str, ...] = ("csv", "markdown")
What = Literal["quotes", "actors", "positions"]
WHATS: tuple[str, ...] = ("quotes", "actors", "positions")


def choose_format(requested: str | None, stream: IO[str], several: bool) -> Format:
    if requested:
        return requested  # type: ignore[return-value]
    if stream.isatty():
        return "table"
    return "jsonl" if several else "json"


def _offsets(prefix: str, span: Span | None) -> dict[str, Any]:
    return {
        f"{prefix}_start": span.start if span else "",
        f"{prefix}_end": span.end if span else "",
    }


def quote_rows(result: Result) -> list[dict[str, Any]]:
    names = {a.id: a.name for a in result.actors}
    rows = []
    for q in result.quotes:
        rows.append(
            {
                "document": result.document.id,
                "quote": q.id,
                "kind": q.kind,
                "speaker": q.speaker.text if q.speaker else "",
                "actor": q.actor or "",
                "actor_name": names.get(q.actor or "", ""),
                "cue": q.cue.text if q.cue else "",
                "content": q.content.text,
                **_offsets("speaker", q.speaker),
                **_offsets("cue", q.cue),
                **_offsets("content", q.content),
            }
        )
    return rows


def actor_rows(result: Result) -> list[dict[str, Any]]:
    rows = []
    for a in result.actors:
        first = a.mentions[0] if a.mentions else None
        rows.append(
            {
                "document": result.document.id,
                "actor": a.id,
                "name": a.name,
                "kind": a.kind,
                "titles": "; ".join(a.titles),
                "mentions": len(a.mentions),
                **_offsets("first_mention", first),
            }
        )
    return rows


def position_rows(result: Result) -> list[dict[str, Any]]:
    names = {a.id: a.name for a in result.actors}
    rows = []
    for p in result.positions:
        rows.append(
            {
                "document": result.document.id,
                "position": p.id,
                "actor": p.actor,
                "actor_name": names.get(p.actor, ""),
                "stance": p.stance,
                "target": p.target.text,
                "target_actor": p.target_actor or "",
                "cue": p.cue.text,
                "evidence": p.evidence.text,
                "quote": p.quote or "",
                **_offsets("target", p.target),
                **_offsets("cue", p.cue),
                **_offsets("evidence", p.evidence),
            }
        )
    return rows


ROWS: dict[str, Callable[[Result], list[dict[str, Any]]]] = {
    "quotes": quote_rows,
    "actors": actor_rows,
    "positions": position_rows,
}
COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (
        "document",
        "quote",
        "kind",
        "speaker",
        "actor",
        "actor_name",
        "cue",
        "content",
        "speaker_start",
        "speaker_end",
        "cue_start",
        "cue_end",
        "content_start",
        "content_end",
    ),  # fmt: skip
    "actors": (
        "document",
        "actor",
        "name",
        "kind",
        "titles",
        "mentions",
        "first_mention_start",
        "first_mention_end",
    ),  # fmt: skip
    "positions": (
        "document",
        "position",
        "actor",
        "actor_name",
        "stance",
        "target",
        "target_actor",
        "cue",
        "evidence",
        "quote",
        "target_start",
        "target_end",
        "cue_start",
        "cue_end",
        "evidence_start",
        "evidence_end",
    ),  # fmt: skip
}

_MD_SPECIAL = re.compile(r"([\\|`*_<>\[\]])")


def markdown_cell(value: object) -> str:
    """A value on one table line: newlines folded, pipes and markup characters escaped."""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


class Writer:
    """Writes results one at a time; `json` with several documents falls back to JSON Lines."""

    def __init__(
        self, fmt: Format, stream: IO[str], several: bool = False, what: What = "quotes"
    ) -> None:
        self.fmt: Format = "jsonl" if fmt == "json" and several else fmt
        self.stream = stream
        self.what: What = what
        self.count = 0
        self._csv: Any = None
        self._header = False

    def _write_header(self) -> None:
        columns = COLUMNS[self.what]
        if self.fmt == "csv":
            self._csv = csv.DictWriter(self.stream, fieldnames=columns, extrasaction="ignore")
            self._csv.writeheader()
        elif self.fmt == "markdown":
            self.stream.write("| " + " | ".join(columns) + " |\n")
            self.stream.write("|" + "|".join("---" for _ in columns) + "|\n")
        self._header = True

    def write(self, result: Result) -> None:
        if self.fmt == "json":
            self.stream.write(result.model_dump_json(indent=2) + "\n")
        elif self.fmt == "jsonl":
            self.stream.write(result.model_dump_json() + "\n")
        elif self.fmt in FLAT_FORMATS:
            if not self._header:
                self._write_header()
            rows = ROWS[self.what](result)
            if self.fmt == "csv":
                self._csv.writerows(rows)
            else:
                columns = COLUMNS[self.what]
                for row in rows:
                    cells = (markdown_cell(row[c]) for c in columns)
                    self.stream.write("| " + " | ".join(cells) + " |\n")
        else:
            render_table(result, self.stream)
        self.stream.flush()
        self.count += 1

    def close(self) -> None:
        """Flat formats print their header even when no document came through."""
        if self.fmt in FLAT_FORMATS and not self._header:
            self._write_header()
        self.stream.flush()


# --- --output-dir: one NAME.json per document ---------------------------------------------------

#: Longest file name stem written (characters); file systems allow 255 bytes for a whole name.
MAX_STEM = 100
_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_stem(name: str) -> str:
    """A file name stem that cannot leave its directory, hide, or pose as an option.

    Names made of letters, digits, `.`, `_` and `-` (not leading `.` or `-`) are kept as they are,
    so `NAME.txt` gives `NAME.json` as the evaluation scorers expect.
    """
    name = unicodedata.normalize("NFC", name)
    stem = _UNSAFE.sub("_", name).lstrip(".-")[:MAX_STEM]
    while len(stem.encode("utf-8")) > 2 * MAX_STEM:
        stem = stem[:-1]
    return stem or "document"


class OutputDir:
    """Names outputs inside one directory: safe stems, `-2`, `-3`… on collisions within a run."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._used: set[str] = set()

    def prepare(self) -> None:
        """Create the directory and prove it is writable, before any work is done."""
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".claimx-", suffix=".tmp")
        os.close(fd)
        os.unlink(tmp)

    def target(self, doc_id: str) -> Path:
        stem = safe_stem(doc_id)
        candidate, n = stem, 1
        while candidate.lower() in self._used:
            n += 1
            candidate = f"{stem}-{n}"
        self._used.add(candidate.lower())
        path = self.directory / f"{candidate}.json"
        assert path.parent == self.directory and "/" not in candidate
        return path


@functools.cache
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(target: Path, data: str) -> None:
    """Write `data` to `target` so that readers see the old file or the whole new one."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".claimx-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, target)
        tmp = None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(result: Result, stream: IO[str]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=stream, highlight=False)
    names = {a.id: a.name for a in result.actors}
    doc = result.document
    console.print(
        f"[bold]{escape(doc.id)}[/bold]  {doc.words} words · {len(result.quotes)} quotes · "
        f"{len(result.actors)} actors · {len(result.positions)} positions"
    )
    quotes = Table(title="Quotes", show_lines=False, expand=True)
    # every wrapping column shares the width by ratio: a column without one keeps its whole
    # content width and, on a narrow terminal, squeezes the others down to a letter a line
    widths = {"#": (None, 4), "speaker": (2, 10), "actor": (2, 10), "cue": (2, 8)}
    widths |= {"kind": (None, 8), "content": (5, 20)}
    for col, (ratio, least) in widths.items():
        quotes.add_column(col, overflow="fold", ratio=ratio, min_width=least)
    for q in result.quotes:
        quotes.add_row(
            q.id,
            escape(q.speaker.text) if q.speaker else "—",
            escape(names.get(q.actor or "", "—")),
            escape(q.cue.text) if q.cue else "—",
            q.kind,
            escape(_clip(q.content.text)),
        )
    console.print(quotes)
    actors = Table(title="Actors", expand=True)
    for col, ratio in (("#", None), ("name", 3), ("kind", None), ("titles", 3), ("mentions", None)):
        actors.add_column(col, overflow="fold", ratio=ratio)
    for a in result.actors:
        actors.add_row(
            a.id, escape(a.name), a.kind, escape(", ".join(a.titles)), str(len(a.mentions))
        )
    console.print(actors)
    if result.positions:
        positions = Table(title="Positions", expand=True)
        for col, ratio in (("actor", 2), ("stance", None), ("target", 4), ("cue", 2)):
            positions.add_column(col, overflow="fold", ratio=ratio, min_width=7)
        for p in result.positions:
            positions.add_row(
                escape(names.get(p.actor, p.actor)),
                p.stance,
                escape(_clip(p.target.text)),
                escape(p.cue.text),
            )
        console.print(positions)
