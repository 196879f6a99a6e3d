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
from claimx.rules.docview import root_at
from claimx.rules.lexicon import cue_verbs
from claimx.rules.names import person_nouns
from claimx.rules.resources import table

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimx.rules.docview import Words

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
    "multiple",
    "enough",
    "other",
    "fellow",
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


def people_key(words: Words, start: int, end: int) -> tuple[str, str] | None:
    """Keys of a plural phrase for people (tokens `start` to `end`, read from the word columns)
    that may name a whole group, else None: one for its noun ("people:official"), one for the
    noun with its modifiers ("... |state" for "state officials", "... |at:ministry" for
    "officials at the ministry"), which tell groups apart."""
    root = root_at(words, start, end)
    if words.tag[root] != "NNS" or words.pos[root] != "NOUN":
        return None
    lemma = words.lemma[root].lower()
    if lemma not in person_nouns():
        return None
    mods = []
    for k in range(start, root):
        lower, dep = words.lower[k], words.dep[k]
        if lower in PARTITIVE or lower in NOT_ANAPHORIC or dep == "nummod":
            return None
        if dep == "det" and words.head[k] == root and lower not in WHOLE:
            return None
        if dep != "det" and words.text[k].isalpha():  # `Token.is_alpha`
            mods.append(lower)
    for prep in words.children(root):
        if words.dep[prep] == "prep":
            mods.extend(
                f"{words.lower[prep]}:{words.lower[obj]}"
                for obj in words.children(prep)
                if words.dep[obj] == "pobj"
            )
    base = f"people:{lemma}"
    return base, base + "|" + " ".join(sorted(mods))


def voices(words: Words, root: int) -> bool:
    """Is the phrase headed by token `root` the active subject of a verb of saying or of a
    stance, said as a fact (not "users will demand", "if residents object": people who have not
    spoken are no speaker)?"""
    verb = words.head[root]
    if words.dep[root] != "nsubj" or words.lemma[verb].lower() not in voicing_verbs():
        return False
    return not any(
        words.dep[c] in ("aux", "mark") and words.lower[c] in IRREALIS for c in words.children(verb)
    )


#: Verbs whose subject "it" is most often a dummy: "it is clear that", "it seems to".
DUMMY_VERBS = {"be", "seem", "appear", "remain", "look", "sound", "become", "take", "matter"}


def reporter(tok: Token, head_actor: dict[int, str], pronouns: dict[int, str]) -> str | None:
    """ "Acme said it would appeal": the subject "it" of a clause a verb of saying governs is
    that verb's subject (an actor at its head token or a resolved pronoun), unless "it" is a dummy
    subject ("Acme said it was unclear whether ...")."""
    verb = tok.head
    if verb.lemma_.lower() in DUMMY_VERBS and any(
        c.dep_ in ("ccomp", "csubj", "xcomp", "attr")
        or (c.dep_ == "acomp" and any(g.dep_ in ("ccomp", "xcomp") for g in c.children))
        for c in verb.children
    ):
        return None
    node = verb
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in cue_verbs():
            break
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    for child in node.head.children:
        if child.dep_ == "nsubj" and child.i < tok.i:
            return head_actor.get(child.i) or pronouns.get(child.i)
    return None
