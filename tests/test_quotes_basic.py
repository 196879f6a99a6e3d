"""Direct quotes: speaker and cue before, after or inside; and text in quotation marks that is
not speech. Rows are (text, expected [(speaker, cue, content)])."""

from __future__ import annotations

import pytest

CASES = [
    (
        "“We will rebuild the bridge by spring,” the mayor said.",
        [("the mayor", "said", "We will rebuild the bridge by spring,")],
    ),
    (
        '"The talks were useful," said Maria Lopez.',
        [("Maria Lopez", "said", "The talks were useful,")],
    ),
    (
        "Jonas Berg told reporters: “The plan is dead. We start again tomorrow.”",
        [("Jonas Berg", "told", "The plan is dead. We start again tomorrow.")],
    ),
    (
        "She said, ‘I have nothing more to add to that.’",
        [("She", "said", "I have nothing more to add to that.")],
    ),
]

NOT_SPEECH = [
    # scare quotes around a term, with no speaker
    "The so-called “reform” changed little in the region.",
    # a title of a work
    "Her novel “The Long Winter” was published in May.",
    # a title after a noun or a preposition, capitalised, with no verb
    "The museum launched a campaign, “The Great Painting Rescue Drive”, to raise money.",
    "Her thesis, “Rivers And Trade In The Northern Provinces”, won a prize in 1998.",
    # a nickname
    "Robert “Bobby” Jones arrived late to the meeting.",
    # apostrophes are not quotation marks
    "The country’s leaders didn’t meet the farmers’ demands.",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_direct_quotes(run, text, expected):
    result = run(text)
    got = [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.content.text)
        for q in result.quotes
        if q.kind == "direct"
    ]
    assert got == expected


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_quotation_marks_that_are_not_speech(run, text):
    assert [q for q in run(text).quotes if q.kind in ("direct", "mixed")] == []


def test_multi_sentence_quote_is_one_quote(run):
    text = "“The storm passed. The damage is large. We need help,” the governor said."
    quotes = run(text).quotes
    assert len(quotes) == 1
    assert quotes[0].content.text == "The storm passed. The damage is large. We need help,"


@pytest.mark.parametrize(
    ("text", "speaker", "contents"),
    [
        (
            "Parents who visit the school know that the teachers care, know that the rooms are "
            "clean, and know that the fees are fair.",
            "Parents who visit the school",
            3,
        ),
        (
            "Farmers in the valley say that the river is low, say that the wells are dry, and "
            "say that the harvest will fail.",
            "Farmers in the valley",
            3,
        ),
    ],
)
def test_repeated_verb_keeps_its_speaker(run, text, speaker, contents):
    """ "X know that A, know that B": every report of the repeated verb is X's."""
    quotes = run(text).quotes
    assert len(quotes) == contents
    assert all(q.speaker is not None and q.speaker.text == speaker for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Mayor, as a former teacher and as a parent, do you still think that the school "
        "should close?",
        "Ms. Okafor, as a nurse and a mother, do you feel that the hospital is safe?",
    ],
)
def test_vocative_is_not_the_speaker(run, text):
    """A name set off by a comma before "do you think" is whom the question is put to."""
    (quote,) = run(text).quotes
    assert quote.speaker is not None and quote.speaker.text == "you"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "By 1965, the old surveyor had come to acknowledge that the map was wrong.",
            "the old surveyor",
            "had come to acknowledge",
        ),
        (
            "Over the years the painter came to believe that colour mattered more than form.",
            "the painter",
            "came to believe",
        ),
    ],
)
def test_came_to_believe(run, text, speaker, cue):
    """ "came to believe that ...": the subject of "come" holds the belief."""
    (quote,) = run(text).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "As the coach said after the match, the team has improved a lot since the winter.",
            "the coach",
            "the team has improved a lot since the winter",
        ),
        (
            "The ferry will run again in May, as the harbour master told reporters.",
            "the harbour master",
            "The ferry will run again in May",
        ),
    ],
)
def test_as_parenthetical(run, text, speaker, content):
    """ "As X said, ...": the clause the as-clause hangs on is X's."""
    quotes = run(text).quotes
    assert [(q.speaker and q.speaker.text, q.content.text) for q in quotes] == [(speaker, content)]


def test_as_with_a_time_is_no_report(run):
    """ "As he spoke, the lights went out": a verb of speaking without content is a time."""
    assert run("As he spoke, the lights in the old hall went out.").quotes == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Many parents are concerned the school will close before the summer.",
            "Many parents",
            "the school will close before the summer",
        ),
        (
            "Residents are convinced the factory pollutes the river.",
            "Residents",
            "the factory pollutes the river",
        ),
    ],
)
def test_belief_participle_without_that(run, text, speaker, content):
    """ "are concerned the school will close": the parse's passive participle of a belief
    adjective, its subject sometimes hung on the auxiliary, still reports its holder's view."""
    quotes = run(text).quotes
    assert [(q.speaker and q.speaker.text, q.content.text) for q in quotes] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor was quoted as saying that the bridge would reopen in May.", "The mayor"),
        ("The coach was quoted as saying that the team needed a new keeper.", "The coach"),
    ],
)
def test_quoted_as_saying(run, text, speaker):
    """ "X was quoted as saying ...": X said it."""
    (quote,) = run(text).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "passive"),
    [
        (
            "The mayor is reported to have said that the bridge would reopen in May.",
            "The mayor",
            "is reported",
        ),
        (
            "The bishop is said to have told the monks that the abbey would close.",
            "The bishop",
            "is said",
        ),
    ],
)
def test_raising_passive_is_one_report(run, text, speaker, passive):
    """ "X is reported to have said ...": one report, X's; not a second one of "is reported"
    whose content would be X."""
    quotes = run(text).quotes
    assert [q.speaker.text for q in quotes if q.speaker] == [speaker]
    assert not any(q.cue and q.cue.text == passive for q in quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor, asked whether the bridge would reopen, said it would.", "The mayor"),
        ("The coach, asked if the keeper would play, said he would.", "The coach"),
    ],
)
def test_asked_aside(run, text, speaker):
    """ "X, asked whether ..., said ...": X answered; what X was asked is no report of X's."""
    quotes = run(text).quotes
    assert [(q.speaker and q.speaker.text, q.cue and q.cue.text) for q in quotes] == [
        (speaker, "said")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The mayor's view is that the bridge should reopen in May.",
            "The mayor's",
            "that the bridge should reopen in May",
        ),
        (
            "Her argument was that the harbour needed a new wall.",
            "Her",
            "that the harbour needed a new wall",
        ),
    ],
)
def test_noun_of_saying_with_a_copula(run, text, speaker, content):
    """ "X's view is that ...": the clause the copula gives the noun is X's."""
    quotes = run(text).quotes
    assert [(q.speaker and q.speaker.text, q.content.text) for q in quotes] == [(speaker, content)]


def test_a_noun_that_is_no_report_with_a_copula(run):
    assert run("The problem is that the old bridge is too narrow.").quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor is expected to announce that the bridge will reopen.", "The mayor"),
        ("The bishop is expected to declare that the abbey will stay open.", "The bishop"),
    ],
)
def test_expected_report_is_the_subjects(run, text, speaker):
    """ "X is expected to announce that ...": X's announcement, not a sourceless hedge that
    swallows it."""
    (quote,) = run(text).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.content.text.startswith("that ")
