"""The positions stage: what each actor supports or opposes, with the evidence.

Flow, per sentence (questions skipped): `cues` finds candidate stance tokens (word lists in
`models/`, `lexicon`) and, for each, the registered constructions read a holder, a stance and a
target off the tree (`syntax`); `polarity` flips or cancels the stance (negation, refusal,
modality, conditions); `holders` resolves the holder to an actor (first person in a quote: its
speaker; evaluative wording: whoever says the clause, never the narrator). One pass over the
tokens, with bounded walks up the tree: linear in the document.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from claimx.positions.candidates import may_cue
from claimx.positions.constructions import DEONTIC_MODAL, IMPERATIVE
from claimx.positions.cues import cues
from claimx.positions.holders import Context
from claimx.positions.lexicon import Lexicon, lexicon
from claimx.positions.syntax import FIRST_PERSON, asked, polarity, question_from, trimmed
from claimx.rules.docview import Words, regions_of, text_of, words_of
from claimx.rules.registry import note
from claimx.rules.tokens import char_range
from claimx.schema import Position, Span, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.actors import Actors
    from claimx.schema import Quote

__all__ = ["Lexicon", "find_positions", "lexicon"]


def span_of(text: str, doc: Doc, start: int, end: int, shortest: dict[int, int]) -> Span:
    """The character span of a half-open token range, as the output contract wants it."""
    a, b = char_range(doc, start, end)
    # a target that begins a quotation and runs past its end keeps the opening mark:
    # 'against “wasting time” with ...' gives '“wasting time” with ...', not 'wasting time” ...'
    if shortest.get(a, b) < b:
        a -= 1
    return Span.of(text, a, b)


def shortest_regions(doc: Doc) -> dict[int, int]:
    """The end of the shortest quoted region starting at each character offset, made once per
    document (`span_of` asked every region for every target: quadratic in a long text)."""
    shortest: dict[int, int] = {}
    for r in regions_of(doc):
        if r.end < shortest.get(r.start, r.end + 1):
            shortest[r.start] = r.end
    return shortest


def evidence_of(text: str, words: Words, start: int, end: int) -> Span:
    """The sentence of tokens `start` to `end` (half-open) a position comes from, without its
    trailing whitespace."""
    a, b = words.idx[start], words.end[end - 1]
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span.of(text, a, b)


def find_positions(doc: Doc, actors: Actors, quotes: list[Quote]) -> list[Position]:
    """Every position in the document: one per holder, target and stance in a sentence."""
    if not doc.has_annotation("DEP"):
        return []
    ctx = Context(doc, actors, quotes)
    lex = ctx.lex
    text = text_of(doc)
    candidates = may_cue(doc, lex)
    words = words_of(doc)
    shortest = shortest_regions(doc) if candidates else {}
    out: list[Position] = []
    for s0, s1 in words.sents:
        lo = bisect_left(candidates, s0)
        if lo == len(candidates) or candidates[lo] >= s1:
            continue  # no cue word in it (most sentences)
        asked_from = question_from(doc, s0, s1)
        if candidates[lo] >= asked_from:
            continue  # a question
        seen: set[tuple[str, str, int]] = set()
        evidence: Span | None = None
        for cue_tok, found in cues(doc, candidates[lo : bisect_left(candidates, s1, lo)], lex):
            if cue_tok.i >= asked_from:
                continue  # in the question a stating clause introduces
            sign = polarity(cue_tok, lex)
            if sign == 0 or asked(cue_tok, s1):
                continue
            stance: Stance = found.stance
            if sign < 0:
                stance = "oppose" if stance == "support" else "support"
            who = [ctx.speaker(cue_tok)] if found.said else [ctx.holder(h) for h in found.holders]
            target = trimmed(doc, found.target, found.target_root)
            if target is None:
                continue
            inside = found.cue[0] >= target[0] and found.cue[1] <= target[1]
            if inside and found.rule not in (DEONTIC_MODAL, IMPERATIVE):
                continue  # the cue inside its own target: a parse that went astray (a proposal
                # keeps its subject and modal: "the border should stay open"; an imperative is
                # the action asked for: "close the mine")
            for hit in who:
                if hit is None:
                    continue
                actor, quote = hit
                if quote is None:
                    q = ctx.tok_quote(cue_tok.i) or ctx.cue_quote(cue_tok.i)
                    quote = q.id if q is not None and q.actor in (actor, None) else None
                key = (actor, stance, found.target_root.i)
                if key in seen:
                    continue
                seen.add(key)
                target_actor = ctx.actor_of(found.target_root)
                if target_actor == actor:
                    target_actor = None if found.target_root.lower_ in FIRST_PERSON else actor
                evidence = evidence or evidence_of(text, words, s0, s1)
                out.append(
                    Position(
                        id=f"p{len(out) + 1}",
                        actor=actor,
                        stance=stance,
                        target=span_of(text, doc, *target, shortest),
                        target_actor=target_actor,
                        cue=span_of(text, doc, *found.cue, shortest),
                        evidence=evidence,
                        quote=quote,
                        rule=note(found.rule),
                    )
                )
    return out
