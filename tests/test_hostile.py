"""Hostile input and faults: nothing crashes, nothing is lost, nothing is written astray.

Each case of the robustness issue is a test here; the property tests are in test_properties.py.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from tests.conftest import SEED
from tests.helpers import check_record

EXE = os.path.join(os.path.dirname(sys.executable), "claimx")
GOOD = "“The new school will open in September,” the head teacher said.\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def runner():
    return CliRunner()


def invoke(runner, *args, **kw):
    return runner.invoke(app, ["extract", *map(str, args)], **kw)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


SUMMARY = re.compile(r"^claimx: (interrupted after )?[\d,]+ documents?, ")


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not SUMMARY.match(line)]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def assert_refused(result, name: str, reason: str, processed: int = 1) -> None:
    """One line naming the input, exit 1, the good input still processed, no traceback."""
    assert result.exit_code == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert line.startswith("claimx: ") and name in line and reason in line, line
    assert "Traceback" not in result.stderr
    assert len(records(result.stdout)) == processed


# --- paths that are not readable articles --------------------------------------------------------


def test_missing_path(runner, nlp, good, tmp_path):
    result = invoke(runner, tmp_path / "missing.txt", good)
    assert_refused(result, "missing.txt", "no such file")


def test_directory_without_recursion(runner, nlp, good, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "x.txt").write_text(GOOD)
    result = invoke(runner, folder, good, "--no-recursive")
    assert_refused(result, str(folder), "is a directory")


def test_directory_with_no_matching_file(runner, nlp, good, tmp_path):
    folder = tmp_path / "images"
    folder.mkdir()
    (folder / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = invoke(runner, folder, good)
    assert_refused(result, str(folder), "no files matching *.txt, *.md")


# --- as an ordinary user -------------------------------------------------------------------------
# Root reads and writes whatever the modes say, and CI runs as root: these cases run `claimx` in a
# forked child that has become `nobody` (no fork needed when the tests already run unprivileged).


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


def _nobody() -> tuple[int, int]:
    import pwd

    try:
        entry = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user 'nobody' to drop root privileges to")
    return entry.pw_uid, entry.pw_gid


@pytest.fixture
def user_dir() -> Iterator[Path]:
    """A folder the unprivileged user owns (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="claimx-user-"))
    folder.chmod(0o755)
    if IS_ROOT:
        os.chown(folder, *_nobody())
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            with contextlib.suppress(OSError):
                path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def own(path: Path, mode: int) -> None:
    """Give `path` to the unprivileged user, with `mode`: the mode, not the owner, denies."""
    if IS_ROOT:
        os.chown(path, *_nobody())
    path.chmod(mode)


def invoke_unprivileged(runner, *args) -> Outcome:
    """`claimx extract ARGS` as an ordinary user, in a forked child when the tests run as root."""
    argv = ["extract", *map(str, args)]
    if not IS_ROOT:
        result = runner.invoke(app, argv)
        return Outcome(result.exit_code, result.stdout, result.stderr)
    uid, gid = _nobody()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, run, report, and leave without pytest's clean-up
        code = 70
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(gid)
            os.setuid(uid)
            result = runner.invoke(app, argv)
            data = json.dumps([result.exit_code, result.stdout, result.stderr]).encode()
            with os.fdopen(write_end, "wb") as fh:
                fh.write(data)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        data = fh.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the unprivileged child failed"
    return Outcome(*json.loads(data))


@pytest.fixture
def user_good(runner, nlp, user_dir) -> Path:
    """A readable article in `user_dir`; claimx has run once here so every module is imported
    before a child drops privileges (the interpreter's own files may be root's only)."""
    path = user_dir / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    own(path, 0o644)
    assert invoke(runner, path).exit_code == 0
    return path


def test_unreadable_file(runner, user_dir, user_good):
    locked = user_dir / "locked.txt"
    locked.write_text(GOOD)
    own(locked, 0)
    result = invoke_unprivileged(runner, locked, user_good)
    assert_refused(result, "locked.txt", "permission denied")


def test_unreadable_file_as_any_user(runner, nlp, good, tmp_path, monkeypatch):
    """The same case where the test runs as root: the open itself is made to fail."""
    import builtins

    import claimx.io.reader

    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD)

    def deny(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(claimx.io.reader, "open", deny, raising=False)
    result = invoke(runner, locked, good)
    assert_refused(result, "locked.txt", "permission denied")


def test_unlistable_directory(runner, user_dir, user_good):
    folder = user_dir / "closed"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    own(folder, 0)
    result = invoke_unprivileged(runner, folder, user_good)
    assert result.exit_code == 1
    (line,) = error_lines(result.stderr)
    assert "closed" in line and "permission denied" in line
    assert len(records(result.stdout)) == 1


def test_fifo_is_refused_without_blocking(runner, nlp, good, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = invoke(runner, fifo, good)  # would hang forever if it were opened
    assert_refused(result, "pipe.txt", "not a regular file (a FIFO)")


def test_fifo_inside_a_folder(runner, nlp, good, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    os.mkfifo(folder / "a-pipe.txt")
    (folder / "b.txt").write_text(GOOD)
    result = invoke(runner, folder)
    assert_refused(result, "a-pipe.txt", "a FIFO")


def test_device_is_refused(runner, nlp, good):
    result = invoke(runner, "/dev/zero", good)  # endless: reading it would never finish
    assert_refused(result, "/dev/zero", "not a regular file (a device)")


# --- bytes that are not text --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Plain start\x00\x00\x01\x02 then zeros", "not text (binary data: NUL bytes)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
        (bytes(range(1, 32)) * 20, "control characters"),
    ],
)
def test_binary_data_is_not_text(runner, nlp, good, tmp_path, data, reason):
    path = tmp_path / "renamed.txt"
    path.write_bytes(data)
    result = invoke(runner, path, good)
    assert_refused(result, "renamed.txt", "not text")
    assert reason in result.stderr


def test_binary_is_refused_even_with_errors_replace(runner, nlp, tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 40)
    result = invoke(runner, path, "--errors", "replace")
    assert result.exit_code == 1 and "not text" in result.stderr


# --- encodings and line endings -----------------------------------------------------------------


def test_invalid_utf8_names_the_byte_offset(runner, nlp, good, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Price: 5 €, “fine,” she said.".encode()[:9] + b"\xff rest")
    result = invoke(runner, path, good)
    assert_refused(result, "latin1.txt", "not valid utf-8 at byte 9")
    assert "--errors replace" in result.stderr


def test_invalid_utf8_with_errors_replace(runner, nlp, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"\xabNo comment,\xbb the minister said. " + GOOD.encode())
    result = invoke(runner, path, "--errors", "replace")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    text = path.read_bytes().decode("utf-8", errors="replace")
    assert record["document"]["chars"] == len(text)
    check_record(record, text)


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_byte_order_marks(runner, nlp, tmp_path, bom, encoding):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + GOOD.encode(encoding))
    result = invoke(runner, path)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["document"]["chars"] == len(GOOD)  # the BOM is not part of the text
    check_record(record, GOOD)
    (quote,) = record["quotes"]
    assert quote["content"]["start"] == 1 and quote["content"]["text"].startswith("The new")


def lines_text(newline: str) -> str:
    parts = ["Council backs plan", "", "“We will build the road,” the mayor said.", "", "Fine.", ""]
    return newline.join(parts)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_are_kept_so_offsets_slice_the_file(runner, nlp, tmp_path, newline):
    text = lines_text(newline)
    path = tmp_path / "lines.txt"
    path.write_bytes(text.encode())
    result = invoke(runner, path)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    with open(path, encoding="utf-8", newline="") as fh:
        as_read = fh.read()
    assert record["document"]["chars"] == len(as_read)
    check_record(record, as_read)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_do_not_change_the_quotes(run, newline):
    contents = [q.content.text for q in run(lines_text(newline)).quotes]
    assert "We will build the road," in contents


@pytest.mark.parametrize("content", ["", "   ", "\n\n\r\n\t ", "\ufeff"])
def test_empty_and_blank_files_give_a_valid_empty_record(runner, nlp, tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content.encode())
    result = invoke(runner, path)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["quotes"] == [] and record["actors"] == [] and record["positions"] == []
    assert record["document"]["chars"] == len(content.lstrip("\ufeff"))


def test_lone_surrogate_in_json_lines_is_refused(runner, nlp):
    data = '{"id": "bad", "text": "broken \\ud800 text"}\n' + json.dumps({"text": GOOD}) + "\n"
    result = invoke(runner, "--jsonl-input", "-", input=data)
    assert_refused(result, "<stdin>:1", "lone surrogate at character 7")


def test_nul_in_json_lines_text_is_refused(runner, nlp):
    data = json.dumps({"text": "a\u0000b"}) + "\n"
    result = invoke(runner, "--jsonl-input", "-", input=data)
    assert result.exit_code == 1 and "not text" in result.stderr


# --- very large inputs ----------------------------------------------------------------------------


def test_ten_megabytes_are_refused_above_max_chars_without_reading(runner, nlp, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(10 * 1024 * 1024)  # sparse: 10 MB of NULs that must not even be read
    result = invoke(runner, path, "--max-chars", "1000000")
    assert result.exit_code == 1
    assert "too long" in result.stderr and "--max-chars 1,000,000" in result.stderr


def test_too_many_characters_are_refused(runner, nlp, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 500)
    result = invoke(runner, path, "--max-chars", "1000")
    assert result.exit_code == 1
    assert "too long (2,500 characters; limit --max-chars 1,000)" in result.stderr
    assert invoke(runner, path, "--max-chars", "2500").exit_code == 0


def test_too_long_stdin_is_refused(runner, nlp):
    result = invoke(runner, "-", "--max-chars", "10", input="x" * 100)
    assert result.exit_code == 1 and "too long" in result.stderr


def test_one_megabyte_line_without_punctuation(run, tmp_path):
    """Parsed in pieces below the pipeline's max_length, offsets global, one record."""
    import random

    from claimx.nlp.chunking import CHUNK_CHARS, split

    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(20, 40))) for _ in range(500)]
    text = ""
    parts = []
    size = 0
    while size < 1_000_000:
        word = rng.choice(words)
        parts.append(word)
        size += len(word) + 1
    text = " ".join(parts)[:1_000_000]
    assert len(split(text)) >= 1_000_000 // CHUNK_CHARS
    result = run(text)
    record = json.loads(result.model_dump_json())
    assert record["document"]["chars"] == len(text) == 1_000_000
    check_record(record, text)


def test_one_megabyte_without_any_space(run):
    text = "x" * 1_000_000
    result = run(text)
    assert result.document.chars == len(text) and result.quotes == []


# --- odd text -------------------------------------------------------------------------------------

ODD_TEXTS = [
    ("unbalanced", "“We will win,” he said. “And then"),
    ("closing first", "” she said, before “leaving"),
    ("nested", "“He told me ‘never again’ last week,” the minister said."),
    ("odd count", 'He said "yes" and "no" and "maybe.'),
    ("mixed styles", '“Straight and curly" mixed, ‚low‘ and „German“ marks, she said.'),
    ("guillemets", "«Nous restons ici», a déclaré le maire. »Reversed« too."),
    ("single angle", "‹Small› marks ‹and more›, he said."),
    ("zero width", "“We\u200b will\u200d stay\ufeff here,” the\u200b mayor said."),
    ("combining", "“Cafe\u0301 owners are angry,” Jose\u0301 Nun\u0303ez said."),
    ("right to left", "“שלום לכולם,” said the speaker. \u202eTXET DESREVER\u202c ok."),
    ("arabic", "قال الوزير «سنبقى هنا» أمس."),
    ("emoji", "“We 🚀 did it 👩‍👩‍👧‍👦!” the team 🇺🇦 said 😀."),
    ("only marks", "“”‘’«»\"\"''„“‹›"),
    ("astral", "𝓣𝓱𝓮 “𝔮𝔲𝔬𝔱𝔢,” 𝔰𝔥𝔢 said."),
    ("controls", "Line\x0bbreak\x0cfeed “quote,” he\x1b said."),
    ("long quote", "“" + "very " * 2000 + "long,” she said."),
]


@pytest.mark.parametrize(("label", "text"), ODD_TEXTS, ids=[label for label, _ in ODD_TEXTS])
def test_odd_text_gives_a_valid_record(run, label, text):
    record = json.loads(run(text).model_dump_json())
    check_record(record, text)


def test_emoji_and_astral_characters_keep_code_point_offsets(run):
    text = "😀😀 “We 🚀 did it,” the team said."
    (quote,) = run(text).quotes
    assert quote.content.text == "We 🚀 did it,"
    assert quote.content.start == text.index("We")


def test_odd_texts_through_the_command_line(runner, nlp, tmp_path):
    for i, (_, text) in enumerate(ODD_TEXTS):
        (tmp_path / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    result = invoke(runner, tmp_path)
    assert result.exit_code == 0, result.stderr
    recs = records(result.stdout)
    assert len(recs) == len(ODD_TEXTS)
    for rec, (_, text) in zip(recs, ODD_TEXTS, strict=True):
        check_record(rec, text)


# --- output faults ------------------------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_full_disk_output(runner, nlp, good):
    result = invoke(runner, good, "-o", "/dev/full")
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        "claimx: /dev/full: cannot write (no space left on device)"
    ]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_full_disk_stdout():
    with open("/dev/full", "w") as full:
        out = subprocess.run(
            [EXE, "extract", "-"], input=GOOD, stdout=full, stderr=subprocess.PIPE, text=True
        )
    assert out.returncode == 1
    assert out.stderr.strip() == "claimx: <stdout>: cannot write (no space left on device)"


def test_output_dir_that_cannot_be_created(runner, nlp, good, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    result = invoke(runner, good, "--output-dir", blocker / "out")
    assert result.exit_code == 1
    assert "cannot write (not a directory)" in result.stderr
    assert result.stdout == ""


def test_output_file_in_missing_directory(runner, nlp, good, tmp_path):
    result = invoke(runner, good, "-o", tmp_path / "nowhere" / "r.json")
    assert result.exit_code == 1 and "cannot write (no such file or directory)" in result.stderr


def test_read_only_output_dir(runner, user_dir, user_good):
    out = user_dir / "ro"
    out.mkdir()
    own(out, 0o500)
    result = invoke_unprivileged(runner, user_good, "--output-dir", out)
    assert result.exit_code == 1 and "permission denied" in result.stderr
    assert list(out.iterdir()) == []


HOSTILE_IDS = [
    "../../etc/x",
    "/etc/passwd",
    "..",
    ".",
    "",
    ".hidden",
    "-rf",
    "line\nbreak",
    "tab\there",
    "a/b\\c:d*e?f",
    "x" * 5000,
    "é" * 300,
    "\u202eexe.txt",
    "NUL\x00byte",
    "Same",
    "same",
]


def test_hostile_names_never_leave_the_output_dir(runner, nlp, tmp_path):
    out = tmp_path / "out"
    data = "".join(json.dumps({"id": i, "text": GOOD}) + "\n" for i in HOSTILE_IDS)
    result = invoke(runner, "--jsonl-input", "-", "--output-dir", out, input=data)
    assert result.exit_code == 0, result.stderr
    written = sorted(out.iterdir())
    assert len(written) == len(HOSTILE_IDS)
    for path in written:
        assert path.parent == out and path.suffix == ".json"
        assert not path.name.startswith((".", "-"))
        assert len(path.name.encode()) <= 255
        assert path.name.isprintable()
        assert json.loads(path.read_text())["quotes"]
    assert not (tmp_path / "etc").exists()
    assert len({p.name.lower() for p in written}) == len(written)


@pytest.mark.parametrize(
    ("doc_id", "stem"),
    [
        ("../../etc/x", "_.._etc_x"),
        ("trailing-dash-", "trailing-dash-"),
        ("__init__", "__init__"),
        ("report 2024", "report_2024"),
        ("..", "document"),
        ("", "document"),
        ("Ünïcode-ok_1.2", "Ünïcode-ok_1.2"),
        ("a\nb", "a_b"),
        ("-n", "n"),
    ],
)
def test_safe_stem(doc_id, stem):
    from claimx.io.output import safe_stem

    assert safe_stem(doc_id) == stem


def test_symlink_loops_are_not_followed(runner, nlp, tmp_path):
    root = tmp_path / "tree"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(GOOD)
    (root / "sub" / "b.txt").write_text(GOOD)
    (root / "sub" / "back").symlink_to(root)
    (root / "self").symlink_to(root / "self")  # dangling loop
    result = invoke(runner, root)
    assert [r["document"]["id"] for r in records(result.stdout)] == ["a", "b"]
    assert "symlink loop" in result.stderr
    assert result.exit_code == 0  # a loop is reported, not a failure


def test_own_outputs_are_never_read_back(runner, nlp, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    result = invoke(runner, folder, "--glob", "*", "-o", folder / "all.jsonl")
    assert result.exit_code == 0
    assert len(records((folder / "all.jsonl").read_text())) == 1
    for _ in range(2):  # the second run must not read the first run's outputs
        result = invoke(runner, folder, "--glob", "*", "-d", folder / "results")
        assert result.exit_code == 0
    assert sorted(p.name for p in (folder / "results").iterdir()) == ["a.json", "all.jsonl.json"]
    result = invoke(runner, folder / "a.txt", folder / "all.jsonl", "-o", folder / "all.jsonl")
    assert_refused(result, "all.jsonl", "is claimx's output, not read", processed=0)
    assert len(records((folder / "all.jsonl").read_text())) == 1


def test_stdout_redirected_into_the_input_folder_is_not_read(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD)
    with open(folder / "out.txt", "w") as fh:
        done = subprocess.run([EXE, "extract", str(folder), "-q"], stdout=fh, text=True)
    assert done.returncode == 0
    assert len(records((folder / "out.txt").read_text())) == 1


# --- signals and pipes ----------------------------------------------------------------------------


@pytest.fixture
def many(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(40):
        (folder / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


@contextlib.contextmanager
def _waiting_claimx(
    many: Path, out: Path, jobs: int, errors: Path
) -> Iterator[tuple[subprocess.Popen[bytes], list[Path]]]:
    """claimx with its first outputs written and waiting for the next input name: no race with
    the batch's end.

    The names come through `--files-from -`, a pipe the test holds open. claimx is given enough
    names for its first outputs (a batch in one process; with N workers, 2N+1 batches in flight
    before the first is collected), then the test waits for those outputs. Without the rest of
    the names and with standard input still open, claimx cannot finish first, however slow or
    fast the machine. Yields the process and the names not given yet; closes its input after.
    """
    from claimx.nlp.pipeline import BATCH_SIZE

    names = sorted(many.glob("*.txt"))
    given = BATCH_SIZE * (2 * jobs + 1) + 1 if jobs > 1 else BATCH_SIZE + 1
    with open(errors, "w") as err:
        proc = subprocess.Popen(
            [EXE, "extract", "--files-from", "-", "--jobs", str(jobs), "--output-dir", str(out)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    assert proc.stdin is not None
    try:
        proc.stdin.write("".join(f"{name}\n" for name in names[:given]).encode())
        proc.stdin.flush()
        deadline = time.monotonic() + 300  # a limit on a hang, not a timing assumption
        while len(list(out.glob("*.json"))) < BATCH_SIZE and proc.poll() is None:
            assert time.monotonic() < deadline, "no output written"
            time.sleep(0.05)
        yield proc, names[given:]
    except BaseException:
        proc.kill()
        raise
    finally:
        proc.stdin.close()


def _interrupt(many: Path, out: Path, sig: int, jobs: int, tmp: Path) -> Outcome:
    """Signal claimx while it waits for the next input name."""
    errors = tmp / "stderr.txt"
    with _waiting_claimx(many, out, jobs, errors) as (proc, _rest):
        assert proc.poll() is None, "claimx stopped before the signal"
        proc.send_signal(sig)
        code = proc.wait(timeout=300)
    return Outcome(code, "", errors.read_text())


@pytest.mark.parametrize(
    ("sig", "code", "jobs", "resume"),
    [
        (signal.SIGINT, 130, 1, True),
        (signal.SIGTERM, 143, 1, False),
        (signal.SIGTERM, 143, 2, False),
    ],
)
def test_signal_mid_batch_leaves_whole_outputs_and_no_temporary_files(
    many, tmp_path, sig, code, jobs, resume
):
    out = tmp_path / "out"
    done = _interrupt(many, out, sig, jobs, tmp_path)
    assert done.exit_code == code, done.stderr
    assert "Traceback" not in done.stderr
    assert "interrupted after" in done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names and all(n.endswith(".json") and not n.startswith(".") for n in names)
    assert len(names) < 40
    for name in names:
        json.loads((out / name).read_text())  # whole, parseable
    if not resume:
        return
    # a rerun with --skip-existing completes the batch
    again = subprocess.run(
        [EXE, "extract", str(many), "-d", str(out), "--skip-existing"],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0
    assert f"{len(names)} skipped" in again.stderr
    assert len(list(out.iterdir())) == 40


def test_broken_pipe_exits_quietly(many):
    proc = subprocess.Popen(
        [EXE, "extract", str(many)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert json.loads(first)["document"]["id"] == "doc000"
    assert stderr == ""


def _workers_of(pid: int) -> list[int]:
    """Worker processes (spawned children) of a claimx process, from /proc."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    workers = []
    for child in children:
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            workers.append(int(child))
    return workers


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_a_killed_worker_loses_no_document(many, tmp_path):
    """As the signal test: claimx waits for more names while a worker is killed, no race."""
    out = tmp_path / "out"
    errors = tmp_path / "stderr.txt"
    with _waiting_claimx(many, out, 2, errors) as (proc, rest):
        victims = _workers_of(proc.pid)
        assert victims, "no worker found while the batch ran"
        os.kill(victims[0], signal.SIGKILL)  # as the out-of-memory killer would
        assert proc.stdin is not None
        proc.stdin.write("".join(f"{name}\n" for name in rest).encode())
    assert proc.wait(timeout=600) == 0, errors.read_text()
    assert "Traceback" not in errors.read_text()
    assert sorted(p.name for p in out.iterdir()) == [f"doc{i:03d}.json" for i in range(40)]


def test_files_from_with_nul_separators_takes_any_name(runner, nlp, tmp_path):
    odd = tmp_path / "two\nlines .txt"
    odd.write_text(GOOD)
    plain = tmp_path / "plain.txt"
    plain.write_text(GOOD)
    listing = f"{odd}\0{plain}\0".encode()
    result = runner.invoke(app, ["extract", "--files-from", "-", "-0"], input=listing)
    assert result.exit_code == 0, result.stderr
    assert [r["document"]["path"] for r in records(result.stdout)] == [str(odd), str(plain)]
    # the same list split on lines names two files that do not exist
    result = runner.invoke(app, ["extract", "--files-from", "-"], input=f"{odd}\n{plain}\n")
    assert result.exit_code == 1 and len(records(result.stdout)) == 1


def test_output_dir_files_have_ordinary_permissions(runner, nlp, good, tmp_path):
    result = invoke(runner, good, "-d", tmp_path / "out")
    assert result.exit_code == 0
    assert (tmp_path / "out" / "good.json").stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize(
    "text",
    [
        # a colon line whose quoted next line opens with "we": the line's speaker is not looked up
        # through the words it introduces (this recursed without end)
        "Mayor Anna Berg stood up at the end of the meeting:\n“We should rebuild the bridge.”\n",
        "The head of the school board rose to speak:\n“We must keep the village school open.”\n",
    ],
)
def test_first_person_after_a_colon_line_is_no_internal_error(nlp, text: str) -> None:
    from claimx.api import extract

    record = extract(text, nlp=nlp).model_dump(mode="json")
    check_record(record, text)
