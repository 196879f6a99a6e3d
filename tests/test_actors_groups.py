"""Unnamed groups of people that speak or take a stance (`actor.people-group`): "the authors say
... They call for ..." gives the authors an actor of their own, which "they" and the position's
holder refer to."""

from __future__ import annotations


def owner(result, text, nth=0):
    """Name of the actor holding the nth mention whose text is `text`, or None."""
    found = sorted((m.start, a.name) for a in result.actors for m in a.mentions if m.text == text)
    return found[nth][1] if len(found) > nth else None


def test_they_after_authors_who_say_refers_to_the_authors(run):
    result = run(
        "The Harbour Board published a survey of the port on Monday. The survey's authors say "
        "the results show a steady decline. They call for a new dredging plan."
    )
    assert owner(result, "They") == "survey's authors"
    group = next(a for a in result.actors if a.name == "survey's authors")
    assert group.kind == "group"
    holders = {p.actor for p in result.positions if p.target and "dredging" in p.target.text}
    assert holders == {group.id}


def test_later_phrase_with_the_same_noun_is_the_same_group(run):
    result = run(
        "Local residents say the new road is too loud. The council met on Tuesday. "
        "The residents want a lower speed limit."
    )
    assert owner(result, "Local residents") == owner(result, "The residents") is not None


def test_a_partitive_phrase_is_not_the_group(run):
    result = run(
        "The researchers say the river is getting warmer. Two researchers disagree with the method."
    )
    assert owner(result, "The researchers") is not None
    assert owner(result, "Two researchers") is None


def test_people_who_have_not_spoken_are_no_group(run):
    result = run(
        "The Harbour Board raised its fees. Perhaps one day local residents will demand a vote. "
        "They are unhappy."
    )
    assert owner(result, "local residents") is None
    assert owner(result, "They") is None


def test_officials_said_they_is_the_officials(run):
    result = run(
        "The storm closed the bridge on Friday. Officials said they would reopen it on Monday."
    )
    assert owner(result, "they") == owner(result, "Officials") == "Officials"


def test_other_modifiers_make_another_group(run):
    result = run(
        "City officials said the bridge was safe. State officials said they had doubts. "
        "The officials met on Friday."
    )
    city, state = owner(result, "City officials"), owner(result, "State officials")
    assert city is not None and state is not None and city != state
    assert owner(result, "they") == state
    assert owner(result, "The officials") == state  # the noun alone: the group named last


def test_it_in_what_a_body_says_is_the_body(run):
    result = run("The Harbour Board said on Monday that it would raise fees in May.")
    assert owner(result, "it") == "Harbour Board"


def test_a_dummy_it_in_what_a_body_says_is_nobody(run):
    result = run("The Harbour Board said it was unclear whether fees would rise.")
    assert owner(result, "it") is None
