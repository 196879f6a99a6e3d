"""When two names of bodies are one body: the store's test, as (name, other, expected) rows."""

import pytest

from claimx.actors.bodies import matching_body, named_after, same_body
from claimx.actors.store import _Actor
from claimx.rules.names import org_nouns

ROWS = [
    # one is the other without its "of" phrase
    ("harbour guild", "harbour guild of marlow", True),
    # one is the other without the demonym or country in front
    ("ministry of fisheries", "norwegian ministry of fisheries", True),
    ("fisheries office", "united kingdom fisheries office", True),
    # the same distinctive words around a generic noun
    ("marlow rowing association", "marlow rowing", True),
    # different distinctive words
    ("harbour guild", "river guild", False),
    ("northern rail", "southern rail", False),
]


@pytest.mark.parametrize(("name", "other", "expected"), ROWS)
def test_same_body(name: str, other: str, expected: bool) -> None:
    generic = org_nouns()
    assert same_body(name.split(), other.split(), generic) is expected
    assert same_body(other.split(), name.split(), generic) is expected  # either order


def test_a_place_named_alone_is_not_the_university_named_after_it() -> None:
    # "Leeds" met after "University of Leeds" is the city, not the body
    assert not same_body(["leeds"], ["university", "of", "leeds"], org_nouns())
    assert not same_body(["marlow"], ["university", "of", "marlow"], org_nouns())


def test_named_after_reads_the_word_after_university_of() -> None:
    assert named_after(["leeds"], ["university", "of", "leeds"])
    assert not named_after(["leeds"], ["leeds", "rowing", "club"])


def _bodies(*keys: str) -> list[_Actor]:
    actors = []
    for n, key in enumerate(keys, 1):
        actor = _Actor(id=f"a{n}", name=key, kind="organization")
        actor.keys.add(key)
        actors.append(actor)
    return actors


def test_a_one_word_name_finds_the_body_whose_name_holds_that_word() -> None:
    # `matching_body` skips, for a one-word name, the keys that do not hold it as a string: a
    # word found inside a longer word is no shared word, a key holding it anywhere is still read
    actors = _bodies("harbourside trust", "harbour trust")
    assert matching_body(actors, ["harbour"], {}) == "a2"
    assert matching_body(_bodies("harbourside trust"), ["harbour"], {}) is None
    # a generic noun alone: the body last seen whose name holds it as a word
    actors = _bodies("harbour trust", "river trust", "trustees forum")
    assert matching_body(actors, ["trust"], {"a1": 5, "a2": 9, "a3": 20}) == "a2"
