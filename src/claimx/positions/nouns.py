"""Stance nouns: "X's opposition to Y", "an advocate for Y", "voiced support for Y", "despite the
objections of X", and the designation nouns ("the answer is not Y", "made Y a priority")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimx.positions import constructions as C
from claimx.positions.found import Found, own_phrase
from claimx.positions.lexicon import Lexicon, lexicon
from claimx.positions.syntax import (
    FIRST_PERSON,
    OBJECTS,
    RELATIVES,
    antecedent,
    children,
    copula_subject,
    first,
    is_be,
    is_infinitive,
    np_span,
    possessor,
    subject_of,
    subtree,
    without_subject,
)
from claimx.rules import patterns
from claimx.rules.docview import children_of
from claimx.schema import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token


def noun_holders(noun: Token, lex: Lexicon) -> tuple[list[Token], Token | None, str]:
    """The holder of a stance noun, for "X received support" the target X, and the rule."""
    if "agent" in lex.nouns[noun.lemma_.lower()][1]:
        return _agent_noun_holders(noun), None, C.AGENT_NOUN
    if "stressed" in lex.nouns[noun.lemma_.lower()][1]:
        return _stressed(noun, lex), None, C.NOUN_LIGHT_VERB
    rally = rallied(noun)
    if rally is not None:  # "came to the defence of X": whoever came
        return subject_of(rally), None, C.DEFENCE
    poss = possessor(noun)
    if poss is not None:
        return [poss], None, C.STANCE_NOUN
    mods = [
        c
        for c in children_of(noun)
        if c.dep_ in ("compound", "amod", "nmod")
        and c.i < noun.i
        and (c.ent_type_ or c.pos_ == "PROPN")
    ]
    if mods:
        return mods, None, C.STANCE_NOUN
    head = noun.head
    if noun.dep_ in OBJECTS and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lex.role(lemma, "light"):
            return subject_of(head), None, C.NOUN_LIGHT_VERB
        if lex.role(lemma, "receive"):  # "support from X", "has the backing of X"
            preps = [p for p in [*children_of(noun), *children_of(head)] if p.dep_ == "prep"]
            givers = [o for p in preps if p.lower_ in ("from", "of") for o in children(p, "pobj")]
            subj = first(head, "nsubj", "nsubjpass")
            return [h for g in givers for h in (g, *g.conjuncts)], subj, C.NOUN_RECEIVED
    comps = lex.nouns[noun.lemma_.lower()][1]
    # "voted in favour of Y", "against X and in favour of Y": tree patterns (a noun with a
    # prepositional target; "left in order to catch the train" is none)
    prepositional = bool(comps - {"inf", "clause"})
    found = prepositional and (
        patterns.find("in-favour-of", noun.doc, noun.i)
        or patterns.find("in-favour-of-coordinated", noun.doc, noun.i)
    )
    if found:
        return subject_of(noun.doc[found[0]["verb"]]), None, C.IN_FAVOUR
    if comps <= {"inf"}:
        return [], None, C.STANCE_NOUN  # a goal, an aim: "a goal from Kane" is no one's stance
    # "the rejection of the treaty by Norway": the parse may hang "by" on the complement
    by_late = [
        b
        for p in children(noun, "prep")
        if p.lower_ in comps
        for o in children(p, "pobj")
        for b in children(o, "prep")
        if b.lower_ == "by"
    ]
    agents = [
        o
        for p in [*children(noun, "prep"), *by_late]
        if p.lower_ in ("from", "by") or (p.lower_ == "of" and "of" not in comps)
        for o in children(p, "pobj")
        if o.pos_ == "PROPN" or o.ent_type_ in ACTOR_ENTS
    ]
    if agents:
        return [h for a in agents for h in (a, *a.conjuncts)], None, C.NOUN_AGENT_PHRASE
    return [], None, C.STANCE_NOUN


#: entity types that can hold a stance
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _clause_target(noun: Token, lex: Lexicon) -> Token | None:
    """What the clause a concessive phrase ("despite the opposition of X", role `concessive` in
    stance_operators.tsv) hangs on does: its object or complement, else its subject ("the bill
    passed despite ...")."""
    prep = noun.head
    if noun.dep_ != "pobj" or not lex.role(prep.lower_, "concessive") or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    return first(verb, "dobj", "xcomp", "ccomp") or first(verb, "nsubjpass", "nsubj")


def _stressed(noun: Token, lex: Lexicon) -> list[Token]:
    """A noun of necessity is advocacy only as the object of a verb of stressing or a light verb
    ("stressed the need for X", "expressed the need for X", "saw no need for X"); "her need for
    rest" is none."""
    verb = noun.head
    if noun.dep_ not in OBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return []
    lemma = verb.lemma_.lower()
    denied = lemma == "see" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    if lex.role(lemma, "stress") or lex.role(lemma, "light") or denied:
        return subject_of(verb)  # "saw no need for a second airport": against it
    return []


def _agent_noun_holders(noun: Token) -> list[Token]:
    """ "X is an advocate for Y", "X was one of the first opponents of Y", "X, a critic of Y"."""
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "attr":
        node = node.head.head  # "one of the opponents"
    if node.dep_ == "attr":
        subj = copula_subject(node)
        return [subj, *subj.conjuncts] if subj is not None else []
    if node.dep_ == "appos":
        return [node.head]
    return []


def rallied(noun: Token) -> Token | None:
    """The verb of "came to the defence of X" / "rushed to the defence of X", if any."""
    lex = lexicon()
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or not lex.role(noun.lemma_.lower(), "defence"):
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and lex.role(verb.lemma_.lower(), "rally") else None


def defended(noun: Token) -> Iterator[Found]:
    """ "In X's defence, ...", said by a holder: the speaker defends X."""
    if not lexicon().role(noun.lemma_.lower(), "defence") or noun.dep_ != "pobj":
        return
    poss = possessor(noun)
    if noun.head.lower_ != "in" or poss is None or poss.lower_ in FIRST_PERSON:
        return
    if any(c.dep_ == "prep" for c in children_of(noun)):
        return  # "in her defence of the plan": her own stance, a stance noun
    cue = (noun.i, noun.i + 1)
    rng = (poss.left_edge.i, poss.i + 1)  # without the possessive 's
    yield Found([], "support", rng, poss, cue, said=True, rule=C.DEFENCE)


def noun_cue(noun: Token, lex: Lexicon) -> Iterator[Found]:
    said = list(defended(noun))
    if said:
        yield from said
        return
    stance, comps = lex.nouns[noun.lemma_.lower()]
    if "stressed" in comps and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        stance = "oppose" if stance == "support" else "support"  # "saw no need for X"
    holders, target, rule = noun_holders(noun, lex)
    if not holders:
        return
    cue = (noun.i, noun.i + 1)
    if target is not None:
        yield Found(holders, stance, np_span(target), antecedent(target), cue, rule=rule)
        return
    after = [c for c in children_of(noun.head) if c.i > noun.i] if noun.dep_ in OBJECTS else []
    for c in [*children_of(noun), *after]:
        if c.dep_ in ("prep", "dative") and c.lower_ in comps:
            for obj in children(c, "pobj", "pcomp"):
                for each in (obj, *obj.conjuncts):  # "an advocate for A and B"
                    a, b = own_phrase(each)
                    held = {h.i for h in holders}  # "the rejection of X by Y": X, not "X by Y"
                    by = [p.i for p in children(each, "prep") if held & {o.i for o in p.children}]
                    yield Found(holders, stance, (a, min([b, *by])), each, cue, rule=rule)
                return
        if c.dep_ in ("acl", "relcl", "ccomp", "advcl"):
            if "inf" in comps and is_infinitive(c):
                yield Found(holders, stance, subtree(c), c, cue, rule=rule)
                return
            if "clause" in comps and (first(c, "mark") is not None or c.left_edge.lower_ == "that"):
                yield Found(holders, stance, subtree(c), c, cue, rule=rule)
                return
    if rule == C.NOUN_AGENT_PHRASE and comps - {"inf", "clause"}:
        # "passed despite the opposition of X": the clause; "acted on orders from X" names no
        # target (an order's target is its clause or infinitive)
        done = _clause_target(noun, lex)
        if done is not None and done.lower_ not in RELATIVES:
            yield Found(holders, stance, np_span(done), done, cue, rule=rule)


def designation_cue(noun: Token, lex: Lexicon) -> Iterator[Found]:
    """ "The answer is (not) X", "X is the solution", "made X one of her priorities": the noun
    names the course its holder favours; the holder is its possessor, the subject of "make", or
    whoever says the clause."""
    cue = (noun.i, noun.i + 1)
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ == "one":
        node = node.head.head  # "one of her priorities"
    head = node.head
    target: Token | None = None
    holders: list[Token] = []
    said = False
    if node.dep_ in ("dobj", "oprd", "attr") and head.lemma_.lower() == "make":
        target = next((c for c in children_of(head) if c.dep_ in OBJECTS and c.i != node.i), None)
        target = target or first(node, "nsubj")  # "made cheaper housing a priority"
        holders = subject_of(head)
    elif node.dep_ in OBJECTS and head.pos_ == "NOUN" and head.head.lemma_.lower() == "make":
        target, holders = head, subject_of(head.head)  # the parse hangs "one" on the target
        rng = (head.left_edge.i, head.i + 1)
        if holders:
            yield Found(holders, "support", rng, head, cue, rule=C.DESIGNATION)
        return
    elif is_be(head) and node.dep_ in ("nsubj", "attr"):
        if any(c.dep_ == "aux" and lex.role(c.lower_, "modal") for c in children_of(head)):
            return  # "the answer might be X": open
        if node.dep_ == "nsubj":
            # "the answer is more homes", "... is to build more homes", "my hope is that the
            # mine reopens" ("the answer is that ..." is a reply, not a course)
            target = first(head, "attr") or next(
                (
                    c
                    for c in children(head, "xcomp", "ccomp")
                    if is_infinitive(c)
                    or lex.role(noun.lemma_.lower(), "wish")
                    and any(m.lower_ == "that" for m in children(c, "mark"))
                ),
                None,
            )
        else:
            target = first(head, "nsubj")
        owner = possessor(noun)
        holders = [owner] if owner is not None else []
        said = owner is None
    if target is None or target.lower_ in RELATIVES | {"it", "this", "that", "what"}:
        return
    if target.pos_ not in ("NOUN", "PROPN", "VERB", "AUX"):
        return  # "the answer is yes", "the answer is 42": a reply, not a course of action
    if not holders and not said:
        return
    stance: Stance = "oppose" if is_be(head) and first(head, "neg") is not None else "support"
    rule = C.DESIGNATION
    wish = lex.role(noun.lemma_.lower(), "wish")
    if wish:
        rule = C.WISH_NOUN
    if is_infinitive(target):
        if wish:
            return  # "my hope is to win": one's own course
        yield Found(holders, stance, without_subject(target), target, cue, said=said, rule=rule)
        return
    if target.dep_ == "ccomp":  # a clause: from its subject, without "that"
        start = min(
            (c.left_edge.i for c in children_of(target) if c.dep_ != "mark"), default=target.i
        )
        rng = (min(start, target.i), subtree(target)[1])
        yield Found(holders, stance, rng, target, cue, said=said, rule=rule)
        return
    for each in (target, *target.conjuncts):  # "not more hurdles and threats": two targets
        rng = own_phrase(each) if target.conjuncts else np_span(each)
        yield Found(holders, stance, rng, each, cue, said=said, rule=rule)


def authors(text: Token, lex: Lexicon) -> list[Token]:
    """Who a text speaks for: its possessor ("his decrees"), a named modifier ("a UN
    resolution"), a from/by phrase ("a statement from the ministry"), or the subject of the verb
    that issues it ("the council passed a resolution", "X issued a statement")."""
    owner = possessor(text)
    if owner is not None:
        return [owner]
    named = [
        c
        for c in children_of(text)
        if c.dep_ in ("compound", "nmod", "amod") and c.i < text.i and c.pos_ == "PROPN"
    ]
    if named:
        return named
    by = [
        o for p in children(text, "prep") if p.lower_ in ("from", "by") for o in children(p, "pobj")
    ]
    if by:
        return [h for o in by for h in (o, *o.conjuncts)]
    verb = text.head
    while text.dep_ == "conj" and verb.dep_ in OBJECTS:  # "issued a letter and a statement ..."
        text, verb = verb, verb.head
    if text.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ in OBJECTS:
        text, verb = verb.head, verb.head.head  # "ran a series of editorials urging X"
    if text.dep_ in OBJECTS and (
        lex.role(verb.lemma_.lower(), "publish") or lex.role(verb.lemma_.lower(), "light")
    ):
        return subject_of(verb)
    return []


def fault_cue(noun: Token) -> Iterator[Found]:
    """ "The problem with X is ...", "that's the trouble with X": said by a holder, against X."""
    head = noun.head
    if not (is_be(head) and noun.dep_ in ("nsubj", "attr")):
        return
    if any(c.dep_ == "neg" for c in children_of(head)):
        return  # "that is not the problem with X"
    for prep in children(noun, "prep"):
        if prep.lower_ == "with":
            for obj in children(prep, "pobj"):
                cue = (noun.i, noun.i + 1)
                yield Found([], "oppose", np_span(obj), obj, cue, said=True, rule=C.PROBLEM_WITH)
                return
