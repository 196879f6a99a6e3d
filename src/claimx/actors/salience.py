"""What the walk's salience counts: the names that refer to an actor taking part in the story.

An actor's topic bonus (walk.py, `TOPIC`) grows with how often the article names it; a name that
only qualifies a common noun ("the Kessler report", "the Obama campaign", "the Cruise video")
names a thing about the actor, not the actor, and does not count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimx.rules.docview import Words


def modifier_mentions(words: Words, head_actor: dict[int, str]) -> dict[str, int]:
    """Per actor, how many of its names (by head token) are compound modifiers of a common noun."""
    out: dict[str, int] = {}
    for i, actor_id in head_actor.items():
        head = words.head[i]
        if words.dep[i] == "compound" and head != i and words.pos[head] == "NOUN":
            out[actor_id] = out.get(actor_id, 0) + 1
    return out
