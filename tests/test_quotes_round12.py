"""The twelfth round's constructions of reported speech in news: raising passives of verbs of
saying and thinking, a statement's participle, "as X put it" and "it seems (that)". Each row
gives the speaker, cue, content parts and kind claimx must give; the rows after them are the
same words that report nothing. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.helpers import quote_table_tests

# (construction, text, [(speaker, cue, [content parts], kind)])
CASES = [
    (
        "raising passive of say",
        "The harbour master is said to be furious with the council.",
        [(None, "is said", ["The harbour master", "to be furious with the council"], "indirect")],
    ),
    (
        "raising passive of believe, perfect infinitive",
        "The missing trawler is believed to have sunk near the reef.",
        [
            (
                None,
                "is believed",
                ["The missing trawler", "to have sunk near the reef"],
                "indirect",
            )
        ],
    ),
    (
        "raising passive of think",
        "The escaped horse is thought to be grazing in the hills.",
        [(None, "is thought", ["The escaped horse", "to be grazing in the hills"], "indirect")],
    ),
    (
        "raising passive with its source in a by-phrase",
        "The coach was said by the players to be considering a new post.",
        [("the players", "was said", ["to be considering a new post"], "indirect")],
    ),
    (
        "raising passive after a verb that shares its subject: no speaker",
        "The old stone marks the border and is believed to bring good luck.",
        [(None, "is believed", ["to bring good luck"], "indirect")],
    ),
    (
        "made the case that",
        "The lawyers made a strong case that the fence was legal.",
        [("The lawyers", "made a strong case", ["that the fence was legal"], "indirect")],
    ),
    (
        "made the point that",
        "The coach made the point that his players were tired.",
        [("The coach", "made the point", ["that his players were tired"], "indirect")],
    ),
    (
        "a participle of feeling with its preposition, under a passive parse",
        "The baker is opposed to the new parking rules.",
        [("The baker", "is opposed to", ["the new parking rules"], "indirect")],
    ),
    (
        "a participle of feeling with its preposition, parsed as a complement",
        "Most fishermen are opposed to the new quota.",
        [("Most fishermen", "are opposed to", ["the new quota"], "indirect")],
    ),
    (
        "a noun of thought with its that-clause, unsourced",
        "The idea that the ferry would be free for children was popular on the island.",
        [(None, "idea", ["that the ferry would be free for children"], "indirect")],
    ),
    (
        "a noun of thought with its that-clause and a possessor",
        "The baker's theory that the oven was too old turned out to be right.",
        [("The baker's", "theory", ["that the oven was too old"], "indirect")],
    ),
    (
        "a story told with its that-clause",
        "The narrative that the club was broke spread through the village.",
        [(None, "narrative", ["that the club was broke"], "indirect")],
    ),
    (
        "an adjective of belief with the subject it: no speaker",
        "It is doubtful that the ferry will sail before the spring.",
        [(None, "is doubtful", ["that the ferry will sail before the spring"], "indirect")],
    ),
    (
        "an adjective of belief with a person as subject: the speaker",
        "The harbour master is doubtful that the ferry will sail before the spring.",
        [
            (
                "The harbour master",
                "is doubtful",
                ["that the ferry will sail before the spring"],
                "indirect",
            )
        ],
    ),
    (
        "a participle set off after the clause's subject, taken for its verb",
        "Officials said the bridge, closed since March, would reopen soon.",
        [("Officials", "said", ["the bridge, closed since March, would reopen soon"], "indirect")],
    ),
    (
        "a participle set off after the clause's subject, with a time",
        "The mayor said the library, shut for repairs, will reopen in May.",
        [
            (
                "The mayor",
                "said",
                ["the library, shut for repairs, will reopen in May"],
                "indirect",
            )
        ],
    ),
    (
        "according to X before a subject the tagger took for a verb",
        "According to the state transportation department, repairs to the worst bridges alone "
        "would cost more than $2 billion.",
        [
            (
                "the state transportation department",
                "According to",
                ["repairs to the worst bridges alone would cost more than $2 billion"],
                "indirect",
            )
        ],
    ),
    (
        "a dateline closed by a dash the parse took for a first subject",
        "HARBOUR TOWN, Maine — Mayor Jo Ruiz on Tuesday defended her plan to dredge the port.",
        [("Mayor Jo Ruiz", "defended", ["her plan to dredge the port"], "indirect")],
    ),
    (
        "a dateline closed by a dash, a participle of saying",
        "COLUMBUS, Ohio — Gov. Mark Hall on Tuesday defended his plan to raise the state gas "
        "tax, arguing that the state's roads and bridges were crumbling.",
        [
            ("Gov. Mark Hall", "defended", ["his plan to raise the state gas tax"], "indirect"),
            (
                "Gov. Mark Hall",
                "arguing",
                ["that the state's roads and bridges were crumbling"],
                "indirect",
            ),
        ],
    ),
    (
        "a that-clause the parse hung on the people of a group told",
        "At the harbour, the coach told a group of about twenty reporters that his players "
        "were tired.",
        [("the coach", "told", ["that his players were tired"], "indirect")],
    ),
    (
        "a that-clause the parse hung on the people of a crowd told",
        "At a diner in Ames, she told a crowd of about 200 people that she understood their "
        "frustration.",
        [("she", "told", ["that she understood their frustration"], "indirect")],
    ),
    (
        "the writer's gloss closing a reported clause, far from its noun",
        "The club says it sold 4,000 tickets in the first week, a figure that would fill the "
        "old stand twice.",
        [("The club", "says", ["it sold 4,000 tickets in the first week"], "indirect")],
    ),
    (
        "the writer's gloss closing a reported clause, a campaign's figure",
        "The campaign says it raised $4 million in the last quarter, a figure that would put "
        "her third in the field.",
        [("The campaign", "says", ["it raised $4 million in the last quarter"], "indirect")],
    ),
    (
        "a statement's participle of naming",
        "The union issued a statement calling the new contract an insult to nurses.",
        [("a statement", "calling", ["the new contract an insult to nurses"], "indirect")],
    ),
    (
        "a letter's participle with object and infinitive",
        "The parents sent a letter urging the school to keep the library open.",
        [("a letter", "urging", ["the school to keep the library open"], "indirect")],
    ),
    (
        "as X put it, before the clause",
        "As the fisherman put it, the harbour has lost its soul.",
        [("the fisherman", "put it", ["the harbour has lost its soul"], "indirect")],
    ),
    (
        "it seems with a bare clause",
        "It seems the old ferry will not sail again before the spring.",
        [(None, "seems", ["the old ferry will not sail again before the spring"], "indirect")],
    ),
    (
        "it appears that, with a modal",
        "It would appear that nobody had read the safety report.",
        [(None, "would appear", ["that nobody had read the safety report"], "indirect")],
    ),
    (
        "it seems likely that: the adjective joins the cue",
        "It now seems likely that the harbour wall will be rebuilt next year.",
        [
            (
                None,
                "now seems likely",
                ["that the harbour wall will be rebuilt next year"],
                "indirect",
            )
        ],
    ),
    (
        "it seemed to X that: X is the source",
        "It seemed to the inspectors that the kitchen had been cleaned in a hurry.",
        [
            (
                "the inspectors",
                "seemed",
                ["that the kitchen had been cleaned in a hurry"],
                "indirect",
            )
        ],
    ),
    (
        "a clause of condition after a trailing attribution",
        "Taxes will rise next year, the governor warned on Monday, unless the legislature acts.",
        [
            (
                "the governor",
                "warned",
                ["Taxes will rise next year", "unless the legislature acts"],
                "indirect",
            )
        ],
    ),
    (
        "a clause of reason after a trailing attribution",
        "The plant will close in March, the company said Friday, because demand has collapsed.",
        [
            (
                "the company",
                "said Friday",
                ["The plant will close in March", "because demand has collapsed"],
                "indirect",
            )
        ],
    ),
    (
        "a time limit after a trailing attribution",
        "The talks will continue, the minister said Sunday, until a deal is reached.",
        [
            (
                "the minister",
                "said Sunday",
                ["The talks will continue", "until a deal is reached"],
                "indirect",
            )
        ],
    ),
    (
        "a direct quote ends at its mark before a trailing clause",
        '"We will win," the coach said, because the players were rested.',
        [("the coach", "said", ["We will win,"], "direct")],
    ),
]

NOT_QUOTES = [
    ("put with another object", "The fisherman put the nets on the quay."),
    ("as with put as a time", "As the baker put the bread in the oven, the lights went out."),
    ("a participle on a noun that says nothing", "The coalition supporting the mayor grew."),
    ("say with a bare infinitive object", "The doctor said to rest for a week."),
    (
        "a raising passive in a relative clause",
        "She had a wit that was said to be legendary among her students.",
    ),
    (
        "a raising passive in a which-clause",
        "The old mill, which is believed to date from 1500, will be sold.",
    ),
    ("a case that is a thing", "The case that the court heard was about a fence."),
    ("a point that is a thing", "The point of the pencil broke during the exam."),
]


test_construction, test_not_a_quote = quote_table_tests(CASES, NOT_QUOTES)


@pytest.mark.parametrize(
    "text",
    [
        "The office released figures showing that a third of the bridges are in poor condition, "
        "a claim that Republicans dispute.",
        "The council published new figures, a claim that the fishermen dispute.",
    ],
)
def test_relative_clause_on_a_noun_of_saying_is_no_content(run, text):
    """ "a claim that Republicans dispute": the parse may take the relative "that" for the mark
    of a content clause; what is disputed is the claim, and the clause reports nothing."""
    assert all(q.cue is None or q.cue.text != "claim" for q in run(text).quotes)
