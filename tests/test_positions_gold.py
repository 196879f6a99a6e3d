"""The positions golds (eval/positions-gold, eval/positions-bio) stay consistent with their texts
and their format."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDS = {ROOT / "eval" / "positions-gold": "gum-news", ROOT / "eval" / "positions-bio": "gum-bio"}
FILES = sorted(path for gold in GOLDS for path in gold.glob("*.json"))
#: the texts are evaluation data, never copied into the repository: read from ../shared
SHARED = Path(os.environ.get("CLAIMX_EVAL_DATA", ROOT.parent / "shared" / "eval"))


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.name)
def test_gold_is_there(gold):
    assert len(list(gold.glob("*.json"))) >= 8


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_spans_slice_their_text(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    texts = SHARED / GOLDS[path.parent]
    source = texts / f"{path.stem}.txt"
    if not source.is_file():
        pytest.skip(f"the gold's text is read from {texts}, which is not here")
    text = source.read_text(encoding="utf-8")
    assert gold["doc"] == path.stem
    ids = [p["id"] for p in gold["positions"]]
    assert len(ids) == len(set(ids))
    for position in gold["positions"]:
        assert position["stance"] in ("support", "oppose")
        assert position["confidence"] in ("clear", "borderline")
        assert position["holder_mentions"], position["id"]
        spans = [position["target"], position["cue"], position["evidence"]]
        spans += position["holder_mentions"] + position.get("target_alternatives", [])
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"], (position["id"], span)
        evidence = position["evidence"]
        assert evidence["start"] <= position["cue"]["start"] < evidence["end"], position["id"]


@pytest.mark.parametrize("gold", GOLDS, ids=lambda p: p.name)
def test_no_evaluation_text_is_copied_into_the_repository(gold):
    assert not list(gold.glob("*.txt"))
