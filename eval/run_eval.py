"""`make eval`: run claimx over ../shared/eval and print the scorers' tables.

The evaluation texts are read from ../shared at run time and never copied into the repository.
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

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMX_SHARED") or ROOT.parent / "shared" / "eval")
POSITIONS_GOLD = ROOT / "eval" / "positions-gold"


def run_claimx(texts: list[Path], out: Path) -> float:
    """One NAME.json per input, written by the library with one loaded pipeline."""
    from claimx.api import Source, extract_many

    started = time.perf_counter()
    sources = (Source(text=p.read_text(encoding="utf-8"), id=p.stem, path=str(p)) for p in texts)
    for path, result in zip(texts, extract_many(sources), strict=True):
        (out / f"{path.stem}.json").write_text(result.model_dump_json(), encoding="utf-8")
    return time.perf_counter() - started


def run_claimx_cross_validated(texts: list[Path], out: Path) -> float:
    """Each document linked by the actor-linker fold model that was not trained on it."""
    from claimx.actors.linker import fold_of, use_fold

    folds = fold_of()
    secs = 0.0
    for fold in sorted({folds.get(p.stem) for p in texts}, key=lambda f: -1 if f is None else f):
        use_fold(fold)
        secs += run_claimx([p for p in texts if folds.get(p.stem) == fold], out)
    use_fold(None)
    return secs


def score(script: str, *args: str) -> None:
    subprocess.run([sys.executable, str(SHARED / script), *args], check=False)


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
            out = base / "polnear"
            out.mkdir(parents=True, exist_ok=True)
            texts = sorted((SHARED / "polnear-dev" / "text").glob("*.txt"))
            secs = run_claimx(texts, out)
            print(f"\n## Quotes: polnear-dev ({len(texts)} documents, {secs:.1f} s)\n", flush=True)
            score("score_attributions.py", str(SHARED / "polnear-dev"), str(out))
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
                print(
                    "\n## Positions: gum-news, claimx's own gold (eval/positions-gold)\n",
                    flush=True,
                )
                if any(POSITIONS_GOLD.glob("*.json")):
                    score("score_positions.py", str(POSITIONS_GOLD), str(out))
                else:
                    print("no positions gold yet", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
