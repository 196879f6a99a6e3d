"""Tree patterns kept as data: `models/constructions/tree_patterns.jsonl`, one spaCy
`DependencyMatcher` pattern a line, each with a name and the sentences written for it.

A construction whose shape is a small tree ("the object of a passive verb's by-phrase", "a noun's
possessor") reads it from here instead of from code, so the shape can be read and changed
without reading Python. The patterns are matched *anchored*: a stage already knows its trigger
token and asks only for the matches that start there, which costs a few list lookups, where
running spaCy's `DependencyMatcher` over every document would cost more than the stage itself.
`tests/test_patterns.py` checks that this matcher and spaCy's agree on every pattern's examples.

A value of the form `"@FILE:LIST"` (a list of a two-column `models/` table) or `"@FILE"` (a
one-entry-a-line list) inside `{"IN": ...}` / `{"NOT_IN": ...}` is replaced by that word list
when the patterns are loaded: the pattern stays a plain DependencyMatcher pattern, and the words
stay in one place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from claimx.rules.docview import words_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc

    from claimx.rules.docview import Words

FILE = "constructions/tree_patterns.jsonl"
#: the token attributes a pattern may test, and the `Words` list each is read from
ATTRS = {"DEP": "dep", "LOWER": "lower", "LEMMA": "lemma", "POS": "pos", "TAG": "tag"}
#: the relations between two nodes this matcher knows (a subset of DependencyMatcher's)
REL_OPS = (">", "<", ">>", "<<", ">--", ">++", ".", ";")


@dataclass(frozen=True)
class TreePattern:
    """A named DependencyMatcher pattern with the sentences written for it."""

    name: str
    description: str
    pattern: tuple[dict[str, Any], ...]  # as written in the file, lists expanded
    examples: tuple[dict[str, Any], ...]  # {"text", "anchor", "expect": {node: word}}
    #: per node, its tests as (Words list, "==" / "IN" / "NOT_IN", value or set)
    tests: tuple[tuple[tuple[str, str, Any], ...], ...] = ()
    #: per node after the anchor: (position of its LEFT_ID node, REL_OP, its tests)
    plan: tuple[tuple[int, str, tuple[tuple[str, str, Any], ...]], ...] = ()

    @cached_property
    def nodes(self) -> tuple[str, ...]:
        return tuple(node["RIGHT_ID"] for node in self.pattern)


def _expand(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("@"):
        from claimx.rules.lexicon import word_sets
        from claimx.rules.resources import word_list

        name, _, sub = value[1:].partition(":")
        return sorted(word_sets(name)[sub]) if sub else sorted(word_list(name))
    return value


def _check(name: str, pattern: list[dict[str, Any]]) -> None:
    """A pattern this matcher can run: an anchor first, then nodes tied to earlier ones."""
    where = f"{FILE}: {name}"
    seen: set[str] = set()
    for k, node in enumerate(pattern):
        if k == 0 and set(node) - {"RIGHT_ID", "RIGHT_ATTRS"}:
            raise ValueError(f"{where}: the first node is the anchor (RIGHT_ID, RIGHT_ATTRS)")
        if k and (node.get("LEFT_ID") not in seen or node.get("REL_OP") not in REL_OPS):
            raise ValueError(f"{where}: node {k} needs an earlier LEFT_ID and one of {REL_OPS}")
        for attr, test in node.get("RIGHT_ATTRS", {}).items():
            if attr not in ATTRS:
                raise ValueError(f"{where}: attribute {attr!r} is not one of {list(ATTRS)}")
            if isinstance(test, dict) and set(test) - {"IN", "NOT_IN"}:
                raise ValueError(f"{where}: {attr} tests only IN and NOT_IN")
        seen.add(node["RIGHT_ID"])


@cache
def tree_patterns() -> dict[str, TreePattern]:
    """Every pattern of the file, by name (read once)."""
    from claimx.rules.resources import models_dir

    out: dict[str, TreePattern] = {}
    for line in (models_dir() / FILE).read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        entry = json.loads(line)
        nodes = []
        for node in entry["pattern"]:
            attrs = {
                attr: {op: _expand(v) for op, v in test.items()} if isinstance(test, dict) else test
                for attr, test in node.get("RIGHT_ATTRS", {}).items()
            }
            nodes.append({**node, "RIGHT_ATTRS": attrs})
        _check(entry["name"], nodes)
        if entry["name"] in out:
            raise ValueError(f"{FILE}: pattern {entry['name']!r} written twice")
        tests = tuple(_tests(node.get("RIGHT_ATTRS", {})) for node in nodes)
        ids = [node["RIGHT_ID"] for node in nodes]
        plan = tuple(
            (ids.index(node["LEFT_ID"]), node["REL_OP"], tests[k])
            for k, node in enumerate(nodes)
            if k
        )
        out[entry["name"]] = TreePattern(
            entry["name"], entry["description"], tuple(nodes), tuple(entry["examples"]), tests, plan
        )
    return out


def _tests(attrs: dict[str, Any]) -> tuple[tuple[str, str, Any], ...]:
    out = []
    for attr, test in attrs.items():
        if isinstance(test, dict):
            out += [(ATTRS[attr], op, frozenset(values)) for op, values in test.items()]
        else:
            out.append((ATTRS[attr], "==", test))
    return tuple(out)


def _fits(words: Words, i: int, tests: tuple[tuple[str, str, Any], ...]) -> bool:
    for attr, op, test in tests:
        value = getattr(words, attr)[i]
        if op == "==":
            if value != test:
                return False
        elif (value in test) != (op == "IN"):
            return False
    return True


def _related(words: Words, a: int, op: str) -> list[int]:
    """Tokens standing in relation `op` to token `a`, in text order."""
    if op == ">":
        return words.children(a)
    if op == ">--":  # a child before its head
        return [c for c in words.children(a) if c < a]
    if op == ">++":  # a child after its head
        return [c for c in words.children(a) if c > a]
    if op == "<":
        return [] if words.head[a] == a else [words.head[a]]
    if op == ">>":
        out: list[int] = []
        todo = list(words.children(a))
        while todo:
            t = todo.pop()
            out.append(t)
            todo.extend(words.children(t))
        return sorted(out)
    if op == "<<":
        up = []
        while words.head[a] != a:
            a = words.head[a]
            up.append(a)
        return sorted(up)
    if op == ".":
        return [a + 1] if a + 1 < len(words.dep) else []
    return [a - 1] if a > 0 else []  # ";"


def _matches(entry: TreePattern, words: Words, anchor: int) -> Iterator[list[int]]:
    """Token lists, one a node in pattern order, of the matches anchored at `anchor`; depth
    first, each node's candidates in text order."""
    plan = entry.plan
    bound = [anchor]

    def extend(k: int) -> Iterator[list[int]]:
        if k == len(plan):
            yield list(bound)
            return
        left, op, tests = plan[k]
        for t in _related(words, bound[left], op):
            if t not in bound and _fits(words, t, tests):
                bound.append(t)
                yield from extend(k + 1)
                bound.pop()

    if _fits(words, anchor, entry.tests[0]):
        yield from extend(0)


def find(name: str, doc: Doc, anchor: int) -> list[dict[str, int]]:
    """The matches of pattern `name` whose anchor node is token `anchor`, each as
    `{node name: token index}`, in text order of their nodes (first node first)."""
    entry = tree_patterns()[name]
    nodes = entry.nodes
    return [dict(zip(nodes, m, strict=True)) for m in _matches(entry, words_of(doc), anchor)]


def first(name: str, doc: Doc, anchor: int, node: str) -> int | None:
    """Token of `node` in the first match of `name` anchored at `anchor`, or None (stops at the
    first match)."""
    entry = tree_patterns()[name]
    match = next(_matches(entry, words_of(doc), anchor), None)
    return None if match is None else match[entry.nodes.index(node)]


@cache
def child_relations(name: str) -> frozenset[str] | None:
    """The relations of a pattern that says only "the anchor's child in one of these relations"
    (no test on the anchor, one child node with one `DEP IN` test), else None: a stage may then
    find every anchor's first match in one pass over the words in those relations, instead of
    matching anchor by anchor. Read from the pattern's plan here, where its format is known."""
    entry = tree_patterns()[name]
    if entry.tests[0] or len(entry.plan) != 1:
        return None
    ((left, op, tests),) = entry.plan
    if left != 0 or op != ">" or len(tests) != 1:
        return None
    ((attr, kind, values),) = tests
    return frozenset(values) if attr == "dep" and kind == "IN" else None
