"""The README's "Recipes" run as written, and their output is what the library says it should be.

Each recipe is a shell block under a `###` heading of the section; every heading has a check here
and every check a heading, so a recipe cannot drift from the code. Without jq on the machine, the
claimx part of a jq pipeline runs and the jq part is done in Python.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

BIN = os.path.dirname(sys.executable)
HAVE_JQ = shutil.which("jq") is not None

# invented articles
ARTICLES = {
    "harbour.txt": "“The harbour reopens on Friday,” said Lena Berg, the port director. "
    "Lena Berg added that ferries would run again.\n",
    "farm.md": "Farmers said the rules would hurt small dairies.\n\n"
    "“We cannot pay for this,” Piet Vos said. “Nobody asked us,” Vos added.\n",
    "sub/union.txt": "The union said no. “It is not enough,” Lena Berg told reporters.\n",
}


def recipes() -> dict[str, str]:
    """`### heading` -> its shell block, from the README's Recipes section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Recipes\n", 1)[1].split("\n## ", 1)[0]
    found = {}
    for part in section.split("\n### ")[1:]:
        heading, body = part.split("\n", 1)
        blocks = re.findall(r"```sh\n(.*?)```", body, flags=re.S)
        assert len(blocks) == 1, heading
        found[heading.strip()] = blocks[0]
    return found


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("recipes")
    for name, text in ARTICLES.items():
        (work / "news" / name).parent.mkdir(parents=True, exist_ok=True)
        (work / "news" / name).write_text(text, encoding="utf-8")
    (work / "archive").mkdir()
    seed = SEED.read_text(encoding="utf-8")
    for i in range(3):
        (work / "archive" / f"day{i}.txt").write_text(seed, encoding="utf-8")
    rows = [{"url": f"https://example.org/{k}", "body": t} for k, t in enumerate(ARTICLES.values())]
    (work / "scraped.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return work


@pytest.fixture(scope="module")
def expected(nlp) -> dict[str, list]:
    """Library results for the news folder, in the CLI's order (sorted walk)."""
    from claimx.api import Source, extract_many

    order = ["farm.md", "harbour.txt", "sub/union.txt"]
    sources = [Source(text=ARTICLES[n], id=Path(n).stem) for n in order]
    return {"news": list(extract_many(sources, nlp=nlp))}


def sh(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def run_recipe(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The recipe as written; without jq, only its claimx command (the caller does the rest)."""
    if "jq" in script and not HAVE_JQ:
        script = script.split("|", 1)[0].replace("\\\n", " ")
    out = sh(script, cwd)
    assert out.returncode == 0, out.stderr
    return out


def uniq_counts(stdout: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for line in stdout.splitlines():
        number, _, value = line.strip().partition(" ")
        counts[value] = int(number)
    return counts


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


# --- one check per recipe -----------------------------------------------------------------------


def corpus_speakers(expected, kind: str | None = None) -> Counter[str]:
    """Quotes per corpus actor name, as the library's corpus view counts them."""
    from claimx.corpus.records import Document
    from claimx.corpus.summary import summarize

    summary = summarize([Document(r, r.document.id) for r in expected["news"]], kind=kind)
    return Counter({a["name"]: a["quotes"]["total"] for a in summary["speakers"]})


def check_speakers(script, work, expected):
    want = corpus_speakers(expected, kind="person")
    assert want["Lena Berg"] >= 2, want  # one actor across two articles
    pronouns = {q.speaker.text for r in expected["news"] for q in r.quotes if q.speaker}
    run_recipe(script, work)
    with open(work / "speakers.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["name"]: int(r["quotes"]) for r in rows if int(r["quotes"])} == dict(want)
    assert {r["kind"] for r in rows} == {"person"}
    assert not {r["name"] for r in rows} & (pronouns - set(want))


def check_per_actor(script, work, expected):
    want = corpus_speakers(expected)
    assert want, "the articles must have quotes with actors"
    out = run_recipe(script, work)
    if HAVE_JQ:
        assert uniq_counts(out.stdout) == want
    else:
        speakers = json.loads(out.stdout)["speakers"]
        assert Counter({a["name"]: a["quotes"]["total"] for a in speakers}) == want


def check_report(script, work, expected):
    run_recipe(script, work)
    html = (work / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Lena Berg" in html
    assert html.count('class="doc"') == len(expected["news"])
    assert "The article text is not available" not in html  # found again by document.path


def check_csv(script, work, expected):
    run_recipe(script, work)
    with open(work / "quotes.csv", newline="", encoding="utf-8") as fh:
        quotes = list(csv.DictReader(fh))
    with open(work / "actors.csv", newline="", encoding="utf-8") as fh:
        actors = list(csv.DictReader(fh))
    assert len(quotes) == sum(len(r.quotes) for r in expected["news"])
    assert len(actors) == sum(len(r.actors) for r in expected["news"])
    first = expected["news"][0].quotes[0]
    assert quotes[0]["content"] == first.content.text
    assert int(quotes[0]["content_start"]) == first.content.start


def check_resume(script, work, expected):
    out = run_recipe(script, work)
    assert "3 documents" in out.stderr
    assert sorted(p.name for p in (work / "results").iterdir()) == [
        "day0.json",
        "day1.json",
        "day2.json",
    ]
    if HAVE_JQ:
        assert len((work / "all.jsonl").read_text().splitlines()) == 3
    (work / "results" / "day1.json").unlink()  # as if the first run had stopped there
    again = run_recipe(script, work)
    assert "1 document, " in again.stderr and "2 skipped" in again.stderr


def check_some_files(script, work, expected):
    run_recipe(script, work)
    recs = records((work / "picked.jsonl").read_text())
    assert [r["document"]["id"] for r in recs] == ["harbour", "union"]


def check_jsonl_archive(script, work, expected):
    out = run_recipe(script, work)
    if HAVE_JQ:
        got = [json.loads(line) for line in out.stdout.splitlines()]
    else:
        got = [{"id": r["document"]["id"], "quotes": len(r["quotes"])} for r in records(out.stdout)]
    urls = [f"https://example.org/{k}" for k in range(len(ARTICLES))]
    assert [g["id"] for g in got] == urls
    assert all(g["quotes"] >= 1 for g in got)


CHECKS: dict[str, Callable[..., None]] = {
    "All speakers of a folder": check_speakers,
    "Quotes per actor": check_per_actor,
    "A report to look at": check_report,
    "A CSV for a spreadsheet": check_csv,
    "Resume a big run": check_resume,
    "Only some files": check_some_files,
    "A JSON Lines archive": check_jsonl_archive,
}


def test_every_recipe_has_a_check():
    assert set(recipes()) == set(CHECKS)


@pytest.mark.parametrize("heading", list(CHECKS))
def test_recipe(heading, workdir, expected):
    CHECKS[heading](recipes()[heading], workdir, expected)
