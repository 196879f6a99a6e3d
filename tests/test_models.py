"""The data files under models/: each one documented, listed in the manifest and well formed.

A user auditing claimx's output must be able to see what every word list is and where it came
from; the manifest is the index they read first.
"""

from __future__ import annotations

import json

import pytest

from claimx.rules.resources import models_dir

MODELS = models_dir()
LISTS = sorted(
    p.name for p in MODELS.iterdir() if p.suffix in (".txt", ".tsv") and p.name != "pipeline.txt"
)


def test_manifest_lists_every_word_list_and_nothing_else():
    manifest = json.loads((MODELS / "manifest.json").read_text("utf-8"))
    assert sorted(manifest["lexicons"]) == LISTS


def test_manifest_pins_the_pipeline_installed_by_make():
    manifest = json.loads((MODELS / "manifest.json").read_text("utf-8"))
    pinned = manifest["spacy_pipeline"]["pinned"]
    requirement = (MODELS / "pipeline.txt").read_text("utf-8")
    assert f"{pinned['package']}=={pinned['version']}" in requirement
    assert f"--hash=sha256:{pinned['sha256']}" in requirement


@pytest.mark.parametrize("name", LISTS)
def test_word_list_says_where_it_came_from(name):
    lines = (MODELS / name).read_text("utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line.lower())
    assert header, f"{name} has no comment header"
    assert any(w in " ".join(header) for w in ("source", "generated from", "compiled")), name


def test_manifest_lists_every_construction_file():
    manifest = json.loads((MODELS / "manifest.json").read_text("utf-8"))
    found = sorted(str(p.relative_to(MODELS)) for p in (MODELS / "constructions").glob("*.jsonl"))
    assert sorted(manifest["constructions"]) == found
    for name in found:
        header = (MODELS / name).read_text("utf-8").splitlines()[0].lower()
        assert header.startswith("#") and "source" in (MODELS / name).read_text("utf-8").lower()
