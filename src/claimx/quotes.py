"""The quotes stage: who said what, with speaker, cue and content spans."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimx.lexicon import cue_verbs
from claimx.quotemarks import Region, find_regions
from claimx.schema import Quote, QuoteKind, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from claimx.actors import Actors

SUBJECTS = {"nsubj", "nsubjpass"}
#: Quoted material this short and without a cue verb governing it is a term, not speech.
MIN_SPEECH_TOKENS = 4


@dataclass
class _Attribution:
    cue: Token
    speaker: SpacySpan | None


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _speaker_of(cue: Token) -> SpacySpan | None:
    for child in cue.children:
        if child.dep_ in SUBJECTS:
            doc = cue.doc
            tokens = [
                t
                for t in child.subtree
                if t.dep_ not in ("punct",) or t.i not in (child.left_edge.i, child.right_edge.i)
            ]
            return doc[tokens[0].i : tokens[-1].i + 1] if tokens else None
    if cue.dep_ == "conj" and cue.head is not cue:
        return _speaker_of(cue.head)
    return None


def _cue_tokens(doc: Doc, start_char: int, end_char: int) -> list[Token]:
    """Cue verbs outside the region [start_char, end_char) in the sentences touching it."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return []
    first = span[0].sent
    last = span[-1].sent
    lo, hi = first.start, last.end
    verbs = cue_verbs()
    out = []
    for tok in doc[lo:hi]:
        if start_char <= tok.idx < end_char:
            continue
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in verbs:
            out.append(tok)
    return out


def _attribute(doc: Doc, region: Region) -> _Attribution | None:
    candidates = _cue_tokens(doc, region.start, region.end)
    if not candidates:
        return None

    # prefer a cue with a subject, nearest to the quote
    def distance(tok: Token) -> int:
        return min(abs(tok.idx - region.start), abs(tok.idx - region.end))

    candidates.sort(key=lambda t: (_speaker_of(t) is None, distance(t)))
    cue = candidates[0]
    return _Attribution(cue=cue, speaker=_speaker_of(cue))


def find_quotes(doc: Doc, actors: Actors) -> list[Quote]:
    text = doc.text
    quotes: list[Quote] = []
    for region in find_regions(text):
        start, end = _trim(text, region.start, region.end)
        if start >= end:
            continue
        content = doc.char_span(start, end, alignment_mode="expand")
        n_tokens = len(content) if content is not None else 0
        attribution = _attribute(doc, region)
        if attribution is None:
            continue
        kind: QuoteKind = "direct"
        if n_tokens < MIN_SPEECH_TOKENS:
            # a short fragment counts only as the object of its cue (a partial quote)
            if content is None or not any(
                t.head.i == attribution.cue.i or t.head.head.i == attribution.cue.i for t in content
            ):
                continue
            kind = "mixed"
        speaker = attribution.speaker
        cue = attribution.cue
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                kind=kind,
                speaker=_span(text, speaker.start_char, speaker.end_char) if speaker else None,
                actor=actors.link(speaker) if speaker is not None else None,
                cue=_span(text, cue.idx, cue.idx + len(cue.text)),
                content=_span(text, start, end),
                content_parts=[_span(text, start, end)],
            )
        )
    return quotes
