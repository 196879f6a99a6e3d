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
