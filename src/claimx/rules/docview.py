"""What every stage reads from the parsed document, computed once per document.

`Doc.text` builds the text anew on every access, a Python `Token` object per token; on news-sized
documents four such rebuilds cost as much as all of claimx's rules. `extract_doc` shares one copy
of the text, and of its quoted regions, with the stages for the time of one extraction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from claimx.rules.quotemarks import Region

_TEXT = "claimx.text"
_REGIONS = "claimx.regions"
_WORDS = "claimx.words"
#: string id -> string: ids are hashes of the strings, the same in every vocabulary
_STRINGS: dict[int, str] = {}


@dataclass(frozen=True)
class Words:
    """The parse as plain lists, one entry a token: what the stages' loops read instead of
    making a `Token` object for every token (a `Token` costs more than all the tests on it)."""

    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]  # absolute index of the head
    sents: list[tuple[int, int]]  # half-open token ranges of the sentences, in order
    #: the distinct (lemma, lower) pairs, and for each token the index of its pair: a stage's
    #: word test is asked once per pair (`words_where`)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    pair_of: Any = None  # numpy int array, one entry a token

    @cached_property
    def children(self) -> list[list[int]]:
        """Each token's children, in text order (built when a tree pattern first asks)."""
        out: list[list[int]] = [[] for _ in self.head]
        for i, h in enumerate(self.head):
            if h != i:
                out[h].append(i)
        return out


def text_of(doc: Doc) -> str:
    """The document's text: the shared copy while claimx runs over it, else `Doc.text`."""
    text = doc.user_data.get(_TEXT)
    return text if isinstance(text, str) else doc.text


def share_text(doc: Doc, known: str | None = None) -> str:
    """Share the document's text with the stages; `known` is the text the caller parsed, taken
    when its length and last token agree with the parse (building `Doc.text` costs a `Token`
    object per token)."""
    text = known if known is not None and _agrees(doc, known) else doc.text
    doc.user_data[_TEXT] = text
    return text


def _agrees(doc: Doc, text: str) -> bool:
    if not len(doc):
        return text == ""
    first, last = doc[0], doc[-1]
    return (
        last.idx + len(last.text_with_ws) == len(text)
        and text.startswith(first.text, first.idx)
        and text.startswith(last.text, last.idx)
    )


def unshare_text(doc: Doc) -> None:
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_REGIONS, None)
    doc.user_data.pop(_WORDS, None)


def words_of(doc: Doc) -> Words:
    """The document's `Words`, built once per extraction (each string looked up once per
    distinct value)."""
    cached = doc.user_data.get(_WORDS) if _TEXT in doc.user_data else None
    if isinstance(cached, Words):
        return cached
    import numpy
    from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START, TAG

    n = len(doc)
    strings = doc.vocab.strings
    columns: list[list[str]] = [[], [], [], [], []]
    pairs: list[tuple[str, str]] = []
    pair_list: list[int] = []
    head: list[int] = []
    starts: list[int] = []
    if n:
        array = doc.to_array([LOWER, LEMMA, POS, TAG, DEP])
        for k in range(5):
            ids = array[:, k].tolist()
            missing = set(ids).difference(_STRINGS)
            for v in missing:
                _STRINGS[v] = strings[v]
            columns[k] = list(map(_STRINGS.__getitem__, ids))
        keys = list(zip(columns[1], columns[0], strict=True))
        pairs = list(dict.fromkeys(keys))
        index = {pair: k for k, pair in enumerate(pairs)}
        pair_list = list(map(index.__getitem__, keys))
        rest = doc.to_array([HEAD, SENT_START]).astype(numpy.int64)
        head = (rest[:, 0] + numpy.arange(n)).tolist()
        if doc.has_annotation("SENT_START"):
            starts = [i for i in (rest[:, 1] == 1).nonzero()[0].tolist() if i]
    pair_of = numpy.array(pair_list, dtype=numpy.int64)
    bounds = [0, *starts, n] if n else []
    sents = list(zip(bounds, bounds[1:], strict=False))
    lower, lemma, pos, tag, dep = columns
    words = Words(
        lower,
        lemma,
        pos,
        tag,
        dep,
        head=head,
        sents=sents,
        pairs=pairs,
        pair_of=pair_of.reshape(-1),
    )
    if _TEXT in doc.user_data:
        doc.user_data[_WORDS] = words
    return words


def regions_of(doc: Doc, single: bool = True) -> tuple[Region, ...]:
    """The quoted regions of the document's text, found once per extraction and mode."""
    from claimx.rules.quotemarks import find_regions

    cached = doc.user_data.setdefault(_REGIONS, {}) if _TEXT in doc.user_data else {}
    found = cached.get(single)
    if found is None:
        found = cached[single] = tuple(find_regions(text_of(doc), single=single))
    return found


def words_where(doc: Doc, keep: Callable[[str, str], bool]) -> list[int]:
    """Indices of the tokens whose (lower-cased lemma, lower-cased form) pass `keep`, asked
    once per distinct pair.

    Read from the document's arrays: a stage that looks for its cue words visits those tokens
    only, instead of making a `Token` object for every token of the document.
    """
    import numpy

    words = words_of(doc)
    if not words.pairs:
        return []
    hits = numpy.fromiter(
        (keep(lemma.lower(), lower) for lemma, lower in words.pairs),
        dtype=bool,
        count=len(words.pairs),
    )
    found: list[int] = hits[words.pair_of].nonzero()[0].tolist()
    return found
