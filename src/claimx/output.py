"""The write stage: one streaming writer for every command and format.

JSON for one document, JSON Lines for several (one record a line, flushed as each completes so
`| head -1` and `| jq -c` stream), and rich tables for a person at a terminal.
"""

from __future__ import annotations

from typing import IO, Literal

from claimx.schema import Result

Format = Literal["json", "jsonl", "table"]
FORMATS: tuple[str, ...] = ("json", "jsonl", "table")


def choose_format(requested: str | None, stream: IO[str], several: bool) -> Format:
    if requested:
        return requested  # type: ignore[return-value]
    if stream.isatty():
        return "table"
    return "jsonl" if several else "json"


class Writer:
    """Writes results one at a time; `json` with several documents falls back to JSON Lines."""

    def __init__(self, fmt: Format, stream: IO[str], several: bool = False) -> None:
        self.fmt: Format = "jsonl" if fmt == "json" and several else fmt
        self.stream = stream
        self.count = 0

    def write(self, result: Result) -> None:
        if self.fmt == "json":
            self.stream.write(result.model_dump_json(indent=2) + "\n")
        elif self.fmt == "jsonl":
            self.stream.write(result.model_dump_json() + "\n")
        else:
            render_table(result, self.stream)
        self.stream.flush()
        self.count += 1


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(result: Result, stream: IO[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, highlight=False)
    names = {a.id: a.name for a in result.actors}
    doc = result.document
    console.print(
        f"[bold]{doc.id}[/bold]  {doc.words} words · {len(result.quotes)} quotes · "
        f"{len(result.actors)} actors · {len(result.positions)} positions"
    )
    quotes = Table(title="Quotes", show_lines=False, expand=True)
    for col in ("#", "speaker", "actor", "cue", "kind", "content"):
        quotes.add_column(col, overflow="fold", ratio=4 if col == "content" else None)
    for q in result.quotes:
        quotes.add_row(
            q.id,
            q.speaker.text if q.speaker else "—",
            names.get(q.actor or "", "—"),
            q.cue.text if q.cue else "—",
            q.kind,
            _clip(q.content.text),
        )
    console.print(quotes)
    actors = Table(title="Actors", expand=True)
    for col in ("#", "name", "kind", "titles", "mentions"):
        actors.add_column(col, overflow="fold")
    for a in result.actors:
        actors.add_row(a.id, a.name, a.kind, ", ".join(a.titles), str(len(a.mentions)))
    console.print(actors)
    if result.positions:
        positions = Table(title="Positions", expand=True)
        for col in ("actor", "stance", "target", "cue"):
            positions.add_column(col, overflow="fold")
        for p in result.positions:
            positions.add_row(
                names.get(p.actor, p.actor), p.stance, _clip(p.target.text), p.cue.text
            )
        console.print(positions)
