"""Hand-written claimx records over invented articles, for the corpus tests (no spaCy needed).

`record(doc_id, text, actors, quotes, positions)` finds every span by its words in the text, so
the records keep the contract (`text == article[start:end]`) without counting offsets by hand.
"""

from __future__ import annotations

from typing import Any

from claimx.schema import (
    Actor,
    DocumentInfo,
    Mention,
    PipelineInfo,
    Position,
    Quote,
    Result,
    Span,
)
from claimx.source import count_words, sha256_text


def span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span.of(text, start, start + len(words))


def record(
    doc_id: str,
    text: str,
    actors: list[tuple[str, str, str, list[tuple[str, str, int]]]],
    quotes: list[dict[str, Any]] = (),  # type: ignore[assignment]
    positions: list[dict[str, Any]] = (),  # type: ignore[assignment]
    titles: dict[str, list[str]] | None = None,
    path: str | None = None,
) -> Result:
    """actors: (id, name, kind, [(words, form, nth)]); quotes and positions name their spans by
    words: {"id", "kind", "actor", "speaker", "cue", "content"} and {"id", "actor", "stance",
    "target", "target_actor", "cue", "evidence"}."""
    made = []
    for actor_id, name, kind, mentions in actors:
        found = []
        for words, form, nth in mentions:
            s = span(text, words, nth)
            found.append(Mention(start=s.start, end=s.end, text=s.text, form=form))  # type: ignore[arg-type]
        made.append(
            Actor(
                id=actor_id,
                name=name,
                kind=kind,  # type: ignore[arg-type]
                titles=(titles or {}).get(actor_id, []),
                mentions=found,
            )
        )
    made_quotes = []
    for q in quotes:
        content = span(text, q["content"])
        made_quotes.append(
            Quote(
                id=q["id"],
                kind=q.get("kind", "direct"),
                speaker=span(text, q["speaker"], q.get("speaker_nth", 0))
                if q.get("speaker")
                else None,
                actor=q.get("actor"),
                cue=span(text, q["cue"]) if q.get("cue") else None,
                content=content,
                content_parts=[content],
            )
        )
    made_positions = [
        Position(
            id=p["id"],
            actor=p["actor"],
            stance=p["stance"],
            target=span(text, p["target"]),
            target_actor=p.get("target_actor"),
            cue=span(text, p["cue"]),
            evidence=span(text, p.get("evidence", p["target"])),
        )
        for p in positions
    ]
    return Result(
        claimx_version="test",
        document=DocumentInfo(
            id=doc_id,
            path=path,
            sha256=sha256_text(text),
            chars=len(text),
            words=count_words(text),
        ),
        pipeline=PipelineInfo(name="test", version="0"),
        actors=made,
        quotes=made_quotes,
        positions=made_positions,
    )


# Three invented articles about an invented town. "Vera Lindqvist" is called "Lindqvist" and
# "Mayor Lindqvist" too; "he" and "she" speak for named actors; two Halversens share a surname.
HARBOUR = (
    "Mayor Vera Lindqvist said on Monday that the harbour plan would go ahead. "
    "“We cannot wait another winter,” she said. The Port Authority of Brenmoor (PAB) "
    "backed the plan. Councillor Tomas Halversen criticised Lindqvist for the cost."
)
MARKET = (
    "Lindqvist defended the market hall on Tuesday. “The hall pays for itself,” Lindqvist said. "
    "Ida Halversen, who runs a bakery, said she opposed the new fees. "
    "The PAB declined to comment. <script>alert('x')</script> & more."
)
FERRY = (
    "The ferry will run twice a day, the Port Authority of Brenmoor said. "
    "Halversen said the timetable was too thin. "
    "“He never listens,” Mayor Lindqvist said of him."
)


def corpus_records() -> list[Result]:
    """The three invented articles as records, each actor as claimx would report it."""
    harbour = record(
        "harbour",
        HARBOUR,
        [
            (
                "a1",
                "Vera Lindqvist",
                "person",
                [
                    ("Mayor Vera Lindqvist", "name", 0),
                    ("she", "pronoun", 0),
                    ("Lindqvist", "name", 1),
                ],
            ),
            (
                "a2",
                "Port Authority of Brenmoor",
                "organization",
                [("Port Authority of Brenmoor", "name", 0), ("PAB", "name", 0)],
            ),
            ("a3", "Tomas Halversen", "person", [("Councillor Tomas Halversen", "name", 0)]),
        ],
        quotes=[
            {
                "id": "q1",
                "kind": "indirect",
                "actor": "a1",
                "speaker": "Mayor Vera Lindqvist",
                "cue": "said",
                "content": "the harbour plan would go ahead",
            },
            {
                "id": "q2",
                "kind": "direct",
                "actor": "a1",
                "speaker": "she",
                "cue": "said",
                "content": "We cannot wait another winter,",
            },
        ],
        positions=[
            {"id": "p1", "actor": "a2", "stance": "support", "target": "the plan", "cue": "backed"},
            {
                "id": "p2",
                "actor": "a3",
                "stance": "oppose",
                "target": "Lindqvist",
                "target_actor": "a1",
                "cue": "criticised",
            },
        ],
        titles={"a1": ["Mayor"], "a3": ["Councillor"]},
    )
    market = record(
        "market",
        MARKET,
        [
            ("a1", "Lindqvist", "person", [("Lindqvist", "name", 0), ("Lindqvist", "name", 1)]),
            (
                "a2",
                "Ida Halversen",
                "person",
                [("Ida Halversen", "name", 0), ("she", "pronoun", 0)],
            ),
            ("a3", "PAB", "organization", [("PAB", "name", 0)]),
        ],
        quotes=[
            {
                "id": "q1",
                "kind": "direct",
                "actor": "a1",
                "speaker": "Lindqvist",
                "speaker_nth": 1,
                "cue": "said",
                "content": "The hall pays for itself,",
            },
            {
                "id": "q2",
                "kind": "indirect",
                "actor": "a2",
                "speaker": "Ida Halversen",
                "cue": "said",
                "content": "she opposed the new fees",
            },
        ],
        positions=[
            {
                "id": "p1",
                "actor": "a2",
                "stance": "oppose",
                "target": "the new fees",
                "cue": "opposed",
            },
        ],
    )
    ferry = record(
        "ferry",
        FERRY,
        [
            (
                "a1",
                "Port Authority of Brenmoor",
                "organization",
                [("Port Authority of Brenmoor", "name", 0)],
            ),
            (
                "a2",
                "Halversen",
                "person",
                [("Halversen", "name", 0), ("He", "pronoun", 0), ("him", "pronoun", 0)],
            ),
            ("a3", "Vera Lindqvist", "person", [("Mayor Lindqvist", "name", 0)]),
        ],
        quotes=[
            {
                "id": "q1",
                "kind": "indirect",
                "actor": "a1",
                "speaker": "the Port Authority of Brenmoor",
                "cue": "said",
                "content": "The ferry will run twice a day",
            },
            {
                "id": "q2",
                "kind": "indirect",
                "actor": "a2",
                "speaker": "Halversen",
                "cue": "said",
                "content": "the timetable was too thin",
            },
            {
                "id": "q3",
                "kind": "direct",
                "actor": "a3",
                "speaker": "Mayor Lindqvist",
                "cue": "said",
                "content": "He never listens,",
            },
        ],
        positions=[
            {
                "id": "p1",
                "actor": "a3",
                "stance": "oppose",
                "target": "him",
                "target_actor": "a2",
                "cue": "never listens",
            },
        ],
        titles={"a3": ["Mayor"]},
    )
    return [harbour, market, ferry]


TEXTS = {"harbour": HARBOUR, "market": MARKET, "ferry": FERRY}
