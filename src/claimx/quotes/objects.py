"""What stands after a reporting verb's object or between the verb and its preposition: whom
the act is aimed at ("asked him about"), a stance noun and the preposition of its target
("expressed support for"), and when or how it was said ("criticized the plan on Monday"). Each
decides where a cue ends and its content begins."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.quotes.base import _lemma
from claimx.quotes.objectsense import PERSON_PRONOUNS, person_nouns, titles
from claimx.quotes.words import LIGHT_VERBS, SPEECH_EVENTS
from claimx.rules.docview import children_of
from claimx.rules.resources import table

if TYPE_CHECKING:
    from spacy.tokens import Token


#: prepositions of the topic a person is asked, pressed or told about
TOPIC_PREPS = frozenset({"about", "on", "over"})


def addressee_between(tok: Token, prep: Token) -> bool:
    """Whether all that stands between a verb and its topic preposition is whom it is aimed at:
    a person object ("asked him about", "pressed the minister on"). Not a preposition of what
    the person is urged to do or not ("warned residents against rushing ahead")."""
    if prep.lower_ not in TOPIC_PREPS:
        return False
    objs = [c for c in children_of(tok) if tok.i < c.i < prep.i]
    if len(objs) != 1 or objs[0].dep_ not in ("dobj", "dative"):
        return False
    obj = objs[0]
    return obj.right_edge.i == prep.i - 1 and addressed_person(tok, obj)


def addressed_person(tok: Token, obj: Token) -> bool:
    """Whether the object right after a verb is a person (whom the act is aimed at)."""
    if obj.left_edge.i != tok.i + 1:
        return False
    person = obj.lower_ in PERSON_PRONOUNS or obj.ent_type_ == "PERSON"
    return person or _lemma(obj) in person_nouns() or _lemma(obj) in titles()


def when_or_where_said(prep: Token) -> bool:
    """ "on Monday", "on Tuesday night", "in an interview": a preposition whose object is a
    time or an event of speaking tells when or how the report was made."""
    for g in children_of(prep):
        if g.dep_ == "pobj":
            return g.ent_type_ in ("DATE", "TIME") or _lemma(g) in SPEECH_EVENTS
    return False


@cache
def _stance_complements() -> dict[str, frozenset[str]]:
    """Nouns of a stance (models/stance_nouns.tsv) and the prepositions of their target."""
    out: dict[str, frozenset[str]] = {}
    for row in table("stance_nouns.tsv"):
        if len(row) >= 3:
            out[row[0].lower()] = frozenset(p.strip() for p in row[2].split(",") if p.strip())
    return out


def stance_topic(tok: Token, obj: Token) -> tuple[Token, Token] | None:
    """ "expressed support for the strike", "voiced opposition to the plan": a light verb whose
    object is a noun of a stance, with the preposition of its target right after it, reports
    that stance; the target is the content and the noun and preposition join the cue (as "made
    the claim that"). The preposition and its object."""
    if _lemma(tok) not in LIGHT_VERBS or obj.left_edge.i != tok.i + 1:
        return None
    preps = _stance_complements().get(_lemma(obj))
    if not preps:
        return None
    for c in (*children_of(obj), *children_of(tok)):  # the parse may hang it on either
        if c.dep_ in ("prep", "dative") and c.i == obj.i + 1 and c.lower_ in preps:
            pobj = next((g for g in children_of(c) if g.dep_ in ("pobj", "pcomp")), None)
            return None if pobj is None else (c, pobj)
    return None
