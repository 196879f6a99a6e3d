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


# (text, holder name contains, stance, target contains)
POSITIVE = [
    # phrasal verbs of refusal and criticism: the particle decides the sense
    ("Anna Kowalski turned down the offer of a merger.", "Kowalski", "oppose", "the offer"),
    ("The Varrow Council has turned the bid down.", "Varrow Council", "oppose", "the bid"),
    ("Lena Berg brushed aside the criticism.", "Berg", "oppose", "the criticism"),
    ("The Bank of Lorne brushed the warnings aside.", "Bank of Lorne", "oppose", "the warnings"),
    ("Peter Holm hit out at the new rules.", "Holm", "oppose", "the new rules"),
    ("Senator Ruth Dale hit out at the budget on Monday.", "Dale", "oppose", "the budget"),
    ("Anna Kowalski came out strongly against the strike.", "Kowalski", "oppose", "the strike"),
    ("The Green Party came out against the airport.", "Green Party", "oppose", "the airport"),
    # anticipation: desire and interest
    (
        "Sunita Rao said she was looking forward to quieter streets.",
        "Rao",
        "support",
        "quieter streets",
    ),
    (
        "“We look forward to working with the new mayor,” said Omar Haddad.",
        "Haddad",
        "support",
        "working with the new mayor",
    ),
    # stance adjectives after "stay" and "remain", and adjectives of commitment and sympathy
    ("Nadia Kerr stayed opposed to the merger.", "Kerr", "oppose", "the merger"),
    ("The Tenants Forum stayed hostile to the plan.", "Tenants Forum", "oppose", "the plan"),
    (
        "Minister Delia Marchetti remains committed to a sustainable service.",
        "Marchetti",
        "support",
        "a sustainable service",
    ),
    ("Tom Hart is committed to the peace process.", "Hart", "support", "the peace process"),
    ("Nadia Kerr is sympathetic to the strikers.", "Kerr", "support", "the strikers"),
    ("Senator Ruth Dale was sympathetic towards the farmers.", "Dale", "support", "the farmers"),
    # a small clause wished for
    ("Nadia Kerr wants the law changed.", "Kerr", "support", "the law changed"),
    ("Mayor Anna Berg wants the border open.", "Berg", "support", "the border open"),
    (
        "The Harbour Board would like the old quay rebuilt.",
        "Harbour Board",
        "support",
        "the old quay rebuilt",
    ),
    # directives: "advise X to", "appeal to X to"
    ("Henrik Dahl advised investors to sell their shares.", "Dahl", "support", "to sell"),
    ("The Red Cross advised residents to leave the valley.", "Red Cross", "support", "to leave"),
    ("Henrik Dahl appealed to residents to conserve water.", "Dahl", "support", "to conserve"),
    ("Pope Anna Berg appealed to both sides to stop the fighting.", "Berg", "oppose", "fighting"),
]

NEGATIVE = [
    # the particle is a preposition, or the object a thing one lowers: no refusal
    "Lena Berg turned down the road to the village.",
    "Lena Berg turned down the volume.",
    "The striker hit the ball out at the far post.",
    "Anna Kowalski came out of the meeting.",
    "Sunita Rao looked to the sky.",
    "Henrik Dahl advised on the project for two years.",
    # a clause with a subject of its own after "liked", not a small clause
    "I liked it so much there I stayed for ten years.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), POSITIVE)
def test_category_found(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NEGATIVE)
def test_category_not_found(run, text):
    assert positions_of(run(text)) == []


# a first-person "would" on a verb of asking or advising is politeness: the request is made
PERFORMED = [
    (
        "“I would urge the union to sit down with us,” said Helen Marsh.",
        "Marsh",
        "support",
        "to sit down with us",
    ),
    (
        "“We would ask everyone to stay at home,” said Chief Constable Ian Ross.",
        "Ross",
        "support",
        "to stay at home",
    ),
    ("“I'd encourage young people to vote,” said Mayor Ann Cole.", "Cole", "support", "to vote"),
    ("“I would recommend the new route,” said Ann Cole.", "Cole", "support", "the new route"),
]

SUPPOSED = [
    # the same "would" on a verb of stance, or under a condition, still supposes
    "“I would support the plan,” said Ann Cole.",
    "“If they asked, I would urge them to leave,” said Ann Cole.",
    "“She would urge them to leave,” said Ann Cole.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), PERFORMED)
def test_a_polite_would_makes_the_request(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", SUPPOSED)
def test_a_supposing_would_makes_none(run, text):
    assert positions_of(run(text)) == []


COUNTERFACTUAL = [
    # "would have been" through an adjective on the predicate noun, and after a reporting verb
    "“The old stadium would have been an excellent venue,” said Ann Cole.",
    "Ann Cole said a merger would have been a terrible mistake.",
    "“Leeds would have been a wonderful host,” said Tom Hart.",
]


@pytest.mark.parametrize("text", COUNTERFACTUAL)
def test_a_counterfactual_evaluation_is_none(run, text):
    assert positions_of(run(text)) == []
