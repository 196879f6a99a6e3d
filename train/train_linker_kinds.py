"""Train the actor kind model (models/actor_kind.json) from the GUM gold in ../shared/eval.

`make train` runs this after train_linker.py (which sorts first): it reads each document with the
linker fold model that did not see it. On each of the 32 shared documents the actors stage runs
with the kind model off; each named actor whose mentions align with a gold entity of type
person, organization or place is one example (`claimx.actors.kinds.features`), labelled with
that type. A multinomial logistic regression (L2, gradient descent, numpy only, deterministic) is
fitted on all documents (the shipped model) and once per fold of the linker's 4-fold document
split, so `make eval` scores each document with the model of the fold that did not see it. The
margin (the probability the model needs before it overrules the rules) is chosen for held-out
kind accuracy.
GUM: texts CC BY 2.5 (Wikinews) / CC BY-SA 3.0 (Wikipedia), annotations CC BY 4.0 (Zeldes 2017).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_linker import SHARED, _parsed, documents, fold_of, gold_entity_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FOLDS = 4
L2 = 10.0
STEPS = 3000
RATE = 0.5


def examples(docs: list[tuple[str, str, Path]], folds: dict[str, int]):  # type: ignore[no-untyped-def]
    """Feature rows, gold classes and the rules' classes of every named actor, per document."""
    from claimx.actors import find_actors, kinds, linker
    from claimx.nlp.chunking import parse
    from claimx.nlp.pipeline import load
    from claimx.rules.docview import share_text, unshare_text

    nlp = load()
    cache = os.environ.get("CLAIMX_PARSE_CACHE")
    kinds.use_fold(-1)
    out = {}
    for collection, name, path in docs:
        text = path.read_text(encoding="utf-8")
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        types = {e["id"]: e.get("type") for e in gold["entities"]}
        doc = _parsed(nlp, parse, text, Path(cache) / f"{name}.pickle" if cache else None)
        share_text(doc)
        linker.use_fold(folds[name])
        store = find_actors(doc)
        actors, rows = kinds.rows(store)
        xs, ys, rule = [], [], []
        for actor, row in zip(actors, rows, strict=True):
            ent = gold_entity_of(gold, sorted(s for s, f in actor.mentions.items() if f == "name"))
            kind = types.get(ent) if ent else None
            if kind not in kinds.CLASSES:
                continue
            xs.append(row)
            ys.append(kinds.CLASSES.index(kind))
            rule.append(kinds.CLASSES.index(kinds._class_of(actor.kind)))
        unshare_text(doc)
        out[name] = (
            np.asarray(xs, dtype=float).reshape(len(xs), len(kinds.FEATURES)),
            np.asarray(ys, dtype=int),
            np.asarray(rule, dtype=int),
        )
        print(f"{collection:14} {name:28} {len(xs):4} actors", file=sys.stderr)
    linker.use_fold(None)
    kinds.use_fold(None)
    return out


def fit(x: np.ndarray, y: np.ndarray, classes: int) -> dict[str, object]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    onehot = np.eye(classes)[y]
    w = np.zeros((classes, z.shape[1]))
    reg = np.full(z.shape[1], L2)
    reg[0] = 0.0
    for _ in range(STEPS):
        logits = z @ w.T
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot).T @ z / len(y) + reg * w / len(y)
        w -= RATE * grad
    return {
        "weights": [[round(float(v), 6) for v in row] for row in w],
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
    }


def main() -> int:
    from claimx.actors.kinds import CLASSES, FEATURES, MODEL_FILE, Model, person_evidence
    from claimx.actors.linker import MODEL_FILE as LINKER_FILE

    if not SHARED.is_dir():
        print(f"train_linker_kinds needs the evaluation data at {SHARED}", file=sys.stderr)
        return 2
    docs = documents()
    linker_folds = json.loads((ROOT / "models" / LINKER_FILE).read_text("utf-8"))["fold_of"]
    folds = {name: int(linker_folds.get(name, f)) for name, f in fold_of(docs).items()}
    data = examples(docs, folds)
    names = [name for _, name, _ in docs]

    def stack(ns: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        ns = [n for n in ns if len(data[n][1])]
        return (
            np.vstack([data[n][0] for n in ns]),
            np.concatenate([data[n][1] for n in ns]),
            np.concatenate([data[n][2] for n in ns]),
        )

    fold_models, held = [], []
    for k in range(FOLDS):
        model = fit(*stack([n for n in names if folds[n] != k])[:2], len(CLASSES))
        fold_models.append(model)
        x, y, rule = stack([n for n in names if folds[n] == k])
        probs = Model(model).probabilities(x.tolist())
        held.append((probs, y, rule))
    probs = np.vstack([h[0] for h in held])
    y = np.concatenate([h[1] for h in held])
    rule = np.concatenate([h[2] for h in held])
    best = (-1.0, 0.5)
    x_held = np.vstack([stack([n for n in names if folds[n] == k])[0] for k in range(FOLDS)])
    # the model may not make an actor a person when nothing in the text says so
    evidence = np.array([person_evidence(list(row)) for row in x_held])
    for margin in np.arange(0.40, 0.96, 0.05):
        top = probs.argmax(axis=1)
        final = np.where(probs.max(axis=1) >= margin, top, rule)
        final = np.where((final == 0) & (rule != 0) & ~evidence, rule, final)
        accuracy = float((final == y).mean())
        if accuracy > best[0] + 1e-9:
            best = (accuracy, round(float(margin), 2))
    margin = best[1]
    for model in fold_models:
        model["margin"] = margin
    full = fit(*stack(names)[:2], len(CLASSES))
    full["margin"] = margin
    rules_accuracy = float((rule == y).mean())
    out = {
        "about": "Actor kind model: multinomial logistic regression (person, organization, place) "
        "over what a document says of a named actor (claimx/actors/kinds.py); built by "
        "train/train_linker_kinds.py from the 32 GUM documents in ../shared/eval.",
        "classes": list(CLASSES),
        "features": list(FEATURES),
        "model": full,
        "folds": fold_models,
        "fold_of": dict(sorted(folds.items())),
        "cross_validated": {
            "actors": int(len(y)),
            "rules_accuracy": round(rules_accuracy, 4),
            "accuracy": round(best[0], 4),
            "margin": margin,
        },
    }
    (ROOT / "models" / MODEL_FILE).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(
        f"actor kind: {len(y)} actors, held-out accuracy {best[0]:.3f} "
        f"(rules alone {rules_accuracy:.3f}) at margin {margin}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
