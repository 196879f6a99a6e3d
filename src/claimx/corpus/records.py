"""Reading a corpus: claimx records (JSON, JSON Lines, `--output-dir` folders) or articles.

Every problem is a `CorpusError` whose message is one line naming the file; the corpus commands
stop at the first one, before anything is written, so a summary never silently leaves out a
document.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimx.io.inputs import Entry, ReadOptions, load, walk
from claimx.io.reader import InputError, one_line, read_article, read_bytes
from claimx.schema import SCHEMA_VERSION, Result

RECORD_GLOBS = ("*.json", "*.jsonl", "*.ndjson")
ARTICLE_GLOBS = ("*.txt", "*.md")


class CorpusError(Exception):
    """Input that cannot be read as a corpus; the message is one line naming the file."""


class NoPipeline(CorpusError):
    """Articles were given but no spaCy pipeline loads (a usage error, exit 2)."""


@dataclass
class Document:
    """One record of the corpus, with its article text when it is known."""

    result: Result
    origin: str
    text: str | None = None

    @property
    def id(self) -> str:
        return self.result.document.id


def parse_record(obj: Any, where: str) -> Result:
    """A claimx record from decoded JSON, or a `CorpusError` saying why it is not one."""
    if not isinstance(obj, dict) or "schema_version" not in obj or "document" not in obj:
        raise CorpusError(f"{where}: not a claimx record (no schema_version and document)")
    version = obj["schema_version"]
    if version != SCHEMA_VERSION:
        raise CorpusError(
            f"{where}: schema_version {json.dumps(version)}, but this claimx reads version "
            f"{SCHEMA_VERSION} (re-run claimx extract)"
        )
    try:
        return Result.model_validate(obj)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"]) or "record"
        raise CorpusError(f"{where}: not a claimx record ({loc}: {first['msg']})") from None


def _decode(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{name}: not valid UTF-8 at byte {exc.start}") from None


def records_from_bytes(data: bytes, name: str, lines: bool | None = None) -> list[Result]:
    """Records of a JSON object, a JSON array or JSON Lines (`lines` None: whichever parses)."""
    name = one_line(name)
    text = _decode(data, name)
    if not text.strip():
        raise CorpusError(f"{name}: empty (no claimx records)")
    if lines is not True:
        try:
            obj = json.loads(text)
        except ValueError as exc:
            if lines is False or "\n" not in text.strip():
                raise CorpusError(f"{name}: not valid JSON ({str(exc)[:80]})") from None
        else:
            items = obj if isinstance(obj, list) else [obj]
            if not items:
                raise CorpusError(f"{name}: an empty array (no claimx records)")
            many = isinstance(obj, list)
            return [parse_record(o, f"{name}[{i}]" if many else name) for i, o in enumerate(items)]
    found = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise CorpusError(f"{name}:{lineno}: not valid JSON ({str(exc)[:80]})") from None
        found.append(parse_record(obj, f"{name}:{lineno}"))
    return found


def _read(path: str) -> bytes:
    try:
        return read_bytes(path)
    except InputError as exc:
        raise CorpusError(str(exc)) from None


def _is_record_file(path: str) -> bool:
    return path.lower().endswith((".json", ".jsonl", ".ndjson"))


def _folder(root: str, globs: Sequence[str] | None) -> tuple[list[str], list[str]]:
    """(record files, article files) under `root`: its articles if it has any, else its records.

    A news folder may hold stray JSON beside its articles; an `--output-dir` folder holds only
    records.
    """

    def files(patterns: Sequence[str]) -> list[str]:
        found = []
        for entry in walk(root, patterns):
            if entry.error is not None:
                raise CorpusError(entry.error)
            assert entry.path is not None
            found.append(entry.path)
        return found

    articles = files(tuple(globs or ARTICLE_GLOBS))
    if articles:
        return [], articles
    records = files(RECORD_GLOBS)
    if not records:
        wanted = ", ".join((*(globs or ARTICLE_GLOBS), *RECORD_GLOBS))
        raise CorpusError(f"{one_line(root)}: no articles or claimx records ({wanted})")
    return records, []


def article_text(result: Result, base: str | None = None) -> str | None:
    """The article a record was made from, if its file is still there unchanged (by sha256)."""
    path = result.document.path
    if not path:
        return None
    candidates = [path]
    if base and not os.path.isabs(path):
        candidates.append(os.path.join(base, path))
    for candidate in candidates:
        try:
            data = read_bytes(candidate)
            article = read_article(data, candidate, max_chars=None)
        except InputError:
            continue
        if article.sha256 == result.document.sha256 and len(article.text) == result.document.chars:
            return article.text
    return None


def _extract(
    paths: Iterable[str], options: ReadOptions, model: str | None, nlp: Any
) -> Iterator[Document]:
    from claimx.api import extract_many
    from claimx.nlp.pipeline import ModelNotFound

    sources = []
    for path in paths:
        try:
            sources.append(load(Entry(path, Path(path).stem, path=path), options, _no_stdin))
        except InputError as exc:
            raise CorpusError(str(exc)) from None
    try:
        results = list(extract_many(sources, nlp=nlp, model=model))
    except ModelNotFound as exc:
        raise NoPipeline(str(exc)) from None
    for source, result in zip(sources, results, strict=True):
        yield Document(result, one_line(source.path or source.id), source.text)


def _no_stdin() -> Any:
    raise CorpusError("<stdin>: articles cannot be read from standard input here")


def load_corpus(
    paths: Sequence[str],
    *,
    with_text: bool = False,
    options: ReadOptions | None = None,
    globs: Sequence[str] | None = None,
    model: str | None = None,
    nlp: Any = None,
) -> list[Document]:
    """Every document of the inputs, in input order (folders sorted by name).

    `-` is records on standard input; `*.json`, `*.jsonl` and `*.ndjson` files are records;
    other files are articles, extracted with the library; a folder gives its articles, or its
    record files when it holds no articles. With `with_text`, records get their article's text
    back from `document.path` when that file is unchanged (the HTML report shows it).
    """
    options = options or ReadOptions()
    if not paths:
        raise CorpusError("no input: give record files, folders or articles")
    documents: list[Document] = []
    articles: list[str] = []

    def flush() -> None:
        if articles:
            documents.extend(_extract(articles, options, model, nlp))
            articles.clear()

    for raw in paths:
        if raw == "-":
            flush()
            for result in records_from_bytes(sys.stdin.buffer.read(), "<stdin>"):
                documents.append(Document(result, "<stdin>"))
            continue
        if os.path.isdir(raw):
            record_files, article_files = _folder(raw, globs)
        elif _is_record_file(raw):
            record_files, article_files = [raw], []
        else:
            _read(raw)  # a missing or unreadable file is named before any extraction
            record_files, article_files = [], [raw]
        if record_files:
            flush()
        for path in record_files:
            lines = None if path.lower().endswith(".json") else True
            for result in records_from_bytes(_read(path), path, lines):
                doc = Document(result, one_line(path))
                if with_text:
                    doc.text = article_text(result, os.path.dirname(path))
                documents.append(doc)
        articles.extend(article_files)
    flush()
    if not documents:
        raise CorpusError(f"{one_line(paths[0])}: no claimx records")
    return documents
