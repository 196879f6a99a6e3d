"""Kinds from the whole story, not from the recogniser's label alone.

The recogniser labels each mention on its own and often calls a person an organisation ("Brock
Holt" heading an infobox, "Jean Cocteau's play"). After pronouns are resolved, an actor named
like a person (a known given name, then a surname; no word of a body or a place) that is referred
to as "he" or "she", or described by a noun for a person, is a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.actors.words import FEMALE, MALE
from claimx.rules.names import (
    countries,
    first_name_gender,
    org_name_words,
    org_nouns,
    person_nouns,
    place_nouns,
    title_words,
    titles,
)
from claimx.rules.registry import declare, note

if TYPE_CHECKING:
    from claimx.actors.store import Actors, _Actor

PERSON_BY_CONTEXT = declare(
    "actor.person-by-context",
    trigger="a named actor the recogniser called an organisation or a place",
    description="a person's name (given name, then surname) referred to as he/she or described "
    "by a noun for a person is a person, whatever the recogniser's label",
    examples=[
        "Marek Dvorak Studio opened in 2001.\nMarek Dvorak was born in Brno. He studied "
        "sculpture in Prague, and he taught there for years.",
        "Ines Moreno Ferrer\nInes Moreno Ferrer is a Spanish painter. She lives in Valencia.",
    ],
)


def _person_name(key: str) -> bool:
    words = key.split()
    if not 2 <= len(words) <= 4:
        return False
    given = first_name_gender()
    first = words[0]
    table = countries()
    if first[:1].upper() + first[1:] not in given or first in table.capitals:
        return False  # "Washington DC": a capital, not a given name
    bodies = org_nouns() | org_name_words() | title_words() | set(place_nouns())
    return not any(w in bodies or table.country(w) or table.demonym(w) or len(w) < 2 for w in words)


def _referred_as_person(store: Actors, actor: _Actor) -> bool:
    text = store.text
    for (s, e), form in actor.mentions.items():
        word = text[s:e].lower()
        if form == "pronoun" and word in MALE | FEMALE:
            return True
        if form == "description":
            last = word.split()[-1] if word.split() else ""
            if last in person_nouns() or last in titles():
                return True
    return False


def settle_kinds(store: Actors) -> None:
    """Turn into people the organisations and places whose names and context say person."""
    for actor in store._actors:
        if actor.kind not in ("organization", "place") or not actor.mentions:
            continue
        if any(_person_name(k) for k in actor.keys):
            actor.kind = "person"
            note(PERSON_BY_CONTEXT)
