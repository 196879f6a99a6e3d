"""Whatever the marks, the quotes stage neither raises nor hands out a span that does not slice
the text, and a stray mark never swallows the paragraphs after it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.rules.quotemarks import find_regions

PIECES = [
    "“",
    "”",
    '"',
    "‘",
    "’",
    "«",
    "»",
    "„",
    "''",
    "``",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    ", ",
    ". ",
    ": ",
    " — ",
    "the mayor said",
    "said Ana Ruiz",
    "according to the police",
    "The council will meet",
    "she warned that prices would rise",
    "We are ready",
    "Mr. Lee",
    "don’t",
    "Russia’s",
]

texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_marks_give_valid_quotes(run, text):
    result = run(text)
    ids = [q.id for q in result.quotes]
    assert ids == [f"q{n + 1}" for n in range(len(ids))]
    for quote in result.quotes:
        spans = [quote.content, *quote.content_parts]
        spans += [s for s in (quote.speaker, quote.cue) if s is not None]
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert quote.content_parts


@settings(max_examples=200, deadline=None)
@given(texts)
def test_regions_are_ordered_and_inside_the_text(text):
    regions = find_regions(text)
    for region in regions:
        assert 0 <= region.start <= region.end <= len(text)
    assert [(r.start, -r.end) for r in regions] == sorted((r.start, -r.end) for r in regions)


def test_stray_mark_does_not_swallow_later_paragraphs(run):
    text = (
        "The mayor said “the bridge is safe.\n\n"
        "The council will meet on Monday, the clerk said.\n\n"
        "“We are ready,” said Ana Ruiz."
    )
    quotes = run(text).quotes
    assert [q.content.text for q in quotes if q.kind == "direct"] == ["We are ready,"]
    assert all("\n\n" not in q.content.text for q in quotes)


# a mark opened inside brackets and never closed there pairs with the next quote's mark: what
# runs between them, out of the bracket and across a sentence, is no quote
STRAY_IN_BRACKETS = [
    'The probe reached comet Tempel (also known as "Tempel One) in deep space last year. '
    'Volunteers were asked to "find" the grains it brought back.',
    'The team (known locally as "The Hawks) won the cup in May after a long season. Fans were '
    'told to "celebrate" at home.',
]


@pytest.mark.parametrize("text", STRAY_IN_BRACKETS)
def test_a_stray_mark_in_brackets_quotes_nothing_outside_them(run, text):
    quotes = run(text).quotes
    assert not any(")" in q.content.text for q in quotes), [q.content.text for q in quotes]
