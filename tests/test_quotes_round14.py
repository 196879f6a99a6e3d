"""The fourteenth round's content boundaries of reported speech in news: a reported clause that
goes on past a colon; the object of a verb before a colon is not run on into the quote the colon
opens. Each row gives the speaker, cue, content parts and kind claimx must give;
the rows after them are the same words where the boundary stays. All sentences are invented for
these tests."""

from __future__ import annotations

from tests.helpers import quote_table_tests

# (construction, text, [(speaker, cue, [content parts], kind)])
CASES = [
    (
        "a reported clause goes on past a colon that spells it out",
        "The report concluded that the program had failed: costs had doubled and few jobs had "
        "been created.",
        [
            (
                "The report",
                "concluded",
                ["that the program had failed: costs had doubled and few jobs had been created"],
                "indirect",
            )
        ],
    ),
    (
        "a reported clause past a colon, without that",
        "The inspector found the school was unsafe: the roof leaked and the fire doors were "
        "locked.",
        [
            (
                "The inspector",
                "found",
                ["the school was unsafe: the roof leaked and the fire doors were locked"],
                "indirect",
            )
        ],
    ),
    (
        "a reported clause past a colon, an admission",
        "The coach admitted the team had a problem: its defenders were too slow.",
        [
            (
                "The coach",
                "admitted",
                ["the team had a problem: its defenders were too slow"],
                "indirect",
            )
        ],
    ),
]

CASES += [
    (
        "a verb of an object before a colon, and the quote it opens: two reports",
        'The minister defended the budget: "We have made hard choices."',
        [
            ("The minister", "defended", ["the budget"], "indirect"),
            ("The minister", "defended", ["We have made hard choices."], "direct"),
        ],
    ),
    (
        "a verb of an object before a colon, a verb of saying near the quote",
        'The governor announced the closures: "These schools are no longer safe."',
        [
            ("The governor", "announced", ["the closures"], "indirect"),
            ("The governor", "announced", ["These schools are no longer safe."], "direct"),
        ],
    ),
    # the parse coordinates the writer's next clause with the verb of saying: it is the
    # writer's, not what was said (a rule that ran the content on was taken out)
    (
        "a clause coordinated with the verb of saying stays the writer's",
        "The firm said sales had fallen, and investors sold the stock.",
        [("The firm", "said", ["sales had fallen"], "indirect")],
    ),
    (
        "a clause coordinated with the verb of saying stays the writer's, a second text",
        "Officials said the dam was safe, and residents returned to their homes.",
        [("Officials", "said", ["the dam was safe"], "indirect")],
    ),
]

# (construction, text): a colon that spells out what the writer says reports nothing
NOT_QUOTES = [
    (
        "the writer's own colon",
        "The bridge was closed for repairs: the cables had rusted and the deck had cracked.",
    ),
    (
        "the writer's own colon, a list",
        "The town has two problems: the rents are too high and the trains are too slow.",
    ),
]

test_construction, test_not_a_quote = quote_table_tests(CASES, NOT_QUOTES)


# an editor's notice opening a paragraph is no transcript turn; a report inside it stays
NOTICE_CASES = [
    (
        "an update notice with a report in it",
        "The debate was heated.\n\nUPDATE: A spokesman for the campaign said the ad would be "
        "pulled.",
        [("A spokesman for the campaign", "said", ["the ad would be pulled"], "indirect")],
    ),
    (
        "a correction notice",
        "The vote was close.\n\nCORRECTION: An earlier version of this story gave the wrong "
        "date for the vote.",
        [],
    ),
]

test_notice, _ = quote_table_tests(NOTICE_CASES, [])
