"""Save claimx's output on every evaluation text and the seed, or compare two such saves.

A refactoring must not change what claimx finds. `save DIR` writes one NAME.json per text (the
evaluation texts are read from ../shared at run time, never copied); `compare OLD NEW` prints every
document whose records differ once the fields named by `--ignore` (default: the additive `rule` and
`confidence`) are dropped, and a count.

Usage: python eval/snapshot.py save DIR
       python eval/snapshot.py compare OLD NEW [--ignore rule,confidence]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMX_EVAL_DATA", ROOT.parent / "shared" / "eval"))


def texts() -> list[Path]:
    """Every evaluation text once (gum-attr-dev repeats the GUM texts) and the seed."""
    found: dict[str, Path] = {}
    for path in sorted(SHARED.rglob("*.txt")):
        found.setdefault(path.name, path)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        found.setdefault(path.name, path)
    return [found[name] for name in sorted(found)]


def save(out: Path) -> int:
    from claimx.api import Source, extract_many

    out.mkdir(parents=True, exist_ok=True)
    paths = texts()
    sources = (Source(text=p.read_text(encoding="utf-8"), id=p.stem, path=p.name) for p in paths)
    for path, result in zip(paths, extract_many(sources), strict=True):
        record = result.model_dump(mode="json")
        record.pop("claimx_version", None)
        (out / f"{path.stem}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
        )
    print(f"saved {len(paths)} records in {out}")
    return 0


def strip(value: Any, ignore: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: strip(v, ignore) for k, v in value.items() if k not in ignore}
    if isinstance(value, list):
        return [strip(v, ignore) for v in value]
    return value


def compare(old: Path, new: Path, ignore: set[str]) -> int:
    differ = 0
    names = sorted({p.name for p in old.glob("*.json")} | {p.name for p in new.glob("*.json")})
    for name in names:
        a, b = old / name, new / name
        if not (a.exists() and b.exists()):
            print(f"{name}: only in {'new' if b.exists() else 'old'}")
            differ += 1
            continue
        ra = strip(json.loads(a.read_text(encoding="utf-8")), ignore)
        rb = strip(json.loads(b.read_text(encoding="utf-8")), ignore)
        if ra != rb:
            differ += 1
            parts = [k for k in ("quotes", "actors", "positions") if ra.get(k) != rb.get(k)]
            print(f"{name}: differs in {', '.join(parts) or 'other fields'}")
    print(f"{len(names)} documents, {differ} differ (ignoring {', '.join(sorted(ignore))})")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("save").add_argument("dir", type=Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("old", type=Path)
    cmp.add_argument("new", type=Path)
    cmp.add_argument("--ignore", default="rule,confidence")
    args = parser.parse_args()
    if args.command == "save":
        return save(args.dir)
    return compare(args.old, args.new, set(filter(None, args.ignore.split(","))))


if __name__ == "__main__":
    sys.exit(main())
