"""Build the positions gold (NAME.json; texts read from ../shared/eval/gum-news) from the hand annotations in `annotations.py`.

Spans are written as text plus an anchor so that offsets are computed, never typed: every position
names a unique substring of its sentence; holder, target, cue and alternatives are then found inside
that sentence (`text@2` = second occurrence). Every span is checked: `text == txt[start:end]`.
Usage: python eval/positions-gold/build_gold.py [GUM_NEWS_DIR]   (the texts are read from there)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from annotations import DOCS  # noqa: E402

NO_SPLIT = {
    "U.S.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "Jr.",
    "No.",
    "vs.",
    "Gov.",
    "Sen.",
    "Rep.",
    "Gen.",
    "Lt.",
    "Col.",
    "Prof.",
    "Inc.",
    "Co.",
    "Corp.",
    "a.m.",
    "p.m.",
    "e.g.",
    "i.e.",
}


def sentences(txt: str) -> list[tuple[int, int]]:
    """Paragraph lines cut after . ! ? (plus closing quotes) before a capital, except abbreviations."""
    out = []
    pos = 0
    for line in txt.split("\n"):
        start = pos
        for m in re.finditer(r"[.!?][\"”’']?\s+(?=[\"“‘(]?[A-Z0-9])", line):
            word = line[: m.start() + 1].rsplit(" ", 1)[-1]
            if word in NO_SPLIT:
                continue
            end = pos + m.start() + len(m.group().rstrip())
            out.append((start, end))
            start = pos + m.end()
        if line.strip():
            out.append((start, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def find(txt: str, spec: str, lo: int, hi: int) -> dict:
    if "^" in spec:  # text^context: `text` inside the first `context` of the sentence
        text, _, context = spec.partition("^")
        c = find(txt, context, lo, hi)
        return find(txt, text, c["start"], c["end"])
    text, _, nth = spec.partition("@")
    k = int(nth) if nth else 1
    pattern = (
        (r"\b" if text[:1].isalnum() else "")
        + re.escape(text)
        + (r"\b" if text[-1:].isalnum() else "")
    )
    hits = [m.start() for m in re.compile(pattern).finditer(txt, lo, hi)]
    if len(hits) < k:
        raise ValueError(f"{text!r} (#{k}) not found in {txt[lo:hi]!r}")
    at = hits[k - 1]
    return {"start": at, "end": at + len(text), "text": text}


def build(name: str, specs: list[dict], gum_dir: Path) -> dict:
    txt = (gum_dir / f"{name}.txt").read_text(encoding="utf-8")  # never copied into the repo
    gum = json.loads((gum_dir / f"{name}.json").read_text(encoding="utf-8")) if gum_dir else None
    by_span = {}
    names = {}
    if gum:
        for ent in gum["entities"]:
            names[ent["id"]] = ent.get("name")
            for m in ent["mentions"]:
                by_span.setdefault((m["start"], m["end"]), ent["id"])
    sents = sentences(txt)
    positions = []
    for i, s in enumerate(specs, 1):
        a = txt.find(s["anchor"])
        if a < 0 or txt.find(s["anchor"], a + 1) >= 0:
            raise ValueError(f"{name}: anchor {s['anchor']!r} missing or not unique")
        lo, hi = next((b, e) for b, e in sents if b <= a < e)
        if "ev_start" in s:
            lo = txt.index(s["ev_start"])
        if "ev_end" in s:
            hi = txt.index(s["ev_end"], a) + len(s["ev_end"])
        holders = []
        for h in s["holder"]:
            if isinstance(h, tuple):  # (text, doc-wide anchor): a mention outside the sentence
                base = txt.index(h[1])
                sp = find(txt, h[0], base, base + len(h[1]))
            else:
                sp = find(txt, h, lo, hi)
            sp["entity"] = by_span.get((sp["start"], sp["end"]))
            holders.append(sp)
        ent = s.get("entity") or next((h["entity"] for h in holders if h["entity"]), None)
        pos = {
            "id": f"{name}-{i:02d}",
            "holder_mentions": holders,
            "holder_entity": ent,
            "holder_name": s.get("name", names.get(ent) if ent else None),
            "stance": s["stance"],
            "target": find(txt, s["target"], lo, hi),
            "cue": find(txt, s["cue"], lo, hi),
            "evidence": {"start": lo, "end": hi, "text": txt[lo:hi]},
            "confidence": s.get("conf", "clear"),
        }
        if s.get("alts"):
            pos["target_alternatives"] = [
                find(txt, t, lo, hi)
                if not isinstance(t, tuple)
                else find(txt, t[0], txt.index(t[1]), txt.index(t[1]) + len(t[1]))
                for t in s["alts"]
            ]
        if s.get("note"):
            pos["note"] = s["note"]
        for key in ("target", "cue", "evidence"):
            sp = pos[key]
            assert txt[sp["start"] : sp["end"]] == sp["text"], (name, key, sp)
        for sp in pos["holder_mentions"] + pos.get("target_alternatives", []):
            assert txt[sp["start"] : sp["end"]] == sp["text"], (name, sp)
        assert pos["stance"] in ("support", "oppose") and pos["confidence"] in (
            "clear",
            "borderline",
        )
        positions.append(pos)
    return {"doc": name, "positions": positions}


def main() -> int:
    gum_dir = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[2] / "shared" / "eval" / "gum-news"
    )
    for name, specs in DOCS.items():
        gold = build(name, specs, gum_dir)
        (HERE / f"{name}.json").write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        n_clear = sum(p["confidence"] == "clear" for p in gold["positions"])
        print(f"{name}: {len(gold['positions'])} positions ({n_clear} clear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
