"""Pairing quotation marks of every style into quoted regions, robust to stray marks.

Works on the raw text, not on tokens, so that a mark the tokenizer glued to a word is still seen.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

# opening mark -> closing marks that may end it
PAIRS: dict[str, str] = {
    "“": "”“",  # English curly; “…“ appears in sloppy text
    "„": "“”",  # German low-high
    "«": "»",
    "»": "«",  # Danish/Swedish reversed guillemets
    '"': '"',
    "‘": "’",
    "‹": "›",
    "「": "」",
}
DOUBLE_OPEN = '“„«"'
#: Every double quotation mark (straight, curly, low, high-reversed, guillemets): claimx's one list.
DOUBLE_MARKS = '"“”«»„‟'
#: Every quotation mark, singles (which may also be apostrophes) included.
QUOTE_CHARS = DOUBLE_MARKS + "‘’‹›'"
CLOSERS = '”“»«"’›」'
#: Stands in for the second character of a doubled mark ('' or ``) while pairing.
FILLER = "\x00"
#: Any character the scanner acts on: the rest of the text is skipped in C, not in Python.
_MARK_CHARS = "".join(sorted(set(PAIRS) | set(CLOSERS)))
_MARKS = re.compile("[" + re.escape(_MARK_CHARS) + "]")
#: The same without the single marks, for the scan that leaves them out (apostrophes are many)
_NOT_SINGLE_CHARS = "".join(ch for ch in _MARK_CHARS if ch not in "‘’‹›")
_NON_BLANK = re.compile(r"\S")
#: Characters after which a straight or ambiguous mark opens a quote.
OPEN_CONTEXT = " \t\r\n([{—–-/:;,"


@dataclass(frozen=True)
class Region:
    """Text between a pair of marks: `start`/`end` exclude the marks themselves."""

    start: int
    end: int
    open_mark: str
    #: True when the region was closed by running into a paragraph that continues it.
    continued: bool = False


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Non-blank paragraphs as character ranges; the last text's are kept, as regions are found
    twice per text (with and without single marks)."""
    last = _LAST_BOUNDS[0]
    if last is not None and last[0] == text:
        return last[1]
    bounds = _find_bounds(text)
    _LAST_BOUNDS[0] = (text, bounds)
    return bounds


_LAST_BOUNDS: list[tuple[str, list[tuple[int, int]]] | None] = [None]


def _find_bounds(text: str) -> list[tuple[int, int]]:
    """The runs of text between line breaks ("\r" or "\n") that hold a non-blank character: one
    split in C, where a scan for the runs went over every character in the regex engine."""
    bounds = []
    start = 0
    for line in text.replace("\r", "\n").split("\n"):
        end = start + len(line)
        if line and _NON_BLANK.search(line):
            bounds.append((start, end))
        start = end + 1
    return bounds


def _is_opening(text: str, i: int, mark: str) -> bool:
    if mark in "“„«‘‹「":
        # a curly opening mark glued after a letter is a typo'd closer ("word“")
        return not (mark == "“" and i > 0 and text[i - 1].isalnum())
    if mark == "»":
        return False  # treated as a closer unless paired as Scandinavian below
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in OPEN_CONTEXT or prev in "“‘«") and not nxt.isspace()


def _opens_as_curly(text: str, i: int, p_first: int) -> bool:
    """A closing curly mark with nothing open, before a word and after a space or the
    paragraph start, is a typo'd opening mark."""
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (i == p_first or text[i - 1] in OPEN_CONTEXT) and nxt.isalnum()


def _is_closing(text: str, i: int, mark: str, opener: str) -> bool:
    if mark not in PAIRS.get(opener, ""):
        return False
    if mark == "’":
        # an apostrophe inside a word ("don’t", "Russia’s") is not a closing mark
        nxt = text[i + 1] if i + 1 < len(text) else " "
        return not nxt.isalnum()
    return True


def _closes_first(text: str, start: int, end: int) -> bool:
    """Whether a paragraph's first double mark closes a quote (a straight one after a word or
    punctuation, or a curly closer): a line break inside a quote, as in text with a line per
    sentence, where the quote opened on the line before goes on."""
    for found in _MARKS.finditer(text, start, end):
        i = found.start()
        ch = text[i]
        if ch not in DOUBLE_MARKS:
            continue
        return ch == "”" or (ch == '"' and i > start and not _is_opening(text, i, ch))
    return False


def char_positions(text: str, chars: str) -> list[int]:
    """Where any of `chars` stands in the text, in order: a `str.find` per character skips the
    text in C three times faster than one scan with a character class."""
    found = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            found.append(i)
            i = text.find(ch, i + 1)
    found.sort()
    return found


def find_regions(text: str, single: bool = True) -> list[Region]:
    """Quoted regions in text order. Unclosed marks end nothing and swallow nothing.

    A paragraph that ends inside a double quote whose next paragraph opens with a double quote
    continues the quote (the newspaper convention); the region then spans both paragraphs. So
    does one whose next paragraph's first double mark closes a quote (a line break inside it).
    Doubled apostrophes or backticks ('' and ``), a typewriter convention, are double marks.
    """
    doubled = "''" in text or "``" in text
    if doubled:
        # same length, so offsets hold: the first character becomes the mark, the second filler
        text = text.replace("''", '"' + FILLER).replace("``", '"' + FILLER)
    regions: list[Region] = []
    # every mark of the text in one scan, each paragraph's found by bisection: most paragraphs
    # hold none, and a scan per paragraph cost more than the pairing
    marks = char_positions(text, _MARK_CHARS if single else _NOT_SINGLE_CHARS)
    paragraphs = _paragraph_bounds(text)
    pending: tuple[int, str] | None = None  # an open double quote carried into the next paragraph
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        first_mark = bisect_left(marks, p_start)
        if pending is None and (first_mark == len(marks) or marks[first_mark] >= p_end):
            continue  # no mark, and nothing open: nothing to pair, nothing to carry on
        stack: list[tuple[int, str]] = []
        if pending is not None:
            stack.append(pending)
            # the newspaper convention's opening mark repeats the one carried over
            p_first = p_start + 1 if text[p_start] in DOUBLE_OPEN else p_start
            pending = None
        else:
            p_first = p_start
        for i in marks[bisect_left(marks, p_first, first_mark) : bisect_left(marks, p_end)]:
            ch = text[i]
            if ch in PAIRS or ch in CLOSERS:
                closed = False
                for depth in range(len(stack) - 1, -1, -1):
                    o_pos, o_mark = stack[depth]
                    if _is_closing(text, i, ch, o_mark) and not (
                        ch == '"' and _is_opening(text, i, ch) and o_mark != '"'
                    ):
                        if ch == o_mark and ch != '"' and _is_opening(text, i, ch):
                            break
                        regions.append(Region(o_pos + 1, i, o_mark, o_pos < p_start))
                        del stack[depth:]
                        closed = True
                        break
                if not closed and ch in PAIRS and _is_opening(text, i, ch):
                    stack.append((i, ch))
                elif not closed and ch == "”" and not stack and _opens_as_curly(text, i, p_first):
                    stack.append((i, "“"))  # ”…” in sloppy text: a closer used as the opener
        # an unclosed double quote at paragraph end may continue into the next paragraph
        doubles = [(pos, m) for pos, m in stack if m in DOUBLE_OPEN]
        if doubles and p_index + 1 < len(paragraphs):
            nxt_start = paragraphs[p_index + 1][0]
            if text[nxt_start] in DOUBLE_OPEN or _closes_first(text, *paragraphs[p_index + 1]):
                pending = doubles[0]
    if doubled:
        regions = [
            Region(r.start + 1, r.end, r.open_mark, r.continued) if text[r.start] == FILLER else r
            for r in regions
        ]
    regions.sort(key=lambda r: (r.start, -r.end))
    return regions
