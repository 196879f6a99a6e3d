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
