"""Batches: worker processes, chunked parsing of long texts, progress on a terminal only."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.nlp.chunking import parse, split
from tests.helpers import check_record

EXE = os.path.join(os.path.dirname(sys.executable), "claimx")

ARTICLES = [
    "“The harbour will reopen on Friday,” the port director said.\n",
    "Farmers said the new rules would hurt small dairies.\n",
    "The union rejected the offer. “It is not enough,” its leader told reporters.\n",
    "Nothing was said.\n",
    "“We are ready,” said the coach. “The team has trained all winter.”\n",
    "The minister denied the report and said the figures were wrong.\n",
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    for i, text in enumerate(ARTICLES):
        (root / f"art{i}.txt").write_text(text, encoding="utf-8")
    return root


def test_jobs_keep_input_order_and_give_the_same_records(folder, nlp):
    serial = CliRunner().invoke(app, ["extract", str(folder)])
    assert serial.exit_code == 0
    (folder / "art2b.txt").symlink_to(folder / "missing.txt")  # one failure in the middle
    out = subprocess.run(
        [EXE, "extract", str(folder), "--jobs", "2"], capture_output=True, text=True
    )
    assert out.returncode == 1
    assert "art2b.txt: no such file" in out.stderr
    assert out.stdout.splitlines() == serial.stdout.splitlines()
    assert [json.loads(x)["document"]["id"] for x in out.stdout.splitlines()] == [
        f"art{i}" for i in range(len(ARTICLES))
    ]
    summary = out.stderr.splitlines()[-1]
    assert summary.startswith("claimx: 6 documents, ") and "1 failure " in summary


def test_jobs_with_an_unknown_model_exit_2(folder):
    out = subprocess.run(
        [EXE, "extract", str(folder), "--jobs", "2", "--model", "no_such_pipeline_q"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert "no_such_pipeline_q" in out.stderr and "Traceback" not in out.stderr


# --- chunking -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "limit", "pieces"),
    [
        ("short", 10, ["short"]),
        ("", 10, [""]),
        (
            "One two.\n\nThree four.\n\nFive six.",
            20,
            ["One two.\n\n", "Three four.\n\n", "Five six."],
        ),
        ("Alpha beta. Gamma delta. Epsilon.", 20, ["Alpha beta. ", "Gamma delta. ", "Epsilon."]),
        ("aaa bbb ccc ddd eee", 9, ["aaa bbb ", "ccc ddd ", "eee"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("line one\r\nline two\r\nline three", 12, ["line one\r\n", "line two\r\n", "line three"]),
    ],
)
def test_split_cuts_on_the_strongest_boundary(text, limit, pieces):
    spans = split(text, limit)
    assert [text[a:b] for a, b in spans] == pieces
    assert all(b - a <= limit for a, b in spans)


def test_split_keeps_combining_marks_with_their_base():
    text = "e\u0301" * 10
    for a, b in split(text, 5):
        assert not text[a:b].startswith("\u0301")


def test_chunked_parse_is_the_whole_text_with_the_same_tokens(nlp, seed_text):
    whole = nlp(seed_text)
    chunked = parse(nlp, seed_text, limit=800)
    assert len(split(seed_text, 800)) > 3
    assert chunked.text == seed_text
    assert [t.text for t in chunked] == [t.text for t in whole]
    assert [t.idx for t in chunked] == [t.idx for t in whole]


def test_long_texts_are_extracted_in_pieces_with_global_offsets(nlp, seed_text, monkeypatch):
    import claimx.nlp.chunking

    whole = claimx.extract(seed_text, nlp=nlp)
    monkeypatch.setattr(claimx.nlp.chunking, "CHUNK_CHARS", 800)
    short = "“Short texts are parsed whole,” she said."
    results = list(
        claimx.extract_many([claimx.api.Source(seed_text), claimx.api.Source(short)], nlp=nlp)
    )
    record = json.loads(results[0].model_dump_json())
    check_record(record, seed_text)
    check_record(json.loads(results[1].model_dump_json()), short)
    chunked = {(q.content.start, q.content.end) for q in results[0].quotes}
    unchunked = {(q.content.start, q.content.end) for q in whole.quotes}
    # paragraphs are parsed alone: nearly every quote is found exactly as in a whole parse
    assert len(chunked & unchunked) >= 0.8 * len(unchunked)
    single = claimx.extract(seed_text, nlp=nlp)
    assert len(single.quotes) == len(results[0].quotes)


# --- progress -----------------------------------------------------------------------------------


def _stderr_on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    import pty

    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc = subprocess.run(
        [EXE, "extract", *args], stdout=subprocess.PIPE, stderr=slave, env=env, timeout=300
    )
    os.close(slave)
    reader.join(timeout=5)
    os.close(master)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8", errors="replace")


def test_progress_bar_only_on_a_terminal(folder):
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    shown = _stderr_on_a_terminal([str(folder)], {**env, "COLUMNS": "120"})
    assert "loading pipeline…" in shown  # while the pipeline loads, not a bar stuck at 0
    assert "words/s" in shown and "claimx" in shown
    assert "claimx: 6 documents, " in shown  # the summary stays after the bar
    colour = re.compile(r"\x1b\[[0-9;]*(3[0-9]|9[0-7])[0-9;]*m")
    assert colour.search(shown)
    plain = _stderr_on_a_terminal([str(folder)], {**env, "NO_COLOR": "1", "COLUMNS": "120"})
    assert "━" in plain and not colour.search(plain)  # NO_COLOR: a bar without colour
    text = _stderr_on_a_terminal([str(folder), "--quiet"], env)
    assert "━" not in text and "ETA" not in text
    assert text.strip() == ""


def test_a_pool_broken_before_a_batch_is_handed_over_runs_the_batch_again():
    """A worker may die between two submissions: the pool then refuses the next batch. That
    batch must fail like a running one and be run again in a fresh pool, not end the run with a
    traceback (seen once under load with `--jobs 2` and a killed worker)."""
    from collections import deque
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from claimx.io.batch import Job, _collect, _InFlight, _Workers
    from claimx.io.inputs import Entry
    from claimx.source import Source

    class BrokenPool:
        def submit(self, *args):
            raise BrokenProcessPool("a child process terminated abruptly")

    workers = _Workers(model=None, processes=1)
    workers.executor = BrokenPool()
    source = Source(text="The mayor said the bridge would reopen.", id="a")
    refused = workers.submit([source], 4)
    assert isinstance(refused.exception(), BrokenProcessPool)

    class FreshPool:
        submitted = 0

        def submit(self, sources, batch_size):
            FreshPool.submitted += 1
            done: Future = Future()
            done.set_result((0.0, ["ran again"] * len(sources)))
            return done

        def close(self, kill):
            pass

    job = Job(Entry(name="a.txt", doc_id="a"), source=source)
    window = deque([_InFlight([job], [source], refused)])
    fresh = FreshPool()
    assert list(_collect(window, fresh, 4, lambda ready: None)) == []  # resubmitted, not lost
    assert FreshPool.submitted == 1 and window[0].tries == 2
    assert list(_collect(window, fresh, 4, lambda ready: None)) == [job]
    assert job.error == "a.txt: ran again" and not window
