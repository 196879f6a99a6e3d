"""What claimx says on standard error while it works: the progress bar and the summary line."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimx.io.batch import Job


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


class Summary:
    """Counts for the closing line on stderr."""

    def __init__(self) -> None:
        self.started = time.time()
        self.documents = self.quotes = self.actors = self.positions = self.words = 0
        self.failures = self.skipped = 0
        #: wall-clock time at which the pipeline was ready: words/s leaves out its loading
        self.ready: float | None = None
        #: the reader of standard output went away (`| head`): claimx stops without a word
        self.broken_pipe = False

    def on_ready(self, when: float) -> None:
        if self.ready is None or when < self.ready:
            self.ready = when

    def add(self, job: Job) -> None:
        if job.result is not None:
            self.documents += 1
            self.quotes += len(job.result.quotes)
            self.actors += len(job.result.actors)
            self.positions += len(job.result.positions)
            self.words += job.result.document.words
        elif job.skipped:
            self.skipped += 1
        elif job.error is not None and not job.warning:
            self.failures += 1

    def rate(self) -> float | None:
        """Words per second since the pipeline was ready (None before it was)."""
        if self.ready is None:
            return None
        secs = time.time() - self.ready
        return self.words / secs if secs > 0 else None

    def line(self, interrupted: bool = False) -> str:
        secs = time.time() - self.started
        parts = [
            _plural(self.documents, "document"),
            _plural(self.quotes, "quote"),
            _plural(self.actors, "actor"),
            _plural(self.positions, "position"),
            _plural(self.failures, "failure"),
        ]
        if self.skipped:
            parts.append(f"{self.skipped:,} skipped (output up to date)")
        head = "interrupted after " if interrupted else ""
        tail = ""
        rate = self.rate()
        if rate is not None and self.ready is not None:
            loading = max(0.0, self.ready - self.started)
            tail = f" ({loading:.1f} s loading the pipeline, then {rate:,.0f} words/s)"
        return f"{head}{', '.join(parts)} in {secs:.1f} s{tail}"


class Bar:
    """The progress bar on standard error; cleared while a table is written to the terminal.

    It says "loading pipeline…" until a pipeline is ready, and gives an ETA only once a few
    documents are done, from the pace since loading (documents come back a batch at a time, so
    a pace over the last seconds says little).
    """

    ETA_AFTER = 3

    def __init__(self, total: int | None, summary: Summary) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.total, self.summary, self.done = total, summary, 0
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[eta]}"),
            console=Console(file=sys.stderr),
            redirect_stdout=False,
            redirect_stderr=False,
            transient=True,
        )
        self.task = self.progress.add_task("loading pipeline…", total=total, rate="", eta="")
        self.running = False

    def start(self) -> None:
        self.progress.start()
        self.running = True

    def stop(self) -> None:
        if self.running:
            self.progress.stop()
            self.running = False

    @contextlib.contextmanager
    def pause(self) -> Iterator[None]:
        was = self.running
        self.stop()
        try:
            yield
        finally:
            if was:
                self.start()

    def advance(self, step: int) -> None:
        self.done += step
        fields: dict[str, Any] = {}
        rate = self.summary.rate()
        if rate is not None:
            fields["description"] = "claimx"
            fields["rate"] = f"{rate:,.0f} words/s"
            if self.total and self.done >= self.ETA_AFTER and self.summary.ready is not None:
                pace = (time.time() - self.summary.ready) / self.done
                left = int(pace * max(0, self.total - self.done))
                fields["eta"] = f"ETA {left // 60}:{left % 60:02d}"
        self.progress.update(self.task, advance=step, **fields)
