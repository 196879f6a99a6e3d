"""The learned kind check: is a named actor a person, a body or a place?

The name rules take an actor's kind from the recogniser's labels, its titles and its tables
(countries, words for bodies and places). The recogniser often calls a person named once or in a
headline a body, and a town after "at" a body ("the harbour at Trieste"). A multinomial logistic
regression over what the whole document says of the actor (the labels of all its mentions, a given
name, titles, "he"/"she" resolved to it, words for bodies or places in its name, the prepositions
before it) re-decides the kind when its most probable class is another. Trained by
`train/train_linker_kinds.py` on the GUM gold in ../shared/eval, read from
`models/actor_kind.json` with numpy only.
"""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from claimx.rules.docview import root_at, token_range, token_ranges, words_of
from claimx.rules.names import (
    countries,
    first_name_gender,
    not_person_nouns,
    org_name_words,
    org_nouns,
    person_nouns,
    place_nouns,
    union,
)
from claimx.rules.registry import declare, note
from claimx.rules.weights import Weights

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimx.actors.store import Actors, _Actor
    from claimx.rules.docview import Verdicts, Words

MODEL_FILE = "actor_kind.json"
CLASSES = ("person", "organization", "place")

KIND = declare(
    "actor.learned-kind",
    trigger="a named actor whose kind the learned kind model overrules",
    description="a learned classifier (models/actor_kind.json) re-decides person / body / place "
    "from all of an actor's mentions when the recogniser's label was wrong",
    examples=[
        "Paintings by Oskar Fendt were sold in Vienna. Fendt painted the harbour at Trieste, "
        "and critics praised Fendt for his light.",
        "Drawings by Klara Wendt hung in Berlin. Wendt drew the harbour at Rostock and the "
        "docks at Wismar.",
    ],
)

NICKNAME = declare(
    "actor.nickname",
    trigger='a name after "call", "nickname" or "dub" with "him", "her" or "me" as its object',
    description="a name a person is called by is a person's, and so is a name set beside it "
    '("they called him The Hammer -- Hammy --")',
    examples=[
        "My brother ran fast, and at school they used to call him The Hawk -- Hawkie -- for it.",
        "The goalkeeper stopped every shot. Her teammates nicknamed her The Wall in 2004.",
    ],
)
REGION = declare(
    "actor.compass-region",
    trigger='a name that is a point of the compass alone: "the West", "the South"',
    description="a region of the world or of a country is a place, whatever the recogniser "
    "labels it",
    examples=[
        "Trade with the West fell by half after the sanctions, the minister said.",
        "Blues came up from the South with the musicians who moved to the cities.",
    ],
)
#: a name that is only one of these is a region: a place
REGIONS = frozenset(("north", "south", "east", "west", "midwest"))
CALLING = frozenset(("call", "nickname", "dub"))
CALLED = frozenset(("him", "her", "me"))

FEATURES = (
    "bias",
    "label_person",
    "label_org",
    "label_place",
    "label_norp",
    "label_none",
    "given_name",
    "multiword",
    "rule_person",
    "rule_body",
    "rule_place",
    "titles",
    "he_she",
    "it_its",
    "org_word",
    "place_word",
    "country",
    "log_mentions",
    "after_in",
    "after_by",
    "subject_of_say",
    "all_caps",
    "surname_shared",
    "roles",
    "gender",
    "description_person",
    "possessor",
    "of_place_noun",
    "description_body",
    "description_place",
    "person_noun_before",
    "with_person",
)

SAY = frozenset(
    (
        "say",
        "said",
        "says",
        "told",
        "tells",
        "tell",
        "added",
        "argued",
        "explained",
        "wrote",
        "writes",
    )
)
LOCATIVE = frozenset(["in", "at", "from", "near", "into", "across", "throughout"])
#: pronouns only a person is: a name joined with one is a person's
PERSONAL = frozenset(("i", "he", "she", "me", "him", "her"))
#: pronouns for a person, and for a thing, among an actor's mentions
HE_SHE = frozenset(("he", "she", "him", "her", "his", "hers", "himself", "herself"))
IT_ITS = frozenset(("it", "its", "itself"))
#: endings of nouns for people ("physicist", "guitarist", "historian", "chairman")
PERSON_ENDINGS = ("ist", "ian", "man", "woman")


def _person_word(lemma: str) -> bool:
    """A noun for a person: a known one, or one with a person's ending that names no thing."""
    return lemma in person_nouns() or (
        lemma.endswith(PERSON_ENDINGS) and len(lemma) > 4 and lemma not in not_person_nouns()
    )


def _person_noun_at(words: Words, i: int) -> bool:
    """`_person_noun` of token `i`, read from the word columns."""
    return words.pos[i] == "NOUN" and _person_word(words.lemma[i].lower())


def _conjuncts(words: Words, i: int) -> list[int]:
    """`Token.conjuncts` of token `i`, read from the word columns: up the "conj" links to the
    first conjunct, then every "conj" child to the right, breadth first, without `i`."""
    start = i
    while words.head[start] != start and words.dep[start] == "conj":
        start = words.head[start]
    found = [start]
    for word in found:
        found.extend(k for k in words.children(word) if k > word and words.dep[k] == "conj")
    return [k for k in found if k != i]


def _given(word: str) -> bool:
    """A given name, or a hyphenated one that opens with one ("Pierre-Simon")."""
    names = first_name_gender()
    return word in names or ("-" in word and word.split("-")[0] in names)


def features(store: Actors, actor: _Actor, surnames: set[str]) -> list[float]:
    """The feature vector of one named actor, in the order of `FEATURES`."""
    doc = store.doc
    person = org = place = norp = other = 0  # the recogniser's labels of the names
    place_words = place_nouns()
    after_in = after_by = said = possessor = of_place = 0
    described = described_body = described_place = 0
    he_she = it_its = noun_before = with_person = 0
    bodies = org_nouns()
    w = words_of(doc)
    size = len(w.lower)
    name_spans = [span for span, form in actor.mentions.items() if form == "name"]
    for (s, e), form in actor.mentions.items():
        if form == "pronoun":
            word = store.text[s:e].lower()
            he_she += word in HE_SHE
            it_its += word in IT_ITS
        elif form == "description":
            if any(s < s2 and e2 <= e for s2, e2 in name_spans):
                continue  # "the secretary general of X" said of X: read wrong, says nothing
            # the head noun, not the last word: "the first guy I know of to do this"
            rng = token_range(doc, s, e)
            head = w.lemma[root_at(w, *rng)].lower() if rng is not None and rng[0] < rng[1] else ""
            described += _person_word(head)
            described_body += head in bodies
            described_place += head in place_words
    # the names' token ranges, all in one call; each name then read from the word columns
    ranges = [r for r in token_ranges(doc, name_spans) if r is not None and r[0] < r[1]]
    names = len(ranges)
    for first, last in ranges:
        root = root_at(w, first, last)
        ent = w.ent_type[root]
        if ent == "PERSON":
            person += 1
        elif ent == "ORG":
            org += 1
        elif ent in ("GPE", "LOC", "FAC"):
            place += 1
        elif ent == "NORP":
            norp += 1
        else:
            other += 1
        if first > 0:
            before = w.lower[first - 1]
            after_in += before in LOCATIVE
            after_by += before == "by"
            if (
                before in ("of", "at", "in", "near")
                and first >= 2
                and w.lemma[first - 2].lower() in place_words
            ):
                of_place += 1  # "the harbour at Trieste", "the town of Leer"
        # "guitarist Lena Holm", in the mention or before it: a noun for a person
        noun_before += (first > 0 and _person_noun_at(w, first - 1)) or (
            "NOUN" in w.pos[first:root]  # (most names have none: no test per word)
            and any(_person_noun_at(w, k) for k in range(first, root))
        )
        joined = w.dep[root] == "conj"
        if last < size:
            possessor += w.tag[last] == "POS"
            if w.lower[last] == "and":
                joined = True
                # "Rebecca and I" word by word: the parse of such a line often fails
                with_person += last + 1 < size and w.lower[last + 1] in PERSONAL
        if joined:  # "Jane and her husband", "Jane and I" by the parse
            conjuncts = _conjuncts(w, root)
            with_person += any(w.lower[o] in PERSONAL or _person_noun_at(w, o) for o in conjuncts)
        if w.dep[root] in ("nsubj", "nsubjpass") and w.lemma[w.head[root]].lower() in SAY:
            said += 1
    n = max(names, 1)
    words = actor.name.split()
    keywords = {w for key in actor.keys for w in key.split()}
    kind = actor.kind
    return [
        1.0,
        person / n,
        org / n,
        place / n,
        norp / n,
        other / n,
        float(bool(words) and _given(words[0])),
        float(len(words) >= 2),
        float(kind == "person"),
        float(kind in ("organization", "group")),
        float(kind in ("place", "country")),
        float(bool(actor.titles)),
        math.log1p(he_she),
        math.log1p(it_its),
        float(bool(keywords & union(org_nouns, org_name_words))),
        float(bool(keywords & union(place_nouns))),
        float(kind == "country" or countries().country(actor.name) is not None),
        math.log1p(len(actor.mentions)),
        after_in / n,
        after_by / n,
        float(said > 0),
        float(actor.name.isupper()),
        float(bool(words) and words[-1].lower() in surnames and len(words) >= 2),
        float(bool(actor.roles)),
        float(actor.gender is not None),
        float(described > 0),
        possessor / n,
        of_place / n,
        float(described_body > 0),
        float(described_place > 0),
        float(noun_before > 0),
        float(with_person > 0),
    ]


#: features that say an actor is a person: without one, the model may not make it one
EVIDENCE = (
    "label_person",
    "given_name",
    "titles",
    "he_she",
    "gender",
    "description_person",
    "person_noun_before",
    "with_person",
)
_EVIDENCE = [FEATURES.index(f) for f in EVIDENCE]


_BODY_WORD = FEATURES.index("org_word")


def person_evidence(row: list[float]) -> bool:
    """Does anything in the text say this actor is a person (a label, a given name, a title,
    he/she, a noun for a person), and nothing in its name that it is a body ("the Episcopal
    Conference", as the linker's constraint has it)?"""
    return any(row[k] > 0 for k in _EVIDENCE) and not row[_BODY_WORD] > 0


_GIVEN, _MULTIWORD, _HE_SHE, _WITH = (
    FEATURES.index(f) for f in ("given_name", "multiword", "he_she", "with_person")
)


def named_person(row: list[float]) -> bool:
    """A name that opens with a given name and has a surname, or that "he" or "she" refers to,
    with no word of a body's name in it: a person whatever the recogniser's labels say."""
    person = (row[_GIVEN] > 0 and row[_MULTIWORD] > 0) or row[_HE_SHE] > 0
    return person and not row[_BODY_WORD] > 0


def joined_person(row: list[float]) -> bool:
    """A given name joined with "I", "he" or "she" ("Marta and I drew up the form"), with no
    word of a body's name in it: a person, though the recogniser took it for a place."""
    return row[_GIVEN] > 0 and row[_WITH] > 0 and not row[_BODY_WORD] > 0


def _surnames(store: Actors) -> set[str]:
    """Last words of the names of people the rules are sure of (a title or a given name)."""
    given = first_name_gender()
    out = set()
    for actor in store._actors:
        words = actor.name.split()
        if actor.kind == "person" and len(words) >= 2 and (actor.titles or words[0] in given):
            out.add(words[-1].lower())
    return out


def candidates(store: Actors) -> list[_Actor]:
    """Named actors whose kind the model may change: not groups of people ("Muslims"), not the
    countries of the country table."""
    return [
        a
        for a in store._actors
        if a.named
        and a.mentions
        and not a.people
        and a.kind != "country"
        and a.name
        and not a.said_person  # "X was an American guitarist": the text says so
    ]


def rows(store: Actors) -> tuple[list[_Actor], list[list[float]]]:
    actors = candidates(store)
    surnames = _surnames(store)
    return actors, [features(store, a, surnames) for a in actors]


class Model:
    """Multinomial logistic regression weights (classes x features), standardised inputs."""

    def __init__(self, data: dict[str, object]) -> None:
        self.weights = np.asarray(data["weights"], dtype=float)
        self.mean = np.asarray(data["mean"], dtype=float)
        self.scale = np.asarray(data["scale"], dtype=float)
        self.margin = float(data.get("margin", 0.5))  # type: ignore[arg-type]

    def probabilities(self, x: list[list[float]]) -> np.ndarray:
        z = (np.asarray(x, dtype=float) - self.mean) / self.scale
        logits = z @ self.weights.T
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return np.asarray(e / e.sum(axis=1, keepdims=True))


_WEIGHTS = Weights(MODEL_FILE)
use_fold = _WEIGHTS.use_fold


def _data() -> dict[str, object]:
    return _WEIGHTS.data


@cache
def _model(fold: int | None) -> Model | None:
    data = _data()
    if not data or (fold is not None and fold < 0):
        return None  # a negative fold: the model is off (training reads the rules' kinds)
    if fold is None:
        return Model(data["model"])  # type: ignore[arg-type]
    return Model(data["folds"][fold])  # type: ignore[index]


def _class_of(kind: str) -> str:
    return {"group": "organization", "country": "place"}.get(kind, kind)


def nicknames(store: Actors) -> None:
    """ "They used to call him The Hawk -- Hawkie --": a name a person is called by (the object
    predicate of "call", or its second object) is a person's; a name set beside it is the same
    one's. Only the few verbs of calling are visited (an array test), never every token."""
    from claimx.rules.docview import tokens_of, words_where

    doc = store.doc
    verbs = words_where(doc, by_lemma=CALLING.__contains__, memo=_CALLING_MEMO).nonzero()[0]
    if not len(verbs):
        return
    words = words_of(doc)
    tokens = tokens_of(doc)
    for verb in verbs.tolist():
        kids = words.children(verb)
        called = [
            k for k in kids if words.dep[k] in ("dobj", "dative") and words.lower[k] in CALLED
        ]
        if not called:
            continue
        for k in kids:
            if words.dep[k] in ("oprd", "dobj") and words.pos[k] == "PROPN" and k > called[0]:
                _nickname(store, tokens[k])


_CALLING_MEMO: dict[int, Verdicts] = {}


def _nickname(store: Actors, tok: Token) -> None:
    found = store.resolve(tok.idx, tok.idx + len(tok.text))
    if found is None:
        return
    actor = store.get(found)
    actor.kind = "person"
    actor.guessed = False
    actor.said_person = True
    note(NICKNAME)
    for other in tok.children:
        if other.dep_ == "appos" and other.pos_ == "PROPN":
            also = store.resolve(other.idx, other.idx + len(other.text))
            if also is not None and also != found and store.get(also).named:
                store._merge(found, also)


def regions(store: Actors) -> None:
    """ "The West", "the South" alone: a region, a place (the recogniser calls it a body)."""
    for actor in store._actors:
        if actor.keys and actor.kind != "place" and actor.keys <= REGIONS:  # one set test
            actor.kind = "place"
            actor.guessed = False
            note(REGION)


def settle_kinds(store: Actors) -> None:
    """Change the kind of the actors the model is confident the rules got wrong."""
    nicknames(store)
    _learned_kinds(store)
    regions(store)


def _learned_kinds(store: Actors) -> None:
    model = _model(_WEIGHTS.fold)
    if model is None:
        return
    actors, x = rows(store)
    if not actors:
        return
    probs = model.probabilities(x)
    # each row's most probable class and its probability, for all rows in one call each
    bests = probs.argmax(axis=1).tolist()
    tops = probs.max(axis=1).tolist()
    for actor, best, top, row in zip(actors, bests, tops, x, strict=True):
        if (actor.kind == "organization" and named_person(row)) or (
            actor.kind in ("organization", "place") and joined_person(row)
        ):
            # "Donald Trump", whom the recogniser labels ORG in "the Trump campaign" and the
            # model follows: a given name and a surname, or "he"/"she", with no body word
            actor.kind = "person"
            actor.guessed = False
            note(KIND)
            continue
        new = CLASSES[best]
        if new == _class_of(actor.kind) or top < model.margin:
            continue
        if new == "person" and not person_evidence(row):
            continue  # "Tasmania", "Wikinews": nothing in the text says a person
        actor.kind = new  # type: ignore[assignment]
        actor.guessed = False
        note(KIND)
