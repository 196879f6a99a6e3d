"""Evaluative, emotional and deontic cues: stance adjectives ("critical of", "disappointed
with"), strongly polar words predicated of a target ("X is a disgrace", "called X reckless"), and
advocacy ("we should act", "we need to act", "it is time to act")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from claimx.positions import constructions as C
from claimx.positions.found import Found
from claimx.positions.lexicon import Lexicon, lexicon, mild_polarity, reporting_verbs
from claimx.positions.syntax import (
    FIRST_PERSON,
    FREE_RELATIVES,
    OBJECTS,
    RELATIVES,
    agent_of,
    antecedent,
    children,
    copula_subject,
    extraposed,
    first,
    is_be,
    is_infinitive,
    np_span,
    subject_of,
    subtree,
    without_subject,
)
from claimx.rules.docview import children_of, words_of
from claimx.schema import Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def adjective_cue(adj: Token, lex: Lexicon) -> Iterator[Found]:
    stance, kind, comps = lex.adjectives[adj.lower_]
    cue = (adj.i, adj.i + 1)
    subj: Token | None
    if kind in ("holder", "emotion"):
        rule = C.EMOTIONAL_REACTION if kind == "emotion" else C.STANCE_ADJECTIVE
        subj = copula_subject(adj)
        if subj is None and adj.pos_ == "ADJ" and adj.dep_ == "ROOT":
            subj = first(adj, "nsubjpass")  # "X was displeased with Y", parsed as a passive
        if subj is None:
            return
        for c in children_of(adj):
            if c.dep_ in ("prep", "agent") and c.lower_ in comps and c.i > adj.i:
                # (a complement follows: "By 1990, X was angry with Y")
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
    if (
        subj is None
        and adj.dep_ == "amod"
        and head.dep_ == "pobj"
        and head.head.lower_ == "as"
        and lex.role(head.head.head.lemma_.lower(), "pred")
    ):
        head = head.head  # "described him as the most brilliant player she coached"
    elif (
        subj is None
        and adj.dep_ == "amod"
        and head.dep_ == "oprd"
        and lex.role(head.head.lemma_.lower(), "pred")
    ):
        head = head.head  # "called the striker a brilliant player"
    if subj is None and adj.dep_ in ("ccomp", "xcomp") and lex.role(head.lemma_.lower(), "pred"):
        small = first(adj, "nsubj")  # "I found it wonderful": a small clause under the verb
        holders = subject_of(head)
        if small is not None and holders and plainly(head, lex):
            yield Found(
                holders, stance, np_span(small), antecedent(small), cue, rule=C.EVALUATIVE_NAMING
            )
        return
    if subj is None and head.lower_ == "as" and lex.role(head.head.lemma_.lower(), "pred"):
        head = head.head  # "described the plan as reckless"
    if (
        subj is None
        and adj.dep_ in ("oprd", "pobj", "amod")
        and lex.role(head.lemma_.lower(), "pred")
    ):
        called = first(head, *OBJECTS)
        holders = subject_of(head)
        if called is None:  # "was described by X as reckless": the by-agent calls it so
            called, holders = first(head, "nsubjpass"), agent_of(head)
        if called is not None and called.tag_ == "WP":
            return  # "called what happened reckless": a free relative names no target
        if called is not None and holders and plainly(head, lex):
            yield Found(
                holders, stance, np_span(called), antecedent(called), cue, rule=C.EVALUATIVE_NAMING
            )
        return
    if subj is None and adj.dep_ == "amod" and head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "X is one of the best Y": the attribute is "one"
    if subj is None and framed(adj):
        subj = copula_subject(head.head)  # "X is an act of vandalism": the attribute is "act"
    if subj is None and adj.dep_ == "amod" and head.dep_ == "attr":
        subj = copula_subject(head)
    if subj is None or subj.lower_ in FIRST_PERSON:
        return  # "I am proud": the speaker's feeling, not an evaluation of a target
    if subj.lower_ in FREE_RELATIVES and subj.tag_ == "WP":
        return  # "shows what is best about the town": a free relative names no target
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


def plainly(verb: Token, lex: Lexicon) -> bool:
    """A verb of calling used as stated: not negated ("did not call it a disaster"), under no modal
    ("would consider it an insult") and no condition ("if they called it ...")."""
    return not any(
        c.dep_ == "neg"
        or c.dep_ == "aux"
        and lex.role(c.lower_, "modal")
        or c.dep_ in ("mark", "advmod")
        and lex.role(c.lower_, "condition")
        for c in children_of(verb)
    )


def named_object(word: Token, lex: Lexicon) -> tuple[Token, Token] | None:
    """The verb of calling and what it calls `word`, where the parse made the predicate noun an
    apposition of the object ("dubbed the plan “a disaster”") or a second object ("branded the
    minister a liar")."""
    head = word.head
    if word.dep_ == "appos" and head.dep_ in OBJECTS and lex.role(head.head.lemma_.lower(), "pred"):
        return head.head, head
    if word.dep_ in OBJECTS and lex.role(head.lemma_.lower(), "pred"):
        called = next((c for c in children(head, *OBJECTS) if c.i < word.i), None)
        if called is not None:
            return head, called
    return None


def naming_cue(word: Token, stance: Stance, lex: Lexicon) -> Iterator[Found]:
    """ "Dubbed the plan “a disaster”", "branded the minister a liar": the subject's evaluation."""
    named = named_object(word, lex)
    if named is None:
        return
    verb, called = named
    holders = subject_of(verb)
    if holders and called.tag_ != "WP" and plainly(verb, lex):
        start, end = np_span(called)
        if start < word.left_edge.i < end:
            end = word.left_edge.i  # the apposition is the predicate, not part of the target
        cue = (word.i, word.i + 1)
        yield Found(
            holders, stance, (start, end), antecedent(called), cue, rule=C.EVALUATIVE_NAMING
        )


#: "got it right" / "got it wrong": the verdict a word gives the doer of "get"
GOT = {"right": "support", "wrong": "oppose"}
#: "'s" read as "has" before "got" ("she's got it right"), which the parse takes for a passive
HAS = frozenset({"'s", "’s", "has"})
#: where the verdict stands on "get" ("get X right", "got it badly wrong")
GOT_DEPS = frozenset({"oprd", "ccomp", "advmod", "acomp", "xcomp"})


def got_cue(word: Token) -> Iterator[Found]:
    """ "They never get the basics right", "the council got the budget wrong", said by a holder:
    the speaker's verdict on the doer. The negation and modality are read on "get"."""
    verb = word.head
    if verb.dep_ == "xcomp" and not lexicon().role(verb.head.lemma_.lower(), "verdict_raising"):
        return  # "wants to get the details right": an aim, not a verdict
    doers = subject_of(verb)  # "they never seem to get X right": up the infinitive
    if not doers and any(c.dep_ == "auxpass" and c.lower_ in HAS for c in children_of(verb)):
        doers = list(children(verb, "nsubjpass"))  # "she's got it right": "has", not a passive
    doer = doers[0] if doers else None
    if doer is None or doer.lower_ in FIRST_PERSON | RELATIVES:
        return  # "we got it wrong": the speaker's own admission
    stance: Stance = "support" if GOT[word.lower_] == "support" else "oppose"
    yield Found([], stance, np_span(doer), doer, (word.i, word.i + 1), said=True, rule=C.GOT_IT)


#: where the result adjective of "make" stands ("makes X great", "made things worse")
CAUSED_DEPS = frozenset({"ccomp", "oprd", "xcomp", "acomp"})


def causative_cue(adj: Token, stance: Stance) -> Iterator[Found]:
    """ "Teachers are what makes this town great", "the new law will make our schools worse",
    said by a holder: what makes something strongly better or worse is praised or blamed. The
    target is the subject of "make", or of the copula a free relative ("what makes ...") is
    predicated by."""
    verb = adj.head
    if first(verb, "neg") is not None:
        return  # "it doesn't make things worse" is no praise
    doers = subject_of(verb)
    doer = doers[0] if doers else None
    if doer is not None and doer.lower_ in ("what", "which", "that") and doer.head.i == verb.i:
        above = verb.head  # "Teachers are [what makes X great]"
        doer = first(above, "nsubj") if verb.dep_ in ("ccomp", "attr") and is_be(above) else None
    if doer is None or doer.lower_ in FIRST_PERSON | RELATIVES:
        return
    cue = (adj.i, adj.i + 1)
    yield Found([], stance, np_span(doer), antecedent(doer), cue, said=True, rule=C.CAUSATIVE)


#: the evaluation constructions a word of falsehood takes part in ("X is / it is / called X ...")
FALSITY_RULES = frozenset({C.COPULAR_EVALUATION, C.EXTRAPOSED_EVALUATION, C.EVALUATIVE_NAMING})


def falsity_cue(tok: Token, lex: Lexicon) -> Iterator[Found]:
    """ "The claims are lies", "called the rumours baseless", "the story is not true": calling a
    claim false denies it, whether or not the word is polar in VADER. A word of truth counts only
    denied; its "support" is then flipped by the negation, like denied praise."""
    false = lex.falsity[tok.lower_] == "false"
    if not false and not denied(tok):
        return
    if tok.head.dep_ == "relcl" or tok.dep_ == "relcl":
        return  # "things that are not true are rated ...": a kind of thing, no claim denied
    stance: Stance = "oppose" if false else "support"
    for f in evaluation_cue(tok, stance, lex):
        if f.rule in FALSITY_RULES:
            yield replace(f, rule=C.CALLED_FALSE)


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
            perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))
            acts = (
                subj.dep_ == "nsubj"
                and not is_be(verb)
                and not lex.role(verb.lemma_.lower(), "outcome")
                and agentive(subj)
            )
            if verb.dep_ == "relcl" or not (subj.dep_ == "nsubjpass" or acts):
                return
            if perfect and tok.lower_ == "must":
                return
            start = min(start, subj.left_edge.i)
        # "must not overreact": the negation belongs to the verb the modal governs
        stance: Stance = "oppose" if first(verb, "neg") is not None else "support"
        outcome = ensured(verb) if stance == "support" else None
        if outcome is not None:  # "we must make sure no one is left behind"
            root, rng, stance = outcome
            cue = (tok.i, tok.i + 1)
            yield Found([], stance, rng, root, cue, said=True, rule=C.ENSURED)
        elif start < end:
            cue = (tok.i, tok.i + 1)
            yield Found([], stance, (start, end), verb, cue, said=True, rule=C.DEONTIC_MODAL)
        return
    if tok.pos_ == "VERB" and (lex.role(tok.lemma_.lower(), "deontic") or have_got(tok, lex)):
        subj = first(tok, "nsubj")
        general = subj is not None and subj.lower_ in FIRST_PERSON | {"everyone", "everybody"}
        for c in children_of(tok):
            if c.dep_ not in ("xcomp", "ccomp") or not is_infinitive(c):
                continue  # (the cheap test first: most verbs of necessity have no infinitive)
            if not general and first(c, "nsubj") is None and first(tok, *OBJECTS) is None:
                continue  # "the team needs to rebuild": its own task, not advocacy
            rng, root, stance = without_subject(c), c, "support"
            rule, outcome = C.DEONTIC_NEED, ensured(c)
            if outcome is not None:
                (root, rng, stance), rule = outcome, C.ENSURED
            cue = (tok.i, tok.i + 1)
            yield Found([], stance, rng, root, cue, said=True, rule=rule)
            return
        return
    if tok.lower_ == "time" and tok.dep_ == "attr" and is_be(tok.head):
        subj = first(tok.head, "nsubj")
        if subj is None or subj.lower_ != "it":
            return
        for c in [*children_of(tok), *children_of(tok.head)]:
            if c.dep_ in ("relcl", "acl", "xcomp", "advcl") and is_infinitive(c):
                rng = subtree(c)
                yield Found([], "support", rng, c, (tok.i, tok.i + 1), said=True, rule=C.ITS_TIME)
                return


def have_got(tok: Token, lex: Lexicon) -> bool:
    """ "We've got to act": "got" with the auxiliary "have" is "have to" ("I got to meet her" is
    not)."""
    words = words_of(tok.doc)  # the columns: asked of every candidate cue word
    return lex.role(words.lower[tok.i], "deontic") and any(
        words.dep[c] == "aux" and words.lemma[c].lower() == "have" for c in words.children(tok.i)
    )


def ensured(action: Token) -> tuple[Token, tuple[int, int], Stance] | None:
    """ "make sure (that) X does not Y" / "ensure X": the outcome advocated is the clause, and a
    negated one is opposed ("make sure children don't eat too much salt": against eating too
    much salt). The target keeps the clause's subject unless negated (then its predicate)."""
    lemma = action.lemma_.lower()
    if lemma == "make":
        sure = [c for c in children_of(action) if c.lower_ in ("sure", "certain")]
        if not sure:
            return None
        heads = [c for c in children_of(action) if c.i != sure[0].i] + list(children_of(sure[0]))
    elif lemma == "ensure":
        heads = list(children_of(action))
    else:
        return None
    # the parse may take a long clause's subject for a clausal subject ("csubj")
    clauses = [c for c in heads if c.dep_ in ("ccomp", "csubj") and c.pos_ in ("VERB", "AUX")]
    if not clauses or is_infinitive(clauses[0]):
        return None
    clause = clauses[0]
    subj = first(clause, "nsubj", "nsubjpass")
    nobody = subj is not None and (
        subj.lower_ in ("nobody", "nothing", "none")
        or any(d.dep_ == "det" and d.lower_ == "no" for d in children_of(subj))
    )
    if first(clause, "neg") is None and not nobody:
        mark = first(clause, "mark")
        start, end = subtree(clause)
        return clause, (mark.i + 1 if mark is not None else start, end), "support"
    # "make sure no one loses X" / "... don't get X": against the predicate
    after = max([clause.i - 1, *(c.i for c in children_of(clause) if c.dep_ in ("neg", "aux"))]) + 1
    return clause, (min(after, clause.i), subtree(clause)[1]), "oppose"


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


#: nouns that class what follows "of" ("a kind of", "a sort of"), which VADER reads as adjectives
HEDGE_NOUNS = frozenset({"kind", "kinds", "sort", "sorts"})


def framed(tok: Token) -> bool:
    """A polar noun after "of" on a predicate noun that only frames it (role "frame": "an act of
    vandalism", "a piece of nonsense", "a stroke of genius")."""
    head = tok.head
    return (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.dep_ == "attr"
        and lexicon().role(head.head.lemma_.lower(), "frame")
    )


def predicative(tok: Token) -> bool:
    """An evaluative word that can be predicated: not a comparative ("the greater producer"); a
    singular noun only as "a/an ..." ("X is a disgrace", "the claims were lies", not "that was
    true adversity"); no "a kind of" / "a sort of"."""
    if tok.tag_ in ("JJR", "RBR"):
        return False
    if (
        tok.pos_ == "NOUN"
        and tok.lower_ in HEDGE_NOUNS
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(tok))
    ):
        return False  # "this is a kind of wind": a way of classing, not the adjective "kind"
    if tok.pos_ == "NOUN" and framed(tok):
        return True
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ != "oprd"
        and tok.tag_ != "NNS"
        and hyphenated(tok) == tok.lower_
    ):
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(tok))
    return True


def stative(tok: Token, lex: Lexicon) -> bool:
    """A participle read as the adjective it also is: no by-agent, and a preposition the adjective
    takes ("is opposed to X", not "was opposed by X")."""
    comps = lex.adjectives[tok.lower_][2]
    return first(tok, "agent") is None and any(
        c.dep_ == "prep" and c.lower_ in comps for c in children_of(tok)
    )


def fragment(tok: Token) -> bool:
    """A word heading a verbless fragment ("A disgrace!"), or an adjective on its head noun."""
    head = tok.head if tok.dep_ == "amod" else tok
    return head.dep_ in ("ROOT", "dep") or head.dep_ == "ccomp" and head.pos_ != "VERB"


def denied(tok: Token) -> bool:
    """A predicate negated on itself or on its copula ("is not fair", "cannot be right")."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("ADJ", "NOUN"):  # "not fair or reasonable"
        tok = tok.head
    heads = [tok, tok.head] if tok.dep_ in ("acomp", "attr") else [tok]
    return any(c.dep_ == "neg" for h in heads for c in children_of(h))


def hyphenated(tok: Token) -> str:
    """The word `tok` ends, with a hyphenated first part written without spaces ("ground-breaking"
    from "breaking"), else its own lower-cased form."""
    return hyphenated_at(tok.doc, tok.i)


def hyphenated_at(doc: Doc, i: int) -> str:
    """`hyphenated` of token `i`, read from the word columns (no `Token` made)."""
    words = words_of(doc)
    idx, end = words.idx, words.end
    # a token's trailing whitespace is one space or none: none when the next token starts
    # where it ends
    if i >= 2 and words.text[i - 1] == "-" and end[i - 1] == idx[i] and end[i - 2] == idx[i - 1]:
        return f"{words.lower[i - 2]}-{words.lower[i]}"
    return words.lower[i]


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
