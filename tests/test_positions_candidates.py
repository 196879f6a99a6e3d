"""`positions.candidates.may_cue` picks, once per document, the tokens that may be stance cues,
and the constructions then read those tokens only. That choice must only save work: with every
token offered as a candidate, the positions come out the same."""

from __future__ import annotations

import claimx.positions as positions
from tests.helpers import construction_examples, outputs

# the position constructions' own examples (verbs, nouns, evaluations, moods, holders) and the seed
TEXTS = construction_examples("positions")


def _every_token(doc, lex):
    """`may_cue` with no token left out."""
    return list(range(len(doc)))


def test_leaving_tokens_out_changes_no_position(run, seed_text, monkeypatch):
    texts = [*TEXTS, seed_text]
    assert len(TEXTS) >= 40
    chosen = outputs(run, texts, "positions")
    assert sum(len(p["positions"]) for p in chosen) >= len(TEXTS) // 2  # the examples find some
    monkeypatch.setattr(positions, "may_cue", _every_token)
    assert outputs(run, texts, "positions") == chosen
