"""Word lists from `models/`, loaded once and held as frozen sets for the hot path."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from claimx.rules.resources import table, word_list


@cache
def cue_verbs() -> frozenset[str]:
    return frozenset(word_list("cue_verbs.txt"))


@dataclass(frozen=True)
class Frames:
    """What else than a clause each reporting verb takes as its content (see cue_frames.txt)."""

    infinitive: frozenset[str]
    #: verbs whose to-infinitive is the content only in the passive ("is said to be ...")
    passive_infinitive: frozenset[str]
    object_infinitive: frozenset[str]
    object: frozenset[str]
    #: (lemma, preposition) pairs whose prepositional object is the content
    preposition: frozenset[tuple[str, str]]
    predicative_as: frozenset[str]
    naming: frozenset[str]

    #: every lemma with some frame
    lemmas: frozenset[str]


@cache
def cue_frames() -> Frames:
    kinds: dict[str, set[str]] = {
        "inf": set(),
        "passinf": set(),
        "objinf": set(),
        "obj": set(),
        "as": set(),
        "name": set(),
    }
    preps: set[tuple[str, str]] = set()
    for row in table("cue_frames.txt"):
        lemma, frame = row[0].lower(), row[1] if len(row) > 1 else ""
        if frame == "prep" and len(row) > 2:
            preps.add((lemma, row[2].lower()))
        elif frame in kinds:
            kinds[frame].add(lemma)
    return Frames(
        infinitive=frozenset(kinds["inf"]),
        passive_infinitive=frozenset(kinds["passinf"]),
        object_infinitive=frozenset(kinds["objinf"]),
        object=frozenset(kinds["obj"]),
        preposition=frozenset(preps),
        predicative_as=frozenset(kinds["as"]),
        naming=frozenset(kinds["name"]),
        lemmas=frozenset(set().union(*kinds.values()) | {lemma for lemma, _ in preps}),
    )


@cache
def cue_nouns() -> frozenset[str]:
    return frozenset(word_list("cue_nouns.txt"))


@cache
def cue_adjectives() -> frozenset[str]:
    return frozenset(word_list("cue_adjectives.txt"))


@cache
def word_sets(name: str) -> dict[str, frozenset[str]]:
    """The named lists of a `list<TAB>word` file (e.g. quote_words.tsv), each a frozen set."""
    sets: dict[str, set[str]] = {}
    for row in table(name):
        if len(row) >= 2:
            sets.setdefault(row[0].lower(), set()).add(row[1].lower())
    return {key: frozenset(words) for key, words in sets.items()}


def quote_words(list_name: str) -> frozenset[str]:
    """One list of `models/quote_words.tsv` (the quotes stage's prepositions, verbs and nouns)."""
    try:
        return word_sets("quote_words.tsv")[list_name]
    except KeyError:
        raise KeyError(f"models/quote_words.tsv has no list {list_name!r}") from None
