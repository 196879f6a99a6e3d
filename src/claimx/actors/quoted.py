"""Quotation regions as the actors stage reads them: which tokens are quoted, where a quote ends."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from claimx.actors.words import (
    SPEAKING,
)
from claimx.rules.docview import regions_of, words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


DOUBLE_MARKS = '“”„«»"'
QUOTE_REACH = 1500


def _quote_end(text: str, start: int, end: int) -> int:
    """End of a quotation opened right before `start` whose closing mark the line breaks hid
    ("I think so.<newline>It was a long day," she said): the next double mark, if it comes
    before an empty line; else `end`."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] not in '“„«"':
        return end
    stop = min(len(text), end + QUOTE_REACH)
    for j in range(end, stop):
        c = text[j]
        if c in DOUBLE_MARKS:
            return j if c in '”»"' else end
        if c == "\n" and text.startswith("\n", j + 1):
            return end  # a paragraph ends first
    return end


def _quoted_tokens(doc: Doc) -> bytearray:
    """1 for each token inside quotation marks."""
    flags = bytearray(len(doc))
    regions = regions_of(doc)
    if not regions:
        return flags
    starts = words_of(doc).idx  # token start offsets: no Token object per token
    for r in regions:
        lo, hi = bisect_left(starts, r.start), bisect_left(starts, r.end)
        flags[lo:hi] = b"\x01" * (hi - lo)
    return flags


def _says(tok: Token) -> bool:
    """ "it" as the active subject of a verb of saying: a body speaks ("It said ...")."""
    return tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING
