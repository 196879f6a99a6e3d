"""Is this English? A cheap check so that text in another language gets one warning line.

claimx's rules and word lists are English; a German article still goes through (it may be
mostly English quotes) but its actors and quotes are unreliable, and the user should know. The
share of words that are English function words (`models/english_function_words.txt`) is about
a quarter in English news and a few per cent in other languages written in Latin script.
"""

from __future__ import annotations

import re
from functools import cache

#: Below this share of English function words a text is taken for another language.
MIN_SHARE = 0.08
#: Texts with fewer words than this are not judged (a headline, a one-line quote).
MIN_WORDS = 40
#: Characters looked at: the start of the article is enough.
SAMPLE = 20_000
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _function_words() -> frozenset[str]:
    from claimx.rules.resources import word_list

    return frozenset(word_list("english_function_words.txt"))


def english_share(text: str) -> float | None:
    """Share of the words that are English function words, or None for a text too short."""
    words = _WORD.findall(text[:SAMPLE].lower())
    if len(words) < MIN_WORDS:
        return None
    common = _function_words()
    return sum(1 for w in words if w in common) / len(words)


def not_english_warning(text: str) -> str | None:
    """The reason for a warning, or None when the text looks English (or is too short)."""
    share = english_share(text)
    if share is None or share >= MIN_SHARE:
        return None
    return (
        f"does not look like English ({share:.0%} English function words); claimx reads "
        "English only, so its results will be poor (processed anyway)"
    )
