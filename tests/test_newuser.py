"""What a new user hit (issue 17): each item a test here or in test_cli/test_hostile.

Items: 1 output files that overwrite each other, 4 a table into a closed pipe, 5 tables at 80
and 200 columns, 6 the Markdown report, 7 one JSON array, 8 the summary line, 9 the progress bar,
11 help and usage errors, 12 --version, 13 HTML and URLs, 14 text that is not English.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from tests.helpers import check_record

EXE = os.path.join(os.path.dirname(sys.executable), "claimx")

# invented articles
BRIDGE = (
    "“We will open the new bridge in May,” Mayor Ana Torres said on Monday. "
    "She praised the council for its support of the plan.\n"
)
TOLLS = "“The tolls are far too high for us,” said Mark Olsen, a baker. He opposed the tolls.\n"
FERRY = "The ferry company said on Tuesday that it would cut two routes next year.\n"
GERMAN = (
    "Die Stadtverwaltung hat am Montag neue Regeln für den Wohnungsbau vorgestellt. "
    "Bürgermeisterin Klara Weiss sagte, die Bezirke sollten schneller Genehmigungen erteilen. "
    "Wir werden das nicht hinnehmen, widersprach der Verband der Bauunternehmen. Die Opposition "
    "kritisierte den Entwurf als zu zaghaft und forderte mehr Geld für sozialen Wohnungsbau in "
    "den Städten. Nach Angaben des Amtes sollen bis zum Jahr 2030 viele neue Wohnungen entstehen.\n"
)
PAGE = """<!DOCTYPE html>
<html><head><title>Bridge</title><script>var s = "Mayor said nothing";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>New bridge to open in May</h1>
<p>“We will open the new bridge in May,” <b>Mayor Jane Smith</b> said on Monday.</p>
<p>The council said the tolls would be low. Residents welcomed the plan, which has been
discussed for years in the town.</p></article>
<footer>Copyright 2026 The Town Courier</footer></body></html>
"""


@pytest.fixture
def runner():
    return CliRunner()


def extract(runner, *args, **kw):
    return runner.invoke(app, ["extract", *map(str, args)], **kw)


@pytest.fixture
def coll(tmp_path: Path) -> Path:
    """coll/a/x.txt, coll/b/x.txt and coll/a/x.md: three inputs that all have the stem x."""
    root = tmp_path / "coll"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    (root / "a" / "x.txt").write_text(BRIDGE, encoding="utf-8")
    (root / "b" / "x.txt").write_text(TOLLS, encoding="utf-8")
    (root / "a" / "x.md").write_text(FERRY, encoding="utf-8")
    return root


def _written(out: Path) -> dict[str, str]:
    """Output file (relative) -> the path of the input its record came from."""
    found = {}
    for path in sorted(out.rglob("*.json")):
        if path.read_text().startswith("{"):
            found[str(path.relative_to(out))] = json.loads(path.read_text())["document"]["path"]
    return found


# --- 1. --output-dir: one file per input, never another input's ---------------------------------


def test_output_dir_mirrors_the_inputs_relative_paths(runner, nlp, coll, tmp_path):
    out = tmp_path / "out"
    result = extract(runner, coll, "--output-dir", out)
    assert result.exit_code == 0, result.stderr
    assert _written(out) == {
        "a/x.json": str(coll / "a" / "x.txt"),
        "a/x.md.json": str(coll / "a" / "x.md"),
        "b/x.json": str(coll / "b" / "x.txt"),
    }
    check_record(json.loads((out / "b" / "x.json").read_text()), TOLLS)


def test_a_record_is_never_written_over_another_inputs(runner, nlp, coll, tmp_path):
    out = tmp_path / "out"
    a, b = coll / "a" / "x.txt", coll / "b" / "x.txt"
    # two files given by name share a name: the second takes the next free one
    assert extract(runner, a, b, "-d", out).exit_code == 0
    assert _written(out) == {"x.json": str(a), "x-2.json": str(b)}
    # b alone, after x.json was deleted: b's own file is found, a's place stays free
    (out / "x.json").unlink()
    assert extract(runner, b, "-d", out).exit_code == 0
    assert _written(out) == {"x-2.json": str(b)}
    # a file claimx did not write is never replaced
    (out / "x.json").write_text("my notes\n")
    assert extract(runner, a, "-d", out).exit_code == 0
    assert (out / "x.json").read_text() == "my notes\n"
    assert _written(out) == {"x-2.json": str(b), "x-3.json": str(a)}


def test_skip_existing_needs_the_same_input_and_bytes(runner, nlp, coll, tmp_path):
    out = tmp_path / "out"
    md = coll / "a" / "x.md"
    assert extract(runner, coll / "a" / "x.txt", "-d", out).exit_code == 0
    # x.json holds another file's record: x.md is processed, not skipped in silence
    result = extract(runner, md, "-d", out, "--skip-existing")
    assert result.exit_code == 0
    assert _written(out)["x.md.json"] == str(md)
    # the same input unchanged: skipped, and a single input says so
    result = extract(runner, md, "-d", out, "--skip-existing")
    assert result.exit_code == 0 and "skipped" in result.stderr and "up to date" in result.stderr
    # the same input changed: processed again
    md.write_text(BRIDGE, encoding="utf-8")
    result = extract(runner, md, "-d", out, "--skip-existing")
    assert "skipped" not in result.stderr
    check_record(json.loads((out / "x.md.json").read_text()), BRIDGE)


# --- 4, 5. tables ------------------------------------------------------------------------------


def test_table_into_a_closed_pipe_exits_0(tmp_path):
    article = tmp_path / "bridge.txt"
    article.write_text(BRIDGE * 30, encoding="utf-8")
    proc = subprocess.Popen(
        [EXE, "extract", str(article), "--format", "table"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.readline()
    proc.stdout.close()  # `| head -2`
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, stderr
    assert stderr == ""


LONG = (
    "“The new bridge will carry twice the traffic of the old one and it acknowledged the "
    "concerns of every neighbourhood along the river,” said the regional transport "
    "commissioner for the northern districts, Annelise Vandenberghe-Moreau. Vandenberghe-Moreau "
    "strongly criticised the government's plan to raise the tolls next year.\n"
)


def _table(runner, tmp_path, columns: int, *extra: str) -> str:
    article = tmp_path / "long.txt"
    article.write_text(LONG, encoding="utf-8")
    env = {"COLUMNS": str(columns), "NO_COLOR": "1"}
    result = extract(runner, article, "--format", "table", *extra, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_table_at_80_columns_breaks_no_word(runner, nlp, tmp_path):
    out = _table(runner, tmp_path, 80)
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    words = set(re.findall(r"[\w'-]+", LONG))
    for line in lines:
        for token in re.findall(r"[\w'-]+", line):
            assert (
                token in words
                or token.isdigit()
                or token.startswith(("q", "a", "p"))
                or (
                    token
                    in {"speaker", "actor", "cue", "kind", "content", "direct", "indirect"}
                    | {
                        "mixed",
                        "name",
                        "titles",
                        "mentions",
                        "holder",
                        "stance",
                        "support",
                        "oppose",
                    }
                    | {"target", "evidence", "quote", "Quotes", "Actors", "Positions", "long"}
                    | {"words", "quote", "quotes", "actor", "actors", "position", "positions"}
                )
            ), f"broken word {token!r} in {line!r}"


def test_table_at_200_columns_uses_the_width(runner, nlp, tmp_path):
    out = _table(runner, tmp_path, 200)
    assert max(len(line) for line in out.splitlines()) <= 200
    content = "The new bridge will carry twice the traffic of the old one and it acknowledged"
    assert any(content in line for line in out.splitlines()), out


def test_positions_table_has_ids_stance_evidence_and_quote(runner, nlp, tmp_path):
    out = _table(runner, tmp_path, 160, "--what", "positions")
    assert "Quotes" not in out and "Positions" in out
    header = next(line for line in out.splitlines() if "stance" in line)
    for column in ("#", "holder", "stance", "target", "cue", "evidence", "quote"):
        assert column in header
    row = next(line for line in out.splitlines() if line.startswith("p1"))
    assert "− oppose" in row and "criticised" in row and re.search(r"\bq\d+\b", row)


def test_writes_to_a_terminal_are_wrapped_in_pause(nlp, run):
    """The CLI clears its progress bar around each write to the terminal (the pause)."""
    import io

    from claimx.io.output import Writer

    events: list[str] = []

    class Pause:
        def __enter__(self):
            events.append("clear")

        def __exit__(self, *exc):
            events.append("redraw")

    stream = io.StringIO()
    writer = Writer("table", stream, several=True, pause=Pause)
    for text in (BRIDGE, TOLLS):
        writer.write(run(text))
    assert events == ["clear", "redraw"] * 2
    assert stream.getvalue().count("Quotes") == 2


# --- 6, 7. Markdown report, JSON array ---------------------------------------------------------


def test_markdown_is_a_report_per_article(runner, nlp, coll):
    result = extract(runner, coll, "--format", "markdown")
    assert result.exit_code == 0
    md = result.stdout
    assert md.count("\n## x\n") + md.startswith("## x\n") == 3
    assert "### Quotes" in md and "### Actors" in md and "### Positions" in md
    assert "**Ana Torres** (person, a1)" in md  # quotes grouped under their speaker
    assert "“We will open the new bridge in May,” — *said*" in md
    assert "+ support" in md and "− oppose" in md
    assert "content_start" not in md and "|---|" not in md  # not the CSV as a table


def test_json_for_several_inputs_is_one_array(runner, nlp, coll, tmp_path):
    result = extract(runner, coll, "--format", "json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["document"]["path"] for r in records] == [
        str(coll / "a" / "x.md"),
        str(coll / "a" / "x.txt"),
        str(coll / "b" / "x.txt"),
    ]
    empty = tmp_path / "none"
    empty.mkdir()
    (empty / "blank.txt").write_text("")
    assert json.loads(extract(runner, empty, "-f", "json").stdout)[0]["quotes"] == []
    # JSON Lines stays the default when piped, so `jq` and `head` stream
    assert len(extract(runner, coll).stdout.splitlines()) == 3


def test_json_array_is_streamed(coll):
    """The first record comes out while claimx still waits for the next name."""
    proc = subprocess.Popen(
        [EXE, "extract", "--files-from", "-", "--format", "json", "-q"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    names = [coll / "a" / "x.txt", coll / "b" / "x.txt", coll / "a" / "x.md"] * 2
    proc.stdin.write("".join(f"{n}\n" for n in names[:4]))  # one batch
    proc.stdin.flush()
    head = [proc.stdout.readline() for _ in range(2)]
    assert head[0] == "[\n" and head[1] == "{\n"
    proc.stdin.write("".join(f"{n}\n" for n in names[4:]))
    proc.stdin.close()
    rest = proc.stdout.read()
    assert proc.wait(timeout=120) == 0
    assert len(json.loads("".join(head) + rest)) == 6


# --- 8, 9. summary line and progress bar ---------------------------------------------------------


def test_summary_counts_positions_with_plurals(runner, nlp, tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "tolls.txt").write_text(
        "“The tolls are far too high,” said Mark Olsen. He opposed the tolls.\n"
    )
    result = extract(runner, folder)
    (line,) = result.stderr.splitlines()
    assert re.match(
        r"claimx: 1 document, 2 quotes, 1 actor, 1 position, 0 failures in [\d.]+ s "
        r"\([\d.]+ s loading the pipeline, then [\d,]+ words/s\)$",
        line,
    ), line


def test_eta_only_after_a_few_documents_and_from_the_pace_since_loading(monkeypatch):
    from claimx.io import console

    now = [1000.0]
    monkeypatch.setattr(console.time, "time", lambda: now[0])
    summary = console.Summary()
    bar = console.Bar(10, summary)
    task = bar.progress.tasks[0]
    assert task.description == "loading pipeline…"
    summary.on_ready(1010.0)  # 10 s loading
    summary.words = 400
    now[0] = 1012.0
    bar.advance(2)
    assert task.description == "claimx" and task.fields["eta"] == ""
    now[0] = 1014.0
    bar.advance(2)  # 4 done in 4 s since loading: 6 left, 6 s
    assert task.fields["eta"] == "ETA 0:06"
    assert task.fields["rate"] == "100 words/s"


# --- 11, 12. help, usage errors, version ---------------------------------------------------------


def test_short_help_and_a_sane_usage_line(runner):
    result = runner.invoke(app, ["extract", "-h"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    text = result.stdout
    assert "Usage: claimx extract [OPTIONS] [PATH]..." in text
    assert not re.search(r"<(str|int|path|list\[str\])>", text), text
    assert "<json|jsonl|csv|markdown|table|sqlite>" in text and "<quotes|actors|positions>" in text
    for heading in ("Input:", "Output:", "Processing:"):
        assert f"\n{heading}\n" in text


def test_completion_offers_the_format_choices():
    env = {**os.environ, "_CLAIMX_COMPLETE": "complete_bash", "COMP_CWORD": "3"}
    env["COMP_WORDS"] = "claimx extract --format "
    out = subprocess.run([EXE], capture_output=True, text=True, env=env)
    assert out.stdout.split() == ["json", "jsonl", "csv", "markdown", "table", "sqlite"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "--jobs", "x", "a.txt"], "claimx: --jobs takes a whole number, not 'x'"),
        (["extract", "--no-such"], "claimx: no such option: --no-such"),
        (["extract", "-f", "xml", "a.txt"], "claimx: invalid value for '--format'"),
        (["nothing"], "claimx: no such command 'nothing'"),
    ],
)
def test_usage_errors_are_one_line(runner, args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(message), line


def test_version_names_spacy_and_the_pipeline():
    from importlib.metadata import version

    code = (
        "import sys; from claimx.__main__ import main; sys.argv=['claimx','--version']; main();"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    line = out.stdout.strip()
    assert line.startswith("claimx ") and f"spaCy {version('spacy')}" in line
    assert re.search(r"en_core_web_sm\w* \d+\.\d+", line), line


# --- 13, 14. HTML, URLs, other languages --------------------------------------------------------


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_html_is_read_as_its_article_text(runner, nlp, tmp_path, name):
    pytest.importorskip("trafilatura")
    page = tmp_path / name  # by extension, or by its first characters
    page.write_text(PAGE, encoding="utf-8")
    result = extract(runner, page)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    text = record["document"]["text"]
    assert "<" not in text and "var s" not in text and "Mayor Jane Smith said" in text
    check_record(record, text)
    speakers = [q["speaker"]["text"] for q in record["quotes"] if q["speaker"]]
    assert "Mayor Jane Smith" in speakers


def test_text_files_carry_no_document_text(runner, nlp, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(BRIDGE)
    assert "text" not in json.loads(extract(runner, path).stdout)["document"]


def test_html_without_the_extra_is_refused_with_a_hint(runner, nlp, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(BRIDGE)
    result = extract(runner, page, good)
    assert result.exit_code == 1
    (line,) = [line for line in result.stderr.splitlines() if "page.html" in line]
    assert "pip install 'claimx[html]'" in line
    assert len(result.stdout.splitlines()) == 1


def test_url_is_refused_with_a_hint(runner):
    result = extract(runner, "https://example.org/news/1")
    assert result.exit_code == 1
    assert result.stderr.startswith("claimx: https://example.org/news/1: a URL")
    assert "save the page first" in result.stderr


def test_text_not_in_english_is_processed_with_one_warning(runner, nlp, tmp_path):
    path = tmp_path / "wohnungsbau.txt"
    path.write_text(GERMAN, encoding="utf-8")
    result = extract(runner, path)
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"claimx: {path}: does not look like English")
    assert json.loads(result.stdout)["document"]["words"] > 0
    english = tmp_path / "english.txt"
    english.write_text(LONG * 3, encoding="utf-8")
    assert extract(runner, english).stderr == ""


def test_english_share():
    from claimx.io.language import english_share

    assert english_share("Too short.") is None
    assert english_share(LONG * 3) > 0.15
    assert english_share(GERMAN) < 0.05
