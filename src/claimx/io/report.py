"""Output for people: a Markdown report and terminal tables, one article at a time.

Both are rendered to a string first and written by the caller, so a closed pipe is an ordinary
`BrokenPipeError` (rich would otherwise exit 1 on its own) and a progress bar on the same
terminal can be cleared before the text appears.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from claimx.schema import Actor, Quote, Result

#: How a stance reads without colour: a sign and a word, so support and oppose never look alike.
STANCE_MARK = {"support": "+ support", "oppose": "− oppose"}
STANCE_STYLE = {"support": "green", "oppose": "red"}
SECTIONS = ("quotes", "actors", "positions")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def headline(result: Result) -> str:
    """'123 words · 4 quotes · 1 actor · 0 positions'."""
    doc = result.document
    return " · ".join(
        (
            _plural(doc.words, "word"),
            _plural(len(result.quotes), "quote"),
            _plural(len(result.actors), "actor"),
            _plural(len(result.positions), "position"),
        )
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- Markdown: a report per article -----------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_<>\[\]|#])")


def md(text: str) -> str:
    """Text on one line with Markdown's markup characters escaped."""
    return _MD_SPECIAL.sub(r"\\\1", _flat(text))


def _speaker_groups(result: Result) -> list[tuple[str, list[Quote]]]:
    """Quotes grouped by who said them: an actor, else the speaker as written, in text order."""
    actors = {a.id: a for a in result.actors}
    groups: dict[str, tuple[str, list[Quote]]] = {}
    for q in result.quotes:
        if q.actor and q.actor in actors:
            actor = actors[q.actor]
            key, title = f"actor:{actor.id}", f"**{md(actor.name)}** ({actor.kind}, {actor.id})"
        elif q.speaker is not None:
            key, title = f"speaker:{_flat(q.speaker.text).lower()}", f"**{md(q.speaker.text)}**"
        else:
            key, title = "none", "**No speaker named**"
        groups.setdefault(key, (title, []))[1].append(q)
    return list(groups.values())


def _quote_line(q: Quote) -> str:
    content = md(q.content.text)
    said = f"“{content}”" if q.kind in ("direct", "mixed") else content
    cue = f" — *{md(q.cue.text)}*" if q.cue else ""
    speaker = f", speaker “{md(q.speaker.text)}”" if q.speaker and q.actor else ""
    return f"- {said}{cue} ({q.id}, {q.kind}{speaker})"


def _actor_line(a: Actor) -> str:
    titles = f"; {md(', '.join(a.titles))}" if a.titles else ""
    return f"- **{md(a.name)}** ({a.id}, {a.kind}{titles}): {_plural(len(a.mentions), 'mention')}"


def markdown_report(result: Result, sections: Sequence[str] = SECTIONS) -> str:
    """One article as Markdown: quotes grouped by speaker, the actors, the positions."""
    doc = result.document
    where = f"`{_flat(doc.path)}` · " if doc.path and "`" not in doc.path else ""
    out = [f"## {md(doc.id)}", "", f"{where}{headline(result)}", ""]
    if "quotes" in sections:
        out += ["### Quotes", ""]
        for title, quotes in _speaker_groups(result):
            out += [title, "", *(_quote_line(q) for q in quotes), ""]
        if not result.quotes:
            out += ["None found.", ""]
    if "actors" in sections:
        out += ["### Actors", "", *(_actor_line(a) for a in result.actors)]
        out += ["None found.", ""] if not result.actors else [""]
    if "positions" in sections:
        names = {a.id: a.name for a in result.actors}
        out += ["### Positions", ""]
        for p in result.positions:
            target = md(names[p.target_actor]) if p.target_actor in names else md(p.target.text)
            source = f", from {p.quote}" if p.quote else ""
            out.append(
                f"- **{md(names.get(p.actor, p.actor))}** {STANCE_MARK[p.stance]}: *{target}* "
                f"— “{md(p.evidence.text)}” (cue *{md(p.cue.text)}*; {p.id}{source})"
            )
        out += ["None found.", ""] if not result.positions else [""]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n\n"


# --- terminal tables --------------------------------------------------------------------------

#: Longest word kept whole in a narrow column; longer ones (URLs) may break.
LONGEST_WORD = 24


@dataclass
class Col:
    """A column: its cells, whether it wraps, and its share of spare width."""

    name: str
    cells: list[str]
    weight: int = 0  # 0: as wide as its widest cell, never wrapped
    justify: str = "left"
    #: left out when the columns cannot all keep their longest word whole
    optional: bool = False

    def widest(self) -> int:
        return max((len(c) for c in [self.name, *self.cells]), default=1)

    def longest_word(self) -> int:
        words = [w for c in [self.name, *self.cells] for w in c.split()]
        return min(LONGEST_WORD, max((len(w) for w in words), default=1))


def allot(cols: Sequence[Col], room: int) -> list[int]:
    """Column widths within `room`: no word broken if the longest words fit, spare width by weight.

    Fixed columns get their widest cell, wrapping ones their longest word; what is left goes to
    the wrapping columns in proportion to their weight, none beyond its widest cell.
    """
    widths = [c.widest() if not c.weight else c.longest_word() for c in cols]
    wants = [c.widest() for c in cols]
    spare = room - sum(widths)
    while spare > 0:
        open_ = [i for i, c in enumerate(cols) if c.weight and widths[i] < wants[i]]
        if not open_:
            break
        total = sum(cols[i].weight for i in open_)
        given = 0
        for i in open_:
            share = max(1, spare * cols[i].weight // total)
            share = min(share, wants[i] - widths[i], spare - given)
            widths[i] += share
            given += share
        if not given:
            break
        spare -= given
    return widths


def _table(
    console: Console, title: str, cols: Sequence[Col], styles: dict[str, list[str]] | None
) -> object:
    from rich import box
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    def least(cs: Sequence[Col]) -> int:
        overhead = 2 * (len(cs) - 1)  # no edges: one space each side of a column gap
        return overhead + sum(c.widest() if not c.weight else c.longest_word() for c in cs)

    while least(cols) > console.width and any(c.optional for c in cols):
        drop = next(c for c in cols if c.optional)
        cols = [c for c in cols if c is not drop]
    widths = allot(cols, console.width - 2 * (len(cols) - 1))
    table = Table(
        title=title,
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
    )
    for col, width in zip(cols, widths, strict=True):
        table.add_column(
            escape(col.name),
            width=width,
            no_wrap=not col.weight,
            overflow="fold",
            justify=col.justify,  # type: ignore[arg-type]
        )
    rows = len(cols[0].cells) if cols else 0
    for r in range(rows):
        cells = []
        for col in cols:
            style = (styles or {}).get(col.name, [""] * rows)[r]
            cells.append(Text(col.cells[r], style=style))
        table.add_row(*cells)
    return table


def terminal_report(
    result: Result, console: Console, sections: Sequence[str] = SECTIONS, clip: int = 400
) -> str:
    """The article as rich tables, rendered for `console` (its width and colours) to a string."""
    from rich.markup import escape

    def cut(text: str) -> str:
        text = _flat(text)
        return text if len(text) <= clip else text[: clip - 1] + "…"

    names = {a.id: a.name for a in result.actors}
    parts: list[object] = [f"[bold]{escape(result.document.id)}[/bold]  {escape(headline(result))}"]
    if "quotes" in sections and result.quotes:
        qs = result.quotes
        speakers = []
        for q in qs:
            said = q.speaker.text if q.speaker else "—"
            name = names.get(q.actor or "")
            speakers.append(f"{said} → {name}" if name and _flat(name) != _flat(said) else said)
        cols = [
            Col("#", [q.id for q in qs]),
            Col("speaker → actor", [cut(s) for s in speakers], weight=2),
            Col("cue", [cut(q.cue.text) if q.cue else "—" for q in qs], weight=1),
            Col("kind", [q.kind for q in qs], optional=True),
            Col("content", [cut(q.content.text) for q in qs], weight=6),
        ]
        parts.append(_table(console, "Quotes", cols, None))
    if "actors" in sections and result.actors:
        acts = result.actors
        cols = [
            Col("#", [a.id for a in acts]),
            Col("name", [cut(a.name) for a in acts], weight=2),
            Col("kind", [a.kind for a in acts]),
            Col("titles", [cut(", ".join(a.titles)) for a in acts], weight=2),
            Col("mentions", [str(len(a.mentions)) for a in acts], justify="right"),
        ]
        parts.append(_table(console, "Actors", cols, None))
    if "positions" in sections and result.positions:
        ps = result.positions
        cols = [
            Col("#", [p.id for p in ps]),
            Col("holder", [cut(names.get(p.actor, p.actor)) for p in ps], weight=2),
            Col("stance", [STANCE_MARK[p.stance] for p in ps]),
            Col("target", [cut(p.target.text) for p in ps], weight=3),
            Col("cue", [cut(p.cue.text) for p in ps], weight=1, optional=True),
            Col("evidence", [cut(p.evidence.text) for p in ps], weight=5),
            Col("quote", [p.quote or "—" for p in ps]),
        ]
        styles = {"stance": [STANCE_STYLE[p.stance] for p in ps]}
        parts.append(_table(console, "Positions", cols, styles))
    with console.capture() as capture:
        for part in parts:
            console.print(part)
        console.print()
    return capture.get()
