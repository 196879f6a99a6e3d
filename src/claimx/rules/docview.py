"""What every stage reads from the parsed document, computed once per document.

`Doc.text` builds the text anew on every access, a Python `Token` object per token; on news-sized
documents four such rebuilds cost as much as all of claimx's rules. `extract_doc` shares one copy
of the text, and of its quoted regions, with the stages for the time of one extraction.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from claimx.rules.columns import Verdicts, drop_kept, interned

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from claimx.rules.quotemarks import Region

_TEXT = "claimx.text"
_REGIONS = "claimx.regions"
_WORDS = "claimx.words"
_TOKENS = "claimx.tokens"
#: the columns of `Words.ids`
IDS_LOWER, IDS_LEMMA, IDS_POS, IDS_TAG, IDS_DEP, IDS_ORTH, IDS_ENT_TYPE = range(7)


@dataclass(frozen=True)
class Words:
    """The parse as plain lists, one entry a token: what the stages' loops read instead of
    making a `Token` object for every token (a `Token` costs more than all the tests on it).
    Built without a Python object per token (the lists hold the vocabulary's own strings), so
    that the garbage collector has little new to walk."""

    lower: list[str]
    lemma: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]  # absolute index of the head
    sents: list[tuple[int, int]]  # half-open token ranges of the sentences, in order
    idx: list[int] = field(default_factory=list)  # first character of each token
    end: list[int] = field(default_factory=list)  # end of each token's text (no whitespace)
    chars: int = 0  # length of the document's text
    #: the string ids as an array, a row a token: LOWER, LEMMA, POS, TAG, DEP, ORTH (the
    #: `IDS_*` columns), for the stages' array tests
    ids: Any = None
    #: the `ids` as process-wide serials (`interned()`), for `Verdicts` on the words
    serials: Any = None
    text: list[str] = field(default_factory=list)  # `Token.text`
    ent_type: list[str] = field(default_factory=list)  # `Token.ent_type_` ("" outside entities)
    punct: list[bool] = field(default_factory=list)  # `Token.is_punct`
    space: list[bool] = field(default_factory=list)  # `Token.is_space`
    like_num: list[bool] = field(default_factory=list)  # `Token.like_num`
    #: each token's children as `Token`s, filled in as `children_of` asks
    kids: list[list[Token] | None] = field(default_factory=list)
    #: `Token.ent_iob` as an array (0 unset, 1 inside, 2 outside, 3 begins), for `ents`
    iob: Any = None

    @cached_property
    def _children(self) -> tuple[list[int], list[int]]:
        """All children ordered by head then position, and where each head's run starts."""
        import numpy

        n = len(self.head)
        head = numpy.array(self.head, dtype=numpy.int64)
        kids = (head != numpy.arange(n)).nonzero()[0]
        order = kids[numpy.argsort(head[kids], kind="stable")]
        starts = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(head[kids], minlength=n))))
        return order.tolist(), starts.tolist()

    @cached_property
    def depth(self) -> list[int]:
        """Each token's number of steps up to its sentence's root (0 for the root), found for all
        tokens at once by pointer jumping: `root_at` compares them for every name and phrase."""
        import numpy

        n = len(self.head)
        up = numpy.array(self.head, dtype=numpy.int64)
        steps = (up != numpy.arange(n)).astype(numpy.int64)
        # after round r, `steps` counts the steps to `up`, 2**r ancestors on (or to the root)
        while n and (up != up[up]).any():
            steps += steps[up]
            up = up[up]
        return steps.tolist()

    @cached_property
    def personal(self) -> list[int]:
        """The personal pronouns (tags "PRP" and "PRP$") in text order, found once per document:
        the actors' walk resolves them, and the first person inside a quote is its speaker."""
        tags = self.serials[:, IDS_TAG]
        return _personal().of(tags, lambda tag: tag in ("PRP", "PRP$")).nonzero()[0].tolist()

    @cached_property
    def ents(self) -> tuple[tuple[int, int, str], ...]:
        """The entities as `(start, end, label)` token ranges (`doc.ents` without a `Span`
        each): an entity opens at a "B" token with a label and runs over the "I" tokens after
        it (spaCy's reading of the IOB tags). Read from the columns `words_of` already holds,
        with no second pass over the document's arrays."""

        if self.iob is None or not len(self.iob):
            return ()
        iob, label = self.iob, self.ids[:, IDS_ENT_TYPE]
        stops = (iob != 1).nonzero()[0].tolist() + [len(iob)]  # where an entity must end
        ent_type = self.ent_type
        return tuple(
            (start, stops[bisect_right(stops, start)], ent_type[start])
            for start in ((iob == 3) & (label != 0)).nonzero()[0].tolist()
        )

    def sentence(self, i: int) -> tuple[int, int]:
        """The half-open token range of token `i`'s sentence, found by bisection over `sents`
        (`Token.sent` makes a `Span`)."""
        sents = self.sents
        return sents[bisect_right(sents, (i, len(self.head))) - 1]

    def children(self, i: int) -> list[int]:
        """Token `i`'s children, in text order."""
        order, starts = self._children
        return order[starts[i] : starts[i + 1]]


@cache
def _personal() -> Verdicts:
    """`Words.personal`'s verdict per tag, kept across documents."""
    return Verdicts()


def text_of(doc: Doc) -> str:
    """The document's text: the shared copy while claimx runs over it, else `Doc.text`."""
    cur = _current_text
    if cur[0] is doc:
        return cur[1]  # an identity test: the stages ask some 300 times an article
    text = doc.user_data.get(_TEXT)
    return text if isinstance(text, str) else doc.text


def share_text(doc: Doc, known: str | None = None) -> str:
    """Share the document's text with the stages; `known` is the text the caller parsed, taken
    when its length and last token agree with the parse (building `Doc.text` costs a `Token`
    object per token)."""
    global _current_text
    text = known if known is not None and _agrees(doc, known) else doc.text
    doc.user_data[_TEXT] = text
    _current_text = (doc, text)
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


#: `(doc, its Words)` and `(doc, its token list)` of the document being extracted: the stages ask
#: for these tens of thousands of times a document, and an identity test on one pair costs a
#: third of the two `user_data` lookups. Each pair is replaced whole, so a reader never pairs one
#: document with another's columns; `(None, None)` matches no document.
_current_words: tuple[Any, Any] = (None, None)
_current_tokens: tuple[Any, Any] = (None, None)
#: `(doc, its shared text)`, set by `share_text`, for `text_of` likewise
_current_text: tuple[Any, Any] = (None, None)


def _kept(doc: Doc, key: str) -> Any:
    """The word columns (`_WORDS`) or token list (`_TOKENS`) kept for a shared document that is
    not the current one (two shared at once), made current again; None when nothing is kept."""
    global _current_words, _current_tokens
    found = doc.user_data.get(key) if _TEXT in doc.user_data else None
    if found is not None:
        if key == _WORDS:
            _current_words = (doc, found)
        else:
            _current_tokens = (doc, found)
    return found


def unshare_text(doc: Doc) -> None:
    global _current_words, _current_tokens, _current_text
    if _current_text[0] is doc:
        _current_text = (None, None)
    if _current_words[0] is doc:
        _current_words = (None, None)
    if _current_tokens[0] is doc:
        _current_tokens = (None, None)
    drop_kept(doc)
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_REGIONS, None)
    doc.user_data.pop(_WORDS, None)
    doc.user_data.pop(_TOKENS, None)


def ents_of(doc: Doc) -> tuple[tuple[int, int, str], ...]:
    """`doc.ents` as `(start, end, label)` token ranges, found once per extraction from the
    word columns (`Words.ents`): `doc.ents` makes a `Span` per entity, and three `Token`s for
    each."""
    return words_of(doc).ents


def tokens_of(doc: Doc) -> list[Token]:
    """The document's tokens as one list, made once per extraction: `doc[i]` makes a new
    `Token` object on every call, and the stages asked for about fourteen per token."""
    global _current_tokens
    cur = _current_tokens
    if cur[0] is doc:
        return cur[1]
    cached = _kept(doc, _TOKENS)
    if cached is not None:
        return cached
    tokens = list(doc)
    if _TEXT in doc.user_data:
        doc.user_data[_TOKENS] = tokens
        _current_tokens = (doc, tokens)
    return tokens


def children_of(tok: Token) -> list[Token]:
    """`list(tok.children)`, taken from the extraction's one token list (`tokens_of`):
    `Token.children` makes a new `Token` per child on every walk. Outside an extraction (no
    shared text, so no kept list) it is `Token.children` itself. The list is kept and shared:
    read it, never change it."""
    doc = tok.doc
    cur = _current_words
    if cur[0] is doc:
        words: Words = cur[1]
    elif _TEXT in doc.user_data:
        words = words_of(doc)
    else:
        return list(tok.children)
    i = tok.i
    kids = words.kids[i]
    if kids is None:
        tokens = tokens_of(doc)
        kids = words.kids[i] = [tokens[c] for c in words.children(i)]
    return kids


def words_of(doc: Doc) -> Words:
    """The document's `Words`, built once per extraction (each string looked up once per
    distinct value)."""
    global _current_words
    cur = _current_words
    if cur[0] is doc:
        return cur[1]
    cached = _kept(doc, _WORDS)
    if cached is not None:
        return cached
    import numpy
    from spacy.attrs import (
        DEP,
        ENT_IOB,
        ENT_TYPE,
        HEAD,
        IDX,
        LEMMA,
        LENGTH,
        LOWER,
        ORTH,
        POS,
        SENT_START,
        TAG,
    )

    n = len(doc)
    strings = doc.vocab.strings
    columns: list[list[str]] = [[], [], [], [], [], [], []]
    flags: list[list[bool]] = [[], [], []]
    head: list[int] = []
    idx: list[int] = []
    end: list[int] = []
    starts: list[int] = []
    chars = 0
    array: Any = numpy.zeros((0, 7), dtype=numpy.uint64)
    serials: Any = numpy.zeros((0, 7), dtype=numpy.intp)
    iob: Any = None
    if n:
        array = doc.to_array([LOWER, LEMMA, POS, TAG, DEP, ORTH, ENT_TYPE])
        table = interned()
        serials = table.serials(array, strings)
        columns = table.names[serials.T].tolist()  # the seven columns in one lookup
        rest = doc.to_array([HEAD, SENT_START, IDX, LENGTH, ENT_IOB]).astype(numpy.int64)
        orth = serials[:, IDS_ORTH]
        flags = [verdicts.of(orth, test).tolist() for verdicts, test in _lexeme_flags(doc.vocab)]
        head = (rest[:, 0] + numpy.arange(n)).tolist()
        iob = rest[:, 4]
        idx = rest[:, 2].tolist()
        end = (rest[:, 2] + rest[:, 3]).tolist()
        chars = end[-1] + len(doc[n - 1].whitespace_)  # one token's, not a column of all
        if doc.has_annotation("SENT_START"):
            starts = [i for i in (rest[:, 1] == 1).nonzero()[0].tolist() if i]
    bounds = [0, *starts, n] if n else []
    sents = list(zip(bounds, bounds[1:], strict=False))
    lower, lemma, pos, tag, dep, orth, ent_type = columns
    words = Words(
        lower,
        lemma,
        pos,
        tag,
        dep,
        head,
        sents,
        idx,
        end,
        chars=chars,
        ids=array,
        serials=serials,
        text=orth,
        ent_type=ent_type,
        punct=flags[0],
        space=flags[1],
        like_num=flags[2],
        kids=[None] * n,
        iob=iob,
    )
    if _TEXT in doc.user_data:
        doc.user_data[_WORDS] = words
        _current_words = (doc, words)
    return words


_FLAGS: dict[int, tuple[Any, list[tuple[Verdicts, Callable[[str], bool]]]]] = {}


def _lexeme_flags(vocab: Any) -> list[tuple[Verdicts, Callable[[str], bool]]]:
    """`is_punct`, `is_space` and `like_num` as verdicts on a word's form: they are flags of the
    word's lexeme, the same wherever the word occurs, so each form is asked once per process
    (reading them per token was a third of the cost of building `Words`). Kept per vocabulary
    (held, so that its id stays its own)."""
    found = _FLAGS.get(id(vocab))
    if found is None:
        found = _FLAGS[id(vocab)] = (
            vocab,
            [
                (Verdicts(), lambda word: bool(vocab[word].is_punct)),
                (Verdicts(), lambda word: bool(vocab[word].is_space)),
                (Verdicts(), lambda word: bool(vocab[word].like_num)),
            ],
        )
    return found[1]


def text_between(doc: Doc, start: int, end: int) -> str:
    """The text of tokens `start` to `end` (half-open), as `doc[start:end].text` gives it, read
    from the shared text: no `Span`, and no `Token` per word of it."""
    if end <= start:
        return ""
    # the current extraction's columns and text read in place: asked some 13,000 times a pass
    # over 97 articles, where two more calls cost as much as the slice
    words, text = _current_words, _current_text
    columns: Words = words[1] if words[0] is doc else words_of(doc)
    shared: str = text[1] if text[0] is doc else text_of(doc)
    return shared[columns.idx[start] : columns.end[end - 1]]


def token_range(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """The half-open token range `doc.char_span(start_char, end_char, alignment_mode="expand")`
    covers, or None where it gives None: found by bisection over the token offsets, with no `Span`
    and no `Token` made (the stages map every mention and quote to tokens this way)."""
    return _range_of(words_of(doc), start_char, end_char)


def token_ranges(doc: Doc, pairs: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """`token_range` of each character pair, the word columns looked up once for all of them (a
    document's mentions, quote parts and cues)."""
    words = words_of(doc)
    return [_range_of(words, start_char, end_char) for start_char, end_char in pairs]


def _range_of(words: Words, start_char: int, end_char: int) -> tuple[int, int] | None:
    idx, chars = words.idx, words.chars
    if not (0 <= start_char < chars and 0 < end_char <= chars):
        return None
    start = bisect_right(idx, start_char) - 1
    end = bisect_right(idx, end_char - 1) - 1
    if start_char == words.end[start]:  # in the whitespace after a token: not that token
        start += 1
    return (start, end + 1) if start <= end + 1 else None


def root_at(words: Words, start: int, end: int) -> int:
    """The index of `doc[start:end].root` (a non-empty range), read from the word columns: a
    sentence root inside the range, else the word whose head lies outside it with the fewest
    steps to the sentence root, a childless space or punctuation mark last, the first on a tie
    (spaCy's rule, with no `Span` and no `Token` made)."""
    if end - start == 1:
        return start  # the one word is the root, whatever its head
    head = words.head
    outside = []
    for i in range(start, end):
        up = head[i]
        if up == i:
            return i  # the first sentence root inside the range, whatever came before it
        if not start <= up < end:
            outside.append(i)
    if len(outside) < 2:
        # the one word headed from outside is the root: no depths to compare (most ranges)
        return outside[0] if outside else start
    depth = words.depth
    n = len(head)
    best, root = n, -1
    for i in outside:
        # a childless space or punctuation mark comes last
        last = (words.space[i] or words.punct[i]) and not words.children(i)
        steps = n - 1 if last else depth[i]
        if steps < best:
            best, root = steps, i
    return root


def span_at(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`: made directly when the bounds are in order (spaCy normalises a slice in
    Python first, which costs more than making the `Span`)."""
    if 0 <= start <= end <= len(doc):
        return (_SPAN or _span_class())(doc, start, end)
    return doc[start:end]


#: spaCy's `Span` class once `span_at` has loaded it (a global read costs less than a call)
_SPAN: Any = None


def _span_class() -> type[Span]:
    global _SPAN
    from spacy.tokens import Span

    _SPAN = Span
    return Span


def span_text(span: Span) -> str:
    """`span.text`, read from the shared text (spaCy builds it from a `Token` per word)."""
    return text_of(span.doc)[span.start_char : span.end_char]


def _lowered(test: Callable[[str], bool]) -> Callable[[str], bool]:
    """`test` asked of a string's lower-cased form."""
    return lambda word: test(word.lower())


def regions_of(doc: Doc, single: bool = True) -> tuple[Region, ...]:
    """The quoted regions of the document's text, found once per extraction and mode."""
    from claimx.rules.quotemarks import find_regions

    cached = doc.user_data.setdefault(_REGIONS, {}) if _TEXT in doc.user_data else {}
    found = cached.get(single)
    if found is None:
        found = cached[single] = tuple(find_regions(text_of(doc), single=single))
    return found


def words_where(
    doc: Doc,
    by_lemma: Callable[[str], bool] | None = None,
    by_form: Callable[[str], bool] | None = None,
    memo: dict[int, Verdicts] | None = None,
) -> Any:
    """A boolean numpy mask of the tokens whose lower-cased lemma passes `by_lemma` or whose
    lower-cased form passes `by_form`.

    Each test is asked once per distinct string of the document (once per process when the
    caller keeps a `memo`: string ids are the same in every document), and a stage that looks
    for its cue words then visits those tokens only, instead of making a `Token` object for
    every token of the document.
    """
    import numpy

    words = words_of(doc)
    keep = numpy.zeros(len(words.head), dtype=bool)
    if not len(words.head):
        return keep
    for column, test in ((IDS_LEMMA, by_lemma), (IDS_LOWER, by_form)):
        if test is None:
            continue
        verdicts = memo.get(column) if memo is not None else None
        if verdicts is None:
            verdicts = Verdicts()
            if memo is not None:
                memo[column] = verdicts
        keep |= verdicts.of(words.serials[:, column], _lowered(test))
    return keep
