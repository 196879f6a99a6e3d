"""`positions.candidates.may_cue` picks, once per document, the tokens that may be stance cues,
and the constructions then read those tokens only. That choice must only save work: with every
token offered as a candidate, the positions come out the same."""

from __future__ import annotations

import claimx.positions as positions
from claimx.rules.registry import all_constructions

# the position constructions' own examples (verbs, nouns, evaluations, moods, holders) and the seed
TEXTS = [example for c in all_constructions("positions") for example in c.examples]


def _every_token(doc, lex):
    """`may_cue` with no token left out."""
    return list(range(len(doc)))


def _positions(run, texts):
    return [run(text).model_dump(include={"positions"}) for text in texts]


def test_leaving_tokens_out_changes_no_position(run, seed_text, monkeypatch):
    texts = [*TEXTS, seed_text]
    assert len(TEXTS) >= 40
    chosen = _positions(run, texts)
    assert sum(len(p["positions"]) for p in chosen) >= len(TEXTS) // 2  # the examples find some
    monkeypatch.setattr(positions, "may_cue", _every_token)
    assert _positions(run, texts) == chosen
