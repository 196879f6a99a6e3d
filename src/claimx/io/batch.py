"""Batches: many documents through one loaded pipeline (or N worker processes), in input order.

A document that cannot be read or processed becomes a failed `Job` with a one-line message; the
others go on. Memory stays bounded: documents are read as they are needed and at most a few
batches are in flight at once.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimx.io.inputs import Entry, ReadOptions, StdinOpener, load
from claimx.io.reader import InputError, one_line

if TYPE_CHECKING:
    from spacy.language import Language

    from claimx.io.output import OutputDir
    from claimx.schema import PipelineInfo, Result
    from claimx.source import Source


class PipelineUnavailable(RuntimeError):
    """No pipeline could be loaded (in this process or a worker): a usage error, exit 2."""


@dataclass
class Job:
    """One entry on its way through the batch; exactly one of result/error/skipped ends set."""

    entry: Entry
    source: Source | None = None
    result: Result | None = None
    error: str | None = None
    skipped: bool = False
    target: Path | None = None

    @property
    def warning(self) -> bool:
        return self.entry.warning


def prepare(
    entries: Iterable[Entry],
    options: ReadOptions,
    open_stdin: StdinOpener,
    outdir: OutputDir | None = None,
    skip_existing: bool = False,
) -> Iterator[Job]:
    """Jobs in input order: texts read and checked, targets named, finished ones skipped.

    With `skip_existing`, an input is skipped only when its target holds its own record (same
    path and id) made from the same bytes (same sha256).
    """
    for entry in entries:
        job = Job(entry)
        if entry.error is not None:
            job.error = entry.error
            yield job
            continue
        try:
            job.source = load(entry, options, open_stdin)
        except InputError as exc:
            job.error = str(exc)
            yield job
            continue
        if outdir is not None:
            place = outdir.place(entry.rel, entry.doc_id, entry.path)
            job.target = place.path
            if skip_existing and place.existing_sha256 == job.source.sha256:
                job.skipped, job.source = True, None
        yield job


def _describe(exc: BaseException) -> str:
    if os.environ.get("CLAIMX_DEBUG"):
        traceback.print_exception(exc)
    return f"internal error ({type(exc).__name__}: {one_line(str(exc))[:200]})"


def extract_sources(
    nlp: Language, info: PipelineInfo, sources: list[Source], batch_size: int
) -> Iterator[Result | str]:
    """A result (or a one-line error) per source, in order; one bad text spoils nothing else."""
    from claimx.api import extract_doc
    from claimx.nlp.chunking import parse, parse_sources

    done = 0
    try:
        for doc, source in parse_sources(nlp, sources, batch_size):
            try:
                yield extract_doc(doc, source, info)
            except Exception as exc:
                yield _describe(exc)
            done += 1
    except Exception:
        # the parser failed inside a batch: parse the rest one at a time to isolate the culprit
        for source in sources[done:]:
            try:
                yield extract_doc(parse(nlp, source.text), source, info)
            except Exception as exc:
                yield _describe(exc)


def _batches(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    """Groups of up to `size` jobs with a text; jobs without one ride along in order."""
    batch: list[Job] = []
    texts = 0
    for job in jobs:
        batch.append(job)
        if job.source is not None:
            texts += 1
        if texts >= size:
            yield batch
            batch, texts = [], 0
    if batch:
        yield batch


def _fill(batch: list[Job], outcomes: Iterable[Result | str]) -> None:
    todo = [job for job in batch if job.source is not None]
    for job, outcome in zip(todo, outcomes, strict=True):
        if isinstance(outcome, str):
            job.error = f"{one_line(job.entry.name)}: {outcome}"
        else:
            job.result = outcome
            if job.entry.html and job.source is not None:
                outcome.document.text = job.source.text  # what the offsets index
        job.source = None  # the text is no longer needed


def load_pipeline(model: str | None) -> tuple[Language, PipelineInfo]:
    from claimx.nlp.pipeline import ModelNotFound, load, pipeline_info

    try:
        nlp = load(model)
    except ModelNotFound as exc:
        raise PipelineUnavailable(str(exc)) from None
    return nlp, pipeline_info(nlp)


#: Told the wall-clock time (`time.time()`) at which a pipeline was first ready to parse.
OnReady = Callable[[float], None]


def _nothing(when: float) -> None:
    pass


def run_serial(
    jobs: Iterable[Job], model: str | None, batch_size: int, on_ready: OnReady = _nothing
) -> Iterator[Job]:
    """In this process, with one pipeline loaded when the first text arrives."""
    loaded: tuple[Language, PipelineInfo] | None = None
    for batch in _batches(jobs, batch_size):
        sources = [job.source for job in batch if job.source is not None]
        if not sources:
            yield from batch
            continue
        if loaded is None:
            loaded = load_pipeline(model)
            on_ready(time.time())
        outcomes = extract_sources(*loaded, sources, batch_size)
        pending = iter(batch)
        for job in pending:
            if job.source is None:
                yield job
                continue
            _fill([job], [next(outcomes)])
            yield job


# --- worker processes -----------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(model: str | None) -> None:
    """Load the pipeline once per worker; the parent alone handles Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _WORKER["nlp"], _WORKER["info"] = load_pipeline(model)
        _WORKER["ready"] = time.time()
    except PipelineUnavailable as exc:
        _WORKER["fatal"] = str(exc)


def _work(sources: list[Source], batch_size: int) -> tuple[float, list[Result | str]]:
    """The outcomes of a batch, and when this worker's pipeline was ready."""
    if "fatal" in _WORKER:
        raise PipelineUnavailable(_WORKER["fatal"])
    outcomes = list(extract_sources(_WORKER["nlp"], _WORKER["info"], sources, batch_size))
    return _WORKER["ready"], outcomes


#: A batch whose worker died this many times fails (its documents are reported, the batch goes on).
MAX_TRIES = 3


class _Workers:
    """A spawned process pool, replaced when one of its workers dies (killed, out of memory)."""

    def __init__(self, model: str | None, processes: int) -> None:
        self.model, self.processes = model, processes
        self.executor: Any = None

    def submit(
        self, sources: list[Source], batch_size: int
    ) -> Future[tuple[float, list[Result | str]]]:
        if self.executor is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self.executor = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.model,),
            )
        from concurrent.futures.process import BrokenProcessPool

        future: Future[tuple[float, list[Result | str]]]
        try:
            future = self.executor.submit(_work, sources, batch_size)
        except BrokenProcessPool as broken:
            # a worker died before this batch was handed over: the batch fails like one that was
            # running, and `_collect` runs it again in a fresh pool
            future = Future()
            future.set_exception(broken)
        return future

    def close(self, kill: bool) -> None:
        executor, self.executor = self.executor, None
        if executor is None:
            return
        if kill:  # no public way to stop busy workers before Python 3.14
            for process in list(getattr(executor, "_processes", {}).values()):
                with contextlib.suppress(Exception):
                    process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)


@dataclass
class _InFlight:
    batch: list[Job]
    sources: list[Source]
    future: Future[tuple[float, list[Result | str]]] | None
    tries: int = 1


def run_parallel(
    jobs: Iterable[Job],
    model: str | None,
    processes: int,
    batch_size: int,
    on_ready: OnReady = _nothing,
) -> Iterator[Job]:
    """Batches spread over worker processes; results come back in input order.

    Workers are spawned (not forked) so each starts clean and loads the pipeline itself; at most
    two batches per worker are in flight, so memory does not grow with the input. A worker that
    dies takes no document with it: its batches are run again in a fresh pool.
    """
    workers = _Workers(model, processes)
    window: deque[_InFlight] = deque()
    finished = False
    try:
        for batch in _batches(jobs, batch_size):
            sources = [job.source for job in batch if job.source is not None]
            future = workers.submit(sources, batch_size) if sources else None
            window.append(_InFlight(batch, sources, future))
            while len(window) > 2 * processes:
                yield from _collect(window, workers, batch_size, on_ready)
        while window:
            yield from _collect(window, workers, batch_size, on_ready)
        finished = True
    finally:
        workers.close(kill=not finished)


def _collect(
    window: deque[_InFlight], workers: _Workers, batch_size: int, on_ready: OnReady
) -> Iterator[Job]:
    """The head batch's jobs once its worker is done; after a worker died, resubmit and return."""
    from concurrent.futures.process import BrokenProcessPool

    head = window[0]
    if head.future is not None:
        try:
            ready, outcomes = head.future.result()
        except BrokenProcessPool:
            workers.close(kill=True)
            if head.tries >= MAX_TRIES:
                _fill(head.batch, ["worker process died (out of memory?)"] * len(head.sources))
                window.popleft()
                yield from head.batch
            for item in window:
                future = item.future
                if future is None or (future.done() and future.exception() is None):
                    continue
                item.tries += 1
                item.future = workers.submit(item.sources, batch_size)
            return
        on_ready(ready)
        _fill(head.batch, outcomes)
    window.popleft()
    yield from head.batch
