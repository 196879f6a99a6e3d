"""SQLite output: the tables hold every record whole, survive SIGTERM, and a rerun resumes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimx.io.sqlite import TABLES, DatabaseError, SqliteWriter, read_result

EXE = os.path.join(os.path.dirname(sys.executable), "claimx")

ARTICLES = [
    "“The harbour will reopen on Friday,” the port director said.\n",
    "Farmers said the new rules would hurt small dairies. Their union opposes the plan.\n",
    "The union rejected the offer. “It is not enough,” its leader told reporters.\n",
    "Nothing was said.\n",
    "“We are ready,” said the coach. “The team has trained all winter.”\n",
    "The minister denied the report and said the figures were wrong.\n",
    "Residents oppose the new motorway, the mayor said. “It will cut the valley in two.”\n",
    "Senator Ada Brook praised the treaty. She said it would bring peace.\n",
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("sqlite") / "in"
    root.mkdir()
    for i, text in enumerate(ARTICLES):
        (root / f"art{i}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def records(folder) -> list[dict]:
    """The JSON Lines records of the folder: what the tables must give back."""
    out = subprocess.run([EXE, "extract", str(folder)], capture_output=True, text=True, check=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


def stored(path: Path) -> list[dict]:
    db = sqlite3.connect(path)
    keys = [k for (k,) in db.execute("SELECT document FROM documents ORDER BY document")]
    return [read_result(db, k) for k in keys]


def test_the_database_holds_every_record_whole(folder, records, tmp_path):
    db_path = tmp_path / "corpus.db"
    out = subprocess.run([EXE, "extract", str(folder), "-o", str(db_path)], capture_output=True)
    assert out.returncode == 0 and out.stdout == b""
    assert sum(len(r["quotes"]) for r in records) >= 6  # the comparison below is not empty
    assert stored(db_path) == records
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    indexed = {
        (table, row[2])
        for table in TABLES
        for index in db.execute(f"PRAGMA index_list({table})")
        for row in db.execute(f"PRAGMA index_info({index[1]})")
    }
    for column in (("quotes", "document"), ("quotes", "actor"), ("quotes", "speaker")):
        assert column in indexed
    for column in (("actors", "name"), ("actors", "kind"), ("quotes", "kind")):
        assert column in indexed
    assert ("positions", "stance") in indexed and ("documents", "sha256") in indexed


def test_format_sqlite_and_a_rerun_replace_rather_than_duplicate(folder, records, tmp_path):
    db_path = tmp_path / "corpus.data"
    argv = [EXE, "extract", str(folder), "--format", "sqlite", "-o", str(db_path)]
    subprocess.run(argv, check=True, capture_output=True)
    subprocess.run(argv, check=True, capture_output=True)
    db = sqlite3.connect(db_path)
    assert db.execute("SELECT count(*) FROM documents").fetchone() == (len(ARTICLES),)
    assert stored(db_path) == records


def test_the_readme_queries_run(folder, tmp_path):
    db_path = tmp_path / "corpus.db"
    subprocess.run([EXE, "extract", str(folder), "-o", str(db_path)], check=True)
    db = sqlite3.connect(db_path)
    most = db.execute(
        """SELECT a.name, count(*) AS quotes
           FROM quotes q JOIN actors a ON a.actor = q.actor
           GROUP BY a.name ORDER BY quotes DESC, a.name LIMIT 10"""
    ).fetchall()
    assert most and all(n >= 1 for _, n in most)
    on_target = db.execute(
        """SELECT a.name, p.stance, p.target, d.id
           FROM positions p JOIN actors a ON a.actor = p.actor
           JOIN documents d ON d.document = p.document
           WHERE p.target LIKE '%treaty%'"""
    ).fetchall()
    assert on_target == [("Ada Brook", "support", "the treaty", "art7")]


def test_sigterm_leaves_whole_documents_and_skip_existing_resumes(folder, records, tmp_path):
    """Names go through a pipe the test holds: claimx writes the first batch (4 documents,
    one transaction) and waits for the next name; the test sees them committed, gives two more
    names (not a whole batch, so nothing more is written) and sends SIGTERM."""
    db_path = tmp_path / "corpus.db"
    names = [str(folder / f"art{i}.txt") for i in range(len(ARTICLES))]
    proc = subprocess.Popen(
        [EXE, "extract", "--files-from", "-", "-o", str(db_path)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write("".join(n + "\n" for n in names[:4]))
    proc.stdin.flush()
    deadline = time.monotonic() + 120  # only a guard against a hang; nothing is timed
    while committed(db_path) < 4:
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    proc.stdin.write("".join(n + "\n" for n in names[4:6]))
    proc.stdin.flush()
    proc.send_signal(signal.SIGTERM)
    err = proc.stderr.read()
    assert proc.wait() == 143
    assert "Traceback" not in err and "interrupted after 4 documents" in err

    by_id = {r["document"]["id"]: r for r in records}
    db = sqlite3.connect(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    first = stored(db_path)
    assert [r["document"]["id"] for r in first] == ["art0", "art1", "art2", "art3"]
    for record in first:  # every document row has its actors, quotes and positions
        assert record == by_id[record["document"]["id"]]
    assert not list(tmp_path.glob("*.db-journal"))

    rerun = subprocess.run(
        [EXE, "extract", *names, "-o", str(db_path), "--skip-existing"],
        capture_output=True,
        text=True,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "4 documents" in rerun.stderr and "4 skipped" in rerun.stderr
    assert sorted(r["document"]["id"] for r in stored(db_path)) == sorted(by_id)
    assert {r["document"]["id"]: r for r in stored(db_path)} == by_id


def committed(path: Path) -> int:
    """Documents another connection sees (committed); 0 while the file or table is missing."""
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            return db.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_an_exception_inside_a_document_leaves_none_of_its_rows(tmp_path, run):
    result = run(ARTICLES[7])
    assert result.quotes and result.positions
    writer = SqliteWriter(tmp_path / "c.db")
    writer.write(result)
    broken = result.model_copy(deep=True)
    broken.positions[0] = broken.positions[0].model_copy(update={"id": None})  # NOT NULL fails
    with pytest.raises(DatabaseError):
        writer.write(broken)
    writer.close()
    db = sqlite3.connect(tmp_path / "c.db")
    assert db.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM quotes").fetchone() == (len(result.quotes),)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.write_text("not a database at all\n" * 100), "file is not a database"),
        (
            lambda p: sqlite3.connect(p).execute("CREATE TABLE other (x)").connection.commit(),
            "another application",
        ),
    ],
)
def test_a_file_that_is_not_a_claimx_database_is_refused(folder, tmp_path, setup, message):
    db_path = tmp_path / "x.db"
    setup(db_path)
    before = db_path.read_bytes()
    out = subprocess.run(
        [EXE, "extract", str(folder), "-o", str(db_path)], capture_output=True, text=True
    )
    assert out.returncode == 1
    assert f"claimx: {db_path}: cannot write (" in out.stderr and message in out.stderr
    assert "Traceback" not in out.stderr
    assert db_path.read_bytes() == before


def test_sqlite_utils_reads_the_tables_and_keys(folder, tmp_path):
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db_path = tmp_path / "corpus.db"
    subprocess.run([EXE, "extract", str(folder), "-o", str(db_path)], check=True)
    db = sqlite_utils.Database(db_path)
    assert set(TABLES) <= set(db.table_names())
    assert db["documents"].count == len(ARTICLES)
    keys = {(fk.column, fk.other_table) for fk in db["positions"].foreign_keys}
    assert keys == {
        ("document", "documents"),
        ("actor", "actors"),
        ("target_actor", "actors"),
        ("quote", "quotes"),
    }
