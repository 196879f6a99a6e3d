"""The commands besides `extract`: schema, rules, summary and report. Each parses its options and
calls a plain library function; `claimx.cli` registers them on the app."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from claimx.cliparse import EXIT_USAGE, _error, _validate

EXIT_FAILURES = 1


def schema() -> None:
    """Print the JSON Schema of the output record (contract version 1).

    Examples:

    \b
      claimx schema > claimx.schema.json
      claimx schema | jq '.properties | keys'
    """
    import json

    from claimx.schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2))


def rules(
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="table|json",
            help="table (default on a terminal) or json (default when piped).",
        ),
    ] = None,
    stage: Annotated[
        str | None,
        typer.Option(metavar="actors|quotes|positions", help="Only this stage's constructions."),
    ] = None,
) -> None:
    """List the constructions claimx recognises: id, stage, trigger, description, examples,
    and the tree patterns (spaCy DependencyMatcher data) a construction matches.

    Every quote and position names the construction that found it in its `rule` field.

    Examples:

    \b
      claimx rules
      claimx rules --format json | jq -r '.[] | select(.stage == "quotes") | .id'
    """
    import json

    from claimx.rules.registry import STAGES, all_constructions

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    if fmt not in ("table", "json"):
        _error(f"--format must be table or json, not {fmt!r}")
        raise typer.Exit(EXIT_USAGE)
    if stage is not None and stage not in STAGES:
        _error(f"--stage must be one of {', '.join(STAGES)}, not {stage!r}")
        raise typer.Exit(EXIT_USAGE)
    entries = all_constructions(stage)
    if fmt == "json":
        typer.echo(json.dumps([c.to_json() for c in entries], indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(entries)} constructions", show_lines=True)
    for column in ("id", "trigger", "description", "examples"):
        table.add_column(column, overflow="fold")
    for c in entries:
        trigger = c.trigger + "".join(f"\npattern: {name}" for name in c.patterns)
        table.add_row(c.id, trigger, c.description, "\n".join(c.examples))
    console = Console()
    with console.capture() as capture:  # written by us: a closed pipe exits 0, as elsewhere
        console.print(table)
    sys.stdout.write(capture.get())


# --- the corpus view (claimx.corpus does the work) ------------------------------------------

CorpusInputs = Annotated[
    list[str],
    typer.Argument(
        help="claimx records (*.json, *.jsonl, --output-dir folders, - for standard input) or "
        "articles (*.txt, *.md; extracted first).",
        metavar="INPUT",
        show_default=False,
    ),
]
TopOption = Annotated[
    int | None,
    typer.Option(
        "--top", "-n", metavar="N", help="Rows per list (default: 20 in table and html, else all)."
    ),
]
KindOption = Annotated[
    str | None,
    typer.Option(
        metavar="person|organization|country|place|group", help="Only actors of this kind."
    ),
]
ModelOption = Annotated[
    str | None,
    typer.Option("--model", "-m", help="For articles: spaCy pipeline (env: CLAIMX_MODEL)."),
]
GlobOption = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        "-g",
        metavar="PATTERN",
        help="Articles to take from folders (default *.txt, *.md).",
    ),
]
EncodingOption = Annotated[str, typer.Option(help="For articles: their text encoding.")]
ErrorsOption = Annotated[str, typer.Option(help="For articles: strict or replace.")]


def _corpus(
    inputs: list[str],
    *,
    with_text: bool,
    kind: str | None,
    top: int | None,
    globs: list[str] | None,
    model: str | None,
    encoding: str,
    errors: str,
) -> Any:
    """Options checked and the corpus read; a bad input exits with one line on stderr."""
    from claimx.corpus.commands import KINDS
    from claimx.corpus.records import CorpusError, NoPipeline, load_corpus
    from claimx.io.inputs import ReadOptions

    _validate(
        kind is None or kind in KINDS, f"unknown --kind {kind!r} (choose from {', '.join(KINDS)})"
    )
    _validate(top is None or top > 0, "--top must be positive")
    _validate(
        errors in ("strict", "replace"),
        f"unknown --errors {errors!r} (choose from strict, replace)",
    )
    try:
        options = ReadOptions(encoding=encoding, errors=errors, max_chars=2_000_000)
        return load_corpus(inputs, with_text=with_text, options=options, globs=globs, model=model)
    except NoPipeline as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    except CorpusError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_FAILURES) from None


def _write(data: str, output: str | None) -> None:
    from claimx.corpus.commands import write_output
    from claimx.corpus.records import CorpusError

    try:
        write_output(data, output)
    except CorpusError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_FAILURES) from None


def summary(
    inputs: CorpusInputs,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="table|json|csv|html",
            help="table (default on a terminal), json (default when piped), csv (a row per "
            "corpus actor) or html.",
        ),
    ] = None,
    top: TopOption = None,
    kind: KindOption = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help="Write here (atomically)."),
    ] = None,
    glob: GlobOption = None,
    model: ModelOption = None,
    encoding: EncodingOption = "utf-8",
    errors: ErrorsOption = "strict",
) -> None:
    """Who is quoted, who stands where, across many articles: actors linked across documents.

    Examples:

    \b
      claimx summary results/                  # records of claimx extract --output-dir
      claimx summary news/ --top 10 --kind person
      claimx summary all.jsonl --format json | jq '.speakers[0]'
    """
    from claimx.corpus.commands import SUMMARY_FORMATS, render_summary

    if fmt is None:
        fmt = "table" if output is None and sys.stdout.isatty() else "json"
    _validate(
        fmt in SUMMARY_FORMATS,
        f"unknown --format {fmt!r} (choose from {', '.join(SUMMARY_FORMATS)})",
    )
    documents = _corpus(
        inputs,
        with_text=False,
        kind=kind,
        top=top,
        globs=glob,
        model=model,
        encoding=encoding,
        errors=errors,
    )
    _write(render_summary(documents, fmt, top=top, kind=kind), output)


def report(
    inputs: CorpusInputs,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="The HTML file to write (atomically; - for standard output).",
        ),
    ] = None,
    top: TopOption = None,
    kind: KindOption = None,
    glob: GlobOption = None,
    model: ModelOption = None,
    encoding: EncodingOption = "utf-8",
    errors: ErrorsOption = "strict",
) -> None:
    """Write one self-contained HTML report: the corpus view and every article highlighted.

    Records show their article's text when the file at document.path is still there unchanged.

    Examples:

    \b
      claimx report results/ -o report.html
      claimx report news/ -o report.html --top 30
    """
    from claimx.corpus.report import render_report

    _validate(output is not None, "give -o FILE.html (or -o - for standard output)")
    documents = _corpus(
        inputs,
        with_text=True,
        kind=kind,
        top=top,
        globs=glob,
        model=model,
        encoding=encoding,
        errors=errors,
    )
    _write(render_report(documents, kind=kind, top=top), output)
