"""The corpus view as data: corpus actors, speakers, positions and stances between actors.

`summarize` returns plain JSON-ready dicts (the `--format json` output is exactly that);
`render_table` and `write_csv` print it for a person or a spreadsheet.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import IO, Any

from claimx.corpus.link import Linking, link
from claimx.corpus.records import Document
from claimx.rules.names import norm

SUMMARY_VERSION = 1
QUOTE_KINDS = ("direct", "mixed", "indirect")
#: A sample quote is the first direct (else any) quote of about this many characters or fewer.
SAMPLE_CHARS = 200


def _sample(quotes: list[tuple[str, Any]]) -> dict[str, str] | None:
    """A short quote that shows what the actor says: direct first, then mixed, then indirect."""
    for kind in QUOTE_KINDS:
        fitting = [(d, q) for d, q in quotes if q.kind == kind]
        short = [(d, q) for d, q in fitting if 20 <= len(q.content.text) <= SAMPLE_CHARS]
        for doc_id, quote in short or fitting:
            return {
                "document": doc_id,
                "quote": quote.id,
                "text": " ".join(quote.content.text.split()),
            }
    return None


def summarize(
    documents: Sequence[Document],
    *,
    kind: str | None = None,
    top: int | None = None,
    linking: Linking | None = None,
) -> dict[str, Any]:
    """Everything `claimx summary` prints, as one JSON-ready dict.

    Speakers are counted by corpus actor: a quote whose speaker is only "he" counts for the actor
    "he" was resolved to; a quote of an actor with no name at all is counted apart (`unnamed`).
    `kind` keeps the actors of one kind (as holders and speakers); `top` the first N of each list.
    """
    linking = linking or link([d.result.actors for d in documents])
    by_id = linking.by_id()
    quotes: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    quote_docs: dict[str, set[str]] = defaultdict(set)
    unnamed_quotes = no_actor = total_quotes = 0
    stances: dict[tuple[str, str, str], dict[str, Any]] = {}
    held: dict[tuple[str, str, str], dict[str, Any]] = {}
    for index, doc in enumerate(documents):
        result = doc.result
        for quote in result.quotes:
            total_quotes += 1
            if quote.actor is None:
                no_actor += 1
                continue
            cid = linking.of.get((index, quote.actor))
            if cid is None:
                unnamed_quotes += 1
                continue
            quotes[cid].append((doc.id, quote))
            quote_docs[cid].add(doc.id)
        for pos in result.positions:
            cid = linking.of.get((index, pos.actor))
            if cid is None:
                continue
            target_cid = linking.of.get((index, pos.target_actor)) if pos.target_actor else None
            target_key = target_cid or "text:" + norm(pos.target.text)
            entry = held.setdefault(
                (cid, pos.stance, target_key),
                {"texts": Counter(), "documents": set(), "count": 0, "target_id": target_cid},
            )
            entry["texts"][" ".join(pos.target.text.split())] += 1
            entry["documents"].add(doc.id)
            entry["count"] += 1
            if target_cid is not None and target_cid != cid:
                cell = stances.setdefault(
                    (cid, target_cid, pos.stance), {"count": 0, "documents": set()}
                )
                cell["count"] += 1
                cell["documents"].add(doc.id)

    def keep(cid: str) -> bool:
        return kind is None or by_id[cid].kind == kind

    doc_ids = [d.id for d in documents]
    counts_of: dict[str, Counter[str]] = defaultdict(Counter)
    for (holder, stance, _), entry in held.items():
        counts_of[holder][stance] += entry["count"]
    actors: list[dict[str, Any]] = []
    for actor in linking.actors:
        if not keep(actor.corpus_id):
            continue
        said = quotes.get(actor.corpus_id, [])
        counts = Counter(q.kind for _, q in said)
        actors.append(
            {
                "corpus_id": actor.corpus_id,
                "name": actor.name,
                "kind": actor.kind,
                "ambiguous": actor.ambiguous,
                "names": actor.names,
                "documents": sorted({doc_ids[i] for i, _ in actor.members}),
                "article_actors": len(actor.members),
                "mentions": actor.mentions,
                "quotes": {
                    "total": len(said),
                    **{k: counts.get(k, 0) for k in QUOTE_KINDS},
                    "documents": len(quote_docs.get(actor.corpus_id, ())),
                },
                "sample_quote": _sample(said),
                "supports": counts_of[actor.corpus_id]["support"],
                "opposes": counts_of[actor.corpus_id]["oppose"],
            }
        )
    actors.sort(key=lambda a: (-len(a["documents"]), -a["mentions"], a["corpus_id"]))
    speakers = [a for a in actors if a["quotes"]["total"]]
    speakers.sort(key=lambda a: (-a["quotes"]["total"], -a["quotes"]["documents"], a["corpus_id"]))

    positions = []
    for (cid, stance, _), entry in held.items():
        if not keep(cid):
            continue
        target_id = entry["target_id"]
        texts: Counter[str] = entry["texts"]
        label = by_id[target_id].name if target_id else min(texts, key=lambda t: (-texts[t], t))
        positions.append(
            {
                "actor": cid,
                "actor_name": by_id[cid].name,
                "stance": stance,
                "target": label,
                "target_actor": target_id,
                "count": entry["count"],
                "documents": sorted(entry["documents"]),
            }
        )
    rank = {a["corpus_id"]: i for i, a in enumerate(actors)}
    positions.sort(key=lambda p: (rank[p["actor"]], -p["count"], p["stance"], p["target"]))
    stance_rows = [
        {
            "holder": holder,
            "holder_name": by_id[holder].name,
            "target": target,
            "target_name": by_id[target].name,
            "stance": stance,
            "count": cell["count"],
            "documents": sorted(cell["documents"]),
        }
        for (holder, target, stance), cell in stances.items()
        if keep(holder)
    ]
    stance_rows.sort(key=lambda r: (-r["count"], r["holder"], r["target"], r["stance"]))

    article_actors = sum(len(d.result.actors) for d in documents)
    corpus = {
        "documents": len(documents),
        "article_actors": article_actors,
        "named_article_actors": len(linking.of),
        "unnamed_article_actors": len(linking.unnamed),
        "corpus_actors": len(linking.actors),
        "quotes": total_quotes,
        "quotes_by_named_actors": total_quotes - unnamed_quotes - no_actor,
        "quotes_by_unnamed_actors": unnamed_quotes,
        "quotes_without_actor": no_actor,
        "positions": sum(len(d.result.positions) for d in documents),
    }
    cut = slice(None, top)
    return {
        "summary_version": SUMMARY_VERSION,
        "corpus": corpus,
        "filter": {"kind": kind, "top": top},
        "speakers": speakers[cut],
        "actors": actors[cut],
        "positions": _top_positions(positions, top),
        "stances": stance_rows[cut],
    }


def _top_positions(positions: list[dict[str, Any]], top: int | None) -> list[dict[str, Any]]:
    """With `top`: the positions of the first N holders (by documents), all of theirs."""
    if top is None:
        return positions
    holders: list[str] = []
    for p in positions:
        if p["actor"] not in holders:
            holders.append(p["actor"])
    chosen = set(holders[:top])
    return [p for p in positions if p["actor"] in chosen]


# --- printing -----------------------------------------------------------------------------------

CSV_COLUMNS = (
    "corpus_id",
    "name",
    "kind",
    "documents",
    "article_actors",
    "mentions",
    "quotes",
    "direct",
    "mixed",
    "indirect",
    "quote_documents",
    "supports",
    "opposes",
    "ambiguous",
    "names",
    "sample_quote",
)


def csv_rows(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per corpus actor, most quoted first."""
    ranked = {a["corpus_id"]: a for a in summary["speakers"]}
    ranked |= {a["corpus_id"]: a for a in summary["actors"] if a["corpus_id"] not in ranked}
    rows = []
    for a in ranked.values():
        q = a["quotes"]
        rows.append(
            {
                "corpus_id": a["corpus_id"],
                "name": a["name"],
                "kind": a["kind"],
                "documents": len(a["documents"]),
                "article_actors": a["article_actors"],
                "mentions": a["mentions"],
                "quotes": q["total"],
                "direct": q["direct"],
                "mixed": q["mixed"],
                "indirect": q["indirect"],
                "quote_documents": q["documents"],
                "supports": a["supports"],
                "opposes": a["opposes"],
                "ambiguous": str(a["ambiguous"]).lower(),
                "names": "; ".join(a["names"]),
                "sample_quote": (a["sample_quote"] or {}).get("text", ""),
            }
        )
    return rows


def write_csv(summary: dict[str, Any], stream: IO[str]) -> None:
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(csv_rows(summary))


def position_cells(
    positions: list[dict[str, Any]], per_cell: int = 5
) -> list[tuple[str, dict[str, str]]]:
    """(holder name, {stance: "target ×n; …"}) per holder, in summary order."""
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = {}
    names: dict[str, str] = {}
    for p in positions:
        names[p["actor"]] = p["actor_name"]
        grouped.setdefault(p["actor"], {"support": [], "oppose": []})[p["stance"]].append(p)
    rows = []
    for holder, by_stance in grouped.items():
        cells = {}
        for stance, items in by_stance.items():
            shown = [
                _clip(p["target"], 60) + (f" ×{p['count']}" if p["count"] > 1 else "")
                for p in items[:per_cell]
            ]
            if len(items) > per_cell:
                shown.append(f"… {len(items) - per_cell} more")
            total = sum(p["count"] for p in items)
            cells[stance] = (f"({total}) " if total else "") + "; ".join(shown)
        rows.append((names[holder], cells))
    return rows


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def headline(summary: dict[str, Any]) -> str:
    c = summary["corpus"]
    return (
        f"{c['documents']:,} documents · {c['named_article_actors']:,} named article actors "
        f"linked into {c['corpus_actors']:,} corpus actors ({c['unnamed_article_actors']:,} "
        f"unnamed left out) · {c['quotes']:,} quotes: {c['quotes_by_named_actors']:,} by named "
        f"actors, {c['quotes_by_unnamed_actors']:,} by unnamed ones, "
        f"{c['quotes_without_actor']:,} without an actor · {c['positions']:,} positions"
    )


def render_table(summary: dict[str, Any], stream: IO[str], width: int | None = None) -> None:
    """Rich tables for a person at a terminal: speakers, positions, stances, actors."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=stream, highlight=False, width=width)
    console.print(escape(headline(summary)))
    speakers = Table(title="Most quoted", expand=True)
    speakers.add_column("#", justify="right", no_wrap=True)
    speakers.add_column("speaker", ratio=2, min_width=14, overflow="fold")
    speakers.add_column("kind", no_wrap=True)
    for col in ("quotes", "dir", "mix", "ind", "docs"):
        speakers.add_column(col, justify="right", no_wrap=True)
    speakers.add_column("sample quote", ratio=3, min_width=12, overflow="fold")
    for n, a in enumerate(summary["speakers"], 1):
        q = a["quotes"]
        sample = a["sample_quote"]["text"] if a["sample_quote"] else ""
        speakers.add_row(
            str(n),
            escape(a["name"] + (" (ambiguous)" if a["ambiguous"] else "")),
            a["kind"].replace("organization", "org"),
            str(q["total"]),
            str(q["direct"]),
            str(q["mixed"]),
            str(q["indirect"]),
            str(q["documents"]),
            escape(_clip(sample, 70)),
        )
    console.print(speakers)
    if summary["positions"]:
        positions = Table(title="Positions (target ×count, most frequent first)", expand=True)
        positions.add_column("actor", ratio=2, overflow="fold")
        positions.add_column("supports", ratio=4, overflow="fold")
        positions.add_column("opposes", ratio=4, overflow="fold")
        for name, cells in position_cells(summary["positions"]):
            positions.add_row(escape(name), escape(cells["support"]), escape(cells["oppose"]))
        console.print(positions)
    if summary["stances"]:
        stances = Table(title="Stances between actors", expand=True)
        for col in ("holder", "stance", "target", "n", "docs"):
            stances.add_column(col, overflow="fold")
        for r in summary["stances"]:
            stances.add_row(
                escape(r["holder_name"]),
                r["stance"],
                escape(r["target_name"]),
                str(r["count"]),
                str(len(r["documents"])),
            )
        console.print(stances)
    actors = Table(title="Corpus actors (by documents)", expand=True)
    for col, ratio in (("corpus_id", 2), ("kind", None), ("docs", None), ("names used", 4)):
        actors.add_column(col, ratio=ratio, overflow="fold")
    for a in summary["actors"]:
        actors.add_row(
            escape(a["corpus_id"]),
            a["kind"],
            str(len(a["documents"])),
            escape(_clip(", ".join(a["names"]), 160)),
        )
    console.print(actors)
