"""The HTML report in a real browser (headless Chromium): it loads clean, shows what the records
hold, and clicking an actor lights up its mentions.

`make test` installs Debian's chromium and chromium-driver when it runs as root and they are
missing; elsewhere without them these tests are skipped, saying why.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from claimx.corpus.records import Document
from claimx.corpus.report import render_report
from tests.browser import chromium, find_browser
from tests.corpus_fixtures import TEXTS, corpus_records

FOUND = find_browser()
pytestmark = pytest.mark.skipif(
    isinstance(FOUND, str), reason=f"no browser for the report tests: {FOUND}"
)

VERA = "person/vera-lindqvist"


@pytest.fixture(scope="module")
def records():
    return corpus_records()


@pytest.fixture(scope="module")
def page(records, tmp_path_factory):
    """The report of the invented corpus, open in one headless Chromium for the module."""
    documents = [Document(r, r.document.id, TEXTS[r.document.id]) for r in records]
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report(documents), encoding="utf-8")
    with chromium(1280, 800) as driver:
        driver.get(path.as_uri())
        yield driver


def js(driver, script: str):
    return driver.execute_script(script)


def test_page_loads_without_console_errors(page):
    assert page.title == "claimx report"
    errors = [e for e in page.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
    assert errors == []
    # the article's own "<script>" is text on the page, not a script
    assert js(page, "return document.scripts.length") == 1
    assert "<script>alert('x')</script>" in page.find_element("id", "doc-1").text


def test_every_quote_and_actor_is_highlighted(page, records):
    quotes = js(
        page,
        "return new Set([...document.querySelectorAll('.quote')].map(e => e.dataset.quote)).size",
    )
    assert quotes == sum(len(r.quotes) for r in records) == 7
    actors = js(
        page,
        "return new Set([...document.querySelectorAll('.mention')].map(e => e.dataset.actor)).size",
    )
    assert actors == 4  # nine article actors, four corpus actors
    mentions = js(page, "return document.querySelectorAll('.mention').length")
    assert mentions == sum(len(a.mentions) for r in records for a in r.actors)
    bars = js(page, "return document.querySelectorAll('#chart .bar').length")
    assert bars == 4
    first = js(page, "return document.querySelector('#chart .bar').dataset.actor")
    assert first == VERA
    cues = js(page, "return document.querySelectorAll('.cue').length")
    assert cues == 7


def test_clicking_an_actor_highlights_all_its_mentions(page, records):
    wanted = sum(
        len(a.mentions)
        for r in records
        for a in r.actors
        if a.name in ("Vera Lindqvist", "Lindqvist")
    )
    chip = page.find_element("css selector", f'#doc-1 .chips [data-actor="{VERA}"]')
    chip.click()
    lit = js(page, "return [...document.querySelectorAll('.mention.hl')].map(e => e.dataset.actor)")
    assert lit == [VERA] * wanted == [VERA] * 6
    assert js(page, "return document.querySelectorAll('.quote.hl').length") == 4
    panel = page.find_element("id", "panel")
    assert panel.is_displayed()
    assert "6 mentions and 4 quotes highlighted in 3 articles" in panel.text
    chip.click()  # again: cleared
    assert js(page, "return document.querySelectorAll('.hl').length") == 0
    assert not panel.is_displayed()
    page.find_element(
        "css selector", '#doc-0 .text .mention[data-actor="person/tomas-halversen"]'
    ).click()
    # "Halversen", "He" and "him" of the ferry article are Tomas Halversen's (by the pronouns)
    assert js(page, "return document.querySelectorAll('.mention.hl').length") == 4


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows (RGB or RGBA, 8 bits) of a non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and color in (2, 6) and header[12] == 0
    bpp = 3 if color == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        line = raw[y * (stride + 1) : (y + 1) * (stride + 1)]
        ftype, row = line[0], bytearray(line[1:])
        for i in range(stride):
            a = row[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                row[i] = (row[i] + a) & 255
            elif ftype == 2:
                row[i] = (row[i] + b) & 255
            elif ftype == 3:
                row[i] = (row[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                row[i] = (row[i] + pred) & 255
        rows.append(bytes(row))
        prev = row
    return width, height, [bytes(r[i] for i in range(len(r)) if i % bpp < 3) for r in rows]


def test_screenshot_at_1280_by_800_is_not_blank(page, tmp_path: Path):
    page.execute_script("window.scrollTo(0, 0)")
    shot = page.get_screenshot_as_png()
    width, height, rows = png_pixels(shot)
    assert (width, height) == (1280, 800)
    pixels = [row[i : i + 3] for row in rows[::8] for i in range(0, len(row), 24)]
    colours = set(pixels)
    background = max(colours, key=pixels.count)
    share = sum(p != background for p in pixels) / len(pixels)
    assert len(colours) > 20 and share > 0.05, (len(colours), share)
