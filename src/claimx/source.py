"""One article to process: its text and where it came from (imports nothing of claimx)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    """One article to process: its text and where it came from."""

    text: str
    id: str = "-"
    path: str | None = None
    sha256: str | None = None


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def count_words(text: str) -> int:
    return len(text.split())
