"""Positions, fifth round: categories found by counting the interview gold's rules and tried on
the news misses and invented sentences first. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.helpers import has_position, positions_of

# (text, holder name contains, stance, target contains)
POSITIVE = [
    # an interview announced by its headline, with only two questions: the answers are the
    # interviewee's speech, so are the evaluations in them
    (
        "Interview with architect Ruth Coll\nRuth Coll designs bridges in Leeds.\nShe talked "
        "about the harbour plan.\nWhat do you make of the harbour plan?\nIt is essential to "
        "protect the old quay.\nAnd the new tax?\nThe new tax is unfair.",
        "Coll",
        "oppose",
        "The new tax",
    ),
    (
        "Wikinews interviews farmer Owen Price\nOwen Price grows barley near Hull.\nHe spoke "
        "about the drought.\nHow bad is the drought?\nThe rain has not come. The new reservoir "
        "is a disgrace.\nWhat should the council do?\nThe council must repair the canal.",
        "Price",
        "oppose",
        "The new reservoir",
    ),
]

NEGATIVE = [
    # two questions in a text that does not announce an interview: the narrator's words
    "A day in Leeds\nRuth Coll designs bridges in Leeds.\nShe walked to the river.\nWhy the "
    "river?\nIt is quiet. The new bridge is a disgrace.\nWhen did she go home?\nLate.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), POSITIVE)
def test_category_found(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NEGATIVE)
def test_category_not_found(run, text):
    assert positions_of(run(text)) == []
