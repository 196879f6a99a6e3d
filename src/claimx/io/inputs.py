"""What a batch reads: paths, directories, `-`, `--files-from` lists and JSON Lines archives.

Inputs are expanded lazily and in the order given (directory entries sorted by name), so a batch
over a huge folder or archive starts at once and holds one document at a time. Problems found while
expanding are entries too (with `error` set), so they are reported in order and never stop a batch.
"""

from __future__ import annotations

import fnmatch
import hashlib
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from claimx.io.html import URL_HINT, is_url
from claimx.io.reader import (
    MAX_BYTES_PER_CHAR,
    InputError,
    check_text,
    one_line,
    read_article,
    read_bytes,
)

if TYPE_CHECKING:
    from claimx.source import Source

from claimx.io.choices import DEFAULT_GLOBS as DEFAULT_GLOBS  # noqa: E402 - re-exported
from claimx.io.choices import JSONL_GLOBS as JSONL_GLOBS  # noqa: E402

#: Longest JSON Lines record read (bytes); longer lines are refused, not held in memory.
MAX_LINE_BYTES = 64 * 1024 * 1024

StdinOpener = Callable[[], IO[bytes]]


@dataclass
class Entry:
    """One document to come (or one problem to report) in input order."""

    name: str
    doc_id: str
    path: str | None = None
    text: str | None = None
    error: str | None = None
    #: a problem worth a line on stderr that is not a failure (a symlink loop not followed)
    warning: bool = False
    stdin: bool = False
    #: the file's path relative to the folder given (its own name for a file given by name);
    #: `--output-dir` mirrors it
    rel: str | None = None
    #: set by `load`: the text was taken out of an HTML page, so the record carries it
    html: bool = False
    #: set by `load`: lines for stderr that are not failures (text that is not English)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadOptions:
    encoding: str = "utf-8"
    errors: str = "strict"
    max_chars: int | None = None


def _matches(name: str, globs: Sequence[str]) -> bool:
    lowered = name.lower()
    return any(fnmatch.fnmatchcase(lowered, g.lower()) for g in globs)


FileKey = tuple[int, int]


def file_key(path: str | os.PathLike[str]) -> FileKey | None:
    """(device, inode) of a path, to recognise a file under any name."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def walk(root: str, globs: Sequence[str], skip: Collection[FileKey] = ()) -> Iterator[Entry]:
    """Files under `root` matching `globs`, sorted, hidden entries skipped, symlink loops cut.

    Files and directories in `skip` (claimx's own outputs) are passed over.
    """
    seen: set[FileKey] = set(skip)
    stack: list[Iterator[os.DirEntry[str]]] = []

    def enter(path: str) -> Entry | None:
        try:
            st = os.stat(path)
            key = (st.st_dev, st.st_ino)
            if key in skip:
                return None
            if key in seen:
                return Entry(path, "", error=f"{path}: symlink loop, not followed", warning=True)
            seen.add(key)
            with os.scandir(path) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            return Entry(path, "", error=f"{path}: cannot list ({_reason(exc)})")
        stack.append(iter(entries))
        return None

    problem = enter(root)
    if problem:
        yield problem
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            problem = enter(entry.path)
            if problem:
                yield problem
        elif _matches(entry.name, globs):
            if skip and file_key(entry.path) in skip:
                continue
            rel = os.path.relpath(entry.path, root)
            yield Entry(entry.path, Path(entry.name).stem, path=entry.path, rel=rel)


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def _expand_path(
    raw: str,
    globs: Sequence[str],
    recursive: bool,
    jsonl: bool,
    fields: tuple[str, str],
    skip: Collection[FileKey],
) -> Iterator[Entry]:
    try:
        is_dir = stat.S_ISDIR(os.stat(raw).st_mode)
    except OSError:
        is_dir = False  # reported when read, with the reason
    if is_dir:
        if not recursive:
            yield Entry(raw, "", error=f"{raw}: is a directory (--no-recursive was given)")
            return
        found = False
        for entry in walk(raw, globs, skip):
            found = found or entry.name == raw  # the folder itself could not be listed
            if entry.error is None:
                found = True
                if jsonl:
                    yield from _jsonl_file(entry.name, fields)
                    continue
            yield entry
        if not found:
            yield Entry(raw, "", error=f"{raw}: no files matching {', '.join(globs)}")
        return
    if skip and file_key(raw) in skip:
        yield Entry(raw, "", error=f"{one_line(raw)}: is claimx's output, not read")
    elif is_url(raw):
        yield Entry(raw, "", error=f"{one_line(raw)}: {URL_HINT}")
    elif jsonl:
        yield from _jsonl_file(raw, fields)
    else:
        yield Entry(raw, Path(raw).stem, path=raw, rel=os.path.basename(raw))


def _jsonl_file(path: str, fields: tuple[str, str]) -> Iterator[Entry]:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            read_bytes(path)  # raises the right one-line error
        fh = open(path, "rb")  # noqa: SIM115 - closed below, the generator may stop early
    except InputError as exc:
        yield Entry(path, "", error=str(exc))
        return
    except OSError as exc:
        yield Entry(path, "", error=InputError(path, _reason(exc)).args[0])
        return
    with fh:
        yield from jsonl_records(fh, path, Path(path).stem, path, fields)


def jsonl_records(
    fh: IO[bytes], name: str, stem: str, path: str | None, fields: tuple[str, str]
) -> Iterator[Entry]:
    """One entry per non-blank line; a bad line is an error entry naming `name:LINE`."""
    text_field, id_field = fields
    lineno = 0
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        lineno += 1
        where = f"{name}:{lineno}"
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = fh.readline(1024 * 1024)
            yield Entry(where, "", error=f"{where}: line longer than {MAX_LINE_BYTES:,} bytes")
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            yield Entry(where, "", error=f"{where}: not valid JSON ({str(exc)[:80]})")
            continue
        if not isinstance(record, dict):
            yield Entry(where, "", error=f"{where}: not a JSON object")
            continue
        text = record.get(text_field)
        if not isinstance(text, str):
            yield Entry(where, "", error=f"{where}: no string field {text_field!r}")
            continue
        raw_id = record.get(id_field)
        doc_id = str(raw_id) if isinstance(raw_id, str | int) else ""
        doc_id = doc_id or f"{stem}-{lineno}"
        yield Entry(where, doc_id, path=path, text=text)


def _records(fh: IO[bytes], separator: bytes) -> Iterator[bytes]:
    if separator == b"\n":
        for line in fh:
            yield line.rstrip(b"\r\n")
        return
    rest = b""
    while chunk := fh.read(65536):
        *done, rest = (rest + chunk).split(separator)
        yield from done
    yield rest


def _names(records: Iterator[bytes], separator: bytes) -> Iterator[str]:
    for record in records:
        name = os.fsdecode(record)
        if name.strip() if separator == b"\n" else name:
            yield name


def _files_from(source: str, open_stdin: StdinOpener, separator: bytes) -> Iterator[str]:
    if source == "-":
        yield from _names(_records(open_stdin(), separator), separator)
        return
    with open(source, "rb") as fh:
        yield from _names(_records(fh, separator), separator)


def expand(
    paths: Iterable[str],
    *,
    globs: Sequence[str] | None = None,
    recursive: bool = True,
    jsonl: bool = False,
    text_field: str = "text",
    id_field: str = "id",
    open_stdin: StdinOpener,
    skip: Collection[FileKey] = (),
) -> Iterator[Entry]:
    """Entries for every input, in order: `-` is standard input, directories are recursed.

    `skip` holds claimx's own output file or directory, never to be read back as input.
    """
    globs = tuple(globs or (JSONL_GLOBS if jsonl else DEFAULT_GLOBS))
    fields = (text_field, id_field)
    for raw in paths:
        if raw == "-":
            if jsonl:
                yield from jsonl_records(open_stdin(), "<stdin>", "stdin", None, fields)
            else:
                yield Entry("<stdin>", "stdin", stdin=True)
        else:
            yield from _expand_path(raw, globs, recursive, jsonl, fields, skip)


def files_from(source: str, open_stdin: StdinOpener, null: bool = False) -> Iterator[str]:
    """Paths listed one a line in `source` (`-`: standard input), blank lines skipped.

    With `null`, paths end with NUL bytes instead (`find -print0`), so any file name can be given.
    """
    try:
        yield from _files_from(source, open_stdin, b"\0" if null else b"\n")
    except OSError as exc:
        raise InputError(source, _reason(exc)) from None


def _read_stdin(fh: IO[bytes], max_chars: int | None) -> bytes:
    if max_chars is None:
        return fh.read()
    limit = MAX_BYTES_PER_CHAR * max_chars
    data = fh.read(limit + 1)
    if len(data) > limit:
        reason = f"too long (over {limit:,} bytes; limit --max-chars {max_chars:,})"
        raise InputError("<stdin>", reason)
    return data


def load(entry: Entry, options: ReadOptions, open_stdin: StdinOpener) -> Source:
    """The entry's text as a `Source`; raises `InputError` with a one-line message.

    An HTML page becomes the text trafilatura takes out of it (`entry.html` is set); text that
    does not look English gets a note.
    """
    from claimx.io.html import article_text, looks_like_html
    from claimx.io.language import not_english_warning
    from claimx.source import Source

    if entry.text is not None:
        check_text(entry.text, entry.name)
        if options.max_chars is not None and len(entry.text) > options.max_chars:
            raise InputError(
                entry.name,
                f"too long ({len(entry.text):,} characters; limit --max-chars "
                f"{options.max_chars:,})",
            )
        text = entry.text
        sha = hashlib.sha256(entry.text.encode("utf-8")).hexdigest()
    else:
        if entry.stdin:
            data = _read_stdin(open_stdin(), options.max_chars)
        else:
            assert entry.path is not None
            data = read_bytes(entry.path, options.max_chars)
        article = read_article(
            data, entry.name, options.encoding, options.errors, options.max_chars
        )
        text, sha = article.text, article.sha256
    if looks_like_html(None if entry.text is not None else entry.path, text):
        text = article_text(text, entry.name)
        entry.html = True
    warning = not_english_warning(text)
    if warning:
        entry.notes.append(f"{one_line(entry.name)}: {warning}")
    return Source(text=text, id=entry.doc_id, path=entry.path, sha256=sha)


def own_outputs(path: Path | None) -> list[tuple[int, int]]:
    """What claimx writes to (a file, a folder, or stdout redirected to a file): never an input."""
    if path is not None:
        key = file_key(path)
        return [key] if key else []
    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return []
    return [(st.st_dev, st.st_ino)] if stat.S_ISREG(st.st_mode) else []
