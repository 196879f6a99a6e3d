"""The fast rule components must annotate exactly as spaCy's stock ones do."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from claimx.nlp.fastrules import FastAttributeRuler, FastLemmatizer, Unsupported, install
from claimx.nlp.pipeline import UNUSED, model_name

ATTRS = [POS, MORPH, LEMMA, TAG, DEP]

# Invented sentences that exercise the model's special rules: contractions, colloquial
# two-token words, expletive "there", spaces and line breaks, possessives, numbers, quotes.
TEXTS = [
    "I ain't gonna lie: we gotta win, so let's go.",
    "Y'all haven't seen nothin' yet, c'mon!",
    "There are three reasons, and there's one more.",
    "The minister's aides said   she was \u201cnot amused\u201d by the 2.5% rise.\n\nHe left.",
    "They'd rather not; we'll see. It's hers, not theirs — isn't it?",
    "Workers were striking on Monday, the union's leaders told reporters.",
    "",
    "   \n\t ",
]


@pytest.fixture(scope="module")
def stock():
    name = model_name()
    if name is None:
        pytest.skip("no spaCy pipeline installed")
    return spacy.load(name, exclude=list(UNUSED))


def _arrays(nlp, text):
    return nlp(text).to_array(ATTRS).tolist()


@pytest.mark.parametrize("text", TEXTS)
def test_same_annotations_as_stock_components(nlp, stock, text):
    assert _arrays(nlp, text) == _arrays(stock, text)


def test_claimx_pipeline_uses_the_fast_components(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert "senter" not in nlp.pipe_names


# A model-free ruler: each rule kind (literal, IN, REGEX, two tokens, negative index, later rule
# wins), checked against spaCy's own AttributeRuler on the same rules.
RULES = [
    {"patterns": [[{"LOWER": "colour"}]], "attrs": {"LEMMA": "color"}},
    {"patterns": [[{"LOWER": {"IN": ["cat", "cats"]}}]], "attrs": {"LEMMA": "cat", "POS": "NOUN"}},
    {"patterns": [[{"LOWER": {"REGEX": "^re.+ed$"}}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]], "attrs": {"LEMMA": "NY"}, "index": -1},
    {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT"}},
    {"patterns": [[{"ORTH": "Cats"}]], "attrs": {"LEMMA": "Cat"}},
    {"patterns": [[{"IS_SPACE": False, "LOWER": {"NOT_IN": ["a", "the"]}}]], "attrs": {}},
]
RULE_TEXTS = [
    "The colour of cats in New York.",
    "Cats returned, then reopened; cats renamed it.",
    "new york new york",
    "nothing matches here",
]


def _blank_with(rules, fast):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(rules)
    if fast:
        assert install(nlp) == ["attribute_ruler"]
    return nlp


@pytest.mark.parametrize("text", RULE_TEXTS)
def test_rule_kinds_match_spacy(text):
    slow, fast = _blank_with(RULES, False), _blank_with(RULES, True)
    got = fast(text).to_array([POS, LEMMA]).tolist()
    assert got == slow(text).to_array([POS, LEMMA]).tolist()


def test_rules_it_cannot_reproduce_keep_the_stock_component():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert install(nlp) == []
    with pytest.raises(Unsupported):
        FastAttributeRuler(ruler)


def test_stock_rules_can_be_forced(monkeypatch):
    monkeypatch.setenv("CLAIMX_STOCK_RULES", "1")
    assert install(_blank_with(RULES[:1], False)) == []
