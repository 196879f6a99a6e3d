"""SQLite output: a corpus database that a long run fills as it goes and that a rerun resumes.

`claimx extract … -o corpus.db` (or `--format sqlite`) writes one row per document, actor,
mention, quote and position, with keys between them and indexes on the columns people filter by.
Results are committed a batch at a time and each document's rows go in together (a savepoint), so
a run killed at any moment leaves a database that opens and holds whole documents only;
`--skip-existing` then skips the documents whose sha256 is already there. Only the standard
library's `sqlite3` is used: `sqlite-utils` and Datasette open the file as any other.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimx.io.batch import Job
    from claimx.schema import Result, Span

#: `PRAGMA application_id` of a claimx database ("clmx"): another application's file is refused.
APPLICATION_ID = 0x636C6D78
#: Bumped when the tables change; a database of another layout is refused, not altered.
LAYOUT_VERSION = 1
#: File name endings that make `-o FILE` a database without `--format sqlite`.
SUFFIXES = (".db", ".sqlite", ".sqlite3")
#: Documents a transaction: the parse batch (`claimx.nlp.pipeline.BATCH_SIZE`), so what was
#: written is on disk by the time claimx waits for more input; with WAL a commit costs no fsync.
COMMIT_DOCUMENTS = 4

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    document INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    path TEXT,
    sha256 TEXT NOT NULL,
    chars INTEGER NOT NULL,
    words INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    claimx_version TEXT NOT NULL,
    pipeline_name TEXT NOT NULL,
    pipeline_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256);
CREATE INDEX IF NOT EXISTS documents_id ON documents (id);

CREATE TABLE IF NOT EXISTS actors (
    actor INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES documents (document) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    titles TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    UNIQUE (document, id)
);
CREATE INDEX IF NOT EXISTS actors_name ON actors (name);
CREATE INDEX IF NOT EXISTS actors_kind ON actors (kind);

CREATE TABLE IF NOT EXISTS mentions (
    mention INTEGER PRIMARY KEY,
    actor INTEGER NOT NULL REFERENCES actors (actor) ON DELETE CASCADE,
    document INTEGER NOT NULL REFERENCES documents (document) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    form TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions (actor);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions (document);

CREATE TABLE IF NOT EXISTS quotes (
    quote INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES documents (document) ON DELETE CASCADE,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    actor INTEGER REFERENCES actors (actor) ON DELETE CASCADE,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    content_parts TEXT NOT NULL,
    rule TEXT,
    confidence REAL,
    UNIQUE (document, id)
);
CREATE INDEX IF NOT EXISTS quotes_actor ON quotes (actor);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);
CREATE INDEX IF NOT EXISTS quotes_kind ON quotes (kind);

CREATE TABLE IF NOT EXISTS positions (
    position INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES documents (document) ON DELETE CASCADE,
    id TEXT NOT NULL,
    actor INTEGER NOT NULL REFERENCES actors (actor) ON DELETE CASCADE,
    stance TEXT NOT NULL,
    target TEXT NOT NULL,
    target_start INTEGER NOT NULL,
    target_end INTEGER NOT NULL,
    target_actor INTEGER REFERENCES actors (actor) ON DELETE CASCADE,
    cue TEXT NOT NULL,
    cue_start INTEGER NOT NULL,
    cue_end INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    quote INTEGER REFERENCES quotes (quote) ON DELETE CASCADE,
    rule TEXT,
    UNIQUE (document, id)
);
CREATE INDEX IF NOT EXISTS positions_actor ON positions (actor);
CREATE INDEX IF NOT EXISTS positions_stance ON positions (stance);
CREATE INDEX IF NOT EXISTS positions_target_actor ON positions (target_actor);
CREATE INDEX IF NOT EXISTS positions_quote ON positions (quote);
"""

TABLES = ("documents", "actors", "mentions", "quotes", "positions")


class DatabaseError(OSError):
    """The database cannot be opened or written; the message is the reason, in one line.

    An `OSError`, so the command line reports it as it reports any output it cannot write.
    """


def wants_sqlite(fmt: str | None, output: Path | None) -> bool:
    """`--format sqlite`, or no format and an output file named like a database."""
    if fmt is not None:
        return fmt == "sqlite"
    return output is not None and output.suffix.lower() in SUFFIXES


def _span(span: Span | None) -> tuple[str | None, int | None, int | None]:
    return (span.text, span.start, span.end) if span is not None else (None, None, None)


class SqliteWriter:
    """Writes results into a SQLite database, with the interface of `claimx.io.output.Writer`.

    A document's rows are inserted inside a savepoint, so an exception (SIGTERM turned into one,
    a full disk) in the middle of a document leaves none of them behind; `close()` commits what
    is whole. Without `skip_existing`, a document already there (same id and sha256) is
    replaced, so rerunning a newer claimx refreshes a corpus rather than duplicating it.
    """

    def __init__(
        self, path: str | os.PathLike[str], commit_documents: int = COMMIT_DOCUMENTS
    ) -> None:
        self.path = str(path)
        self.count = 0
        self.commit_documents = commit_documents
        self._pending = 0
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise DatabaseError(str(exc)) from None
        try:
            self._prepare()
        except sqlite3.Error as exc:
            self.db.close()
            raise DatabaseError(str(exc)) from None
        except DatabaseError:
            self.db.close()
            raise

    def _prepare(self) -> None:
        db = self.db
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if tables and app_id != APPLICATION_ID:
            raise DatabaseError("a database of another application, not claimx's")
        if tables:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != LAYOUT_VERSION:
                raise DatabaseError(f"a claimx database of layout {version}, not {LAYOUT_VERSION}")
        db.execute("PRAGMA foreign_keys = ON")
        # readers (Datasette, sqlite3) can query while a run writes; one fsync per transaction
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("BEGIN IMMEDIATE")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
        db.execute("COMMIT")

    # --- resuming --------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        row = self.db.execute("SELECT 1 FROM documents WHERE sha256 = ? LIMIT 1", (sha256,))
        return row.fetchone() is not None

    def skip_done(self, jobs: Iterable[Job]) -> Iterator[Job]:
        """Mark as skipped the jobs whose text (by sha256) is already in the database."""
        for job in jobs:
            sha = job.source.sha256 if job.source is not None else None
            if sha is not None and self.has(sha):
                job.skipped = True
                job.source = None
            yield job

    # --- writing ---------------------------------------------------------------------------

    def write(self, result: Result) -> None:
        try:
            self._write(result)
        except sqlite3.Error as exc:
            raise DatabaseError(str(exc)) from None

    def _write(self, result: Result) -> None:
        db = self.db
        if not db.in_transaction:
            db.execute("BEGIN IMMEDIATE")
        db.execute("SAVEPOINT document")
        try:
            self._insert(result)
        except BaseException:
            db.execute("ROLLBACK TO document")
            db.execute("RELEASE document")
            raise
        db.execute("RELEASE document")
        self.count += 1
        self._pending += 1
        if self._pending >= self.commit_documents:
            self.commit()

    def _insert(self, result: Result) -> None:
        db, doc = self.db, result.document
        db.execute(
            "DELETE FROM documents WHERE id = ? AND sha256 = ?", (doc.id, doc.sha256)
        )  # a rerun replaces
        document = db.execute(
            "INSERT INTO documents (id, path, sha256, chars, words, schema_version,"
            " claimx_version, pipeline_name, pipeline_version) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                doc.id,
                doc.path,
                doc.sha256,
                doc.chars,
                doc.words,
                result.schema_version,
                result.claimx_version,
                result.pipeline.name,
                result.pipeline.version,
            ),
        ).lastrowid
        actors: dict[str | None, int | None] = {None: None}
        for a in result.actors:
            actors[a.id] = key = db.execute(
                "INSERT INTO actors (document, id, name, kind, titles, mentions)"
                " VALUES (?,?,?,?,?,?)",
                (document, a.id, a.name, a.kind, json.dumps(a.titles, ensure_ascii=False),
                 len(a.mentions)),
            ).lastrowid  # fmt: skip
            db.executemany(
                "INSERT INTO mentions (actor, document, start, end, text, form)"
                " VALUES (?,?,?,?,?,?)",
                [(key, document, m.start, m.end, m.text, m.form) for m in a.mentions],
            )
        quotes: dict[str | None, int | None] = {None: None}
        for q in result.quotes:
            quotes[q.id] = db.execute(
                "INSERT INTO quotes (document, id, kind, speaker, speaker_start, speaker_end,"
                " actor, cue, cue_start, cue_end, content, content_start, content_end,"
                " content_parts, rule, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    document,
                    q.id,
                    q.kind,
                    *_span(q.speaker),
                    actors[q.actor],
                    *_span(q.cue),
                    *_span(q.content),
                    json.dumps([p.model_dump() for p in q.content_parts], ensure_ascii=False),
                    q.rule,
                    q.confidence,
                ),
            ).lastrowid
        db.executemany(
            "INSERT INTO positions (document, id, actor, stance, target, target_start,"
            " target_end, target_actor, cue, cue_start, cue_end, evidence, evidence_start,"
            " evidence_end, quote, rule) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    document,
                    p.id,
                    actors[p.actor],
                    p.stance,
                    *_span(p.target),
                    actors[p.target_actor],
                    *_span(p.cue),
                    *_span(p.evidence),
                    quotes[p.quote],
                    p.rule,
                )
                for p in result.positions
            ],
        )

    def commit(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self._pending = 0

    def close(self) -> None:
        """Commit the whole documents written so far and close the file (safe to call twice)."""
        db = getattr(self, "db", None)
        if db is None:
            return
        try:
            self.commit()
            db.execute("PRAGMA optimize")
        except sqlite3.Error as exc:
            raise DatabaseError(str(exc)) from None
        finally:
            db.close()
            self.db = None  # type: ignore[assignment]


def read_result(db: sqlite3.Connection, document: int) -> dict[str, Any]:
    """One document's record back from the tables, as claimx writes it in JSON (for checks)."""
    db.row_factory = sqlite3.Row
    d = db.execute("SELECT * FROM documents WHERE document = ?", (document,)).fetchone()
    ids = {
        (table, row[0]): row[1]
        for table in ("actors", "quotes")
        for row in db.execute(
            f"SELECT {table[:-1]}, id FROM {table} WHERE document = ?", (document,)
        )
    }

    def span(row: Any, name: str) -> dict[str, Any] | None:
        if row[f"{name}_start"] is None:
            return None
        return {"start": row[f"{name}_start"], "end": row[f"{name}_end"], "text": row[name]}

    def ref(table: str, key: int | None) -> str | None:
        return None if key is None else ids[table, key]

    actors = []
    for a in db.execute("SELECT * FROM actors WHERE document = ? ORDER BY actor", (document,)):
        mentions = db.execute(
            "SELECT start, end, text, form FROM mentions WHERE actor = ? ORDER BY mention",
            (a["actor"],),
        )
        actors.append(
            {
                "id": a["id"],
                "name": a["name"],
                "kind": a["kind"],
                "titles": json.loads(a["titles"]),
                "mentions": [dict(m) for m in mentions],
            }
        )
    quotes = [
        {
            "id": q["id"],
            "kind": q["kind"],
            "speaker": span(q, "speaker"),
            "actor": ref("actors", q["actor"]),
            "cue": span(q, "cue"),
            "content": span(q, "content"),
            "content_parts": json.loads(q["content_parts"]),
            "rule": q["rule"],
            "confidence": q["confidence"],
        }
        for q in db.execute("SELECT * FROM quotes WHERE document = ? ORDER BY quote", (document,))
    ]
    positions = [
        {
            "id": p["id"],
            "actor": ref("actors", p["actor"]),
            "stance": p["stance"],
            "target": span(p, "target"),
            "target_actor": ref("actors", p["target_actor"]),
            "cue": span(p, "cue"),
            "evidence": span(p, "evidence"),
            "quote": ref("quotes", p["quote"]),
            "rule": p["rule"],
        }
        for p in db.execute(
            "SELECT * FROM positions WHERE document = ? ORDER BY position", (document,)
        )
    ]
    return {
        "schema_version": d["schema_version"],
        "claimx_version": d["claimx_version"],
        "document": {
            "id": d["id"],
            "path": d["path"],
            "sha256": d["sha256"],
            "chars": d["chars"],
            "words": d["words"],
        },
        "pipeline": {"name": d["pipeline_name"], "version": d["pipeline_version"]},
        "actors": actors,
        "quotes": quotes,
        "positions": positions,
    }
