"""When two names of organisations, places or groups name the same body: word-list tests the
store asks while it matches a new name against the actors it holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.actors.words import NAME_JOINERS, NAMED_AFTER
from claimx.rules.names import countries, org_nouns

if TYPE_CHECKING:
    from claimx.actors.store import _Actor


def named_after(words: list[str], other: list[str]) -> bool:
    """A one-word name after "University of" in the other: the place it is named after."""
    if len(words) != 1 or words[0] not in other:
        return False
    k = other.index(words[0])
    return k >= 2 and other[k - 1] == "of" and other[k - 2] in NAMED_AFTER


def _without_origin(full: list[str]) -> list[str]:
    """`full` without the demonyms and country that open it ("Italian …", "United Kingdom …")."""
    while full and countries().demonym(full[0]):
        full = full[1:]
    for k in (2, 1):  # "United Kingdom Home Office" ~ "Home Office"
        if len(full) > k + 1 and countries().country(" ".join(full[:k])):
            return full[k:]
    return full


def same_body(words: list[str], other: list[str], generic: frozenset[str] | set[str]) -> bool:
    """Whether the normalised names `words` and `other` name one body: one is the other without
    its origin or its "of"/"for" phrase, both share their distinctive words, or one is the other
    with demonyms in front. `generic` are the nouns any body's name may have ("council")."""
    if words and other and set(words).isdisjoint(other):
        return False  # every test below needs a word in common: most pairs are settled here
    for short, full in ((words, other), (other, words)):
        # "Comic Corps" ~ "Comic Corps of Canada" ~ "Italian Comic Corps of Canada"
        full = _without_origin(full)
        n = len(short)
        if full == short and len(full) < max(len(words), len(other)):
            return True
        if len(full) > n + 1 and full[:n] == short and full[n] in ("of", "for"):
            return True
    core = [w for w in words if w not in generic and w not in NAME_JOINERS]
    other_core = [w for w in other if w not in generic and w not in NAME_JOINERS]
    # "Leeds" is the place "University of Leeds" is named after, not the body
    if core and other_core == core and not named_after(words, other):
        return True
    # "Danish Supreme Court of Justice" ~ "Supreme Court of Justice"
    for longer, shorter in ((words, other), (other, words)):
        n = len(shorter)
        if (
            len(longer) > n
            and longer[-n:] == shorter
            and all(countries().demonym(w) for w in longer[:-n])
        ):
            return True
    return False


def matching_body(actors: list[_Actor], words: list[str], last_seen: dict[str, int]) -> str | None:
    """The first body or group among `actors` one of whose names is the same body as the
    normalised name `words` (`same_body`); for a generic noun alone ("the Court"), else the body
    last seen whose name holds it. `last_seen`: the actors' latest mention offsets."""
    generic, mine = org_nouns(), set(words)  # a key with none of these words is no match
    single_noun = len(words) == 1 and words[0] in generic
    # a one-word name shares no word with a key that does not hold it as a string: the key is
    # not split (keys are `norm`ed names, never blank)
    one = words[0] if len(words) == 1 else None
    best: tuple[int, str] | None = None
    for actor in actors:
        if actor.kind not in ("organization", "group"):
            continue
        for key in actor.keys:
            if one is not None and one not in key:
                continue
            other = key.split()
            if single_noun and words[0] in other and len(other) > 1:
                # "the Court" after "the Supreme Court of Justice": the latest such body
                seen = last_seen.get(actor.id, -1)
                if best is None or seen > best[0]:
                    best = (seen, actor.id)
            elif not (other and mine.isdisjoint(other)) and same_body(words, other, generic):
                return actor.id
    return best[1] if best else None
