"""`actors.visits` tells, for a whole document at once, which noun phrases the walk reads and
which of them can describe an actor, and which pronouns it resolves; the walk then skips the
rest. That choice must only save work: with every noun phrase visited and offered as a
description, and every personal pronoun visited, the actors come out the same.
"""

from __future__ import annotations

from claimx.actors import visits as visits_module
from claimx.actors import walk
from tests.helpers import construction_examples, outputs

# the actor constructions' own examples (descriptions, pronouns, groups, titles) and the seed
TEXTS = construction_examples("actors")


def _every_phrase(doc, words, chunks):
    """`visits` with no phrase left out: every noun phrase headed by a noun is visited and
    offered to `_description`, and every personal pronoun is visited."""
    found = visits_module.visits(doc, words, chunks)
    heads = [i for i in chunks if words.pos[i] in ("NOUN", "PROPN")]
    return visits_module.Visits(heads, set(heads), found.persons, words.personal)


def test_leaving_phrases_out_changes_no_actor(run, seed_text, monkeypatch):
    texts = [*TEXTS, seed_text]
    assert len(TEXTS) >= 40
    chosen = outputs(run, texts, "actors")
    monkeypatch.setattr(walk, "visits", _every_phrase)
    assert outputs(run, texts, "actors") == chosen
