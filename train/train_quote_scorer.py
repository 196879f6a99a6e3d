"""Train the quote confidence scorer (models/quote_scorer.json) on the GUM attribution gold.

Data: the 32 GUM documents of ../shared/eval/gum-attr-dev (texts CC BY 2.5 / CC BY-SA 3.0,
Wikinews and Wikipedia; attribution annotations CC BY 4.0, Zeldes 2017, "The GUM corpus", and the
eRST layer of GUM), read at training time, never copied. Each quote claimx finds (every one,
threshold 0) is labelled 1 when it matches a gold attribution (content loose: Jaccard >= 0.5, the
shared scorer's one-to-one matching), else 0 -- but only where GUM's notion applies: GUM annotates
clauses only, so a quote whose content is no clause (`confidence.outside_gold`: a noun phrase, an
infinitive, an object and its predicate) would be a 0 whether or not it is an attribution. Those
carry no GUM label; they are left out of the labels unless `train/quote_labels_outside.tsv`
(claimx's own reading of them, by document and content offsets) labels them. Two logistic
regressions (numpy, Newton steps, deterministic): `weights` over every feature of
`confidence.features`, fitted on the clausal quotes; `cue_weights` over the cue and speaker
features only (`confidence.cue_only`), fitted on the clausal quotes and the labelled others, used
for quotes outside GUM's notion. Each one's L2 strength is the one of L2_GRID with the least
leave-one-document-out log-loss on its own labels (chosen on all 32 documents, so the
cross-validated F1 below is slightly optimistic).

Figures: leave-one-document-out cross-validation on GUM (each document scored by a model that
did not see it). The default threshold maximises content-loose F1 pooled over GUM (its
cross-validated confidences) and PolNeAR dev (final weights), a higher one winning only by
MIN_GAIN or more; PolNeAR is only measured, never trained on. The 32 fold models are kept in the
file too (`folds`, `fold_of`): `make eval` scores each GUM document with its own. The mean of
the two sets' F1 is printed too. Usage:
CLAIMX_EVAL_DATA=../shared/eval python train/train_quote_scorer.py [--no-polnear]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(
    os.environ.get("CLAIMX_EVAL_DATA")
    or os.environ.get("CLAIMX_SHARED")
    or ROOT.parent / "shared" / "eval"
)
OWN_LABELS = ROOT / "train" / "quote_labels_outside.tsv"
OUT = ROOT / "models" / "quote_scorer.json"
#: the regularisation strengths tried; each model takes the one of least leave-one-document-out
#: log-loss on its own labels (not F1, not PolNeAR)
L2_GRID = (0.3, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0)
MIN_COUNT = 2
#: a higher threshold is the default only when it raises the pooled F1 by this much over the
#: lower one: a gain of a few quotes in ten thousand is noise, and dropping nothing is simpler
MIN_GAIN = 0.001
GENRES = ("news", "interview", "bio")


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "score_attributions", SHARED / "score_attributions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parses(gold_dir: Path, texts: list[str], nlp: Any) -> list[Any]:
    """The parsed texts; kept in CLAIMX_PARSE_CACHE (a directory, when set) as a spaCy DocBin,
    so that retraining after a change of the features does not parse again."""
    from spacy.tokens import DocBin

    from claimx.nlp.chunking import parse

    cache = os.environ.get("CLAIMX_PARSE_CACHE")
    path = Path(cache) / f"{gold_dir.name}.spacy" if cache else None
    if path is not None and path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = [parse(nlp, text) for text in texts]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=docs).to_disk(path)
    return docs


def run(gold_dir: Path, nlp: Any) -> list[dict[str, Any]]:
    """claimx on every text of a gold set, all quotes kept: one record per document with its
    result (JSON), the features of each quote and the gold in the scorer's form."""
    from claimx.api import extract_doc
    from claimx.quotes.confidence import FEATURE_SINK, outside_gold
    from claimx.source import Source

    sa = _scorer()
    gold = sa.load_gold(gold_dir)
    parsed = parses(gold_dir, [gold[name]["text"] for name in sorted(gold)], nlp)
    docs = []
    for name, doc in zip(sorted(gold), parsed, strict=True):
        text = gold[name]["text"]
        sink: list[dict[str, float]] = []
        token = FEATURE_SINK.set(sink)
        try:
            result = extract_doc(doc, Source(text=text, id=name))
        finally:
            FEATURE_SINK.reset(token)
        record = json.loads(result.model_dump_json())
        assert len(sink) == len(record["quotes"])
        preds = sa.load_pred(record, text, {})
        matched = sa.greedy(preds, gold[name]["attributions"], sa.jaccard, sa.LOOSE_JACCARD)
        labels = [1.0 if i in matched else 0.0 for i in range(len(preds))]
        own = own_labels().get(name, {})
        spans = [(q["content"]["start"], q["content"]["end"]) for q in record["quotes"]]
        # None: no label (outside GUM's notion, and not read by hand)
        labels_in: list[float | None] = [
            None if outside_gold(f) else y for f, y in zip(sink, labels, strict=True)
        ]
        labels_cue = [
            own.get(sp) if y is None else y for sp, y in zip(spans, labels_in, strict=True)
        ]
        docs.append(
            {
                "name": name,
                "record": record,
                "feats": sink,
                "labels": labels,
                "labels_in": labels_in,
                "labels_cue": labels_cue,
                "preds": preds,
                "gold": gold[name]["attributions"],
            }
        )
    return docs


def own_labels() -> dict[str, dict[tuple[int, int], float]]:
    """claimx's own labels of quotes outside GUM's notion: document -> (start, end) -> 0/1."""
    out: dict[str, dict[tuple[int, int], float]] = {}
    if not OWN_LABELS.is_file():
        return out
    for row in OWN_LABELS.read_text("utf-8").splitlines():
        if row and not row.startswith("#"):
            name, start, end, label = row.split("\t")[:4]
            out.setdefault(name, {})[(int(start), int(end))] = float(label)
    return out


def labelled(docs: list[dict[str, Any]], which: str) -> tuple[list[dict[str, float]], np.ndarray]:
    """The features and labels of the quotes that have one: `in` (the clausal quotes, GUM's
    labels, all features) or `cue` (those and the hand-labelled others, cue features only)."""
    from claimx.quotes.confidence import cue_only

    feats, labels = [], []
    for doc in docs:
        for f, y in zip(doc["feats"], doc[f"labels_{which}"], strict=True):
            if y is not None:
                feats.append(f if which == "in" else cue_only(f))
                labels.append(y)
    return feats, np.array(labels)


def vocabulary(feats_list: list[dict[str, float]]) -> list[str]:
    counts: dict[str, int] = {}
    for feats in feats_list:
        for name in feats:
            counts[name] = counts.get(name, 0) + 1
    names = {n for n, c in counts.items() if c >= MIN_COUNT or not n.startswith("lemma=")}
    names.add("lemma=<other>")
    return sorted(names)


def matrix(feats: list[dict[str, float]], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(feats), len(names)))
    for row, f in enumerate(feats):
        for name, value in f.items():
            col = index.get(name)
            if col is None and name.startswith("lemma="):
                col = index["lemma=<other>"]
            if col is not None:
                x[row, col] += value
    return x


def fit(x: np.ndarray, y: np.ndarray, names: list[str], l2: float) -> np.ndarray:
    """L2-regularised logistic regression by Newton steps (the bias is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[names.index("bias")] = 1e-6
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w


def predict(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))


def log_loss(docs: list[dict[str, Any]], which: str, l2: float) -> float:
    """Mean leave-one-document-out log-loss of one model on its labels."""
    total, count = 0.0, 0
    for k, held in enumerate(docs):
        feats, y = labelled([held], which)
        if not len(y):
            continue
        rest_feats, rest_y = labelled([d for j, d in enumerate(docs) if j != k], which)
        names = vocabulary(rest_feats)
        w = fit(matrix(rest_feats, names), rest_y, names, l2)
        p = np.clip(predict(matrix(feats, names), w), 1e-6, 1 - 1e-6)
        total += float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).sum())
        count += len(y)
    return total / max(count, 1)


def choose_l2(docs: list[dict[str, Any]]) -> dict[str, float]:
    """Each model's regularisation strength: the least cross-validated log-loss of L2_GRID."""
    return {
        which: min(L2_GRID, key=lambda l2: log_loss(docs, which, l2)) for which in ("in", "cue")
    }


def train(docs: list[dict[str, Any]], l2: dict[str, float]) -> dict[str, dict[str, float]]:
    """Both models fitted on the documents: `weights` (clausal quotes) and `cue_weights`."""
    out = {}
    for which, key in (("in", "weights"), ("cue", "cue_weights")):
        feats, y = labelled(docs, which)
        names = vocabulary(feats)
        w = fit(matrix(feats, names), y, names, l2[which])
        out[key] = {n: round(float(v), 6) for n, v in zip(names, w, strict=True) if abs(v) >= 1e-6}
    return out


def score_with(model: dict[str, dict[str, float]], feats: list[dict[str, float]]) -> list[float]:
    """The confidences `claimx.quotes.confidence` gives with these weights."""
    from claimx.quotes.confidence import cue_only, logistic, outside_gold

    return [
        logistic(cue_only(f), model["cue_weights"])
        if outside_gold(f)
        else logistic(f, model["weights"])
        for f in feats
    ]


def cross_validate(docs: list[dict[str, Any]], l2: dict[str, float]) -> list[dict[str, Any]]:
    """Leave one document out: each document's quotes get `cv` confidences from models that
    did not see it (their vocabulary too). The fold models, fold k without document k, are
    returned: `make eval` scores each GUM document with its own."""
    folds = []
    for k, held in enumerate(docs):
        model = train([d for j, d in enumerate(docs) if j != k], l2)
        held["cv"] = score_with(model, held["feats"])
        folds.append(model)
    return folds


def counts(docs: list[dict[str, Any]], key: str, threshold: float) -> tuple[int, int, int]:
    """Content-loose TP, predicted, gold with the quotes below the threshold left out."""
    sa = _scorer()
    tp = pred = gold = 0
    for doc in docs:
        kept = [p for p, c in zip(doc["preds"], doc[key], strict=True) if c >= threshold]
        tp += len(sa.greedy(kept, doc["gold"], sa.jaccard, sa.LOOSE_JACCARD))
        pred += len(kept)
        gold += len(doc["gold"])
    return tp, pred, gold


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def official(docs: list[dict[str, Any]], key: str, threshold: float, gold_dir: Path) -> dict:
    """The shared scorer's figures on the documents with quotes below the threshold left out."""
    sa = _scorer()
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            record = dict(doc["record"])
            record["quotes"] = [
                q for q, c in zip(doc["record"]["quotes"], doc[key], strict=True) if c >= threshold
            ]
            (Path(tmp) / f"{doc['name']}.json").write_text(json.dumps(record), encoding="utf-8")
        result: dict = sa.score(gold_dir, Path(tmp))
        return result


def line(tag: str, res: dict) -> str:
    cl = res["content_loose"]
    return (
        f"{tag:24s} pred {cl['pred']:4d}  loose P {cl['precision']:.3f} R {cl['recall']:.3f} "
        f"F1 {cl['f1']:.3f}  exact F1 {res['content_exact']['f1']:.3f}  "
        f"speaker acc {res['speaker_accuracy']:.3f}"
    )


def genre_dir(tmp: Path, genre: str) -> Path:
    out = tmp / genre
    for sub in ("text", "gold"):
        (out / sub).mkdir(parents=True)
        for f in sorted((SHARED / "gum-attr-dev" / sub).glob(f"GUM_{genre}_*")):
            (out / sub / f.name).symlink_to(f)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-polnear", action="store_true", help="threshold from GUM alone")
    args = parser.parse_args()
    if not (SHARED / "gum-attr-dev").is_dir():
        print(f"train_quote_scorer needs {SHARED}/gum-attr-dev", file=sys.stderr)
        return 2
    os.environ["CLAIMX_MIN_CONFIDENCE"] = "0"  # every candidate, whatever the current weights
    os.environ["CLAIMX_QUOTES"] = "all"  # and of every notion
    from claimx.nlp.pipeline import load
    from claimx.quotes import confidence as conf

    nlp = load(None)
    conf.reload()
    gum = run(SHARED / "gum-attr-dev", nlp)
    l2 = choose_l2(gum)
    folds = cross_validate(gum, l2)
    trained = train(gum, l2)
    _, y = labelled(gum, "in")
    _, y_cue = labelled(gum, "cue")
    model: dict[str, Any] = {
        "about": "Logistic regression of claimx.quotes.confidence; trained by "
        "train/train_quote_scorer.py on the GUM attribution gold of ../shared/eval/gum-attr-dev "
        "(texts CC BY 2.5 / CC BY-SA 3.0, annotations CC BY 4.0, GUM corpus, Zeldes 2017).",
        "l2": {"weights": l2["in"], "cue_weights": l2["cue"]},
        "training_quotes": int(len(y)),
        "training_positives": int(y.sum()),
        "cue_training_quotes": int(len(y_cue)),
        "cue_training_positives": int(y_cue.sum()),
        "threshold": 0.0,
        **trained,
        "fold_of": {doc["name"]: k for k, doc in enumerate(gum)},
        "folds": folds,
    }
    OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    conf.reload()
    polnear: list[dict[str, Any]] = []
    if not args.no_polnear and (SHARED / "polnear-dev").is_dir():
        polnear = run(SHARED / "polnear-dev", nlp)
        for doc in polnear:
            doc["final"] = [q["confidence"] for q in doc["record"]["quotes"]]
    grid = [round(t * 0.01, 2) for t in range(0, 96)]
    best, best_f1 = 0.0, -1.0
    macro, macro_f1 = 0.0, -1.0
    for t in grid:
        tp, pred, gold = counts(gum, "cv", t)
        mean = f1(tp, pred, gold)
        if polnear:
            tp2, pred2, gold2 = counts(polnear, "final", t)
            mean = (mean + f1(tp2, pred2, gold2)) / 2
            tp, pred, gold = tp + tp2, pred + pred2, gold + gold2
        if f1(tp, pred, gold) > best_f1 + MIN_GAIN:
            best, best_f1 = t, f1(tp, pred, gold)
        if mean > macro_f1 + 1e-12:
            macro, macro_f1 = t, mean
    model["threshold"] = best
    OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"{len(y)} clausal GUM quotes ({int(y.sum())} attributions), {len(y_cue)} for the cue "
        f"model ({int(y_cue.sum())}); threshold {best:.2f} (pooled content-loose F1 "
        f"{best_f1:.3f}) -> {OUT.name}; the mean of the two sets' F1 is best at {macro:.2f} "
        f"({macro_f1:.3f})"
    )
    gum_gt = max(grid, key=lambda t: (f1(*counts(gum, "cv", t)), -t))
    print(f"GUM-only best threshold (cross-validated): {gum_gt:.2f}")
    print("\nwhat a threshold trades (content loose; GUM cross-validated, PolNeAR unseen):")
    print("threshold  GUM P   GUM R   GUM F1   PolNeAR P  PolNeAR R  PolNeAR F1")
    for t in sorted({0.0, 0.05, 0.1, 0.15, 0.2, gum_gt, macro, 0.3, 0.4, 0.5}):
        tp, pred, gold = counts(gum, "cv", t)
        row = f"{t:9.2f}  {tp / max(pred, 1):.3f}   {tp / gold:.3f}   {f1(tp, pred, gold):.3f}"
        if polnear:
            tp2, pred2, gold2 = counts(polnear, "final", t)
            row += f"    {tp2 / max(pred2, 1):.3f}      {tp2 / gold2:.3f}      "
            row += f"{f1(tp2, pred2, gold2):.3f}"
        print(row)
    with tempfile.TemporaryDirectory() as tmp:
        for t in sorted({0.0, best, gum_gt, macro}):
            print(f"\n-- threshold {t:.2f}: GUM cross-validated (leave one document out)")
            print(line("gum-attr-dev (32)", official(gum, "cv", t, SHARED / "gum-attr-dev")))
            for genre in GENRES:
                gdir = Path(tmp) / f"{genre}-{t}"
                if not gdir.exists():
                    gdir = genre_dir(Path(tmp) / f"{t}", genre)
                part = [d for d in gum if d["name"].startswith(f"GUM_{genre}_")]
                print(line(f"  {genre} ({len(part)})", official(part, "cv", t, gdir)))
            if polnear:
                res = official(polnear, "final", t, SHARED / "polnear-dev")
                print(line("polnear-dev (unseen)", res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
