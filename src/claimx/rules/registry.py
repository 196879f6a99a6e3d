"""The construction registry: every way claimx recognises a quote, a speaker, a position or an
actor relation is one named entry, with the examples it was written for.

Each entry is a short named predicate registered with `@construction(...)` (or `declare(...)` for
one written inline), triggered by words read from `models/` lists; where part of its shape is a
small tree, that part is a DependencyMatcher pattern kept as data
(`models/constructions/tree_patterns.jsonl`, read by `claimx.rules.patterns`) and the entry names
it in `patterns`. Stages import this module,
register their entries at import time and, for each trigger token, try the entries registered for
it; what they find carries the entry's id as `rule`. `claimx rules` lists the registry, and a
test runs claimx on every example and checks that the entry fired (`trace`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

Stage = Literal["actors", "quotes", "positions"]
STAGES: tuple[Stage, ...] = ("actors", "quotes", "positions")
#: an id's first part names its stage: `quote.according-to`, `speaker.passive-by`, ...
_PREFIXES: dict[str, Stage] = {
    "actor": "actors",
    "coref": "actors",
    "quote": "quotes",
    "speaker": "quotes",
    "position": "positions",
    "holder": "positions",
}

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Construction:
    """One registered way of recognising something; `examples` are sentences written for it."""

    id: str
    stage: Stage
    trigger: str
    description: str
    examples: tuple[str, ...]
    #: the named predicate, when it is code
    predicate: Callable[..., Any] | None = field(default=None, compare=False, repr=False)
    #: where the entry is defined: a models/ file or module:function
    source: str = ""
    #: names of the tree patterns (models/constructions/tree_patterns.jsonl) it matches
    patterns: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        from claimx.rules.patterns import tree_patterns

        found = tree_patterns()
        return {
            "id": self.id,
            "stage": self.stage,
            "trigger": self.trigger,
            "description": self.description,
            "examples": list(self.examples),
            "source": self.source,
            "patterns": [
                {"name": name, "pattern": list(found[name].pattern)} for name in self.patterns
            ],
        }


_REGISTRY: dict[str, Construction] = {}


def stage_of(construction_id: str) -> Stage:
    prefix = construction_id.split(".", 1)[0]
    if prefix not in _PREFIXES or "." not in construction_id:
        raise ValueError(f"construction id {construction_id!r} must start with one of {_PREFIXES}")
    return _PREFIXES[prefix]


def register(entry: Construction) -> Construction:
    """Add an entry; ids are unique and every entry has at least one example."""
    if entry.id in _REGISTRY and _REGISTRY[entry.id] != entry:
        raise ValueError(f"construction {entry.id!r} registered twice")
    if not entry.examples:
        raise ValueError(f"construction {entry.id!r} has no example")
    if stage_of(entry.id) != entry.stage:
        raise ValueError(f"construction {entry.id!r} is not of stage {entry.stage!r}")
    _REGISTRY[entry.id] = entry
    return entry


def _entry(
    construction_id: str,
    trigger: str,
    description: str,
    examples: tuple[str, ...] | list[str],
    source: str,
    predicate: Callable[..., Any] | None = None,
    patterns: tuple[str, ...] | list[str] = (),
) -> Construction:
    return register(
        Construction(
            id=construction_id,
            stage=stage_of(construction_id),
            trigger=trigger,
            description=description,
            examples=tuple(examples),
            predicate=predicate,
            source=source,
            patterns=tuple(patterns),
        )
    )


def construction(
    construction_id: str, *, trigger: str, description: str, examples: tuple[str, ...] | list[str]
) -> Callable[[F], F]:
    """Register the decorated function as the predicate of a construction; returns it unchanged."""

    def decorate(func: F) -> F:
        source = f"{func.__module__}:{func.__qualname__}"
        _entry(construction_id, trigger, description, examples, source, func)
        return func

    return decorate


def declare(
    construction_id: str,
    *,
    trigger: str,
    description: str,
    examples: tuple[str, ...] | list[str],
    patterns: tuple[str, ...] | list[str] = (),
) -> str:
    """Register a construction implemented inline in a stage's code; returns its id. `patterns`
    names the tree patterns (data) its code matches."""
    import inspect

    frame = inspect.currentframe()
    caller = frame.f_back.f_globals.get("__name__", "?") if frame and frame.f_back else "?"
    _entry(construction_id, trigger, description, examples, caller, patterns=patterns)
    return construction_id


def get(construction_id: str) -> Construction:
    _load_stages()
    return _REGISTRY[construction_id]


def all_constructions(stage: Stage | None = None) -> list[Construction]:
    """Every registered construction (importing the stages registers them), sorted by id."""
    _load_stages()
    return sorted(
        (c for c in _REGISTRY.values() if stage is None or c.stage == stage), key=lambda c: c.id
    )


def _load_stages() -> None:
    import importlib

    for module in ("claimx.actors", "claimx.quotes", "claimx.positions"):
        importlib.import_module(module)


# -- tracing: which constructions fired while a document was processed ---------------------------

_TRACE: ContextVar[set[str] | None] = ContextVar("claimx_trace", default=None)


def note(construction_id: str) -> str:
    """Record that a construction fired (only while `trace()` is active); returns the id."""
    fired = _TRACE.get()
    if fired is not None:
        fired.add(construction_id)
    return construction_id


@contextmanager
def trace() -> Iterator[set[str]]:
    """Collect the ids of the constructions that fire inside the block."""
    fired: set[str] = set()
    token = _TRACE.set(fired)
    try:
        yield fired
    finally:
        _TRACE.reset(token)
