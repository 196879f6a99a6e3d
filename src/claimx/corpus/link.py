"""Linking actors across documents: per-article actors become corpus actors.

claimx's actors are per article ("a3" of one article knows nothing of "a7" of another). Here they
are joined by their names, within one kind only:

- a person with a full name ("Donald J. Trump", "President Donald Trump") is keyed by first name
  and surname; a surname alone ("Trump"), or an initial and a surname ("D. Trump"), joins the one
  full name it fits; when two different full names share the surname ("Bill Clinton", "Hillary
  Clinton") the bare surname stays apart, marked ambiguous;
- organisations, countries, places and groups are joined by any name they share (case, "the", dots
  and a final possessive aside), countries also by the country list ("U.S.", "United States",
  "America"), organisations and countries also by acronym ("FBI" and "Federal Bureau of
  Investigation", when one article uses both and no other name has those initials);
- an actor with no name at all (only pronouns or descriptions: "he", "the official") is not a
  corpus actor: it cannot be told apart from any other "he".

A corpus actor's `corpus_id` is `KIND/slug-of-its-name` (for a person, of the first name and
surname of its key), so it does not depend on input order or on how many documents there are.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from claimx.rules.lexicon import cue_verbs
from claimx.rules.names import countries, first_name_gender, norm, title_words
from claimx.schema import Actor

#: Words dropped from a person's name before keying it.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Words left out of an acronym ("Department of Justice" -> "DOJ" keeps "of" out).
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "&", "to", "at"})
ACRONYM_KINDS = frozenset({"organization", "country"})

MemberKey = tuple[int, str]  # (document index, per-article actor id)


@dataclass
class CorpusActor:
    corpus_id: str
    name: str
    kind: str
    #: every name used for it (name mentions and per-article canonical names), most used first
    names: list[str]
    #: (document index, per-article actor id) of every per-article actor linked into it
    members: list[MemberKey]
    #: a bare surname that two different full names in the corpus share
    ambiguous: bool = False
    mentions: int = 0


@dataclass
class Linking:
    actors: list[CorpusActor]
    #: per-article actor -> corpus_id (unnamed actors are absent)
    of: dict[MemberKey, str] = field(default_factory=dict)
    #: per-article actors with no name (pronouns and descriptions only)
    unnamed: set[MemberKey] = field(default_factory=set)

    def by_id(self) -> dict[str, CorpusActor]:
        return {a.corpus_id: a for a in self.actors}


def is_named(actor: Actor) -> bool:
    """Whether any mention names the actor (not only "he" or "the official")."""
    return any(m.form == "name" for m in actor.mentions)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


@cache
def _titles() -> frozenset[str]:
    return frozenset(w.replace(".", "") for w in title_words())


def _saying(word: str) -> bool:
    """A verb of saying left on a name cut from a headline ("Jane Doe Says ...")."""
    verbs = cue_verbs()
    return word.endswith("s") and (word[:-1] in verbs or word[:-2] in verbs)


def person_tokens(name: str) -> list[str]:
    """A person's name as comparison tokens, titles before it and suffixes after it dropped."""
    folded = unicodedata.normalize("NFKD", norm(name))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    tokens = [t.strip(",") for t in folded.replace("-", " - ").split()]
    tokens = [t for t in tokens if t]
    titles = _titles()
    while len(tokens) > 1 and tokens[0] in titles:
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1] in SUFFIXES or _saying(tokens[-1])):
        tokens.pop()
    return " ".join(tokens).replace(" - ", "-").split()


def acronym(name: str) -> str | None:
    """Initials of a multi-word proper name ("Federal Bureau of Investigation" -> "fbi")."""
    words = [w for w in re.split(r"[\s\-]+", name.strip()) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    content = [w for w in words if w.lower() not in ACRONYM_SKIP]
    if len(content) < 2 or not all(w[:1].isupper() for w in content):
        return None
    return "".join(w[0] for w in content).lower()


def _names_of(actor: Actor) -> list[str]:
    return [actor.name] + [m.text for m in actor.mentions if m.form == "name"]


def _keys(actor: Actor) -> set[str]:
    """Join keys of a non-person actor: its names and, for a country, the country's name."""
    keys: set[str] = set()
    table = countries()
    for text in _names_of(actor):
        key = norm(text)
        if not key:
            continue
        keys.add(key)
        if actor.kind == "country":
            country = table.country(text)
            if country:
                keys.add(norm(country))
    return keys


def _acronyms(actor: Actor) -> tuple[set[str], set[str]]:
    """(acronyms the actor is called by, acronyms of its multi-word names)."""
    written: set[str] = set()
    spelled: set[str] = set()
    for text in _names_of(actor):
        bare = text.replace(".", "").strip()
        if bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 6:
            written.add(bare.lower())
        short = acronym(text.replace("’s", "").replace("'s", ""))
        if short and len(short) >= 2:
            spelled.add(short)
    return written, spelled


class _Union:
    def __init__(self) -> None:
        self.parent: dict[MemberKey, MemberKey] = {}

    def find(self, x: MemberKey) -> MemberKey:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: MemberKey, b: MemberKey) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _most_used(names: Iterable[str]) -> str:
    counts = Counter(names)
    return min(counts, key=lambda n: (-counts[n], -len(n), n))


HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _gender(actor: Actor, pronouns: bool = True) -> str | None:
    """m or f, from an honorific ("Mr. X") or the pronouns resolved to the actor.

    The pronouns of a full name are not evidence: claimx's own coreference chose them by the
    given name's gender in the first place.
    """
    seen = {HONORIFIC_GENDER.get(t.casefold().rstrip(".")) for t in actor.titles}
    if pronouns:
        seen |= {
            PRONOUN_GENDER.get(m.text.casefold()) for m in actor.mentions if m.form == "pronoun"
        }
    seen.discard(None)
    return seen.pop() if len(seen) == 1 else None


def _offices(actor: Actor) -> set[str]:
    return {t.casefold() for t in actor.titles if t.casefold().rstrip(".") not in HONORIFIC_GENDER}


def _from_given_name(tokens: list[str], listed: dict[str, str]) -> list[str]:
    """A name from its given name on ("Crooked Jane Doe" -> "jane doe"), when one is listed."""
    for i, token in enumerate(tokens[:-1]):
        if token.title() in listed:
            return tokens[i:]
    return tokens


def _link_people(
    people: list[tuple[MemberKey, Actor]],
) -> list[tuple[str, list[MemberKey], bool]]:
    """(key, members, ambiguous) per corpus person."""
    full: dict[tuple[str, str], list[MemberKey]] = defaultdict(list)
    offices: dict[tuple[str, str], set[str]] = defaultdict(set)
    said: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    short: list[tuple[MemberKey, Actor, list[str]]] = []
    listed = first_name_gender()
    for member, actor in people:
        tokens = _from_given_name(person_tokens(actor.name), listed)
        if len(tokens) >= 2 and len(tokens[0]) > 1:
            full[(tokens[0], tokens[-1])].append(member)
            offices[(tokens[0], tokens[-1])] |= _offices(actor)
            said[(tokens[0], tokens[-1])][_gender(actor, pronouns=False) or ""] += 1
        else:
            short.append((member, actor, tokens))
    # a full name is a referent for bare surnames when it is a known given name or recurs
    # (a one-off "Derelict X" from a headline is not)
    firsts: dict[str, set[str]] = defaultdict(set)
    for (first, last), members in full.items():
        if first.title() in listed or len({index for index, _ in members}) > 1:
            firsts[last].add(first)

    def gender_of(first: str, last: str) -> str | None:
        """By the honorifics its articles give it ("Ms."), else by the given-name list."""
        votes = said[(first, last)]
        for one, other in (("m", "f"), ("f", "m")):
            if votes[one] >= 2 and votes[one] >= 2 * votes[other]:
                return one
        return listed.get(first.title())

    groups: dict[str, list[MemberKey]] = defaultdict(list)
    ambiguous: set[str] = set()
    for (first, last), members in full.items():
        groups[f"{first} {last}"].extend(members)
    for member, actor, tokens in short:
        if not tokens:
            continue
        last = tokens[-1]
        initial = tokens[0] if len(tokens) >= 2 else ""
        fits = sorted(f for f in firsts.get(last, ()) if f.startswith(initial))
        if len(fits) > 1:
            # title + surname: "Mr. X", "President X" or a "she" tells which X it is, but never
            # for a rarer X over a more frequent one it rules out (the given-name list and the
            # pronouns are not always right)
            gender, held = _gender(actor), _offices(actor)
            narrowed = fits
            if gender:
                known = [f for f in fits if gender_of(f, last) == gender]
                unknown = [f for f in fits if gender_of(f, last) is None]
                narrowed = known or unknown or fits
            if held and len(narrowed) > 1:
                narrowed = [f for f in narrowed if held & offices[(f, last)]] or narrowed
            weight = {f: len(full[(f, last)]) for f in fits}
            if len(narrowed) == 1 and all(
                weight[narrowed[0]] >= weight[f] for f in fits if f not in narrowed
            ):
                fits = narrowed
        if len(fits) == 1:
            groups[f"{fits[0]} {last}"].append(member)
        elif initial and not fits:
            groups[f"{initial} {last}"].append(member)
        else:
            groups[last].append(member)
            if len(fits) > 1:
                ambiguous.add(last)
    return [(key, members, key in ambiguous) for key, members in groups.items()]


def _join_acronyms(items: list[tuple[MemberKey, Actor]], union: _Union) -> None:
    """ "FBI" joins "Federal Bureau of Investigation" when no other name has those initials and
    some article uses both (so "NBC" does not join a lone "National Bowling Club")."""
    spelled_by: dict[str, set[MemberKey]] = defaultdict(set)
    written_by: list[tuple[MemberKey, set[str]]] = []
    for member, actor in items:
        written, spelled = _acronyms(actor)
        for short in spelled:
            spelled_by[short].add(member)
        if written:
            written_by.append((member, written))
    written_in: dict[str, set[int]] = defaultdict(set)
    for (index, _), written in written_by:
        for short in written:
            written_in[short].add(index)
    for member, written in written_by:
        for short in written:
            full = spelled_by.get(short, set())
            together = any(index in written_in[short] for index, _ in full)
            roots = {union.find(m) for m in full}
            if len(roots) == 1 and together:
                union.union(member, roots.pop())


def link(documents: Sequence[Sequence[Actor]]) -> Linking:
    """Corpus actors of the per-article actors of each document (a list per document)."""
    actors: dict[MemberKey, Actor] = {}
    linking = Linking(actors=[])
    people: list[tuple[MemberKey, Actor]] = []
    others: dict[str, list[tuple[MemberKey, Actor]]] = defaultdict(list)
    for index, doc_actors in enumerate(documents):
        for actor in doc_actors:
            member = (index, actor.id)
            actors[member] = actor
            if not is_named(actor):
                linking.unnamed.add(member)
            elif actor.kind == "person":
                people.append((member, actor))
            else:
                others[actor.kind].append((member, actor))

    found: list[tuple[str, str, list[MemberKey], bool]] = []  # (kind, id key, members, ambiguous)
    for key, members, ambiguous in _link_people(people):
        found.append(("person", key, members, ambiguous))
    for kind, items in others.items():
        union = _Union()
        owner: dict[str, MemberKey] = {}
        for member, actor in items:
            union.find(member)
            for key in _keys(actor):
                if key in owner:
                    union.union(owner[key], member)
                else:
                    owner[key] = member
        if kind in ACRONYM_KINDS:
            _join_acronyms(items, union)
        clusters: dict[MemberKey, list[MemberKey]] = defaultdict(list)
        for member, _ in items:
            clusters[union.find(member)].append(member)
        for members in clusters.values():
            found.append((kind, _display([actors[m] for m in members]), members, False))

    used: set[str] = set()
    for kind, key, members, ambiguous in sorted(found, key=lambda f: (f[0], slug(f[1]), f[1])):
        members.sort()
        if kind == "person":
            full_names = [actors[m].name for m in members if len(person_tokens(actors[m].name)) > 1]
            name = _most_used(full_names or [actors[m].name for m in members])
        else:
            name = key
        base = f"{kind}/{slug(norm(key))}"
        corpus_id, n = base, 1
        while corpus_id in used:
            n += 1
            corpus_id = f"{base}-{n}"
        used.add(corpus_id)
        names = _most_used_list(t for m in members for t in _names_of(actors[m]))
        mentions = sum(len(actors[m].mentions) for m in members)
        linking.actors.append(
            CorpusActor(corpus_id, name, kind, names, members, ambiguous, mentions)
        )
        for m in members:
            linking.of[m] = corpus_id
    return linking


def _display(members: list[Actor]) -> str:
    """The most used name; for a country its full name when the articles use it too ("U.S."
    shows as "United States", but "N.C." is not taken for New Caledonia's code)."""
    name = _most_used(a.name for a in members)
    if members[0].kind == "country":
        country = countries().country(name)
        if country and any(norm(t) == norm(country) for a in members for t in _names_of(a)):
            return country
    return name


def _most_used_list(names: Iterable[str]) -> list[str]:
    counts = Counter(" ".join(n.split()) for n in names)
    return sorted(counts, key=lambda n: (-counts[n], n))
