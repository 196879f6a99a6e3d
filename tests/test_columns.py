"""The tables kept beside the parse (`claimx.rules.columns`): a value per string for the process,
a value per document for one extraction only."""

from __future__ import annotations

from claimx.api import extract_doc
from claimx.rules.columns import PerDocument, PerString, interned
from claimx.rules.docview import share_text, unshare_text


def test_a_per_string_table_works_each_string_out_once_and_keeps_its_type(nlp) -> None:
    import numpy

    strings = nlp.vocab.strings
    ids = numpy.array([strings.add(w) for w in ("Kestrel", "owl", "Kestrel")], dtype=numpy.uint64)
    serials = interned().serials(ids, strings)
    made: list[str] = []

    def lowered(word: str) -> str:
        made.append(word)
        return word.lower()

    table = PerString()
    assert table.of(serials, lowered).tolist() == ["kestrel", "owl", "kestrel"]
    assert table.of(serials[::-1], lowered).tolist() == ["kestrel", "owl", "kestrel"]
    assert sorted(made) == ["Kestrel", "owl"]  # once per distinct string, across calls
    flags = PerString(bool).of(serials, lambda w: w.istitle())
    assert flags.dtype == bool and flags.tolist() == [True, False, True]


def test_a_per_document_value_lasts_one_extraction(nlp) -> None:
    doc = nlp("The mayor said the bridge would reopen in May.")
    made: list[int] = []

    def column(d) -> list[int]:
        made.append(len(d))
        return [0] * len(d)

    kept = PerDocument(column)
    share_text(doc)
    assert kept.of(doc) is kept.of(doc)  # one value while the extraction lasts
    unshare_text(doc)
    kept.of(doc)
    assert len(made) == 2  # the extraction ended: made afresh, not read from the last one


def test_extracting_a_changed_doc_again_reads_the_change(nlp) -> None:
    """A `Doc` edited after one extraction (tokens merged) is read as it is now, as a fresh
    parse of the same analysis is: nothing kept from the first extraction leaks into the
    second."""
    from spacy.tokens import Doc

    text = (
        "“We will not accept the new tariffs,” the trade minister, Ana Ruiz, told reporters on "
        "Monday. She said the government would appeal against them, and the farmers’ union "
        "backed her."
    )
    doc = nlp(text)
    extract_doc(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[10:13])  # "the trade minister" as one token
    again = extract_doc(doc).model_dump()
    fresh = extract_doc(Doc(nlp.vocab).from_bytes(doc.to_bytes())).model_dump()
    assert again == fresh


def test_among_marks_the_words_of_a_short_or_a_long_list():
    """`among` is `numpy.isin` over the words' ids, whichever way it compares."""
    import numpy
    from spacy.vocab import Vocab

    from claimx.rules.columns import among

    strings = Vocab().strings
    words = ["the", "a", "said", "told", "cat", "the", "dog", "x"]
    column = numpy.array([strings.add(w) for w in words], dtype=numpy.uint64)
    short = ("the", "said")
    assert among(column, short, strings).tolist() == [w in short for w in words]
    long = tuple(f"w{k}" for k in range(20)) + ("cat", "x")
    for w in long:
        strings.add(w)
    assert among(column, long, strings).tolist() == [w in long for w in words]
    assert among(column[:0], short, strings).tolist() == []
