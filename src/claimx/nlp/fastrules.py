"""Faster stand-ins for spaCy's attribute ruler and rule lemmatizer, with identical output.

In the small English pipeline these two rule components cost about a quarter of the parse: the
attribute ruler runs ~180 Matcher patterns over every token and the lemmatizer is a Python loop
that builds a Token per token. Both results are a pure function of a few token attributes, so
here they are computed once per distinct combination (a dict lookup afterwards) and written back
in bulk with `Doc.from_array`. `install` only swaps a component whose rules it fully understands;
anything else (operators, extension attributes, other lemmatizer modes) keeps the stock component.
Set CLAIMX_STOCK_RULES=1 to keep the stock components.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import DEP, IDS, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Doc, Token

#: Token attributes a pattern may test, and how to read them from a Token on a cache miss.
_READERS: dict[str, str] = {
    "ORTH": "text",
    "TEXT": "text",
    "LOWER": "lower_",
    "NORM": "norm_",
    "TAG": "tag_",
    "POS": "pos_",
    "DEP": "dep_",
    "LEMMA": "lemma_",
    "IS_SPACE": "is_space",
    "IS_PUNCT": "is_punct",
    "IS_ALPHA": "is_alpha",
    "IS_DIGIT": "is_digit",
    "IS_LOWER": "is_lower",
    "IS_UPPER": "is_upper",
    "IS_TITLE": "is_title",
}
#: Attributes the ruler may set that live on the token only (Lexeme.set_struct_attr ignores them).
_SETTABLE = (POS, MORPH, LEMMA, TAG, DEP)
#: Caches are cleared past this many entries, so a long run cannot grow them without bound.
_CACHE_MAX = 200_000


class Unsupported(ValueError):
    """A rule this module does not reproduce exactly; the stock component is kept."""


def _predicate(value: Any) -> Any:
    """A test of one attribute value, mirroring the Matcher's literal, IN, NOT_IN and REGEX."""
    if isinstance(value, dict):
        if set(value) - {"IN", "NOT_IN", "REGEX"}:
            raise Unsupported(f"operator {sorted(value)}")
        tests = []
        if "IN" in value:
            allowed = frozenset(value["IN"])
            tests.append(lambda v: v in allowed)
        if "NOT_IN" in value:
            banned = frozenset(value["NOT_IN"])
            tests.append(lambda v: v not in banned)
        if "REGEX" in value:
            rx = re.compile(value["REGEX"])
            tests.append(lambda v: isinstance(v, str) and rx.search(v) is not None)
        return lambda v: all(t(v) for t in tests)
    if isinstance(value, str | bool | int):
        return lambda v: v == value
    raise Unsupported(f"value {value!r}")


Tests = tuple[tuple[str, Any], ...]


def _compile_token(spec: dict[str, Any]) -> Tests:
    out = []
    for key, value in spec.items():
        name = key.upper()
        if name not in _READERS:
            raise Unsupported(f"pattern key {key}")
        out.append((_READERS[name], _predicate(value)))
    return tuple(out)


def _lower_of(spec: dict[str, Any]) -> Any:
    return spec.get("LOWER", spec.get("lower"))


def _token_ok(token: Token, tests: Tests) -> bool:
    return all(test(getattr(token, attr)) for attr, test in tests)


class FastAttributeRuler:
    """The stock ruler's rules and values, applied by lookup instead of by the Matcher.

    One-token patterns that name the word (LOWER literal or IN) are indexed by it and only tried
    on those words; the others depend on a few attributes (TAG, DEP, ...) whose combinations are
    few, so their outcome is cached per combination. Longer patterns are tried where their first
    word occurs. Later rules win, as in spaCy (matches are applied in the order rules were added).
    """

    def __init__(self, stock: AttributeRuler) -> None:
        self.name = stock.name
        self.vocab = stock.vocab
        self.stock = stock
        self.attrs = stock.attrs
        self.written = [a for a in _SETTABLE if any(a in attrs for attrs in stock.attrs)] or [POS]
        self.indexed: dict[int, list[tuple[int, Tests]]] = {}
        self.rest: list[tuple[int, Tests]] = []
        self.multi: list[tuple[int, int, list[Tests], tuple[int | None, Any]]] = []
        self.filtered: list[tuple[int, Tests, Any]] = []
        rest_keys: set[str] = set()
        patterns: list[dict[str, Any]] = list(stock.patterns)
        for attr_id, entry in enumerate(patterns):
            attrs = stock.attrs[attr_id]
            if "_" in attrs or set(attrs) - set(_SETTABLE):
                raise Unsupported(f"attributes {sorted(map(str, attrs))}")
            for pattern in entry["patterns"]:
                if any("OP" in tok or "op" in tok for tok in pattern):
                    raise Unsupported("quantifier")
                compiled = [_compile_token(tok) for tok in pattern]
                index = entry["index"]
                if not -len(pattern) <= index < len(pattern):
                    raise Unsupported("index out of the pattern")
                if len(pattern) > 1:
                    anchor = next((j for j, tok in enumerate(pattern) if _lower_of(tok)), None)
                    where = None if anchor is None else self._where(pattern[anchor])
                    self.multi.append((attr_id, index % len(pattern), compiled, (anchor, where)))
                    continue
                lower = _lower_of(pattern[0])
                if isinstance(lower, str) or (isinstance(lower, dict) and set(lower) == {"IN"}):
                    words = [lower] if isinstance(lower, str) else lower["IN"]
                    for word in words:
                        entry_list = self.indexed.setdefault(self.vocab.strings[word], [])
                        entry_list.append((attr_id, compiled[0]))
                elif lower is not None:
                    self.filtered.append((attr_id, compiled[0], self._where(pattern[0])))
                else:
                    self.rest.append((attr_id, compiled[0]))
                    rest_keys.update(k.upper() for k in pattern[0])
        self.rest_attrs = [IDS["ORTH" if k == "TEXT" else k] for k in sorted(rest_keys)] or [ORTH]
        self.indexed_words = numpy.array(sorted(self.indexed), dtype=numpy.uint64)
        self.rest_cache: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.merged_cache: dict[tuple[int, ...], dict[int, int]] = {}

    def _where(self, spec: dict[str, Any]) -> Any:
        """A function from a doc's LOWER column to the mask of tokens passing spec's LOWER test."""
        value = _lower_of(spec)
        if isinstance(value, str) or (isinstance(value, dict) and set(value) == {"IN"}):
            words = [value] if isinstance(value, str) else value["IN"]
            hashes = numpy.array([self.vocab.strings[w] for w in words], dtype=numpy.uint64)
            return lambda lowers: numpy.isin(lowers, hashes)
        test = _predicate(value)
        known: dict[int, bool] = {}
        strings = self.vocab.strings

        def where(lowers: Any) -> Any:
            if len(known) > _CACHE_MAX:
                known.clear()
            uniq = numpy.unique(lowers).tolist()
            for h in uniq:
                if h not in known:
                    known[h] = bool(test(strings[h]))
            return numpy.isin(lowers, [h for h in uniq if known[h]])

        return where

    def _merged(self, ids: tuple[int, ...]) -> dict[int, int]:
        out = self.merged_cache.get(ids)
        if out is None:
            out = {}
            for attr_id in sorted(set(ids)):
                out.update(self.attrs[attr_id])
            self.merged_cache[ids] = out
        return out

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        if len(self.rest_cache) > _CACHE_MAX or len(self.merged_cache) > _CACHE_MAX:
            self.rest_cache.clear()
            self.merged_cache.clear()
        rows: list[Any] = doc.to_array(self.rest_attrs).reshape(n, -1).tolist()
        cols = doc.to_array(self.written).reshape(n, -1).T.tolist()
        column = dict(zip(self.written, cols, strict=True))
        # rules that apply only where a given word is: the word-indexed ones and longer patterns
        extra: dict[int, list[int]] = {}
        lowers = doc.to_array(LOWER)
        if self.indexed:
            for i in numpy.flatnonzero(numpy.isin(lowers, self.indexed_words)).tolist():
                token = doc[i]
                for attr_id, tests in self.indexed[int(lowers[i])]:
                    if _token_ok(token, tests):
                        extra.setdefault(i, []).append(attr_id)
        for attr_id, tests, where in self.filtered:
            for i in numpy.flatnonzero(where(lowers)).tolist():
                if _token_ok(doc[i], tests):
                    extra.setdefault(i, []).append(attr_id)
        for attr_id, index, tests_seq, (anchor, where) in self.multi:
            size = len(tests_seq)
            if anchor is None:
                starts: list[int] = list(range(n - size + 1))
            else:
                starts = [i - anchor for i in numpy.flatnonzero(where(lowers)).tolist()]
            for start in starts:
                if (
                    start >= 0
                    and start + size <= n
                    and all(_token_ok(doc[start + j], tests_seq[j]) for j in range(size))
                ):
                    extra.setdefault(start + index, []).append(attr_id)
        rest_cache = self.rest_cache
        for i, row in enumerate(rows):
            key = tuple(row)
            ids = rest_cache.get(key)
            if ids is None:
                token = doc[i]
                ids = rest_cache[key] = tuple(
                    a for a, tests in self.rest if _token_ok(token, tests)
                )
            if i in extra:
                ids = tuple(sorted(set(ids).union(extra[i])))
            for attr, value in self._merged(ids).items():
                column[attr][i] = value
        doc.from_array(self.written, cast(Any, numpy.array(cols, dtype=numpy.uint64).T))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class FastLemmatizer:
    """The stock rule lemmatizer, asked once per (form, POS, morphology) instead of per token."""

    def __init__(self, stock: Lemmatizer) -> None:
        if stock.mode != "rule" or stock.overwrite:
            raise Unsupported(f"lemmatizer mode {stock.mode!r}")
        self.name = stock.name
        self.stock = stock
        self.strings = stock.vocab.strings
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        cache = self.cache
        if len(cache) > _CACHE_MAX:
            cache.clear()
        lemmas = numpy.empty(n, dtype=numpy.uint64)
        lemmatize = self.stock.lemmatize
        strings = self.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma:
                lemmas[i] = lemma
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = cache[key] = strings.add(lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], cast(Any, lemmas))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


_PENDING: dict[str, Any] = {}


@Language.factory("claimx_fast_rules")
def _make_fast(nlp: Language, name: str) -> Any:
    return _PENDING.pop(name)


def install(nlp: Language) -> list[str]:
    """Swap the stock rule components for the fast ones where possible; the names swapped."""
    if os.environ.get("CLAIMX_STOCK_RULES"):
        return []
    from spacy.pipeline import AttributeRuler, Lemmatizer

    swapped = []
    for name in list(nlp.pipe_names):
        stock = nlp.get_pipe(name)
        fast: Any
        try:
            if type(stock) is AttributeRuler:
                fast = FastAttributeRuler(stock)
            elif isinstance(stock, Lemmatizer):
                if not stock._validated:
                    stock._validate_tables()
                fast = FastLemmatizer(stock)
            else:
                continue
        except Unsupported:
            continue
        _PENDING[name] = fast
        nlp.replace_pipe(name, "claimx_fast_rules")
        swapped.append(name)
    return swapped
