"""Relational descriptions: "his father", "Moreau's mother", "her husband".

A noun for a relative with a possessor names whoever stands in that relation to the possessor's
actor; the walk leaves such phrases alone, since no salience decides who someone's father is.
The text says it elsewhere: an apposition ("his brother, George Whitman"), a predicate or an
apposition with "of" ("Daniel was a son of Johann Bernoulli", "the daughter of Katherine and
Anatole"), or a marriage ("Chao married Yang Buwei"). Each stated relation is read both ways (a
son's father is the father's son); a phrase is resolved when exactly one relative of its
possessor fits its relation and gender. "Her party" / "his company" is the one body named as
the possessor of the person's name ("Labour's home secretary Jane Doe"). Runs after the walk and
the interview turns, so "his" and "my" have their actors.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.rules.docview import IDS_TAG, Verdicts, tokens_of, words_of, words_where
from claimx.rules.names import first_name_gender, org_nouns
from claimx.rules.registry import declare, note
from claimx.rules.resources import table

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from claimx.actors.describe import _Describe
    from claimx.actors.store import _Actor

KIN = declare(
    "coref.kin-description",
    trigger="a noun for a relative with a possessor ('his father', 'Moreau's mother')",
    description="the relative of the possessor's actor that the text names elsewhere (an "
    "apposition, 'X was a son of Y', 'X married Y'), when exactly one fits",
    examples=[
        "Lena Brandt was a daughter of Oskar Brandt. Her father ran a bakery in Kiel.",
        "Tomas Vik grew up in Bergen. He married Ingrid Sole in 1970, and his wife later "
        "opened a school.",
    ],
)

OWN_BODY = declare(
    "coref.own-body",
    trigger="'her party', 'his company' after a name with a body as its possessor",
    description="a body named as the possessor of a person's name or title ('Labour's home "
    "secretary Jane Doe') is that person's: her party, her company is it",
    examples=[
        "Greenway's transport spokesman Piet Marais said his party would oppose the plan.",
        "Nordlink's chief executive Lena Holt said her company would build the line.",
    ],
)

INVERSE = {"parent": "child", "child": "parent", "sibling": "sibling", "spouse": "spouse"}
#: "born" (to A and B) and the forms of "marry"
VERBS = frozenset(("born", "marry", "married", "marries", "marrying"))


@cache
def kin_nouns() -> dict[str, tuple[str, str]]:
    """noun -> (relation, gender of the relative) from models/kin_nouns.tsv."""
    return {row[0]: (row[1], row[2]) for row in table("kin_nouns.tsv") if len(row) >= 3}


@cache
def kin_words() -> frozenset[str]:
    return frozenset(kin_nouns())


def resolve_relatives(b: _Describe) -> None:
    """Kin phrases with a resolved possessor, as mentions of the relative the text names."""
    doc, store = b.doc, b.actors
    if not len(doc):
        return
    _own_bodies(b)
    kin = kin_nouns()
    nouns = [t for t in _with(doc, kin_words()) if t.pos_ == "NOUN"]
    if not nouns:
        return

    def owner(tok: Token) -> str | None:
        """The actor a token is a mention (or the head of a name) of."""
        return (
            b.head_actor.get(tok.i)
            or store._pronoun.get(tok.i)
            or store._by_mention.get((tok.idx, tok.idx + len(tok.text)))
        )

    def possessor(noun: Token) -> str | None:
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        return owner(poss) if poss is not None else None

    facts: set[tuple[str, str, str]] = set()  # (anchor, relation, relative)

    def state(anchor: str | None, relation: str, relative: str | None) -> None:
        if anchor and relative and anchor != relative:
            facts.add((anchor, relation, relative))
            facts.add((relative, INVERSE[relation], anchor))

    for noun in nouns:
        relation = kin[noun.lower_][0]
        # "his brother, George Whitman" / "George Whitman, his brother"
        for child in noun.children:
            if child.dep_ == "appos":
                state(possessor(noun), relation, owner(child))
        if noun.dep_ == "appos":
            state(possessor(noun), relation, owner(noun.head))
        # "X was a son of Y (and Z)": X is Y's child, Y is X's parent
        said_of = None
        if possessor(noun) is None:
            said_of = b.head_actor.get(noun.i)
            if said_of is None or store.get(said_of).kind != "person":
                said_of = _born_one(noun, owner)
        if said_of:
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            for o in (obj, *obj.conjuncts):
                                state(owner(o), relation, said_of)
    verbs = _with(doc, VERBS)
    for verb in verbs:
        if verb.lower_ != "born":
            continue
        # "X was born in Y to A and B": A and B are X's parents
        born_one = _subject_owner(verb, owner)
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "to":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        for o in (obj, *obj.conjuncts):
                            state(born_one, "parent", owner(o))
    for verb in verbs:
        if verb.lower_ == "born":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ in ("advcl", "conj", "xcomp"):
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        spouse = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is not None and spouse is not None:
            state(owner(subject), "spouse", owner(spouse))
    if not facts:
        return
    for noun in nouns:
        if b.in_mention[noun.i] or noun.tag_ != "NN":
            continue
        anchor = possessor(noun)
        if anchor is None:
            continue
        relation, gender = kin[noun.lower_]
        fits = {
            relative
            for a, r, relative in facts
            if a == anchor
            and r == relation
            and store.get(relative).kind == "person"
            and _agrees(_gender(store.get(relative)), gender)
        }
        if len(fits) != 1:
            continue
        start = noun.left_edge.i
        store.add_mention(fits.pop(), doc[start].idx, noun.idx + len(noun.text), "description")
        for i in range(start, noun.i + 1):
            b.in_mention[i] = 1
        note(KIN)


def _agrees(known: str | None, wanted: str) -> bool:
    return known is None or wanted == "-" or known == wanted


def _subject_owner(verb: Token, owner: Callable[[Token], str | None]) -> str | None:
    """The actor of a verb's subject, or of the first of its conjuncts that has one ("Early
    life and education / Moreau was born", the heading run into the subject)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            for tok in (child, *child.conjuncts):
                found = owner(tok)
                if found:
                    return found
    return None


def _born_one(noun: Token, owner: Callable[[Token], str | None]) -> str | None:
    """ "X was born in Paris, the daughter of ...": the apposition the parser hangs on the place
    of birth is said of the one born."""
    place = noun.head
    if noun.dep_ != "appos" or place.dep_ != "pobj" or place.head.head.lower_ != "born":
        return None
    return _subject_owner(place.head.head, owner)


def _gender(actor: _Actor) -> str | None:
    """What the text or the given name says of an actor's gender."""
    if actor.gender is not None or not actor.name:
        return actor.gender
    return first_name_gender().get(actor.name.split()[0])


def _with(doc: Doc, words: frozenset[str]) -> list[Token]:
    """Tokens whose lower-case form is one of these words, read from the word lists."""
    found = words_where(doc, by_form=words.__contains__, memo=_MEMOS.setdefault(id(words), {}))
    tokens = tokens_of(doc)
    return [tokens[i] for i in found.nonzero()[0].tolist()]


#: verdicts per word list (`kin_words()` is made once, so its id stays its own)
_MEMOS: dict[int, dict[int, Verdicts]] = {}


def _possessed(doc: Doc, words: frozenset[str]) -> list[int]:
    """Possessive pronouns ("her", "his", "their") whose head is one of these words, read from
    the word lists: no Token for the rest of the document."""
    w = words_of(doc)
    possessive = (w.ids[:, IDS_TAG] == doc.vocab.strings["PRP$"]).nonzero()[0].tolist()
    return [i for i in possessive if w.lower[w.head[i]] in words]


def _own_bodies(b: _Describe) -> None:
    """ "Labour's home secretary Jane Doe said her party ...": "her party" is the body named as
    the possessor of the person's name, when it is the only one and its name has no other noun
    for a body ("Green Party" is no one's "company")."""
    doc, store = b.doc, b.actors
    bodies = org_nouns()
    owned = []  # (noun, its possessive pronoun, the person it stands for)
    for i in _possessed(doc, bodies):
        poss, person = doc[i], store._pronoun.get(i)
        noun = poss.head
        if (
            person
            and noun.tag_ == "NN"
            and not b.in_mention[noun.i]
            and store.get(person).kind == "person"
        ):
            owned.append((noun, poss, person))
    if not owned:
        return
    people = {person for _, _, person in owned}
    member: dict[str, set[str]] = {}
    for i, actor_id in b.head_actor.items():
        if actor_id not in people:
            continue
        for child in doc[i].children:
            body = b.head_actor.get(child.i) if child.dep_ == "poss" else None
            if body is not None and store.get(body).kind in ("organization", "group"):
                member.setdefault(actor_id, set()).add(body)
    if not member:
        return
    for noun, poss, person in owned:
        found = member.get(person)
        if not found or len(found) != 1:
            continue
        body = next(iter(found))
        words = {w for key in store.get(body).keys for w in key.split()}
        if words & bodies and noun.lower_ not in words:
            continue
        store.add_mention(body, poss.idx, noun.idx + len(noun.text), "description")
        for k in range(poss.i, noun.i + 1):
            b.in_mention[k] = 1
        note(OWN_BODY)
