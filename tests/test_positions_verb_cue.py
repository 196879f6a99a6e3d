"""`positions.cues.verb_cue` returns early for a stance verb whose frames all need a particle, a
preposition or a clause the verb lacks ("spoke to reporters": "speak" takes a side only "out
against" something), before its subject is looked for. That exit must only save work: with it
never taken, the positions come out the same; and the verbs it is for still take a side when
their particle is there."""

from __future__ import annotations

import importlib

import pytest

from tests.helpers import construction_examples, outputs

TEXTS = construction_examples("positions")
#: the module (`claimx.positions.cues` as an attribute is its function of that name)
cues = importlib.import_module("claimx.positions.cues")


def test_the_early_exit_changes_no_position(run, seed_text, monkeypatch):
    texts = [*TEXTS, seed_text]
    chosen = outputs(run, texts, "positions")
    assert sum(len(p["positions"]) for p in chosen) >= len(TEXTS) // 2
    monkeypatch.setattr(cues, "_without_its_particle", lambda cue, frames: False)
    assert outputs(run, texts, "positions") == chosen


@pytest.mark.parametrize(
    ("text", "stances"),
    [
        # the particle there: a side taken
        ("The union spoke out against the new contract on Friday.", {"oppose"}),
        ("Mayor Ruth Engel came out against the stadium plan.", {"oppose"}),
        # the same verbs without it: none
        ("The union spoke to reporters on Friday.", set()),
        ("Mayor Ruth Engel came to the stadium.", set()),
    ],
)
def test_particle_verbs_take_a_side_only_with_their_particle(run, text, stances):
    assert {p.stance for p in run(text).positions} == stances
