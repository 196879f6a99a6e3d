"""Where a quote's content stops: a quote broken by a line break (text with a line per sentence)
goes on to its closing mark, and a report whose quoted words run on past the parsed clause, into
the next paragraph by the newspaper convention, takes them whole; a quoted title naming where
the words appeared ("says on “The Big Switch Countdown”") is not part of them; a paragraph
ending in a colon introduces the quote below it; "whilst adding" is the subject's report.
Sentences are invented."""

from __future__ import annotations

import pytest

LINE_PER_SENTENCE = [
    (
        'The coach said, "We played well today.\nWe will win the next one." Then he left.',
        "We played well today.\nWe will win the next one.",
    ),
    (
        'After the vote, the senator told reporters: "The bill is a good start.\n'
        'It will not be the last one," and walked out.',
        "The bill is a good start.\nIt will not be the last one,",
    ),
]

RUNS_ON = [
    (
        'The chair of the tenants\' group told the Gazette any rent rise "must be modest": '
        '"Repairs to the old blocks are overdue but the answer is not higher rents and threats '
        'of eviction being made.\n"After living with damp walls for years, it is not reasonable '
        'to ask families to pay more before a single window is fixed."',
        "before a single window is fixed.",
    ),
    (
        "Later, the head of the farmers' union told Radio North any reform \"must be done with "
        'care": "Plans to cut the paperwork are welcome but the answer is not yet more forms and '
        'threats of fines being imposed.\n"After waiting for months without hearing anything '
        "about their claims, it cannot be fair to expect farmers to fill in a long form in a "
        'matter of weeks."',
        "in a matter of weeks.",
    ),
]


@pytest.mark.parametrize(("text", "content"), LINE_PER_SENTENCE)
def test_a_quote_broken_by_a_line_break_is_one_quote(run, text, content):
    quotes = run(text).quotes
    assert [q.content.text for q in quotes] == [content]
    assert quotes[0].kind == "direct"


@pytest.mark.parametrize(("text", "ending"), RUNS_ON)
def test_quoted_words_running_on_past_the_clause_stay_in_the_content(run, text, ending):
    (quote,) = run(text).quotes
    assert quote.kind == "mixed"
    assert quote.content.text.startswith("any ")
    assert quote.content.text.rstrip('"').endswith(ending)


TITLED_SOURCE = [
    (
        '"The old system served us well for ten years, but it is time to move on," the company '
        'says on "The Big Switch Countdown".',
        "The old system served us well for ten years, but it is time to move on,",
    ),
    (
        '"We have built this for the next generation of readers," the publisher writes in '
        '"Letters From The Harbour Press".',
        "We have built this for the next generation of readers,",
    ),
]


@pytest.mark.parametrize(("text", "content"), TITLED_SOURCE)
def test_a_quoted_title_where_the_words_appeared_is_not_part_of_the_quote(run, text, content):
    (quote,) = run(text).quotes
    assert [p.text for p in quote.content_parts] == [content]


COLON_PARAGRAPH = [
    (
        "The president tweeted using his official account:\n"
        '"Great game, Lina. Come and visit us next week. We need more players like you."',
        ("The president", "tweeted"),
    ),
    (
        "The coach made the following statement:\n"
        '"We lost today, but we will be back next season."',
        ("The coach", "made the following statement:"),
    ),
]


@pytest.mark.parametrize(("text", "attribution"), COLON_PARAGRAPH)
def test_a_paragraph_ending_in_a_colon_introduces_the_quote_below_it(run, text, attribution):
    (quote,) = run(text).quotes
    assert quote.kind == "direct"
    assert (quote.speaker and quote.speaker.text, quote.cue and quote.cue.text) == attribution


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The chair thanked the staff whilst adding that the vote was close.", "The chair"),
        ("The captain praised the crew whilst warning that the storm was not over.", "The captain"),
    ],
)
def test_a_report_after_whilst_is_the_subjects_own(run, text, speaker):
    (quote,) = [q for q in run(text).quotes if q.rule == "quote.verb-clause"]
    assert quote.speaker is not None and quote.speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The council agreed to a remarkable compromise: it agreed to keep the library open. "
            "Later the mayor spoke at length, and she said that the budget was tight.",
            "she",
        ),
        (
            "The ministers agreed to an odd deal: they agreed to share the port. In the spring "
            "the harbour master wrote that the ships were waiting.",
            "the harbour master",
        ),
    ],
)
def test_colon_after_a_thing_ends_with_its_sentence(run, text, speaker):
    """A colon that spells out a thing ("agreed to a deal: ...") does not make the rest of the
    paragraph one quote that hides the reports in it."""
    speakers = [q.speaker.text for q in run(text).quotes if q.speaker]
    assert speaker in speakers


# a clause whose subject the parse made the cue's object starts at that object, which is no cue
STRANDED_SUBJECT = [
    (
        "Figures released on Monday show a record number of tourists visited the coast.",
        "show",
        "a record number of tourists visited the coast",
    ),
    (
        "Some residents believe the mayor is a more honest man than his rival.",
        "believe",
        "the mayor is a more honest man than his rival",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), STRANDED_SUBJECT)
def test_a_clause_keeps_the_subject_the_parse_gave_the_cue(run, text, cue, content):
    quotes = [q for q in run(text).quotes if q.cue and q.cue.text == cue]
    assert [q.content.text for q in quotes] == [content]


# the parse can split one complement into two clauses side by side ("the city's" as a verb):
# the content is both, not the first alone
SPLIT_COMPLEMENT = [
    (
        "We stayed in, as we think the city's how to map has to be redrawn.",
        "think",
        "the city's how to map has to be redrawn",
    ),
    (
        "Many fear the state's how to leaflet has to be withdrawn.",
        "fear",
        "the state's how to leaflet has to be withdrawn",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), SPLIT_COMPLEMENT)
def test_a_complement_the_parse_split_in_two_is_one_content(run, text, cue, content):
    quotes = [q for q in run(text).quotes if q.cue and q.cue.text == cue]
    assert [q.content.text for q in quotes] == [content]


# a gerund after a preposition on a verb is done by that verb's subject, whatever the preposition
# ("without": an act not done, so nobody's)
GERUND_AFTER_PREPOSITION = [
    ("After the vote the mayor turned to attacking the council's plan.", "attacking", "the mayor"),
    ("The governor was pressured into endorsing the new tax.", "endorsing", "The governor"),
    ("He left the hall without saying that the plan had failed.", "saying", None),
]


# a focus adverb before the subject ("even", "only") is no part of the speaker
FOCUSED_SPEAKER = [
    ("Even the mayor said the bridge was unsafe.", "said", "the mayor"),
    ("Only the council believes the plan will work.", "believes", "the council"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), FOCUSED_SPEAKER + GERUND_AFTER_PREPOSITION)
def test_the_speaker_of_a_cue(run, text, cue, speaker):
    quotes = [q for q in run(text).quotes if q.cue and q.cue.text == cue]
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


# ", with X doing ..." closing a reported clause is the writer's, not part of what was said
ABSOLUTE = [
    (
        "Officials said every claim will be checked carefully, with the newspaper reporting "
        "that the checks take months.",
        "every claim will be checked carefully",
    ),
    (
        "The mayor said the market would close early, with prices rising across the town.",
        "the market would close early",
    ),
]


@pytest.mark.parametrize(("text", "content"), ABSOLUTE)
def test_an_absolute_with_clause_closing_a_report_is_cut(run, text, content):
    said = [q for q in run(text).quotes if q.cue and q.cue.text == "said"]
    assert [q.content.text for q in said] == [content]


# "according to X, NAME, ...": the name set off after the source is the source's
APPOSED = [
    (
        "According to the ferry company's captain, Jon Berg, in the first week, the new boat "
        "carried a thousand passengers.",
        "the ferry company's captain, Jon Berg",
    ),
    (
        "According to the club's coach, Anna Berg, in their first game, the team's new striker "
        "scored twice.",
        "the club's coach, Anna Berg",
    ),
]


@pytest.mark.parametrize(("text", "source"), APPOSED)
def test_according_to_keeps_the_name_set_off_after_the_source(run, text, source):
    quotes = run(text).quotes
    assert [q.speaker.text for q in quotes if q.speaker] == [source]
    assert quotes[0].content.text.startswith("in ")


# a participle set off by commas after the subject is an aside, not part of the speaker; a
# relative clause stays
ASIDES = [
    (
        "The governor, speaking to reporters after the vote, said the budget was balanced.",
        "The governor",
    ),
    (
        "The harbour master, interviewed by the local paper, said the ferry would run.",
        "The harbour master",
    ),
    (
        "The mayor, who spoke after the vote, said the bridge was safe.",
        "The mayor, who spoke after the vote,",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ASIDES)
def test_a_participial_aside_is_not_part_of_the_speaker(run, text, speaker):
    said = [q for q in run(text).quotes if q.cue and q.cue.text == "said"]
    assert [q.speaker.text for q in said if q.speaker] == [speaker]


# a hyphenated subject the parse splits in two is one speaker
HYPHENATED = [
    ("The e-mail said that the meeting had been cancelled.", "The e-mail"),
    ("A co-author of the paper said the results were preliminary.", "A co-author of the paper"),
]


@pytest.mark.parametrize(("text", "speaker"), HYPHENATED)
def test_a_speaker_never_ends_inside_a_hyphenated_word(run, text, speaker):
    said = [q for q in run(text).quotes if q.cue and q.cue.text == "said"]
    assert [q.speaker.text for q in said if q.speaker] == [speaker]


# "X, according to Y, did Z": the clause on both sides of the aside is the content
MIDDLE = [
    (
        "The president, according to aides, plans to veto the bill.",
        ["The president", "plans to veto the bill"],
    ),
    (
        "The old mill, according to the town archive, was built in 1820.",
        ["The old mill", "was built in 1820"],
    ),
]


@pytest.mark.parametrize(("text", "parts"), MIDDLE)
def test_according_to_in_the_middle_takes_both_sides(run, text, parts):
    quotes = run(text).quotes
    assert [[p.text for p in q.content_parts] for q in quotes] == [parts]


# "X called Y “Z”": the parse may hang the quoted name on the object; object and name are content
QUOTED_NAMES = [
    (
        'The senator called the bill "a disaster for working families."',
        'the bill "a disaster for working families."',
    ),
    ('The mayor called the plan "reckless and unfair."', 'the plan "reckless and unfair."'),
]


@pytest.mark.parametrize(("text", "content"), QUOTED_NAMES)
def test_a_quoted_name_hung_on_the_object_is_content(run, text, content):
    called = [q for q in run(text).quotes if q.cue and q.cue.text == "called"]
    assert [q.content.text for q in called] == [content]


# a short rest of a quote after "he said," in the attributing sentence is part of the quote
SHORT_REST = [
    ('"It will pass," he predicted, "but barely."', ["It will pass,", "but barely."]),
    ('"The bridge is safe," she said, "for now."', ["The bridge is safe,", "for now."]),
]


@pytest.mark.parametrize(("text", "parts"), SHORT_REST)
def test_a_short_rest_of_the_quote_after_the_cue_is_joined(run, text, parts):
    assert [[p.text for p in q.content_parts] for q in run(text).quotes] == [parts]


# the day it was said, which the parse may hang on the clause, is no part of what was said
WHEN_SAID = [
    ("The governor said Tuesday the state would appeal.", "said Tuesday", "the state would appeal"),
    ("Officials said last week the plant would close.", "said last week", "the plant would close"),
]


@pytest.mark.parametrize(("text", "cue", "content"), WHEN_SAID)
def test_the_day_it_was_said_belongs_to_the_cue(run, text, cue, content):
    assert [(q.cue.text, q.content.text) for q in run(text).quotes if q.cue] == [(cue, content)]


# "X said in a statement that ...": the that-clause the parse hung on the statement is X's report;
# "X told Y in a statement that ...": whom it was told may stand between the verb and the medium
EVENT_CLAUSE = [
    (
        "Doe, the ranking Democrat on the committee, said in a statement that the bill would fail.",
        "said",
    ),
    (
        "Smith, the union's longtime treasurer, said in an interview that the fund was empty.",
        "said",
    ),
    (
        "Jane Roe, a spokeswoman for the city council, told the Daily Star in a statement that the "
        "case was closed.",
        "told",
    ),
    (
        "The coach told the club's own radio station in an interview that the keeper would stay.",
        "told",
    ),
]


@pytest.mark.parametrize(("text", "cue"), EVENT_CLAUSE)
def test_a_clause_hung_on_the_medium_is_the_verbs_content(run, text, cue):
    quotes = run(text).quotes
    assert [q.cue.text.split()[0] for q in quotes if q.cue] == [cue]
    assert quotes[0].content.text.startswith("that ")


# an adverb in the cue comes with its own modifiers, never half of it
ADVERB_CUES = [
    ("The mayor no longer believes that the bridge is safe.", "no longer believes"),
    ("The minister very strongly denied that the plan had failed.", "very strongly denied"),
]


@pytest.mark.parametrize(("text", "cue"), ADVERB_CUES)
def test_an_adverb_in_the_cue_comes_whole(run, text, cue):
    assert [q.cue.text for q in run(text).quotes if q.cue] == [cue]


# "X, said Y, Z": the parse may give the aside's verb the clause's subject too; Y is the speaker
# and the clause on both sides of the aside is the content
INVERTED_ASIDE = [
    ("The bridge, said Roe, is unsafe.", "Roe", ["The bridge", "is unsafe"]),
    (
        "The old mill, said a spokesman for the council, will be sold in May.",
        "a spokesman for the council",
        ["The old mill", "will be sold in May"],
    ),
]


@pytest.mark.parametrize(("text", "speaker", "parts"), INVERTED_ASIDE)
def test_an_inverted_aside_keeps_the_clause_apart_from_its_speaker(run, text, speaker, parts):
    (quote,) = run(text).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert [p.text.strip(" ,.") for p in quote.content_parts] == parts


# "X said A, before adding B": B is X's next report, not part of A
NEXT_REPORT = [
    (
        "The mayor said the bridge was safe, before adding that it would reopen soon.",
        [("said", "the bridge was safe"), ("adding", "that it would reopen soon")],
    ),
    (
        "The minister said the talks had failed, after warning that the deal was off.",
        [("said", "the talks had failed"), ("warning", "that the deal was off")],
    ),
]


@pytest.mark.parametrize(("text", "reports"), NEXT_REPORT)
def test_a_report_after_before_or_after_is_the_speakers_next(run, text, reports):
    quotes = run(text).quotes
    assert [(q.cue.text, q.content.text) for q in quotes if q.cue] == reports
    assert len({q.speaker.text for q in quotes if q.speaker}) == 1


TOLD_THAT = [
    'Jones told the Daily Post that on Monday after flying back from Texas, Smith "walked into '
    'the station and turned himself in".',
    'Kim told Radio Wales that on Friday after returning from Cardiff, Evans "went to the police '
    'and gave a statement".',
]


@pytest.mark.parametrize("text", TOLD_THAT)
def test_whom_it_was_told_stays_out_of_a_that_clause(run, text):
    """ "told the paper that on Monday, after ..., Smith ...": the parse may leave the clause
    without a subject; with "that" opening it, the object before it is whom it was told, not the
    clause's subject."""
    quotes = [q for q in run(text).quotes if q.cue is not None and q.cue.text == "told"]
    assert quotes and quotes[0].content.text.startswith("that on ")


def test_a_stranded_subject_still_starts_the_clause(run):
    (quote,) = run("Figures show a record number of visitors came to the fair.").quotes
    assert quote.content.text == "a record number of visitors came to the fair"


WHEN_SAID = [
    ("The minister criticized the harbour plan on Monday.", "the harbour plan"),
    ("The union praised the new pay deal on Tuesday night.", "the new pay deal"),
]


@pytest.mark.parametrize(("text", "content"), WHEN_SAID)
def test_when_an_object_was_judged_is_no_part_of_it(run, text, content):
    """ "criticized the plan on Monday": the day tells when it was said, not what about."""
    (quote,) = run(text).quotes
    assert quote.content.text == content


def test_what_the_verb_says_of_its_object_stays(run):
    (quote,) = run("The coach compared his new plan to the old one.").quotes
    assert quote.content.text == "his new plan to the old one"


def test_a_heading_the_parse_took_for_the_subject_is_no_speaker(run):
    """The speaker stays in the cue's paragraph: when the parse hangs the cue on a heading's noun,
    nothing of that phrase is in the paragraph, and the quote has no speaker rather than the
    heading (an invented news page)."""
    text = (
        "Teacher suspended after criticizing school board\n"
        "Friday, May 6, 2016\n"
        "New documents have shown that a teacher from the village was suspended in April."
    )
    shown = [q for q in run(text).quotes if q.cue and q.cue.text == "have shown"]
    assert len(shown) == 1
    assert shown[0].speaker is None or shown[0].speaker.start > text.index("Friday")
