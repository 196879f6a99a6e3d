"""The quotes stage reads some of the parse's tree patterns for a whole document at once (one
pass over the words instead of the matcher run per cue verb). That must only save work: each
token's answer is the pattern's own first match anchored there.
"""

from __future__ import annotations

from claimx.quotes import base
from claimx.rules import patterns
from tests.helpers import construction_examples

# the quote constructions' own examples (every speaker and passive reading) and the seed
TEXTS = construction_examples("quotes")


def test_subject_is_the_pattern_s_first_match(nlp, seed_text):
    assert len(TEXTS) >= 40
    checked = 0
    for doc in nlp.pipe([*TEXTS, seed_text]):
        for tok in doc:
            expected = patterns.first("subject", doc, tok.i, "subject")
            found = base._subject(tok)
            assert (found.i if found is not None else None) == expected, (tok.text, doc.text)
            checked += expected is not None
    assert checked >= 100  # most verbs have a subject: the comparison is not empty
