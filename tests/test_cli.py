"""The command line: data on stdout, messages on stderr, exit codes a script can rely on."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx import __version__
from claimx.cli import app
from tests.conftest import SEED
from tests.helpers import check_record

EXE = os.path.join(os.path.dirname(sys.executable), "claimx")

# invented articles, one quote each
BRIDGE = "“We will open the new bridge in May,” Mayor Ana Torres said on Monday.\n"
TOLLS = "Residents differ.\n\n“The tolls are far too high for us,” said Mark Olsen, a baker.\n"
FERRY = "The ferry company said on Tuesday that it would cut two routes next year.\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """news/ with two .txt, one .md in a subfolder, and files that must not be read."""
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / "b-tolls.txt").write_text(TOLLS, encoding="utf-8")
    (root / "a-bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (root / "sub" / "c-ferry.md").write_text(FERRY, encoding="utf-8")
    (root / "notes.json").write_text("{}", encoding="utf-8")
    (root / ".hidden.txt").write_text(BRIDGE, encoding="utf-8")
    (root / ".cache").mkdir()
    (root / ".cache" / "x.txt").write_text(BRIDGE, encoding="utf-8")
    return root


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def summary_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " documents" in line or " document," in line]


# --- single documents ---------------------------------------------------------------------------


def test_extract_seed_prints_one_json_object(runner, nlp):
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["document"]["id"] == "coalition-of-the-willing"
    assert record["document"]["path"] == str(SEED)
    check_record(record, SEED.read_text(encoding="utf-8"))
    assert result.stderr == ""  # one document, stderr not a terminal: no summary


def test_stdin(runner, nlp):
    text = "“The vote is final,” the speaker said."
    result = runner.invoke(app, ["extract", "-"], input=text)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["document"]["path"] is None
    assert record["document"]["id"] == "stdin"
    assert record["quotes"][0]["cue"]["text"] == "said"


def test_missing_file_is_one_line_on_stderr(runner, nlp, tmp_path):
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["extract", str(missing)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(missing) in lines[0]
    assert "Traceback" not in result.stderr


def test_unknown_model_exits_2_with_install_hint(runner):
    result = runner.invoke(app, ["extract", str(SEED), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert "no_such_pipeline_xyz" in result.stderr
    assert "pip install" in result.stderr
    assert result.stdout == ""


def test_env_model_is_used(runner, monkeypatch):
    monkeypatch.setenv("CLAIMX_MODEL", "no_such_pipeline_env")
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 2
    assert "no_such_pipeline_env" in result.stderr


def test_output_file(runner, nlp, tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["schema_version"] == 1


def test_schema_command(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Result"


# --- input kinds --------------------------------------------------------------------------------


def test_directory_is_recursed_in_sorted_order(runner, nlp, folder):
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0, result.stderr
    recs = records(result.stdout)
    assert [r["document"]["id"] for r in recs] == ["a-bridge", "b-tolls", "c-ferry"]
    assert [r["document"]["path"] for r in recs] == [
        str(folder / "a-bridge.txt"),
        str(folder / "b-tolls.txt"),
        str(folder / "sub" / "c-ferry.md"),
    ]
    for rec, text in zip(recs, (BRIDGE, TOLLS, FERRY), strict=True):
        check_record(rec, text)


def test_glob_chooses_the_files(runner, nlp, folder):
    result = runner.invoke(app, ["extract", str(folder), "--glob", "*.md"])
    assert result.exit_code == 0
    assert [r["document"]["id"] for r in records(result.stdout)] == ["c-ferry"]


def test_several_paths_give_json_lines_in_argument_order(runner, nlp, folder):
    args = [str(folder / "b-tolls.txt"), str(folder / "a-bridge.txt")]
    result = runner.invoke(app, ["extract", *args])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2  # one compact record a line
    assert [json.loads(x)["document"]["id"] for x in lines] == ["b-tolls", "a-bridge"]


def test_files_from_a_file_and_from_stdin(runner, nlp, folder, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_text(f"{folder / 'b-tolls.txt'}\n\n{folder / 'sub' / 'c-ferry.md'}\r\n")
    result = runner.invoke(app, ["extract", "--files-from", str(listing)])
    assert result.exit_code == 0, result.stderr
    assert [r["document"]["id"] for r in records(result.stdout)] == ["b-tolls", "c-ferry"]

    result = runner.invoke(
        app, ["extract", "--files-from", "-"], input=f"{folder / 'a-bridge.txt'}\n"
    )
    assert result.exit_code == 0
    assert [r["document"]["id"] for r in records(result.stdout)] == ["a-bridge"]


def test_files_from_missing_list_exits_1(runner, nlp, tmp_path):
    result = runner.invoke(app, ["extract", "--files-from", str(tmp_path / "none.txt")])
    assert result.exit_code == 1
    assert "none.txt" in result.stderr


def test_jsonl_input_with_fields(runner, nlp, tmp_path):
    archive = tmp_path / "scraped.jsonl"
    lines = [
        json.dumps({"url": "https://example.org/1", "body": BRIDGE}),
        "",
        json.dumps({"body": TOLLS}),
        "this is not json",
        json.dumps({"url": "x", "title": "no body"}),
        json.dumps(["a", "list"]),
    ]
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args = ["extract", "--jsonl-input", str(archive), "--text-field", "body", "--id-field", "url"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    recs = records(result.stdout)
    assert [r["document"]["id"] for r in recs] == ["https://example.org/1", "scraped-3"]
    check_record(recs[0], BRIDGE)
    check_record(recs[1], TOLLS)
    assert recs[0]["document"]["path"] == str(archive)
    errors = [line for line in result.stderr.splitlines() if "scraped.jsonl:" in line]
    assert [e.split("scraped.jsonl:")[1].split(":")[0] for e in errors] == ["4", "5", "6"]


def test_jsonl_input_from_stdin(runner, nlp):
    data = json.dumps({"id": "n1", "text": BRIDGE}) + "\n" + json.dumps({"text": FERRY}) + "\n"
    result = runner.invoke(app, ["extract", "--jsonl-input", "-"], input=data)
    assert result.exit_code == 0
    recs = records(result.stdout)
    assert [r["document"]["id"] for r in recs] == ["n1", "stdin-2"]
    assert recs[0]["document"]["path"] is None


def test_encoding_option(runner, nlp, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("“Café prices rose,” the owner said.".encode("cp1252"))
    assert runner.invoke(app, ["extract", str(path)]).exit_code == 1
    result = runner.invoke(app, ["extract", str(path), "--encoding", "cp1252"])
    assert result.exit_code == 0
    rec = json.loads(result.stdout)
    check_record(rec, "“Café prices rose,” the owner said.")


# --- formats ------------------------------------------------------------------------------------


def test_jsonl_format_for_one_document(runner, nlp, folder):
    result = runner.invoke(app, ["extract", str(folder / "a-bridge.txt"), "--format", "jsonl"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1


def test_csv_quotes_rows_carry_offsets(runner, nlp, folder):
    result = runner.invoke(app, ["extract", str(folder), "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["document"] for r in rows] == ["a-bridge", "b-tolls", "c-ferry"]
    texts = {"a-bridge": BRIDGE, "b-tolls": TOLLS, "c-ferry": FERRY}
    for row in rows:
        text = texts[row["document"]]
        assert text[int(row["content_start"]) : int(row["content_end"])] == row["content"]
        assert text[int(row["speaker_start"]) : int(row["speaker_end"])] == row["speaker"]
        assert row["cue"] == "said"
    assert [r["kind"] for r in rows] == ["direct", "direct", "indirect"]
    assert rows[1]["content"] == "The tolls are far too high for us,"


@pytest.mark.parametrize(
    ("what", "first_columns"),
    [
        ("quotes", ["document", "quote", "kind", "speaker", "actor", "actor_name", "cue"]),
        ("actors", ["document", "actor", "name", "kind", "titles", "mentions"]),
        ("positions", ["document", "position", "actor", "actor_name", "stance", "target"]),
    ],
)
def test_csv_what_chooses_the_table(runner, nlp, folder, what, first_columns):
    result = runner.invoke(app, ["extract", str(folder), "-f", "csv", "--what", what])
    assert result.exit_code == 0
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[: len(first_columns)] == first_columns


def test_csv_of_no_document_is_a_header(runner, nlp, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["extract", str(empty), "-f", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("document,quote,kind")
    assert len(result.stdout.splitlines()) == 1


def test_markdown_report(runner, nlp, folder):
    result = runner.invoke(app, ["extract", str(folder), "-f", "markdown"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line for line in lines if line.startswith("## ")] == [
        "## a-bridge",
        "## b-tolls",
        "## c-ferry",
    ]
    assert lines.count("### Quotes") == 3


def test_markdown_text_is_escaped(runner, nlp, tmp_path):
    path = tmp_path / "pipes.txt"
    path.write_text("“Taxes | fees are *too* high,” the mayor said.\n")
    result = runner.invoke(app, ["extract", str(path), "-f", "markdown"])
    assert "“Taxes \\| fees are \\*too\\* high,”" in result.stdout


@pytest.mark.parametrize(
    ("value", "cell"),
    [("a\nb\r\n  c", "a b c"), ("x|y", "x\\|y"), ("[link](u)", "\\[link\\](u)"), (7, "7")],
)
def test_markdown_text(value, cell):
    from claimx.io.report import md

    assert md(str(value)) == cell


def test_table_format(runner, nlp):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "table"])
    assert result.exit_code == 0
    assert "Quotes" in result.stdout and "Actors" in result.stdout


def test_table_keeps_long_names_and_content_readable_at_80_columns(runner, nlp, tmp_path):
    article = tmp_path / "long.txt"
    article.write_text(
        "“The new bridge will carry twice the traffic of the old one,” said the regional "
        "transport commissioner for the northern districts, Annelise Vandenberghe-Moreau.\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["extract", str(article), "--format", "table"], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    # the content column is wide enough for whole words, not a letter a line
    assert any("The new bridge" in line for line in lines), result.stdout


# --- output directory ---------------------------------------------------------------------------


def test_output_dir_one_file_per_input_mirroring_folders(runner, nlp, folder, tmp_path):
    (folder / "sub" / "a-bridge.txt").write_text(TOLLS, encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder), "--output-dir", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == [
        "a-bridge.json",
        "b-tolls.json",
        "sub/a-bridge.json",
        "sub/c-ferry.md.json",
    ]
    check_record(json.loads((out / "sub" / "a-bridge.json").read_text()), TOLLS)
    check_record(json.loads((out / "a-bridge.json").read_text()), BRIDGE)


def test_skip_existing_resumes(runner, nlp, folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(folder / "b-tolls.txt"), "-d", str(out)])
    first = (out / "b-tolls.json").read_text()
    result = runner.invoke(app, ["extract", str(folder), "-d", str(out), "--skip-existing"])
    assert result.exit_code == 0
    assert (out / "b-tolls.json").read_text() == first
    assert (out / "a-bridge.json").exists() and (out / "sub" / "c-ferry.md.json").exists()
    (line,) = summary_lines(result.stderr)
    assert "2 documents" in line and "1 skipped" in line
    # without --skip-existing the output is written again
    (out / "b-tolls.json").write_text(first.replace('"words"', '"words" '))
    result = runner.invoke(app, ["extract", str(folder), "-d", str(out)])
    assert (out / "b-tolls.json").read_text() == first


def test_output_dir_is_created(runner, nlp, folder, tmp_path):
    out = tmp_path / "deep" / "er"
    result = runner.invoke(app, ["extract", str(folder / "a-bridge.txt"), "-d", str(out)])
    assert result.exit_code == 0
    assert [p.name for p in out.iterdir()] == ["a-bridge.json"]


# --- exit codes, summary, help ------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--format", "xml"],
        ["--what", "quotes"],  # only with csv or markdown
        ["-f", "csv", "--what", "speakers"],
        ["--errors", "ignore"],
        ["--encoding", "no-such-codec"],
        ["--jobs", "-1"],
        ["--max-chars", "0"],
        ["-o", "x.json", "-d", "outdir"],
        ["-d", "outdir", "-f", "csv"],
        ["--skip-existing"],
        ["-", "--files-from", "-"],
        ["--null"],  # only with --files-from
        ["--no-such-option"],
    ],
)
def test_usage_errors_exit_2(runner, tmp_path, args):
    paths = [str(SEED)] if args and args[0] != "-" else []
    result = runner.invoke(app, ["extract", *paths, *args])
    assert result.exit_code == 2, (args, result.stderr)
    assert result.stdout == ""
    assert not (tmp_path / "outdir").exists()


def test_some_failed_exit_1_and_the_others_are_written(runner, nlp, folder, tmp_path):
    args = [str(folder / "a-bridge.txt"), str(tmp_path / "gone.txt"), str(folder / "b-tolls.txt")]
    result = runner.invoke(app, ["extract", *args])
    assert result.exit_code == 1
    assert [r["document"]["id"] for r in records(result.stdout)] == ["a-bridge", "b-tolls"]
    errors = [line for line in result.stderr.splitlines() if "gone.txt" in line]
    assert errors == [f"claimx: {tmp_path / 'gone.txt'}: no such file"]
    (line,) = summary_lines(result.stderr)
    assert line.startswith("claimx: 2 documents, 2 quotes, ")
    assert "1 failure in " in line


def test_summary_line_for_batches_only_and_not_when_quiet(runner, nlp, folder):
    result = runner.invoke(app, ["extract", str(folder)])
    (line,) = result.stderr.splitlines()
    assert line.startswith("claimx: 3 documents, 3 quotes, ")
    assert " positions, 0 failures in " in line and line.endswith(" words/s)")
    result = runner.invoke(app, ["extract", str(folder), "--quiet"])
    assert result.exit_code == 0 and result.stderr == ""
    result = runner.invoke(app, ["extract", str(folder / "a-bridge.txt")])
    assert result.stderr == ""


def test_an_internal_error_fails_one_document_only(runner, nlp, folder, monkeypatch):
    import claimx.api

    real = claimx.api.extract_doc

    def flaky(doc, source=None, pipeline=None):
        if "tolls" in doc.text:
            raise RuntimeError("boom")
        return real(doc, source, pipeline)

    monkeypatch.setattr(claimx.api, "extract_doc", flaky)
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 1
    assert [r["document"]["id"] for r in records(result.stdout)] == ["a-bridge", "c-ferry"]
    assert f"claimx: {folder / 'b-tolls.txt'}: internal error (RuntimeError: boom)" in (
        result.stderr.splitlines()
    )


@pytest.mark.parametrize("command", [[], ["extract"], ["schema"]])
def test_every_help_shows_real_examples(runner, command):
    result = runner.invoke(app, [*command, "--help"], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code == 0
    text = result.stdout
    assert "Examples" in text
    examples = [line.strip() for line in text.splitlines() if line.strip().startswith("claimx ")]
    assert 2 <= len(examples) <= 3, examples


def test_version_does_not_import_spacy():
    code = (
        "import sys; from claimx.__main__ import main; sys.argv=['claimx','--version']; main();"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith(f"claimx {__version__} (spaCy ")


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"]])
def test_help_does_not_import_spacy(argv):
    code = (
        f"import sys; from claimx.cli import app\n"
        f"try:\n    app({argv!r})\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "extract" in out.stdout


def test_install_completion(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    # Typer finds the shell among the parent processes: run it from a bash that stays alive
    # (a second command keeps bash from exec-ing it), whatever started the test run
    out = subprocess.run(
        ["bash", "-c", f"'{EXE}' --install-completion; exit $?"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    script = tmp_path / ".bash_completions" / "claimx.sh"
    assert "_claimx_completion" in script.read_text()
    assert str(script) in (tmp_path / ".bashrc").read_text()


def test_console_script_pipes_json():
    out = subprocess.run([EXE, "extract", str(SEED)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["quotes"] is not None
    assert out.stderr == ""


def test_console_script_batch_has_summary_and_no_progress_bar(folder):
    out = subprocess.run([EXE, "extract", str(folder)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert len(records(out.stdout)) == 3
    (line,) = out.stderr.splitlines()  # stderr is a pipe: no bar, no escape codes
    assert line.startswith("claimx: 3 documents,") and "\x1b" not in out.stderr
