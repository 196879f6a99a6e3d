"""Train the actor linker (models/linker.json) from the GUM gold in ../shared/eval.

`make train` runs this. On each of the 32 shared documents (gum-news, gum-interview, gum-bio) the
actors stage runs up to the linker (`claimx.actors.build_names`); each candidate pair of named
actors (`claimx.actors.linker.candidate_pairs`) is labelled 1 when their mentions align with the
mentions of one gold entity; so is each candidate pair of the gold's own name strings (one stand-in
actor per entity and string), which gives the model several times more variants to learn from.
A logistic regression (L2, Newton steps, numpy only, deterministic) is fitted on all documents
(the shipped model) and once per fold of a 4-fold document-level split (documents dealt to folds
within each collection), so `make eval` scores each document with the model of the fold that did
not see it. The threshold maximises F0.5 on held-out run-time pairs. The texts are read at
training time, never copied. CLAIMX_PARSE_CACHE (a directory) keeps the parses between runs.
GUM: texts CC BY 2.5 (Wikinews) / CC BY-SA 3.0 (Wikipedia), annotations CC BY 4.0 (Zeldes 2017).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
#: ../shared/eval beside the checkout, or CLAIMX_SHARED (a worktree elsewhere)
SHARED = Path(
    os.environ.get("CLAIMX_EVAL_DATA")
    or os.environ.get("CLAIMX_SHARED")
    or ROOT.parent / "shared" / "eval"
)
SETS = ("gum-news", "gum-interview", "gum-bio")
FOLDS = 4
L2 = 1.0
THRESHOLD = 0.5
#: train on the gold's own name-string pairs as well as on the pairs the stage leaves
GOLD_PAIRS = os.environ.get("CLAIMX_LINKER_GOLD_PAIRS", "1") == "1"


def documents() -> list[tuple[str, str, Path]]:
    """(collection, name, text path) of every shared document, fold order fixed by name."""
    out = []
    for collection in SETS:
        for path in sorted((SHARED / collection).glob("*.txt")):
            out.append((collection, path.stem, path))
    return out


def fold_of(docs: list[tuple[str, str, Path]]) -> dict[str, int]:
    """Documents dealt round-robin to folds within each collection."""
    folds: dict[str, int] = {}
    for collection in SETS:
        names = [name for c, name, _ in docs if c == collection]
        for k, name in enumerate(names):
            folds[name] = k % FOLDS
    return folds


def gold_entity_of(gold: dict, spans: list[tuple[int, int]]) -> str | None:
    """The gold entity most of these mention spans align with: a gold mention whose head the span
    holds (the closest in extent), else one sharing at least half the characters."""
    mentions = [
        (m["start"], m["end"], m["head"]["start"], m["head"]["end"], e["id"])
        for e in gold["entities"]
        for m in e["mentions"]
    ]
    votes: dict[str, int] = {}
    for s, e in spans:
        best, best_score = None, 0.0
        for gs, ge, hs, he, ent in mentions:
            overlap = min(e, ge) - max(s, gs)
            if overlap <= 0:
                continue
            score = overlap / (max(e, ge) - min(s, gs))
            if s <= hs and he <= e:
                score += 1.0  # the span holds the gold mention's head
            if score > best_score:
                best, best_score = ent, score
        if best is not None and best_score >= 0.5:
            votes[best] = votes.get(best, 0) + 1
    if not votes:
        return None
    return max(sorted(votes), key=lambda k: votes[k])


def _parsed(nlp, parse, text: str, cached: Path | None):  # type: ignore[no-untyped-def]
    """The parse of one text, from the cache when it holds it (iterating on features only)."""
    import pickle

    if cached is not None and cached.is_file():
        doc = pickle.loads(cached.read_bytes())
        if doc.text == text:
            return doc
    doc = parse(nlp, text)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(doc))
    return doc


#: the kind the recogniser's label gives a name at run time
LABEL_KIND = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}


def gold_name_pairs(gold: dict, doc=None) -> tuple[list[list[float]], list[float]]:  # type: ignore[no-untyped-def]
    """Pairs of the gold's own name strings: one stand-in actor per (entity, name string),
    candidate pairs as at run time, labelled by entity. These are the many name variants the
    rules already join ("Jane Doe" ~ "Doe") besides the few they miss; they teach the model what
    a variant looks like. The kind of a stand-in is the recogniser's label of its first mention
    (as noisy as at run time), else the gold type."""
    from types import SimpleNamespace

    from claimx.actors.linker import _allowed, candidate_pairs, pair_features
    from claimx.actors.store import _Actor
    from claimx.rules.names import countries, first_name_gender, norm

    given = first_name_gender()
    actors: list[_Actor] = []
    entity: dict[str, str] = {}
    by_key: dict[tuple[str, str], _Actor] = {}
    for e in gold["entities"]:
        if e.get("type") not in ("person", "organization", "place"):
            continue
        for m in e["mentions"]:
            text = m["text"]
            if m.get("form") != "name" or not text[:1].isupper() or "\n" in text:
                continue
            key = norm(text)
            if not key or len(key.split()) > 6:
                continue
            actor = by_key.get((e["id"], key))
            if actor is None:
                kind = e["type"]
                span = doc.char_span(m["start"], m["end"], alignment_mode="expand") if doc else None
                if span is not None and len(span) and span.root.ent_type_ in LABEL_KIND:
                    kind = LABEL_KIND[span.root.ent_type_]
                if kind == "place" and countries().country(text):
                    kind = "country"
                words = text.split()
                actor = _Actor(id=f"g{len(actors)}", name=text, kind=kind)  # type: ignore[arg-type]
                actor.keys.add(key)
                actor.named = True
                if kind == "person" and len(words) >= 2:
                    actor.first = words[0].lower()
                    actor.gender = given.get(words[0])
                by_key[(e["id"], key)] = actor
                actors.append(actor)
                entity[actor.id] = e["id"]
            actor.mentions[(m["start"], m["end"])] = "name"
    store = SimpleNamespace(_actors=actors)
    pairs = [(a, b) for a, b in candidate_pairs(store) if _allowed(a, b)]  # type: ignore[arg-type]
    return pair_features(pairs), [float(entity[a.id] == entity[b.id]) for a, b in pairs]


def pairs_of(
    docs: list[tuple[str, str, Path]],
) -> dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Feature rows, labels, and which rows are pairs the stage leaves at run time."""
    from claimx.actors import build_names
    from claimx.actors.linker import FEATURES, allowed_pairs, pair_features
    from claimx.nlp.chunking import parse
    from claimx.nlp.pipeline import load
    from claimx.rules.docview import share_text, unshare_text

    nlp = load()
    cache = os.environ.get("CLAIMX_PARSE_CACHE")  # a directory: parse each document once
    out = {}
    for collection, name, path in docs:
        text = path.read_text(encoding="utf-8")
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        doc = _parsed(nlp, parse, text, Path(cache) / f"{name}.pickle" if cache else None)
        share_text(doc)
        store = build_names(doc).actors
        pairs = allowed_pairs(store)
        rows = pair_features(pairs)
        labels = []
        for a, b in pairs:
            ea = gold_entity_of(gold, sorted(a.mentions))
            eb = gold_entity_of(gold, sorted(b.mentions))
            labels.append(float(ea is not None and ea == eb))
        unshare_text(doc)
        runtime = [True] * len(rows)
        if GOLD_PAIRS:
            more, more_labels = gold_name_pairs(gold, doc)
            print(
                f"{'':14} {name:28} {len(more):4} gold name pairs, {int(sum(more_labels)):3} same",
                file=sys.stderr,
            )
            rows = list(rows) + more
            labels = labels + more_labels
            runtime += [False] * len(more)
        n = len(rows)
        out[name] = (
            np.asarray(rows, dtype=float).reshape(n, len(FEATURES)),
            np.asarray(labels),
            np.asarray(runtime, dtype=bool),
        )
        print(f"{collection:14} {name:28} {n:4} pairs, {int(sum(labels)):3} same", file=sys.stderr)
    return out


def fit(x: np.ndarray, y: np.ndarray) -> dict[str, list[float] | float]:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0  # the bias column stays 1
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], L2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z @ w)))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return {
        "weights": [round(float(v), 6) for v in w],
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "threshold": THRESHOLD,
    }


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    z = (x - np.asarray(model["mean"])) / np.asarray(model["scale"])
    return 1.0 / (1.0 + np.exp(-(z @ np.asarray(model["weights"]))))


def main() -> int:
    from claimx.actors.linker import FEATURES, MODEL_FILE

    if not SHARED.is_dir():
        print(f"train_linker needs the evaluation data at {SHARED}", file=sys.stderr)
        return 2
    docs = documents()
    folds = fold_of(docs)
    data = pairs_of(docs)

    def stack(names: list[str], runtime_only: bool = False) -> tuple[np.ndarray, np.ndarray]:
        xs, ys = [], []
        for n in names:
            x, y, runtime = data[n]
            if runtime_only:
                x, y = x[runtime], y[runtime]
            if len(y):
                xs.append(x)
                ys.append(y)
        return np.vstack(xs), np.concatenate(ys)

    names = [name for _, name, _ in docs]
    fold_models = []
    held_probs, held_labels = [], []
    for k in range(FOLDS):
        model = fit(*stack([n for n in names if folds[n] != k]))
        fold_models.append(model)
        # scored on the pairs the stage leaves at run time in the held-out documents
        x, y = stack([n for n in names if folds[n] == k], runtime_only=True)
        held_probs.append(predict(model, x))
        held_labels.append(y)
    probs, labels = np.concatenate(held_probs), np.concatenate(held_labels)
    # the threshold with the best held-out F0.5: a wrong merge costs two actors, a missed one
    # leaves a duplicate
    best = (-1.0, THRESHOLD)
    for t in np.arange(0.20, 0.81, 0.05):
        pred = probs >= t
        tp = int((pred & (labels == 1)).sum())
        fp, fn = int(pred.sum()) - tp, int(labels.sum()) - tp
        score = 1.25 * tp / (1.25 * tp + 0.25 * fn + fp) if tp else 0.0
        if score > best[0] + 1e-9:
            best = (score, round(float(t), 2))
    threshold = best[1]
    pred = probs >= threshold
    tp = int((pred & (labels == 1)).sum())
    fp = int((pred & (labels == 0)).sum())
    fn = int((~pred & (labels == 1)).sum())
    for model in fold_models:
        model["threshold"] = threshold
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    cv = {
        "pair_precision": round(precision, 4),
        "pair_recall": round(recall, 4),
        "pairs_same": tp + fn,
        "threshold": threshold,
    }
    full = fit(*stack(names))
    full["threshold"] = threshold
    out = {
        "about": "Actor linker: logistic regression over pairs of named actors "
        "(claimx/actors/linker.py); built by train/train_linker.py from the 32 GUM documents "
        "in ../shared/eval (gum-news, gum-interview, gum-bio): the pairs the stage leaves, and "
        "the pairs of the gold's own name strings. Cross-validated: held-out run-time pairs.",
        "features": list(FEATURES),
        "model": full,
        "folds": fold_models,
        "fold_of": dict(sorted(folds.items())),
        "cross_validated": cv,
    }
    (ROOT / "models" / MODEL_FILE).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(
        f"linker: {len(names)} documents, 4-fold pair P/R {precision:.3f}/{recall:.3f} "
        f"at threshold {threshold}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
