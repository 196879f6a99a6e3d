"""HTML pages: the article text is taken out with trafilatura (the optional `html` extra).

A page read as text would give speakers like `b>Mayor Jane Smith</b>`; a page is recognised by
its extension or by how it starts, and refused with a hint when trafilatura is not installed.
The record then carries the extracted text (`document.text`), which its offsets index.
"""

from __future__ import annotations

import os

from claimx.io.reader import InputError

SUFFIXES = (".html", ".htm", ".xhtml")
GLOBS = tuple(f"*{s}" for s in SUFFIXES[:2])
_STARTS = ("<!doctype html", "<html")
HINT = "an HTML page: install claimx's html extra to read it (pip install 'claimx[html]')"
URL_PREFIXES = ("http://", "https://")
URL_HINT = (
    "a URL: claimx reads files; save the page first (curl -o page.html URL) and give the file"
)


def is_url(raw: str) -> bool:
    return raw.lower().startswith(URL_PREFIXES) and not os.path.exists(raw)


def looks_like_html(name: str | None, text: str) -> bool:
    """By the extension of the file name or by the first characters of the text."""
    if name and name.lower().endswith(SUFFIXES):
        return True
    head = text[:1024].lstrip().lower()
    return head.startswith(_STARTS)


def available() -> bool:
    import importlib.util

    return importlib.util.find_spec("trafilatura") is not None


def article_text(html: str, name: str) -> str:
    """The main text of the page (title, paragraphs), without markup, navigation or scripts."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(name, HINT) from None
    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=False,
        include_images=False,
        deduplicate=False,
        with_metadata=False,
        fast=True,
    )
    if not text or not text.strip():
        raise InputError(name, "an HTML page in which no article text was found")
    return text
