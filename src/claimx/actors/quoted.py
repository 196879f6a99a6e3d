"""Quotation regions as the actors stage reads them: which tokens are quoted, where a quote ends."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from claimx.actors.words import (
    SPEAKING,
)
from claimx.rules.docview import Words, regions_of, words_of
from claimx.rules.names import person_nouns, title_words
from claimx.rules.quotemarks import DOUBLE_MARKS
from claimx.rules.registry import declare, note

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.actors.names import _Builder

VOCATIVE = declare(
    "coref.quote-vocative",
    trigger="'you' in a quotation that addresses a person by name, set off by commas",
    description="second person in a quotation refers to the person it names as its addressee "
    "('Well done, Dana. We need more people like you'), not to an apposition ('my coach, Ed Park')",
    examples=[
        'The mayor wrote to the girl: "Great drawing, Lena. We need more artists like you."',
        'The coach shouted from the bench: "Keep going, Tomas! Your team believes in you."',
    ],
)
#: second-person pronouns a vocative name in the same quotation resolves
ADDRESSEE = {"you", "your", "yours", "yourself"}
_YOU = re.compile(r"\b[Yy]ou")
#: what a vocative's dependency label is in the small English parser, besides "appos"
VOCATIVE_DEPS = {"npadvmod", "intj", "dep", "vocative", "ROOT"}


QUOTE_REACH = 1500


def _quote_end(text: str, start: int, end: int) -> int:
    """End of a quotation opened right before `start` whose closing mark the line breaks hid
    ("I think so.<newline>It was a long day," she said): the next double mark, if it comes
    before an empty line; else `end`."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] not in '“„«"':
        return end
    stop = min(len(text), end + QUOTE_REACH)
    for j in range(end, stop):
        c = text[j]
        if c in DOUBLE_MARKS:
            return j if c in '”»"' else end
        if c == "\n" and text.startswith("\n", j + 1):
            return end  # a paragraph ends first
    return end


def _quoted_tokens(doc: Doc) -> bytearray:
    """1 for each token inside quotation marks."""
    flags = bytearray(len(doc))
    regions = regions_of(doc)
    if not regions:
        return flags
    starts = words_of(doc).idx  # token start offsets: no Token object per token
    for r in regions:
        lo, hi = bisect_left(starts, r.start), bisect_left(starts, r.end)
        flags[lo:hi] = b"\x01" * (hi - lo)
    return flags


def _says(words: Words, i: int) -> bool:
    """ "it" (token `i`) as the active subject of a verb of saying: a body speaks ("It said")."""
    return (
        words.lower[i] == "it"
        and words.dep[i] == "nsubj"
        and words.lemma[words.head[i]].lower() in SPEAKING
    )


def _not_apposition(words: Words, i: int) -> bool:
    """A name the parser hangs as an apposition on a noun that cannot describe a person ("Great
    drawing, Lena."): an address, not "my coach, Ed Park"."""
    head = words.head[i]
    return (
        words.dep[i] == "appos"
        and words.pos[head] == "NOUN"
        and words.lemma[head].lower() not in person_nouns()
        and words.lower[head] not in title_words()
    )


def vocatives(builder: _Builder) -> None:
    """ "you" in a quotation with one vocative name ("Cool idea, Dana.") is the person named: a
    person's name the parser does not read as an apposition, between a comma (or the opening of
    the quotation or a sentence) and a comma or a sentence's end."""
    doc, store, head_actor = builder.doc, builder.actors, builder.head_actor
    text = store.text
    words = words_of(doc)
    lower, dep, starts = words.lower, words.dep, words.idx
    # the second-person pronouns among the personal ones (found once per document): most
    # articles have none, and most quotations none of those they have
    yous = [i for i in words.personal if lower[i] in ADDRESSEE]
    if not yous:
        return
    heads = sorted(head_actor)
    for r in regions_of(doc, single=False):
        if r.end - r.start >= 3000:
            continue
        lo, hi = bisect_left(starts, r.start), bisect_left(starts, r.end)
        you = yous[bisect_left(yous, lo) : bisect_left(yous, hi)]
        if not you or not _YOU.search(text, r.start, r.end):
            continue
        named: set[str] = set()
        for i in heads[bisect_left(heads, lo) : bisect_left(heads, hi)]:
            actor_id = head_actor[i]
            if not (dep[i] in VOCATIVE_DEPS or _not_apposition(words, i)):
                continue
            first = doc[i].left_edge.i
            before = lower[first - 1] if first > lo else ","
            after = lower[i + 1] if i + 1 < hi else "."
            if (
                before in (",", '"', "“")
                and after in (",", ".", "!", "?")
                and store.get(actor_id).kind == "person"
            ):
                named.add(actor_id)
        if len(named) != 1:
            continue
        addressee = named.pop()
        for i in you:
            start = starts[i]
            end = start + len(doc[i].text)
            if not store._overlaps(start, end):
                store.add_mention(addressee, start, end, "pronoun")
                note(VOCATIVE)
