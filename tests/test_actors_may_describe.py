"""`actors.describe._may_describe` passes over, on the word columns, the name heads for which
`descriptions_of_names` can find nothing (no apposition, none itself, no subject). That choice
must only save work: with every name head read, the actors come out the same."""

from __future__ import annotations

from claimx.actors import describe
from tests.helpers import construction_examples, outputs

# the actor constructions' own examples (appositions, predicates, titles, pronouns), and two
# invented sentences with an apposition to a name that is no subject
TEXTS = construction_examples("actors") + [
    "The board thanked Maria Olsen, the treasurer, for her work on the budget.",
    "Reporters later met Tomas Berg, the harbour master, at the quay.",
]


def test_passing_name_heads_over_changes_no_actor(run, seed_text, monkeypatch):
    texts = [*TEXTS, seed_text]
    assert len(TEXTS) >= 42
    chosen = outputs(run, texts, "actors")
    monkeypatch.setattr(describe, "_may_describe", lambda head, dep, appos_heads: True)
    assert outputs(run, texts, "actors") == chosen


def test_the_examples_need_every_kind_of_head_the_filter_keeps(run, monkeypatch):
    """The check above can fail: leaving out the subjects (whose predicate nouns are read), the
    names in apposition or the names with one changes the examples' actors."""
    chosen = outputs(run, TEXTS, "actors")
    keep = describe._may_describe
    for narrowed in (
        lambda head, dep, appos_heads: keep(head, dep, appos_heads) and dep != "nsubj",
        lambda head, dep, appos_heads: keep(head, dep, appos_heads) and dep != "appos",
        lambda head, dep, appos_heads: keep(head, dep, set()),
    ):
        monkeypatch.setattr(describe, "_may_describe", narrowed)
        assert outputs(run, TEXTS, "actors") != chosen
