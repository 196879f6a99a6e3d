"""What `claimx summary` and `claimx report` do, as plain functions (the CLI only parses options).

Output is rendered whole in memory and then written in one go (a file atomically), so a failure
never leaves half a summary or half a report behind.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from claimx.corpus.records import CorpusError, Document

SUMMARY_FORMATS = ("table", "json", "csv", "html")
KINDS = ("person", "organization", "country", "place", "group")
#: Rows per list in the formats read by a person when --top is not given.
DEFAULT_TOP = 20


def render_summary(
    documents: Sequence[Document],
    fmt: str,
    *,
    top: int | None = None,
    kind: str | None = None,
    width: int | None = None,
) -> str:
    """The summary in one format: table and html show the first 20 rows unless `top` says."""
    from claimx.corpus.summary import render_table, summarize, write_csv

    if fmt == "html":
        from claimx.corpus.report import render_report

        top = top or DEFAULT_TOP
        return render_report(documents, kind=kind, top=top, articles=False, title="claimx summary")
    if fmt == "table":
        top = top or DEFAULT_TOP
    summary = summarize(documents, kind=kind, top=top)
    out = io.StringIO()
    if fmt == "json":
        out.write(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        write_csv(summary, out)
    else:
        render_table(summary, out, width=width)
    return out.getvalue()


def write_output(data: str, output: str | None, stream: IO[str] | None = None) -> None:
    """To `output` atomically, or to standard output (`None` or `-`); raises `CorpusError`."""
    from claimx.io.output import write_atomic
    from claimx.io.reader import one_line

    if output in (None, "-"):
        (stream or sys.stdout).write(data)
        (stream or sys.stdout).flush()
        return
    assert output is not None
    target = Path(output)
    try:
        write_atomic(target, data)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise CorpusError(f"{one_line(output)}: cannot write ({reason})") from None
