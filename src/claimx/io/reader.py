"""The read stage: bytes to text, refusing what is not an article.

Offsets index the decoded text exactly: line endings are kept as they are (no newline
translation) and only a byte-order mark is dropped. Every refusal is an `InputError` whose message
is one line naming the input, so a batch can report it and go on.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from claimx.io.choices import MAX_CHARS as MAX_CHARS  # noqa: E402 - the default --max-chars

#: No encoding claimx accepts spends more than this many bytes on one character.
MAX_BYTES_PER_CHAR = 4
#: Leading bytes of common binary formats that are sometimes renamed `.txt`.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old office document"),
    (b"{\\rtf", "an RTF document"),
)
#: Share of control characters (or, with --errors replace, of replaced bytes) above which decoded
#: data is taken for binary rather than text.
CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_WIDE = ("utf-16", "utf_16", "utf16", "utf-32", "utf_32", "utf32")


class InputError(Exception):
    """A file that cannot be processed; the message is one line naming it."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{one_line(name)}: {reason}")
        self.name = name
        self.reason = reason


def one_line(name: str) -> str:
    """A name as it can appear in a one-line message (newlines in file names are escaped)."""
    if name.isprintable():
        return name
    return name.encode("unicode_escape", errors="backslashreplace").decode("ascii")


@dataclass(frozen=True)
class Article:
    text: str
    sha256: str


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def binary_kind(data: bytes) -> str | None:
    """What binary format `data` starts like, if any."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _mostly_controls(text: str, replaced: bool) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (c < " " and c not in _TEXT_CONTROLS) or c == "\x7f")
    if replaced:
        bad += sample.count("\ufffd")
    return bad > CONTROL_SHARE * len(sample)


def decode(data: bytes, name: str, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode bytes; a BOM (UTF-8 or UTF-16) decides the encoding and is not part of the text."""
    kind = binary_kind(data)
    if kind:
        raise InputError(name, f"not text ({kind})")
    wide = encoding.lower().startswith(_WIDE)
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not wide:
        encoding = "utf-16"
    elif not wide and looks_binary(data):
        raise InputError(name, "not text (binary data: NUL bytes)")
    try:
        text = data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        raise InputError(
            name,
            f"not valid {exc.encoding} at byte {exc.start} (try --encoding or --errors replace)",
        ) from None
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError(name, "not text (binary data: NUL characters)")
    if _mostly_controls(text, replaced=errors == "replace"):
        raise InputError(name, "not text (binary data: control characters)")
    return text


def check_text(text: str, name: str) -> None:
    """Refuse strings that cannot be written as UTF-8 (lone surrogates from JSON input)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        reason = f"not valid Unicode (lone surrogate at character {exc.start})"
        raise InputError(name, reason) from None
    if "\x00" in text:
        raise InputError(name, "not text (NUL characters)")


def read_bytes(path: str | Path, max_chars: int | None = None) -> bytes:
    """Read a regular file; FIFOs, devices and directories are refused without blocking."""
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, (exc.strerror or "cannot read").lower()) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory")
    if stat.S_ISFIFO(st.st_mode):
        raise InputError(name, "not a regular file (a FIFO)")
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        raise InputError(name, "not a regular file (a device)")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(name, "not a regular file")
    if max_chars is not None and st.st_size > MAX_BYTES_PER_CHAR * max_chars:
        raise InputError(name, f"too long ({st.st_size:,} bytes; limit --max-chars {max_chars:,})")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, (exc.strerror or "cannot read").lower()) from None


def read_article(
    data: bytes,
    name: str,
    encoding: str = "utf-8",
    errors: str = "strict",
    max_chars: int | None = MAX_CHARS,
) -> Article:
    text = decode(data, name, encoding, errors)
    if max_chars is not None and len(text) > max_chars:
        raise InputError(
            name, f"too long ({len(text):,} characters; limit --max-chars {max_chars:,})"
        )
    return Article(text=text, sha256=hashlib.sha256(data).hexdigest())
