"""Candidates from quotation marks: a quoted region no reported-speech reading covers is
attributed to a colon or dash speaker, a clause ending in a colon, or the nearest cue verb; and
transcript lines ("NAME: text")."""

from __future__ import annotations

from bisect import bisect_left
from itertools import chain
from typing import TYPE_CHECKING

from claimx.quotes.base import _Cand, _chars, _cue_chars, _Doc, _lemma, _subject
from claimx.quotes.constructions import (
    DIRECT_COLON_CLAUSE,
    DIRECT_COLON_NAME,
    DIRECT_DASH,
    DIRECT_NEAREST_CUE,
    SPEAKER_SUBJECT,
    TRANSCRIPT,
)
from claimx.quotes.speaker import _cue_range, _find_speaker, _speaker_of, _speaker_token
from claimx.quotes.words import (
    CUE_WINDOW,
    DASHES,
    MIN_SPEECH_TOKENS,
    NOTICE_LABELS,
    QUOTE_CHARS,
    SPEECH_EVENTS,
    TRIM,
    WORDING_NOUNS,
)
from claimx.rules import tokens
from claimx.rules.docview import children_of, span_at, token_range, tokens_of
from claimx.rules.lexicon import cue_frames, cue_nouns, cue_verbs
from claimx.rules.registry import note

#: the parts of speech a title leaves in lower case ("Notes on a Quiet War")
FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE"})

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from claimx.rules.quotemarks import Region


def _puts_it(tok: Token) -> int | None:
    """ "as she put it": "put it" is a verb of saying; the index of "it"."""
    if _lemma(tok) != "put":
        return None
    for child in children_of(tok):
        if child.dep_ == "dobj" and child.lower_ == "it" and child.i == tok.i + 1:
            return child.i
    return None


def _nearest_cue(d: _Doc, region: Region) -> Token | None:
    """A reporting verb outside the region, in the sentences it touches, nearest first."""
    doc = d.doc
    found = token_range(doc, region.start, region.end)
    if found is None or found[0] == found[1]:
        return None
    first, last = found
    lo = d.sents[d.sent_of[first]][0]
    last_sent = d.sent_of[last - 1]
    hi = d.sents[last_sent][1]
    idx, pos = d.words.idx, d.words.pos
    if last_sent + 1 < len(d.sents) and hi < len(doc):
        # “… ?” he asked. — a question or exclamation mark ends the parser's sentence early
        nxt_lo, nxt_hi = d.sents[last_sent + 1]
        if idx[nxt_lo] - region.end <= 3 and nxt_hi - nxt_lo <= 12:
            hi = nxt_hi
    best: tuple[int, int, Token] | None = None
    verbs = cue_verbs()
    p_lo, p_hi = d.paragraph_start(region.start), d.paragraph_end(region.end)
    colon = _colon_before(d, region)
    if colon is not None and colon < p_lo:
        # "She wrote on her blog:" ending the paragraph before: its clause introduces the quote
        colon_tok = doc.char_span(colon, colon + 1)
        if colon_tok is not None:
            lo = d.sents[d.sent_of[colon_tok.start]][0]
            p_lo = d.paragraph_start(colon)
    # a bounded window, so that a long unpunctuated text with many quotes stays linear
    lo, hi = max(lo, first - CUE_WINDOW), min(hi, last + CUE_WINDOW)
    tokens = tokens_of(doc)
    # the window's tokens in the paragraph and outside the region, in text order: the tokens
    # are in the order of their first characters, so each bound is one bisection
    a, b = bisect_left(idx, p_lo, lo, hi), bisect_left(idx, p_hi, lo, hi)
    r_lo, r_hi = bisect_left(idx, region.start, a, b), bisect_left(idx, region.end, a, b)
    for i in chain(range(a, r_lo), range(r_hi, b)):
        if pos[i] not in ("VERB", "AUX"):
            continue
        tok = tokens[i]
        if _lemma(tok) in verbs or _puts_it(tok) is not None:
            has_subject = _speaker_token(tok) is not None
            dist = min(abs(tok.idx - region.start), abs(tok.idx - region.end))
            key = (0 if has_subject else 1, dist)
            if best is None or key < best[:2]:
                best = (key[0], key[1], tok)
    return best[2] if best else None


def _colon_speaker(d: _Doc, region: Region) -> tuple[int, int] | None:
    """ "Name: “...”" at the start of a paragraph: the name, as token range."""
    text = d.text
    i = region.start - 1
    while i >= 0 and text[i] in QUOTE_CHARS + " \t":
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    p_start = d.paragraph_start(i)
    head = d.doc.char_span(p_start, i, alignment_mode="contract")
    if head is None or not 0 < len(head) <= 6:
        return None
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ", "PUNCT") for t in head):
        return None
    if not any(t.pos_ == "PROPN" or t.is_upper for t in head):
        return None
    return head.start, head.end - 1


def _name_tokens(span: SpacySpan) -> bool:
    """A short name: proper nouns or capitals ("Jane Doe", "SMITH", "Sen. Lee")."""
    if not 0 < len(span) <= 5:
        return False
    if not all(t.pos_ in ("PROPN", "NOUN", "DET", "PUNCT") or t.is_upper for t in span):
        return False
    return (
        any(t.pos_ == "PROPN" or t.is_upper for t in span) and span[0].is_title or span[0].is_upper
    )


def _dash_speaker(d: _Doc, region: Region) -> tuple[int, tuple[int, int]] | None:
    """ "“…” — Jane Doe": the dash and the name after it, as (dash offset, token range)."""
    text = d.text
    i = region.end
    n = len(text)
    # closing marks, a full stop or comma, and spaces (a no-break one too) before the dash
    while i < n and (
        text[i] in QUOTE_CHARS + ".," or (text[i].isspace() and text[i] not in "\r\n")
    ):
        i += 1
    if i >= n or text[i] not in DASHES:
        return None
    dash = i
    start = i + 1
    while start < n and text[start] in " \t\u00a0\u2009\u202f":
        start += 1
    end = start
    while end < n and text[end] not in ",\n(":
        end += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "."):
        end -= 1
    span = d.doc.char_span(start, end, alignment_mode="contract")
    if span is None or not _name_tokens(span):
        return None
    return dash, (span.start, span.end - 1)


def _transcript_cands(d: _Doc) -> list[_Cand]:
    """ "NAME: text" at the start of a paragraph (interviews, transcripts, headlines)."""
    out: list[_Cand] = []
    text = d.text
    doc = d.doc
    starts = [0] + [i + 1 for i in d.lines]
    for p_start in starts:
        p_end = d.paragraph_end(p_start)
        colon = text.find(":", p_start, min(p_end, p_start + 40))
        if colon < 0:
            continue
        name_start, name_end = tokens.trim(text, p_start, colon, TRIM + QUOTE_CHARS)
        head = doc.char_span(name_start, name_end, alignment_mode="contract")
        if head is None or not _name_tokens(head) or any(t.like_num for t in head):
            continue
        if head.text.lower().replace("’", "'") in NOTICE_LABELS:
            continue  # "UPDATE: ...", "CORRECTION: ...": the newspaper's notice, no one's turn
        c_start, c_end = tokens.trim(text, colon + 1, p_end, TRIM + QUOTE_CHARS + ".")
        body = doc.char_span(c_start, c_end, alignment_mode="expand")
        if body is None or sum(1 for t in body if t.is_alpha) < MIN_SPEECH_TOKENS:
            continue
        if _heading(text, p_end, body):
            continue
        out.append(
            _Cand(
                cue=(colon, colon + 1),
                speaker=(head.start_char, head.end_char),
                speaker_span=head,
                parts=[(c_start, c_end)],
                kind="direct" if d.region_at(c_start) >= 0 else "indirect",
                rule=TRANSCRIPT,
            )
        )
    return out


def _heading(text: str, p_end: int, body: SpacySpan) -> bool:
    """ "Jane Morrow: An interview with the potter, 3 May 2021": a line with no verb that does
    not end as a sentence does is a heading that names its subject, not her words."""
    ends = text[:p_end].rstrip().rstrip(QUOTE_CHARS)[-1:]
    return ends not in (".", "!", "?") and not any(t.pos_ in ("VERB", "AUX") for t in body)


def _is_speech(d: _Doc, region: Region) -> bool:
    """Enough words to be said, and not a title."""
    found = token_range(d.doc, region.start, region.end)
    if found is None:
        return False
    punct, space = d.words.punct, d.words.space
    kept = [i for i in range(*found) if not punct[i] and not space[i]]
    if len(kept) < MIN_SPEECH_TOKENS:
        return False
    tokens = tokens_of(d.doc)
    return not _is_title(d, region, [tokens[i] for i in kept])


def _is_title(d: _Doc, region: Region, words: list[Token]) -> bool:
    """ "wrote on “The Long Road Home”", "her essay “Notes on a Quiet War”": after a
    preposition or a noun, every word but the function words capitalised, no verb, and no comma,
    full stop, question or exclamation mark inside (“Thank You For Coming,” she said is speech):
    the name of a work, not speech."""
    if d.text[region.end - 1] in ",.?!":
        return False
    before = d.doc.char_span(region.start, region.end, alignment_mode="expand")
    if before is None or before.start == 0:
        return False
    prev = d.doc[before.start - 1]
    while prev.is_punct and (prev.text in QUOTE_CHARS or prev.text == ",") and prev.i > 0:
        prev = d.doc[prev.i - 1]
    if prev.pos_ not in ("ADP", "NOUN", "PROPN"):
        return False
    content = [t for t in words if t.pos_ not in FUNCTION_POS]
    return bool(content) and all(
        (t.text[:1].isupper() or t.like_num) and t.pos_ not in ("VERB", "AUX") for t in content
    )


def _cue_follows(d: _Doc, region: Region) -> bool:
    """ "“Why not?” she asked.": a short quote ending in a comma, question or exclamation mark
    with a verb of saying right after it is speech, however short."""
    text = d.text
    i = region.end
    closing = text[max(region.start, i - 1) : i + 1]
    if not any(ch in closing for ch in ",?!"):
        return False
    span = d.doc.char_span(i, min(len(text), i + 40), alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space][:3]
    return any(t.pos_ == "VERB" and _lemma(t) in cue_verbs() for t in words)


def _colon_before(d: _Doc, region: Region) -> int | None:
    """The offset of the colon right before a quote ("… told reporters: “…”"), or ending the
    paragraph before the one the quote opens ("She wrote on her blog:" and the quote below)."""
    text = d.text
    i = region.start - 1
    while i >= 0 and text[i] in QUOTE_CHARS + " \t":
        i -= 1
    if i >= 0 and text[i] in "\r\n":
        while i >= 0 and text[i] in " \t\r\n":
            i -= 1
    return i if i >= 0 and text[i] == ":" else None


def _colon_verb(d: _Doc, region: Region, climb: bool) -> tuple[Token, int] | None:
    """The verb that a colon right before a quote closes, with the colon's token index: the
    colon's head (with `climb`, its nearest verbal ancestor within six steps), when it stands in
    the colon's sentence at most ten words before it."""
    i = _colon_before(d, region)
    colon = d.doc.char_span(i, i + 1) if i is not None else None
    if colon is None:
        return None
    verb = d.doc[colon.start].head
    for _ in range(6 if climb else 0):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    lo = d.sents[d.sent_of[colon.start]][0]
    if verb.pos_ not in ("VERB", "AUX") or not lo <= verb.i < colon.start:
        return None
    return (verb, colon.start) if colon.start - verb.i <= 10 else None


def _colon_clause(d: _Doc, region: Region) -> tuple[Token, int] | None:
    """ "She made the following comment: “…”": a quote right after a colon that ends a clause
    whose main verb is no verb of saying; the verb and the colon's token index."""
    found = _colon_verb(d, region, climb=True)
    if found is None:
        return None
    verb, colon = found
    if _lemma(verb) in cue_verbs():
        return None  # a verb of saying is the ordinary cue
    nouns = cue_nouns()
    if not any(
        _lemma(t) in nouns or _lemma(t) in SPEECH_EVENTS or _lemma(t) in WORDING_NOUNS
        for t in span_at(d.doc, verb.i + 1, colon)
    ):
        return None  # "the menu had three items: “…”": no words are said
    return verb, colon


def _object_colon(d: _Doc, region: Region) -> Token | None:
    """ "The minister defended the budget: “We made hard choices.”": a quote right after a
    colon that closes the object of a verb whose object is what it reports (`cue_frames.txt`,
    frame obj: defend, praise, reject), when no verb of saying is near; the verb is its cue."""
    found = _colon_verb(d, region, climb=False)
    if found is None or _lemma(found[0]) not in cue_frames().object:
        return None
    verb, colon = found
    objs = [c for c in children_of(verb) if c.dep_ == "dobj" and verb.i < c.i < colon]
    return verb if objs else None


def _direct_cands(d: _Doc, cands: list[_Cand], actors_claimed: set[int]) -> list[_Cand]:
    """Quoted regions no reported-speech reading covers: nearest cue, or a colon attribution."""
    out: list[_Cand] = []
    doc = d.doc
    for k, region in enumerate(d.regions):
        if k in actors_claimed or not (_is_speech(d, region) or _cue_follows(d, region)):
            continue
        colon = _colon_speaker(d, region)
        dash = _dash_speaker(d, region) if colon is None else None
        # "Name: “...”" or "“...” — Name": the mark before the speaker is the cue
        marked = (
            (d.text.rfind(":", 0, region.start), colon, DIRECT_COLON_NAME)
            if colon is not None
            else (dash[0], dash[1], DIRECT_DASH)
            if dash is not None
            else None
        )
        if marked is not None:
            at, (lo, hi), rule = marked
            out.append(
                _Cand(
                    cue=(at, at + 1),
                    speaker=_chars(d, lo, hi),
                    speaker_span=span_at(doc, lo, hi + 1),
                    parts=[(region.start, region.end)],
                    kind="direct",
                    regions=[k],
                    rule=rule,
                )
            )
            continue
        introduced = _colon_clause(d, region)
        if introduced is not None:
            verb, colon_at = introduced
            subj = _subject(verb)
            if subj is not None:
                note(SPEAKER_SUBJECT)
                speaker, speaker_span = _speaker_of(d, subj, verb)
                out.append(
                    _Cand(
                        cue=_cue_chars(d, _cue_range(verb)[0], colon_at),
                        speaker=speaker,
                        speaker_span=speaker_span,
                        parts=[(region.start, region.end)],
                        kind="direct",
                        cue_i=verb.i,
                        regions=[k],
                        rule=DIRECT_COLON_CLAUSE,
                    )
                )
                continue
        # or the verb of an object the colon before the quote closes ("defended the budget:")
        cue = _nearest_cue(d, region) or _object_colon(d, region)
        if cue is None:
            continue
        subj, route = _find_speaker(d, cue)
        speaker = speaker_span = None
        if subj is not None:
            note(route)
            speaker, speaker_span = _speaker_of(d, subj, cue)
        out.append(
            _Cand(
                cue=_cue_chars(d, *_cue_range(cue, _puts_it(cue))),
                speaker=speaker,
                speaker_span=speaker_span,
                parts=[(region.start, region.end)],
                kind="direct",
                cue_i=cue.i,
                regions=[k],
                rule=DIRECT_NEAREST_CUE,
            )
        )
    return out
