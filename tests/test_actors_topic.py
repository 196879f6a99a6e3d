"""The walk's topic bonus: how often an article names an actor, counting only the names that
refer to the actor itself. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

MODIFIER_NAMES = [
    # (text, name, how many of its mentions only qualify a common noun)
    ("The Kessler report and the Kessler memo were leaked, and Kessler resigned.", "Kessler", 2),
    ("Critics mocked the Voss plan. Voss said the Voss budget was sound.", "Voss", 2),
    # negative: a name that is the subject, the object or a possessor is the actor itself
    ("Ortiz met Voss, and Voss's aides praised Ortiz.", "Voss", 0),
    ("Lindqvist spoke first, and the mayor thanked Lindqvist.", "Lindqvist", 0),
]


@pytest.mark.parametrize(("text", "name", "expected"), MODIFIER_NAMES)
def test_names_that_only_qualify_a_noun_are_counted_apart(nlp, text, name, expected):
    from claimx.actors.salience import modifier_mentions
    from claimx.rules.docview import words_of

    doc = nlp(text)
    head_actor = {tok.i: "a1" for tok in doc if tok.text == name}
    assert head_actor
    assert modifier_mentions(words_of(doc), head_actor).get("a1", 0) == expected


OBJECT_OWNS = [
    # (text, the object named, the possessive): one pair of texts per verb of the list
    ("Carl Voss ran the club. Voss wanted to help Peter Holm with his debts.", "Peter Holm", "his"),
    (
        "Anna Berg led the clinic. In May Berg helped Lena Dahl with her application.",
        "Lena Dahl",
        "her",
    ),
    (
        "Carl Voss spoke first. Voss thanked Peter Holm for his work on the bridge.",
        "Peter Holm",
        "his",
    ),
    (
        "Maria Stone closed the meeting. Stone thanked Julia Moreno for her report on the budget.",
        "Julia Moreno",
        "her",
    ),
    (
        "Omar Haddad called on Monday. Haddad congratulated Tomas Greer on his victory in Leeds.",
        "Tomas Greer",
        "his",
    ),
    (
        "Ruth Calder wrote a letter. Calder congratulated Mira Holm on her award from the city.",
        "Mira Holm",
        "her",
    ),
    (
        "Dan Ortiz stood up in the hall. Ortiz praised Paul Brandt for his courage in the flood.",
        "Paul Brandt",
        "his",
    ),
    (
        "Lena Varga opened the show. Varga praised Sara Lind for her paintings of the harbour.",
        "Sara Lind",
        "her",
    ),
    (
        "Tom Lane gave a speech. Lane blamed Hugo Stark for his decision to close the mine.",
        "Hugo Stark",
        "his",
    ),
    (
        "Eva Marsh spoke to the press. Marsh blamed Nora Quist for her handling of the strike.",
        "Nora Quist",
        "her",
    ),
    (
        "Paul Brandt wrote the history. Brandt credited Jon Ekberg with his discovery of the "
        "wreck.",
        "Jon Ekberg",
        "his",
    ),
    (
        "Ines Alder gave the lecture. Alder credited Maja Berg with her work on the vaccine.",
        "Maja Berg",
        "her",
    ),
]


@pytest.mark.parametrize(("text", "owner", "possessive"), OBJECT_OWNS)
def test_a_possessive_after_a_verb_of_helping_or_thanking_is_the_objects(
    run, text, owner, possessive
):
    result = run(text)
    owners = {a.name for a in result.actors for m in a.mentions if m.text == possessive}
    assert owners == {owner}


def test_a_possessive_after_another_verb_keeps_the_subject(run):
    # "met ... at his office": no verb of the list, the subject goes on being the topic
    result = run("Carl Voss spoke first. Voss met Peter Holm at his office.")
    owners = {a.name for a in result.actors for m in a.mentions if m.text == "his"}
    assert owners == {"Carl Voss"}
