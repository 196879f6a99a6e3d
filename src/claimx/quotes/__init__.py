"""The quotes stage: who said (wrote, believes, ...) what, with speaker, cue and content spans.

Two sources of evidence are combined. The dependency parse gives reported speech: a reporting verb
from the lexicon (`models/cue_verbs.txt`, `models/cue_frames.txt`), its subject (the speaker) and
its complement (the content), plus "according to X" and "in the poll, ...", nominal cues ("her
warning that ..."), participial cues ("..., stressing that ..."), passives ("the plan was
praised by X", "the vote is expected to pass": no source) and the writer's hedges ("the plan
seems risky"). Quotation marks (`quotemarks`) give direct speech;
a quoted region either becomes the content of the reported-speech reading that overlaps it, or is
attributed to the nearest cue verb of its sentence, or to a colon attribution ("X: “...”").
Quoted material without any cue (scare quotes, titles, nicknames) is not speech.

Everything is one pass over the tokens plus one over the quoted regions: linear in the document.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.quotes.base import _Cand, _Doc
from claimx.quotes.confidence import (
    default_threshold,
    density,
    features,
    notion,
    outside_gold,
    probability,
    record,
)
from claimx.quotes.genre import CLAUSAL_GENRES, genre
from claimx.quotes.marks import _direct_cands, _transcript_cands
from claimx.quotes.phrases import (
    _according_cand,
    _adjective_cand,
    _clear_cand,
    _hearsay_cand,
    _hedge_cand,
    _mean_cand,
    _noun_cand,
)
from claimx.quotes.repairs import _claimed, _join_continuations, _merge_regions, _outermost
from claimx.quotes.sense import asked_or_anyone, not_an_attribution
from claimx.quotes.speaker import _cue_bounds
from claimx.quotes.verbs import _verb_cand
from claimx.quotes.words import (
    AS_CUES,
    CLARITY,
    HEARSAY,
    HEDGES,
    MADE_NOUNS,
    PREPOSITION_CUES,
    REFORMULATING,
    STANCE_PREPS,
)
from claimx.rules import tokens
from claimx.rules.docview import Verdicts, tokens_of, words_where
from claimx.rules.lexicon import cue_adjectives, cue_frames, cue_nouns, cue_verbs
from claimx.rules.registry import note
from claimx.schema import Quote

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

    from claimx.actors import Actors


#: verdicts of `_may_cue`, by column (string ids are the same in every document)
_MEMO: dict[int, Verdicts] = {}


@cache
def _cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every lemma that may head a cue, each also without its silent e (the lemmatizer drops it:
    "hoped" -> "hop"), and every word form that may: a preposition that introduces a source; an
    adjective of belief the parse made a passive participle ("are concerned the law will
    change": lemma "concern"). Read once, and asked of each new string as one set look-up."""
    lemmas = (
        cue_verbs()
        | cue_frames().lemmas
        | cue_nouns()
        | cue_adjectives()
        | HEDGES
        | HEARSAY
        | AS_CUES
        | MADE_NOUNS
    )
    silent_e = {lemma[:-1] for lemma in lemmas if lemma.endswith("e")}
    forms = PREPOSITION_CUES | cue_adjectives() | CLARITY | REFORMULATING
    return frozenset(lemmas | silent_e), frozenset(forms)


def _may_cue(doc: Doc) -> Iterator[Token]:
    """Tokens that may be a cue: a lemma in the lists (or one with its silent e restored) or a
    preposition that introduces a source (`_cue_words`)."""
    lemmas, forms = _cue_words()
    found = words_where(doc, by_lemma=lemmas.__contains__, by_form=forms.__contains__, memo=_MEMO)
    tokens = tokens_of(doc)
    for i in found.nonzero()[0].tolist():
        yield tokens[i]


def _cue_in_quote(d: _Doc, i: int) -> bool:
    """Whether the cue of the verb at `i` lies in a quoted region, wherever its content ends: the
    cue starts at the first word of `_cue_bounds` and at the latest in the verb itself, and
    `find_quotes` drops every candidate whose cue starts in a quote (what a quoted speaker
    reports is the quote's), so such a verb's candidate is not worked out at all."""
    words = d.words
    k = d.region_at(words.idx[i])
    if k < 0 or not any(map(str.isalnum, words.text[i])):
        return False  # (a cue is trimmed of punctuation: the verb's letters start it at the latest)
    region = d.regions[k]
    return region.start <= words.idx[_cue_bounds(d.doc, i)[0]] and words.end[i] <= region.end


def _keep_question_mark(d: _Doc, cand: _Cand) -> None:
    """ "Do you think the talks will fail?", "Can you tell us how it felt?", "Does the mayor
    believe the bridge will reopen?": what someone is asked to say or believe is a question, and
    keeps its question mark (as GUM marks it; a report in a statement has none to keep)."""
    first = d.doc[d.sents[d.sent_of[cand.cue_i]][0]]
    if first.tag_ not in ("MD", "VBZ", "VBP", "VBD") or first.i >= cand.cue_i:
        return  # only an inverted question: "Do you think ...?", "Can you tell us ...?"
    start, end = cand.parts[-1]
    text = d.text
    k = end
    while k < len(text) and text[k] in " \t":
        k += 1
    if k < len(text) and text[k] == "?" and k - end <= 1:
        cand.parts[-1] = (start, k + 1)


def find_quotes(doc: Doc, actors: Actors, min_confidence: float | None = None) -> list[Quote]:
    """The quotes of a parsed document, each with its construction (`rule`) and `confidence`;
    those below `min_confidence` (default: `confidence.default_threshold()`) are left out, and
    those whose content is no clause with `CLAIMX_QUOTES=clauses`, and in an interview or a
    biography with the default `auto` (`claimx.quotes.genre`)."""
    threshold = default_threshold() if min_confidence is None else min_confidence
    d = _Doc(doc)
    text = d.text
    chosen = notion()
    clauses = chosen == "clauses" or (chosen == "auto" and genre(text) in CLAUSAL_GENRES)
    verbs = cue_verbs()
    frame_lemmas = cue_frames().lemmas
    nouns = cue_nouns()
    adjectives = cue_adjectives()
    cands: list[_Cand] = []
    lowers, poses, tags, lemmas = d.words.lower, d.words.pos, d.words.tag, d.lemmas
    for tok in _may_cue(doc):
        lower, pos, tag = lowers[tok.i], poses[tok.i], tags[tok.i]  # read once each
        lemma = lemmas[tok.i]
        cand = None
        if lower in CLARITY:
            cand = _clear_cand(d, tok)
        elif lower in REFORMULATING:
            cand = _mean_cand(d, tok)
        elif (
            tag == "VBN"
            and lower in adjectives
            and tok.i + 1 < len(lowers)
            and lowers[tok.i + 1] in STANCE_PREPS
            and doc[tok.i + 1].head.i == tok.i
        ):
            # "are opposed to the tax", "is concerned about it": a participle of feeling with
            # its preposition is the adjective's stance, not a passive whose subject is content
            cand = _adjective_cand(d, tok)
        elif pos in ("VERB", "AUX") and (
            lemma in verbs or lemma in frame_lemmas or lemma in AS_CUES
        ):
            if not _cue_in_quote(d, tok.i):
                cand = _verb_cand(d, tok)
        elif lower in PREPOSITION_CUES:
            cand = _according_cand(d, tok)
        elif pos == "NOUN" and (lemma in nouns or lemma in MADE_NOUNS):
            cand = _noun_cand(d, tok)
        elif (pos == "ADJ" and lemma in adjectives) or (
            tag == "VBN" and lower in adjectives  # "are concerned": a participle
        ):
            cand = _adjective_cand(d, tok)
        elif pos in ("VERB", "AUX") and lemma in HEDGES:
            cand = _hedge_cand(d, tok)
        elif pos == "ADV" and lower in HEARSAY:
            cand = _hearsay_cand(d, tok)
        if cand is not None and not_an_attribution(tok, cand) is None:
            cands.append(cand)
    # what a quoted speaker reports inside the quote is part of the quote, not a new attribution
    cands = [c for c in cands if c.cue is None or d.region_at(c.cue[0]) < 0]
    # "refused to disclose his returns": one report with the raising verb in its cue, not a
    # second one of "refused" whose content is "to disclose his returns"
    longest: dict[int, int] = {}
    for c in cands:
        if c.cue is not None:
            longest[c.cue[0]] = max(longest.get(c.cue[0], 0), c.cue[1])
    cands = [c for c in cands if c.cue is None or c.cue[1] >= longest[c.cue[0]]]
    transcript = _transcript_cands(d)
    if transcript:
        taken = {c.parts[0][0] for c in transcript}
        cands = [c for c in cands if not any(s <= c.start < s + 2 for s in taken)]
        cands.extend(transcript)
    cands = _outermost(cands)
    _merge_regions(d, cands)
    cands.extend(_direct_cands(d, cands, _claimed(cands, d)))
    cands.sort(key=lambda c: (c.start, c.cue or (0, 0)))
    _join_continuations(d, cands)
    quotes: list[Quote] = []
    seen: set[tuple[tuple[int, int], ...]] = set()
    dense = f"density={density(cands, len(d.sents))}"
    for cand in cands:
        key = tuple(cand.parts)
        if key in seen or cand.speaker == (cand.start, cand.end):
            continue  # a quote whose speaker is its own content reports nothing
        seen.add(key)
        feats = features(d, cand)
        feats[dense] = 1.0
        if (
            "speaker=second-person" in feats
            and outside_gold(feats)
            and asked_or_anyone(doc[cand.cue_i], cand, "question" in feats) is not None
        ):
            continue
        if "question" in feats:
            _keep_question_mark(d, cand)
        score = probability(feats)
        if score < threshold or (clauses and outside_gold(feats)):
            continue
        record(feats)
        content = tokens.span(text, cand.start, cand.end)
        # a one-part quote's part is its content: spans are frozen, one object serves for both
        parts = [content] if len(cand.parts) == 1 else [tokens.span(text, *p) for p in cand.parts]
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                kind=cand.kind,
                speaker=tokens.span(text, *cand.speaker) if cand.speaker else None,
                actor=actors.propose(cand.speaker_span) if cand.speaker_span is not None else None,
                cue=tokens.span(text, *cand.cue) if cand.cue else None,
                content=content,
                content_parts=parts,
                rule=note(cand.rule) if cand.rule else None,
                confidence=round(score, 3),
            )
        )
    return quotes
