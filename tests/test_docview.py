"""The parse read as plain lists must say what spaCy's own views say: the stages trust it for
noun phrases, sentences and the shared text."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimx.rules.docview import (
    Verdicts,
    children_of,
    ents_of,
    interned,
    root_at,
    share_text,
    text_of,
    unshare_text,
    words_of,
    words_where,
)
from claimx.rules.tokens import noun_chunks

TEXTS = [
    "The prime minister said on Monday that the new tax would hurt small farms.",
    "Officials in the capital and their allies rejected the plan. It was, they said, a trap.",
    "Maria Lopez, the mayor of a small town, and her deputy met the workers' union leaders.",
    "Twelve of the 40 ( or so ) delegates from Ohio --  \n left early, in 2019.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_and_chunks_agree_with_spacy(nlp, text: str) -> None:
    doc = nlp(text)
    words = words_of(doc)
    assert words.lower == [t.lower_ for t in doc]
    assert words.dep == [t.dep_ for t in doc]
    assert words.head == [t.head.i for t in doc]
    assert words.text == [t.text for t in doc]
    assert words.ent_type == [t.ent_type_ for t in doc]
    assert words.punct == [t.is_punct for t in doc]
    assert words.space == [t.is_space for t in doc]
    assert words.like_num == [t.like_num for t in doc]
    assert words.sents == [(s.start, s.end) for s in doc.sents] if len(doc) else words.sents == []
    assert [words.sentence(t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert noun_chunks(doc, words) == {c.root.i: (c.start, c.end) for c in doc.noun_chunks}


def test_entities_are_spacys_in_and_out_of_an_extraction(nlp) -> None:
    """`ents_of` reads the entities from the word columns: the same ranges and labels as
    `doc.ents`, also for entities that touch, one word long or set by hand."""
    from spacy.tokens import Span

    for text in TEXTS + ["Anna Berg met Tom Ross in Oslo and Paris, then flew to New York City."]:
        doc = nlp(text)
        expected = tuple((e.start, e.end, e.label_) for e in doc.ents)
        assert ents_of(doc) == expected
        share_text(doc)
        try:
            assert ents_of(doc) == expected
        finally:
            unshare_text(doc)
    doc = Doc(Vocab(), words=["Ada", "Lind", "Kiel", "wins", "."])
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 2, 3, label="GPE")]  # touching
    assert ents_of(doc) == ((0, 2, "PERSON"), (2, 3, "GPE"))


def test_chunks_of_a_hand_built_parse() -> None:
    # "the old man and his dog saw us": a coordinated subject gives two phrases
    words = ["the", "old", "man", "and", "his", "dog", "saw", "us"]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[2, 2, 6, 2, 5, 2, 6, 6],
        deps=["det", "amod", "nsubj", "cc", "poss", "conj", "ROOT", "dobj"],
        pos=["DET", "ADJ", "NOUN", "CCONJ", "PRON", "NOUN", "VERB", "PRON"],
        sent_starts=[True, False, False, False, False, False, False, False],
    )
    assert noun_chunks(doc, words_of(doc)) == {2: (0, 3), 5: (4, 6), 7: (7, 8)}


def test_shared_text_is_the_callers_only_when_it_fits(nlp) -> None:
    text = "Ana said yes."
    doc = nlp(text)
    assert share_text(doc, text) == text
    unshare_text(doc)
    # a different text of another length is not taken for the document's
    assert share_text(doc, text + " More.") == text
    assert text_of(doc) == text
    unshare_text(doc)


def test_words_where_tests_lemmas_and_forms_once_per_distinct_string(nlp) -> None:
    doc = nlp("She said it twice and they say it again, according to him.")
    asked: list[str] = []

    def by_lemma(lemma: str) -> bool:
        asked.append(lemma)
        return lemma == "say"

    memo: dict[int, Verdicts] = {}
    mask = words_where(doc, by_lemma=by_lemma, by_form=lambda w: w == "according", memo=memo)
    assert [doc[i].text for i in mask.nonzero()[0]] == ["said", "say", "according"]
    assert len(asked) == len(set(asked))  # "it" twice, asked once
    words_where(nlp("They say so."), by_lemma=by_lemma, memo=memo)
    assert asked.count("say") == 1  # the memo carries verdicts to the next document


def test_interned_serials_and_verdicts_hold_across_documents(nlp) -> None:
    import numpy

    strings = nlp.vocab.strings
    ids = [strings.add(w) for w in ("Alpha", "beta", "Gamma", "delta", "Epsilon")]
    table = interned()
    first = table.serials(
        numpy.array([[ids[0], ids[1]], [ids[1], ids[2]]], dtype=numpy.uint64), strings
    )
    later = table.serials(numpy.array(ids[::-1], dtype=numpy.uint64), strings)
    assert table.names[first].tolist() == [["Alpha", "beta"], ["beta", "Gamma"]]
    assert table.names[later].tolist() == ["Epsilon", "delta", "Gamma", "beta", "Alpha"]
    assert later[-1] == first[0, 0]  # an id keeps its serial
    asked: list[str] = []

    def capitalised(word: str) -> bool:
        asked.append(word)
        return word[:1].isupper()

    verdicts = Verdicts()
    assert verdicts.of(first, capitalised).tolist() == [[True, False], [False, True]]
    assert verdicts.of(later, capitalised).tolist() == [True, False, True, False, True]
    assert sorted(asked) == sorted(["Alpha", "beta", "Gamma", "delta", "Epsilon"])  # once each


def test_span_texts_agree_with_spacy() -> None:
    """text_between and span_text give what `Span.text` gives, for every token range of a text
    with double spaces, a line break and punctuation."""
    from claimx.rules.docview import span_text, text_between

    words = ["The", "mayor", ",", "Ana", "Ruiz", ",", "said", ":", "\n", "“No", "more", "."]
    spaces = [True, False, True, True, False, True, False, True, False, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces)
    share_text(doc, doc.text)
    try:
        for a in range(len(doc)):
            for b in range(a, len(doc) + 1):
                assert text_between(doc, a, b) == doc[a:b].text, (a, b)
                assert span_text(doc[a:b]) == doc[a:b].text, (a, b)
    finally:
        unshare_text(doc)


def test_span_at_is_a_slice_of_the_doc() -> None:
    """span_at(doc, a, b) is doc[a:b] for bounds in order, out of range, reversed or negative."""
    from claimx.rules.docview import span_at

    doc = Doc(Vocab(), words=["a", "b", "c", "d", "e"])
    for a in range(-7, 8):
        for b in range(-7, 8):
            want, got = doc[a:b], span_at(doc, a, b)
            assert (got.start, got.end) == (want.start, want.end), (a, b)


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_doc_leaves_the_callers_garbage_collector_as_it_found_it(nlp, enabled) -> None:
    """The stages pause the cycle collector; a library user's setting must survive, also when a
    stage raises."""
    import gc

    from claimx import api

    doc = nlp("The mayor said the bridge would reopen in May.")
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        result = api.extract_doc(doc)
        assert gc.isenabled() is enabled
        assert result.quotes  # the stages ran
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(api, "_stages", lambda *a: 1 / 0)
            with pytest.raises(ZeroDivisionError):
                api.extract_doc(doc)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_token_range_is_what_char_span_expands_to(nlp) -> None:
    """Every stage maps character spans to tokens with it: it must agree with spaCy's
    `char_span(..., alignment_mode="expand")` on every pair of offsets, inside words, in
    whitespace, at both ends and out of range."""
    from claimx.rules.docview import token_range

    for text in (
        "  Two spaces lead.  And two  inside. ",
        "One word",
        "x",
        "A quote: “Yes.”\n\nNext.",
    ):
        doc = nlp(text)
        for a in range(-1, len(text) + 2):
            for b in range(a, len(text) + 2):
                span = doc.char_span(a, b, alignment_mode="expand")
                assert token_range(doc, a, b) == (None if span is None else (span.start, span.end))


@pytest.mark.parametrize("text", TEXTS[:4])
def test_children_of_are_the_tokens_children_in_and_out_of_an_extraction(nlp, text: str) -> None:
    doc = nlp(text)
    expected = [[c.i for c in tok.children] for tok in doc]
    assert [[c.i for c in children_of(tok)] for tok in doc] == expected
    share_text(doc, text)
    try:
        assert [[c.i for c in children_of(tok)] for tok in doc] == expected
        assert [[c.i for c in children_of(tok)] for tok in doc] == expected  # kept lists
    finally:
        unshare_text(doc)


def test_each_document_gets_its_own_columns_while_two_are_shared(nlp) -> None:
    first, second = nlp(TEXTS[0]), nlp(TEXTS[1])
    share_text(first, TEXTS[0])
    share_text(second, TEXTS[1])
    try:
        for _ in range(2):  # alternating: the kept one must never answer for the other
            assert words_of(first).text == [t.text for t in first]
            assert words_of(second).text == [t.text for t in second]
            assert [c.i for c in children_of(first[1])] == [c.i for c in first[1].children]
    finally:
        unshare_text(first)
        unshare_text(second)
    assert words_of(second) is not words_of(second)  # nothing kept once the extraction is over


def test_interned_keeps_every_serial_as_its_table_grows(nlp) -> None:
    import numpy

    strings = nlp.vocab.strings
    words = [f"growth{k}" for k in range(3000)]  # several doublings of the hash table
    ids = numpy.array([strings.add(w) for w in words], dtype=numpy.uint64)
    table = interned()
    first = table.serials(ids[:1000], strings)
    second = table.serials(ids[::-1], strings)
    assert table.names[second].tolist() == words[::-1]
    assert second[::-1][:1000].tolist() == first.tolist()  # met before: the same serial
    assert len(set(second.tolist())) == len(words)


def test_root_at_is_the_spans_root_on_every_range(nlp) -> None:
    """The stages take a mention's head word from the columns: it must be the word spaCy's
    `Span.root` gives for every range, across sentences, punctuation and spaces included."""
    for text in (*TEXTS[:3], "Well , the mayor  -- who \n resigned -- said : no ."):
        doc = nlp(text)
        words = words_of(doc)
        for a in range(len(doc)):
            for b in range(a + 1, len(doc) + 1):
                assert root_at(words, a, b) == doc[a:b].root.i, (text, a, b)


def test_a_noun_chunks_head_is_its_root(nlp, seed_text) -> None:
    """`noun_chunks` keys each phrase by its head, and the walk's pre-filter (`actors.visits`)
    reads that head while `_description` reads the phrase's `root_at`: the two must be one
    word, on every phrase of the actor examples and the seed."""
    from tests.helpers import construction_examples

    checked = 0
    for text in [*TEXTS, *construction_examples("actors"), seed_text]:
        doc = nlp(text)
        words = words_of(doc)
        for head, (start, end) in noun_chunks(doc, words).items():
            assert root_at(words, start, end) == head, (text, doc[start:end].text)
            checked += 1
    assert checked > 500
