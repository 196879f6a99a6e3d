"""The command line: options are parsed here, all work is done by the library."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from claimx import __version__

app = typer.Typer(
    name="claimx",
    help="Extract quotes, actors and positions from English news articles.",
    no_args_is_help=True,
    rich_markup_mode=None if os.environ.get("NO_COLOR") else "rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Extract quotes, actors and positions from English news articles."""


def _error(message: str) -> None:
    sys.stderr.write(f"claimx: {message}\n")
    sys.stderr.flush()


def _sources(
    paths: list[str], encoding: str, errors: str, max_chars: int, failures: list[str]
) -> Iterator[object]:
    from claimx.core import Source
    from claimx.reader import InputError, read_article, read_bytes

    for raw in paths:
        try:
            if raw == "-":
                data = sys.stdin.buffer.read()
                name, doc_id, path = "<stdin>", "stdin", None
            else:
                data = read_bytes(raw)
                name, doc_id, path = raw, Path(raw).stem, raw
            article = read_article(data, name, encoding, errors, max_chars)
        except InputError as exc:
            _error(str(exc))
            failures.append(raw)
            continue
        yield Source(text=article.text, id=doc_id, path=path, sha256=article.sha256)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files, or - for standard input.")],
    fmt: Annotated[
        str | None,  # noqa: UP007 - typer needs Optional here
        typer.Option(
            "--format", "-f", help="json, jsonl or table (default: table on a terminal, else json)."
        ),
    ] = None,
    output: Annotated[
        Path | None,  # noqa: UP007
        typer.Option("--output", "-o", help="Write here instead of standard output."),
    ] = None,
    model: Annotated[
        str | None,  # noqa: UP007
        typer.Option("--model", "-m", help="spaCy pipeline name or path (env: CLAIMX_MODEL)."),
    ] = None,
    encoding: Annotated[str, typer.Option(help="Text encoding of the inputs.")] = "utf-8",
    errors: Annotated[
        str, typer.Option(help="What to do with undecodable bytes: strict or replace.")
    ] = "strict",
    max_chars: Annotated[
        int, typer.Option(help="Refuse articles longer than this many characters.")
    ] = 2_000_000,
) -> None:
    """Extract quotes, actors and positions from articles.

    Examples:

      claimx extract article.txt

      claimx extract article.txt | jq '.quotes[] | {speaker: .speaker.text, cue: .cue.text}'

      cat article.txt | claimx extract - --format table
    """
    from claimx.output import FORMATS, Writer, choose_format

    if fmt is not None and fmt not in FORMATS:
        _error(f"unknown --format {fmt!r} (choose from {', '.join(FORMATS)})")
        raise typer.Exit(2)
    if errors not in ("strict", "replace", "ignore"):
        _error(f"unknown --errors {errors!r} (choose from strict, replace, ignore)")
        raise typer.Exit(2)
    several = len(paths) > 1
    failures: list[str] = []
    stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        from claimx.core import extract_many
        from claimx.pipeline import ModelNotFound, load

        try:
            nlp = load(model)
        except ModelNotFound as exc:
            _error(str(exc))
            raise typer.Exit(2) from None
        writer = Writer(choose_format(fmt, stream, several), stream, several)
        for result in extract_many(
            _sources(paths, encoding, errors, max_chars, failures),  # type: ignore[arg-type]
            nlp=nlp,
        ):
            writer.write(result)
    finally:
        if output:
            stream.close()
    if failures:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output record (contract version 1)."""
    import json

    from claimx.schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


def run() -> None:
    try:
        app()
    except BrokenPipeError:
        # the reader went away (`| head`): exit quietly, without a traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
