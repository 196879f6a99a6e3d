"""Stance cues: for each candidate token, the constructions that read a holder, a stance and a
target off the tree around it. Verbs are here; nouns in `nouns`, adjectives, evaluation and
deontic wording in `evaluation`, imperatives and verbless fragments in `moods`."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from claimx.positions import constructions as C
from claimx.positions.evaluation import (
    CAUSED_DEPS,
    DEONTIC_WORDS,
    EVAL_DEPS,
    GOT,
    GOT_DEPS,
    adjective_cue,
    causative_cue,
    denied,
    deontic_cue,
    evaluation_cue,
    falsity_cue,
    fragment,
    got_cue,
    have_got,
    hyphenated,
    merit_cue,
    named_object,
    naming_cue,
    predicative,
    stative,
)
from claimx.positions.found import Found, own_phrase
from claimx.positions.lexicon import (
    Lexicon,
    denied_praise,
    evaluative,
    lexicon,
    phrasal_frames,
    polar_word,
    reporting_verbs,
    verb_lemma,
)
from claimx.positions.moods import grasp_cue, hoped_cue, imperative_cue, verbless_cue
from claimx.positions.nouns import authors, designation_cue, fault_cue, noun_cue, rallied
from claimx.positions.syntax import (
    ADDRESSEE,
    FIRST_PERSON,
    OBJECTS,
    RELATIVES,
    acts_on,
    agent_of,
    antecedent,
    children,
    copula_subject,
    enumerated,
    first,
    free_relative,
    fronted_passive,
    head_part,
    is_infinitive,
    member_root,
    nearest_subject,
    not_a_target,
    np_span,
    polarity,
    small_clause,
    stranded,
    stray_actions,
    subject_of,
    subtree,
    without_subject,
)
from claimx.rules.docview import (
    children_of,
    span_at,
    tokens_of,
    words_of,
)
from claimx.rules.names import org_nouns, person_nouns
from claimx.schema import Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOG = logging.getLogger(__name__)


#: a target's head, its range, the stance its frame gives (if not the verb's), and the
#: construction that found it when not the verb's own (an enumeration)
Target = tuple["Token", tuple[int, int], "Stance | None", "str | None"]


#: where a listed target's head stands: coordinated, or enumerated under the first member
LISTED = frozenset({"pobj", "pcomp", "dobj", "obj", "conj", "appos", "npadvmod", "nmod"})


def verb_targets(cue: Token, frames: frozenset[str]) -> Iterator[Target]:
    """The verb's target phrase(s) by frame, most specific first, each with the stance its frame
    gives when that differs from the verb's ("stand for" / "stand against": p:against=oppose).
    The children are read by index from the word columns: a `Token` only for those it reads on."""
    words, tokens = words_of(cue.doc), tokens_of(cue.doc)
    lower, dep = words.lower, words.dep
    kids = words.children(cue.i)
    for k in kids:
        if dep[k] not in ("xcomp", "ccomp", "advcl"):
            continue  # (the clauses read below)
        c = tokens[k]
        # "pleaded with X to go": the parse may hang the infinitive on the verb as an advcl
        loose = dep[k] == "advcl" and (
            "objinf" in frames
            and _addressee_phrase(cue)
            # "is fighting to save X": the parse may take the aim for a purpose clause
            or "desire" in frames
            and c.left_edge.i == cue.i + 1
            and first(c, "mark") is None  # ("pressed for the talks to resume": a for-clause)
        )
        if dep[k] not in ("xcomp", "ccomp") and not loose or not is_infinitive(c):
            continue
        # asked only of an infinitive (most stance verbs have none): "urged the unions to return"
        # (an object, or the parse's clause subject; "was asked by X to stay": the passive
        # subject is the one asked) / "refused to sign" / "wants to reopen the mine"
        has_object = first(cue, *OBJECTS, "nsubjpass") is not None
        addressee = has_object or first(c, "nsubj") is not None or _addressee_phrase(cue)
        if k > cue.i and any(tokens[t].is_quote for t in range(cue.i + 1, c.left_edge.i + 1)):
            continue  # 'told the press, “to show that ...”': the quotation, not a request
        own_act = frames & {"inf", "desire"}
        if ("objinf" in frames and addressee) or (own_act and not has_object):
            inner = c.lemma_.lower()
            speaking = (inner == "comment" or inner in reporting_verbs()) and not (
                "desire" in frames and _handles_a_thing(c)
            )
            if (
                own_act
                and not addressee
                and speaking
                and not ("desire" in frames and inner == "see")
            ):
                return  # "declined to comment", "I want to say": a way of speaking takes no
                # side ("would like to see X" wishes for X)
            if "desire" in frames and not addressee and not acts_on(c):
                return  # "wants to travel to Paris", "hopes to win": one's own course, no target
            if "desire" in frames and not addressee and lexicon().role(inner, "success"):
                return  # "hopes to win the election", "wants to reach the final": one's own
                # success (role "success" in stance_operators.tsv), no stance toward it
            # "to stop X and start Y": two actions; "to respect and execute X" (one shared
            # object) is one
            own_object = any(d.dep_ in ("dobj", "xcomp", "ccomp", "prep") for d in children_of(c))
            start, end = without_subject(c)
            if own_object and any(conj.pos_ == "VERB" for conj in c.conjuncts):
                end = min([end, *(d.i for d in children_of(c) if d.dep_ == "cc" and d.i > c.i)])
            # "warned residents to leave": advice, whatever the verb's own stance ("objinf=support")
            advised: Stance | None = "support" if "objinf=support" in frames and addressee else None
            yield c, (start, end), advised, None
            for conj in c.conjuncts if own_object else ():
                if conj.pos_ == "VERB":
                    yield conj, subtree(conj), None, None
            if "objinf" in frames and addressee:
                for conj in stray_actions(cue, c):
                    yield conj, subtree(conj), None, None
            return
    for k in kids:  # a complement clause follows its verb (not "X, we tried, so we ...")
        if k > cue.i and dep[k] == "ccomp" and "clause" in frames and not is_infinitive(tokens[k]):
            yield tokens[k], subtree(tokens[k]), None, None
            return
    if "desire" in frames and first(cue, *OBJECTS) is None:
        for c in cue.rights:
            # "wants the law changed", "would like the border open": a small clause wished for,
            # right after the verb
            if small_clause(c) and c.left_edge.i == cue.i + 1:
                yield c, subtree(c), None, None
                return
    for word, needs, own, particle in phrasal_frames(frames):
        if needs and not any(lower[k] == needs for k in kids):
            continue
        for k in kids:
            if lower[k] != word or particle and dep[k] not in ("prt", "advmod"):
                continue  # (the parse makes some particles adverbs: "brushed aside X")
            c = tokens[k]
            if dep[k] == "prt" or particle:
                obj = first(cue, *OBJECTS)
                if obj is not None and not (particle and not_a_target(cue, obj, frames)):
                    yield obj, np_span(obj), own, None
                    return
            elif dep[k] in ("prep", "dative", "agent"):
                objs = list(children(c, "pobj", "pcomp"))
                if stranded(cue) and (not objs or objs[0].lower_ in RELATIVES):
                    # "the tone I object to", "the motion, which X voted against": the antecedent
                    yield cue.head, head_part(cue.head), own, None
                    return
                for obj in objs:
                    yield obj, own_phrase(obj), own, None
                    for conj in obj.conjuncts:
                        yield conj, own_phrase(conj), own, None
                    return
        for c in children(cue, "advcl") if not particle else ():
            # "called for the law to be scrapped": a for-to clause, kept with its subject
            mark = first(c, "mark")
            if mark is not None and mark.lower_ == word and c.i > cue.i and is_infinitive(c):
                yield c, (mark.i + 1, subtree(c)[1]), own, None
                return
    if "obj" not in frames:
        return
    obj = first(cue, *OBJECTS)
    free = next((c for c in cue.rights if c.dep_ == "ccomp" and free_relative(c)), None)
    if obj is None and free is not None:
        # "welcomed what she said", "condemned what he called “a cover-up”": the free relative,
        # or the name it gives
        named = first(free, "oprd")
        yield (named, np_span(named), None, None) if named else (free, subtree(free), None, None)
        return
    if obj is not None and not_a_target(cue, obj, frames):
        return
    if obj is not None and obj.lower_ not in FIRST_PERSON:
        # "backs A, B and C": three targets, the first without the others
        members = enumerated(obj) if obj.head.i == cue.i else []
        if members:  # "favors an end to A, a cut in B and C": the parse hid the list in A
            for a, b in members:
                yield member_root(obj.doc, a, b), (a, b), None, C.ENUMERATED_TARGETS
            return
        yield obj, own_phrase(obj) if obj.conjuncts else np_span(obj), None, None
        for conj in obj.conjuncts:
            yield conj, own_phrase(conj), None, None
        return
    passive = first(cue, "nsubjpass") or _shared_passive(cue)
    if passive is not None:
        if not_a_target(cue, passive, frames):
            return  # "the title was defended by ..."
        yield passive, np_span(passive), None, None
        return
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        if not not_a_target(cue, cue.head, frames):  # "her album, backed by an orchestra"
            yield cue.head, head_part(cue.head), None, None
    elif fronted_passive(cue):
        subj = nearest_subject(cue.head) or first(cue.head, "nsubjpass")
        # "Backed by the mayor, the plan passed", "Condemned by X, the tax was dropped"
        if subj is not None and not not_a_target(cue, subj, frames):
            yield subj, np_span(subj), None, None
    elif cue.dep_ == "relcl" and cue.head.pos_ in ("NOUN", "PROPN"):
        subj = first(cue, "nsubj")
        if subj is not None and subj.lower_ not in RELATIVES:
            yield cue.head, head_part(cue.head), None, None  # "the governor he admires"


def verb_cue(cue: Token, lex: Lexicon, lemma: str) -> Iterator[Found]:
    """The verb constructions at a stance verb of `lex.verbs` (`lemma`: its entry, which `cues`
    has looked up)."""
    stance, frames = lex.verbs[lemma]
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
                for p in children_of(cue)
                if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "at", "about", "with")
                for o in children(p, "pobj", "pcomp")
            ] + list(children(cue, "ccomp"))
        else:
            obj = first(cue, *OBJECTS)
            if obj is not None and past_a_clause(cue, obj):
                obj = None  # "she impressed, making a tackle to rob X of a try": a stray parse
            holders = [obj] if obj is not None else []
            targets = subject_of(cue)  # also "which ... but alarmed X": the antecedent
        rule = C.EMOTIONAL_REACTION if passive or cue.dep_ == "acomp" else C.PSYCH_VERB
        for t in targets[:1]:
            yield Found(holders, stance, np_span(t), antecedent(t), (cue.i, cue.i + 1), rule=rule)
        return
    if _without_its_particle(cue, frames):
        return  # "spoke to reporters": "speak" takes a side only "out against" something
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.verbs:
        # "urged the unions to back the plan": the unions' backing is the urging's target
        outer = lex.verbs[cue.head.lemma_.lower()][1]
        if outer & {"objinf"} and first(cue.head, *OBJECTS) is not None:
            return
    if cue.tag_ == "VBG" and any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(cue)):
        return  # "there is no denying that ...": an idiom of certainty, no stance
    if "negated" in frames and polarity(cue, lex) >= 0:
        return  # "accepted the award" is no stance; "will never accept the deal" is
    if "unflipped" in frames and polarity(cue, lex) < 0:
        return  # "did not deny the charges" does not accept them
    passive = (
        cue.dep_ == "acl"
        and cue.tag_ == "VBN"
        or first(cue, "nsubjpass") is not None
        or fronted_passive(cue)
    )
    # "was welcomed by X and criticised by Y": the second passive shares the first one's subject
    shared = _shared_passive(cue)
    passive = passive or shared is not None
    holders = agent_of(cue) if passive else subject_of(cue)
    text_noun = cue.head if cue.dep_ == "acl" and cue.tag_ == "VBG" else None
    if text_noun is not None and lex.role(text_noun.lemma_.lower(), "document"):
        holders = authors(text_noun, lex)  # "a resolution calling for X": its authors
    said = False
    if not holders and cue.dep_ in ("ROOT", "ccomp") and cue.tag_ in ("VBG", "VB"):
        said = True  # "Hoping that ...", "Reject this deal!": whoever says it
    elif not holders:
        return
    rule = ""
    for root, rng, own, listed in verb_targets(cue, frames):
        conjuncts = root.conjuncts  # before a flip moves `root` to the inner verb
        strays = stray_actions(cue, root) if root.head.i == cue.i else []  # "... and update B"
        if (
            root.dep_ == "xcomp"
            and root.head.i == cue.i
            and (_carries(root, lex) or _voiced(root, lex))
            and not ("objinf" in frames and requested_of(cue, root))
        ):
            return  # "refused to back X", "wants to back X": the inner stance verb carries it
        if (
            "desire" in frames
            and lex.role(cue.lemma_.lower(), "desire_modal")
            and root.dep_ == "xcomp"
            and not any(
                c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d") for c in children_of(cue)
            )
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
        rule = listed or rule
        if text_noun is not None and holders and holders[0].i != text_noun.i:
            rule = C.DOCUMENT_PARTICIPLE
        if root.dep_ in ("xcomp", "ccomp") and any(
            c.dep_ == "neg" and c.i < root.i for c in children_of(root)
        ):
            # "asked ministers not to close the border": against closing it ("to add X,
            # especially not Y" is no negated request)
            found_stance = "oppose" if found_stance == "support" else "support"
            rng = (
                max(rng[0], max(c.i for c in children_of(root) if c.dep_ in ("neg", "aux")) + 1),
                rng[1],
            )
        elif root.dep_ in ("xcomp", "ccomp") and lex.role(root.lemma_.lower(), "flip"):
            # "urged users to stop using X": against using X
            inner = first(root, "xcomp", "dobj")
            if inner is not None:
                found_stance = "oppose" if found_stance == "support" else "support"
                rng, root = subtree(inner), inner
        yield Found(
            holders, found_stance, rng, antecedent(root), (cue.i, cue_end), said=said, rule=rule
        )
        # one target per frame, plus coordinated and enumerated ones ("A, B, C and D")
        if root.dep_ not in LISTED and not (conjuncts or strays):
            break


#: frames whose target `verb_targets` reads from a clause on the verb (an infinitive)
CLAUSE_FRAMES = frozenset({"inf", "objinf"})


def _without_its_particle(cue: Token, frames: frozenset[str]) -> bool:
    """A stance verb whose frames all need a word or a clause it lacks: a particle or a
    preposition ("speak out against", "take aim at", "turn down"; also as the mark of a clause on
    it: "called for X to go"), an infinitive ("urged X to go"). `verb_targets` could find
    nothing, so the subject is not looked for."""
    needed = _needs(frames)
    if needed is None:
        return False
    clause, phrasal = needed
    words = words_of(cue.doc)
    lower, dep = words.lower, words.dep
    kids = words.children(cue.i)
    if clause and any(dep[c] in ("xcomp", "ccomp", "advcl") for c in kids):
        return False
    present = {lower[c] for c in kids}
    present.update(
        lower[m] for c in kids if dep[c] == "advcl" for m in words.children(c) if dep[m] == "mark"
    )
    return not any(word in present and (not also or also in present) for word, also in phrasal)


@cache
def _needs(frames: frozenset[str]) -> tuple[bool, tuple[tuple[str, str], ...]] | None:
    """What a verb of these frames needs to have a target: an infinitive (whether one would do)
    and its particles and prepositions, each with the word it needs beside it ("p:to@forward":
    "forward"); None when a frame may find one otherwise (an object, a clause, a wish). Asked
    once per frame set."""
    phrasal = frames - CLAUSE_FRAMES - {"objinf=support"}
    if not all(f.startswith(("p:", "prt:")) for f in phrasal):
        return None
    pairs = [f.partition(":")[2].partition("=")[0].partition("@")[::2] for f in sorted(phrasal)]
    return bool(frames & CLAUSE_FRAMES), tuple(pairs)


def _carries(verb: Token, lex: Lexicon) -> bool:
    """An inner stance verb with a target of its own ("refused to back X"), not one whose frames
    find none ("refused to take part": "take" counts only in "take aim at")."""
    entry = lex.verbs.get(verb.lemma_.lower())
    return entry is not None and next(verb_targets(verb, entry[1]), None) is not None


def _voiced(verb: Token, lex: Lexicon) -> bool:
    """A light verb with a stance noun object ("wanted to issue her support to X"): the noun
    carries the stance."""
    obj = first(verb, *OBJECTS)
    return lex.role(verb.lemma_.lower(), "light") and obj is not None and obj.lemma_ in lex.nouns


def past_a_clause(verb: Token, obj: Token) -> bool:
    """An object the parse hung on the verb across a comma or another verb: no object of it (an
    experiencer follows its psych verb: "the plan alarmed the farmers")."""
    return any(
        t.is_punct or t.pos_ == "VERB" for t in span_at(verb.doc, verb.i + 1, obj.left_edge.i)
    )


def _shared_passive(cue: Token) -> Token | None:
    """The subject a coordinated passive with its own by-agent shares with the passive before it
    ("the reform was welcomed by X and criticised by Y")."""
    if cue.dep_ != "conj" or cue.tag_ != "VBN" or first(cue, "agent") is None:
        return None
    return first(cue.head, "nsubjpass")


#: objects of a verb of saying that leave it one ("I want to add a word", "to say a few things")
SAID_OBJECTS = frozenset({"thing", "word", "point", "note", "comment", "remark", "few", "bit"})


def _handles_a_thing(verb: Token) -> bool:
    """A verb of saying used of a thing, not of words or of whom one speaks to: "to add new
    fees", "to claim the prize" (not "to assure our community", "to tell the workers")."""
    obj = first(verb, *OBJECTS)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_:
        return False
    lemma = obj.lemma_.lower()
    spoken_to = (
        lemma in person_nouns() or lemma in org_nouns() or lexicon().role(lemma, "addressed")
    )
    return lemma not in SAID_OBJECTS and not spoken_to


def _addressee_phrase(cue: Token) -> bool:
    """ "called on X", "pleaded with X": a preposition after the verb naming whom it addresses
    (not a topic before it: "On NATO, I wanted to know ...")."""
    return any(
        p.dep_ in ("prep", "dative") and p.i > cue.i and p.lower_ in ADDRESSEE
        for p in children_of(cue)
    )


def requested_of(cue: Token, inf: Token) -> bool:
    """A request made of someone ("urged the unions to return", "called on X to act"), not the
    holder's own action ("wants to return")."""
    return (
        first(cue, *OBJECTS, "nsubjpass") is not None
        or first(inf, "nsubj") is not None
        or _addressee_phrase(cue)
    )


def _verb_rule(cue: Token, root: Token, frames: frozenset[str], passive: bool) -> str:
    """Which verb construction found the target `root` of `cue`."""
    if passive and not (root.dep_ == "xcomp" and "objinf" in frames and is_infinitive(root)):
        return C.VERB_PASSIVE
    mark = first(root, "mark") if root.dep_ == "advcl" else None
    if mark is not None and f"p:{mark.lower_}" in frames:
        return C.VERB_PREPOSITION  # "called for X to go"
    if "desire" in frames and small_clause(root):
        return C.DESIRE
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
    if root.dep_ in ("pobj", "pcomp") or any(c.dep_ == "prt" for c in children_of(cue)):
        return C.VERB_PREPOSITION
    return C.STANCE_VERB


def cues(doc: Doc, indices: Iterable[int], lex: Lexicon) -> Iterator[tuple[Token, Found]]:
    """The stances the constructions read at the candidate tokens `indices` (`may_cue`), each
    with the token whose negation and modality count."""
    words = words_of(doc)
    every = tokens_of(doc)  # the extraction's one list: no new `Token` per candidate
    hope, grasp, fault, designation, wish, deontic = lex.cue_roles  # the word lists, read once
    verbs, nouns, adjectives = lex.verbs, lex.nouns, lex.adjectives
    for i in indices:
        tok = every[i]
        # each attribute read once, from the word columns (a spaCy attribute makes a new
        # Python string per access)
        lower, pos, tag, dep = words.lower[i], words.pos[i], words.tag[i], words.dep[i]
        lemma = words.lemma[i].lower()
        if pos == "VERB":
            lemma = verb_lemma(lemma, lower, verbs)
        found: Iterable[Found] = ()
        anchor = tok  # the token whose negation and modality count
        if lower in GOT and dep in GOT_DEPS and tok.head.lemma_.lower() == "get":
            found, anchor = got_cue(tok), tok.head  # "never get the basics right"
        elif lower in hope:
            found = hoped_cue(tok)
        elif pos == "VERB" and lemma in grasp:
            found = grasp_cue(tok)
        elif pos == "NOUN" and lemma in fault:
            found = fault_cue(tok)  # "the problem with X is ..."
        elif pos == "NOUN" and (lemma in designation or lemma in wish):
            found = list(designation_cue(tok, lex))
            if not found and lemma in nouns:  # "her priority to cut taxes"
                found = noun_cue(tok, lex)
        elif tag == "VBN" and lower in adjectives and stative(tok, lex):
            found = adjective_cue(tok, lex)  # "X is opposed to Y": a state, not a passive
        elif pos == "VERB" and lemma in verbs and dep not in ("amod", "compound"):
            found = verb_cue(tok, lex, lemma)
        elif pos in ("NOUN", "PROPN") and lemma in nouns and dep != "compound":
            found = noun_cue(tok, lex)
            anchor = rallied(tok) or tok  # "would not come to the defence of X": on "come"
        elif lower in adjectives and pos in ("ADJ", "VERB", "ADP"):
            found = adjective_cue(tok, lex)
        elif lower in DEONTIC_WORDS or lemma in deontic or lower in deontic and have_got(tok, lex):
            # (`have_got` asks of a deontic form only: the set test first spares most words a call)
            found = deontic_cue(tok, lex)
        elif tag == "VB" and dep in ("ROOT", "ccomp"):
            found = imperative_cue(tok, lex)
        elif (
            lower in lex.falsity
            and pos in ("ADJ", "NOUN")
            and dep in EVAL_DEPS
            and predicative(tok)
        ):
            found = falsity_cue(tok, lex)
        elif (pos in ("ADJ", "NOUN") or tag == "VBG") and polar_word(word := hyphenated(tok)):
            found, anchor = _evaluated(tok, word, lex)
        for f in found:
            LOG.debug("cue %s %s holders=%s target=%s", tok.text, f.stance, f.holders, f.target)
            yield anchor, f


def _evaluated(tok: Token, word: str, lex: Lexicon) -> tuple[Iterable[Found], Token]:
    """The constructions on a polar adjective or noun (`word`: its form, a hyphenated compound
    whole), asked only once `cues` knows the word is polar (most candidates that get this far are
    not), with the token whose negation and modality count."""
    words = words_of(tok.doc)
    pos, tag, dep = words.pos[tok.i], words.tag[tok.i], words.dep[tok.i]
    polar = evaluative(word)
    found: Iterable[Found] = ()
    if polar is None and not (dep in EVAL_DEPS and denied_praise(word) and denied(tok)):
        return found, tok  # praise that is not strongly polar counts only denied where it is
        # predicated ("is not fair", the last construction below): most of it is neither
    if pos == "ADJ" and dep in CAUSED_DEPS and tok.head.lemma_.lower() == "make":
        found = causative_cue(tok, polar) if polar is not None else ()
        return found, tok.head  # "it doesn't make things worse": negation and modality on "make"
    if (
        pos in ("ADJ", "NOUN")
        and dep in ("ccomp", "xcomp")
        and lex.role(tok.head.lemma_.lower(), "pred")
        and any(c.dep_ == "nsubj" for c in children_of(tok))
    ):
        found = evaluation_cue(tok, polar, lex) if polar is not None else ()  # "found it wonderful"
    elif pos in ("ADJ", "NOUN") and dep in ("appos", "dobj") and named_object(tok, lex):
        found = naming_cue(tok, polar, lex) if polar is not None else ()  # 'dubbed X “a disaster”'
    elif pos in ("ADJ", "NOUN") and fragment(tok):
        found = verbless_cue(tok, polar) if polar is not None else ()
    elif (pos in ("ADJ", "NOUN") or tag == "VBG" and dep == "acomp") and (
        dep in EVAL_DEPS and predicative(tok)
    ):
        if polar is None:  # denied praise (the test above)
            found = (
                replace(f, rule=C.DENIED_PRAISE)
                for f in evaluation_cue(tok, "support", lex)
                if f.rule in (C.COPULAR_EVALUATION, C.EXTRAPOSED_EVALUATION)
            )
        else:
            found = evaluation_cue(tok, polar, lex)
        if word != words.lower[tok.i]:  # the cue is the whole compound
            found = (replace(f, cue=(tok.i - 2, tok.i + 1)) for f in found)
    return found, tok
