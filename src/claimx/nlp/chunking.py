"""Parsing texts of any length in bounded memory, with offsets into the whole text.

spaCy needs memory in proportion to the text it parses at once, and refuses texts longer than
`nlp.max_length`. Longer texts are cut below `CHUNK_CHARS` on the strongest boundary available
(paragraph, line, sentence, space; a hard cut only for a run without any), parsed piece by piece
and joined with `Doc.from_docs` without adding anything, so the joined Doc's text is the input and
every offset stays global. Cuts fall right after whitespace, so tokens are the ones an uncut parse
makes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from claimx.source import Source

#: Texts longer than this are parsed in pieces no longer than it (characters). News articles are
#: 2-20k characters, so only archives glued into one file and hostile input are ever cut.
CHUNK_CHARS = 100_000

_BOUNDARIES = (
    re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*"),  # paragraph
    re.compile(r"[\r\n]\s*"),  # line
    re.compile(r"[.!?…][\"'”’»)\]]*\s+"),  # sentence end
    re.compile(r"\s+"),  # any space
)

T = TypeVar("T")


def _cut(text: str, start: int, end: int) -> int:
    """Where to end the piece that starts at `start` and may run up to `end`."""
    low = start + (end - start) // 2
    for strength, pattern in enumerate(_BOUNDARIES):
        # a paragraph or line break anywhere beats a weaker cut; sentence ends and spaces are
        # common enough to be looked for in the second half only, so pieces stay large
        first = start + 1 if strength < 2 else low
        last = None
        for last in pattern.finditer(text, first, end):  # noqa: B007 - we want the last match
            pass
        if last is not None and last.end() > start:
            return min(last.end(), end)
    cut = end
    while cut > low and unicodedata.combining(text[cut]):  # keep a mark with its base
        cut -= 1
    return cut


def split(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Consecutive `(start, end)` pieces covering `text`, each at most `limit` characters."""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    pieces = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def parse(nlp: Language, text: str, limit: int | None = None) -> Doc:
    """One Doc over the whole text, parsed in pieces when it is longer than `limit`."""
    from claimx.nlp.pipeline import parse as parse_one

    limit = limit or CHUNK_CHARS
    if len(text) <= limit:
        return parse_one(nlp, text)
    import numpy
    from spacy.tokens import Doc

    docs = []
    for doc in nlp.pipe((text[a:b] for a, b in split(text, limit)), batch_size=1):
        doc.tensor = numpy.zeros((0, 0), dtype="float32")  # unused; the bulk of a Doc's memory
        docs.append(doc)
    merged = Doc.from_docs(  # type: ignore[call-arg]  # the stub lacks `exclude`
        docs, ensure_whitespace=False, exclude=["tensor", "user_data"]
    )
    assert merged is not None and len(merged.text) == len(text)
    return merged


def parse_sources(
    nlp: Language,
    sources: Iterable[Source],
    batch_size: int,
    limit: int | None = None,
) -> Iterator[tuple[Doc, Source]]:
    """`(doc, source)` in input order: short texts through `nlp.pipe`, long ones in pieces."""
    limit = limit or CHUNK_CHARS
    batch: list[Source] = []

    def flush() -> Iterator[tuple[Doc, Source]]:
        texts = ((s.text, s) for s in batch)
        yield from nlp.pipe(texts, as_tuples=True, batch_size=batch_size)
        batch.clear()

    for source in sources:
        if len(source.text) > limit:
            yield from flush()
            yield parse(nlp, source.text, limit), source
            continue
        batch.append(source)
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()
