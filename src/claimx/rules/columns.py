"""Tables kept beside the parse: a value per interned string, for the whole process, and a value
per document, for one extraction.

Both kinds were written more than once in the stages (a yes-or-no per string here, a lower-cased
string per string there; a per-token column kept per document in two modules). One class each
keeps the growth and the lifetime rules in one place: a per-string table grows with the string
table, and a per-document value is dropped when its extraction ends (`docview.unshare_text`), so
nothing made for one extraction is read by the next.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.strings import StringStore
    from spacy.tokens import Doc

T = TypeVar("T")


class Interned:
    """Every string id met, numbered in the order it was first met (its serial), for the whole
    process: ids are hashes of the strings, the same in every document. A document's columns
    become small serials in one vectorised lookup, and every per-string verdict (`Verdicts`)
    is an array indexed by serial, so nothing is sorted or asked per document once its words
    have been met (sorting a document's ids cost more than the tests they saved).

    The lookup is an open-addressing hash table held in two numpy arrays (slot -> id, slot ->
    serial; at most half full, linear probing), probed for all of a document's ids at once:
    twice as fast as a binary search over the sorted ids."""

    #: Fibonacci hashing: an id times this, modulo 2**64, has its best-mixed bits on top
    MIX = 0x9E3779B97F4A7C15

    def __init__(self) -> None:
        import numpy

        self.names: Any = numpy.empty(64, dtype=object)  # string by serial; spare room at the end
        self.size = 0
        self._bits = 10
        self._ids: Any = numpy.zeros(1 << self._bits, dtype=numpy.uint64)
        self._serials: Any = numpy.full(1 << self._bits, -1, dtype=numpy.intp)

    def _slots(self, ids: Any) -> Any:
        import numpy

        mixed = numpy.multiply(ids, numpy.uint64(self.MIX), dtype=numpy.uint64)
        return (mixed >> numpy.uint64(64 - self._bits)).astype(numpy.intp)

    def _find(self, flat: Any) -> Any:
        """The serial of each id of `flat`, -1 for an id never met."""

        slot = self._slots(flat)
        found = self._serials[slot]
        # probe on where the slot holds another id (an empty slot, serial -1, ends the search)
        todo = ((found >= 0) & (self._ids[slot] != flat)).nonzero()[0]
        last = len(self._ids) - 1
        while len(todo):
            slot[todo] = (slot[todo] + 1) & last
            found[todo] = self._serials[slot[todo]]
            todo = todo[(found[todo] >= 0) & (self._ids[slot[todo]] != flat[todo])]
        return found

    def _insert(self, ids: list[int]) -> None:
        """Place ids (never met, distinct), numbered on from `size`, growing the table to stay
        at most half full."""
        import numpy

        if 2 * (self.size + len(ids)) > len(self._ids):
            met = self._ids[self._serials >= 0].tolist()
            order = self._serials[self._serials >= 0].tolist()
            while 2 * (self.size + len(ids)) > (1 << self._bits):
                self._bits += 1
            self._ids = numpy.zeros(1 << self._bits, dtype=numpy.uint64)
            self._serials = numpy.full(1 << self._bits, -1, dtype=numpy.intp)
            for key, serial in zip(met, order, strict=True):
                self._place(key, serial)
        for key in ids:
            self._place(key, self.size)
            self.size += 1

    def _place(self, key: int, serial: int) -> None:
        last = len(self._ids) - 1
        slot = ((key * self.MIX) & 0xFFFFFFFFFFFFFFFF) >> (64 - self._bits)
        while self._serials[slot] >= 0:
            slot = (slot + 1) & last
        self._ids[slot] = key
        self._serials[slot] = serial

    def serials(self, ids: Any, strings: StringStore) -> Any:
        """The serials of `ids` (any shape), numbering the ids never met before."""
        import numpy

        flat = ids.reshape(-1)
        found = self._find(flat)
        missing = found < 0
        if missing.any():
            new = numpy.unique(flat[missing]).tolist()
            size = self.size + len(new)
            if size > len(self.names):
                grown = numpy.empty(max(size, 2 * len(self.names)), dtype=object)
                grown[: self.size] = self.names[: self.size]
                self.names = grown
            self.names[self.size : size] = [strings[v] for v in new]
            self._insert(new)
            found[missing] = self._find(flat[missing])
        return found.reshape(ids.shape)


@cache
def interned() -> Interned:
    """The process's one `Interned` (made on first use: numpy loads late)."""
    return Interned()


class PerString:
    """A value per interned string (by serial), each worked out once per process, when first
    asked. The arrays grow to the string table's room, which doubles, so a document with new
    words copies nothing whole."""

    __slots__ = ("asked", "value")

    def __init__(self, dtype: Any = object) -> None:
        import numpy

        self.asked: Any = numpy.zeros(0, dtype=bool)
        self.value: Any = numpy.zeros(0, dtype=dtype)

    def of(self, serials: Any, make: Callable[[str], Any]) -> Any:
        """`make(string)` for each of `serials` (any shape), as an array of the table's type."""
        import numpy

        table = interned()
        if len(self.asked) < len(table.names):
            grow = len(table.names) - len(self.asked)
            self.asked = numpy.concatenate((self.asked, numpy.zeros(grow, dtype=bool)))
            self.value = numpy.concatenate((self.value, numpy.zeros(grow, dtype=self.value.dtype)))
        missing = serials[~self.asked[serials]]
        if len(missing):
            for serial in numpy.unique(missing).tolist():
                self.value[serial] = make(table.names[serial])
            self.asked[missing] = True
        return self.value[serials]


class Verdicts(PerString):
    """A yes or no per interned string: a boolean array, ready for masks (`words_where`)."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(bool)


class PerDocument(Generic[T]):
    """A value per document (a column of the parse, say), made when first asked and kept for the
    extraction under way: `docview.unshare_text` drops it (`drop_kept`), so a later extraction of
    the same `Doc` makes it afresh. The document and its value are swapped as one tuple: an
    identity test costs less than a `user_data` lookup, and a reader never gets one document's
    value for another."""

    __slots__ = ("_cur", "_make")

    def __init__(self, make: Callable[[Doc], T]) -> None:
        self._make = make
        self._cur: tuple[Any, Any] = (None, None)
        _KEPT.append(self)

    def of(self, doc: Doc) -> T:
        cur = self._cur
        if cur[0] is doc:
            value: T = cur[1]
            return value
        value = self._make(doc)
        self._cur = (doc, value)
        return value


@lru_cache(maxsize=256)
def string_ids(words: frozenset[str] | tuple[str, ...], strings: StringStore) -> Any:
    """spaCy's ids of these words (an array of the ids' own type), worked out once per word
    list: ids are hashes of the strings, the same in every document."""
    import numpy

    return numpy.fromiter((strings[w] for w in words), dtype=numpy.uint64)


def among(column: Any, words: frozenset[str] | tuple[str, ...], strings: StringStore) -> Any:
    """A boolean mask of the entries of `column` (string ids, one a token) that are one of
    `words`: a comparison per word for a short list (`numpy.isin` costs ten to thirty times more
    on a handful of words), `numpy.isin` for a long one."""
    import numpy

    ids = string_ids(words, strings)
    if len(ids) > 16:
        return numpy.isin(column, ids)
    hit = numpy.zeros(len(column), dtype=bool)
    for h in ids.tolist():
        hit |= column == h
    return hit


#: every `PerDocument`, for `drop_kept`
_KEPT: list[PerDocument[Any]] = []


def drop_kept(doc: Doc) -> None:
    """Forget every `PerDocument` value made for `doc`: its extraction is over."""
    for kept in _KEPT:
        if kept._cur[0] is doc:
            kept._cur = (None, None)
