"""Stances said without a holder in the clause: imperatives ("Close the mine!", "Don't raise the
fees"), whose speaker asks for the action (or against it), and verbless evaluations ("“A
disgrace,” she said of the ruling", "“Brilliant work by the crew”"), and verdicts of not
understanding ("they don't understand the schools")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimx.positions import constructions as C
from claimx.positions.found import Found
from claimx.positions.lexicon import Lexicon, reporting_verbs
from claimx.positions.syntax import (
    FIRST_PERSON,
    OBJECTS,
    RELATIVES,
    children,
    first,
    np_span,
    subtree,
)
from claimx.rules.docview import children_of, text_of, tokens_of, words_of
from claimx.schema import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

#: words that may stand before an imperative in its clause ("Please close it", "So just do it")
LEAD_DEPS = frozenset({"punct", "intj", "cc", "advmod", "neg", "aux", "discourse"})
#: what an imperative acts on: an object, a clause, a particle ("switch off the lights")
ACTS_ON = frozenset({*OBJECTS, "ccomp", "xcomp", "dative", "prt"})


def imperative_cue(verb: Token, lex: Lexicon) -> Iterator[Found]:
    """ "Close the mine", "Don't raise the fees", "“Stop the war,” she said": the speaker supports
    (a negated imperative: opposes) the action. A way of speaking ("Look, ...", "Let me say",
    "Imagine ...", role `discourse`) takes no side; so does an action on nothing ("Go home")."""
    if not is_imperative(verb):
        return
    lemma = verb.lemma_.lower()
    if lex.role(lemma, "discourse") or lemma in reporting_verbs():
        return
    if not any(c.dep_ in ACTS_ON for c in children_of(verb)):
        return
    start, end = verb.i, subtree(verb)[1]
    for c in children_of(verb):  # the action ends where a reported clause or a new sentence begins
        if c.i > verb.i and (c.dep_ in ("punct", "cc") and c.text not in ("-", "'")):
            end = min(end, c.i)
    cue = (verb.i, verb.i + 1)
    inner = next((c for c in children_of(verb) if c.dep_ in ("dobj", "xcomp")), None)
    if lex.role(lemma, "flip") and inner is not None:  # "Stop the war": against the war
        a, b = subtree(inner)
        yield Found([], "oppose", (a, min(b, end)), inner, cue, said=True, rule=C.IMPERATIVE)
        return
    yield Found([], "support", (start, end), verb, cue, said=True, rule=C.IMPERATIVE)


def is_imperative(verb: Token) -> bool:
    """A base-form verb with no subject and no auxiliary but "do" ("Don't ..."), first in its
    clause but for a polite or linking word; heading the sentence, or a quotation a speech verb
    reports ("“Stop the war,” she said"). Read from the word columns: most base-form verbs asked
    are none, and the words before one need no `Token` each."""
    doc, i = verb.doc, verb.i
    words = words_of(doc)
    tag, dep, lemma, head = words.tag, words.dep, words.lemma, words.head
    if tag[i] != "VB":
        return False
    if dep[i] == "ccomp":
        if head[i] < i or lemma[head[i]].lower() not in reporting_verbs():
            return False
    elif dep[i] != "ROOT":
        return False
    tokens = tokens_of(doc)
    for c in words.children(i):
        if dep[c] in ("nsubj", "nsubjpass", "expl", "csubj", "mark") and not turn_label(tokens[c]):
            return False
        if dep[c] in ("aux", "auxpass") and lemma[c].lower() != "do":
            return False
    start = words.sentence(i)[0]
    punct, space = words.punct, words.space
    return all(
        punct[t] or space[t] or dep[t] in LEAD_DEPS and head[t] == i or turn_label(tokens[t])
        for t in range(start, i)
    )


def turn_label(tok: Token) -> bool:
    """The speaker label of a transcript turn, "A:" or "DALE:" opening a line, which the parse
    may take for a subject ("A: Protect the fishermen.")."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ":" or not tok.text[:1].isupper():
        return False
    text = text_of(doc)
    start = tok.idx
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] == "\n"


#: dependents that make a clause of a noun or adjective: it is predicated, not a verbless fragment
CLAUSAL = frozenset({"nsubj", "nsubjpass", "csubj", "cop", "aux", "auxpass", "expl"})


def verbless_cue(word: Token, stance: Stance) -> Iterator[Found]:
    """A strongly polar word heading a verbless quoted fragment, or modifying its head noun: the
    speaker's evaluation of what the speech verb's of-phrase names ("“A disgrace,” she said of
    the ruling") or of the fragment's noun ("“Brilliant work by the crew,” he said")."""
    head = word.head if word.dep_ == "amod" else word
    if head.pos_ not in ("NOUN", "PROPN", "ADJ") or any(
        c.dep_ in CLAUSAL for c in children_of(head)
    ):
        return
    speech: Token | None = None
    if head.dep_ in ("dep", "ccomp"):
        speech = head.head
        if speech.i < head.i or speech.lemma_.lower() not in reporting_verbs():
            return
    elif head.dep_ != "ROOT":
        return
    cue = (word.i, word.i + 1)
    about = [
        o
        for p in (children(speech, "prep") if speech is not None else ())
        if p.lower_ in ("of", "about")
        for o in children(p, "pobj")
    ]
    if about:
        yield Found([], stance, subtree(about[0]), about[0], cue, said=True, rule=C.VERBLESS)
    elif word.i != head.i:
        end = subtree(head)[1]
        yield Found([], stance, (head.i, end), head, cue, said=True, rule=C.VERBLESS)


def hoped_cue(adverb: Token) -> Iterator[Found]:
    """ "Hopefully the council will reopen the school", said by a holder: the speaker wishes for
    the clause (against it when negated). One's own course ("hopefully we'll win") is no stance
    on anything else: skipped."""
    verb = adverb.head
    subj = first(verb, "nsubj", "nsubjpass", "expl")
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or subj is None:
        return
    if subj.lower_ in FIRST_PERSON:
        return
    start = subj.left_edge.i  # the clause from its subject: not "that", "but" or the adverb
    if start <= adverb.i:
        return  # "the club hopefully will ...": the adverb inside the clause, kept simple
    end = subtree(verb)[1]
    while end > start and verb.doc[end - 1].is_punct:
        end -= 1
    neg = first(verb, "neg")
    stance: Stance = "support" if neg is None else "oppose"
    if neg is not None:
        start = neg.i + 1  # "hopefully it won't close the school": against closing it
    cue = (adverb.i, adverb.i + 1)
    yield Found([], stance, (start, end), verb, cue, said=True, rule=C.HOPED)


def grasp_cue(verb: Token) -> Iterator[Found]:
    """ "They don't understand what the schools do", "the ministry never grasped the problem",
    said by a holder: denying that someone understands is a verdict on them (the negation, read
    on the verb as usual, turns this "support" into criticism). Only a negated verb of grasping
    with a third-person subject counts: "they understand the risks" and "I don't understand" take
    no side."""
    if not any(c.dep_ == "neg" or c.lower_ == "never" for c in children_of(verb)):
        return
    subj = first(verb, "nsubj", "csubj")
    if subj is None or subj.lower_ in FIRST_PERSON | RELATIVES | {"you"}:
        return
    rng = subtree(subj) if subj.dep_ == "csubj" else np_span(subj)
    cue = (verb.i, verb.i + 1)
    yield Found([], "support", rng, subj, cue, said=True, rule=C.FAILS_TO_GRASP)
