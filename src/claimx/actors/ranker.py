"""The learned mention ranker: which actor a resolved pronoun refers to.

The walk (walk.py) resolves each third-person pronoun to the most salient actor that agrees with
it, with salience decayed sentence by sentence. That one number cannot weigh recency against a
document's topic, a subject against an object, or a pronoun bound in its own clause ("Lena
praised her" is not Lena). Once the actors are settled, each pronoun the walk resolved is ranked
again against every actor mentioned in the three sentences before it (and the walk's choice) by
a logistic regression over agreement, distance, salience, syntactic role and quotation features;
the best-scored actor takes the pronoun. Kind is a hard constraint (he/she only a person, it/its
never a person). Trained by `train/train_mention_ranker.py` on the GUM gold in ../shared/eval,
read from `models/mention_ranker.json` with numpy only.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING

import numpy as np

from claimx.actors.quoted import _quoted_tokens
from claimx.actors.words import FEMALE, MALE, NEUTER, PLURAL, SUBJECTS
from claimx.rules.registry import declare, note
from claimx.rules.weights import Weights

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.actors.store import Actors, _Actor

MODEL_FILE = "mention_ranker.json"
WINDOW = 3  # sentences before the pronoun's whose actors are candidates

RANKED = declare(
    "coref.ranked-pronoun",
    trigger="a resolved he/she/they/it whose best-ranked antecedent is not the walk's",
    description="a learned ranker (models/mention_ranker.json) re-decides which recently "
    "mentioned actor a pronoun refers to, weighing agreement, distance, salience and role",
    examples=[
        "Mira Holm hired Lena Varga in 2001. Mira praised Lena Varga often. Years later, "
        "Lena Varga left the firm, and Holm said she had been the best hire of her career.",
        "Tomas Greer coached Piet Marais for years. Greer watched Marais win in Oslo, and "
        "Marais thanked Greer on stage. Later Greer said he was proud of his pupil.",
    ],
)

FEATURES = (
    "bias",
    "walk_choice",
    "gender_agree",
    "gender_conflict",
    "plural_pronoun",
    "neuter_pronoun",
    "person_actor",
    "body_actor",
    "place_actor",
    "plural_and_person",
    "sentence_distance",
    "log_token_distance",
    "log_mentions_before",
    "last_is_subject",
    "last_is_name",
    "last_is_pronoun",
    "recency_rank_0",
    "log_recency_rank",
    "topic",
    "same_quotedness",
    "bound_in_clause",
    "subject_parallel",
    "in_sentence",
    "named_in_window",
    "log_mentions_total",
)

PRONOUNS = MALE | FEMALE | PLURAL | NEUTER
REFLEXIVE = frozenset(("himself", "herself", "itself", "themselves"))


def _gender(word: str) -> str | None:
    return "m" if word in MALE else "f" if word in FEMALE else None


def _compatible(word: str, actor: _Actor) -> bool:
    """Hard constraints: he/she a person; it/its not a person."""
    if word in MALE or word in FEMALE:
        return actor.kind == "person"
    if word in NEUTER:
        return actor.kind != "person"
    return True


class _Index:
    """Per document: token and sentence positions, and each actor's mentions in order."""

    def __init__(self, doc: Doc, store: Actors, quoted: bytearray | None) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k
        self.quoted = _quoted_tokens(doc) if quoted is None else quoted
        self.starts_of: dict[str, list[int]] = {}
        self.ends_of: dict[str, dict[int, int]] = {}
        for actor in store._actors:
            if actor.mentions:
                self.starts_of[actor.id] = sorted(s for s, _ in actor.mentions)
                self.ends_of[actor.id] = {s: e for s, e in actor.mentions}
        self.by_start = sorted(
            (s, actor_id) for actor_id, starts in self.starts_of.items() for s in starts
        )

    def token_at(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)


def _rows(
    index: _Index, store: Actors, tok_i: int, chosen: str
) -> tuple[list[str], list[list[float]]]:
    """Candidate actors of the pronoun at token `tok_i` and their feature rows."""
    doc = index.doc
    tok = doc[tok_i]
    word = tok.lower_
    start = tok.idx
    sent = index.sent_of[tok_i]
    k = bisect_left(index.by_start, (start, ""))
    seen: dict[str, int] = {}  # actor -> char start of its latest mention before the pronoun
    seen_in_window: dict[str, list[int]] = {}
    for s, actor_id in reversed(index.by_start[:k]):
        if index.sent_of[index.token_at(s)] < sent - WINDOW:
            break
        seen.setdefault(actor_id, s)
        seen_in_window.setdefault(actor_id, []).append(s)
    if chosen not in seen:
        n = bisect_left(index.starts_of.get(chosen, []), start)
        if n:
            seen[chosen] = index.starts_of[chosen][n - 1]
    ids = [a for a in seen if _compatible(word, store.get(a))]
    if chosen not in ids:
        ids.append(chosen)
    order = sorted(ids, key=lambda a: -seen.get(a, -1))
    rank = {a: r for r, a in enumerate(order)}
    counts_before = {a: bisect_left(index.starts_of.get(a, []), start) for a in ids}
    persons = [a for a in ids if store.get(a).kind == "person"]
    topic = max(persons, key=lambda a: counts_before[a]) if persons else None
    gender = _gender(word)
    head = tok.head
    pronoun_subject = tok.dep_ in SUBJECTS
    rows = []
    for actor_id in ids:
        actor = store.get(actor_id)
        last = seen.get(actor_id, -1)
        last_tok = doc[index.token_at(last)] if last >= 0 else None
        form = actor.mentions.get((last, index.ends_of[actor_id][last])) if last >= 0 else None
        sent_distance = sent - index.sent_of[last_tok.i] if last_tok is not None else WINDOW + 1
        named = any(
            actor.mentions.get((s, index.ends_of[actor_id][s])) == "name"
            for s in seen_in_window.get(actor_id, ())
        )
        bound = (
            last_tok is not None
            and not pronoun_subject
            and word not in REFLEXIVE
            and tok.dep_ in ("dobj", "dative", "pobj")
            and last_tok.dep_ in SUBJECTS
            and (
                last_tok.head.i == head.i
                or (head.dep_ == "prep" and last_tok.head.i == head.head.i)
            )
        )
        rows.append(
            [
                1.0,
                float(actor_id == chosen),
                float(gender is not None and actor.gender == gender),
                float(gender is not None and actor.gender is not None and actor.gender != gender),
                float(word in PLURAL),
                float(word in NEUTER),
                float(actor.kind == "person"),
                float(actor.kind in ("organization", "group")),
                float(actor.kind in ("place", "country")),
                float(word in PLURAL and actor.kind == "person" and not actor.people),
                float(min(sent_distance, WINDOW + 1)),
                math.log1p(tok_i - last_tok.i) if last_tok is not None else 5.0,
                math.log1p(counts_before[actor_id]),
                float(last_tok is not None and last_tok.dep_ in SUBJECTS),
                float(form == "name"),
                float(form == "pronoun"),
                float(rank[actor_id] == 0),
                math.log1p(rank[actor_id]),
                float(actor_id == topic),
                float(last_tok is not None and index.quoted[last_tok.i] == index.quoted[tok_i]),
                float(bool(bound)),
                float(pronoun_subject and last_tok is not None and last_tok.dep_ in SUBJECTS),
                float(sent_distance == 0),
                float(named),
                math.log1p(len(actor.mentions)),
            ]
        )
    return ids, rows


def pronoun_rows(
    store: Actors, quoted: bytearray | None = None
) -> list[tuple[int, str, list[str], list[list[float]]]]:
    """(token, walk's actor, candidate actors, feature rows) of every resolved pronoun."""
    doc = store.doc
    pronouns = [(i, a) for i, a in sorted(store._pronoun.items()) if doc[i].lower_ in PRONOUNS]
    if not pronouns:
        return []
    index = _Index(doc, store, quoted)
    out = []
    for i, chosen in pronouns:
        tok = doc[i]
        if (tok.idx, tok.idx + len(tok.text)) not in store.get(chosen).mentions:
            continue  # not (or no longer) a mention of the walk's actor
        ids, rows = _rows(index, store, i, chosen)
        out.append((i, chosen, ids, rows))
    return out


class Model:
    """Logistic regression weights over `FEATURES`, standardised inputs."""

    def __init__(self, data: dict[str, object]) -> None:
        self.weights = np.asarray(data["weights"], dtype=float)
        self.mean = np.asarray(data["mean"], dtype=float)
        self.scale = np.asarray(data["scale"], dtype=float)
        self.margin = float(data.get("margin", 0.0))  # type: ignore[arg-type]

    def scores(self, rows: list[list[float]]) -> np.ndarray:
        x = (np.asarray(rows, dtype=float) - self.mean) / self.scale
        return np.asarray(x @ self.weights)


_WEIGHTS = Weights(MODEL_FILE)
use_fold = _WEIGHTS.use_fold


@cache
def _model(fold: int | None) -> Model | None:
    data = _WEIGHTS.data
    if not data or (fold is not None and fold < 0):
        return None  # a negative fold: off (training reads the walk's choices)
    if fold is None:
        return Model(data["model"])  # type: ignore[arg-type]
    return Model(data["folds"][fold])  # type: ignore[index]


def rerank_pronouns(store: Actors, quoted: bytearray | None = None) -> None:
    """Move each resolved pronoun to the actor the model ranks first, when it beats the walk's
    choice by the model's margin."""
    model = _model(_WEIGHTS.fold)
    if model is None:
        return
    for i, chosen, ids, rows in pronoun_rows(store, quoted):
        if len(ids) < 2:
            continue
        scores = model.scores(rows)
        best = int(np.argmax(scores))
        walk = ids.index(chosen)
        if ids[best] == chosen or scores[best] - scores[walk] < model.margin:
            continue
        tok = store.doc[i]
        span = (tok.idx, tok.idx + len(tok.text))
        old, new = store.get(chosen), store.get(ids[best])
        form = old.mentions.pop(span)
        new.mentions[span] = form
        store._by_mention[span] = new.id
        store._pronoun[i] = new.id
        note(RANKED)
