"""The actors stage: who is in the story, and every span that refers to each of them.

`Actors` is also the shared resolution mechanism: the quotes and positions stages ask it which
actor a speaker or holder span refers to (`link`), so all three agree on one set of ids.

`find_actors` works in three passes over the parsed document, each linear in its length:
names (entities and proper-noun runs, merged by name variant, country table and acronym; places
named inside other names; a country that plays merged with its people as its team),
apposition and predicate nouns attached to the names they describe, then one walk in text order
that keeps a salience score per actor and resolves pronouns and definite descriptions to the
most salient actor that agrees with them. Honours written as names ("Player of the Match") are
given to their winners last.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.actors.kinds import settle_kinds
from claimx.actors.linker import link_names
from claimx.actors.names import _Builder
from claimx.actors.quoted import vocatives
from claimx.actors.relations import resolve_relatives
from claimx.actors.store import Actors
from claimx.actors.turns import resolve_turns

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Actors", "find_actors"]


def build_names(doc: Doc) -> _Builder:
    """Passes 1 and 2: candidate mentions, names and their variants, appositions."""
    builder = _Builder(doc)
    builder.names()
    builder.late_acronyms()
    builder.pronunciations()
    builder.teams()
    builder.recover()
    builder.descriptions_of_names()
    return builder


def find_actors(doc: Doc) -> Actors:
    """Named actors with all their mentions: names, titles, descriptions and pronouns."""
    builder = build_names(doc)
    builder.renamed(link_names(builder.actors))
    builder.teams_for_cities()
    builder.universities_for_cities()
    builder.walk()
    builder.predicates_of_pronouns()
    builder.as_roles()
    builder.rank_phrases()
    builder.titles_as_names()
    resolve_turns(builder.actors)
    vocatives(builder)
    builder.predicates_of_speakers()
    resolve_relatives(builder)
    builder.honours()
    settle_kinds(builder.actors)
    return builder.actors
