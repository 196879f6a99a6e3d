"""Checks shared by the test modules."""

from __future__ import annotations

from typing import Any

import pytest


def all_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span of a result record: mentions, speakers, cues, contents, targets, evidence."""
    spans: list[dict[str, Any]] = []
    for actor in record["actors"]:
        spans.extend(actor["mentions"])
    for quote in record["quotes"]:
        for key in ("speaker", "cue", "content"):
            if quote.get(key):
                spans.append(quote[key])
        spans.extend(quote["content_parts"])
    for position in record["positions"]:
        for key in ("target", "cue", "evidence"):
            spans.append(position[key])
    return spans


def check_record(record: dict[str, Any], text: str) -> None:
    """The contract's invariants: spans slice the text, ids resolve."""
    for span in all_spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"] : span["end"]] == span["text"], span
    actor_ids = {a["id"] for a in record["actors"]}
    quote_ids = {q["id"] for q in record["quotes"]}
    for quote in record["quotes"]:
        assert quote["actor"] is None or quote["actor"] in actor_ids
        assert quote["content_parts"], quote
    for position in record["positions"]:
        assert position["actor"] in actor_ids
        assert position["target_actor"] is None or position["target_actor"] in actor_ids
        assert position["quote"] is None or position["quote"] in quote_ids


def positions_of(result: Any) -> list[tuple[str, str, str, Any]]:
    """Each position of a `Result` as (holder's actor name, stance, target text, position)."""
    names = {a.id: a.name for a in result.actors}
    return [(names[p.actor], p.stance, p.target.text, p) for p in result.positions]


def has_position(result: Any, holder: str, stance: str, target: str) -> bool:
    """A position whose holder's name contains `holder` and whose target contains `target`."""
    return any(
        holder in name and st == stance and target in text
        for name, st, text, _ in positions_of(result)
    )


def category_tests(positive: list[Any], negative: list[Any]) -> tuple[Any, Any]:
    """The two tests every positions category table gets: each (text, holder, stance, target) row
    is found, each negative text gives no position. Assign them to `test_category_found` and
    `test_category_not_found` in the module that holds the tables."""

    @pytest.mark.parametrize(("text", "holder", "stance", "target"), positive)
    def test_category_found(run: Any, text: str, holder: str, stance: str, target: str) -> None:
        result = run(text)
        assert has_position(result, holder, stance, target), positions_of(result)

    @pytest.mark.parametrize("text", negative)
    def test_category_not_found(run: Any, text: str) -> None:
        assert positions_of(run(text)) == []

    return test_category_found, test_category_not_found


def quote_rows(result: Any) -> list[tuple[str | None, str | None, list[str], str]]:
    """Each quote of a `Result` as (speaker text, cue text, content parts' texts, kind)."""
    return [
        (
            q.speaker.text if q.speaker else None,
            q.cue.text if q.cue else None,
            [p.text for p in q.content_parts],
            q.kind,
        )
        for q in result.quotes
    ]


def quote_table_tests(cases: list[Any], not_quotes: list[Any]) -> tuple[Any, Any]:
    """The two tests every quotes construction table gets: each (construction, text, expected
    rows) case gives exactly those quotes, each (construction, text) non-quote gives none.
    Assign them to `test_construction` and `test_not_a_quote` in the module holding the tables."""

    @pytest.mark.parametrize(
        ("text", "expected"), [(t, e) for _, t, e in cases], ids=[c for c, _, _ in cases]
    )
    def test_construction(run: Any, text: str, expected: Any) -> None:
        assert quote_rows(run(text)) == expected

    @pytest.mark.parametrize("text", [t for _, t in not_quotes], ids=[c for c, _ in not_quotes])
    def test_not_a_quote(run: Any, text: str) -> None:
        assert quote_rows(run(text)) == []

    return test_construction, test_not_a_quote


def construction_examples(stage: str) -> list[str]:
    """Every example sentence registered for a stage's constructions: the texts a pre-filter
    test runs with the filter on and opened wide."""
    from claimx.rules.registry import all_constructions

    return [example for c in all_constructions(stage) for example in c.examples]


def outputs(run: Any, texts: list[str], field: str) -> list[dict[str, Any]]:
    """One field of the output (`actors`, `positions`) for each text, to compare as a whole."""
    return [run(text).model_dump(include={field}) for text in texts]
