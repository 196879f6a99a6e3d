"""Token helpers shared by every stage. Token ranges are half-open `(start, end)` token indices
throughout, character ranges half-open `(start, end)` offsets; tokens are compared by index (spaCy
makes a new `Token` object on each access, so `is` never holds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.schema import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: characters trimmed off both ends of a span by default
TRIM = " \t\r\n,;:—–-"


def subtree(tok: Token) -> tuple[int, int]:
    """Half-open token range of `tok`'s subtree."""
    return tok.left_edge.i, tok.right_edge.i + 1


def head_part(tok: Token) -> tuple[int, int]:
    """Half-open token range from `tok`'s left edge to `tok` itself (a phrase without what
    follows its head, e.g. a noun without its relative clause)."""
    return tok.left_edge.i, tok.i + 1


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character range of the half-open token range `[start, end)`; `end > start`."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def trim(text: str, start: int, end: int, chars: str = TRIM) -> tuple[int, int]:
    """`(start, end)` with `chars` stripped off both ends (may come back empty: start == end)."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def span(text: str, start: int, end: int) -> Span:
    """The contract's span of `text[start:end]`."""
    return Span.of(text, start, end)
