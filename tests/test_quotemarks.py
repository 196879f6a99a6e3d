"""Quotation-mark pairing: every style, and stray marks that must not swallow the text."""

from __future__ import annotations

import pytest

from claimx.rules.quotemarks import find_regions

CASES = [
    ('He said "hello there" and left.', ["hello there"]),
    ("He said “hello there” and left.", ["hello there"]),
    ("He said ‘hello there’ and left.", ["hello there"]),
    ("Il a dit « bonjour » hier.", [" bonjour "]),
    ("Er sagte „hallo“ gestern.", ["hallo"]),
    ("“First paragraph\n“Second paragraph,” he said.", ["First paragraph\n“Second paragraph,"]),
    # a line break inside a quote (a line per sentence): the quote goes on to its closing mark
    (
        'She said, "We won today.\nWe will win again." Then she left.',
        ["We won today.\nWe will win again."],
    ),
    ("“Prices rose.\nThey will fall,” he wrote.", ["Prices rose.\nThey will fall,"]),
    # but not into a line whose first mark opens a quote, nor one with no mark
    ('He said "yes.\nThen "no" came.', ["no"]),
    ('She said, "We won.\nThe team left.', []),
    # stray or unbalanced marks: nothing, rather than the rest of the article
    ("A stray “ mark in the middle. More text here.", []),
    ("An opening “quote that never closes. More text here.", []),
    ('Odd "count" of "marks here.', ["count"]),
    ("Apostrophes in Russia’s and farmers’ do not pair.", []),
    ("", []),
    # a closing curly mark used as the opener, at a paragraph start or after a space
    ("”We will win.” ― Ana Ruiz", ["We will win."]),
    ("She wrote ”we will win” on the wall.", ["we will win"]),
    # but not a closer after a word, nor one before a space
    ("The word” and ” stray marks.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_regions(text, expected):
    assert [text[r.start : r.end] for r in find_regions(text)] == expected
