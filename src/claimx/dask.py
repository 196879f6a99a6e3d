"""Dask as the engine: claimx on a Dask cluster (`--cluster`), over a Dask bag or a DataFrame.

`pip install 'claimx[dask]'`. Each worker process loads the spaCy pipeline once, the first time a
task needs it, and keeps it for every later task (`_pipeline`); documents travel in tasks of
`TASK_DOCUMENTS`, a few per worker in flight, and come back in input order.

A worker that dies (killed, out of memory) is Dask's to handle: the scheduler runs its tasks again
on another worker. When a task has been on a dying worker more often than the scheduler's
`distributed.scheduler.allowed-failures` (1 on the local cluster claimx starts: two deaths), Dask
gives up on it with `KilledWorker`. Dask blames every task queued on the dying worker, not only the
one that killed it, so claimx then waits for the other tasks in flight and runs the documents of
that task one at a time, each alone on the cluster: a document whose worker dies twice while it
runs alone is the culprit and is reported failed like any other; the others come back.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from claimx.io.batch import Job, PipelineUnavailable, extract_sources, load_pipeline
from claimx.io.reader import one_line
from claimx.source import Source

if TYPE_CHECKING:
    from spacy.language import Language

    from claimx.schema import PipelineInfo, Result

#: Documents per task: one `nlp.pipe` batch. Dask's cost per task (milliseconds) is lost in
#: the parse time of four news articles (about half a second), and small tasks keep the workers
#: evenly busy to the end.
TASK_DOCUMENTS = 4
#: Tasks in flight per worker thread. Results are taken in input order, so a slow task at the
#: head holds back the window: a deep one keeps the other workers busy meanwhile, and memory
#: stays bounded (a few dozen documents).
TASKS_PER_THREAD = 4
#: Seconds to reach a scheduler before giving up (`--cluster tcp://…`).
CONNECT_TIMEOUT = 5
#: How often a task may be on a dying worker before the local scheduler gives up on it (Dask
#: counts the deaths beyond the first: 1 means a second death ends it).
ALLOWED_FAILURES = 1
INSTALL_HINT = "pip install 'claimx[dask]'"
#: Settings of the local cluster (its workers get them too). Dask's statistical profiler samples
#: each worker's stack every 10 ms, which costs a parse-bound worker a large share of its time.
LOCAL_CONFIG = {
    "distributed.scheduler.allowed-failures": ALLOWED_FAILURES,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    # Dask sets MALLOC_TRIM_THRESHOLD_=65536 in its workers, so glibc hands memory back to the
    # system after every parse and takes it again for the next: a fifth more CPU time for claimx
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1,
        "MKL_NUM_THREADS": 1,
        "OPENBLAS_NUM_THREADS": 1,
    },
    # the client's process also runs the scheduler and the nannies: fewer wake-ups, less CPU
    # taken from the workers (the memory monitor still stops a runaway worker within a second)
    "distributed.admin.tick.interval": "200ms",
    "distributed.worker.memory.monitor-interval": "500ms",
    # a restarted worker has two minutes to reach the scheduler (Dask's 30 s were too few on a
    # machine busy with other work: its nanny then gave up, and the cluster had no worker)
    "distributed.comm.timeouts.connect": "120s",
    # a cluster left with no worker (every restart failed) ends the run instead of hanging it,
    # once a restart has had its two minutes
    "distributed.scheduler.no-workers-timeout": "300s",
}

DIED = "worker process died twice while processing it (out of memory?)"


class ClusterUnavailable(PipelineUnavailable):
    """Dask is not installed or the cluster cannot be reached: a usage error (exit 2), reported
    like a missing pipeline."""


class ExtractionFailed(RuntimeError):
    """A document of a bag or DataFrame could not be processed (with `errors="raise"`)."""


# --- in each worker -----------------------------------------------------------------------------

_PIPELINES: dict[str | None, tuple[Language, PipelineInfo]] = {}
#: spaCy pipelines are not safe to share between threads: one task at a time per process.
_LOCK = threading.Lock()


def _pipeline(model: str | None) -> tuple[Language, PipelineInfo]:
    """The pipeline of this worker process, loaded on first use and kept for every later task."""
    loaded = _PIPELINES.get(model)
    if loaded is None:
        loaded = _PIPELINES[model] = load_pipeline(model)
    return loaded


def work(sources: list[Source], batch_size: int, model: str | None) -> list[Result | str]:
    """One task: a result or a one-line error per source, in order."""
    with _LOCK:
        nlp, info = _pipeline(model)
        return list(extract_sources(nlp, info, sources, batch_size))


# --- the cluster --------------------------------------------------------------------------------


def parse_address(address: str) -> int | None:
    """N for `local:N` (a local cluster of N processes), None for a scheduler address."""
    if not address.startswith("local:"):
        return None
    count = address.removeprefix("local:")
    if not count.isdigit() or int(count) < 1:
        raise ClusterUnavailable(f"--cluster {address!r}: local:N needs a number of workers ≥ 1")
    return int(count)


def local_cluster(workers: int) -> Any:
    """A `LocalCluster` of single-threaded worker processes, quiet, with claimx's retry limit."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CONFIG):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
            preload=[__name__],  # dask_setup below, in every worker
        )


def dask_setup(worker: Any) -> None:
    """Preload of the local cluster's workers: Ctrl-C is for claimx, which then stops them
    (else every worker prints a traceback)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def connect(address: str) -> Iterator[Any]:
    """A `distributed.Client` for `local:N` or a scheduler address; closed (cluster too) after."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterUnavailable(f"--cluster needs Dask: {INSTALL_HINT}") from None
    workers = parse_address(address)
    cluster = None
    try:
        if workers is not None:
            cluster = local_cluster(workers)
            client = Client(cluster)
        else:
            for name in ("distributed.client", "distributed.comm", "distributed.core"):
                logging.getLogger(name).setLevel(logging.CRITICAL)
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError, TypeError) as exc:
        if cluster is not None:
            cluster.close()
        reason = one_line(str(exc)) or type(exc).__name__
        raise ClusterUnavailable(
            f"cannot reach the Dask scheduler at {address} ({reason})"
        ) from None
    try:
        yield client
    finally:
        with contextlib.suppress(Exception):
            client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()


def _threads(client: Any) -> int:
    workers = client.scheduler_info().get("workers", {})
    return max(1, sum(w.get("nthreads", 1) for w in workers.values()))


@dataclass
class _Task:
    jobs: list[Job]
    sources: list[Source]
    future: Any = None


def _tasks(jobs: Iterable[Job], size: int) -> Iterator[_Task]:
    """Groups of up to `size` documents; jobs without a text (failed, skipped) ride along."""
    batch: list[Job] = []
    sources: list[Source] = []
    for job in jobs:
        batch.append(job)
        if job.source is not None:
            sources.append(job.source)
        if len(sources) >= size:
            yield _Task(batch, sources)
            batch, sources = [], []
    if batch:
        yield _Task(batch, sources)


def _fill(task: _Task, outcomes: list[Result | str]) -> None:
    todo = [job for job in task.jobs if job.source is not None]
    for job, outcome in zip(todo, outcomes, strict=True):
        if isinstance(outcome, str):
            job.error = f"{one_line(job.entry.name)}: {outcome}"
        else:
            job.result = outcome
        job.source = None  # the text is no longer needed


WorkFn = Callable[[list[Source], int, str | None], list["Result | str"]]


def run_cluster(
    jobs: Iterable[Job],
    model: str | None,
    address: str,
    batch_size: int,
    *,
    task_size: int = TASK_DOCUMENTS,
    task: WorkFn | None = None,
    on_ready: Callable[[float], None] | None = None,
) -> Iterator[Job]:
    """The jobs done on a Dask cluster, in input order (the shape of `batch.run_parallel`).

    `address` is `local:N` or a scheduler's address; `batch_size` is the `nlp.pipe` batch inside
    a task. `task` replaces `work` (tests use it to kill a worker on a chosen document).
    `on_ready` is told when the first task is back (the workers have loaded the pipeline).
    """
    from distributed import KilledWorker, wait
    from distributed.scheduler import NoValidWorkerError, NoWorkerError

    fn = task or work
    with connect(address) as client:
        depth = TASKS_PER_THREAD * _threads(client)
        window: deque[_Task] = deque()
        ready: list[bool] = []

        def submit(item: _Task) -> _Task:
            if item.sources:
                item.future = client.submit(fn, item.sources, batch_size, model, pure=False)
            return item

        def outcome(future: Any, count: int) -> list[Result | str]:
            """What a task gave; `KilledWorker` goes up, lost contact ends the run."""
            try:
                outcomes: list[Result | str] = future.result()
                return outcomes
            except (KilledWorker, PipelineUnavailable):
                raise
            except (NoValidWorkerError, NoWorkerError):
                raise ClusterUnavailable(f"no worker left on the cluster at {address}") from None
            except (asyncio.CancelledError, concurrent.futures.CancelledError) as exc:
                reason = one_line(str(exc)) or "cancelled"
                raise ClusterUnavailable(
                    f"lost the Dask scheduler at {address} ({reason})"
                ) from None
            except Exception as exc:
                reason = one_line(str(exc))[:200]
                return [f"internal error ({type(exc).__name__}: {reason})"] * count

        def alone(sources: list[Source]) -> list[Result | str]:
            """Each document alone on the cluster, once the other tasks in flight are done."""
            wait([item.future for item in window if item.future is not None])
            outcomes: list[Result | str] = []
            for source in sources:
                future = client.submit(fn, [source], batch_size, model, pure=False)
                try:
                    outcomes += outcome(future, 1)
                except KilledWorker:
                    outcomes.append(DIED)
            return outcomes

        def collect() -> Iterator[Job]:
            head = window.popleft()
            if head.future is not None:
                try:
                    outcomes = outcome(head.future, len(head.sources))
                except KilledWorker:
                    outcomes = alone(head.sources)
                head.future = None
                _fill(head, outcomes)
                if on_ready is not None and not ready:
                    ready.append(True)
                    on_ready(time.time())
            yield from head.jobs

        try:
            for item in _tasks(jobs, task_size):
                window.append(submit(item))
                while len(window) > depth:
                    yield from collect()
            while window:
                yield from collect()
        finally:
            futures = [item.future for item in window if item.future is not None]
            if futures:
                with contextlib.suppress(Exception):
                    client.cancel(futures)


# --- Python API: bags and DataFrames ------------------------------------------------------------


def _as_source(item: Any) -> Source:
    if isinstance(item, str):
        return Source(text=item)
    doc_id, text = item
    return Source(text=text, id=str(doc_id))


def _extract_items(
    items: Iterable[Any], model: str | None, batch_size: int, errors: str
) -> Iterator[Result]:
    """Results of one partition's items, in order (failed documents raise or are skipped)."""
    sources = [_as_source(item) for item in items]
    with _LOCK:
        nlp, info = _pipeline(model)
        for source, outcome in zip(
            sources, extract_sources(nlp, info, sources, batch_size), strict=True
        ):
            if isinstance(outcome, str):
                if errors == "raise":
                    raise ExtractionFailed(f"{source.id}: {outcome}")
                continue
            yield outcome


def _check_errors(errors: str) -> None:
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")


def _bag_partition(
    items: Iterable[Any], model: str | None, batch_size: int, errors: str
) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json") for r in _extract_items(items, model, batch_size, errors)]


def extract_bag(
    bag: Any, *, model: str | None = None, batch_size: int | None = None, errors: str = "raise"
) -> Any:
    """A Dask bag of texts or `(id, text)` pairs → a bag of records (output contract v1, as dicts).

    Lazy, like any bag: `.compute()`, `.map(json.dumps).to_textfiles(…)`. Records keep the order of
    the input. A document that fails raises `ExtractionFailed` (`errors="skip"` drops it instead).
    """
    from claimx.nlp.pipeline import BATCH_SIZE

    _check_errors(errors)
    return bag.map_partitions(_bag_partition, model, batch_size or BATCH_SIZE, errors)


#: Columns holding character offsets or counts: nullable integers in a DataFrame.
def _dtype(column: str) -> str:
    return "Int64" if column.endswith(("_start", "_end")) or column == "mentions" else "object"


def _frame_partition(
    frame: Any,
    text_column: str,
    id_column: str | None,
    what: str,
    model: str | None,
    batch_size: int,
    errors: str,
) -> Any:
    import pandas as pd

    from claimx.io.output import COLUMNS, ROWS

    ids = frame[id_column] if id_column is not None else frame.index
    items = list(zip((str(i) for i in ids), frame[text_column], strict=True))
    rows: list[dict[str, Any]] = []
    for result in _extract_items(items, model, batch_size, errors):
        rows.extend(ROWS[what](result))
    columns = COLUMNS[what]
    out = pd.DataFrame.from_records(rows, columns=list(columns))
    for column in columns:
        if _dtype(column) == "Int64":
            out[column] = pd.to_numeric(out[column].replace("", None)).astype("Int64")
        else:
            out[column] = out[column].astype(object)
    return out


def extract_dataframe(
    df: Any,
    text_column: str = "text",
    *,
    id_column: str | None = None,
    what: str = "quotes",
    model: str | None = None,
    batch_size: int | None = None,
    errors: str = "raise",
) -> Any:
    """A Dask DataFrame with a text column → a DataFrame of one row per quote, actor or position.

    The columns are those of `claimx extract --format csv --what WHAT`; `document` is the value of
    `id_column` (default: the row's index). Offsets are nullable integers.
    """
    import pandas as pd

    from claimx.io.output import COLUMNS
    from claimx.nlp.pipeline import BATCH_SIZE

    _check_errors(errors)
    if what not in COLUMNS:
        raise ValueError(f"what must be one of {', '.join(COLUMNS)}, not {what!r}")
    meta = pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in COLUMNS[what]})
    return df.map_partitions(
        _frame_partition,
        text_column,
        id_column,
        what,
        model,
        batch_size or BATCH_SIZE,
        errors,
        meta=meta,
        enforce_metadata=False,
        align_dataframes=False,
    )
