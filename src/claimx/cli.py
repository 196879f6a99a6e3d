"""The command line: options are parsed here, all work is done by the library.

Data goes to standard output (or files), messages to standard error, one line each. Exit codes:
0 every document processed, 1 some failed or output could not be written, 2 usage error (bad
option, no pipeline), 130/143 interrupted by SIGINT/SIGTERM.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from claimx import cli_commands
from claimx.cliparse import Command, Group, _validate, _whole, is_confidence
from claimx.io.choices import (
    DEFAULT_GLOBS,
    FORMATS,
    JSONL_GLOBS,
    MAX_CHARS,
    NOTIONS,
    WHATS,
    Format,
    What,
)
from claimx.io.console import Bar, Summary

EXIT_FAILURES = 1
EXIT_USAGE = 2
EXIT_SIGINT = 130
EXIT_SIGTERM = 143


def _error(message: str) -> None:
    sys.stderr.write(f"claimx: {message}\n")
    sys.stderr.flush()


# Plain help: Typer's rich help imports rich's markdown and table machinery, which doubles the
# time of `claimx --help` (0.08 s to 0.2 s here); the help reads the same either way.
app = typer.Typer(
    name="claimx",
    cls=Group,
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from claimx.nlp.pipeline import version_line

        typer.echo(version_line())
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_version,
            is_eager=True,
            help="Print the versions of claimx, spaCy and the pipeline.",
        ),
    ] = False,
) -> None:
    """Extract quotes, actors and positions from English news articles.

    Examples:

    \b
      claimx extract article.txt
      claimx extract news/ --output-dir results/ --skip-existing
      claimx schema > claimx.schema.json
    """


class Terminated(BaseException):
    """SIGTERM, turned into an exception so that `finally` blocks clean up."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def _open_stdin() -> IO[bytes]:
    return sys.stdin.buffer


INPUT, OUTPUT, RUN = "Input", "Output", "Processing"
_GLOBS = ", ".join(DEFAULT_GLOBS)
_JSONL_GLOBS = ", ".join(JSONL_GLOBS)


@app.command(cls=Command)
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files (text or HTML), directories (recursed) or - for standard input.",
            metavar="PATH",
            show_default=False,
        ),
    ] = None,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from",
            metavar="FILE",
            help="Also read the paths listed one a line in FILE (- for standard input).",
            rich_help_panel=INPUT,
        ),
    ] = None,
    null: Annotated[
        bool,
        typer.Option(
            "--null",
            "-0",
            help="--files-from paths end with NUL, as from find -print0.",
            rich_help_panel=INPUT,
        ),
    ] = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            "-g",
            metavar="PATTERN",
            help=f"File names to take from directories (repeatable; default {_GLOBS}, "
            f"with --jsonl-input {_JSONL_GLOBS}).",
            show_default=False,
            rich_help_panel=INPUT,
        ),
    ] = None,
    recursive: Annotated[
        bool,
        typer.Option(
            help="Read the files in directories given as paths, recursively.",
            rich_help_panel=INPUT,
        ),
    ] = True,
    jsonl_input: Annotated[
        bool,
        typer.Option(
            "--jsonl-input",
            help="Inputs are JSON Lines archives, one article a line.",
            rich_help_panel=INPUT,
        ),
    ] = False,
    text_field: Annotated[
        str,
        typer.Option(
            metavar="NAME",
            help="With --jsonl-input: the field holding the article text.",
            rich_help_panel=INPUT,
        ),
    ] = "text",
    id_field: Annotated[
        str,
        typer.Option(
            metavar="NAME",
            help="With --jsonl-input: the field holding the document id (optional).",
            rich_help_panel=INPUT,
        ),
    ] = "id",
    encoding: Annotated[
        str,
        typer.Option(
            metavar="CODEC",
            help="Text encoding of the inputs (a BOM overrides it).",
            rich_help_panel=INPUT,
        ),
    ] = "utf-8",
    errors: Annotated[
        str,
        typer.Option(
            metavar="strict|replace",
            help="Undecodable bytes: strict (refuse the file) or replace.",
            rich_help_panel=INPUT,
        ),
    ] = "strict",
    max_chars: Annotated[
        str,
        typer.Option(
            metavar="N",
            help=f"Refuse articles longer than N characters.  [default: {MAX_CHARS}]",
            show_default=False,
            rich_help_panel=INPUT,
        ),
    ] = str(MAX_CHARS),
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Default: table on a terminal; else one JSON object for one input, JSON Lines "
            "for several (--format json: one JSON array); sqlite for -o FILE.db.",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    what: Annotated[
        What | None,
        typer.Option(
            help="For csv: one row per quote (default), actor or position; for markdown and "
            "table: only that section.",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write here instead of standard output (flushed as each document ends).",
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            "-d",
            metavar="DIR",
            help="Write one JSON file per document here, atomically, mirroring the inputs' "
            "folders (news/a/x.txt: DIR/a/x.json).",
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    skip_existing: Annotated[
        bool,
        typer.Option(
            "--skip-existing",
            help="With --output-dir: skip inputs whose output holds their record (same path "
            "and sha256); with a SQLite -o: those whose sha256 is in it.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="No progress bar and no summary line.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    jobs: Annotated[
        str,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            help="Worker processes (0: one per CPU); each loads the pipeline.  [default: 1]",
            show_default=False,
            rich_help_panel=RUN,
        ),
    ] = "1",
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            metavar="ADDRESS",
            help="Run on a Dask cluster: a scheduler address (tcp://HOST:8786) or local:N for N "
            "local worker processes (pip install 'claimx[dask]').",
            rich_help_panel=RUN,
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            "-m",
            metavar="NAME|PATH",
            help="spaCy pipeline name or path (env: CLAIMX_MODEL).",
            rich_help_panel=RUN,
        ),
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            metavar="0-1",
            help="Keep only quotes of at least this confidence (env: CLAIMX_MIN_CONFIDENCE).",
            rich_help_panel=RUN,
        ),
    ] = None,
    quotes: Annotated[
        str | None,
        typer.Option(
            "--quotes",
            metavar="|".join(NOTIONS),
            help="auto (default): every report in news, only those whose content is a clause "
            "in interviews and biographies; all: every report; clauses: only those whose content "
            "is a clause, as GUM annotates them (env: CLAIMX_QUOTES).",
            rich_help_panel=RUN,
        ),
    ] = None,
) -> None:
    """Extract quotes, actors and positions from articles.

    Examples:

    \b
      claimx extract article.txt | jq '.quotes[] | {speaker: .speaker.text, cue: .cue.text}'
      claimx extract news/ --output-dir results/ --skip-existing --jobs 2
      find news -name '*.txt' | claimx extract --files-from - --format csv -o quotes.csv
    """
    from claimx.io.inputs import ReadOptions

    paths = list(paths or [])
    _validate(bool(paths) or files_from is not None, "no input: give PATH..., - or --files-from")
    _validate(fmt is None or fmt in FORMATS, f"unknown --format {fmt!r}")
    _validate(what is None or what in WHATS, f"unknown --what {what!r}")
    _validate(
        what is None or fmt in ("csv", "markdown", "table"),
        "--what applies to --format csv, markdown and table",
    )
    from claimx.io.sqlite import wants_sqlite

    sqlite = wants_sqlite(fmt, output)
    _validate(not sqlite or output is not None, "--format sqlite needs -o FILE")
    _validate(cluster is None or jobs == "1", "give --jobs or --cluster, not both")
    _validate(
        errors in ("strict", "replace"),
        f"unknown --errors {errors!r} (choose from strict, replace)",
    )
    chars, processes = _whole("--max-chars", max_chars), _whole("--jobs", jobs)
    _validate(chars > 0, "--max-chars must be positive")
    _validate(processes >= 0, "--jobs must be 0 (one per CPU) or more")
    _validate(min_confidence is None or 0 <= min_confidence <= 1, "--min-confidence is 0 to 1")
    if min_confidence is not None:  # read by the quotes stage, in worker processes too
        os.environ["CLAIMX_MIN_CONFIDENCE"] = str(min_confidence)
    _validate(
        is_confidence(os.environ.get("CLAIMX_MIN_CONFIDENCE")), "CLAIMX_MIN_CONFIDENCE is 0 to 1"
    )
    notion = quotes if quotes is not None else os.environ.get("CLAIMX_QUOTES", "auto")
    _validate(
        notion.strip().lower() in NOTIONS,
        f"--quotes (or CLAIMX_QUOTES) is {', '.join(NOTIONS[:-1])} or {NOTIONS[-1]}, "
        f"not {notion!r}",
    )
    os.environ["CLAIMX_QUOTES"] = notion.strip().lower()
    _validate(not (output and output_dir), "give --output or --output-dir, not both")
    _validate(
        output_dir is None or fmt in (None, "json"), "--output-dir writes JSON (drop --format)"
    )
    _validate(
        not skip_existing or output_dir is not None or sqlite,
        "--skip-existing needs --output-dir or a SQLite -o",
    )
    _validate(not null or files_from is not None, "--null applies to --files-from")
    stdin_uses = paths.count("-") + (files_from == "-")
    _validate(stdin_uses <= 1, "standard input (-) can be read only once")
    try:
        "".encode(encoding)
    except LookupError:
        _validate(False, f"unknown --encoding {encoding!r}")

    several = len(paths) != 1 or files_from is not None or jsonl_input
    several = several or (paths[0] != "-" and os.path.isdir(paths[0]))
    options = ReadOptions(encoding=encoding, errors=errors, max_chars=chars)
    processes = processes or os.cpu_count() or 1

    old_term = signal.signal(signal.SIGTERM, _on_sigterm)
    summary = Summary()
    interrupted = 0
    try:
        code = _run(
            paths=paths,
            files_from=files_from,
            null=null,
            globs=glob,
            recursive=recursive,
            jsonl=jsonl_input,
            fields=(text_field, id_field),
            fmt=fmt,
            what=what,
            output=output,
            output_dir=output_dir,
            skip_existing=skip_existing,
            processes=processes,
            cluster=cluster,
            sqlite=sqlite,
            model=model,
            options=options,
            several=several,
            quiet=quiet,
            summary=summary,
        )
    except KeyboardInterrupt:
        interrupted, code = EXIT_SIGINT, EXIT_SIGINT
    except Terminated:
        interrupted, code = EXIT_SIGTERM, EXIT_SIGTERM
    finally:
        signal.signal(signal.SIGTERM, old_term)
    show = not quiet and not summary.broken_pipe and (several or sys.stderr.isatty())
    if interrupted or (show and code != EXIT_USAGE):
        _error(summary.line(interrupted=bool(interrupted)))
    if code:
        raise typer.Exit(code)


def _run(
    *,
    paths: list[str],
    files_from: str | None,
    null: bool,
    globs: list[str] | None,
    recursive: bool,
    jsonl: bool,
    fields: tuple[str, str],
    fmt: Format | None,
    what: What | None,
    output: Path | None,
    output_dir: Path | None,
    skip_existing: bool,
    processes: int,
    cluster: str | None,
    sqlite: bool,
    model: str | None,
    options: Any,
    several: bool,
    quiet: bool,
    summary: Summary,
) -> int:
    """The batch itself; returns the exit code."""
    import itertools

    from claimx.io.batch import PipelineUnavailable, prepare, run_parallel, run_serial
    from claimx.io.inputs import expand, own_outputs
    from claimx.io.inputs import files_from as listed
    from claimx.io.output import OutputDir, Writer, choose_format, write_atomic
    from claimx.io.reader import InputError, one_line
    from claimx.nlp.pipeline import BATCH_SIZE

    # where the output goes: fail before any work if it cannot be written
    stream: IO[str] | None = None
    outdir: OutputDir | None = None
    database: Any = None  # claimx.io.sqlite.SqliteWriter: `-o FILE.db` or `--format sqlite`
    out_name = "<stdout>"
    try:
        if output_dir is not None:
            outdir = OutputDir(output_dir)
            out_name = str(output_dir)
            outdir.prepare()
        elif sqlite and output is not None:
            from claimx.io.sqlite import SqliteWriter

            out_name = str(output)
            database = SqliteWriter(output)
        elif output is not None:
            out_name = str(output)
            stream = open(output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        else:
            stream = sys.stdout
    except OSError as exc:
        _error(f"{one_line(out_name)}: cannot write ({(exc.strerror or str(exc)).lower()})")
        return EXIT_FAILURES

    sources = itertools.chain(paths, listed(files_from, _open_stdin, null) if files_from else ())
    entries: Any = expand(
        sources,
        globs=globs,
        recursive=recursive,
        jsonl=jsonl,
        text_field=fields[0],
        id_field=fields[1],
        open_stdin=_open_stdin,
        skip=own_outputs(output_dir or output),
    )
    bar: Bar | None = None
    if several and not quiet and sys.stderr.isatty():
        total = None
        if not jsonl and files_from is None and "-" not in paths:
            entries = list(entries)  # only paths, no texts: cheap, and gives the bar a total
            total = sum(1 for e in entries if e.error is None)
        bar = Bar(total, summary)
    jobs_in = prepare(entries, options, _open_stdin, outdir=outdir, skip_existing=skip_existing)
    if database is not None and skip_existing:
        jobs_in = database.skip_done(jobs_in)
    writer: Any = database
    if stream is not None:
        pause = bar.pause if bar is not None and stream.isatty() else contextlib.nullcontext
        writer = Writer(choose_format(fmt, stream, several), stream, several, what, pause)
    try:
        if cluster is not None:
            from claimx.dask import run_cluster

            done = run_cluster(jobs_in, model, cluster, BATCH_SIZE, on_ready=summary.on_ready)
        elif processes > 1 and several:
            done = run_parallel(jobs_in, model, processes, BATCH_SIZE, summary.on_ready)
        else:
            done = run_serial(jobs_in, model, BATCH_SIZE, summary.on_ready)
        if bar is not None:
            bar.start()
        for job in done:
            summary.add(job)
            for note in job.entry.notes:
                _error(note)
            if job.error is not None:
                _error(job.error)
            elif job.skipped and not several:
                _error(f"{one_line(job.entry.name)}: skipped, {job.target} is up to date")
            elif job.result is not None:
                try:
                    if outdir is not None and job.target is not None:
                        out_name = str(job.target)
                        write_atomic(job.target, job.result.model_dump_json(indent=2) + "\n")
                    elif writer is not None:
                        writer.write(job.result)
                except BrokenPipeError:
                    raise
                except OSError as exc:
                    reason = (exc.strerror or str(exc)).lower()
                    _error(f"{one_line(out_name)}: cannot write ({reason})")
                    return EXIT_FAILURES
            if bar is not None:
                bar.advance(0 if job.entry.error is not None else 1)  # the total counts documents
        if writer is not None:
            writer.close()
        if output is not None and stream is not None:
            stream.close()
    except PipelineUnavailable as exc:
        _error(str(exc))
        return EXIT_USAGE
    except InputError as exc:  # --files-from FILE unreadable
        _error(str(exc))
        return EXIT_FAILURES
    except BrokenPipeError:
        _quiet_stdout()
        summary.broken_pipe = True
        return EXIT_FAILURES if summary.failures else 0
    except OSError as exc:
        if stream is None and database is None:
            raise
        _error(f"{one_line(out_name)}: cannot write ({(exc.strerror or str(exc)).lower()})")
        return EXIT_FAILURES
    except (KeyboardInterrupt, Terminated):
        if writer is not None and output is not None:  # a JSON array in a file stays valid JSON
            with contextlib.suppress(OSError):
                writer.close()
        raise
    finally:
        if bar is not None:
            bar.stop()
        if database is not None:  # commits the documents written whole, even when interrupted
            with contextlib.suppress(OSError):
                database.close()
        if output is not None and stream is not None and not stream.closed:
            with contextlib.suppress(OSError):
                stream.close()
    return EXIT_FAILURES if summary.failures else 0


def _quiet_stdout() -> None:
    """The reader went away: later flushes (at exit too) must not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


for _command in (
    cli_commands.schema,
    cli_commands.rules,
    cli_commands.summary,
    cli_commands.report,
):
    app.command()(_command)


def run() -> None:
    try:
        app()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
