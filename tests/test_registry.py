"""The construction registry: every entry is well formed, and claimx finds each entry's own
examples with that entry (the provenance a user filters on)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.rules.registry import Construction, all_constructions, register, stage_of, trace

ENTRIES = all_constructions()
CASES = [(c.id, example) for c in ENTRIES for example in c.examples]


def test_ids_name_their_stage():
    for c in ENTRIES:
        assert stage_of(c.id) == c.stage
        assert c.examples, c.id
        assert c.trigger and c.description, c.id


def test_an_entry_without_examples_is_refused():
    with pytest.raises(ValueError, match="no example"):
        register(Construction("quote.x-test", "quotes", "VERB", "nothing", ()))


def test_an_id_of_another_stage_is_refused():
    with pytest.raises(ValueError, match="not of stage"):
        register(Construction("quote.y-test", "positions", "VERB", "wrong", ("A said B.",)))


@pytest.mark.parametrize(("construction_id", "example"), CASES)
def test_each_example_is_found_by_its_construction(run, construction_id, example):
    with trace() as fired:
        result = run(example)
    assert construction_id in fired, f"{construction_id} did not fire on: {example}"
    stage = stage_of(construction_id)
    if stage in ("quotes", "positions") and construction_id.split(".")[0] in ("quote", "position"):
        items = result.quotes if stage == "quotes" else result.positions
        assert construction_id in {item.rule for item in items}, [i.rule for i in items]


def test_rules_command_lists_every_entry_as_json():
    out = CliRunner().invoke(app, ["rules", "--format", "json"])
    assert out.exit_code == 0, out.output
    listed = json.loads(out.stdout)
    assert [e["id"] for e in listed] == [c.id for c in ENTRIES]
    assert all(e["examples"] for e in listed)


def test_rules_command_refuses_an_unknown_stage():
    out = CliRunner().invoke(app, ["rules", "--stage", "verbs"])
    assert out.exit_code == 2
