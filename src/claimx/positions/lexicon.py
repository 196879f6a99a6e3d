"""The positions stage's word lists, read once from `models/`: stance verbs, nouns, adjectives and
the operators that flip or cancel them, plus the reporting verbs and the country table it shares."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from claimx.rules.resources import table
from claimx.schema import Stance

if TYPE_CHECKING:
    from claimx.rules.names import Countries


@dataclass(frozen=True)
class Lexicon:
    """The stance word lists, read once: cue word -> stance and the complements it takes."""

    verbs: dict[str, tuple[Stance, frozenset[str]]]
    nouns: dict[str, tuple[Stance, frozenset[str]]]
    adjectives: dict[str, tuple[Stance, str, frozenset[str]]]
    roles: dict[str, frozenset[str]]
    #: words of falsehood (kind "false") and of truth ("true"): "the claims are lies / not true"
    falsity: dict[str, str]

    def role(self, word: str, role: str) -> bool:
        words = self.roles.get(role)
        return words is not None and word in words

    @cached_property
    def cue_roles(self) -> tuple[frozenset[str], ...]:
        """The words of the roles `cues` tests every candidate word against: hope, grasp, fault,
        designation, wish and deontic (a `role` call per word cost more than the test)."""
        return tuple(self.roles.get(r, frozenset()) for r in CUE_ROLES)


#: the roles of `Lexicon.cue_roles`, in its order
CUE_ROLES = ("hope", "grasp", "fault", "designation", "wish", "deontic")


def _stance(value: str) -> Stance:
    if value not in ("support", "oppose"):
        raise ValueError(f"bad stance {value!r} in a stance word list")
    return "support" if value == "support" else "oppose"


def _cells(row: tuple[str, ...], n: int) -> list[str]:
    return [*row, *([""] * n)][:n]


@cache
def lexicon() -> Lexicon:
    verbs = {}
    for row in table("stance_verbs.tsv"):
        lemma, stance, frames = _cells(row, 3)
        found = {f for f in frames.split(",") if f}
        found |= {f.partition("=")[0] for f in found if f.startswith("objinf=")}
        verbs[lemma.lower()] = (_stance(stance), frozenset(found))
    nouns = {}
    for row in table("stance_nouns.tsv"):
        lemma, stance, comps = _cells(row, 3)
        nouns[lemma.lower()] = (_stance(stance), frozenset(c for c in comps.split(",") if c))
    adjectives = {}
    for row in table("stance_adjectives.tsv"):
        word, stance, kind, comps = _cells(row, 4)
        adjectives[word.lower()] = (
            _stance(stance),
            kind,
            frozenset(c for c in comps.split(",") if c),
        )
    roles: dict[str, set[str]] = {}
    for row in table("stance_operators.tsv"):
        word, role = _cells(row, 2)
        roles.setdefault(role, set()).add(word.lower())
    falsity = {}
    for row in table("falsity_words.tsv"):
        word, kind = _cells(row, 2)
        if kind not in ("false", "true"):
            raise ValueError(f"bad kind {kind!r} in falsity_words.tsv")
        falsity[word.lower()] = kind
    return Lexicon(verbs, nouns, adjectives, {k: frozenset(v) for k, v in roles.items()}, falsity)


@cache
def countries_table() -> Countries | None:
    try:
        from claimx.rules.names import countries

        return countries()
    except (ImportError, FileNotFoundError):
        return None


@cache
def sense_objects() -> dict[str, frozenset[str]]:
    """Stance verb -> object nouns with which it means something else ("supported his family",
    "defended her thesis", "defended the title"): position_sense_objects.tsv."""
    found: dict[str, set[str]] = {}
    for row in table("position_sense_objects.tsv"):
        verb, noun = _cells(row, 2)
        found.setdefault(verb.lower(), set()).add(noun.lower())
    return {verb: frozenset(nouns) for verb, nouns in found.items()}


@cache
def reporting_verbs() -> frozenset[str]:
    try:
        from claimx.rules.lexicon import cue_verbs

        return cue_verbs()
    except (ImportError, FileNotFoundError):
        return frozenset()


#: |valence| from which a word predicated of a target is a stance (VADER's scale, -4..+4)
STRONG = 2.0


@cache
def polarity() -> dict[str, float]:
    """Word -> valence: VADER's lexicon with claimx's corrections on top (0 = not evaluative)."""
    values: dict[str, float] = {}
    for row in table("polarity_vader.tsv"):
        if len(row) >= 2:
            try:
                values[row[0].lower()] = float(row[1])
            except ValueError:
                continue
    for row in table("polarity_corrections.tsv"):
        values[row[0].lower()] = float(row[1])
    return values


#: valence from which a positive word denied of a target is criticism ("not fair", "not acceptable")
MILD = 1.0


def denied_praise(word: str) -> bool:
    """A mildly or strongly positive word: negated and predicated of a target, it opposes it."""
    return polarity().get(word.lower(), 0.0) >= MILD


def mild_polarity(word: str) -> Stance | None:
    """The stance of a word that is at least mildly polar (|valence| >= MILD): what a construction
    that itself evaluates ("deserves ...") needs of its noun ("credit", "the blame")."""
    value = polarity().get(word.lower(), 0.0)
    if value >= MILD:
        return "support"
    if value <= -MILD:
        return "oppose"
    return None


def evaluative(word: str) -> Stance | None:
    """The stance a strongly polar word carries when predicated of a target, if any."""
    value = polarity().get(word.lower(), 0.0)
    if value >= STRONG:
        return "support"
    if value <= -STRONG:
        return "oppose"
    return None


def polar_word(word: str) -> bool:
    """A word `evaluative` or `denied_praise` reads: strongly polar, or praise that a negation
    turns against its target ("is not fair"). One set lookup, for the candidate tests that ask
    only that (of every distinct word of a document, and of every candidate cue word)."""
    return word.lower() in _polar_words()


@cache
def _polar_words() -> frozenset[str]:
    return frozenset(w for w in polarity() if evaluative(w) is not None or denied_praise(w))


def verb_lemma(lemma: str, lower: str, verbs: Collection[str]) -> str:
    """The stance verb a form belongs to, also where the lemmatiser slipped on a capitalised
    form ("Hoping" -> "hop"): the lemma, else the regular stem of an -ing or -ed form."""
    if lemma in verbs:
        return lemma
    for suffix, stems in (("ing", ("e", "")), ("ed", ("e", "")), ("es", ("",)), ("s", ("",))):
        if lower.endswith(suffix):
            for stem in stems:
                word = lower[: -len(suffix)] + stem
                if word in verbs:
                    return word
            base = lower[: -len(suffix)]
            # "extolled", "patrolling": a doubled final consonant
            doubled = suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2]
            if doubled and base[:-1] in verbs:
                return base[:-1]
    return lemma


@cache
def reporting_nouns() -> frozenset[str]:
    """Nouns of saying and believing (cue_nouns.txt): "the view that ...", "her claim that ..."."""
    try:
        from claimx.rules.lexicon import cue_nouns

        return cue_nouns()
    except (ImportError, FileNotFoundError):
        return frozenset()


@cache
def phrasal_frames(frames: frozenset[str]) -> tuple[tuple[str, str, Stance | None, bool], ...]:
    """The particle and preposition frames, in order, each as its word, the word it needs beside
    it, the stance it gives, and whether it is a particle: "p:to@forward": "to" only beside the
    word "forward" ("looks forward to X"); "prt:down": "down" only as the verb's particle
    ("turned down the offer", not "turned down the road"). Read once per frame set:
    `cues.verb_targets` asks it of every stance verb."""
    found = []
    for frame in sorted(frames):
        particle = frame.startswith("prt:")
        if not (frame.startswith("p:") or particle):
            continue
        word, _, given = frame.partition(":")[2].partition("=")
        word, _, needs = word.partition("@")
        own: Stance | None = "oppose" if given == "oppose" else "support" if given else None
        found.append((word, needs, own, particle))
    return tuple(found)
