"""Learned weights in `models/`: one JSON file a model, with the full model and the models of its
cross-validation folds, read once. Evaluation and training choose a fold; the product uses the
full model."""

from __future__ import annotations

import json
from functools import cached_property

from claimx.rules.resources import models_dir


class Weights:
    """A model file and the fold to score with (None: the full model; a negative fold: off)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.fold: int | None = None

    def use_fold(self, fold: int | None) -> None:
        """Score with the model of one cross-validation fold (evaluation only; None: the full)."""
        self.fold = fold

    @cached_property
    def data(self) -> dict[str, object]:
        """The file's content, or {} when it is missing (the stage then falls back to its rules)."""
        path = models_dir() / self.file
        if not path.is_file():
            return {}
        data: dict[str, object] = json.loads(path.read_text("utf-8"))
        return data
