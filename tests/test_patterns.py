"""Tree patterns kept as data (models/constructions/tree_patterns.jsonl): each is a real spaCy
DependencyMatcher pattern, claimx's anchored matcher finds what spaCy's finds, and every pattern
serves a registered construction. A user who edits the file relies on all three."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from claimx.rules.lexicon import quote_words
from claimx.rules.patterns import _check, find, first, tree_patterns
from claimx.rules.registry import all_constructions

VOCAB = spacy.blank("en").vocab  # English lexical attributes (LOWER) for hand-built parses
EXAMPLES = [
    (name, k) for name, entry in sorted(tree_patterns().items()) for k in range(len(entry.examples))
]


def _spacy_matches(nlp, name: str, doc: Doc, anchor: int) -> list[dict[str, int]]:
    entry = tree_patterns()[name]
    matcher = DependencyMatcher(nlp.vocab)
    matcher.add(name, [list(entry.pattern)])
    out = []
    for _id, ids in matcher(doc):
        if ids[0] == anchor:
            out.append(dict(zip(entry.nodes, ids, strict=True)))
    return sorted(out, key=lambda m: [m[n] for n in entry.nodes])


@pytest.mark.parametrize(("name", "k"), EXAMPLES)
def test_example_matches_as_written_and_as_spacy_matches(nlp, name: str, k: int) -> None:
    example = tree_patterns()[name].examples[k]
    if "text" in example:
        doc = nlp(example["text"])
    else:  # a parse given by hand: the shape, whatever the parser does with the sentence
        doc = Doc(nlp.vocab, words=example["words"], heads=example["heads"], deps=example["deps"])
    anchor = next(t.i for t in doc if t.text == example["anchor"])
    ours = find(name, doc, anchor)
    assert ours, f"{name} does not match its example {doc.text!r}"
    assert {node: doc[i].text for node, i in ours[0].items() if node in example["expect"]} == (
        example["expect"]
    )
    assert ours == _spacy_matches(nlp, name, doc, anchor)


def test_every_pattern_has_examples_from_two_sentences_and_serves_a_construction() -> None:
    used = {p for c in all_constructions() for p in c.patterns}
    for name, entry in tree_patterns().items():
        assert len({e.get("text") or " ".join(e["words"]) for e in entry.examples}) >= 2, name
        assert name in used, f"pattern {name} is used by no construction"
    assert used <= set(tree_patterns()), "a construction names a pattern the file lacks"


def test_passive_agent_on_a_hand_built_parse() -> None:
    # "the plan was praised by the mayor": spaCy's parse or not, the shape decides
    words = ["the", "plan", "was", "praised", "by", "the", "mayor"]
    doc = Doc(
        VOCAB,
        words=words,
        heads=[1, 3, 3, 3, 3, 6, 4],
        deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj"],
    )
    assert first("passive-agent", doc, 3, "agent") == 6
    assert find("passive-agent", doc, 1) == []  # anchored: only from the verb
    # a by-phrase that is not an agent ("stood by the river") gives nothing
    doc2 = Doc(
        VOCAB,
        words=["she", "stood", "by", "the", "river"],
        heads=[1, 1, 1, 4, 2],
        deps=["nsubj", "ROOT", "prep", "det", "pobj"],
    )
    assert first("passive-agent", doc2, 1, "agent") is None


def test_in_favour_of_needs_a_verb_above_in() -> None:
    doc = Doc(
        VOCAB,
        words=["they", "voted", "in", "favour", "of", "it"],
        heads=[1, 1, 1, 2, 3, 4],
        deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
        pos=["PRON", "VERB", "ADP", "NOUN", "ADP", "PRON"],
    )
    assert find("in-favour-of", doc, 3) == [{"noun": 3, "in": 2, "verb": 1}]
    # the same words under a noun ("a vote in favour"): no verb, no match
    doc2 = Doc(
        VOCAB,
        words=["a", "vote", "in", "favour"],
        heads=[1, 1, 1, 2],
        deps=["det", "ROOT", "prep", "pobj"],
        pos=["DET", "NOUN", "ADP", "NOUN"],
    )
    assert find("in-favour-of", doc2, 3) == []


def test_word_list_references_are_expanded_from_models() -> None:
    prep = tree_patterns()["noun-topic"].pattern[1]
    assert set(prep["RIGHT_ATTRS"]["LOWER"]["IN"]) == set(quote_words("noun-topic-preps"))


@pytest.mark.parametrize(
    "pattern",
    [
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}}, {"LEFT_ID": "a", "REL_OP": "$++", "RIGHT_ID": "b"}],
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {}}, {"LEFT_ID": "z", "REL_OP": ">", "RIGHT_ID": "b"}],
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"ENT_TYPE": "PERSON"}}],
        [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": {"REGEX": "^x"}}}],
    ],
)
def test_a_pattern_this_matcher_cannot_run_is_refused_when_loaded(pattern) -> None:
    with pytest.raises(ValueError):
        _check("bad", pattern)


def test_child_relations_reads_only_a_one_child_pattern():
    """A stage may match such a pattern for every anchor at once (quotes' subject column): the
    relations are read from the pattern, and a pattern that says more gives None."""
    from claimx.rules.patterns import child_relations

    assert child_relations("subject") == frozenset({"nsubj", "nsubjpass"})
    assert child_relations("passive-agent") is None  # more nodes than one child
    assert child_relations("possessor") is None
