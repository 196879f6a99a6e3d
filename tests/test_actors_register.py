"""`Actors._register` indexes a name variant once per actor and kind of actor: a variant met again
adds nothing, but one met again once its actor has become a person indexes the person's name
words (how later surnames and given names find the actor)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimx.actors.store import Actors


def _store() -> Actors:
    return Actors(Doc(Vocab(), words=["Nora", "Vidal", "spoke", "."]))


def _indexes(store: Actors) -> tuple[object, ...]:
    actor = store.get("a1")
    return (
        dict(store._by_key),
        {k: list(v) for k, v in store._by_token.items()},
        dict(store._initials),
        set(actor.keys),
        set(actor.surnames),
        actor.first,
        actor.name,
    )


def test_a_variant_registered_again_changes_nothing() -> None:
    once, twice = _store(), _store()
    for store, times in ((once, 1), (twice, 2)):
        store.new("Nora Vidal", "person")
        for _ in range(times):
            store._register("a1", "Nora Vidal", "person")
            store._register("a1", "Vidal", "person")
    assert _indexes(once) == _indexes(twice)
    assert "vidal" in once._by_token and once.get("a1").surnames == {"vidal"}


def test_a_variant_met_again_as_a_person_indexes_the_persons_words() -> None:
    store = _store()
    store.new("Nora Vidal", "organization")  # the recogniser's first guess
    store._register("a1", "Nora Vidal", "organization")
    assert "vidal" not in store._by_token  # a body's name words are no surnames
    store.get("a1").kind = "person"  # the later evidence says: a person
    store._register("a1", "Nora Vidal", "person")
    assert store._by_token.get("vidal") == ["a1"]
    assert store.get("a1").surnames == {"vidal"}
