"""`claimx summary` and `claimx report`: reading records, counting by actor, refusing bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.corpus.records import Document, load_corpus
from claimx.corpus.report import Mark, highlight, render_report
from tests.corpus_fixtures import TEXTS, corpus_records


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "all.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in corpus_records()), encoding="utf-8")
    return path


def summary_of(runner, *args: str) -> dict:
    result = runner.invoke(app, ["summary", *args, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_speakers_are_counted_by_actor_never_by_pronoun(runner, jsonl):
    data = summary_of(runner, str(jsonl))
    top = data["speakers"][0]
    assert top["corpus_id"] == "person/vera-lindqvist"
    assert top["quotes"] == {"total": 4, "direct": 3, "mixed": 0, "indirect": 1, "documents": 3}
    assert top["documents"] == ["ferry", "harbour", "market"]
    assert top["sample_quote"]["text"] == "We cannot wait another winter,"
    names = {a["name"].casefold() for a in data["speakers"]}
    assert not names & {"he", "she", "him"}
    assert data["corpus"]["named_article_actors"] == 9
    assert data["corpus"]["corpus_actors"] == 4


def test_positions_and_stances_between_actors(runner, jsonl):
    data = summary_of(runner, str(jsonl))
    stances = {(r["holder"], r["stance"], r["target"]): r["count"] for r in data["stances"]}
    assert stances == {
        ("person/tomas-halversen", "oppose", "person/vera-lindqvist"): 1,
        ("person/vera-lindqvist", "oppose", "person/tomas-halversen"): 1,
    }
    held = {(p["actor"], p["stance"], p["target"]) for p in data["positions"]}
    assert ("organization/port-authority-of-brenmoor", "support", "the plan") in held
    assert ("person/ida-halversen", "oppose", "the new fees") in held


def test_records_read_alike_from_jsonl_json_array_and_output_dir(runner, jsonl, tmp_path):
    records = corpus_records()
    array = tmp_path / "all.json"
    array.write_text(json.dumps([r.model_dump(mode="json") for r in records]), encoding="utf-8")
    folder = tmp_path / "results"
    folder.mkdir()
    for r in records:
        (folder / f"{r.document.id}.json").write_text(r.model_dump_json(indent=2), encoding="utf-8")
    wanted = summary_of(runner, str(jsonl))
    assert summary_of(runner, str(array)) == wanted
    from_folder = summary_of(runner, str(folder))
    assert from_folder["speakers"] == wanted["speakers"]  # folder order is by name, counts agree
    assert from_folder["corpus"] == wanted["corpus"]


def test_kind_top_and_csv(runner, jsonl):
    data = summary_of(runner, str(jsonl), "--kind", "organization", "--top", "1")
    assert [a["corpus_id"] for a in data["actors"]] == ["organization/port-authority-of-brenmoor"]
    assert data["stances"] == []
    result = runner.invoke(app, ["summary", str(jsonl), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["corpus_id"] == "person/vera-lindqvist" and rows[0]["quotes"] == "4"
    assert len(rows) == 4


def test_table_names_the_top_speaker(runner, jsonl):
    result = runner.invoke(app, ["summary", str(jsonl), "--format", "table"])
    assert result.exit_code == 0, result.stderr
    assert "Vera Lindqvist" in result.stdout and "Most quoted" in result.stdout


def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    future = corpus_records()[0].model_dump(mode="json") | {"schema_version": 2}
    (tmp_path / "empty").mkdir()
    cases = {
        "schema_version 2": ("future.json", json.dumps(future)),
        "not a claimx record": ("other.json", json.dumps({"name": "a list of towns"})),
        "not valid JSON": ("broken.jsonl", corpus_records()[0].model_dump_json() + "\n{oops\n"),
    }
    paths = {}
    for reason, (name, data) in cases.items():
        paths[reason] = tmp_path / name
        paths[reason].write_text(data, encoding="utf-8")
    paths["no articles or claimx records"] = tmp_path / "empty"
    paths["no such file"] = tmp_path / "missing.json"
    return paths


@pytest.mark.parametrize("command", ["summary", "report"])
def test_bad_input_is_one_line_naming_the_file_and_nothing_written(runner, tmp_path, command):
    out = tmp_path / "out.html"
    out.write_text("earlier output\n", encoding="utf-8")
    for reason, path in bad_inputs(tmp_path).items():
        result = runner.invoke(app, [command, str(path), "-o", str(out)])
        assert result.exit_code == 1, (reason, result.stderr)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("claimx: "), result.stderr
        assert path.name in lines[0] and reason in lines[0], (reason, lines[0])
        assert "Traceback" not in result.stderr and result.stdout == ""
        assert out.read_text(encoding="utf-8") == "earlier output\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_usage_errors_exit_2(runner, jsonl):
    assert runner.invoke(app, ["summary", str(jsonl), "--kind", "planet"]).exit_code == 2
    assert runner.invoke(app, ["summary", str(jsonl), "--format", "xml"]).exit_code == 2
    assert runner.invoke(app, ["report", str(jsonl)]).exit_code == 2


def test_report_escapes_article_text_and_fetches_nothing(tmp_path):
    documents = [Document(r, r.document.id, TEXTS[r.document.id]) for r in corpus_records()]
    html = render_report(documents)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more" in html
    assert html.count("<script") == 1
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    for scheme in ("http://", "https://", "//cdn", 'src="//'):
        assert scheme not in html


def test_report_takes_article_text_from_document_path_only_if_unchanged(runner, tmp_path):
    records = []
    for r in corpus_records():
        article = tmp_path / f"{r.document.id}.txt"
        article.write_text(TEXTS[r.document.id], encoding="utf-8")
        records.append(
            r.model_copy(update={"document": r.document.model_copy(update={"path": str(article)})})
        )
    (tmp_path / "ferry.txt").write_text("edited since", encoding="utf-8")
    path = tmp_path / "records.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    documents = load_corpus([str(path)], with_text=True)
    assert [d.text is not None for d in documents] == [True, True, False]
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "The article text is not available" in html and "twice a day" in html


def test_highlight_nests_crossing_spans_and_keeps_the_text():
    text = "abcdefghij"
    marks = [
        Mark(1, -6, 0, "quote", {"data-quote": "q"}),
        Mark(4, -9, 1, "mention", {"data-actor": "x"}),
    ]
    html = str(highlight(text, marks))
    assert html == (
        'a<span class="quote" data-quote="q">bcd<span class="mention" data-actor="x">ef</span>'
        '</span><span class="mention" data-actor="x">ghi</span>j'
    )


def test_summary_of_articles_extracts_them_first(runner, nlp, tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "one.txt").write_text(
        "“The bridge opens in May,” said Mayor Ana Torres. "
        "Torres added that tolls would stay low.\n",
        encoding="utf-8",
    )
    (news / "two.txt").write_text(
        "On Friday, Mayor Ana Torres said that the bridge was finished. "
        "“It is a good day,” she said.\n",
        encoding="utf-8",
    )
    (news / "stray.json").write_text("{}", encoding="utf-8")  # beside articles: not read
    data = summary_of(runner, str(news))
    assert data["corpus"]["documents"] == 2
    top = data["speakers"][0]
    assert top["corpus_id"] == "person/ana-torres"
    assert top["documents"] == ["one", "two"] and top["quotes"]["total"] >= 3


def test_records_on_standard_input_and_html_summary(runner, jsonl):
    piped = runner.invoke(
        app, ["summary", "-", "--format", "json"], input=jsonl.read_text(encoding="utf-8")
    )
    assert piped.exit_code == 0, piped.stderr
    assert json.loads(piped.stdout) == summary_of(runner, str(jsonl))
    page = runner.invoke(app, ["summary", str(jsonl), "--format", "html"])
    assert page.exit_code == 0, page.stderr
    assert page.stdout.startswith("<!DOCTYPE html>") and "<svg" in page.stdout
    assert 'class="doc"' not in page.stdout  # the corpus page only; `claimx report` has articles
