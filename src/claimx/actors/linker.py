"""The learned linker: which two named actors the name rules kept apart are one actor.

The name rules (names.py) merge the variants they know ("Jane Doe" ~ "Doe", acronyms they see
introduced, post-nominal letters and accents: rules.names.person_words). What they miss
("Pirates" ~ "Pittsburgh Pirates", "LV" ~ "LibriVox", "UC Berkeley" ~ "University of
California, Berkeley") is decided here by a
logistic regression over string, kind and distance features of each pair of actors that share
a name word or an initialism. The weights are trained by `train/train_linker.py` on the GUM gold
in ../shared/eval and read from `models/linker.json` with numpy only.

Pairs are merged best first while their probability is above the model's threshold; a pair of
people whose given names differ, a person and a country, or a relative named after a noun for
kin and the surname alone, is never merged (hard constraints).
"""

from __future__ import annotations

import math
import unicodedata
from bisect import bisect_left
from functools import cache, lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

from claimx.actors import constructions as C
from claimx.actors.evidence import pair_kinds
from claimx.actors.words import NAME_JOINERS
from claimx.rules.names import (
    countries,
    gender_nouns,
    generic_name_words,
    org_name_words,
    org_nouns,
    place_nouns,
    same_given,
    title_words,
    union,
)
from claimx.rules.registry import declare, note
from claimx.rules.weights import Weights

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

    from claimx.actors.store import Actors, _Actor

MODEL_FILE = "linker.json"

LINK = declare(
    "actor.linked-name",
    trigger="two named actors sharing a name word or an initialism",
    description="a learned pair scorer (models/linker.json) joins name variants the rules keep "
    "apart: a name with and without a middle name, the initials of a camel-case name, a short form",
    examples=[
        "Volunteers at StoryNook record books for free. SN has released two hundred titles so far.",
        "Readers of PageLoom can borrow e-books. PL says its catalogue doubled in 2010.",
    ],
)

FEATURES = (
    "bias",
    "same_key",
    "same_last",
    "same_first",
    "jaccard",
    "subset",
    "acronym",
    "ascii_same",
    "head_same",
    "first_conflict",
    "both_person",
    "kind_same",
    "person_vs_other",
    "country_involved",
    "short_is_single",
    "title_words",
    "org_words",
    "log_distance",
    "log_mentions_min",
    "both_multiword",
    "extra_words",
    "contiguous",
    "suffix",
    "prefix",
    "shared_generic",
    "place_and_body",
    "subsequence",
    "subsequence_multiword",
    "person_subsequence",
    "body_suffix",
    "single_is_first",
    "single_is_last",
    "acronym_prefix",
    "gender_conflict",
    "log_mentions_max",
    "ambiguity",
    "both_titled",
    "same_affiliation",
    "after_of",
    "single_is_inner",
)


@lru_cache(maxsize=1 << 16)  # asked for every name word of every pair: words repeat
def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _words(actor: _Actor) -> set[str]:
    return {w for key in actor.keys for w in key.split() if w not in NAME_JOINERS}


@lru_cache(maxsize=1 << 16)  # asked for every key of a pair, both ways round: keys repeat
def _initials(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in NAME_JOINERS and w != "the" and w)


def _camel_initials(actor: _Actor) -> str:
    """The capitals of a one-word name written in camel case: "LibriVox" gives "lv"."""
    name = actor.name
    if " " in name or name.isupper():
        return ""  # the two cheap tests first: most names have a space
    caps = "".join(filter(str.isupper, name))
    return caps.lower() if len(caps) >= 2 else ""


def _all_initials(actor: _Actor) -> set[str]:
    out = {_initials(k) for k in actor.keys if len(k.split()) >= 2}
    camel = _camel_initials(actor)
    return out | {camel} if camel else out


def _acronym(a: _Actor, b: _Actor) -> bool:
    for x, y in ((a, b), (b, a)):
        initials = _all_initials(y)
        for short in x.keys:
            bare = short.replace(" ", "")
            if 2 <= len(bare) <= 6 and bare.isalpha() and " " not in short and bare in initials:
                return True
    return False


def _contiguous(a: _Actor, b: _Actor) -> bool:
    """One name's words run unbroken inside the other's ("red sox" in "boston red sox")."""
    for x in a.keys:
        for y in b.keys:
            short, long_ = sorted((x, y), key=len)
            if short != long_ and f" {short} " in f" {long_} ":
                return True
    return False


def _affix(a: _Actor, b: _Actor, suffix: bool) -> bool:
    """The shorter name ends (or begins) the longer: "Red Sox" ~ "Boston Red Sox" (a suffix,
    usually the same body), "Boston" ~ "Boston Red Sox" (a prefix, usually another thing)."""
    for x in a.keys:
        for y in b.keys:
            short, long_ = sorted((x.split(), y.split()), key=len)
            if len(short) < len(long_) and (
                long_[-len(short) :] == short if suffix else long_[: len(short)] == short
            ):
                return True
    return False


def _in_order(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(w in it for w in short)


def _subsequence(a: _Actor, b: _Actor) -> int:
    """Words in the shorter of two names (accents dropped) that the longer has in the same
    order, when it has all of them: "Brock Holt" in "Brock Wyatt Holt" gives 2; else 0."""
    best = 0
    for x in a.keys:
        for y in b.keys:
            short, long_ = sorted((_ascii(x).split(), _ascii(y).split()), key=len)
            if (
                short
                and len(short) < len(long_)
                and _in_order(short, long_)
                or short
                and short == long_
            ):
                best = max(best, len(short))
    return best


def _acronym_prefix(a: _Actor, b: _Actor) -> bool:
    """A name opens with the other's initialism: "UNC Greensboro" ~ "University of North
    Carolina", "UC Berkeley" ~ "University of California, Berkeley"."""
    for x in a.keys | b.keys:
        words = x.split()
        if len(words) < 2 or not 2 <= len(words[0]) <= 6:
            continue
        rest = _initials(" ".join(words[1:]))
        for y in a.keys | b.keys:
            if y != x and len(y.split()) >= 2 and _initials(y) in (words[0], words[0] + rest):
                return True
    return False


def _after_of(a: _Actor, b: _Actor) -> bool:
    """The shorter name comes after "of" or "for" in the longer: "Boston Red Sox of Major League
    Baseball" ~ "Major League Baseball", a member or a part of the other, mostly."""
    for x in a.keys:
        for y in b.keys:
            short, long_ = sorted((x, y), key=len)
            if short != long_ and (f" of {short}" in long_ or f" for {short}" in long_):
                return True
    return False


def _single_is(a: _Actor, b: _Actor, index: int) -> bool:
    """A one-word name is the other's first (index 0) or last (-1) word: "Mike" ~ "Mike Rowe"."""
    for x in a.keys | b.keys:
        if " " in x:
            continue
        for y in b.keys if x in a.keys else a.keys:
            words = y.split()
            if len(words) >= 2 and words[index] == x:
                return True
    return False


def _single_is_inner(a: _Actor, b: _Actor) -> bool:
    """A one-word name is an inner word of the other's, and neither its first nor last: "Tan"
    in "Mei Tan Ruiz" (a family name kept as a middle name: often a relative)."""
    for x in a.keys | b.keys:
        if " " in x:
            continue
        for y in b.keys if x in a.keys else a.keys:
            words = y.split()
            if len(words) >= 3 and x in words[1:-1] and x not in (words[0], words[-1]):
                return True
    return False


def _first_mention(actor: _Actor) -> int:
    return min(s for s, _ in actor.mentions) if actor.mentions else 0


def kin_named(doc: Doc, actors: Iterable[_Actor]) -> frozenset[str]:
    """Actors one of whose names follows a noun for a relative ("his first daughter Rulan Chao
    Pian", "her brother Johann"): someone's relative, who often shares that one's family name."""
    from claimx.actors.relations import kin_words
    from claimx.rules.docview import words_of

    kin = kin_words()
    w = words_of(doc)
    out = set()
    for actor in actors:
        if actor.kind != "person":
            continue  # a relative is a person
        for (_s, e), form in actor.mentions.items():
            if form != "name":
                continue
            k = bisect_left(w.idx, e) - 1  # the name's last word (a column, not a span)
            while k >= 0 and (w.pos[k] in ("ADJ", "NUM", "PROPN") or w.tag[k] == "POS"):
                k -= 1  # the name's own words, "first", "younger"
            if k >= 0 and w.lemma[k].lower() in kin:
                out.add(actor.id)
                break
    return frozenset(out)


def features(a: _Actor, b: _Actor, ambiguity: int = 1) -> list[float]:
    """The feature vector of one pair, in the order of `FEATURES` (`ambiguity`: how many
    candidate pairs the shorter of the two names is in)."""
    wa, wb = _words(a), _words(b)
    either = wa | wb
    inter = wa & wb
    lasts_a = {k.split()[-1] for k in a.keys if k}
    lasts_b = {k.split()[-1] for k in b.keys if k}
    firsts_a = {k.split()[0] for k in a.keys if len(k.split()) >= 2}
    firsts_b = {k.split()[0] for k in b.keys if len(k.split()) >= 2}
    ascii_a = {_ascii(k) for k in a.keys}
    ascii_b = {_ascii(k) for k in b.keys}
    person = ("person",)
    ka, kb = pair_kinds(a, b)  # "Pirates" a place beside "Pittsburgh Pirates": one body
    kinds = {ka, kb}
    titles = title_words()
    orgs = org_nouns()
    distance = abs(_first_mention(a) - _first_mention(b))
    subsequence, suffix = _subsequence(a, b), _affix(a, b, suffix=True)  # each read twice or more
    longest_a = max((len(k.split()) for k in a.keys), default=0)
    longest_b = max((len(k.split()) for k in b.keys), default=0)
    return [
        1.0,
        float(bool(a.keys & b.keys)),
        float(bool(lasts_a & lasts_b)),
        float(bool(firsts_a & firsts_b)),
        len(inter) / len(either) if either else 0.0,
        float(bool(wa and wb and (wa <= wb or wb <= wa))),
        float(_acronym(a, b)),
        float(bool(ascii_a & ascii_b)),
        float(_ascii(a.name.split()[-1].lower()) == _ascii(b.name.split()[-1].lower()))
        if a.name and b.name
        else 0.0,
        float(
            a.kind in person
            and b.kind in person
            and bool(firsts_a and firsts_b)
            and not firsts_a & firsts_b
        ),
        float(a.kind in person and b.kind in person),
        float(ka == kb),
        float(len(kinds) == 2 and "person" in kinds),
        float(bool(kinds & {"country"})),
        float(min(longest_a, longest_b) == 1),
        float(bool(either & titles)),
        float(bool(either & orgs)),
        math.log1p(distance / 100),
        math.log1p(min(len(a.mentions), len(b.mentions))),
        float(longest_a >= 2 and longest_b >= 2),
        float(len(either - inter)),
        float(_contiguous(a, b)),
        float(suffix),
        float(_affix(a, b, suffix=False)),
        float(bool(inter) and inter <= union(org_nouns, title_words, generic_name_words)),
        float(bool(kinds & {"place", "country"}) and bool(kinds & {"organization", "group"})),
        float(subsequence > 0),
        float(subsequence > 1),
        float(subsequence > 0 and a.kind == "person" and b.kind == "person"),
        float(suffix and not kinds & {"person", "country", "place"}),
        float(_single_is(a, b, 0)),
        float(_single_is(a, b, -1)),
        float(_acronym_prefix(a, b)),
        float(bool(a.gender and b.gender and a.gender != b.gender)),
        math.log1p(max(len(a.mentions), len(b.mentions))),
        math.log(max(ambiguity, 1)),
        float(bool(a.titles and b.titles)),
        float(bool(a.affiliation & b.affiliation)),
        float(_after_of(a, b)),
        float(_single_is_inner(a, b)),
    ]


def pair_features(pairs: list[tuple[_Actor, _Actor]]) -> list[list[float]]:
    """Feature rows of candidate pairs; the ambiguity of a pair is how many pairs its actor with
    the fewer name words is in (a surname shared by a family says less)."""
    count: dict[str, int] = {}
    for a, b in pairs:
        count[a.id] = count.get(a.id, 0) + 1
        count[b.id] = count.get(b.id, 0) + 1

    def size(actor: _Actor) -> int:
        return min((len(k.split()) for k in actor.keys), default=0)

    rows = []
    for a, b in pairs:
        short = a if size(a) <= size(b) else b
        rows.append(features(a, b, count[short.id]))
    return rows


def candidate_pairs(store: Actors) -> list[tuple[_Actor, _Actor]]:
    """Pairs of named actors that share a name word or where one is the other's initialism."""
    named = [a for a in store._actors if a.named and a.mentions and a.keys]
    by_word: dict[str, list[tuple[int, str]]] = {}  # a word (accents dropped) -> (actor, word)
    by_initials: dict[str, list[int]] = {}
    country = countries().country
    shorts = []  # (actor, a key or its first word), looked up among the initials below
    for k, actor in enumerate(named):
        found: set[str] = set()  # `_words` and `_all_initials` (and "uc" of "university of
        for key in actor.keys:  # california berkeley"), each key split once
            parts = key.split()
            found.update(parts)
            if len(parts) >= 2:  # (a one-word key has no initials)
                words = [w for w in parts if w not in NAME_JOINERS and w != "the"]
                by_initials.setdefault("".join([w[0] for w in words]), []).append(k)
                if len(words) >= 3:
                    by_initials.setdefault("".join([w[0] for w in words[:-1]]), []).append(k)
            # a key or its first word as initials: "unc greensboro" ~ "university of north ..."
            short = parts[0] if " " in key else key
            if 2 <= len(short) <= 6:
                shorts.append((k, short))
        for w in found - NAME_JOINERS:
            if len(w) >= 2:
                by_word.setdefault(_ascii(w), []).append((k, w))
        if camel := _camel_initials(actor):
            by_initials.setdefault(camel, []).append(k)
    seen: set[tuple[int, int]] = set()
    for shared in by_word.values():  # a word of one name pairs it with none: no country test
        if len(shared) >= 2 and len(ids := [k for k, w in shared if not country(w)]) <= 12:
            seen.update(combinations(ids, 2))  # (`ids` ascend; a word of many names says nothing)
    for k, short in shorts:
        for other in by_initials.get(short, []):
            if other != k:
                seen.add((min(k, other), max(k, other)))
    return [(named[x], named[y]) for x, y in sorted(seen)]


def allowed_pairs(store: Actors) -> list[tuple[_Actor, _Actor]]:
    """The candidate pairs the hard constraints leave, a relative's among them: a surname alone
    is not the relative named with a noun for kin ("Chao" ~ "his first daughter Rulan Chao
    Pian"), whom the article names in full; the surname goes on meaning its subject."""
    pairs = [(a, b) for a, b in candidate_pairs(store) if _allowed(a, b)]
    if not pairs:
        return pairs
    kin = kin_named(store.doc, {x.id: x for pair in pairs for x in pair}.values())
    if not kin:
        return pairs
    kept = [(a, b) for a, b in pairs if not _relative_apart(a, b, kin)]
    if len(kept) < len(pairs):
        note(C.RELATIVE_APART)
    return kept


def _relative_apart(a: _Actor, b: _Actor, kin: frozenset[str]) -> bool:
    if (a.id in kin) == (b.id in kin):
        return False
    single = b if a.id in kin else a
    return single.kind == "person" and all(" " not in k for k in single.keys)


def _allowed(a: _Actor, b: _Actor) -> bool:
    """Hard constraints the model may not overrule: a country is only itself (and no other
    country); "Mr" is not a woman, "Ms" not a man; two full names ending differently are two
    people; a person is not a place, nor a body whose
    name holds a word for a body ("the Ruth Okafor Trust"); a name and a longer name that adds
    a word for a body or a place to it ("Texas" ~ "Texas Museum of Art", "Legion" ~ "Legion
    Hall") are two things, and so are a place and a body named after it; two given names
    differ."""
    kinds = {a.kind, b.kind}
    if "country" in kinds and len(kinds) == 2:
        return False
    if kinds == {"person"}:
        if _full_names_differ(a, b):
            return False  # "Harry Kane" and "Harry Maguire": one given name, two people
        ta, tb = _title_gender(a), _title_gender(b)
        if (
            (ta or tb)
            and (ta or a.gender)
            and (tb or b.gender)
            and (ta or a.gender) != (tb or b.gender)
        ):
            return False  # "Mr Lindgren" is not "Anna Lindgren"
    if a.country and b.country and a.country != b.country:
        return False  # "United Kingdom" and "United States" share a word, not a country
    if "person" in kinds and kinds & {"country", "place"}:
        return False
    if kinds & {"place", "country"} and kinds & {"organization", "group"} and _named_after(a, b):
        return False
    bodies = union(org_nouns, org_name_words, place_nouns, generic_name_words)
    if "person" in kinds and len(kinds) == 2:
        other = b if a.kind == "person" else a
        if _words(other) & bodies:
            return False
    if "person" not in kinds and _acronym_prefix(a, b):
        # "Berkeley" joined with "UC Berkeley" is "University of California, Berkeley": the
        # initialism says the body words belong to the short name too
        return True
    # judged on the closest pair of names: "Red Sox" ~ "Boston Red Sox" stands, though the body
    # is also "Boston Red Sox of Major League Baseball"
    added = []
    for x in a.keys:
        for y in b.keys:
            short, long_ = sorted((x.split(), y.split()), key=len)
            if len(short) < len(long_) and _in_order(short, long_):
                if long_[-len(short) :] == short and short[-1] in bodies:
                    # "Gazette" ~ "Linden Valley Gazette": the body's own noun, qualified
                    added.append(False)
                    continue
                added.append(bool(set(long_) - set(short) & bodies))
    if added and all(added):
        return False
    return not (
        a.first
        and b.first
        and not same_given(_ascii(a.first), _ascii(b.first))
        and "person" in kinds
    )  # "Zaha" and "Zahā", "Larry" and "Lawrence" are one given name


def _full_names_differ(a: _Actor, b: _Actor) -> bool:
    """Two people whose full names (two words or more) end differently, and neither of whose
    one-word names is a word of the other's: "Matthew Goode" ("Goode") and "Matthew Vaughn"."""
    full_a = [k for k in a.keys if " " in k]
    full_b = [k for k in b.keys if " " in k]
    if not full_a or not full_b:
        return False
    lasts_a = {_ascii(k.split()[-1]) for k in full_a}
    lasts_b = {_ascii(k.split()[-1]) for k in full_b}
    words_a = {_ascii(w) for k in a.keys for w in k.split()}
    words_b = {_ascii(w) for k in b.keys for w in k.split()}
    singles_a = {_ascii(k) for k in a.keys if " " not in k}
    singles_b = {_ascii(k) for k in b.keys if " " not in k}
    if lasts_a & lasts_b or singles_a & words_b or singles_b & words_a:
        return False  # a surname alone ("Goode") may be either's
    # "Alicia M" is "Alicia Machado" cut short: an initial agrees with the surname it opens
    return not any(min(len(x), len(y)) == 1 and x[0] == y[0] for x in lasts_a for y in lasts_b)


def _title_gender(actor: _Actor) -> str | None:
    """ "m" or "f" from a title that says it ("Mr", "Ms", "Mrs")."""
    for title in actor.titles:
        words = title.lower().split()
        found = gender_nouns().get(words[0]) if words else None
        if found:
            return found
    return None


def _named_after(a: _Actor, b: _Actor) -> bool:
    """A place and a body whose name opens with it or has it after "of"/"de" ("Boston" and
    "Boston Red Sox", "Paris" and "Conservatoire de Paris"): the body is named after the place."""
    place, body = (a, b) if a.kind in ("place", "country") else (b, a)
    for short in place.keys:
        for long_ in body.keys:
            words, inner = long_.split(), short.split()
            n = len(inner)
            if len(words) <= n:
                continue
            if words[:n] == inner:
                return True
            for k in range(1, len(words) - n + 1):
                if words[k : k + n] == inner and words[k - 1] in ("of", "de", "du", "di", "del"):
                    return True
    return False


class Model:
    """Logistic regression weights over `FEATURES`, standardised inputs."""

    def __init__(self, data: dict[str, object]) -> None:
        self.weights = np.asarray(data["weights"], dtype=float)
        self.mean = np.asarray(data["mean"], dtype=float)
        self.scale = np.asarray(data["scale"], dtype=float)
        self.threshold = float(data.get("threshold", 0.5))  # type: ignore[arg-type]

    def probabilities(self, rows: list[list[float]]) -> np.ndarray:
        x = (np.asarray(rows, dtype=float) - self.mean) / self.scale
        return 1.0 / (1.0 + np.exp(-(x @ self.weights)))


_WEIGHTS = Weights(MODEL_FILE)
use_fold = _WEIGHTS.use_fold


def _models() -> dict[str, object]:
    return _WEIGHTS.data


@cache
def _model(fold: int | None) -> Model | None:
    data = _models()
    if not data:
        return None
    if fold is None:
        return Model(data["model"])  # type: ignore[arg-type]
    return Model(data["folds"][fold])  # type: ignore[index]


def fold_of() -> dict[str, int]:
    """Training document name -> the cross-validation fold it was held out in."""
    folds: dict[str, int] = _models().get("fold_of", {})  # type: ignore[assignment]
    return folds


def link_names(store: Actors) -> dict[str, str]:
    """Merge the pairs the model accepts; returns dropped id -> kept id."""
    model = _model(_WEIGHTS.fold)
    if model is None:
        return {}
    pairs = allowed_pairs(store)
    if not pairs:
        return {}
    probs = model.probabilities(pair_features(pairs))
    order = sorted(range(len(pairs)), key=lambda k: (-probs[k], k))
    renamed: dict[str, str] = {}

    def find(actor_id: str) -> str:
        while actor_id in renamed:
            actor_id = renamed[actor_id]
        return actor_id

    for k in order:
        if probs[k] < model.threshold:
            break
        a, b = find(pairs[k][0].id), find(pairs[k][1].id)
        if a == b or not _allowed(store.get(a), store.get(b)):
            continue
        keep, drop = sorted((a, b), key=lambda i: int(i[1:]))
        # the kind of the one mentioned more often: "Mehmet Oz" labelled a body once, "Oz" a
        # person fifty times, is a person
        ka, kb = store.get(keep), store.get(drop)
        kind = kb.kind if len(kb.mentions) > len(ka.mentions) else ka.kind
        if ka.said_person or kb.said_person:
            kind = "person"  # "Holt is an American baseball player"
        store._merge(keep, drop)
        ka.kind = kind
        renamed[drop] = keep
        note(LINK)
    return {drop: find(drop) for drop in renamed}
