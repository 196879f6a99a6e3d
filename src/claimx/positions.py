"""The positions stage: what each actor supports or opposes, with the evidence.

A position needs a holder (an actor), a cue carrying the stance and a target. Cues come from
word lists under `models/` (stance verbs, nouns, adjectives and the operators that flip or cancel
them); holders come from the syntax around the cue (its subject, the agent of a passive, a
possessor, the speaker of the quote it sits in), resolved to actors through `Actors`. Evaluative
and deontic wording counts only when somebody says it: the narrator's own words are never a
position. One pass over the tokens, with bounded walks up the tree: linear in the document.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimx.rules.docview import regions_of, text_of, words_where
from claimx.rules.resources import table
from claimx.schema import Position, Quote, Span, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from claimx.actors import Actors
    from claimx.rules.names import Countries

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECTS = ("dobj", "obj")
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
RELATIVES = frozenset({"which", "that", "who", "whom", "whose"})
#: Prepositions that introduce whom a directive addresses ("called on X to ...", "asked of X").
ADDRESSEE = frozenset({"on", "upon", "to", "of"})
BE_FORMS = frozenset({"'s", "'re", "'m", "is", "are", "was", "were", "am", "be", "been"})
COPULAS = frozenset({"be", "seem", "remain", "become", "look", "sound", "feel", "appear"})
#: How far up the tree a holder, a reporting verb or an operator is looked for.
MAX_CLIMB = 6
LOG = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------- lexicon
@dataclass(frozen=True)
class Lexicon:
    """The stance word lists, read once: cue word -> stance and the complements it takes."""

    verbs: dict[str, tuple[Stance, frozenset[str]]]
    nouns: dict[str, tuple[Stance, frozenset[str]]]
    adjectives: dict[str, tuple[Stance, str, frozenset[str]]]
    roles: dict[str, frozenset[str]]

    def role(self, word: str, role: str) -> bool:
        return word in self.roles.get(role, frozenset())


def _stance(value: str) -> Stance:
    if value not in ("support", "oppose"):
        raise ValueError(f"bad stance {value!r} in a stance word list")
    return "support" if value == "support" else "oppose"


def _cells(row: tuple[str, ...], n: int) -> list[str]:
    return [*row, *([""] * n)][:n]


@cache
def lexicon() -> Lexicon:
    verbs = {}
    for row in table("stance_verbs.tsv"):
        lemma, stance, frames = _cells(row, 3)
        verbs[lemma.lower()] = (_stance(stance), frozenset(f for f in frames.split(",") if f))
    nouns = {}
    for row in table("stance_nouns.tsv"):
        lemma, stance, comps = _cells(row, 3)
        nouns[lemma.lower()] = (_stance(stance), frozenset(c for c in comps.split(",") if c))
    adjectives = {}
    for row in table("stance_adjectives.tsv"):
        word, stance, kind, comps = _cells(row, 4)
        adjectives[word.lower()] = (
            _stance(stance),
            kind,
            frozenset(c for c in comps.split(",") if c),
        )
    roles: dict[str, set[str]] = {}
    for row in table("stance_operators.tsv"):
        word, role = _cells(row, 2)
        roles.setdefault(role, set()).add(word.lower())
    return Lexicon(verbs, nouns, adjectives, {k: frozenset(v) for k, v in roles.items()})


# ---------------------------------------------------------------------------------- candidates
@dataclass
class _Found:
    """A stance found in the syntax, before its holder is resolved to an actor."""

    holders: list[Token]
    stance: Stance
    target: tuple[int, int]  # token range [start, end)
    target_root: Token
    cue: tuple[int, int]
    said: bool = False  # evaluative or deontic: needs a speaker, not the narrator


def _children(tok: Token, *deps: str) -> Iterator[Token]:
    return (c for c in tok.children if c.dep_ in deps)


def _first(tok: Token, *deps: str) -> Token | None:
    return next(_children(tok, *deps), None)


def _subtree(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _head_part(tok: Token) -> tuple[int, int]:
    """A noun phrase up to its head: the antecedent of a relative clause, without the clause."""
    return tok.left_edge.i, tok.i + 1


def _trimmed(doc: Doc, rng: tuple[int, int], root: Token) -> tuple[int, int] | None:
    """Punctuation, a leading "that" or a dangling "and" off; never across a paragraph break."""
    start, end = rng
    for tok in doc[start:end]:
        if tok.is_space and "\n" in tok.text or "\n" in tok.whitespace_:
            if tok.i < root.i:
                start = tok.i + 1
            else:
                end = tok.i + (0 if tok.is_space else 1)
                break
    while start < end and (doc[start].is_punct or doc[start].dep_ in ("mark", "cc")):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"
    ):
        end -= 1
    return (start, end) if start < end else None


def _is_infinitive(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def _without_subject(tok: Token) -> tuple[int, int]:
    """A clause's span from just after its subject (for "urged X to do Y" parsed as a clause)."""
    start, end = _subtree(tok)
    subj = _first(tok, *SUBJECTS)
    if subj is not None and subj.i < tok.i:
        start = subj.right_edge.i + 1
    return start, end


def _antecedent(tok: Token) -> Token:
    """A relative pronoun's antecedent when the parse gives one, else the pronoun itself."""
    if tok.lower_ in RELATIVES and tok.tag_ in ("WDT", "WP", "IN", "DT"):
        clause = tok.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
            if clause.dep_ not in ("conj", "xcomp", "ccomp"):
                return tok
            clause = clause.head
        if clause.dep_ in ("relcl", "acl"):
            return clause.head
    return tok


def _np(tok: Token) -> tuple[int, int]:
    """A noun phrase without a relative clause after it ("the plan, which X praised")."""
    ante = _antecedent(tok)
    if ante is not tok:
        return _head_part(ante)
    start, end = _subtree(tok)
    for c in tok.rights:
        if c.dep_ == "relcl":
            end = c.left_edge.i
            break
    return start, end


def _subject(verb: Token) -> list[Token]:
    """Who does what the verb says: its subject, or the controller up an infinitive chain."""
    tok = verb
    for _ in range(MAX_CLIMB):
        subj = _first(tok, "nsubj", "csubj")
        if subj is not None:
            if subj.lower_ in RELATIVES and tok.dep_ == "relcl":
                subj = tok.head
            return [subj, *subj.conjuncts]
        if _first(tok, "nsubjpass") is not None:
            agent = _first(tok, "agent")
            obj = _first(agent, "pobj") if agent is not None else None
            return [obj, *obj.conjuncts] if obj is not None else []
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return [tok.head]
        if tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ == "xcomp" and _first(tok.head, *OBJECTS) is None or tok.dep_ == "conj":
            tok = tok.head
        elif tok.dep_ == "acl" and _is_infinitive(tok) and tok.head.dep_ in OBJECTS:
            tok = tok.head.head  # "launched a campaign to persuade X"
        elif tok.dep_ == "advcl" and tok.tag_ == "VBG" and _first(tok, "mark") is None:
            tok = tok.head  # "..., asking the government to act": the main clause's subject
        elif tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by":
            tok = tok.head.head  # "reacted by proposing X"
        else:
            return []
    return []


def _agent(verb: Token) -> list[Token]:
    agent = _first(verb, "agent")
    obj = _first(agent, "pobj") if agent is not None else None
    return [obj, *obj.conjuncts] if obj is not None else []


def _polarity(cue: Token, lex: Lexicon) -> int:
    """+1 as stated, -1 negated or refused, 0 hypothetical, hedged or asked."""
    sign = 1
    tok = cue
    if cue.pos_ in ("NOUN", "PROPN") and cue.dep_ in OBJECTS:
        tok = cue.head  # "did not voice support for X": the light verb carries the negation
    for step in range(MAX_CLIMB):
        for c in tok.children:
            if c.dep_ == "neg" or (c.dep_ == "advmod" and _first(c, "neg") is not None):
                sign = -sign
            elif (
                c.dep_ == "aux"
                and lex.role(c.lower_, "modal")
                or c.dep_ in ("mark", "advmod")
                and lex.role(c.lower_, "condition")
            ):
                return 0
        if step > 0:
            lemma = tok.lemma_.lower()
            if lex.role(lemma, "hedge"):
                return 0
            if lex.role(lemma, "flip"):
                sign = -sign
        if tok.dep_ not in ("xcomp", "conj", "acomp", "ccomp") or tok.head.i == tok.i:
            break
        if tok.dep_ == "ccomp" and not _is_infinitive(tok):
            break
        tok = tok.head
    # a conditional clause higher up ("if they back the plan, ...")
    anc = tok
    for _ in range(MAX_CLIMB):
        if anc.dep_ == "advcl" and any(
            c.dep_ == "mark" and lex.role(c.lower_, "condition") for c in anc.children
        ):
            return 0
        if anc.head.i == anc.i:
            break
        anc = anc.head
    return sign


def _verb_targets(cue: Token, frames: frozenset[str]) -> Iterator[tuple[Token, tuple[int, int]]]:
    """The verb's target phrase(s) by frame, most specific first."""
    has_object = _first(cue, *OBJECTS) is not None
    for c in cue.children:
        if c.dep_ not in ("xcomp", "ccomp") or not _is_infinitive(c):
            continue
        # "urged the unions to return" (object, or the parse's clause subject) / "refused to sign"
        addressee = (
            has_object
            or _first(c, "nsubj") is not None
            or any(p.dep_ in ("prep", "dative") and p.lower_ in ADDRESSEE for p in cue.children)
        )
        if ("objinf" in frames and addressee) or ("inf" in frames and not has_object):
            if "inf" in frames and c.lemma_.lower() in _reporting() | {"comment"}:
                return  # "declined to comment": refusing to speak takes no side
            yield c, _without_subject(c)
            return
    for c in cue.children:
        if c.dep_ == "ccomp" and "clause" in frames and not _is_infinitive(c):
            yield c, _subtree(c)
            return
    for frame in frames:
        if not frame.startswith("p:"):
            continue
        word = frame[2:]
        for c in cue.children:
            if c.lower_ != word:
                continue
            if c.dep_ == "prt":
                obj = _first(cue, *OBJECTS)
                if obj is not None:
                    yield obj, _np(obj)
                    return
            elif c.dep_ in ("prep", "dative", "agent"):
                for obj in _children(c, "pobj", "pcomp"):
                    yield obj, _subtree(obj)
                    for conj in obj.conjuncts:
                        yield conj, _subtree(conj)
                    return
    if "obj" not in frames:
        return
    obj = _first(cue, *OBJECTS)
    if obj is not None and obj.lower_ not in FIRST_PERSON:
        yield obj, _np(obj)
        for conj in obj.conjuncts:
            yield conj, _subtree(conj)
        return
    passive = _first(cue, "nsubjpass")
    if passive is not None:
        yield passive, _np(passive)
        return
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        yield cue.head, _head_part(cue.head)


def _verb_cue(cue: Token, lex: Lexicon) -> Iterator[_Found]:
    stance, frames = lex.verbs[cue.lemma_.lower()]
    doc = cue.doc
    if "stim" in frames:
        passive = _first(cue, "nsubjpass") is not None or _first(cue, "auxpass") is not None
        if passive or cue.dep_ == "acomp":  # "X was alarmed by Y", "X is alarmed by Y"
            subj = _first(cue, "nsubjpass") or _copula_subject(cue)
            holders = [subj] if subj is not None else []
            targets = [
                o
                for p in cue.children
                if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "at", "about", "with")
                for o in _children(p, "pobj", "pcomp")
            ] + list(_children(cue, "ccomp"))
        else:
            obj = _first(cue, *OBJECTS)
            holders = [obj] if obj is not None else []
            targets = _subject(cue)  # also "which ... but alarmed X": the antecedent
        for t in targets[:1]:
            yield _Found(holders, stance, _np(t), _antecedent(t), (cue.i, cue.i + 1))
        return
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.verbs:
        # "urged the unions to back the plan": the unions' backing is the urging's target
        outer = lex.verbs[cue.head.lemma_.lower()][1]
        if outer & {"objinf"} and _first(cue.head, *OBJECTS) is not None:
            return
    if cue.dep_ == "acl" and cue.tag_ == "VBN" or _first(cue, "nsubjpass") is not None:
        holders = _agent(cue)
    else:
        holders = _subject(cue)
    said = False
    if not holders and cue.dep_ == "ROOT" and cue.tag_ in ("VBG", "VB"):
        said = True  # "Hoping that ...", "Reject this deal!": whoever says it
    elif not holders:
        return
    for root, rng in _verb_targets(cue, frames):
        if (
            root.dep_ == "xcomp"
            and root.head.i == cue.i
            and root.lemma_.lower() in lex.verbs
            and "objinf" not in frames
        ):
            return  # "refused to back X": the inner stance verb carries the (flipped) position
        cue_end = cue.i + 1
        if (
            cue_end < len(doc)
            and doc[cue_end].dep_ == "prep"
            and f"p:{doc[cue_end].lower_}" in frames
        ):
            cue_end += 1
        found_stance = stance
        if root.dep_ in ("xcomp", "ccomp") and _first(root, "neg") is not None:
            # "asked ministers not to close the border": against closing it
            found_stance = "oppose" if stance == "support" else "support"
            rng = (
                max(rng[0], max(c.i for c in root.children if c.dep_ in ("neg", "aux")) + 1),
                rng[1],
            )
        yield _Found(holders, found_stance, rng, _antecedent(root), (cue.i, cue_end), said=said)
        # one target per frame, plus coordinated ones
        if root.dep_ not in ("pobj", "pcomp", "dobj", "obj"):
            break


def _is_be(tok: Token) -> bool:
    """ "be", also when the lemmatiser misses a contraction written with a curly apostrophe."""
    return tok.lemma_ == "be" or tok.lower_.replace("’", "'") in BE_FORMS


def _possessor(tok: Token) -> Token | None:
    """ "X's" before a noun: a poss dependent, or an nmod carrying the possessive 's."""
    for c in tok.children:
        if c.i < tok.i and (
            c.dep_ == "poss" or (c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children))
        ):
            return c
    return None


def _noun_holders(noun: Token, lex: Lexicon) -> tuple[list[Token], Token | None]:
    """The holder of a stance noun, and for "X received support" the target X."""
    poss = _possessor(noun)
    if poss is not None:
        return [poss], None
    mods = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "amod", "nmod")
        and c.i < noun.i
        and (c.ent_type_ or c.pos_ == "PROPN")
    ]
    if mods:
        return mods, None
    head = noun.head
    if noun.dep_ in OBJECTS and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        if lex.role(lemma, "light"):
            return _subject(head), None
        if lex.role(lemma, "receive"):
            preps = [p for p in [*noun.children, *head.children] if p.dep_ == "prep"]
            start = next((p.i for p in preps if p.lower_ == "from"), None)
            givers = [
                o
                for p in preps
                if start is not None and (p.i == start or (p.lower_ == "to" and p.i > start))
                for o in _children(p, "pobj")
            ]  # "support from X", "support ranging from X to Y"
            subj = _first(head, "nsubj", "nsubjpass")
            return [h for g in givers for h in (g, *g.conjuncts)], subj
    if noun.dep_ == "nsubj" and _is_be(head):  # "X's goal is to ..."
        return [], None
    if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        return _subject(head.head), None
    return [], None


def _noun_cue(noun: Token, lex: Lexicon) -> Iterator[_Found]:
    stance, comps = lex.nouns[noun.lemma_.lower()]
    holders, target = _noun_holders(noun, lex)
    if not holders:
        return
    cue = (noun.i, noun.i + 1)
    if target is not None:
        yield _Found(holders, stance, _np(target), _antecedent(target), cue)
        return
    if noun.dep_ == "nsubj" and _is_be(noun.head) and "inf" in comps:
        for c in _children(noun.head, "xcomp", "ccomp", "attr"):
            if _is_infinitive(c):
                yield _Found(holders, stance, _subtree(c), c, cue)
                return
    after = [c for c in noun.head.children if c.i > noun.i] if noun.dep_ in OBJECTS else []
    for c in [*noun.children, *after]:
        if c.dep_ == "prep" and c.lower_ in comps:
            for obj in _children(c, "pobj", "pcomp"):
                yield _Found(holders, stance, _subtree(obj), obj, cue)
                return
        if c.dep_ in ("acl", "relcl", "ccomp", "advcl"):
            if "inf" in comps and _is_infinitive(c):
                yield _Found(holders, stance, _subtree(c), c, cue)
                return
            if "clause" in comps and (
                _first(c, "mark") is not None or c.left_edge.lower_ == "that"
            ):
                yield _Found(holders, stance, _subtree(c), c, cue)
                return


def _copula_subject(adj: Token) -> Token | None:
    head = adj.head
    if adj.dep_ in ("acomp", "attr", "prep") and (_is_be(head) or head.lemma_.lower() in COPULAS):
        return _first(head, "nsubj", "nsubjpass")
    if adj.pos_ == "VERB" and _first(adj, "auxpass") is not None:  # "X is needed"
        return _first(adj, "nsubjpass")
    if adj.pos_ == "VERB" and any(c.dep_ == "aux" and _is_be(c) for c in adj.children):
        return _first(adj, "nsubj")  # "it was damning that ...", tagged as a verb
    return None


def _extraposed(adj: Token) -> Token | None:
    """The clause an expletive "it" stands for ("it is vital that ...", "it is unfair to ...")."""
    for tok in (adj, adj.head):
        for c in tok.children:
            if c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > adj.i:
                return c
    return None


def _adjective_cue(adj: Token, lex: Lexicon) -> Iterator[_Found]:
    stance, kind, comps = lex.adjectives[adj.lower_]
    cue = (adj.i, adj.i + 1)
    subj: Token | None
    if kind == "holder":
        subj = _copula_subject(adj)
        if subj is None:
            return
        for c in adj.children:
            if c.dep_ in ("prep", "agent") and c.lower_ in comps:
                for obj in _children(c, "pobj", "pcomp"):
                    yield _Found([subj, *subj.conjuncts], stance, _subtree(obj), obj, cue)
                    return
            if c.dep_ == "ccomp" and "clause" in comps:
                yield _Found([subj, *subj.conjuncts], stance, _subtree(c), c, cue)
                return
        if adj.pos_ == "ADP":  # "X is against Y"
            for obj in _children(adj, "pobj", "pcomp"):
                yield _Found([subj, *subj.conjuncts], stance, _subtree(obj), obj, cue)
                return
        return
    subj = _copula_subject(adj)
    head = adj.head
    if subj is None and adj.dep_ == "oprd" and lex.role(head.lemma_.lower(), "pred"):
        called = _first(head, *OBJECTS)
        if called is not None:
            yield _Found(_subject(head), stance, _np(called), _antecedent(called), cue)
        return
    if subj is None and adj.dep_ == "amod" and head.dep_ == "attr":
        subj = _copula_subject(head)
    if subj is None:
        return
    if subj.lower_ == "it":
        clause = _extraposed(adj)
        if clause is None or clause.lemma_.lower() in _reporting():
            return  # "it is fair to say ...": a way of speaking
        yield _Found(
            [],
            stance,
            _without_subject(clause) if _is_infinitive(clause) else _subtree(clause),
            clause,
            cue,
            said=True,
        )
        return
    for c in [*_children(adj, "xcomp"), *_children(head, "xcomp")]:
        if _is_infinitive(c):  # "X is welcome to come": the invitation is to come
            yield _Found([], stance, _subtree(c), c, cue, said=True)
            return
    yield _Found([], stance, _np(subj), _antecedent(subj), cue, said=True)


def _deontic_cue(tok: Token, lex: Lexicon) -> Iterator[_Found]:
    """ "We should act", "we need to act", "it is time to act", said by a holder."""
    doc = tok.doc
    if tok.dep_ == "aux" and lex.role(tok.lower_, "deontic_modal"):
        verb = tok.head
        if verb.lemma_.lower() in _reporting():
            return  # "I must say ...": a way of speaking, not advocacy
        start = tok.i + 1
        while start < len(doc) and doc[start].dep_ in ("neg", "advmod"):
            if doc[start].head.i != verb.i:
                break
            start += 1
        end = verb.right_edge.i + 1
        subj = _first(verb, "nsubj", "nsubjpass", "expl")
        if subj is not None and subj.lower_ not in FIRST_PERSON | {"there", "it"}:
            start = min(start, subj.left_edge.i)  # a proposal keeps its subject
        # "must not overreact": the negation belongs to the verb the modal governs
        stance: Stance = "oppose" if _first(verb, "neg") is not None else "support"
        if start < end:
            yield _Found([], stance, (start, end), verb, (tok.i, tok.i + 1), said=True)
        return
    if tok.pos_ == "VERB" and lex.role(tok.lemma_.lower(), "deontic"):
        subj = _first(tok, "nsubj")
        general = subj is not None and subj.lower_ in FIRST_PERSON | {"everyone", "everybody"}
        for c in tok.children:
            if not general and _first(c, "nsubj") is None and _first(tok, *OBJECTS) is None:
                continue  # "the team needs to rebuild": its own task, not advocacy
            if c.dep_ in ("xcomp", "ccomp") and _is_infinitive(c):
                yield _Found([], "support", _without_subject(c), c, (tok.i, tok.i + 1), said=True)
                return
        return
    if tok.lower_ == "time" and tok.dep_ == "attr" and _is_be(tok.head):
        subj = _first(tok.head, "nsubj")
        if subj is None or subj.lower_ != "it":
            return
        for c in [*tok.children, *tok.head.children]:
            if c.dep_ in ("relcl", "acl", "xcomp", "advcl") and _is_infinitive(c):
                yield _Found([], "support", _subtree(c), c, (tok.i, tok.i + 1), said=True)
                return


DEONTIC_WORDS = ("should", "must", "ought", "time")


def _may_cue(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of the tokens whose word or lemma is in a stance list: the others need no look."""
    deontic = lex.roles.get("deontic", frozenset())

    def keep(lemma: str, lower: str) -> bool:
        return (
            lemma in lex.verbs
            or lemma in lex.nouns
            or lemma in deontic
            or lower in lex.adjectives
            or lower in DEONTIC_WORDS
        )

    return words_where(doc, keep)


def _cues(
    sent: SpacySpan, lex: Lexicon, may_cue: list[int] | None = None
) -> Iterator[tuple[Token, _Found]]:
    if may_cue is None:
        tokens: Iterable[Token] = sent
    else:
        doc = sent.doc
        lo = bisect_left(may_cue, sent.start)
        hi = bisect_left(may_cue, sent.end)
        tokens = (doc[i] for i in may_cue[lo:hi])
    for tok in tokens:
        lemma = tok.lemma_.lower()
        found: Iterable[_Found] = ()
        if tok.pos_ == "VERB" and lemma in lex.verbs and tok.dep_ not in ("amod", "compound"):
            found = _verb_cue(tok, lex)
        elif tok.pos_ in ("NOUN", "PROPN") and lemma in lex.nouns and tok.dep_ != "compound":
            found = _noun_cue(tok, lex)
        elif tok.lower_ in lex.adjectives and tok.pos_ in ("ADJ", "VERB", "ADP"):
            found = _adjective_cue(tok, lex)
        elif tok.lower_ in DEONTIC_WORDS or lex.role(lemma, "deontic"):
            found = _deontic_cue(tok, lex)
        for f in found:
            LOG.debug("cue %s %s holders=%s target=%s", tok.text, f.stance, f.holders, f.target)
            yield tok, f


# ---------------------------------------------------------------------------------- document
class _Context:
    """Per-document lookups built once: token -> actor, token -> quote."""

    def __init__(self, doc: Doc, actors: Actors, quotes: list[Quote]) -> None:
        self.doc = doc
        self.actors = actors
        self.lex = lexicon()
        models = actors.to_models()
        self.ids = {a.id for a in models}
        self.kinds = {a.id: a.kind for a in models}
        self.checked: set[str] = set()
        self.groups = {a.name.casefold(): a.id for a in models if a.kind == "group"}
        n = len(doc)
        self.tok_actor: list[str | None] = [None] * n
        size = [0] * n
        for a in models:
            for m in a.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                width = m.end - m.start
                for t in span:
                    if self.tok_actor[t.i] is None or width < size[t.i]:
                        self.tok_actor[t.i] = a.id
                        size[t.i] = width
        self.by_country: dict[str, str] = {}
        table = _countries()
        if table is not None:
            for a in models:
                country = table.country(a.name) if a.kind == "country" else None
                if country:
                    self.by_country.setdefault(country, a.id)
        # a name written without the recogniser noticing ("Zelenskyy" tagged as a noun)
        self.by_name: dict[str, str | None] = {}
        for a in models:
            if a.kind == "person" or a.kind == "organization":
                words = a.name.split()
                for key in {a.name.casefold(), words[-1].casefold()} if words else ():
                    self.by_name[key] = None if self.by_name.get(key, a.id) != a.id else a.id
        self.tok_quote: list[Quote | None] = [None] * n
        for q in quotes:
            for part in q.content_parts or [q.content]:
                span = doc.char_span(part.start, part.end, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        self.tok_quote[t.i] = q
        # the reporting verb of a quote may carry the stance itself ("X warned against ...")
        self.cue_quote: dict[int, Quote] = {}
        for q in quotes:
            if q.cue is not None:
                span = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
                for t in span if span is not None else ():
                    self.cue_quote.setdefault(t.i, q)

    def quote_actor(self, tok: Token) -> tuple[str, str] | None:
        q = self.tok_quote[tok.i]
        if q is not None and q.actor in self.ids:
            return q.actor, q.id
        return None

    def actor_of(self, tok: Token, depth: int = 0) -> str | None:
        """The actor a holder or target token names: its mention, a pronoun, its possessor."""
        hit = self.tok_actor[tok.i]
        if hit is not None:
            return hit
        doc = self.doc
        if tok.tag_ in ("PRP", "PRP$"):
            found = self.actors.propose(doc[tok.i : tok.i + 1])
        else:
            left = min(
                (c.left_edge.i for c in tok.children if c.i < tok.i and c is not _possessor(tok)),
                default=tok.i,
            )
            found = self.actors.propose(doc[left : tok.i + 1])
        if found is not None and self.known(found):
            return found
        if tok.is_title and tok.pos_ in ("NOUN", "PROPN"):
            named = self.by_name.get(tok.text.casefold())
            if named is not None:
                return named
        demonym = self.demonym_actor(tok)
        if demonym is not None:
            return demonym
        poss = _possessor(tok)
        if poss is not None and depth == 0:
            return self.actor_of(poss, depth + 1)
        return None

    def known(self, actor_id: str) -> bool:
        """An actor the output will list: one it lists now, or one this stage proposed."""
        return actor_id in self.ids or self.actors.proposed(actor_id)

    def demonym_actor(self, tok: Token) -> str | None:
        """ "Russian officials", "the Kenyans": the country's actor, when the story has one."""
        table = _countries()
        for word in (tok, *(c for c in tok.children if c.dep_ in ("amod", "compound"))):
            if word.ent_type_ != "NORP":
                continue
            country = table.demonym(word.text) if table is not None else None
            if country in self.by_country:
                return self.by_country[country]
            key = word.text.casefold()
            for name in (key, key + "s"):  # "European partners" -> the actor "Europeans"
                if name in self.groups:
                    return self.groups[name]
        return None

    def holder(self, tok: Token) -> tuple[str, str | None] | None:
        """(actor id, quote id) of a holder token; first person is the quote's speaker."""
        if tok.lower_ in FIRST_PERSON:
            return self.quote_actor(tok)
        actor = None
        for appos in _children(tok, "appos") if tok.pos_ != "PROPN" else ():
            # "the secretary general of X, Jane Doe,": the person
            found = self.actor_of(appos) if appos.pos_ == "PROPN" else None
            if found is not None and self.kinds.get(found) == "person":
                actor = found
                break
        actor = actor or self.actor_of(tok)
        if actor is None and tok.lemma_.lower() in self.lex.nouns:
            # "the request of the city asking schools to pay": the city's request
            for prep in _children(tok, "prep"):
                obj = _first(prep, "pobj") if prep.lower_ == "of" else None
                actor = self.actor_of(obj) if obj is not None else None
                break
        if actor is None:
            return None
        q = self.tok_quote[tok.i]
        return actor, q.id if q is not None else None

    def speaker(self, tok: Token) -> tuple[str, str | None] | None:
        """Who says the clause `tok` is in: the quote's speaker, or a reporting verb's subject."""
        in_quote = self.quote_actor(tok)
        if in_quote is not None:
            return in_quote
        node = tok
        for _ in range(MAX_CLIMB):
            if node.head.i == node.i:
                return None
            dep = node.dep_
            node = node.head
            lemma = node.lemma_.lower()
            if (
                dep == "ccomp"
                and node.pos_ == "VERB"
                and (lemma in _reporting() or self.lex.role(lemma, "speech"))
            ):
                for subj in _subject(node):
                    found = self.holder(subj)
                    if found is not None:
                        return found
                return None
        return None


@cache
def _countries() -> Countries | None:
    try:
        from claimx.rules.names import countries

        return countries()
    except (ImportError, FileNotFoundError):
        return None


@cache
def _reporting() -> frozenset[str]:
    try:
        from claimx.rules.lexicon import cue_verbs

        return cue_verbs()
    except (ImportError, FileNotFoundError):
        return frozenset()


def _span(text: str, doc: Doc, start: int, end: int) -> Span:
    a = doc[start].idx
    last = doc[end - 1]
    b = last.idx + len(last.text)
    # a target that begins a quotation and runs past its end keeps the opening mark:
    # 'against “wasting time” with ...' gives '“wasting time” with ...', not 'wasting time” ...'
    if any(r.start == a and r.end < b for r in regions_of(doc)):
        a -= 1
    return Span(start=a, end=b, text=text[a:b])


def _evidence(text: str, sent: SpacySpan) -> Span:
    a, b = sent.start_char, sent.end_char
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(start=a, end=b, text=text[a:b])


def _is_question(sent: SpacySpan) -> bool:
    for tok in reversed(sent):
        if tok.is_punct and tok.text in ("?",):
            return True
        if not (tok.is_punct or tok.is_space or tok.is_quote):
            return False
    return False


def find_positions(doc: Doc, actors: Actors, quotes: list[Quote]) -> list[Position]:
    if not doc.has_annotation("DEP"):
        return []
    ctx = _Context(doc, actors, quotes)
    lex = ctx.lex
    text = text_of(doc)
    may_cue = _may_cue(doc, lex)
    out: list[Position] = []
    for sent in doc.sents:
        if _is_question(sent):
            continue
        seen: set[tuple[str, str, int]] = set()
        evidence: Span | None = None
        for cue_tok, found in _cues(sent, lex, may_cue):
            sign = _polarity(cue_tok, lex)
            if sign == 0:
                continue
            stance: Stance = found.stance
            if sign < 0:
                stance = "oppose" if stance == "support" else "support"
            who = [ctx.speaker(cue_tok)] if found.said else [ctx.holder(h) for h in found.holders]
            target = _trimmed(doc, found.target, found.target_root)
            if target is None:
                continue
            if found.cue[0] >= target[0] and found.cue[1] <= target[1]:
                continue  # the cue inside its own target: a parse that went astray
            for hit in who:
                if hit is None:
                    continue
                actor, quote = hit
                if quote is None:
                    q = ctx.tok_quote[cue_tok.i] or ctx.cue_quote.get(cue_tok.i)
                    quote = q.id if q is not None and q.actor in (actor, None) else None
                key = (actor, stance, found.target_root.i)
                if key in seen:
                    continue
                seen.add(key)
                target_actor = ctx.actor_of(found.target_root)
                if target_actor == actor:
                    target_actor = None if found.target_root.lower_ in FIRST_PERSON else actor
                evidence = evidence or _evidence(text, sent)
                out.append(
                    Position(
                        id=f"p{len(out) + 1}",
                        actor=actor,
                        stance=stance,
                        target=_span(text, doc, *target),
                        target_actor=target_actor,
                        cue=_span(text, doc, *found.cue),
                        evidence=evidence,
                        quote=quote,
                    )
                )
    return out
