"""Token helpers shared by every stage. Token ranges are half-open `(start, end)` token indices
throughout, character ranges half-open `(start, end)` offsets; tokens are compared by index (spaCy
makes a new `Token` object on each access, so `is` never holds)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.rules.docview import IDS_POS, tokens_of
from claimx.schema import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimx.rules.docview import Words

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


#: the dependencies that make a noun the head of a base noun phrase (spaCy's English
#: `noun_chunks` iterator)
NP_DEPS = frozenset(
    ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")
)


def noun_chunks(doc: Doc, words: Words) -> dict[int, tuple[int, int]]:
    """Base noun phrases as `{head index: half-open token range}`: the same phrases as spaCy's
    English `Doc.noun_chunks`, read from `words`, with a `Token` made only for a phrase's head
    (the iterator makes one for every token of the document)."""

    dep, head = words.dep, words.head
    tokens = tokens_of(doc)
    out: dict[int, tuple[int, int]] = {}
    prev_end = -1
    if not len(dep):
        return out
    strings = doc.vocab.strings
    pos = words.ids[:, IDS_POS]
    nominal = (pos == strings["NOUN"]) | (pos == strings["PROPN"]) | (pos == strings["PRON"])
    for i in nominal.nonzero()[0].tolist():  # the nouns and pronouns, in text order
        d = dep[i]
        if d not in NP_DEPS:
            if d != "conj":
                continue
            h = head[i]
            while dep[h] == "conj" and head[h] < h:
                h = head[h]
            if dep[h] not in NP_DEPS:
                continue
        left = tokens[i].left_edge.i
        if left <= prev_end:
            continue
        prev_end = i
        out[i] = (left, i + 1)
    return out
