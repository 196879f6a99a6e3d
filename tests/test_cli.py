"""The command line: data on stdout, messages on stderr, exit codes a script can rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimx import __version__
from claimx.cli import app
from tests.conftest import SEED
from tests.helpers import check_record


@pytest.fixture
def runner():
    return CliRunner()


def test_extract_seed_prints_one_json_object(runner, nlp):
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["document"]["id"] == "coalition-of-the-willing"
    assert record["document"]["path"] == str(SEED)
    check_record(record, SEED.read_text(encoding="utf-8"))
    assert result.stderr == ""


def test_stdin(runner, nlp):
    text = "“The vote is final,” the speaker said."
    result = runner.invoke(app, ["extract", "-"], input=text)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["document"]["path"] is None
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


def test_table_format(runner, nlp):
    result = runner.invoke(app, ["extract", str(SEED), "--format", "table"])
    assert result.exit_code == 0
    assert "Quotes" in result.stdout and "Actors" in result.stdout


def test_output_file(runner, nlp, tmp_path):
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["extract", str(SEED), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["schema_version"] == 1


def test_schema_command(runner):
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Result"


def test_version_does_not_import_spacy():
    code = (
        "import sys; from claimx.__main__ import main; sys.argv=['claimx','--version']; main();"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"claimx {__version__}"


def test_help_does_not_import_spacy():
    code = (
        "import sys; from claimx.cli import app\n"
        "try:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "extract" in out.stdout


def test_console_script_pipes_json():
    exe = os.path.join(os.path.dirname(sys.executable), "claimx")
    out = subprocess.run([exe, "extract", str(SEED)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["quotes"] is not None
    assert out.stderr == ""
