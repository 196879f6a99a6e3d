"""The command line: options are parsed here, all work is done by the library.

Data goes to standard output (or files), messages to standard error, one line each. Exit codes:
0 every document processed, 1 some failed or output could not be written, 2 usage error (bad
option, no pipeline), 130/143 interrupted by SIGINT/SIGTERM.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import stat
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import typer

from claimx import __version__

if TYPE_CHECKING:
    from claimx.io.batch import Job

# Plain help: Typer's rich help imports rich's markdown and table machinery, which doubles the
# time of `claimx --help` (0.08 s to 0.2 s here); the help reads the same either way.
app = typer.Typer(name="claimx", no_args_is_help=True, rich_markup_mode=None)

EXIT_FAILURES = 1
EXIT_USAGE = 2
EXIT_SIGINT = 130
EXIT_SIGTERM = 143


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
    """Extract quotes, actors and positions from English news articles.

    Examples:

    \b
      claimx extract article.txt
      claimx extract news/ --output-dir results/ --skip-existing
      claimx schema > claimx.schema.json
    """


def _error(message: str) -> None:
    sys.stderr.write(f"claimx: {message}\n")
    sys.stderr.flush()


class Terminated(BaseException):
    """SIGTERM, turned into an exception so that `finally` blocks clean up."""


def _on_sigterm(signum: int, frame: Any) -> None:
    raise Terminated()


def _open_stdin() -> IO[bytes]:
    return sys.stdin.buffer


class Summary:
    """Counts for the closing line on stderr."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.documents = self.quotes = self.actors = self.words = 0
        self.failures = self.skipped = 0
        #: the reader of standard output went away (`| head`): claimx stops without a word
        self.broken_pipe = False

    def add(self, job: Job) -> None:
        if job.result is not None:
            self.documents += 1
            self.quotes += len(job.result.quotes)
            self.actors += len(job.result.actors)
            self.words += job.result.document.words
        elif job.skipped:
            self.skipped += 1
        elif job.error is not None and not job.warning:
            self.failures += 1

    def line(self, interrupted: bool = False) -> str:
        secs = time.perf_counter() - self.started
        rate = self.words / secs if secs > 0 else 0.0
        parts = [
            f"{self.documents:,} document{'s' * (self.documents != 1)}",
            f"{self.quotes:,} quotes",
            f"{self.actors:,} actors",
            f"{self.failures:,} failure{'s' * (self.failures != 1)}",
        ]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (output exists)")
        head = "interrupted after " if interrupted else ""
        return f"{head}{', '.join(parts)} in {secs:.1f} s ({rate:,.0f} words/s)"


def _progress(total: int | None) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} words/s"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(file=sys.stderr),
        redirect_stdout=False,
        transient=True,
    )


def _validate(condition: bool, message: str) -> None:
    if not condition:
        _error(message)
        raise typer.Exit(EXIT_USAGE)


@app.command()
def extract(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Article files, directories (recursed) or - for standard input.",
            metavar="PATH...",
            show_default=False,
        ),
    ] = None,
    files_from: Annotated[
        str | None,
        typer.Option(
            "--files-from",
            metavar="FILE",
            help="Also read the paths listed one a line in FILE (- for standard input).",
        ),
    ] = None,
    null: Annotated[
        bool,
        typer.Option("--null", "-0", help="--files-from paths end with NUL, as from find -print0."),
    ] = False,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            "-g",
            metavar="PATTERN",
            help="File names to take from directories (repeatable; default *.txt and *.md, "
            "with --jsonl-input *.jsonl and *.ndjson).",
            show_default=False,
        ),
    ] = None,
    recursive: Annotated[
        bool,
        typer.Option(help="Read the files in directories given as paths, recursively."),
    ] = True,
    jsonl_input: Annotated[
        bool,
        typer.Option("--jsonl-input", help="Inputs are JSON Lines archives, one article a line."),
    ] = False,
    text_field: Annotated[
        str, typer.Option(help="With --jsonl-input: the field holding the article text.")
    ] = "text",
    id_field: Annotated[
        str,
        typer.Option(help="With --jsonl-input: the field holding the document id (optional)."),
    ] = "id",
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="json, jsonl, csv, markdown, table or sqlite (default: table on a terminal; "
            "else one JSON object for one input, JSON Lines for several; sqlite for -o *.db).",
            show_default=False,
        ),
    ] = None,
    what: Annotated[
        str | None,
        typer.Option(
            help="For csv and markdown: one row per quote (default), actor or position.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write here instead of standard output (flushed as each document ends).",
        ),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option(
            "--output-dir",
            "-d",
            help="Write one NAME.json per document here (atomically; NAME from the file name).",
        ),
    ] = None,
    skip_existing: Annotated[
        bool,
        typer.Option(
            "--skip-existing",
            help="With --output-dir: skip documents whose output exists; with a SQLite -o: "
            "those whose text (sha256) is in it.",
        ),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", help="Worker processes (0: one per CPU); each loads the pipeline."
        ),
    ] = 1,
    cluster: Annotated[
        str | None,
        typer.Option(
            "--cluster",
            metavar="ADDRESS",
            help="Run on a Dask cluster: a scheduler address (tcp://HOST:8786) or local:N for N "
            "local worker processes (pip install 'claimx[dask]').",
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", "-m", help="spaCy pipeline name or path (env: CLAIMX_MODEL)."),
    ] = None,
    encoding: Annotated[
        str, typer.Option(help="Text encoding of the inputs (a BOM overrides it).")
    ] = "utf-8",
    errors: Annotated[
        str, typer.Option(help="Undecodable bytes: strict (refuse the file) or replace.")
    ] = "strict",
    max_chars: Annotated[
        int,
        typer.Option(help="Refuse articles longer than this many characters."),
    ] = 2_000_000,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
    ] = False,
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
    _validate(
        fmt is None or fmt in ("json", "jsonl", "csv", "markdown", "table", "sqlite"),
        f"unknown --format {fmt!r} (choose from json, jsonl, csv, markdown, table, sqlite)",
    )
    from claimx.io.sqlite import wants_sqlite

    sqlite = wants_sqlite(fmt, output)
    _validate(not sqlite or output is not None, "--format sqlite needs -o FILE")
    _validate(cluster is None or jobs == 1, "give --jobs or --cluster, not both")
    _validate(
        what is None or what in ("quotes", "actors", "positions"),
        f"unknown --what {what!r} (choose from quotes, actors, positions)",
    )
    _validate(
        what is None or fmt in ("csv", "markdown"), "--what applies to --format csv and markdown"
    )
    _validate(
        errors in ("strict", "replace"),
        f"unknown --errors {errors!r} (choose from strict, replace)",
    )
    _validate(max_chars > 0, "--max-chars must be positive")
    _validate(jobs >= 0, "--jobs must be 0 (one per CPU) or more")
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
    options = ReadOptions(encoding=encoding, errors=errors, max_chars=max_chars)
    processes = jobs or os.cpu_count() or 1

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
            what=what or "quotes",
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
    fmt: str | None,
    what: str,
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
    from claimx.io.inputs import expand
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
        skip=_own_outputs(output_dir or output),
    )
    bar = None
    if several and not quiet and sys.stderr.isatty() and not os.environ.get("NO_COLOR"):
        total = None
        if not jsonl and files_from is None and "-" not in paths:
            entries = list(entries)  # only paths, no texts: cheap, and gives the bar a total
            total = sum(1 for e in entries if e.error is None)
        bar = _progress(total)
    jobs_in = prepare(
        entries,
        options,
        _open_stdin,
        name_target=outdir.target if outdir else None,
        skip_existing=skip_existing,
    )
    if database is not None and skip_existing:
        jobs_in = database.skip_done(jobs_in)
    writer: Any = database
    if stream is not None:
        writer = Writer(choose_format(fmt, stream, several), stream, several, what)  # type: ignore[arg-type]
    try:
        if cluster is not None:
            from claimx.dask import run_cluster

            done = run_cluster(jobs_in, model, cluster, BATCH_SIZE)
        elif processes > 1 and several:
            done = run_parallel(jobs_in, model, processes, BATCH_SIZE)
        else:
            done = run_serial(jobs_in, model, BATCH_SIZE)
        task = None
        if bar is not None:
            bar.start()
            task = bar.add_task("claimx", total=total, rate="0")
        for job in done:
            summary.add(job)
            if job.error is not None:
                _error(job.error)
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
            if bar is not None and task is not None:
                secs = time.perf_counter() - summary.started
                step = 0 if job.entry.error is not None else 1  # the total counts documents
                bar.update(task, advance=step, rate=f"{summary.words / max(secs, 1e-9):,.0f}")
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


def _own_outputs(path: Path | None) -> list[tuple[int, int]]:
    """What claimx writes to (a file, a folder, or stdout redirected to a file): never an input."""
    from claimx.io.inputs import file_key

    if path is not None:
        key = file_key(path)
        return [key] if key else []
    try:
        st = os.fstat(sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return []
    return [(st.st_dev, st.st_ino)] if stat.S_ISREG(st.st_mode) else []


def _quiet_stdout() -> None:
    """The reader went away: later flushes (at exit too) must not complain."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@app.command()
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


@app.command()
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
    """List the constructions claimx recognises: id, stage, trigger, description, examples.

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
        table.add_row(c.id, c.trigger, c.description, "\n".join(c.examples))
    Console().print(table)


def run() -> None:
    try:
        app()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
