"""Stance cues: for each candidate token, the constructions that read a holder, a stance and a
target off the tree around it (verbs, nouns, adjectives, deontic wording)."""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from claimx.positions import constructions as C
from claimx.positions.found import Found, own_phrase
from claimx.positions.lexicon import (
    Lexicon,
    denied_praise,
    evaluative,
    mild_polarity,
    reporting_verbs,
    verb_lemma,
)
from claimx.positions.moods import imperative_cue, verbless_cue
from claimx.positions.nouns import designation_cue, noun_cue
from claimx.positions.syntax import (
    ADDRESSEE,
    FIRST_PERSON,
    OBJECTS,
    RELATIVES,
    agent_of,
    antecedent,
    children,
    copula_subject,
    extraposed,
    first,
    head_part,
    is_be,
    is_infinitive,
    np_span,
    polarity,
    subject_of,
    subtree,
    without_subject,
)
from claimx.schema import Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

LOG = logging.getLogger(__name__)


Target = tuple["Token", tuple[int, int], "Stance | None"]


def verb_targets(cue: Token, frames: frozenset[str]) -> Iterator[Target]:
    """The verb's target phrase(s) by frame, most specific first, each with the stance its frame
    gives when that differs from the verb's ("stand for" / "stand against": p:against=oppose)."""
    has_object = first(cue, *OBJECTS) is not None
    addressed = _addressee_phrase(cue)
    for c in cue.children:
        # "pleaded with X to go": the parse may hang the infinitive on the verb as an advcl
        loose = c.dep_ == "advcl" and "objinf" in frames and addressed
        if c.dep_ not in ("xcomp", "ccomp") and not loose or not is_infinitive(c):
            continue
        # "urged the unions to return" (object, or the parse's clause subject) / "refused to sign"
        # / "wants to reopen the mine"
        addressee = has_object or first(c, "nsubj") is not None or addressed
        if c.i > cue.i and any(t.is_quote for t in cue.doc[cue.i + 1 : c.left_edge.i + 1]):
            continue  # 'told the press, “to show that ...”': the quotation, not a request
        own_act = frames & {"inf", "desire"}
        if ("objinf" in frames and addressee) or (own_act and not has_object):
            inner = c.lemma_.lower()
            speaking = inner in reporting_verbs() | {"comment"}
            if (
                own_act
                and not addressee
                and speaking
                and not ("desire" in frames and inner == "see")
            ):
                return  # "declined to comment", "I want to say": a way of speaking takes no
                # side ("would like to see X" wishes for X)
            if "desire" in frames and not addressee and not _acts_on(c):
                return  # "wants to travel to Paris", "hopes to win": one's own course, no target
            # "to stop X and start Y": two actions; "to respect and execute X" (one shared
            # object) is one
            own_object = any(d.dep_ in ("dobj", "xcomp", "ccomp", "prep") for d in c.children)
            start, end = without_subject(c)
            if own_object and any(conj.pos_ == "VERB" for conj in c.conjuncts):
                end = min([end, *(d.i for d in c.children if d.dep_ == "cc" and d.i > c.i)])
            yield c, (start, end), None
            for conj in c.conjuncts if own_object else ():
                if conj.pos_ == "VERB":
                    yield conj, subtree(conj), None
            if "objinf" in frames and addressee:
                for conj in stray_actions(cue, c):
                    yield conj, subtree(conj), None
            return
    for c in cue.rights:  # a complement clause follows its verb (not "X, we tried, so we ...")
        if c.dep_ == "ccomp" and "clause" in frames and not is_infinitive(c):
            yield c, subtree(c), None
            return
    for frame in sorted(frames):
        if not frame.startswith("p:"):
            continue
        word, _, given = frame[2:].partition("=")
        own: Stance | None = "oppose" if given == "oppose" else "support" if given else None
        for c in cue.children:
            if c.lower_ != word:
                continue
            if c.dep_ == "prt":
                obj = first(cue, *OBJECTS)
                if obj is not None:
                    yield obj, np_span(obj), own
                    return
            elif c.dep_ in ("prep", "dative", "agent"):
                for obj in children(c, "pobj", "pcomp"):
                    yield obj, own_phrase(obj), own
                    for conj in obj.conjuncts:
                        yield conj, own_phrase(conj), own
                    return
        for c in children(cue, "advcl"):
            # "called for the law to be scrapped": a for-to clause, kept with its subject
            mark = first(c, "mark")
            if mark is not None and mark.lower_ == word and c.i > cue.i and is_infinitive(c):
                yield c, (mark.i + 1, subtree(c)[1]), own
                return
    if "obj" not in frames:
        return
    obj = first(cue, *OBJECTS)
    if obj is not None and obj.lower_ not in FIRST_PERSON:
        # "backs A, B and C": three targets, the first without the others
        yield obj, own_phrase(obj) if obj.conjuncts else np_span(obj), None
        for conj in obj.conjuncts:
            yield conj, own_phrase(conj), None
        return
    passive = first(cue, "nsubjpass") or _shared_passive(cue)
    if passive is not None:
        yield passive, np_span(passive), None
        return
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        yield cue.head, head_part(cue.head), None
    elif cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN"):
        subj = first(cue, "nsubj")
        if subj is not None and subj.lower_ not in RELATIVES:
            yield cue.head, head_part(cue.head), None  # "the governor he admires": the antecedent


def verb_cue(cue: Token, lex: Lexicon) -> Iterator[Found]:
    stance, frames = lex.verbs[verb_lemma(cue.lemma_.lower(), cue.lower_, lex.verbs)]
    doc = cue.doc
    if "merit" in frames:
        yield from merit_cue(cue, lex)
        return
    if "stim" in frames:
        passive = first(cue, "nsubjpass") is not None or first(cue, "auxpass") is not None
        if passive or cue.dep_ == "acomp":  # "X was alarmed by Y", "X is alarmed by Y"
            subj = first(cue, "nsubjpass") or copula_subject(cue)
            holders = [subj] if subj is not None else []
            targets = [
                o
                for p in cue.children
                if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "at", "about", "with")
                for o in children(p, "pobj", "pcomp")
            ] + list(children(cue, "ccomp"))
        else:
            obj = first(cue, *OBJECTS)
            holders = [obj] if obj is not None else []
            targets = subject_of(cue)  # also "which ... but alarmed X": the antecedent
        rule = C.EMOTIONAL_REACTION if passive or cue.dep_ == "acomp" else C.PSYCH_VERB
        for t in targets[:1]:
            yield Found(holders, stance, np_span(t), antecedent(t), (cue.i, cue.i + 1), rule=rule)
        return
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.verbs:
        # "urged the unions to back the plan": the unions' backing is the urging's target
        outer = lex.verbs[cue.head.lemma_.lower()][1]
        if outer & {"objinf"} and first(cue.head, *OBJECTS) is not None:
            return
    if "negated" in frames and polarity(cue, lex) >= 0:
        return  # "accepted the award" is no stance; "will never accept the deal" is
    passive = cue.dep_ == "acl" and cue.tag_ == "VBN" or first(cue, "nsubjpass") is not None
    # "was welcomed by X and criticised by Y": the second passive shares the first one's subject
    shared = _shared_passive(cue)
    passive = passive or shared is not None
    holders = agent_of(cue) if passive else subject_of(cue)
    said = False
    if not holders and cue.dep_ in ("ROOT", "ccomp") and cue.tag_ in ("VBG", "VB"):
        said = True  # "Hoping that ...", "Reject this deal!": whoever says it
    elif not holders:
        return
    rule = ""
    for root, rng, own in verb_targets(cue, frames):
        conjuncts = root.conjuncts  # before a flip moves `root` to the inner verb
        strays = stray_actions(cue, root) if root.head.i == cue.i else []  # "... and update B"
        if (
            root.dep_ == "xcomp"
            and root.head.i == cue.i
            and root.lemma_.lower() in lex.verbs
            and not ("objinf" in frames and requested_of(cue, root))
        ):
            return  # "refused to back X", "wants to back X": the inner stance verb carries it
        if (
            "desire" in frames
            and lex.role(cue.lemma_.lower(), "desire_modal")
            and root.dep_ == "xcomp"
            and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in cue.children)
        ):
            return  # "likes to cook" is a habit; "would like to see X" wishes for it
        cue_end = cue.i + 1
        if (
            cue_end < len(doc)
            and doc[cue_end].dep_ == "prep"
            and f"p:{doc[cue_end].lower_}" in frames
        ):
            cue_end += 1
        found_stance = own or stance
        if not (root.dep_ == "conj" and root.pos_ == "VERB" and rule):
            rule = _verb_rule(cue, root, frames, passive)  # a coordinated action keeps its rule
        if root.dep_ in ("xcomp", "ccomp") and first(root, "neg") is not None:
            # "asked ministers not to close the border": against closing it
            found_stance = "oppose" if stance == "support" else "support"
            rng = (
                max(rng[0], max(c.i for c in root.children if c.dep_ in ("neg", "aux")) + 1),
                rng[1],
            )
        elif root.dep_ in ("xcomp", "ccomp") and lex.role(root.lemma_.lower(), "flip"):
            # "urged users to stop using X": against using X
            inner = first(root, "xcomp", "dobj")
            if inner is not None:
                found_stance = "oppose" if stance == "support" else "support"
                rng, root = subtree(inner), inner
        yield Found(
            holders, found_stance, rng, antecedent(root), (cue.i, cue_end), said=said, rule=rule
        )
        # one target per frame, plus coordinated ones
        if root.dep_ not in ("pobj", "pcomp", "dobj", "obj", "conj") and not (conjuncts or strays):
            break


def _shared_passive(cue: Token) -> Token | None:
    """The subject a coordinated passive with its own by-agent shares with the passive before it
    ("the reform was welcomed by X and criticised by Y")."""
    if cue.dep_ != "conj" or cue.tag_ != "VBN" or first(cue, "agent") is None:
        return None
    return first(cue.head, "nsubjpass")


def stray_actions(cue: Token, action: Token) -> list[Token]:
    """ "a campaign to persuade X to leave A and join B": the parse hangs the second requested
    action on the infinitive cue, not on the first action (a bare verb after it, no clause of its
    own)."""
    if cue.tag_ != "VB":
        return []
    return [
        c
        for c in children(cue, "conj")
        if c.tag_ == "VB"
        and c.i > action.i
        and not any(d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for d in c.children)
    ]


def _acts_on(verb: Token) -> bool:
    """An action done to something ("reopen the mine", "see more buses", "make sure that ..."),
    down a chain of infinitives ("to try to stop X"), not one's own course ("travel to Paris")."""
    for _ in range(MAX_CHAIN):
        if any(c.dep_ in ("dobj", "obj", "ccomp", "dative") for c in verb.children):
            return True
        nxt = first(verb, "xcomp")
        if nxt is None:
            return False
        verb = nxt
    return False


#: how many infinitives deep a wished action is looked for ("want to try to help X")
MAX_CHAIN = 3


def _addressee_phrase(cue: Token) -> bool:
    """ "called on X", "pleaded with X": a preposition after the verb naming whom it addresses
    (not a topic before it: "On NATO, I wanted to know ...")."""
    return any(
        p.dep_ in ("prep", "dative") and p.i > cue.i and p.lower_ in ADDRESSEE for p in cue.children
    )


def requested_of(cue: Token, inf: Token) -> bool:
    """A request made of someone ("urged the unions to return", "called on X to act"), not the
    holder's own action ("wants to return")."""
    return (
        first(cue, *OBJECTS) is not None
        or first(inf, "nsubj") is not None
        or _addressee_phrase(cue)
    )


def merit_cue(cue: Token, lex: Lexicon) -> Iterator[Found]:
    """ "X deserves our support" / "X deserves the blame", said by a holder: the evaluation of X,
    with the stance of what X deserves (a stance noun, else its polarity)."""
    obj = first(cue, *OBJECTS)
    subj = first(cue, "nsubj")
    if obj is None or subj is None or subj.lower_ in FIRST_PERSON | RELATIVES:
        return  # "we deserve better": the speaker's own claim
    lemma = obj.lemma_.lower()
    stance: Stance | None = lex.nouns[lemma][0] if lemma in lex.nouns else mild_polarity(lemma)
    if stance is not None:
        rng = np_span(subj)
        yield Found([], stance, rng, subj, (cue.i, cue.i + 1), said=True, rule=C.MERIT)


def _verb_rule(cue: Token, root: Token, frames: frozenset[str], passive: bool) -> str:
    """Which verb construction found the target `root` of `cue`."""
    if passive:
        return C.VERB_PASSIVE
    mark = first(root, "mark") if root.dep_ == "advcl" else None
    if mark is not None and f"p:{mark.lower_}" in frames:
        return C.VERB_PREPOSITION  # "called for X to go"
    if root.dep_ in ("xcomp", "ccomp", "advcl") and is_infinitive(root):
        if "objinf" in frames and requested_of(cue, root):
            return C.DIRECTIVE
        return C.DESIRE if "desire" in frames else C.REFUSAL
    if cue.dep_ == "relcl":
        return C.VERB_RELATIVE
    if cue.dep_ in ("acl", "advcl") and cue.tag_ == "VBG":
        return C.VERB_PARTICIPLE
    if cue.lemma_.lower() == "deny":
        return C.DENIAL
    if root.dep_ in ("pobj", "pcomp") or any(c.dep_ == "prt" for c in cue.children):
        return C.VERB_PREPOSITION
    return C.STANCE_VERB


def adjective_cue(adj: Token, lex: Lexicon) -> Iterator[Found]:
    stance, kind, comps = lex.adjectives[adj.lower_]
    cue = (adj.i, adj.i + 1)
    subj: Token | None
    if kind in ("holder", "emotion"):
        rule = C.EMOTIONAL_REACTION if kind == "emotion" else C.STANCE_ADJECTIVE
        subj = copula_subject(adj)
        if subj is None:
            return
        for c in adj.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in comps:
                for obj in children(c, "pobj", "pcomp"):
                    yield Found([subj, *subj.conjuncts], stance, subtree(obj), obj, cue, rule=rule)
                    return
            if c.dep_ == "ccomp" and "clause" in comps:
                yield Found([subj, *subj.conjuncts], stance, subtree(c), c, cue, rule=rule)
                return
        if adj.pos_ == "ADP":  # "X is against Y"
            for obj in children(adj, "pobj", "pcomp"):
                yield Found([subj, *subj.conjuncts], stance, subtree(obj), obj, cue, rule=rule)
                return
        return
    yield from evaluation_cue(adj, stance, lex)


#: where an evaluative word stands when it is predicated of a target
EVAL_DEPS = frozenset({"acomp", "attr", "oprd", "amod", "pobj", "conj"})


def evaluation_cue(adj: Token, stance: Stance, lex: Lexicon) -> Iterator[Found]:
    """A polar word predicated of a target: "X is a disgrace", "called X reckless", "described X
    as pioneering", "it is unfair to ...". The holder is whoever says it."""
    cue = (adj.i, adj.i + 1)
    while adj.dep_ == "conj" and adj.head.pos_ in ("ADJ", "NOUN"):  # "simple and effective"
        adj = adj.head
    subj = copula_subject(adj)
    head = adj.head
    if (
        adj.dep_ == "amod"
        and head.dep_ in OBJECTS
        and head.head.lemma_.lower() == "do"
        and lex.role(head.lemma_.lower(), "performance")
    ):
        doer = first(head.head, "nsubj")  # "they are doing a fantastic job": praise of them
        if doer is not None and doer.lower_ not in FIRST_PERSON | RELATIVES:
            yield Found([], stance, np_span(doer), doer, cue, said=True, rule=C.PERFORMANCE)
        return
    if subj is None and head.lower_ == "as" and lex.role(head.head.lemma_.lower(), "pred"):
        head = head.head  # "described the plan as reckless"
    if (
        subj is None
        and adj.dep_ in ("oprd", "pobj", "amod")
        and lex.role(head.lemma_.lower(), "pred")
    ):
        called = first(head, *OBJECTS)
        if called is not None:
            holders = subject_of(head)
            yield Found(
                holders, stance, np_span(called), antecedent(called), cue, rule=C.EVALUATIVE_NAMING
            )
        return
    if subj is None and adj.dep_ == "amod" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "X is one of the best Y": the attribute is "one"
    if subj is None and adj.dep_ == "amod" and head.dep_ == "attr":
        subj = copula_subject(head)
    if subj is None or subj.lower_ in FIRST_PERSON:
        return  # "I am proud": the speaker's feeling, not an evaluation of a target
    if subj.lower_ == "it":
        clause = extraposed(adj)
        if clause is None or (
            clause.lemma_.lower() in reporting_verbs()
            and not any(is_infinitive(c) for c in children(clause, "ccomp", "xcomp"))
        ):
            return  # "it is fair to say ...": a way of speaking ("to expect X to do Y" is not)
        yield Found(
            [],
            stance,
            without_subject(clause) if is_infinitive(clause) else subtree(clause),
            clause,
            cue,
            said=True,
            rule=C.EXTRAPOSED_EVALUATION,
        )
        return
    deontic = lex.adjectives.get(adj.lower_, ("", "", frozenset()))[1] == "deontic"
    xcomps = [*children(adj, "xcomp"), *children(head, "xcomp")]
    if not deontic and any(is_infinitive(c) for c in xcomps):
        return  # "X is welcome to come", "X is fair to ask": not an evaluation of X
    rule = C.COPULAR_EVALUATION
    yield Found([], stance, np_span(subj), antecedent(subj), cue, said=True, rule=rule)


def deontic_cue(tok: Token, lex: Lexicon) -> Iterator[Found]:
    """ "We should act", "we need to act", "it is time to act", said by a holder."""
    doc = tok.doc
    if tok.dep_ == "aux" and lex.role(tok.lower_, "deontic_modal"):
        verb = tok.head
        if verb.lemma_.lower() in reporting_verbs():
            return  # "I must say ...": a way of speaking, not advocacy
        start = tok.i + 1
        while start < len(doc) and doc[start].dep_ in ("neg", "advmod"):
            if doc[start].head.i != verb.i:
                break
            start += 1
        end = verb.right_edge.i + 1
        subj = first(verb, "nsubj", "nsubjpass", "expl")
        if subj is not None and subj.lower_ not in FIRST_PERSON | {"there", "it"}:
            # a proposal keeps its subject, but a third-person subject reads as deontic only in
            # the passive ("X should be banned") or when an actor is to act ("the council should
            # rebuild it"); "X should be around 45", "the storm should reach the coast", "that
            # must have been" are estimates. "Should have" of an actor or a passive is criticism
            # of what was not done ("the final should have gone to Leeds"); "must have" estimates
            perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
            acts = subj.dep_ == "nsubj" and not is_be(verb) and agentive(subj)
            if verb.dep_ == "relcl" or not (subj.dep_ == "nsubjpass" or acts):
                return
            if perfect and tok.lower_ == "must":
                return
            start = min(start, subj.left_edge.i)
        # "must not overreact": the negation belongs to the verb the modal governs
        stance: Stance = "oppose" if first(verb, "neg") is not None else "support"
        if start < end:
            cue = (tok.i, tok.i + 1)
            yield Found([], stance, (start, end), verb, cue, said=True, rule=C.DEONTIC_MODAL)
        return
    if tok.pos_ == "VERB" and lex.role(tok.lemma_.lower(), "deontic"):
        subj = first(tok, "nsubj")
        general = subj is not None and subj.lower_ in FIRST_PERSON | {"everyone", "everybody"}
        for c in tok.children:
            if not general and first(c, "nsubj") is None and first(tok, *OBJECTS) is None:
                continue  # "the team needs to rebuild": its own task, not advocacy
            if c.dep_ in ("xcomp", "ccomp") and is_infinitive(c):
                rng = without_subject(c)
                yield Found(
                    [], "support", rng, c, (tok.i, tok.i + 1), said=True, rule=C.DEONTIC_NEED
                )
                return
        return
    if tok.lower_ == "time" and tok.dep_ == "attr" and is_be(tok.head):
        subj = first(tok.head, "nsubj")
        if subj is None or subj.lower_ != "it":
            return
        for c in [*tok.children, *tok.head.children]:
            if c.dep_ in ("relcl", "acl", "xcomp", "advcl") and is_infinitive(c):
                rng = subtree(c)
                yield Found([], "support", rng, c, (tok.i, tok.i + 1), said=True, rule=C.ITS_TIME)
                return


DEONTIC_WORDS = ("should", "must", "ought", "time")
#: pronouns that stand for actors who can be asked to act
AGENT_PRONOUNS = frozenset({"he", "she", "they", "you", "everyone", "everybody", "people"})


def agentive(subj: Token) -> bool:
    """A subject that names an actor, who can be asked to act: a person, a body, a country, a
    group ("the council", "Canada", "parents", "they"), not a thing or an event."""
    from claimx.rules.names import org_nouns, person_nouns

    if subj.lower_ in AGENT_PRONOUNS or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = subj.lemma_.lower()
    return subj.pos_ == "NOUN" and (lemma in person_nouns() or lemma in org_nouns())


def _predicative(tok: Token) -> bool:
    """An evaluative word that can be predicated: not a comparative ("the greater producer"); a
    singular noun only as "a/an ..." ("X is a disgrace", "the claims were lies", not "that was
    true adversity")."""
    if tok.tag_ in ("JJR", "RBR"):
        return False
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ != "oprd"
        and tok.tag_ != "NNS"
        and hyphenated(tok) == tok.lower_
    ):
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return True


def _stative(tok: Token, lex: Lexicon) -> bool:
    """A participle read as the adjective it also is: no by-agent, and a preposition the adjective
    takes ("is opposed to X", not "was opposed by X")."""
    comps = lex.adjectives[tok.lower_][2]
    return first(tok, "agent") is None and any(
        c.dep_ == "prep" and c.lower_ in comps for c in tok.children
    )


def _fragment(tok: Token) -> bool:
    """A word heading a verbless fragment ("A disgrace!"), or an adjective on its head noun."""
    head = tok.head if tok.dep_ == "amod" else tok
    return head.dep_ in ("ROOT", "dep") or head.dep_ == "ccomp" and head.pos_ != "VERB"


def _denied(tok: Token) -> bool:
    """A predicate negated on itself or on its copula ("is not fair", "cannot be right")."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("ADJ", "NOUN"):  # "not fair or reasonable"
        tok = tok.head
    heads = [tok, tok.head] if tok.dep_ in ("acomp", "attr") else [tok]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


#: per lexicon, a verdict per lemma and per form string id, asked once per process
_VERDICTS: dict[int, tuple[dict[int, bool], dict[int, bool]]] = {}


def may_cue(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of the tokens whose word or lemma is in a stance list, of the base-form verbs that
    may be imperatives, and of the heads of hyphenated evaluative compounds: the others need no
    look. Read from the document's arrays, each distinct lemma and form asked once."""
    import numpy as np
    from spacy.attrs import DEP, LEMMA, LOWER, TAG

    if not len(doc):
        return []
    strings = doc.vocab.strings
    deontic = lex.roles.get("deontic", frozenset())

    def by_lemma(lemma: str) -> bool:
        return (
            lemma in lex.verbs
            or lemma in lex.nouns
            or lemma in deontic
            or lex.role(lemma, "designation")
        )

    def by_form(lower: str) -> bool:
        return (
            verb_lemma("", lower, lex.verbs) in lex.verbs
            or lower in lex.adjectives
            or lower in DEONTIC_WORDS
            or evaluative(lower) is not None
            or denied_praise(lower)
        )

    arr = doc.to_array([LEMMA, LOWER, TAG, DEP])
    keep = np.zeros(len(doc), dtype=bool)
    memo = _VERDICTS.setdefault(id(lex), ({}, {}))  # string ids are the same in every document
    for col, test in ((0, by_lemma), (1, by_form)):
        values, where = np.unique(arr[:, col], return_inverse=True)
        seen = memo[col]
        verdicts = []
        for v in values.tolist():
            hit = seen.get(v)
            if hit is None:
                hit = seen[v] = test(strings[v].lower())
            verdicts.append(hit)
        keep |= np.array(verdicts, dtype=bool)[where.reshape(-1)]
    # imperatives: base-form verbs heading a sentence or a clause
    keep |= (arr[:, 2] == strings["VB"]) & np.isin(arr[:, 3], [strings["ROOT"], strings["ccomp"]])
    found: list[int] = np.flatnonzero(keep).tolist()
    # "ground-breaking", "world-class": the parse splits a hyphenated compound, whose head alone
    # ("breaking", "class") says nothing
    hyphens = np.flatnonzero(arr[:-1, 1] == strings["-"]) + 1
    extra = [
        i
        for i in hyphens.tolist()
        if hyphenated(doc[i]) != doc[i].lower_
        and (evaluative(hyphenated(doc[i])) or denied_praise(hyphenated(doc[i])))
    ]
    return sorted({*found, *extra}) if extra else found


def hyphenated(tok: Token) -> str:
    """The word `tok` ends, with a hyphenated first part written without spaces ("ground-breaking"
    from "breaking"), else its own lower-cased form."""
    doc = tok.doc
    i = tok.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    ):
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def cues(
    sent: SpacySpan, lex: Lexicon, candidates: list[int] | None = None
) -> Iterator[tuple[Token, Found]]:
    if candidates is None:
        tokens: Iterable[Token] = sent
    else:
        doc = sent.doc
        lo = bisect_left(candidates, sent.start)
        hi = bisect_left(candidates, sent.end)
        tokens = (doc[i] for i in candidates[lo:hi])
    for tok in tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB":
            lemma = verb_lemma(lemma, tok.lower_, lex.verbs)
        found: Iterable[Found] = ()
        if tok.pos_ == "NOUN" and lex.role(lemma, "designation"):
            found = list(designation_cue(tok, lex))
            if not found and lemma in lex.nouns:  # "her priority to cut taxes"
                found = noun_cue(tok, lex)
        elif tok.tag_ == "VBN" and tok.lower_ in lex.adjectives and _stative(tok, lex):
            found = adjective_cue(tok, lex)  # "X is opposed to Y": a state, not a passive
        elif tok.pos_ == "VERB" and lemma in lex.verbs and tok.dep_ not in ("amod", "compound"):
            found = verb_cue(tok, lex)
        elif tok.pos_ in ("NOUN", "PROPN") and lemma in lex.nouns and tok.dep_ != "compound":
            found = noun_cue(tok, lex)
        elif tok.lower_ in lex.adjectives and tok.pos_ in ("ADJ", "VERB", "ADP"):
            found = adjective_cue(tok, lex)
        elif tok.lower_ in DEONTIC_WORDS or lex.role(lemma, "deontic"):
            found = deontic_cue(tok, lex)
        elif tok.tag_ == "VB" and tok.dep_ in ("ROOT", "ccomp"):
            found = imperative_cue(tok, lex)
        elif tok.pos_ in ("ADJ", "NOUN") and _fragment(tok):
            polar = evaluative(hyphenated(tok))
            found = verbless_cue(tok, polar) if polar is not None else ()
        elif (tok.pos_ in ("ADJ", "NOUN") or tok.tag_ == "VBG" and tok.dep_ == "acomp") and (
            tok.dep_ in EVAL_DEPS and _predicative(tok)
        ):
            word = hyphenated(tok)
            polar = evaluative(word)
            if polar is None and _denied(tok) and denied_praise(word):
                found = (
                    replace(f, rule=C.DENIED_PRAISE)
                    for f in evaluation_cue(tok, "support", lex)
                    if f.rule in (C.COPULAR_EVALUATION, C.EXTRAPOSED_EVALUATION)
                )
            else:
                found = evaluation_cue(tok, polar, lex) if polar is not None else ()
            if word != tok.lower_:  # the cue is the whole compound
                found = (replace(f, cue=(tok.i - 2, tok.i + 1)) for f in found)
        for f in found:
            LOG.debug("cue %s %s holders=%s target=%s", tok.text, f.stance, f.holders, f.target)
            yield tok, f
