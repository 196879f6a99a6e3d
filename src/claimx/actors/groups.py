"""Unnamed groups of people that speak or take a stance: "the report's authors say ...".

A plural noun phrase headed by a noun for people (person_nouns.txt, titles.txt) that is the active
subject of a verb of saying (cue_verbs.txt) or of a stance (stance_verbs.tsv) is an actor of its
own, so that a later "they" refers to it and not, past it, to an earlier body; later plural
phrases with the same head noun are the same group. A phrase that counts or picks out part of
the people ("two researchers", "some residents", "other critics") is someone else each time.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.actors.words import NOT_ANAPHORIC
from claimx.rules.lexicon import cue_verbs
from claimx.rules.names import person_nouns
from claimx.rules.resources import table

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Determiners and modifiers that count or pick out part of the people, not all of them.
PARTITIVE = {
    "a",
    "an",
    "some",
    "many",
    "most",
    "few",
    "several",
    "both",
    "each",
    "every",
    "any",
    "no",
    "all",
    "more",
    "fewer",
    "certain",
    "various",
    "numerous",
    "such",
    "what",
    "which",
    "whose",
}
#: Auxiliaries and conjunctions of a clause about what is not (yet) the case.
IRREALIS = {
    "will",
    "would",
    "could",
    "might",
    "may",
    "should",
    "shall",
    "can",
    "must",
    "'ll",
    "'d",
    "if",
    "unless",
    "whether",
}
#: Determiners of a phrase that refers to a whole group ("the authors", "these critics").
WHOLE = {"the", "these", "those"}


@cache
def voicing_verbs() -> frozenset[str]:
    """Verbs whose active subject voices something: saying (cue_verbs) or a stance."""
    stance = {row[0].lower() for row in table("stance_verbs.tsv") if row and row[0]}
    return cue_verbs() | frozenset(stance)


def people_key(chunk: Span) -> str | None:
    """The group key of a plural phrase for people that may name a whole group, else None."""
    root = chunk.root
    if root.tag_ != "NNS" or root.pos_ != "NOUN":
        return None
    lemma = root.lemma_.lower()
    if lemma not in person_nouns():
        return None
    for tok in chunk:
        if tok.i >= root.i:
            break
        lower = tok.lower_
        if lower in PARTITIVE or lower in NOT_ANAPHORIC or tok.dep_ == "nummod":
            return None
        if tok.dep_ == "det" and tok.head.i == root.i and lower not in WHOLE:
            return None
    return f"people:{lemma}"


def voices(chunk: Span) -> bool:
    """Is the phrase the active subject of a verb of saying or of a stance, said as a fact (not
    "users will demand", "if residents object": people who have not spoken are no speaker)?"""
    root = chunk.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in voicing_verbs():
        return False
    return not any(
        (c.dep_ == "aux" and c.lower_ in IRREALIS) or (c.dep_ == "mark" and c.lower_ in IRREALIS)
        for c in verb.children
    )
