"""The actors as the output shows them: plain tuples for the later stages (`views_of`), the
validated output models (`models_of`), both read from the store's actors directly."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from pydantic import TypeAdapter

from claimx.actors import constructions as C
from claimx.rules.registry import note
from claimx.schema import Actor, ActorKind, MentionForm

if TYPE_CHECKING:
    from collections.abc import Iterator

    from claimx.actors.store import Actors, _Actor


class MentionView(NamedTuple):
    """A mention as the output will show it."""

    start: int
    end: int
    text: str
    form: MentionForm


class ActorView(NamedTuple):
    """An actor as the output will show it (`Actors.views`)."""

    id: str
    name: str
    kind: ActorKind
    titles: list[str]
    mentions: list[MentionView]


def _shown(
    actors: Actors,
) -> Iterator[tuple[_Actor, ActorKind, list[tuple[tuple[int, int], MentionForm]]]]:
    """The actors the output shows, each with the kind it shows and its mentions in order."""
    for actor in actors._actors:
        if not actor.mentions and actor.id not in actors._referenced:
            continue
        kind = actor.kind
        if kind == "country" and actor.contests >= 2:
            kind = "organization"  # a national team: it plays, it is not the state
            note(C.COUNTRY_TEAM)
        yield actor, kind, sorted(actor.mentions.items())


def views_of(actors: Actors) -> list[ActorView]:
    """The actors as plain tuples: what a later stage reads (building and validating the output
    models twice cost more than reading them)."""
    text = actors.text
    make = tuple.__new__  # a `NamedTuple`'s own constructor is a Python call: a third dearer
    return [
        ActorView(
            actor.id,
            actor.name,
            kind,
            list(actor.titles),
            [make(MentionView, (s, e, text[s:e], form)) for (s, e), form in mentions],
        )
        for actor, kind, mentions in _shown(actors)
    ]


def models_of(actors: Actors) -> list[Actor]:
    """The output's actors, validated in one call (a third cheaper than a model at a time), built
    from the actors themselves: no `views_of` tuples made only to be read once."""
    text = actors.text
    return _actor_list().validate_python(
        [
            {
                "id": actor.id,
                "name": actor.name,
                "kind": kind,
                "titles": list(actor.titles),
                "mentions": [
                    {"start": s, "end": e, "text": text[s:e], "form": form}
                    for (s, e), form in mentions
                ],
            }
            for actor, kind, mentions in _shown(actors)
        ]
    )


@cache
def _actor_list() -> TypeAdapter[list[Actor]]:
    return TypeAdapter(list[Actor])
