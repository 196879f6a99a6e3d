"""Positions, second round: designation nouns, agent phrases of stance nouns, denied praise and
the holders of quoted words the quotes stage leaves unattributed. Sentences are invented."""

from __future__ import annotations

from tests.helpers import category_tests

# (text, holder name contains, stance, target contains)
POSITIVE = [
    # designation: the answer / solution / priority is X (or is not X)
    ("“The answer is not more police,” said Mayor Anna Berg.", "Berg", "oppose", "more police"),
    ("“Better schools are the solution,” said Anna Berg.", "Berg", "support", "Better schools"),
    (
        "Senator Maria Lopez has made lower rents one of her priorities.",
        "Lopez",
        "support",
        "lower rents",
    ),
    ("Canada made cheaper housing a priority.", "Canada", "support", "cheaper housing"),
    (
        "“Our priority is to reopen the harbour,” said Anna Berg.",
        "Berg",
        "support",
        "to reopen the harbour",
    ),
    # a second action coordinated with a flipped one keeps the directive's own stance
    (
        "Governor Tom Reed urged drivers to stop using the bridge and take the ferry instead.",
        "Reed",
        "support",
        "take the ferry",
    ),
    (
        "Governor Tom Reed urged drivers to stop using the bridge and take the ferry instead.",
        "Reed",
        "oppose",
        "using the bridge",
    ),
    # stance nouns with an agent phrase; in a concessive phrase, the main clause is the target
    (
        "The council approved the new road over the objections of Greenpeace.",
        "Greenpeace",
        "oppose",
        "the new road",
    ),
    (
        "The strike went ahead despite strong opposition from the Labour Party.",
        "Labour",
        "oppose",
        "The strike",
    ),
    ("The opposition of Germany to the pipeline hardened.", "Germany", "oppose", "the pipeline"),
    # denied praise: a positive word negated and predicated of a target
    ("“The new fees are not fair,” said Mayor Anna Berg.", "Berg", "oppose", "The new fees"),
    (
        "“It is not fair to ask the farmers to pay twice,” said Senator Maria Lopez.",
        "Lopez",
        "oppose",
        "to ask the farmers to pay twice",
    ),
    # a passive proposal keeps its subject and modal (guideline §4)
    (
        "“The old bridge should be rebuilt,” said Senator Maria Lopez.",
        "Lopez",
        "support",
        "The old bridge should be rebuilt",
    ),
    # quoted words without a speaker of their own
    (
        "Mayor Anna Berg spoke after the vote:\n“We should rebuild the old bridge.”",
        "Berg",
        "support",
        "rebuild the old bridge",
    ),
    (
        "Anna Berg says the issue is complicated. We need to “make sure there is enough water in "
        "the supply. And the rest is fine,” Ms Berg said.",
        "Berg",
        "support",
        "enough water",
    ),
]

NEGATIVE = [
    "“The answer might be more police,” said Mayor Anna Berg.",
    "The answer is more police.",
    "“The short answer is yes,” said Mayor Anna Berg.",
    "A late goal from Harry Kane against Tunisia won the match.",
    "“The new fees are fair,” said Mayor Anna Berg.",
    "“It is not easy to say,” said Mayor Anna Berg.",
    "The town council met on Monday.\n“We should rebuild the old bridge.”",
    # estimates, not proposals
    "“The letters must have been lost,” said Senator Maria Lopez.",
    "“The total should be around forty,” said Senator Maria Lopez.",
]


test_category_found, test_category_not_found = category_tests(POSITIVE, NEGATIVE)


def test_two_quotes_over_the_same_words_do_not_break_the_holders(run):
    """Found by the property tests: a quotation attributed twice (an unclosed mark) gave two quotes
    with the same part, and sorting them compared the quotes themselves."""
    text = (
        "“The bridge will close,” Ada Stone said.\n\n"
        "Ada Stone added: “The bridge will close.“”\n\n"
        "“The bridge will close,” said Ada Stone, “and the ferry will stop.” "
    )
    result = run(text)
    assert result.quotes
