"""A place written as an address, "Town, Region": the recogniser sometimes runs it into one
name of the wrong kind ("S. F., Cal." as a person), and writes the region short ("Cal.",
"Mass."). Here the run is split at its commas into places, and a region written short is read
as the region it opens (regions: models/regions.txt), so that both join the places the article
names in full ("San Francisco", "California").
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.rules.docview import words_of
from claimx.rules.names import norm, regions
from claimx.rules.registry import declare

if TYPE_CHECKING:
    from spacy.tokens import Doc

ADDRESS_SPLIT = declare(
    "actor.address-split",
    trigger="one recogniser name running over a comma into a region: 'S. D., Cal.'",
    description="a name that ends in a region after a comma is an address: a place, then the "
    "region, each its own place; a region written short ('Cal.') is the region it opens",
    examples=[
        "Ada Voss opened a shop in San Diego in 1890. In 1902 Voss, now of S. D., Cal., sold it.",
        "Hugo Lind moved to San Francisco in 1850. Years later Lind, now of S. F., Cal., "
        "declared himself mayor.",
    ],
)


@cache
def _region_names() -> tuple[str, ...]:
    return tuple(sorted(regions()))


def region_written_short(word: str) -> str | None:
    """The region a capitalised abbreviation of three letters or more opens, when it opens only
    one: "Cal" -> "california", "Mass" -> "massachusetts"; else None."""
    if len(word) < 3 or not word.isalpha() or not word[0].isupper() or not word[1:].islower():
        return None
    key = word.lower()
    found = [r for r in _region_names() if r.startswith(key) and r != key]
    return found[0] if len(found) == 1 else None


def _abbreviated(doc: Doc, k: int) -> bool:
    """Token k is a word written short: a full stop follows it with no space."""
    tok = doc[k]
    return (
        not tok.whitespace_ and k + 1 < len(doc) and doc[k + 1].text == "."
    ) or tok.text.endswith(".")


def region_at(doc: Doc, start: int, end: int) -> str | None:
    """The region a one-word name after a town and a comma names: a region's name ("Texas"), or
    its abbreviation with a full stop ("Cal."); else None."""
    words = words_of(doc)  # the columns: a `Token` only for a region written short
    text = words.text
    if end - start != 1 or start < 2 or text[start - 1] != ",":
        return None
    if words.tag[start - 2] not in ("NNP", "NNPS") and not text[start - 2].endswith("."):
        return None  # "Thanks, Cal.": no town before the comma
    word = text[start].rstrip(".")
    if norm(word) in regions():
        return norm(word)
    return region_written_short(word) if _abbreviated(doc, start) else None


def before_region(doc: Doc, end: int) -> bool:
    """A comma and a region follow the name ending at token `end`: "S. D.[, Cal.]"."""
    text = words_of(doc).text
    return end + 1 < len(text) and text[end] == "," and region_at(doc, end + 1, end + 2) is not None


def address_parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The places of a name that runs over commas into a region ("S. F., Cal."), each without
    its commas and final full stops, when every part opens with a capital; else None."""
    if end - start < 3:
        return None  # no room for a comma between two parts: most names, tested first
    text = words_of(doc).text  # read from the columns: no `Token` per word of every name
    commas = [k for k in range(start + 1, end - 1) if text[k] == ","]
    if not commas:
        return None
    parts, left = [], start
    for k in [*commas, end]:
        right = k
        while right > left and text[right - 1] == ".":
            right -= 1
        if right <= left or not text[left][:1].isupper():
            return None
        parts.append((left, right))
        left = k + 1
    last_start, last_end = parts[-1]
    if last_end - last_start != 1 or region_at(doc, last_start, last_end) is None:
        return None
    return parts
