"""`positions.syntax.possessor` asks its two tree patterns (`possessor`, `possessor-nmod`) only of
a noun with a child before it labelled as either pattern's owner (`OWNER_DEPS`): most nouns have
none. That test must only save work: with every noun asked, the positions come out the same, and
each pattern's own examples still give their owner."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import claimx.positions.syntax as syntax
from claimx.rules.patterns import tree_patterns
from tests.helpers import construction_examples, outputs

# the position constructions' own examples (verbs, nouns, evaluations, moods, holders) and the seed
TEXTS = construction_examples("positions")
PATTERNS = ("possessor", "possessor-nmod")
EXAMPLES = [(name, k) for name in PATTERNS for k in range(len(tree_patterns()[name].examples))]


class _Every:
    """`OWNER_DEPS` opened wide: every dependency label is in it."""

    def __contains__(self, dep: object) -> bool:
        return True


def test_asking_every_noun_changes_no_position(run, seed_text, monkeypatch):
    texts = [*TEXTS, seed_text]
    chosen = outputs(run, texts, "positions")
    assert sum(len(p["positions"]) for p in chosen) >= len(TEXTS) // 2  # the examples find some
    monkeypatch.setattr(syntax, "OWNER_DEPS", _Every())
    assert outputs(run, texts, "positions") == chosen


@pytest.mark.parametrize(("name", "k"), EXAMPLES)
def test_each_patterns_examples_give_their_owner(nlp, name: str, k: int) -> None:
    example = tree_patterns()[name].examples[k]
    if "text" in example:
        doc = nlp(example["text"])
    else:  # a parse given by hand
        doc = Doc(nlp.vocab, words=example["words"], heads=example["heads"], deps=example["deps"])
    anchor = next(t for t in doc if t.text == example["anchor"])
    owner = syntax.possessor(anchor)
    assert owner is not None and owner.text == example["expect"]["owner"]
