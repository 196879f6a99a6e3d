"""The HTML report: one self-contained file (inline CSS, JS and SVG; nothing fetched).

The corpus page shows the summary (a bar chart of the most quoted actors, the stance table between
actors, the corpus actors and their positions); each article follows with its text, its quotes,
speakers, cues, actor mentions and position targets highlighted. Every element that stands for
an actor carries `data-actor` (its `corpus_id`, or `local/DOC/ID` for an actor with no name), so
the page script can light up all of an actor's mentions and quotes when one is clicked.

Everything from the records is escaped (Jinja2 autoescape, `markupsafe.escape` for the
highlighted text); a Content-Security-Policy forbids every fetch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

from claimx import __version__
from claimx.corpus.link import Linking, link
from claimx.corpus.records import Document
from claimx.corpus.summary import QUOTE_KINDS, headline, position_cells, summarize

#: Actors on each axis of the stance table at most.
STANCE_AXIS = 12
#: Bars in the chart of the most quoted actors when `top` is not given.
DEFAULT_BARS = 15


@dataclass(order=True)
class Mark:
    """One highlighted span: outer spans (earlier start, later end, lower rank) open first."""

    start: int
    neg_end: int
    rank: int
    classes: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False)

    @property
    def end(self) -> int:
        return -self.neg_end

    def open_tag(self) -> str:
        attrs = "".join(f' {k}="{escape(v)}"' for k, v in self.attrs.items())
        return f'<span class="{self.classes}"{attrs}>'


def highlight(text: str, marks: Sequence[Mark]) -> Markup:
    """`text` with every mark as a `<span>`; crossing marks are split into well-nested pieces."""
    marks = sorted(m for m in marks if 0 <= m.start < m.end <= len(text))
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[str] = []
    stack: list[Mark] = []
    active: list[Mark] = []
    upcoming = 0
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > left]
        while upcoming < len(marks) and marks[upcoming].start <= left:
            active.append(marks[upcoming])
            upcoming += 1
        active.sort()
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        stack = stack[:keep]
        for m in active[keep:]:
            out.append(m.open_tag())
            stack.append(m)
        out.append(str(escape(text[left:right])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))


def _actor_attr(linking: Linking, index: int, actor_id: str | None) -> str | None:
    if actor_id is None:
        return None
    return linking.of.get((index, actor_id)) or f"local/{index}/{actor_id}"


def _article(doc: Document, index: int, linking: Linking, names: dict[str, str]) -> dict[str, Any]:
    """What the template shows of one article: highlighted text and the lists beside it."""
    result = doc.result
    local = {a.id: a.name for a in result.actors}

    def who(actor_id: str | None) -> tuple[str | None, str]:
        ref = _actor_attr(linking, index, actor_id)
        if ref is None:
            return None, ""
        return ref, names.get(ref) or local.get(actor_id or "", "")

    marks: list[Mark] = []
    quotes = []
    for q in result.quotes:
        ref, name = who(q.actor)
        qid = f"d{index}-{q.id}"
        data = {"data-quote": qid, "title": f"{q.kind} quote of {name or 'no actor'}"}
        if ref:
            data |= {"data-actor": ref, "data-name": name}
        for part in q.content_parts or [q.content]:
            marks.append(Mark(part.start, -part.end, 0, f"quote quote-{q.kind}", dict(data)))
        if q.cue:
            marks.append(Mark(q.cue.start, -q.cue.end, 2, "cue", {"data-quote": qid}))
        if q.speaker:
            extra = {"data-actor": ref, "data-name": name} if ref else {}
            marks.append(Mark(q.speaker.start, -q.speaker.end, 1, "speaker", extra))
        quotes.append(
            {
                "anchor": qid,
                "kind": q.kind,
                "speaker": q.speaker.text if q.speaker else "",
                "actor": ref,
                "actor_name": name,
                "cue": q.cue.text if q.cue else "",
                "content": q.content.text,
            }
        )
    actors: list[dict[str, Any]] = []
    for a in result.actors:
        ref, name = who(a.id)
        assert ref is not None
        actors.append({"ref": ref, "name": name or a.name, "kind": a.kind, "n": len(a.mentions)})
        for m in a.mentions:
            data = {"data-actor": ref, "data-name": name or a.name, "title": f"{a.name} ({m.form})"}
            marks.append(Mark(m.start, -m.end, 3, f"mention mention-{m.form}", data))
    positions = []
    for p in result.positions:
        holder, holder_name = who(p.actor)
        target_ref, target_name = who(p.target_actor)
        pid = f"d{index}-{p.id}"
        title = f"{holder_name} {p.stance}s this ({p.cue.text})"
        marks.append(
            Mark(p.target.start, -p.target.end, 4, f"target target-{p.stance}", {"title": title})
        )
        marks.append(Mark(p.cue.start, -p.cue.end, 5, "pcue", {"data-position": pid}))
        positions.append(
            {
                "holder": holder,
                "holder_name": holder_name,
                "stance": p.stance,
                "target": p.target.text,
                "target_actor": target_ref,
                "target_name": target_name,
                "cue": p.cue.text,
            }
        )
    actors.sort(key=lambda a: (-a["n"], a["name"]))
    return {
        "anchor": f"doc-{index}",
        "id": doc.id,
        "path": doc.result.document.path,
        "words": doc.result.document.words,
        "html": highlight(doc.text, marks) if doc.text is not None else None,
        "quotes": quotes,
        "actors": actors,
        "positions": positions,
    }


def _bars(summary: dict[str, Any], limit: int) -> dict[str, Any]:
    """Geometry of the stacked bar chart (inline SVG) of the most quoted actors."""
    rows = summary["speakers"][:limit]
    seen = [a["name"] for a in rows]
    most = max((a["quotes"]["total"] for a in rows), default=1) or 1
    label, width, height, gap = 220, 460, 18, 6
    bars = []
    for i, a in enumerate(rows):
        x = label
        parts = []
        for kind in QUOTE_KINDS:
            n = a["quotes"][kind]
            w = width * n / most
            if n:
                parts.append({"kind": kind, "x": round(x, 1), "w": round(w, 1), "n": n})
            x += w
        bars.append(
            {
                "y": i * (height + gap),
                "name": a["name"]
                + (f" ({a['kind']})" if seen.count(a["name"]) > 1 else "")
                + (" (ambiguous)" if a["ambiguous"] else ""),
                "ref": a["corpus_id"],
                "total": a["quotes"]["total"],
                "end": round(x, 1),
                "parts": parts,
            }
        )
    return {
        "bars": bars,
        "label": label,
        "height": height,
        "svg_width": label + width + 60,
        "svg_height": max(1, len(bars) * (height + gap)),
    }


def _stance_grid(summary: dict[str, Any]) -> dict[str, Any]:
    """Holder × target matrix of the stance rows between actors, the busiest actors only."""
    rows = summary["stances"]
    weight: dict[str, int] = {}
    names: dict[str, str] = {}
    for r in rows:
        for side in ("holder", "target"):
            weight[r[side]] = weight.get(r[side], 0) + r["count"]
            names[r[side]] = r[f"{side}_name"]
    busiest = sorted(weight, key=lambda k: (-weight[k], k))
    holders = [h for h in busiest if any(r["holder"] == h for r in rows)][:STANCE_AXIS]
    targets = [t for t in busiest if any(r["target"] == t for r in rows)][:STANCE_AXIS]
    cells: dict[tuple[str, str], dict[str, int]] = {}
    for r in rows:
        cell = cells.setdefault((r["holder"], r["target"]), {"support": 0, "oppose": 0})
        cell[r["stance"]] += r["count"]
    return {
        "holders": [{"ref": h, "name": names[h]} for h in holders],
        "targets": [{"ref": t, "name": names[t]} for t in targets],
        "cells": {f"{h}\t{t}": c for (h, t), c in cells.items()},
    }


def render_report(
    documents: Sequence[Document],
    *,
    kind: str | None = None,
    top: int | None = None,
    articles: bool = True,
    title: str = "claimx report",
) -> str:
    """The whole HTML page as a string (the caller writes it atomically)."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    linking = link([d.result.actors for d in documents])
    summary = summarize(documents, kind=kind, top=top, linking=linking)
    full = summarize(documents, linking=linking)
    names = {a.corpus_id: a.name for a in linking.actors}
    env = Environment(
        loader=PackageLoader("claimx.corpus", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    template = env.get_template("report.html.j2")
    return template.render(
        title=title,
        version=__version__,
        headline=headline(full),
        summary=summary,
        chart=_bars(summary, top or DEFAULT_BARS),
        grid=_stance_grid(summary),
        positions=position_cells(summary["positions"], per_cell=8),
        articles=[_article(d, i, linking, names) for i, d in enumerate(documents)]
        if articles
        else [],
        show_articles=articles,
    )
