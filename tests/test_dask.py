"""Dask as the engine: a real LocalCluster of 2 worker processes gives what one job gives.

One cluster serves the module (starting one costs seconds); the command-line test starts its own
`--cluster local:2`. Worker deaths are made deterministic: the task itself kills its worker
(SIGKILL) on a marked document, once (a flag file says it happened) or every time.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

import claimx  # noqa: E402
from claimx.io.batch import Job  # noqa: E402
from claimx.io.inputs import Entry  # noqa: E402
from claimx.source import Source  # noqa: E402

EXE = os.path.join(os.path.dirname(sys.executable), "claimx")
MARK = "Ottoline Quarry"

SENTENCES = [
    "“The harbour will reopen on Friday,” the port director said.",
    "Farmers said the new rules would hurt small dairies.",
    "The union rejected the offer. “It is not enough,” its leader told reporters.",
    "Nothing was said.",
    "“We are ready,” said the coach. “The team has trained all winter.”",
    "The minister denied the report and said the figures were wrong.",
    "Residents of the valley oppose the new motorway, the mayor said on Monday.",
]


def article(i: int, marked: bool = False) -> str:
    """A short article of its own for every i, so that records differ between documents."""
    first = SENTENCES[i % len(SENTENCES)]
    second = SENTENCES[(3 * i + 1) % len(SENTENCES)]
    who = f"{MARK}, a spokeswoman," if marked else f"A spokesman for district {i}"
    return f"{first} {second}\n\n{who} said the council would meet again in {1990 + i}.\n"


@pytest.fixture(scope="module")
def cluster():
    from claimx.dask import local_cluster

    with local_cluster(2) as running:
        yield running


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """19 articles and, in the middle, a link to nothing (a failure to report in its place)."""
    root = tmp_path_factory.mktemp("dask") / "in"
    root.mkdir()
    for i in range(19):
        (root / f"art{i:02d}.txt").write_text(article(i), encoding="utf-8")
    (root / "art07b.txt").symlink_to(root / "missing.txt")
    return root


@pytest.fixture(scope="module")
def one_job(folder) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, "extract", str(folder), "--jobs", "1"], capture_output=True, text=True
    )


def jobs(n: int, marked: int | None = None) -> list[Job]:
    out = []
    for i in range(n):
        source = Source(text=article(i, marked=i == marked), id=f"d{i}")
        out.append(Job(Entry(f"d{i}.txt", f"d{i}"), source=source))
    return out


def kill_on_mark(flag: str, sources, batch_size, model):
    """A task that SIGKILLs its own worker on the marked document: once if `flag` is a file
    name (it is created first), every time if it is empty. As a document would, it kills a
    worker that is running, pipeline loaded, not one Dask is still starting."""
    from claimx.dask import _pipeline, work

    _pipeline(model)
    if any(MARK in s.text for s in sources) and not (flag and os.path.exists(flag)):
        if flag:
            Path(flag).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return work(sources, batch_size, model)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_cluster_local_2_gives_the_records_of_one_job_in_input_order(folder, one_job):
    one = one_job
    two = subprocess.run(
        [EXE, "extract", str(folder), "--cluster", "local:2"], capture_output=True, text=True
    )
    assert one.returncode == two.returncode == 1
    assert "art07b.txt: no such file" in two.stderr
    assert two.stdout == one.stdout
    assert [r["document"]["id"] for r in records(two.stdout)] == [f"art{i:02d}" for i in range(19)]
    assert two.stderr.splitlines()[-1].startswith("claimx: 19 documents, ")
    assert "Traceback" not in two.stderr


def test_a_killed_worker_loses_no_document(cluster, tmp_path, nlp):
    from claimx.dask import run_cluster

    flag = tmp_path / "killed-once"
    todo = jobs(20, marked=11)
    task = functools.partial(kill_on_mark, str(flag))
    done = list(run_cluster(todo, None, cluster.scheduler_address, 4, task_size=4, task=task))
    assert flag.exists()  # the worker did die on the marked document
    assert [job.entry.doc_id for job in done] == [f"d{i}" for i in range(20)]
    assert all(job.error is None and job.result is not None for job in done)
    for i, job in enumerate(done):
        expected = claimx.extract(article(i, marked=i == 11), nlp=nlp, doc_id=f"d{i}")
        assert job.result == expected


def test_a_document_that_kills_its_worker_twice_fails_alone(cluster):
    from claimx.dask import DIED, run_cluster

    todo = jobs(8, marked=5)
    task = functools.partial(kill_on_mark, "")
    done = list(run_cluster(todo, None, cluster.scheduler_address, 4, task_size=4, task=task))
    assert [job.entry.doc_id for job in done] == [f"d{i}" for i in range(8)]
    assert done[5].result is None and done[5].error == f"d5.txt: {DIED}"
    assert all(job.result is not None for i, job in enumerate(done) if i != 5)


def test_cluster_writes_sqlite_through_the_client(cluster, folder, one_job, tmp_path):
    from claimx.io.sqlite import read_result

    db_path = tmp_path / "corpus.db"
    out = subprocess.run(
        [EXE, "extract", str(folder), "--cluster", cluster.scheduler_address, "-o", str(db_path)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1 and "art07b.txt: no such file" in out.stderr
    db = sqlite3.connect(db_path)
    keys = [k for (k,) in db.execute("SELECT document FROM documents ORDER BY document")]
    assert [read_result(db, k) for k in keys] == records(one_job.stdout)


def test_a_wrong_address_is_one_line_and_exit_2(folder):
    out = subprocess.run(
        [EXE, "extract", str(folder), "--cluster", "tcp://127.0.0.1:1"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert out.stdout == ""
    (line,) = out.stderr.splitlines()
    assert line.startswith("claimx: cannot reach the Dask scheduler at tcp://127.0.0.1:1")
    assert "after 5 s" in line  # claimx's own connect timeout, not Dask's 30 s


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--cluster", "local:0"], "local:N needs a number of workers"),
        (["--cluster", "local:2", "--jobs", "2"], "give --jobs or --cluster, not both"),
    ],
)
def test_bad_cluster_options_exit_2(folder, argv, message):
    out = subprocess.run([EXE, "extract", str(folder), *argv], capture_output=True, text=True)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr


# --- Python API -----------------------------------------------------------------------------


def test_extract_bag_gives_records_in_order(cluster, nlp):
    import dask.bag as db
    from distributed import Client

    from claimx.dask import extract_bag

    items = [article(0), ("second", article(1)), ("third", article(2)), article(3)]
    with Client(cluster):
        got = extract_bag(db.from_sequence(items, npartitions=3)).compute()
    expected = [
        claimx.extract(article(0), nlp=nlp),
        claimx.extract(article(1), nlp=nlp, doc_id="second"),
        claimx.extract(article(2), nlp=nlp, doc_id="third"),
        claimx.extract(article(3), nlp=nlp),
    ]
    assert got == [r.model_dump(mode="json") for r in expected]


def test_extract_dataframe_gives_the_csv_rows(cluster, nlp):
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client

    from claimx.dask import extract_dataframe
    from claimx.io.output import COLUMNS, quote_rows

    frame = pd.DataFrame(
        {"url": [f"https://news.example/{i}" for i in range(5)], "body": map(article, range(5))}
    )
    with Client(cluster):
        got = extract_dataframe(
            dd.from_pandas(frame, npartitions=2), "body", id_column="url"
        ).compute()
    expected = []
    for url, text in zip(frame["url"], frame["body"], strict=True):
        expected.extend(quote_rows(claimx.extract(text, nlp=nlp, doc_id=url)))
    assert list(got.columns) == list(COLUMNS["quotes"])
    assert str(got["content_start"].dtype) == "Int64"
    assert len(got) == len(expected) > 5
    rows = got.astype(object).where(got.notna(), "").to_dict("records")
    assert rows == expected


def test_a_failing_document_of_a_bag_raises_or_is_skipped(monkeypatch):
    import dask
    import dask.bag as db

    import claimx.api
    from claimx.dask import ExtractionFailed, extract_bag

    real = claimx.api.extract_doc

    def extract_doc(doc, source=None, pipeline=None):
        if source is not None and source.id == "bad":
            raise ValueError("no good")
        return real(doc, source, pipeline)

    monkeypatch.setattr(claimx.api, "extract_doc", extract_doc)
    bag = db.from_sequence([("ok1", article(1)), ("bad", article(2)), ("ok2", article(3))])
    with dask.config.set(scheduler="sync"):  # in this process, where the patch holds
        with pytest.raises(ExtractionFailed, match=r"^bad: internal error \(ValueError: no good"):
            extract_bag(bag).compute()
        kept = extract_bag(bag, errors="skip").compute()
    assert [r["document"]["id"] for r in kept] == ["ok1", "ok2"]
