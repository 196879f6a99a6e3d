"""The actors stage: who is in the story, and every span that refers to each of them.

`Actors` is also the shared resolution mechanism: the quotes and positions stages ask it which
actor a speaker or holder span refers to (`link`), so all three agree on one set of ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimx.schema import Actor, ActorKind, Mention, MentionForm, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

ENTITY_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
    "LOC": "place",
    "FAC": "place",
}
PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its"}


@dataclass
class _Actor:
    id: str
    name: str
    kind: ActorKind
    titles: list[str] = field(default_factory=list)
    mentions: dict[tuple[int, int], MentionForm] = field(default_factory=dict)


class Actors:
    """Actors of one document, with a character-offset index of their mentions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self._actors: list[_Actor] = []
        self._by_mention: dict[tuple[int, int], str] = {}

    # -- building -------------------------------------------------------------------------------
    def new(self, name: str, kind: ActorKind) -> str:
        actor = _Actor(id=f"a{len(self._actors) + 1}", name=name, kind=kind)
        self._actors.append(actor)
        return actor.id

    def get(self, actor_id: str) -> _Actor:
        return self._actors[int(actor_id[1:]) - 1]

    def add_mention(self, actor_id: str, start: int, end: int, form: MentionForm) -> None:
        key = (start, end)
        if key in self._by_mention:
            return
        self._by_mention[key] = actor_id
        self.get(actor_id).mentions[key] = form

    # -- resolving ------------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> str | None:
        """The actor whose mention is this span, or lies inside it (the span's head mention)."""
        hit = self._by_mention.get((start, end))
        if hit:
            return hit
        best: tuple[int, str] | None = None
        for (m_start, m_end), actor_id in self._by_mention.items():
            if start <= m_start and m_end <= end and (best is None or m_start < best[0]):
                best = (m_start, actor_id)
        return best[1] if best else None

    def link(self, span: Span) -> str | None:
        """Actor id for a speaker or holder span; pronouns resolve to the nearest fitting actor."""
        start, end = span.start_char, span.end_char
        found = self.resolve(start, end)
        if found:
            return found
        root = span.root
        if root.lower_ in PRONOUNS and len(span) == 1:
            return self._resolve_pronoun(root.i, root.lower_)
        return None

    def _resolve_pronoun(self, token_i: int, pronoun: str) -> str | None:
        want_person = pronoun in {"he", "him", "his", "she", "her", "hers"}
        char = self.doc[token_i].idx
        best: tuple[int, str] | None = None
        for (m_start, _m_end), actor_id in self._by_mention.items():
            if m_start >= char:
                continue
            actor = self.get(actor_id)
            if want_person != (actor.kind == "person"):
                continue
            if best is None or m_start > best[0]:
                best = (m_start, actor_id)
        return best[1] if best else None

    def absorb_quotes(self, quotes: list[Quote]) -> None:
        """Called once the quotes are known: first person inside a quote refers to its speaker."""

    # -- output ---------------------------------------------------------------------------------
    def to_models(self) -> list[Actor]:
        out = []
        for actor in self._actors:
            if not actor.mentions:
                continue
            mentions = [
                Mention(start=s, end=e, text=self.text[s:e], form=form)
                for (s, e), form in sorted(actor.mentions.items())
            ]
            out.append(
                Actor(
                    id=actor.id,
                    name=actor.name,
                    kind=actor.kind,
                    titles=actor.titles,
                    mentions=mentions,
                )
            )
        return out


def _name_span(ent: Span) -> Span:
    """The entity without a leading "the" or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


def find_actors(doc: Doc) -> Actors:
    """Named actors from the entity recogniser; a surname alone joins the full name seen before."""
    actors = Actors(doc)
    by_name: dict[str, str] = {}
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        if kind is None:
            continue
        span = _name_span(ent)
        if not span.text.strip():
            continue
        name = span.text
        actor_id = by_name.get(name.lower())
        if actor_id is None and (kind == "person" or len(span) == 1):
            # a surname alone (whatever label the recogniser gave it) joins the full name
            last = name.split()[-1].lower()
            for known, known_id in by_name.items():
                if actors.get(known_id).kind == "person" and known.split()[-1] == last:
                    actor_id = known_id
                    break
        if actor_id is None:
            actor_id = actors.new(name, kind)
        by_name.setdefault(name.lower(), actor_id)
        actor = actors.get(actor_id)
        if len(name) > len(actor.name):
            actor.name = name
        actors.add_mention(actor_id, span.start_char, span.end_char, "name")
    return actors
