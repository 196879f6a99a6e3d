"""Positions, fourth round: categories written from the news articles' misses and tried on
invented sentences. Sentences are invented."""

from __future__ import annotations

from tests.helpers import category_tests

# (text, holder name contains, stance, target contains)
POSITIVE = [
    # called false: a claim called false (or denied to be true) is denied
    (
        "Senator Maria Lopez said the allegations against her were lies.",
        "Lopez",
        "oppose",
        "the allegations",
    ),
    (
        "“The reports about the closure are simply not true,” said Mayor Anna Berg.",
        "Berg",
        "oppose",
        "The reports about the closure",
    ),
    (
        "“It is not true that the school will close,” Mayor Anna Berg said.",
        "Berg",
        "oppose",
        "the school will close",
    ),
    ("Coach Sam Taylor described the reports as baseless.", "Taylor", "oppose", "the reports"),
    # coming to someone's defence; "in X's defence"
    (
        "Mayor Tom Reed came to the defence of the new head teacher.",
        "Reed",
        "support",
        "the new head teacher",
    ),
    (
        "“In Anna Berg's defence, she had only two weeks,” said Senator Maria Lopez.",
        "Lopez",
        "support",
        "Anna Berg",
    ),
    # a verdict on the doer: got it right / wrong, negated or softened
    ("“The council got the budget badly wrong,” said Anna Berg.", "Berg", "oppose", "The council"),
    (
        "“They never seem to get the basics right,” Senator Maria Lopez said of the ministry.",
        "Lopez",
        "oppose",
        "They",
    ),
    # "have got to"; an ensured outcome, negated or not
    ("“We've got to stop the new mine,” said Mayor Anna Berg.", "Berg", "support", "stop the new"),
    (
        "“We must make sure the village school stays open,” said Mayor Anna Berg.",
        "Berg",
        "support",
        "the village school stays open",
    ),
    (
        "“We need to make sure that children don't eat too much salt,” said Senator Maria Lopez.",
        "Lopez",
        "oppose",
        "eat too much salt",
    ),
    (
        "“We have to ensure that no one loses their home,” said Mayor Anna Berg.",
        "Berg",
        "oppose",
        "loses their home",
    ),
    # what makes something strongly better or worse
    (
        "“Teachers are what makes this town great,” said Mayor Anna Berg.",
        "Berg",
        "support",
        "Teachers",
    ),
    (
        "“The new law will make our schools worse,” said Senator Maria Lopez.",
        "Lopez",
        "oppose",
        "The new law",
    ),
    # hope for a clause (against it when negated)
    (
        "“Hopefully the council will reopen the village school,” said Mayor Anna Berg.",
        "Berg",
        "support",
        "the council will reopen the village school",
    ),
    (
        "“Hopefully the storm won't hit the town,” said Mayor Anna Berg.",
        "Berg",
        "oppose",
        "hit the town",
    ),
]

NEGATIVE = [
    # the narrator's own words, and a claim called true
    "The report about the closure is false.",
    "“The story is true,” said Mayor Anna Berg.",
    # "in X's defence" in the narrator's words; an aim, an admission, a question, a condition
    "In Anna Berg's defence, she had only two weeks.",
    "“The ministry wants to get the details right,” said Senator Maria Lopez.",
    "“We got it wrong,” said Mayor Anna Berg.",
    "“Did the council get it right?” asked Mayor Anna Berg.",
    "“If the council gets it wrong, we will sue,” said Mayor Anna Berg.",
    # a negated cause; a negated and hypothetical defence; a kind of thing called untrue
    "“It doesn't make our schools worse,” said Senator Maria Lopez.",
    "Mayor Tom Reed has said he would not rush to the defence of the harbour board.",
    "“Stories that are not true spread fast,” said Mayor Anna Berg.",
    # the narrator's words; the speaker's own aim
    "The new law will make our schools worse.",
    "“We will make this town great again,” said Mayor Anna Berg.",
    # hope for one's own course; in the narrator's words
    "“Hopefully we'll win on Sunday,” said Coach Sam Taylor.",
    "Hopefully the council will reopen the village school.",
    # "got to" without "have" is a chance, not a duty
    "“I got to meet the new head teacher,” said Mayor Anna Berg.",
]


test_category_found, test_category_not_found = category_tests(POSITIVE, NEGATIVE)
