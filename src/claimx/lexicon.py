"""Word lists from `models/`, loaded once and held as frozen sets for the hot path."""

from __future__ import annotations

from functools import cache

from claimx.resources import word_list


@cache
def cue_verbs() -> frozenset[str]:
    return frozenset(word_list("cue_verbs.txt"))
