"""The read stage: bytes to text, refusing what is not an article.

Offsets index the decoded text exactly: line endings are kept as they are (no newline
translation) and only a byte-order mark is dropped.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

#: Refuse texts longer than this by default (characters); `--max-chars` changes it.
MAX_CHARS = 2_000_000


class InputError(Exception):
    """A file that cannot be processed; the message is one line naming it."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class Article:
    text: str
    sha256: str


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head


def decode(data: bytes, name: str, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode bytes; a BOM (UTF-8 or UTF-16) decides the encoding and is not part of the text."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif looks_binary(data):
        raise InputError(name, "not text (binary data)")
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
    return text


def read_bytes(path: str | Path) -> bytes:
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot read") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(name, "not a regular file")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot read") from None


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
