"""World knowledge for naming actors: countries, titles, gendered and generic nouns.

Everything here is read from data files under `models/` once per process and held as frozen
mappings, so the actors stage does dictionary look-ups only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from claimx.rules.resources import table, word_list

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # the same few hundred strings, asked for again and again
def norm(text: str) -> str:
    """Comparison key of a name: case-folded, no dots, no leading "the", no final possessive."""
    s = _SPACES.sub(" ", text.replace(".", "").replace("’", "'").strip()).casefold()
    s = re.sub(r"\s*-\s*", "-", s)
    if s.endswith("'s"):
        s = s[:-2]
    elif s.endswith("'"):
        s = s[:-1]
    if s.startswith("the "):
        s = s[4:]
    return s.strip()


_POST_NOMINAL = re.compile(r"[A-Z]{2,5}")


@lru_cache(maxsize=1 << 14)
def person_words(name: str) -> tuple[str, ...]:
    """The words a person's name is matched by: case-folded, accents dropped, without words in
    another script (a gloss: "زها حديد Zahā Ḥadīd") and without trailing post-nominal letters
    ("Ada Lorne FRS", "Ida Marsh DBE RA"), so that these match "Ada Lorne" and "Ida Marsh"."""
    words = [w for w in name.replace(".", " ").split() if w]
    latin = [w for w in words if all(c.isascii() or _latin_letter(c) for c in w)]
    if latin:
        words = latin
    while len(words) > 2 and _POST_NOMINAL.fullmatch(words[-1]):
        words.pop()
    key = norm(" ".join(words))
    folded = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return tuple(folded.split())


def _latin_letter(char: str) -> bool:
    return not char.isalpha() or "LATIN" in unicodedata.name(char, "")


@dataclass(frozen=True)
class Countries:
    """Name, short/official form, code -> country; capital and seat -> country; demonyms."""

    names: dict[str, str]
    codes: dict[str, str]
    capitals: dict[str, str]
    seats: dict[str, str]
    demonyms: dict[str, str]
    acronyms: dict[str, str]
    _memo: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    _demonyms: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def country(self, text: str) -> str | None:
        """The country a proper name (not a capital) stands for, if any (each text worked out
        once: the actor stage asks about the same few hundred names some 300 times an
        article)."""
        return _remembered(self._memo, text, self._country)

    def _country(self, text: str) -> str | None:
        key = norm(text)
        found = self.names.get(key)
        if found:
            return found
        bare = text.replace(".", "").strip()
        if bare.isupper():
            # ISO codes need three letters or dots ("U.S."): "LA" is more often Los Angeles
            if bare in self.acronyms:
                return self.acronyms[bare]
            if len(bare) >= 3 or "." in text:
                return self.codes.get(bare)
        return None

    def demonym(self, word: str) -> str | None:
        """Country of an adjective or plural demonym ("Russian", "Kenyans"), each word worked
        out once."""
        return _remembered(self._demonyms, word, self._demonym)

    def _demonym(self, word: str) -> str | None:
        w = word.casefold()
        found = self.demonyms.get(w)
        if found is None and w.endswith("s"):
            found = self.demonyms.get(w[:-1])
        return found


def _remembered(
    memo: dict[str, str | None], key: str, work: Callable[[str], str | None]
) -> str | None:
    """`work(key)`, worked out once per key (the memo bounded for long runs over many
    articles)."""
    if key in memo:
        return memo[key]
    if len(memo) > 100_000:
        memo.clear()
    found = memo[key] = work(key)
    return found


@cache
def countries() -> Countries:
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    capitals: dict[str, str] = {}
    seats: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for row in table("countries.tsv"):
        row = row + ("",) * (5 - len(row))
        name, others, code_list, capital, demonym = row[:5]
        names.setdefault(norm(name), name)
        for other in others.split("|"):
            if other:
                names.setdefault(norm(other), name)
        for code in code_list.split("|"):
            if code:
                codes.setdefault(code, name)
        if capital:
            capitals.setdefault(norm(capital), name)
        if demonym:
            demonyms.setdefault(demonym.casefold(), name)
    for row in table("country_names_extra.tsv"):
        alias, country, what = (row + ("", "", ""))[:3]
        if alias.isupper():
            acronyms.setdefault(alias, country)
            continue
        target = {"capital": capitals, "seat": seats}.get(what, names)
        target.setdefault(norm(alias), country)
    # "Washington D.C." is also written without its district
    for key, country in list(capitals.items()):
        if key.endswith(" dc"):
            capitals.setdefault(key[:-3], country)
    return Countries(names, codes, capitals, seats, demonyms, acronyms)


@cache
def titles() -> frozenset[str]:
    return frozenset(word_list("titles.txt"))


@cache
def title_words() -> frozenset[str]:
    """Every word of a title, for recognising multi-word titles token by token."""
    return frozenset(w for t in titles() for w in t.split())


@cache
def generic_name_words() -> frozenset[str]:
    """Capitalised common words that open names ("Central Station"), not place names."""
    return frozenset(word_list("generic_name_words.txt"))


@cache
def honour_titles() -> dict[str, tuple[str, ...]]:
    """First word -> the honours ("man of the match") that begin with it."""
    out: dict[str, list[str]] = {}
    for line in word_list("honour_titles.txt"):
        out.setdefault(line.split()[0], []).append(line)
    return {k: tuple(v) for k, v in out.items()}


@cache
def org_name_words() -> frozenset[str]:
    """Words that end names of bodies and publications, not of people ("Daily Post")."""
    return frozenset(word_list("org_name_words.txt"))


@cache
def regions() -> frozenset[str]:
    """First-level regions (US and Australian states, Canadian provinces), by `norm` key."""
    return frozenset(norm(r) for r in word_list("regions.txt"))


@cache
def gender_nouns() -> dict[str, str]:
    return {row[0]: row[1] for row in table("gender_nouns.tsv") if len(row) >= 2}


@cache
def person_nouns() -> frozenset[str]:
    return frozenset(word_list("person_nouns.txt")) | titles()


@cache
def _given_name_variants() -> frozenset[tuple[str, str]]:
    pairs = {(row[0], row[1]) for row in table("given_name_variants.tsv") if len(row) >= 2}
    return frozenset(pairs | {(b, a) for a, b in pairs})


def same_given(a: str, b: str) -> bool:
    """One given name written two ways: "larry" and "lawrence", "bill" and "william"."""
    return a == b or (a, b) in _given_name_variants()


@cache
def not_person_nouns() -> frozenset[str]:
    """Nouns with a person's ending that name things ("reminder", "factor")."""
    return frozenset(word_list("not_person_nouns.txt"))


@cache
def org_nouns() -> frozenset[str]:
    return frozenset(word_list("org_nouns.txt"))


@cache
def union(*lists: Callable[[], Iterable[str]]) -> frozenset[str]:
    """The words of several word lists as one set, built once (the stages ask per name and
    per token; joining the lists anew each time cost more than the tests)."""
    return frozenset().union(*(words() for words in lists))


@cache
def place_nouns() -> dict[str, str]:
    return {row[0]: row[1] for row in table("place_nouns.tsv") if len(row) >= 2}


@cache
def contest_verbs() -> frozenset[str]:
    return frozenset(word_list("contest_verbs.txt"))


@cache
def first_name_gender() -> dict[str, str]:
    """Given name -> m or f, for names that are not used for both."""
    return {row[0]: row[1] for row in table("first_names.tsv") if len(row) >= 2}
