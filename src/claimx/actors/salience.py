"""What the walk's salience counts: the names that refer to an actor taking part in the story,
and the object a possessive after "with"/"for"/"on" belongs to.

An actor's topic bonus (walk.py, `TOPIC`) grows with how often the article names it; a name that
only qualifies a common noun ("the Kessler report", "the Obama campaign", "the Cruise video")
names a thing about the actor, not the actor, and does not count.

Also the verb whose complement clause holds a pronoun, whose subject the pronoun tends to be.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.rules.registry import declare
from claimx.rules.resources import word_list

if TYPE_CHECKING:
    from claimx.rules.docview import Words

OBJECT_OWNER = declare(
    "actor.object-owns-possessive",
    trigger="'his' or 'her' after 'with', 'for' or 'on' hung on a verb of helping, thanking, "
    "praising or blaming (object_owner_verbs.txt) whose object is a named person",
    description="the possessive is the object's ('helped Lee with his move'), not the subject's",
    examples=[
        "Anna Berg ran the shelter. In 2019 she helped Tom Lund with his move to Oslo.",
        "Carl Voss spoke first. He thanked Peter Holm for his work on the bridge.",
    ],
)


@cache
def object_owner_verbs() -> frozenset[str]:
    return frozenset(word_list("object_owner_verbs.txt"))


def governing_verb(words: Words, i: int) -> int | None:
    """The verb whose complement clause holds token `i`, climbed on the word columns."""
    head, dep = words.head, words.dep
    verb = head[i]
    while dep[verb] not in ("ccomp", "xcomp", "advcl", "conj") and head[verb] != verb:
        if dep[verb] in ("relcl", "ROOT"):
            return None
        verb = head[verb]
    if dep[verb] not in ("ccomp", "xcomp", "advcl", "conj"):
        return None
    return head[verb]


def object_owner(words: Words, i: int, head_actor: dict[int, str]) -> str | None:
    """The actor named as the object of the verb the possessive at token `i` hangs on, for a
    verb whose object owns it: "helped Lee with his move" -> Lee (read from the word columns)."""
    noun = words.head[i]
    prep = words.head[noun]
    if words.dep[i] != "poss" or words.dep[noun] != "pobj" or words.dep[prep] != "prep":
        return None
    verb = words.head[prep]
    if (
        words.lower[prep] not in ("with", "for", "on")
        or words.lemma[verb].lower() not in object_owner_verbs()
    ):
        return None
    for child in words.children(verb):
        if words.dep[child] == "dobj" and child < prep:
            return head_actor.get(child)
    return None


def modifier_mentions(words: Words, head_actor: dict[int, str]) -> dict[str, int]:
    """Per actor, how many of its names (by head token) are compound modifiers of a common noun."""
    out: dict[str, int] = {}
    dep, head, pos = words.dep, words.head, words.pos
    for i, actor_id in head_actor.items():
        if dep[i] == "compound" and head[i] != i and pos[head[i]] == "NOUN":  # most: no compound
            out[actor_id] = out.get(actor_id, 0) + 1
    return out
