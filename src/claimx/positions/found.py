"""What a construction reads off the tree: a stance with its holder tokens, target and cue,
before the holder is resolved to an actor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimx.positions import constructions as C
from claimx.positions.syntax import subtree
from claimx.schema import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class Found:
    """A stance found in the syntax, before its holder is resolved to an actor."""

    holders: list[Token]
    stance: Stance
    target: tuple[int, int]  # token range [start, end)
    target_root: Token
    cue: tuple[int, int]
    said: bool = False  # evaluative or deontic: needs a speaker, not the narrator
    rule: str = C.STANCE_VERB  # the construction that found it


def own_phrase(tok: Token) -> tuple[int, int]:
    """A coordinated phrase without the conjuncts that follow it ("A, B and C" -> "A")."""
    start, end = subtree(tok)
    for c in tok.rights:
        if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.text == ","):
            end = min(end, c.left_edge.i)
    return start, end
