from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "coalition-of-the-willing.txt"


@pytest.fixture(scope="session")
def nlp():
    from claimx.nlp.pipeline import load

    return load()


@pytest.fixture(scope="session")
def run(nlp):
    """`run(text)` -> Result, sharing one loaded pipeline across the test session."""
    import claimx

    def _run(text: str):
        return claimx.extract(text, nlp=nlp)

    return _run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result(run, seed_text):
    return run(seed_text)
