"""The write stage: one streaming writer for every command and format.

JSON for one document (one JSON array for several), JSON Lines (one record a line, flushed as
each completes so `| head -1` and `| jq -c` stream), CSV (one row per quote, actor or position)
for spreadsheets, a Markdown report and rich tables for people (`claimx.io.report`), and one
atomically written `NAME.json` per document for `--output-dir`, mirroring the inputs' folders.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimx.schema import Result, Span

#: The output formats and tables (defined in claimx.io.choices, which the command line reads).
from claimx.io.choices import FORMATS as FORMATS  # noqa: E402 - the one list, re-exported
from claimx.io.choices import WHATS as WHATS  # noqa: E402
from claimx.io.choices import Format as Format  # noqa: E402
from claimx.io.choices import What as What  # noqa: E402


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


class Writer:
    """Writes results one at a time, each flushed as soon as it is written.

    `json` with several documents is one JSON array, streamed: `[` before the first record,
    `,` between records and `]` at `close()`, so a consumer can still follow a long run.
    `pause` wraps every write to a terminal (the CLI clears its progress bar there).
    """

    def __init__(
        self,
        fmt: Format,
        stream: IO[str],
        several: bool = False,
        what: What | None = None,
        pause: Callable[[], contextlib.AbstractContextManager[object]] = contextlib.nullcontext,
    ) -> None:
        self.fmt: Format = fmt
        self.array = fmt == "json" and several
        self.stream = stream
        self.what: What = what or "quotes"
        self.sections: tuple[str, ...] = (what,) if what else WHATS
        self.pause = pause
        self.count = 0
        self.closed = False
        self._header = False
        self._console: Any = None

    def _render(self, result: Result) -> str:
        if self.fmt == "json":
            text = result.model_dump_json(indent=2)
            if not self.array:
                return text + "\n"
            return ("[\n" if self.count == 0 else ",\n") + text
        if self.fmt == "jsonl":
            return result.model_dump_json() + "\n"
        if self.fmt == "csv":
            buffer = io.StringIO()
            rows = csv.DictWriter(buffer, fieldnames=COLUMNS[self.what], extrasaction="ignore")
            if not self._header:
                rows.writeheader()
                self._header = True
            rows.writerows(ROWS[self.what](result))
            return buffer.getvalue()
        from claimx.io.report import markdown_report, terminal_report

        if self.fmt == "markdown":
            return markdown_report(result, self.sections)
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.stream, highlight=False)
        return terminal_report(result, self._console, self.sections)

    def write(self, result: Result) -> None:
        text = self._render(result)
        with self.pause():
            self.stream.write(text)
            self.stream.flush()
        self.count += 1

    def close(self) -> None:
        """End the output: the array's `]`, or the CSV header when no document came through."""
        if self.closed:
            return
        self.closed = True
        if self.array:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        elif self.fmt == "csv" and not self._header:
            csv.DictWriter(self.stream, fieldnames=COLUMNS[self.what]).writeheader()
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


#: Who a record belongs to: (absolute path of the input or None, document id).
Identity = tuple[str | None, str]


def identity(path: str | None, doc_id: str) -> Identity:
    return (os.path.abspath(path) if path else None, doc_id)


@dataclass
class Place:
    """Where one input's record goes, and the record already there (its sha256), if any."""

    path: Path
    existing_sha256: str | None = None


def _owner(path: Path) -> tuple[Identity, str | None] | None:
    """Identity and sha256 of the claimx record in `path`; None if absent or not one."""
    try:
        with open(path, encoding="utf-8") as fh:
            document = json.load(fh)["document"]
        return identity(document.get("path"), document["id"]), document.get("sha256")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def relative_name(rel: str) -> tuple[list[str], str]:
    """Folders and stem for an input's path relative to what was given (`a/x.txt` -> a, x).

    `.txt` is dropped (`NAME.txt` gives `NAME.json`, as the evaluation scorers expect); other
    extensions are kept, so `x.txt` and `x.md` in one folder give `x.json` and `x.md.json`.
    """
    parts = [p for p in rel.replace(os.sep, "/").split("/") if p not in ("", ".", "..")]
    name = parts[-1] if parts else ""
    if name.lower().endswith(".txt"):
        name = name[:-4]
    return [safe_stem(p) for p in parts[:-1]], safe_stem(name)


class OutputDir:
    """Names outputs inside one directory, mirroring the inputs' relative paths.

    A record is never written over another input's: a file that holds another input's record
    (or anything else) is left alone and the next free name (`x-2.json`, …) is taken, and two
    inputs of one run never share a name.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._used: dict[str, Identity] = {}
        self._listed: dict[Path, set[str]] = {}

    def prepare(self) -> None:
        """Create the directory and prove it is writable, before any work is done."""
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".claimx-", suffix=".tmp")
        os.close(fd)
        os.unlink(tmp)

    def _names(self, folder: Path) -> set[str]:
        """The file names in `folder`, listed once per run (then kept up to date here)."""
        if folder not in self._listed:
            try:
                self._listed[folder] = set(os.listdir(folder))
            except OSError:
                self._listed[folder] = set()
        return self._listed[folder]

    def place(self, rel: str | None, doc_id: str, path: str | None) -> Place:
        """The file for one input: the one holding its own earlier record, else the first free
        name among `stem.json`, `stem-2.json`, ... (names another input holds are passed over)."""
        if rel is not None:
            folders, stem = relative_name(rel)
        else:
            folders, stem = [], safe_stem(doc_id)
        folder = self.directory.joinpath(*folders)
        assert folder == self.directory or self.directory in folder.parents
        who = identity(path, doc_id)
        names = self._names(folder)
        pattern = re.compile(re.escape(stem) + r"(?:-([2-9]|[1-9]\d+))?\.json")
        taken = sorted(
            int(m.group(1) or 1) for name in names if (m := pattern.fullmatch(name)) is not None
        )
        for n in taken:  # its own record from an earlier run, wherever it is
            target = folder / (f"{stem}.json" if n == 1 else f"{stem}-{n}.json")
            owner = _owner(target)
            if owner is not None and owner[0] == who and self._claim(target, who):
                return Place(target, owner[1])
        n = 1
        while True:
            name = f"{stem}.json" if n == 1 else f"{stem}-{n}.json"
            target = folder / name
            if name not in names and self._claim(target, who):
                names.add(name)
                return Place(target)
            n += 1

    def _claim(self, target: Path, who: Identity) -> bool:
        """Reserve `target` for one input of this run (names are compared ignoring case)."""
        key = str(target).lower()
        return self._used.setdefault(key, who) == who


@functools.cache
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(target: Path, data: str) -> None:
    """Write `data` to `target` so that readers see the old file or the whole new one."""
    tmp: str | None = None
    target.parent.mkdir(parents=True, exist_ok=True)
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
