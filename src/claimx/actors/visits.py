"""Which noun phrases the walk (walk.py) visits, and which of them can describe an actor, told
for a whole document at once.

Most phrases are neither a group noun, "their country" nor a definite singular headed by a noun
for a body, a person or a place, and describe no one: the walk learns this from array tests on
the phrases' first and head words (a word list asked once per distinct lemma for the whole
process) instead of calling `_description` for each. A phrase headed by neither a common nor a
proper noun is never visited as a phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import TYPE_CHECKING

from claimx.actors.words import DEFINITE, THIRD_PERSON
from claimx.rules.columns import among
from claimx.rules.docview import IDS_LEMMA, IDS_LOWER, IDS_POS, IDS_TAG, Verdicts
from claimx.rules.names import org_nouns, person_nouns, place_nouns

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.rules.docview import Words


@dataclass(frozen=True)
class Visits:
    """The noun phrases (by head token) the walk reads."""

    heads: list[int]  # headed by a common noun, or able to describe
    #: a group noun, "their country" or a definite singular, headed by a noun for a body, a
    #: person or a place
    describing: set[int]
    persons: set[int]  # headed by a common noun for a person (`person_nouns`)
    pronouns: list[int]  # the third-person personal pronouns, the only ones the walk resolves


def _org(lemma: str) -> bool:
    return lemma.lower() in org_nouns()


def _person(lemma: str) -> bool:
    return lemma.lower() in person_nouns()


def _country(lemma: str) -> bool:
    return place_nouns().get(lemma.lower()) == "country"


def _listed(lemma: str) -> bool:
    """A noun for a body, a person or a place: the only heads `_description` resolves."""
    word = lemma.lower()
    return word in org_nouns() or word in person_nouns() or word in place_nouns()


@cache
def _verdicts() -> tuple[Verdicts, Verdicts, Verdicts, Verdicts]:
    """`_org`, `_person`, `_country` and `_listed` per lemma, kept across documents (ids are
    the same in every document)."""
    return Verdicts(), Verdicts(), Verdicts(), Verdicts()


def visits(doc: Doc, words: Words, chunks: dict[int, tuple[int, int]]) -> Visits:
    """The phrases of `chunks` (head -> half-open token range) the walk visits."""
    import numpy

    lower = words.lower
    pronouns = [i for i in words.personal if lower[i] in THIRD_PERSON]
    if not chunks:
        return Visits([], set(), set(), pronouns)
    heads = numpy.fromiter(chunks, dtype=numpy.intp, count=len(chunks))
    firsts = numpy.fromiter(
        map(itemgetter(0), chunks.values()), dtype=numpy.intp, count=len(chunks)
    )
    lemma = words.serials[heads, IDS_LEMMA]
    org, person, country, listed = (
        verdicts.of(lemma, test)
        for verdicts, test in zip(_verdicts(), (_org, _person, _country, _listed), strict=True)
    )
    strings = doc.vocab.strings
    ids = words.ids
    pos, tag = ids[heads, IDS_POS], ids[heads, IDS_TAG]
    noun = pos == strings["NOUN"]
    plural = tag == strings["NNS"]
    singular = ~(plural | (tag == strings["NNPS"]))
    first = ids[firsts, IDS_LOWER]
    definite = among(first, DEFINITE, strings)
    read = (
        (noun & (org | (plural & person)))
        | ((ids[firsts, IDS_TAG] == strings["PRP$"]) & country)
        | (definite & singular)
    ) & (noun | (pos == strings["PROPN"]))
    # a definite singular headed by no noun for a body, a person or a place describes no one
    describing = read & listed
    return Visits(
        heads[noun | read].tolist(),
        set(heads[describing].tolist()),
        set(heads[noun & person].tolist()),
        pronouns,
    )
