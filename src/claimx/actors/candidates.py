"""Candidate mentions: entity and proper-noun runs trimmed to names, and the token tests
the passes share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimx.actors import constructions as C
from claimx.actors.addresses import ADDRESS_SPLIT, address_parts
from claimx.actors.spans import (
    _camel_case,
    _camel_case_tokens,
    _extend_and,
    _extend_of,
    _extend_tail,
    _given_name_first,
    _inverted_name,
    _person_after_body,
)
from claimx.actors.spans import (  # re-exported: the passes import them from here
    _clean_name as _clean_name,
)
from claimx.actors.spans import (
    _fuller as _fuller,
)
from claimx.actors.spans import (
    _initial_of as _initial_of,
)
from claimx.actors.spans import (
    _span_country as _span_country,
)
from claimx.actors.spans import (
    _tokens_with_dep as _tokens_with_dep,
)
from claimx.actors.words import (
    CAPTION_LABELS,
    CONTAINERS,
    ENTITY_KINDS,
    NAME_JOINERS,
)
from claimx.rules.columns import Verdicts
from claimx.rules.docview import (
    IDS_LOWER,
    IDS_TAG,
    Words,
    ents_of,
    span_at,
    span_text,
    text_between,
    text_of,
    tokens_of,
    words_of,
)
from claimx.rules.names import (
    countries,
    honour_titles,
    org_nouns,
    person_nouns,
    title_words,
)
from claimx.rules.registry import declare, note

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# -- helpers -------------------------------------------------------------------------------------
def _countries_mentioned(doc: Doc, cands: list[_Candidate]) -> set[str]:
    """Countries the article names or whose demonym it uses: a capital can only stand for these."""
    table = countries()
    out = set()
    for cand in cands:
        if cand.label == "PERSON":
            continue  # the label first: no text or table lookup for a person's name
        found = table.country(text_between(doc, cand.start, cand.end))
        if found:
            out.add(found)
    text = words_of(doc).text
    for start, end, label in ents_of(doc):  # not every token: the entities' ranges only
        if label == "NORP":
            for k in range(start, end):
                found = table.demonym(text[k])
                if found:
                    out.add(found)
    return out


@dataclass(slots=True)
class _Candidate:
    start: int  # token indices
    end: int
    label: str


#: tags of words that are never part of a name (adverbs, verbs, pronouns, conjunctions)
_NOT_NAME_TAGS = frozenset(
    (
        "RB",
        "RBR",
        "RBS",
        "VB",
        "VBD",
        "VBZ",
        "VBP",
        "VBG",
        "VBN",
        "WRB",
        "WDT",
        "WP",
        "MD",
        "PRP",
        "PRP$",
        "CC",
        "UH",
        "EX",
    )
)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """No leading "the" ("these") or punctuation, nothing from an opening parenthesis on, no
    final 's."""
    words = words_of(doc)
    text, lower, tag, punct = words.text, words.lower, words.tag, words.punct
    for k in range(start + 1, end):
        if text[k] in ("(", "["):
            end = k
            break
    while start < end and (
        lower[start] in ("the", "these", "those")
        or punct[start]
        or (end - start >= 2 and tag[start] in _NOT_NAME_TAGS)
        or (end - start >= 2 and words.pos[start] == "ADJ" and text[start].islower())
    ):
        start += 1  # "Together Bernoulli ...", "united Germany": no name words
    while end > start and (
        tag[end - 1] == "POS"
        or punct[end - 1]
        or (words.like_num[end - 1] and not _spelled_number_name(words, start, end))
        or (end - start >= 2 and tag[end - 1] in _NOT_NAME_TAGS)
    ):
        end -= 1  # "Obama Says": the verb after a name in a headline
    # a caption label ("... Image: Jane Doe") is not part of the name before it
    if (
        end - start >= 2
        and end < len(text)
        and text[end] == ":"
        and lower[end - 1] in CAPTION_LABELS
    ):
        end -= 1
    return start, end


def _spelled_number_name(words: Words, start: int, end: int) -> bool:
    """A capitalised number word ending a proper name is part of it: "Ground Zero", "Formula
    One", "Air Force One" (digits, as in "Match 11", are not)."""
    k = end - 1
    return end - start >= 2 and words.tag[k] == "NNP" and words.text[k][:1].isupper()


def _strip_titles(doc: Doc, start: int, end: int) -> tuple[int, int, list[Token]]:
    """Leading title words ("President", "Shadow Home Secretary", "Dr.") are not the name."""
    words = title_words()
    lower = words_of(doc).lower
    last_title = -1
    for k in range(start, end - 1):
        if lower[k] in words:
            last_title = k
    if last_title < 0 or lower[last_title] in NAME_JOINERS:
        return start, end, []  # "Municipality of Pisa": "of" alone is no title
    rest = lower[last_title + 1 : end]
    if (
        not rest
        or any(w in words for w in rest)
        or rest[0] in NAME_JOINERS
        or any(w in org_nouns() or w == "of" for w in rest)
    ):
        return start, end, []  # "High Commissioner for Refugees", "Doctor Who Society"
    return last_title + 1, end, tokens_of(doc)[start : last_title + 1]


def _person_core(
    doc: Doc, start: int, end: int, places: set[str] | frozenset[str] = frozenset()
) -> tuple[int, int]:
    """A person's name without an organisation or a place glued before it ("Refugee Council
    Jane Doe", "Lyon Jean Dupont") or a word glued after it ("Jane Doe Writing")."""
    words = words_of(doc)
    while end - start > 2 and words.tag[end - 1] not in ("NNP", "NNPS"):
        end -= 1
    generic = org_nouns()
    for k in range(end - 3, start - 1, -1):
        if words.lower[k] in generic:
            return k + 1, end
    while end - start > 2 and words.text[start] in places:
        start += 1
    return start, end


CAMEL_CASE = declare(
    "actor.camel-case-name",
    trigger="a word opening in lower case with a capital inside: 'wikiHow', 'tradeHub'",
    description="a brand written in camel case is a name, whatever the tagger makes of it, even "
    "at the start of a sentence",
    examples=[
        "tradeHub is a site where people sell old books. Sellers on tradeHub pay no fee.",
        "Our club moved its forum to chatNest in May. chatNest now has four thousand members.",
    ],
)
LINE_BREAK = declare(
    "actor.name-ends-at-line-break",
    trigger="a name candidate running over a line break",
    description="a heading, a caption or an infobox line ends a name: the run is cut at the break",
    examples=[
        "Marta Lindqvist\nLindqvist with her prize, 2019.\nMarta Lindqvist is a Swedish chemist.",
        "Hanne Vos\nVos in 2015\nHanne Vos is a Dutch cyclist.",
    ],
)

SLASH = declare(
    "actor.names-either-side-of-slash",
    trigger="a '/' standing alone between two capitalised words of one name candidate",
    description="a poll by two firms, a photo credit: two names, cut at the slash",
    examples=[
        "The match ended late. Photo: AFP / Lena Holm.",
        "The mayor spoke on Monday. Photo: Reuters / Sara Lindholm.",
    ],
)


HEADLINE = declare(
    "actor.headline-name",
    trigger="a run of capitalised words in a title-case headline",
    description="a headline name is kept only as far as the article's body writes it: 'Says', "
    "'Warns' and capitalised common words of a headline are no actors",
    examples=[
        "Mayor Says Bridge Is Safe\nMayor Ruth Calder said on Monday that the bridge is safe.",
        "Okafor Says Trust Will Grow\nRuth Okafor said the fund would grow.",
    ],
)


def _candidates(doc: Doc) -> list[_Candidate]:
    """Name spans: the recogniser's entities, then proper-noun runs it did not label."""
    import numpy

    n = len(doc)
    covered = bytearray(n)
    out: list[_Candidate] = []
    words = words_of(doc)
    lower, tags = words.lower, words.tag  # a Token object only for the proper nouns
    for ent_start, ent_end, label in ents_of(doc):
        if label in ("ORDINAL", "CARDINAL"):
            continue
        end = _extend_tail(doc, ent_end) if label in ("GPE", "ORG", "FAC") else ent_end
        if label in ("GPE", "ORG", "FAC") and end - ent_start >= 2 and lower[end - 1] == "of":
            end = _extend_of(doc, end - 1)  # "[the Municipality of] [Pisa]": one name
        elif label in ("ORG", "FAC"):
            end = _extend_of(doc, end, ent_start)
        if label == "ORG":
            end = _extend_and(doc, ent_start, end)
        covered[ent_start:end] = b"\x01" * (end - ent_start)
        if label not in ENTITY_KINDS:
            if label in CONTAINERS and ent_end - ent_start >= 2:
                out.append(_Candidate(ent_start, ent_end, label))
            continue
        start, end = _trim(doc, ent_start, end)
        if start >= end or (end - start == 1 and tags[start].startswith("VB")):
            continue  # "Browsing the catalog, I ...": a verb the recogniser labelled, no name
        person = _person_after_body(doc, start, end) if label == "ORG" else None
        if person is not None:
            out.append(_Candidate(start, person, label))
            out.append(_Candidate(person, end, "PERSON"))
            note(C.PERSON_AFTER_BODY)
            continue
        parts = address_parts(doc, start, end) if label in ("PERSON", "ORG", "GPE") else None
        if parts:  # "S. F., Cal." run into one name: two places
            out.extend(_Candidate(s, e, "GPE") for s, e in parts)
            note(ADDRESS_SPLIT)
            continue
        out.append(_Candidate(start, end, label))
    camel = _camel_case_tokens(doc)
    # the scan visits only the free proper nouns and camel-case words, found in the arrays
    # (the scan itself marks no token at or after the one it visits, so none is visited wrongly)
    tag_ids, strings = words.ids[:, IDS_TAG], doc.vocab.strings
    proper = (tag_ids == strings["NNP"]) | (tag_ids == strings["NNPS"])
    free = numpy.frombuffer(bytes(covered), dtype=numpy.uint8) == 0
    starts = sorted({*(proper & free).nonzero()[0].tolist(), *(k for k in camel if not covered[k])})
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the run just taken
        i = k
        if i in camel:
            # "wikiHow", "eBay": a brand written in camel case, whatever its tag
            covered[i] = 1
            out.append(_Candidate(i, i + 1, ""))
            note(CAMEL_CASE)
            i += 1
            continue
        if not words.text[i][:1].isupper():
            i += 1
            continue
        j = i
        while j < n and not covered[j] and tags[j] in ("NNP", "NNPS"):
            j += 1
        if lower[i] not in title_words():
            j = _extend_of(doc, j, i)  # not "Secretary of State X": a title, not a body
        for k in range(i, j):
            covered[k] = 1
        start, end = _trim(doc, i, j)
        if start < end:
            out.append(_Candidate(start, end, ""))
        i = max(j, i + 1)
    out.sort(key=lambda c: c.start)
    joined = _join_fragments(doc, out)
    split = _split_lines(doc, joined)
    if split is not joined:
        # joined again once split at line breaks: "Jared" on a new line after a headline name
        # (a list no break or slash cut is joined already: each pair in it was tested)
        joined = _join_fragments(doc, split)
    return _headline_names(doc, joined)


def _title_case_line(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _headline_names(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """In a title-case headline every word is capitalised, so a run of capitals is no name by
    itself ("Mayor Says Bridge Is Safe"): a headline candidate keeps its longest part that the
    article's body also writes, or is dropped."""
    text = text_of(doc)
    cut = text.find("\n")
    if cut < 0 or not _title_case_line(text[:cut]) or not text[cut:].strip():
        return cands
    body = text[cut:]
    idx = words_of(doc).idx
    out: list[_Candidate] = []
    for cand in cands:
        if idx[cand.start] >= cut:
            out.append(cand)
            continue
        best: tuple[int, int] | None = None
        for length in range(cand.end - cand.start, 0, -1):
            for a in range(cand.start, cand.end - length + 1):
                run = text_between(doc, a, a + length)
                # most runs are not in the body at all
                if _written_as_word(body, run, rf"(?<!\w){re.escape(run)}(?!\w)"):
                    best = (a, a + length)
                    break
            if best:
                break
        if best is None:
            note(HEADLINE)
            continue
        if best != (cand.start, cand.end):
            note(HEADLINE)
        out.append(_Candidate(best[0], best[1], cand.label))
    return out


def _has_proper(doc: Doc, start: int, end: int) -> bool:
    """The piece of a name after a line break holds a proper noun: "Ingram\nWriting in a blog
    post" is a byline, then a sentence opening with a common word the recogniser ran into it."""
    words = words_of(doc)
    return any(
        words.tag[k] in ("NNP", "NNPS") or words.text[k].isupper() for k in range(start, end)
    )


def _split_lines(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """A name never runs over a line break: "Jane Doe" as a heading, then "Doe said ...". The
    list itself when no candidate is cut."""
    out: list[_Candidate] = []
    slashed, cut = False, 0
    words = words_of(doc)
    text, space = words.text, words.space
    for cand in cands:
        start = cand.start
        for k in range(cand.start, cand.end):
            # (a token's trailing whitespace is one space or none: a line break is a token)
            if space[k] and "\n" in text[k]:
                end = k
                a, b = _trim(doc, start, end)
                if a < b and (start == cand.start or _has_proper(doc, a, b)):
                    out.append(_Candidate(a, b, cand.label))
                start = k + 1
            elif text[k] == "/" and _slash_between_names(doc, k, cand):
                # "Newsmax / Zogby poll", "Photo: Reuters / Jane Doe": two names
                a, b = _trim(doc, start, k)
                if a < b:
                    out.append(_Candidate(a, b, cand.label))
                start = k + 1
                slashed = True
        if start == cand.start:
            out.append(cand)
        else:
            cut += 1
            a, b = _trim(doc, start, cand.end)
            if a < b and _has_proper(doc, a, b):
                out.append(_Candidate(a, b, cand.label))
    if slashed:
        note(SLASH)
    elif len(out) != len(cands):
        note(LINE_BREAK)
    return cands if cut == 0 else out


def _slash_between_names(doc: Doc, k: int, cand: _Candidate) -> bool:
    """A "/" standing alone between two capitalised words of one candidate."""
    text = words_of(doc).text
    return (
        text[k] == "/"
        and cand.start < k < cand.end - 1
        and text[k - 1][:1].isupper()
        and text[k + 1][:1].isupper()
    )


_POST_NOMINAL = re.compile(r"[A-Z]{2,5}")


def _join_fragments(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """ "Lena" + "Varga": a name the recogniser cut in two, both parts proper nouns."""
    out: list[_Candidate] = []
    for cand in cands:
        # only neighbours (no word or one between them) may join: most candidates are apart
        near = out and cand.start - out[-1].end in (0, 1)
        label = _joined_label(doc, out[-1], cand) if near else None
        if label is None:
            out.append(cand)
        else:
            out[-1] = _Candidate(out[-1].start, cand.end, label)
    return out


def _joined_label(doc: Doc, prev: _Candidate, cand: _Candidate) -> str | None:
    """The label of two neighbouring candidates (`prev` ends at most one word before `cand`)
    read as one name, or None if they are two."""
    if prev.end + 1 == cand.start and _inverted_name(doc, prev.start, cand.start, cand.end):
        note(C.INVERTED_NAME)
        return "PERSON"  # "Austen, Jane. Pride and Prejudice"
    words = words_of(doc)
    text, tag = words.text, words.tag
    if prev.end + 1 == cand.start:
        # "Studio" + "5" + "Records": a name with a number inside
        number_inside = (
            text[prev.end].isdigit()
            and prev.label in ("", "ORG")
            and cand.label in ("", "ORG", "PERSON")
            and tag[prev.end - 1] == "NNP"
            and tag[cand.start] == "NNP"
            and not countries().country(text_between(doc, prev.start, prev.end))
            and not countries().country(text_between(doc, cand.start, cand.end))
        )
        return "ORG" if number_inside else None
    if (
        prev.end == cand.start
        and "PERSON" in (prev.label, cand.label)
        and prev.label in ("", "PERSON")
        and tag[prev.end - 1] == "NNP"
        and all(_POST_NOMINAL.fullmatch(w) for w in text[cand.start : cand.end])
        and not countries().country(text_between(doc, cand.start, cand.end))
    ):
        # "Ida Mary Marsh" + "DBE RA": post-nominal letters end the person's name
        return "PERSON"
    first = prev.start
    # the rest join a one-word name to the next one, written apart (a space after the first)
    if (
        prev.end != cand.start
        or prev.end - prev.start != 1
        or words.idx[cand.start] == words.end[first]
    ):
        return None
    one_word = cand.end - cand.start == 1
    if prev.label == "" and cand.label == "PERSON":
        # "Milo" (unlabelled) + "Hartley" (a person): a given name and its surname
        return "PERSON" if _given_name_first(doc, prev.start, cand.end) else None
    if prev.label == "PERSON" and cand.label == "":
        # "Rosa" (a person) + "Winter" or "Maria Winter" (unlabelled): a given name, a middle
        # name and a surname
        surname = cand.end - cand.start <= 2 and all(t == "NNP" for t in tag[cand.start : cand.end])
        return "PERSON" if surname and _given_name_first(doc, prev.start, cand.end) else None
    if (
        cand.label == "PERSON"
        and one_word
        and prev.label in ("PERSON", "ORG")
        and tag[first] == "NNP"
        and words.lower[first] not in title_words()
        and not countries().demonym(text[first])
        and not (prev.start > 0 and tag[prev.start - 1] in ("NNP", "NNPS"))
    ):
        # two one-word proper nouns, the second a person's: one person's name
        return "PERSON"
    return None


def _left_modifiers(doc: Doc, start: int, end: int) -> list[Token]:
    """Pre-modifiers of a name inside its noun phrase: "US President", "Texas student"."""
    words = words_of(doc)
    lower, head = words.lower, words.head
    out: list[int] = []
    k = start - 1
    while k >= 0:
        if words.punct[k] or words.pos[k] not in ("PROPN", "NOUN", "ADJ") or lower[k] == "the":
            break
        up = head[k]
        inside = start <= up < end or (out and up == out[-1])
        # a role right before a name, however the parser attached it: "the referee Jane Doe"
        role = k == start - 1 and (lower[k] in title_words() or lower[k] in person_nouns())
        if not inside and not role and not (k + 1 < start and up > k):
            break
        out.append(k)
        k -= 1
    if not out:
        return []  # most names: no modifier, and no token list looked up
    tokens = tokens_of(doc)
    return [tokens[k] for k in reversed(out)]


def _honour_spans(doc: Doc) -> list[Span]:
    """Honours written as names: "Man of the Match", "Player of the Year"."""
    table = honour_titles()
    out: list[Span] = []
    if not len(doc):
        return out
    words = words_of(doc)
    text = words.text
    # the honours' first words ("player", "man"), a verdict per distinct lower-case form kept
    # across documents: one array look-up, no comparison per word of the list
    first = _honour_firsts().of(words.serials[:, IDS_LOWER], lambda w: w in table)
    for i in first.nonzero()[0].tolist():
        if not text[i][:1].isupper():
            continue
        for honour in table[words.lower[i]]:
            n = len(honour.split())
            span = span_at(doc, i, i + n)
            if len(span) == n and span_text(span).lower() == honour:
                out.append(span)
                break
    return out


@cache
def _honour_firsts() -> Verdicts:
    """Whether a lower-case form (by serial) opens an honour (`honour_titles`)."""
    return Verdicts()


def _before_coordination(tok: Token) -> int:
    """End of a phrase before its own coordination: "Director of X" in "Director of X, and Y"."""
    end = tok.right_edge.i + 1
    for child in tok.children:
        if child.i > tok.i and child.dep_ in ("cc", "conj", "punct"):
            end = min(end, child.i)
    return end


def _ent_alone(tok: Token) -> bool:
    """Is this token an entity on its own (the next token is outside it)?"""
    nxt = tok.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].ent_iob_ != "I"


def _subject_name(tok: Token) -> bool:
    """ "Tasmania was excluded", "Acme interviewed him": a sentence opening with a proper noun
    that is the subject of its verb, not a word the text also writes in lower case."""
    return (
        tok.tag_ == "NNP"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.head.pos_ in ("VERB", "AUX")
        and len(tok.text) >= 4
        and tok.text[1:].islower()
        and not _written_as_word(text_of(tok.doc), tok.lower_, rf"\b{re.escape(tok.lower_)}\b")
    )


def _written_as_word(text: str, word: str, bounded: str) -> bool:
    """Is `word` in `text` as a word of its own (`bounded`: `word` between the caller's word
    boundaries)? A plain substring search first; the regex then runs from where the word is first
    written (its look-behind still reads the character before): from the start, it scanned the
    whole article for a word most articles never write. Shared by the headline's runs and the
    lower-case subject test."""
    at = text.find(word)
    return at >= 0 and re.compile(bounded).search(text, at) is not None


def _plausible_single(tok: Token) -> bool:
    """A lone capitalised token outside any entity is a name only if it is not a common word."""
    if _camel_case(tok.text):
        return True
    if len(tok.text) == 1:
        return False  # "Q:", "A:": an interview's turn labels, no names
    if tok.is_sent_start and not tok.text.isupper() and not _subject_name(tok):
        return False
    return tok.lower_ not in title_words() and not tok.is_stop
