"""Train the pronoun ranker (models/mention_ranker.json) from the GUM gold in ../shared/eval.

`make train` runs this after train_linker.py and train_linker_kinds.py (the names sort so): each
of the 32 shared documents is read with the linker and kind fold models that did not see it and
the ranker off. Every pronoun the walk resolved whose span is a gold mention gives one group: the
candidate actors of `claimx.actors.ranker.pronoun_rows`, the right one being the actor whose name
mentions align with the pronoun's gold entity (`train_linker.gold_entity_of`); a group with no
right candidate is left out (no ranking can fix it). A conditional logit (softmax over each
group's candidates; L2, gradient descent, numpy only, deterministic) is fitted on all documents
(the shipped model) and once per fold of the linker's 4-fold document split, so `make eval`
scores each document with the model of the fold that did not see it. The margin (how much the
best candidate must beat the walk's choice) is chosen for held-out accuracy.
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
L2 = 2.0
STEPS = 1500
RATE = 0.5
MARGINS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)

Group = tuple[np.ndarray, np.ndarray, int]  # rows, which is right (0/1), index of the walk's


def examples(docs: list[tuple[str, str, Path]], folds: dict[str, int]) -> dict[str, list[Group]]:
    """The ranking groups of every document."""
    from claimx.actors import find_actors, kinds, linker, ranker
    from claimx.nlp.chunking import parse
    from claimx.nlp.pipeline import load
    from claimx.rules.docview import share_text, unshare_text

    nlp = load()
    cache = os.environ.get("CLAIMX_PARSE_CACHE")
    ranker.use_fold(-1)
    out: dict[str, list[Group]] = {}
    for collection, name, path in docs:
        text = path.read_text(encoding="utf-8")
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        entity_at = {
            (m["start"], m["end"]): e["id"] for e in gold["entities"] for m in e["mentions"]
        }
        doc = _parsed(nlp, parse, text, Path(cache) / f"{name}.pickle" if cache else None)
        share_text(doc)
        linker.use_fold(folds[name])
        kinds.use_fold(folds[name])
        store = find_actors(doc)
        entity_of: dict[str, str | None] = {}
        for actor in store._actors:
            spans = sorted(s for s, f in actor.mentions.items() if f == "name")
            spans = spans or sorted(s for s, f in actor.mentions.items() if f != "pronoun")
            entity_of[actor.id] = gold_entity_of(gold, spans) if spans else None
        groups: list[Group] = []
        for i, chosen, ids, rows in ranker.pronoun_rows(store):
            tok = doc[i]
            target = entity_at.get((tok.idx, tok.idx + len(tok.text)))
            if target is None:
                continue
            right = np.asarray([float(entity_of.get(a) == target) for a in ids])
            if not right.any():
                continue
            groups.append((np.asarray(rows, dtype=float), right, ids.index(chosen)))
        unshare_text(doc)
        out[name] = groups
        print(f"{collection:14} {name:28} {len(groups):4} pronouns", file=sys.stderr)
    linker.use_fold(None)
    kinds.use_fold(None)
    ranker.use_fold(None)
    return out


def fit(groups: list[Group]) -> dict[str, object]:
    """Conditional logit over the groups' candidates (the right ones share the target mass)."""
    x = np.vstack([g[0] for g in groups])
    y = np.concatenate([g[1] / g[1].sum() for g in groups])
    sizes = np.asarray([len(g[1]) for g in groups])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    owner = np.repeat(np.arange(len(groups)), sizes)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    mean[0], scale[0] = 0.0, 1.0
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], L2)
    reg[0] = 0.0  # the bias is the same for every candidate: it cannot rank
    for _ in range(STEPS):
        s = z @ w
        s = s - np.maximum.reduceat(s, starts)[owner]
        e = np.exp(s)
        p = e / np.add.reduceat(e, starts)[owner]
        grad = z.T @ (p - y) / len(groups) + reg * w / len(groups)
        w -= RATE * grad
    return {
        "weights": [round(float(v), 6) for v in w],
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
    }


def accuracy(model: dict[str, object], groups: list[Group], margin: float) -> float:
    from claimx.actors.ranker import Model

    m = Model(model)
    right = 0
    for rows, ok, walk in groups:
        scores = m.scores(rows.tolist())
        best = int(np.argmax(scores))
        pick = best if scores[best] - scores[walk] >= margin and best != walk else walk
        right += int(ok[pick] > 0)
    return right / max(len(groups), 1)


def main() -> int:
    from claimx.actors.linker import MODEL_FILE as LINKER_FILE
    from claimx.actors.ranker import FEATURES, MODEL_FILE

    if not SHARED.is_dir():
        print(f"train_mention_ranker needs the evaluation data at {SHARED}", file=sys.stderr)
        return 2
    docs = documents()
    linker_folds = json.loads((ROOT / "models" / LINKER_FILE).read_text("utf-8"))["fold_of"]
    folds = {name: int(linker_folds.get(name, f)) for name, f in fold_of(docs).items()}
    data = examples(docs, folds)
    names = [name for _, name, _ in docs]

    def pool(ns: list[str]) -> list[Group]:
        return [g for n in ns for g in data[n]]

    fold_models = [fit(pool([n for n in names if folds[n] != k])) for k in range(FOLDS)]
    held = [pool([n for n in names if folds[n] == k]) for k in range(FOLDS)]
    total = sum(len(h) for h in held)
    walk_right = sum(int(ok[walk] > 0) for h in held for _, ok, walk in h)
    best = (-1.0, 0.0)
    for margin in MARGINS:
        right = sum(
            accuracy(model, h, margin) * len(h) for model, h in zip(fold_models, held, strict=True)
        )
        if right / total > best[0] + 1e-9:
            best = (right / total, margin)
    margin = best[1]
    for model in fold_models:
        model["margin"] = margin
    full = fit(pool(names))
    full["margin"] = margin
    out = {
        "about": "Pronoun ranker: conditional logit over the actors mentioned in the three "
        "sentences before a resolved pronoun (claimx/actors/ranker.py); built by "
        "train/train_mention_ranker.py from the 32 GUM documents in ../shared/eval.",
        "features": list(FEATURES),
        "model": full,
        "folds": fold_models,
        "fold_of": dict(sorted(folds.items())),
        "cross_validated": {
            "pronouns": total,
            "walk_accuracy": round(walk_right / max(total, 1), 4),
            "accuracy": round(best[0], 4),
            "margin": margin,
        },
    }
    (ROOT / "models" / MODEL_FILE).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(
        f"mention ranker: {total} pronouns with a right candidate, held-out accuracy "
        f"{best[0]:.3f} (walk alone {walk_right / max(total, 1):.3f}) at margin {margin}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
