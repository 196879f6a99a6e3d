"""`make eval`: run claimx over ../shared/eval and print the scorers' tables.

The evaluation texts are read from ../shared at run time and never copied into the repository.
Quotes are scored on polnear-dev and on the GUM attributions (gum-attr-dev: all, and news,
interview and bio apart), at the default confidence threshold (CLAIMX_MIN_CONFIDENCE sets
another), then at the thresholds of a table; each GUM document is scored by the quote-scorer, linker
and kind fold models that did not see it, so its figures at every threshold are cross-validated.
Usage: python eval/run_eval.py [quotes|actors|positions ...] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: ../shared/eval beside the repository, or CLAIMX_EVAL_DATA (CLAIMX_SHARED) for elsewhere
SHARED = Path(
    os.environ.get("CLAIMX_EVAL_DATA")
    or os.environ.get("CLAIMX_SHARED")
    or ROOT.parent / "shared" / "eval"
)
POSITIONS_GOLD = ROOT / "eval" / "positions-gold"
POSITIONS_BIO = ROOT / "eval" / "positions-bio"
#: the unseen check set since round 10: ten invented texts annotated by someone blind to claimx
POSITIONS_INVENTED = ROOT / "eval" / "positions-invented"
#: a second set of invented texts, annotated blind to claimx in round 11: a development set
POSITIONS_INVENTED_DEV = ROOT / "eval" / "positions-invented-dev"


def run_claimx(texts: list[Path], out: Path) -> float:
    """One NAME.json per input, written by the library with one loaded pipeline."""
    from claimx.api import Source, extract_many

    started = time.perf_counter()
    sources = (Source(text=p.read_text(encoding="utf-8"), id=p.stem, path=str(p)) for p in texts)
    for path, result in zip(texts, extract_many(sources), strict=True):
        (out / f"{path.stem}.json").write_text(result.model_dump_json(), encoding="utf-8")
    return time.perf_counter() - started


def run_claimx_cross_validated(texts: list[Path], out: Path, quotes: bool = False) -> float:
    """Each document linked by the actor-linker (and kind) fold model not trained on it; with
    `quotes`, its quotes scored by the quote-scorer fold model not trained on it too."""
    from claimx.actors import kinds
    from claimx.actors.linker import fold_of, use_fold
    from claimx.quotes import confidence

    folds = fold_of()
    quote_folds = confidence.fold_of() if quotes else {}

    def key(p: Path) -> tuple[int, int]:
        return (folds.get(p.stem, -1), quote_folds.get(p.stem, -1))

    secs = 0.0
    for fold, quote_fold in sorted({key(p) for p in texts}):
        use_fold(None if fold < 0 else fold)
        kinds.use_fold(None if fold < 0 else fold)
        confidence.use_fold(None if quote_fold < 0 else quote_fold)
        secs += run_claimx([p for p in texts if key(p) == (fold, quote_fold)], out)
    use_fold(None)
    kinds.use_fold(None)
    confidence.use_fold(None)
    return secs


def keep_above(pred: Path, out: Path, threshold: float) -> Path:
    """The records of `pred` with the quotes below the threshold left out, written to `out`."""
    import json

    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(pred.glob("*.json")):
        record = json.loads(path.read_text("utf-8"))
        record["quotes"] = [q for q in record["quotes"] if q["confidence"] >= threshold]
        (out / path.name).write_text(json.dumps(record), encoding="utf-8")
    return out


def score(script: str, *args: str) -> None:
    subprocess.run([sys.executable, str(SHARED / script), *args], check=False)


def _gold_subset(dest: Path, prefix: str) -> Path:
    """A directory of links to the positions-dev gold files of one genre (news, interviews)."""
    dest.mkdir(parents=True, exist_ok=True)
    for gold in sorted((SHARED / "positions-dev").glob(f"{prefix}*.json")):
        link = dest / gold.name
        if not link.exists():
            link.symlink_to(gold)
    return dest


def positions(base: Path, news_out: Path) -> None:
    """Positions against the independent gold (positions-dev): news and interviews apart, clear
    items and with borderline counted; then the project's own gold as a second view."""
    inter_out = base / "gum-interview"
    inter_out.mkdir(parents=True, exist_ok=True)
    texts = sorted((SHARED / "gum-interview").glob("*.txt"))
    run_claimx(texts, inter_out)
    sets = [("news", "GUM_news_", news_out), ("interviews", "GUM_interview_", inter_out)]
    for label, prefix, out in sets:
        gold = _gold_subset(base / f"gold-{label}", prefix)
        for extra in ([], ["--include-borderline"]):
            which = "all items" if extra else "clear items"
            print(f"\n## Positions: positions-dev {label} ({which})\n", flush=True)
            score("score_positions.py", str(gold), str(out), *extra)
    # each set's gold files beside (or, for gum-bio, apart from) its texts
    extra_sets = [
        # annotated by someone who saw neither claimx nor its output; blind until the ninth
        # round, a development set (tuned on) from the tenth
        (
            POSITIONS_BIO,
            sorted((SHARED / "gum-bio").glob("*.txt")),
            "gum-bio-positions",
            "gum-bio, development set from round 10 (eval/positions-bio",
        ),
        # written by someone blind to claimx; a development set (its errors are read)
        (
            POSITIONS_INVENTED_DEV,
            sorted(POSITIONS_INVENTED_DEV.glob("*.txt")),
            "invented-dev-positions",
            "invented texts, development set from round 11 (eval/positions-invented-dev",
        ),
        # never tuned on: no rule may be written from its texts or errors; measured, not read
        (
            POSITIONS_INVENTED,
            sorted(POSITIONS_INVENTED.glob("*.txt")),
            "invented-positions",
            "invented texts, unseen check set (eval/positions-invented",
        ),
    ]
    for gold_dir, set_texts, out_name, title in extra_sets:
        if not any(gold_dir.glob("*.json")):
            continue
        set_out = base / out_name
        set_out.mkdir(parents=True, exist_ok=True)
        run_claimx(set_texts, set_out)
        for extra in ([], ["--include-borderline"]):
            which = "all items" if extra else "clear items"
            print(f"\n## Positions: {title}, {which})\n", flush=True)
            score("score_positions.py", str(gold_dir), str(set_out), *extra)
    print("\n## Positions: gum-news, claimx's own gold (eval/positions-gold)\n", flush=True)
    if any(POSITIONS_GOLD.glob("*.json")):
        score("score_positions.py", str(POSITIONS_GOLD), str(news_out))
    else:
        print("no positions gold yet", flush=True)


def genre_gold(base: Path, genre: str) -> Path:
    """A gold directory of one GUM genre's documents (symbolic links into gum-attr-dev)."""
    out = base / f"gold-{genre}"
    for sub in ("text", "gold"):
        (out / sub).mkdir(parents=True, exist_ok=True)
        for f in sorted((SHARED / "gum-attr-dev" / sub).glob(f"GUM_{genre}_*")):
            if not (out / sub / f.name).exists():
                (out / sub / f.name).symlink_to(f)
    return out


def score_genres(base: Path, pred: Path) -> None:
    """Content-loose, exact and speaker figures for each GUM genre apart."""
    import json

    print("\ngenre        docs  gold  pred  loose P  loose R  loose F1  exact F1  speaker acc")
    for genre in ("news", "interview", "bio"):
        gold = genre_gold(base, genre)
        out = subprocess.run(
            [sys.executable, str(SHARED / "score_attributions.py"), str(gold), str(pred), "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        res = json.loads(out.stdout)
        cl = res["content_loose"]
        print(
            f"{genre:12s} {res['docs']:4d}  {cl['gold']:4d}  {cl['pred']:4d}"
            f"  {cl['precision']:7.3f}  {cl['recall']:7.3f}  {cl['f1']:8.3f}"
            f"  {res['content_exact']['f1']:8.3f}"
            f"  {res['speaker_accuracy']:11.3f}",
            flush=True,
        )


THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7)


def threshold_table(runs: list[tuple[str, Path, Path]], base: Path) -> None:
    """Content-loose P/R/F1 of each run (label, gold, predictions made at threshold 0) with the
    quotes below each threshold left out: what `--min-confidence` trades."""
    sa = _scorer()
    header = "".join(f"  {label} P  {label} R  {label} F1" for label, _, _ in runs)
    print(f"\nthreshold{header}")
    for t in THRESHOLDS:
        row = f"{t:9.2f}"
        for label, gold, pred in runs:
            out = keep_above(pred, base / f"threshold-{label}-{t}", t)
            cl = sa.score(gold, out)["content_loose"]
            width = len(label)
            row += f"  {cl['precision']:{width + 2}.3f}  {cl['recall']:{width + 2}.3f}"
            row += f"  {cl['f1']:{width + 3}.3f}"
        print(row, flush=True)


def _scorer() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location("sa", SHARED / "score_attributions.py")
    assert spec is not None and spec.loader is not None
    sa = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sa)
    return sa


#: the notions other than the default `auto`, each scored on its own
NOTION_TITLES = {
    "all": "every attribution, in every genre (PolNeAR's notion)",
    "clauses": "only reports whose content is a clause (GUM's notion)",
}


def notion_table(base: Path, notion: str) -> None:
    """Quotes under another notion than the default: CLAIMX_QUOTES=all keeps every attribution,
    CLAIMX_QUOTES=clauses only reports whose content is a clause. Both gold sets, GUM per genre
    (cross-validated as above)."""
    sa = _scorer()
    os.environ["CLAIMX_QUOTES"] = notion
    try:
        runs = []
        for label, collection in (("polnear-dev", "polnear-dev"), ("gum-attr-dev", "gum-attr-dev")):
            out = base / f"{collection}-{notion}"
            out.mkdir(parents=True, exist_ok=True)
            texts = sorted((SHARED / collection / "text").glob("*.txt"))
            if collection == "gum-attr-dev":
                run_claimx_cross_validated(texts, out, quotes=True)
            else:
                run_claimx(texts, out)
            runs.append((label, SHARED / collection, out))
        for genre in ("news", "interview", "bio"):
            runs.append((f"  {genre}", genre_gold(base, genre), base / f"gum-attr-dev-{notion}"))
    finally:
        del os.environ["CLAIMX_QUOTES"]
    print(
        f"\n## Quotes, CLAIMX_QUOTES={notion} ({NOTION_TITLES[notion]})\n\n"
        "set            pred  loose P  loose R  loose F1  exact F1  speaker acc",
        flush=True,
    )
    for label, gold, pred in runs:
        res = sa.score(gold, pred)
        cl = res["content_loose"]
        print(
            f"{label:14s} {cl['pred']:4d}  {cl['precision']:7.3f}  {cl['recall']:7.3f}"
            f"  {cl['f1']:8.3f}  {res['content_exact']['f1']:8.3f}"
            f"  {res['speaker_accuracy']:11.3f}",
            flush=True,
        )


def quotes(base: Path) -> None:
    """Quotes on polnear-dev and gum-attr-dev at the default threshold, the threshold table,
    and the two other notions (CLAIMX_QUOTES=all, CLAIMX_QUOTES=clauses)."""
    # every quote kept (threshold 0), then filtered at the default and table thresholds
    from claimx.quotes.confidence import default_threshold

    notion = os.environ.pop("CLAIMX_QUOTES", None)  # the default notion first, then the others
    chosen = os.environ.pop("CLAIMX_MIN_CONFIDENCE", None)
    t = float(chosen) if chosen else default_threshold()
    os.environ["CLAIMX_MIN_CONFIDENCE"] = "0"
    polnear_all = base / "polnear-all"
    polnear_all.mkdir(parents=True, exist_ok=True)
    texts = sorted((SHARED / "polnear-dev" / "text").glob("*.txt"))
    secs = run_claimx(texts, polnear_all)
    out = keep_above(polnear_all, base / "polnear", t)
    print(
        f"\n## Quotes: polnear-dev ({len(texts)} documents, {secs:.1f} s; "
        f"threshold {t:.2f}; never trained on)\n",
        flush=True,
    )
    score("score_attributions.py", str(SHARED / "polnear-dev"), str(out))
    gum_all = base / "gum-attr-all"
    gum_all.mkdir(parents=True, exist_ok=True)
    texts = sorted((SHARED / "gum-attr-dev" / "text").glob("*.txt"))
    secs = run_claimx_cross_validated(texts, gum_all, quotes=True)
    out = keep_above(gum_all, base / "gum-attr", t)
    print(
        f"\n## Quotes: gum-attr-dev ({len(texts)} documents: news, interview, bio; "
        f"{secs:.1f} s; threshold {t:.2f}; each document's confidences, actor links and "
        "kinds by the fold models that did not see it; no cue spans in this gold, so cue "
        "figures are 0)\n",
        flush=True,
    )
    score("score_attributions.py", str(SHARED / "gum-attr-dev"), str(out))
    score_genres(base, out)
    threshold_table(
        [
            ("GUM", SHARED / "gum-attr-dev", gum_all),
            ("PolNeAR", SHARED / "polnear-dev", polnear_all),
        ],
        base,
    )
    del os.environ["CLAIMX_MIN_CONFIDENCE"]
    if chosen is not None:
        os.environ["CLAIMX_MIN_CONFIDENCE"] = chosen
    for other in ("all", "clauses"):
        notion_table(base, other)
    if notion is not None:
        os.environ["CLAIMX_QUOTES"] = notion


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("what", nargs="*", default=["quotes", "actors", "positions"])
    parser.add_argument("--keep", type=Path, help="write predictions here instead of a temp dir")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"make eval needs the evaluation data at {SHARED}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        base = args.keep or Path(tmp)
        if "quotes" in args.what:
            quotes(base)
        if "actors" in args.what or "positions" in args.what:
            # GUM gold: each document scored with the linker fold model that did not see it
            for collection in ("gum-news", "gum-interview", "gum-bio"):
                if collection != "gum-news" and "actors" not in args.what:
                    continue
                out = base / collection
                out.mkdir(parents=True, exist_ok=True)
                texts = sorted((SHARED / collection).glob("*.txt"))
                secs = run_claimx_cross_validated(texts, out)
                if "actors" in args.what:
                    print(
                        f"\n## Actors: {collection} ({len(texts)} documents, {secs:.1f} s; "
                        "linker cross-validated by document)\n",
                        flush=True,
                    )
                    score("score_actors.py", str(SHARED / collection), str(out))
            out = base / "gum-news"
            if "positions" in args.what:
                positions(base, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
