"""String evidence that outweighs the recogniser's label when the linker compares two names.

The recogniser labels each mention on its own: "the Pirates" beside a place is called a place,
though the article named the club "Pittsburgh Pirates" a paragraph before. A name that is the
last word(s) of a longer body's name, not after "of" ("Pirates" of "Pittsburgh Pirates", "Curve"
of "Altoona Curve"), is the body's head noun: the linker compares the pair as two names of the
kind of the fuller name, so a label disagreement does not outweigh the strings. A name after
"of" or "in" ("Helsinki" in "University of Helsinki") is another thing named inside the body's
name and keeps its own kind, as do countries (a country is only itself) and people (a surname
ends a person's name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimx.actors.store import _Actor

#: words after which the rest of a name names another thing: "University of Helsinki"
_LINKING = frozenset({"of", "for", "in", "at", "de", "du", "di", "del", "and", "&"})
BODIES = ("organization", "group")


def ends_body_name(short: _Actor, long_: _Actor) -> bool:
    """A name of `short` is the last word(s) of a longer name of the body `long_`, and the word
    before it does not link two names: "Pirates" ~ "Pittsburgh Pirates"."""
    if long_.kind not in BODIES or short.kind in ("country", "person"):
        return False
    for x in short.keys:
        tail = x.split()
        for y in long_.keys:
            words = y.split()
            n = len(tail)
            if n < len(words) and words[-n:] == tail and words[-n - 1] not in _LINKING:
                return True
    return False


def pair_kinds(a: _Actor, b: _Actor) -> tuple[str, str]:
    """The kinds the linker compares for a pair: a name that ends a body's fuller name takes
    the body's kind; otherwise each keeps its own."""
    if a.kind != b.kind:
        if ends_body_name(a, b):
            return b.kind, b.kind
        if ends_body_name(b, a):
            return a.kind, a.kind
    return a.kind, b.kind
