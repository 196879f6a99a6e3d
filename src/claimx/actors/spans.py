"""Token and span tests the name passes share: what is capitalised, acting, located, in an
address or a contest, and how two name strings compare."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.actors.words import (
    ACTING,
    ACTING_PREPS,
    LOCATIVE,
    NOT_NAMES,
    STATE_ACTS,
)
from claimx.rules.docview import (
    IDS_DEP,
    IDS_ORTH,
    IDS_POS,
    Verdicts,
    root_at,
    span_at,
    text_between,
    tokens_of,
    words_of,
)
from claimx.rules.names import (
    contest_verbs,
    countries,
    first_name_gender,
    norm,
    org_name_words,
    org_nouns,
    person_nouns,
    place_nouns,
    regions,
    title_words,
    union,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

    from claimx.schema import ActorKind


#: the tags of proper nouns: a run of them is tested on a slice of the tag column, with no
#: generator per run
_PROPER_TAGS = frozenset(("NNP", "NNPS"))


def _fuller(new: str, old: str) -> bool:
    """Is `new` the better display name: not an acronym, more words, more letters."""
    n, o = new.split(), old.split()
    return (not new.replace(".", "").isupper(), len(n), len(new)) > (
        not old.replace(".", "").isupper(),
        len(o),
        len(old),
    )


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def _initial_of(word: str, first: str) -> bool:
    return len(word) == 1 and first.startswith(word)


def _span_country(doc: Doc, start: int, end: int) -> str | None:
    """Country named by a demonym or a possessive inside a description (tokens `start` to
    `end`), read from the word columns."""
    table = countries()
    words = words_of(doc)
    root = root_at(words, start, end) if start < end else -1
    for i in range(start, end):
        if i == root:
            continue
        found = table.demonym(words.text[i])
        if found is None and words.pos[i] == "PROPN":
            found = table.country(words.text[i])
        if found:
            return found
    return None


def _is_acting(tok: Token) -> bool:
    """A place name used as an agent: subject, possessor, object, or after "from"/"by"."""
    dep = tok.dep_
    if dep in ACTING:
        return True
    if dep == "pobj" and tok.head.lower_ in ACTING_PREPS:
        return True
    if dep == "compound" and tok.head.pos_ == "NOUN":  # "Kremlin discussions"
        return True
    # "Moscow's response"
    return dep == "poss" and tok.head.lemma_.lower() in STATE_ACTS


def _determiner_before(doc: Doc, i: int) -> int | None:
    """Start of the determiner or possessor right before token i ("the", "Tunisia's")."""
    if i == 0:
        return None
    words = words_of(doc)
    if words.lower[i - 1] in ("the", "a", "an") or words.tag[i - 1] == "PRP$":
        return i - 1
    if words.tag[i - 1] == "POS" and i >= 2:
        return tokens_of(doc)[i - 2].left_edge.i
    return None


def _in_brackets_after(doc: Doc, start: int, previous_end: int) -> bool:
    """Is the name at `start` bracketed right after a name that ended at `previous_end`?"""
    words = words_of(doc)
    k = start - 1
    while k >= previous_end and (words.lower[k] in ("the", "(") or words.space[k]):
        if words.text[k] == "(":
            return k == previous_end or (k == previous_end + 1 and words.tag[previous_end] == "POS")
        k -= 1
    return False


def _person_beside_body(kind: str | None, before: str) -> bool:
    """A person's name bracketed after a body's or a place's, or the reverse ("Notes from the
    Cellar (Petrovsky)", "Jan Ostrova (Labour)"): an author or a party, not another name."""
    if kind is None:
        return False
    return (kind == "person") != (before == "person")


def _only_titles(doc: Doc, start: int, end: int, label: str) -> bool:
    """ "President", "US President", "Chilean Ambassador": titles with at most a nationality
    (tokens `start` to `end`)."""
    words = title_words()
    columns = words_of(doc)
    lower, text = columns.lower, columns.text
    if label == "NORP" or words.isdisjoint(lower[start:end]):
        return False
    table = countries()
    return all(
        lower[k] in words or table.demonym(text[k]) or table.country(text[k])
        for k in range(start, end)
    )


def _in_address(span: Span) -> bool:
    """ "Dayton, Ohio": a place name next to another, separated by a comma."""
    return in_address_at(span.doc, span.start, span.end)


def in_address_at(doc: Doc, start: int, end: int) -> bool:
    """`_in_address` of the tokens `start` to `end` (half-open), with no `Span` made."""
    words = words_of(doc)
    if end + 1 < len(words.text) and words.text[end] == "," and words.ent_type[end + 1] == "GPE":
        return True
    return start >= 2 and words.text[start - 1] == "," and words.ent_type[start - 2] == "GPE"


def _in_contest(tok: Token) -> bool:
    """Subject or object of a verb of sporting contest: "Ghana beat Norway"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return tok.dep_ in ("nsubj", "dobj", "pobj", "conj") and head.lemma_.lower() in contest_verbs()


def _is_located(tok: Token) -> bool:
    """A place name after a preposition of place: "in Moscow", "at the White House"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE


def _tokens_with_dep(doc: Doc, dep: str) -> Iterator[Token]:
    """Tokens with this dependency label, found in an array: no Token object for the others."""
    tokens = tokens_of(doc)
    for i in _indices_with_dep(doc, dep):
        yield tokens[i]


def _indices_with_dep(doc: Doc, dep: str) -> list[int]:
    """Indices of the tokens with this dependency label, found in an array."""
    if not len(doc):
        return []
    label = doc.vocab.strings[dep]
    indices: list[int] = (words_of(doc).ids[:, IDS_DEP] == label).nonzero()[0].tolist()
    return indices


def _capitalised(doc: Doc, taken: bytearray) -> list[int]:
    """Tokens whose first character is upper case and that are not `taken` (a byte a token),
    found from the words' ids (each distinct word tested once): no `Token` object per token."""
    import numpy

    if not len(doc):
        return []
    upper = _verdicts()[0].of(words_of(doc).serials[:, IDS_ORTH], lambda w: w[:1].isupper())
    free = numpy.frombuffer(bytes(taken), dtype=numpy.uint8) == 0
    return (upper & free).nonzero()[0].tolist()


def _lower_case_nouns(doc: Doc) -> set[str]:
    """Common nouns as written in lower case: the nouns found in the ids, their forms read from
    the text column (no Token object per token; sorting the forms' ids to test each once cost
    more than testing every noun)."""
    from spacy.symbols import NOUN

    if not len(doc):
        return set()
    words = words_of(doc)
    text = words.text
    return {
        word
        for word in [text[i] for i in (words.ids[:, IDS_POS] == NOUN).nonzero()[0].tolist()]
        if word.islower()
    }


def _camel_case_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the camel-case words, each distinct word tested once: alphabetic, neither
    lower, upper nor title case (spaCy's IS_* flags), then `_camel_case`."""

    if not len(doc):
        return frozenset()
    camel = _verdicts()[1].of(words_of(doc).serials[:, IDS_ORTH], _mixed_camel)
    return frozenset(camel.nonzero()[0].tolist())


@cache
def _verdicts() -> tuple[Verdicts, Verdicts]:
    """Verdicts per word id kept across documents (ids are the same in every document):
    capitalised, camel case."""
    return Verdicts(), Verdicts()


def _mixed_camel(word: str) -> bool:
    mixed = word.isalpha() and not (word.islower() or word.isupper() or word.istitle())
    return mixed and _camel_case(word)


def _camel_case(word: str) -> bool:
    """A word opening with two lower-case letters or more, a capital inside: "wikiHow" (not
    the products "iPhone", "eBook")."""
    return (
        len(word) >= 4
        and word[:2].islower()
        and not word.islower()
        and word.isalpha()
        and not word[1:].isupper()
    )


def _inverted_name(doc: Doc, surname: int, given: int, end: int) -> bool:
    """ "Austen, Jane. Pride and Prejudice", "Marx, Karl and Engels, Friedrich": a surname
    opening a line (or after "and"), a comma, then given names ending at a full stop, "and" or
    the line's end: one person's name, written as in a list of books. (A token's trailing
    whitespace is one space or none: a line break is a space token of its own.)"""
    words = words_of(doc)
    text, lower, tag, space = words.text, words.lower, words.tag, words.space
    if given != surname + 2 or not 1 <= end - given <= 3 or text[surname + 1] != ",":
        return False
    before = surname - 1
    if not (
        before < 0 or (space[before] and "\n" in text[before]) or lower[before] in ("and", "&")
    ):
        return False
    if tag[surname] != "NNP" or not all(tag[k] == "NNP" for k in range(given, end)):
        return False
    if text[given] not in first_name_gender():
        return False
    return (
        end >= len(text)
        or text[end] in (".", ";")
        or lower[end] in ("and", "&")
        or (space[end] and "\n" in text[end])
    )


def _person_after_body(doc: Doc, start: int, end: int) -> int | None:
    """ "the Council on Fair Trade Lena Varga said": a body's name the recogniser ran into the
    given name and surname of the person after it. The token where the person's name begins."""
    given = end - 2
    names = first_name_gender()
    if end - start < 4:
        return None
    words = words_of(doc)
    text, lower, tag = words.text, words.lower, words.tag
    # a given name the table knows, or any name after a plural that ends a body's name
    # ("the Council of Farm Workers Dana Mirel", "the Union of Dock Workers Ilse Brandt")
    if text[given] not in names and not (
        tag[given - 1] == "NNPS" and tag[given] == "NNP" and tag[end - 1] == "NNP"
    ):
        return None
    if not _PROPER_TAGS.issuperset(tag[given:end]):
        return None
    body = range(start, given)
    if (
        text[given - 1] in names
        or lower[end - 1] in union(org_name_words, org_nouns)
        or not any(lower[k] in org_nouns() for k in body)
        or not any(lower[k] in ("of", "on", "for") for k in body)
    ):
        return None
    return given


def _given_name_first(doc: Doc, start: int, end: int) -> bool:
    """ "Ruth Okonjo": a run of proper nouns (tokens `start` to `end`) opening with a known
    given name."""
    words = words_of(doc)
    text, lower = words.text, words.lower
    first = text[start]
    table = countries()
    run = range(start, end)
    return (
        end - start >= 2
        and _PROPER_TAGS.issuperset(words.tag[start:end])
        and first[:1].upper() + first[1:].lower() in first_name_gender()
        # "Washington Post", "Boston Globe": a place's name, not a given name
        and norm(first) not in table.capitals
        and lower[end - 1] not in org_name_words()
        and not any(table.demonym(text[k]) or table.country(text[k]) for k in run)
        and not any(
            lower[k] in title_words() or lower[k] in place_nouns() or lower[k] in org_nouns()
            for k in run
        )
    )


def _names_a_thing(doc: Doc, start: int, end: int) -> bool:
    """A name (tokens `start` to `end`) modifying a common noun that is no body, person or
    place: "the X Cup trophy"."""
    words = words_of(doc)
    last = end - 1
    head = words.head[last]
    return (
        words.dep[last] == "compound"
        and head == end
        and words.pos[head] == "NOUN"
        and words.lemma[head].lower() not in org_nouns()
        and words.lemma[head].lower() not in person_nouns()
        and words.lemma[head].lower() not in place_nouns()
    )


def _bare_name(doc: Doc, start: int, end: int) -> bool:
    """A name with no word that tells its kind: no body, place or title noun in it."""
    words = set(words_of(doc).lower[start:end])
    return not (words & org_nouns() or words & union(place_nouns) or words & title_words())


def _guess_kind(doc: Doc, start: int, end: int) -> ActorKind:
    """Kind of a proper-noun run (tokens `start` to `end`) the recogniser did not label."""
    lower = words_of(doc).lower
    if (
        place_nouns().get(lower[end - 1]) == "facility"
        or norm(text_between(doc, start, end)) in regions()
    ):
        return "place"  # "Union Station"; "Tasmania", a state
    words = set(lower[start:end])
    if words & org_nouns():
        return "organization"
    if words & union(place_nouns):
        return "place"
    return "organization"


def _extend_of(doc: Doc, end: int, start: int | None = None) -> int:
    """ "Supreme Court" + "of Justice": an "of"/"for" phrase of proper nouns continues a name;
    not a country after a name that has its place already ("University of Leeds of the UK",
    "Ohio State University of the US")."""
    words = words_of(doc)
    text, lower, tag, ent_type, punct = (
        words.text,
        words.lower,
        words.tag,
        words.ent_type,
        words.punct,
    )
    n = len(text)
    table = countries()
    proper = ("NNP", "NNPS")
    while end + 1 < n and lower[end] in ("of", "for") and tag[end - 1] in proper:
        head = words.head[end]
        if not end - 4 <= head < end or tag[head] not in proper:
            break  # "played in MLB for the Pirates": the phrase belongs to the verb
        k = end + 1
        if k < n and lower[k] == "the":
            k += 1
        j = k
        while (
            j < n
            and (tag[j] in proper or (text[j][:1].isupper() and j > k))
            and ent_type[j] not in NOT_NAMES
            and not punct[j]
        ):
            j += 1
        if j == k:
            break
        if (
            start is not None
            and table.country(text_between(doc, k, j))
            and _has_place(span_at(doc, start, end))
        ):
            break
        # "Department of Health and Human Services"
        if j + 1 < n and lower[j] == "and" and tag[j + 1] in proper:
            j += 1
            while j < n and tag[j] in proper and ent_type[j] not in NOT_NAMES:
                j += 1
        end = j
    return end


def _has_place(span: Span) -> bool:
    """A name with a place in it already: an "of" phrase, a region, a country or a capital."""
    table = countries()
    return any(
        t.lower_ == "of" or norm(t.text) in regions() or norm(t.text) in table.capitals
        for t in span
    ) or any(table.country(t.text) for t in span if t.tag_ == "NNP")


def _extend_and(doc: Doc, start: int, end: int) -> int:
    """ "Union of Growers" + "and Millers (UGM)": a body's "of" name goes on over "and" when
    its acronym follows in brackets."""
    words = words_of(doc)
    text, lower, tag = words.text, words.lower, words.tag
    n = len(text)
    if end + 1 >= n or lower[end] != "and" or "of" not in lower[start:end]:
        return end
    j = end + 1
    while j < n and tag[j] in ("NNP", "NNPS") and j - end <= 3:
        j += 1
    if j > end + 1 and j + 1 < n and text[j] == "(":
        acronym = text[j + 1]
        first = start + 1 if lower[start] == "the" else start
        if acronym.isupper() and acronym[:1] == text[first][:1]:
            return j
    return end


def _extend_tail(doc: Doc, end: int) -> int:
    """An abbreviation ("Washington D.C.") or a facility or body noun ("... Memorial Hall") the
    recogniser left out of the name it ends."""
    words = words_of(doc)
    text, lower, idx = words.text, words.lower, words.idx
    n = len(text)
    while (
        end < n
        and words.tag[end] in ("NNP", "NNPS")
        and not words.ent_type[end]
        and idx[end] != words.end[end - 1]  # a space between: `whitespace_` of the word before
        and lower[end] not in title_words()  # "the Ministry of Education Mr. Doe"
        and (
            text[end].endswith(".")
            or place_nouns().get(lower[end]) == "facility"
            or lower[end] in org_nouns()
        )
    ):
        end += 1
    return end
