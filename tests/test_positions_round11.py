"""Positions, eleventh round: categories that did not carry to new texts, found by writing varied
invented sentences per guideline category and by grouping the errors on the invented development
set of round 11 (whose sentences are not used here). Every entry has invented sentences from at
least two different texts."""

from __future__ import annotations

import pytest

from tests.helpers import has_position, positions_of

# interviews whose turns are labelled "Q:" / "A:": an answer's first person is the interviewee's,
# although the quotes stage reads the turn as a transcript line spoken by "A"
LABELLED_INTERVIEWS = [
    (
        "Rosa Lind on the harbour wall\n\n"
        "Rosa Lind retired this year as head of the Port Ellery Harbour Board. She spoke to our"
        " reporter, Tom Vance.\n\n"
        "Q: Was the new wall worth the money?\n\n"
        "A: Every penny. But I reject the claim that the old quay was beyond repair.\n\n"
        "Q: Would you build another one?\n\n"
        "A: Not yet. The board has no money left.\n\n"
        "Q: And the fishermen?\n\n"
        "A: They have been patient with us.",
        "Lind",
        "oppose",
        "the claim that the old quay",
    ),
    (
        "Ivan Petrov on the village school\n\n"
        "Ivan Petrov chaired the Alder Green School governors for a decade. He talked to our"
        " education editor, Mary Cole.\n\n"
        "Q: What was the hardest year?\n\n"
        "A: The year of the merger. We fought it, and I still oppose the merger of the two schools."
        "\n\nQ: Why?\n\n"
        "A: Because small schools work.\n\n"
        "Q: And now?\n\n"
        "A: I grow vegetables.",
        "Petrov",
        "oppose",
        "the merger of the two schools",
    ),
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), LABELLED_INTERVIEWS)
def test_a_labelled_answer_speaks_for_the_interviewee(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)
