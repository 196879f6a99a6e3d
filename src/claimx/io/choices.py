"""What the command line offers (formats, sections, folder globs, the size limit), kept apart from
the modules that use them so that `claimx --help` imports nothing else of claimx's I/O."""

from __future__ import annotations

from typing import Literal, get_args

Format = Literal["json", "jsonl", "csv", "markdown", "table", "sqlite"]
#: every --format; sqlite is written by claimx.io.sqlite, the others by `claimx.io.output.Writer`
FORMATS: tuple[str, ...] = get_args(Format)
What = Literal["quotes", "actors", "positions"]
WHATS: tuple[str, ...] = get_args(What)
Notion = Literal["auto", "all", "clauses"]
#: which reports are quotes (--quotes, CLAIMX_QUOTES): every attribution in news and the clausal
#: ones in interviews and biographies (auto, the default), every attribution, or clausal only
NOTIONS: tuple[str, ...] = get_args(Notion)
#: the files taken from folders, unless --glob says otherwise
DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm")
JSONL_GLOBS = ("*.jsonl", "*.ndjson")
#: Refuse texts longer than this by default (characters); `--max-chars` changes it. Longer texts
#: than the chunk size are parsed in pieces (`claimx.nlp.chunking`), so the limit is about
#: time and memory of one record, not about spaCy's `max_length`.
MAX_CHARS = 2_000_000
