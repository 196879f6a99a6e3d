"""Span conventions of a quote's cue, source and content: the "by" of a passive
introduces the source and is no part of the cue ("was praised by the mayor": cue "was praised",
source "the mayor"); a possessive source keeps its marker, as "his" does ("the governor's claim
that ...": source "the governor's"); a nominal cue keeps the adjectives right before it ("a stern
warning that ...": cue "stern warning"), as a verb's cue keeps its adverbs, and a light verb's
noun keeps the verb ("made the claim that ..."); a that-clause the parse cut off from its "that"
(taking "that" for an object) is still the content; an inverted question to the one addressed
keeps its question mark ("Do you think the ferry will run?"). Sentences are invented."""

from __future__ import annotations

import pytest

PASSIVE_BY = [
    ("The new stadium was praised by the mayor as a gift to the city.", "was praised", "the mayor"),
    (
        "The proposal was criticized by several farmers at the meeting.",
        "was criticized",
        "several farmers",
    ),
]

POSSESSIVE_SOURCE = [
    ("The governor's claim that the roads were safe drew anger.", "claim", "The governor's"),
    ("Mr. Lee's warning that prices would rise went unheeded.", "warning", "Mr. Lee's"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), PASSIVE_BY)
def test_the_by_of_a_passive_is_no_part_of_the_cue(run, text, cue, speaker):
    quotes = [q for q in run(text).quotes if q.cue is not None and q.cue.text == cue]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


@pytest.mark.parametrize(("text", "cue", "speaker"), POSSESSIVE_SOURCE)
def test_a_possessive_source_keeps_its_marker(run, text, cue, speaker):
    (quote,) = run(text).quotes
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_possessive_source_is_still_linked_to_its_actor(run):
    result = run("Mr. Lee's warning that prices would rise went unheeded.")
    (quote,) = result.quotes
    (actor,) = [a for a in result.actors if a.id == quote.actor]
    assert "Lee" in actor.name


NOMINAL_CUE = [
    ("Her stern warning that the bridge was unsafe went unheeded.", "stern warning"),
    ("There were widespread claims that the vote had been rigged.", "widespread claims"),
]


@pytest.mark.parametrize(("text", "cue"), NOMINAL_CUE)
def test_a_nominal_cue_keeps_its_adjectives(run, text, cue):
    (quote,) = run(text).quotes
    assert quote.cue is not None and quote.cue.text == cue


LIGHT_VERB_CUE = [
    (
        "The mayor has repeatedly made the claim that the bridge was safe.",
        "has repeatedly made the claim",
    ),
    ("The union voiced concerns that the mill would close.", "voiced concerns"),
]


@pytest.mark.parametrize(("text", "cue"), LIGHT_VERB_CUE)
def test_a_light_verb_and_its_noun_are_one_cue(run, text, cue):
    """ "made the claim that ...": the verb, with its auxiliaries and adverbs, is the cue's too,
    and the clause alone is the content."""
    (quote,) = run(text).quotes
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.content.text.startswith("that ")


# the parse takes "that" for the verb's object and hangs the clause it opens elsewhere
STRAY_THAT = [
    (
        "The engineer realised that in a similar way, a moving river carries its sand to the sea.",
        "realised",
        "that in a similar way, a moving river carries its sand to the sea",
    ),
    (
        "The survey states that few if any farmers use treated seed in the planting of wheat.",
        "states",
        "that few if any farmers use treated seed in the planting of wheat",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), STRAY_THAT)
def test_a_that_clause_the_parse_cut_off_is_still_the_content(run, text, cue, content):
    (quote,) = run(text).quotes
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.content.text == content


def test_that_as_a_pronoun_opens_no_clause(run):
    quotes = run("She denied that, saying the report was false.").quotes
    assert [q.content.text for q in quotes if q.cue and q.cue.text == "denied"] == ["that"]


QUESTIONS = [
    ("Do you think the ferry will run again next year?", "the ferry will run again next year?"),
    (
        "Can you tell us how the village felt after the flood?",
        "how the village felt after the flood?",
    ),
    # asked about anyone's belief or words: a question too
    ("Does the mayor believe the bridge will reopen in May?", "the bridge will reopen in May?"),
    ("Did the coach say when the new season would start?", "when the new season would start?"),
]
STATEMENTS = [
    ("You think the ferry will run again next year?", "the ferry will run again next year"),
    ("The mayor said the ferry will run again next year.", "the ferry will run again next year"),
]


@pytest.mark.parametrize(("text", "content"), QUESTIONS)
def test_a_question_about_a_belief_keeps_its_mark(run, text, content):
    """ "Do you think ...?", "Does the mayor believe ...?": what someone is asked to believe or
    say is a question, and its content keeps the question mark (as GUM marks it)."""
    assert [q.content.text for q in run(text).quotes] == [content]


@pytest.mark.parametrize(("text", "content"), STATEMENTS)
def test_a_statement_keeps_no_final_mark(run, text, content):
    assert [q.content.text for q in run(text).quotes] == [content]


ASKED_ABOUT = [
    (
        "The coach asked the players about the long trip.",
        "asked the players about",
        "the long trip",
    ),
    ("Reporters pressed him on the harbour deal.", "pressed him on", "the harbour deal"),
]


@pytest.mark.parametrize(("text", "cue", "content"), ASKED_ABOUT)
def test_whom_it_was_asked_and_the_preposition_join_the_cue(run, text, cue, content):
    """ "asked him about X": whom the act is aimed at stands between the verb and its
    preposition, and both join the cue; X is the content."""
    (quote,) = run(text).quotes
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.content.text == content


GERUND_AFTER_PREPOSITION = [
    ("Despite praising the budget, the mayor voted against it.", "praising", "the mayor"),
    (
        "Since criticizing the harbour plan, the minister has said little.",
        "criticizing",
        "the minister",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), GERUND_AFTER_PREPOSITION)
def test_a_gerund_after_a_preposition_has_the_clause_subject_as_speaker(run, text, cue, speaker):
    """ "Despite praising the budget, the mayor ...": the doer of a gerund after an adverbial
    preposition is the subject of the clause it modifies."""
    quotes = [q for q in run(text).quotes if q.cue is not None and q.cue.text == cue]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_a_gerund_after_without_has_no_speaker(run):
    """ "left without mentioning the bridge": an act not done is nobody's report."""
    quotes = run("The mayor left the meeting without mentioning the bridge.").quotes
    assert all(q.speaker is None for q in quotes if q.cue is not None and "mention" in q.cue.text)


def test_coordinated_speakers_without_both(run):
    """ "Both the mayor and the council said ...": the speakers are the coordinated phrases;
    "both" only says there are two of them (GUM's source spans leave it out)."""
    (quote,) = run("Both the mayor and the council said the old bridge is safe.").quotes
    assert quote.speaker is not None and quote.speaker.text == "the mayor and the council"


HYPHENATED_SPEAKERS = [
    (
        "Acme co-founder Jane Smith tweeted to the mayor and said the shop would close.",
        "Acme co-founder Jane Smith",
    ),
    (
        "The firm's co-founder Tom Reed wrote to the council and said the mill would reopen.",
        "The firm's co-founder Tom Reed",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HYPHENATED_SPEAKERS)
def test_a_speaker_never_ends_inside_a_hyphenated_word(run, text, speaker):
    (quote,) = run(text).quotes
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_what_a_person_is_warned_against_keeps_the_verb_alone_as_cue(run):
    """ "warned residents against rushing ahead": the preposition says what they are urged not to
    do, not a topic; the cue stays the verb."""
    quotes = run("The mayor warned residents against rushing ahead with the bypass.").quotes
    assert [q.cue.text for q in quotes if q.cue is not None] == ["warned"]


STANCE_NOUNS = [
    ("The union voiced strong opposition to the harbour plan.", "voiced strong opposition to"),
    ("The mayor expressed support for the striking nurses.", "expressed support for"),
]


@pytest.mark.parametrize(("text", "cue"), STANCE_NOUNS)
def test_a_light_verb_and_its_stance_noun_make_the_cue(run, text, cue):
    """ "expressed support for X": the stance is the noun's, given by the light verb; the verb,
    the noun and the preposition of its target are the cue, the target the content (as "made
    the claim that ..."); "offered loans to parents" is no stance and stays an object."""
    (quote,) = [q for q in run(text).quotes if q.cue is not None and q.cue.text == cue]
    assert quote.content.text == text[text.index(cue) + len(cue) + 1 : -1]


PURPOSE = [
    ("The senator flew to Ohio to tout the new harbour plan.", "to tout", "The senator"),
    ("The coach travelled to Leeds to praise the young players.", "to praise", "The coach"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), PURPOSE)
def test_the_doer_of_a_purpose_clause_is_the_subject(run, text, cue, speaker):
    """ "flew to Ohio to tout the plan": the senator touts it."""
    (quote,) = [q for q in run(text).quotes if q.cue is not None and q.cue.text == cue]
    assert quote.speaker is not None and quote.speaker.text == speaker


def test_a_purpose_after_a_passive_is_not_its_subjects(run):
    quotes = run("The fund was founded by the mayor to promote the local arts.").quotes
    assert all(q.speaker is None or q.speaker.text != "The fund" for q in quotes)


GERUND_OF_THE_OBJECT = [
    ("The club fined the striker for criticizing the referee.", "the striker"),
    ("The senator was suspended for criticizing the judge.", "The senator"),
]


@pytest.mark.parametrize(("text", "speaker"), GERUND_OF_THE_OBJECT)
def test_the_doer_of_a_gerund_after_for_is_the_one_it_is_held_against(run, text, speaker):
    """ "fined the striker for criticizing the referee": the striker criticized; after a passive
    ("was suspended for criticizing"), its subject did."""
    (quote,) = [q for q in run(text).quotes if q.cue is not None and q.cue.text == "criticizing"]
    assert quote.speaker is not None and quote.speaker.text == speaker


#: a paragraph ending in a quote, then one opening with "NAME, a ..., told OUTLET by ... that":
#: the parse runs over the break and gives "told" the quote's "thing" as a first subject
AFTER_A_QUOTED_PARAGRAPH = [
    (
        'The cousin remembered: "We walked for hours. The next thing we knew we were at a farm '
        'where we hid for the next three days."\nOmar Haddad, a nurse at the district hospital, '
        "told Valley Radio by phone that the family was safe.",
        "Omar Haddad, a nurse at the district hospital,",
    ),
    (
        'The neighbour recalled: "We heard a crash. The next thing we knew we were on the street '
        'where we stood for the next hour."\nSam Okafor, an engineer with the city council, told '
        "River Post by email that the wall had collapsed.",
        "Sam Okafor, an engineer with the city council,",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), AFTER_A_QUOTED_PARAGRAPH)
def test_the_speaker_after_a_quoted_paragraph_is_the_subject_not_the_outlet(run, text, speaker):
    """A subject the parse found inside the quote before is not the speaker; the verb's own
    subject outside it is (not the outlet told, its object)."""
    told = [q for q in run(text).quotes if q.cue is not None and q.cue.text.startswith("told")]
    assert len(told) == 1
    assert told[0].speaker is not None and told[0].speaker.text == speaker


#: hand-built parses with the misparse the parser makes after "X verb ..., cue: “The Y and I ...”":
#: the quote's first noun hung on the subject as an apposition, so the subject's phrase runs on
#: over its own verb (word, head, dependency, part of speech, space after)
APPOSITION_IN_THE_QUOTE = [
    (
        [
            ("Okafor", 1, "nsubj", "PROPN", " "),
            ("defended", 1, "ROOT", "VERB", " "),
            ("the", 3, "det", "DET", " "),
            ("budget", 1, "dobj", "NOUN", ""),
            (",", 1, "punct", "PUNCT", " "),
            ("promising", 1, "advcl", "VERB", ""),
            (":", 1, "punct", "PUNCT", " "),
            ("“", 1, "punct", "PUNCT", ""),
            ("The", 9, "det", "DET", " "),
            ("Director", 0, "appos", "PROPN", " "),
            ("and", 9, "cc", "CCONJ", " "),
            ("I", 13, "nsubj", "PRON", " "),
            ("are", 13, "aux", "AUX", " "),
            ("working", 1, "conj", "VERB", ""),
            (".", 13, "punct", "PUNCT", ""),
            ("”", 13, "punct", "PUNCT", ""),
        ],
        5,
        "Okafor",
    ),
    (
        [
            ("The", 1, "det", "DET", " "),
            ("mayor", 2, "nsubj", "NOUN", " "),
            ("praised", 2, "ROOT", "VERB", " "),
            ("the", 4, "det", "DET", " "),
            ("plan", 2, "dobj", "NOUN", ""),
            (",", 2, "punct", "PUNCT", " "),
            ("adding", 2, "advcl", "VERB", ""),
            (":", 2, "punct", "PUNCT", " "),
            ("“", 2, "punct", "PUNCT", ""),
            ("The", 10, "det", "DET", " "),
            ("Treasurer", 1, "appos", "PROPN", " "),
            ("and", 10, "cc", "CCONJ", " "),
            ("I", 13, "nsubj", "PRON", " "),
            ("agree", 2, "conj", "VERB", ""),
            (".", 13, "punct", "PUNCT", ""),
            ("”", 13, "punct", "PUNCT", ""),
        ],
        6,
        "The mayor",
    ),
]


@pytest.mark.parametrize(("rows", "cue", "speaker"), APPOSITION_IN_THE_QUOTE)
def test_a_subject_never_runs_on_into_its_own_verb(rows, cue, speaker):
    """The speaker of "X defended the budget, promising: “The Director and I ...”" is X, not "X
    defended the budget,": a subject's phrase stops before the verb it is the subject of."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from claimx.quotes.base import _Doc
    from claimx.quotes.speaker import _speaker_of

    words, heads, deps, pos, spaces = zip(*rows, strict=True)
    doc = Doc(
        Vocab(),
        words=list(words),
        spaces=[s == " " for s in spaces],
        heads=list(heads),
        deps=list(deps),
        pos=list(pos),
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    subject = next(t for t in doc if t.dep_ == "nsubj")
    chars, _ = _speaker_of(_Doc(doc), subject, doc[cue])
    assert chars is not None and doc.text[chars[0] : chars[1]] == speaker


#: "... the club called the Inner Circle was persuaded ...": the parse takes the participle of
#: naming for the clause's verb and makes the real verb a second complement without a subject
NAMED_THEN_VERB = [
    (
        "Recent reports have revealed that a defector from the elite group within the club called "
        "the Inner Circle was first persuaded to travel back to a building in the city.",
        "have revealed",
        "was first persuaded to travel back to a building in the city",
    ),
    (
        "Court papers show that a guard from the unit inside the prison called the Block was "
        "later persuaded to testify against the warden.",
        "show",
        "was later persuaded to testify against the warden",
    ),
]


@pytest.mark.parametrize(("text", "cue", "end"), NAMED_THEN_VERB)
def test_a_clause_goes_on_after_a_participle_of_naming(run, text, cue, end):
    (quote,) = [q for q in run(text).quotes if q.cue is not None and q.cue.text == cue]
    assert quote.content.text.endswith(end)


#: a heading and a dateline before the first sentence, which the parse runs into: the cue gets
#: the heading's noun as a first subject and its own after the dateline
AFTER_A_HEADING = [
    "Hospital nurse suspended after attempting to leave ward\nWednesday, July 9, 2025\nRecent "
    "reports have revealed that a doctor from the night shift was first told to stay by the "
    "manager.\n",
    "Club treasurer arrested after trying to leave country\nSunday, May 5, 2024\nEarly reports "
    "have claimed that the money was first moved to a bank in the capital.\n",
]


@pytest.mark.parametrize("text", AFTER_A_HEADING)
def test_the_speaker_after_a_heading_is_the_subject_in_the_cues_paragraph(run, text):
    (quote,) = run(text).quotes
    assert quote.speaker is not None and quote.speaker.text.endswith(" reports")


#: a heading without a dateline: the parse hangs the paragraph's first phrase on the heading's verb
#: and makes the cue that verb's second conjunct
AFTER_A_BARE_HEADING = [
    (
        "Ferry captain fined after refusing to leave harbour\nOfficials said the road would stay "
        "closed until Friday.\n",
        "Officials",
    ),
    (
        "Teacher praised for saving pupils\nWitnesses reported that the boat left at dawn.\n",
        "Witnesses",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), AFTER_A_BARE_HEADING)
def test_the_phrase_opening_the_paragraph_is_the_speaker_after_a_heading(run, text, speaker):
    body = text.index("\n")
    (quote,) = [q for q in run(text).quotes if q.cue is not None and q.cue.start > body]
    assert quote.speaker is not None and quote.speaker.text == speaker
