"""Candidates built on other cue words: "according to X", "in the poll", "by one estimate",
adjectives of belief ("X is confident that"), hedges ("seems") and nouns of saying ("her warning
that ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.quotes.base import (
    _Cand,
    _chars,
    _content_chars,
    _cue_chars,
    _Doc,
    _first_last,
    _is_cue_lemma,
    _lemma,
    _phrase,
    _subject,
    _trailing_cut,
)
from claimx.quotes.clauses import _clause
from claimx.quotes.constructions import (
    ACCORDING_TO,
    ADJECTIVE_CLAUSE,
    ADJECTIVE_PREPOSITION,
    BY_RECKONING,
    HEARSAY_ADVERB,
    HEDGE,
    I_MEAN,
    IN_DOCUMENT,
    IT_SEEMS,
    MADE_CLEAR,
    NOUN_COMPLEMENT,
    NOUN_TOPIC,
    NOUN_UNSOURCED,
    SPEAKER_BY_PHRASE,
    SPEAKER_COORDINATED,
    SPEAKER_LIGHT_VERB,
    SPEAKER_POSSESSOR,
    SPEAKER_SUBJECT,
)
from claimx.quotes.speaker import _cue_range, _speaker_of, _subject_on_aux
from claimx.quotes.words import (
    MADE_NOUNS,
    SOURCE_DOCUMENTS,
    SOURCE_RECKONINGS,
    SPEECH_EVENTS,
    STANCE_PREPS,
)
from claimx.rules import patterns
from claimx.rules.docview import children_of, span_at, tokens_of
from claimx.rules.lexicon import cue_frames, cue_verbs
from claimx.rules.registry import note

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _according_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "According to X, ..." / "..., according to X." """
    doc, words, i = d.doc, d.words, tok.i
    if words.lower[i] in ("in", "by"):
        # "In the poll, the mayor led by five points": a poll, study or report as source; "by
        # one estimate, ...": an estimate or account
        to = tok
        if words.dep[i] != "prep" or words.pos[words.head[i]] not in ("VERB", "AUX"):
            return None  # (from the columns, before the objects: "in" and "by" are everywhere)
        sources = SOURCE_DOCUMENTS if words.lower[i] == "in" else SOURCE_RECKONINGS
        dep, lemmas = words.dep, d.lemmas  # the columns: no `Token` for each child
        named = [c for c in words.children(i) if dep[c] == "pobj" and lemmas[c] in sources]
        if not named:
            return None
        objs = [tokens_of(doc)[named[0]]]
    else:
        # the tree pattern `according-to`: "according", "to" right after it, the source
        found = patterns.find("according-to", doc, tok.i)
        if not found:
            return None
        to = doc[found[0]["to"]]
        objs = [doc[found[0]["source"]]]
    if not objs:
        return None
    lo, hi = _phrase(objs[0])
    head: Token | None = tok.head if tok.head.i != tok.i else None
    # the clause it qualifies: climb from a noun it was hung on to that noun's verb (spaCy
    # makes a new Token object on every access, so the root is found by index, not identity)
    while (
        head is not None
        # a word tagged as a verb in a noun's place ("repairs to the bridges would cost ...")
        # is a noun too
        and (head.pos_ not in ("VERB", "AUX") or head.dep_ in NOUN_DEPS)
        and head.head.i != head.i
    ):
        head = head.head
    n = d.sent_of[tok.i]
    s_lo, s_hi = d.sents[n][0], d.sents[n][1] - 1
    if head is not None and head.i != tok.i:
        h_lo, h_hi = _first_last(head)
    else:
        h_lo, h_hi = s_lo, s_hi
    if head is not None:
        hi = _apposed_name(doc, head, hi)
    a_lo, a_hi = tok.i, hi
    if a_lo <= h_lo:
        content = (a_hi + 1, h_hi)
    elif a_hi >= h_hi:
        content = (h_lo, a_lo - 1)
    else:
        # in the middle: the larger side
        left, right = (h_lo, a_lo - 1), (a_hi + 1, h_hi)
        content = left if left[1] - left[0] >= right[1] - right[0] else right
    part = _content_chars(d, *content)
    if part is None:
        return None
    parts = [part]
    said = any(t.pos_ in CONTENT_POS for t in span_at(doc, h_lo, a_lo))  # not a bare "that, ..."
    if _set_off(doc, a_lo, a_hi) and said and a_hi < h_hi:
        # "The president, according to aides, plans to ...": the clause on both sides
        before, after = _content_chars(d, h_lo, a_lo - 1), _content_chars(d, a_hi + 1, h_hi)
        if before is not None and after is not None:
            parts = [before, after]
    speaker = _chars(d, lo, hi, " \t\r\n")
    return _Cand(
        cue=_chars(d, tok.i, to.i),
        speaker=speaker,
        speaker_span=span_at(doc, lo, hi + 1),
        parts=parts,
        cue_i=tok.i,
        nests=tok.lower_ != "according",
        rule={"according": ACCORDING_TO, "in": IN_DOCUMENT}.get(tok.lower_, BY_RECKONING),
    )


#: the dependencies of a noun phrase in its clause
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "compound", "poss"})
#: parts of speech that make words before an aside a part of what is said
CONTENT_POS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM", "ADJ"})


def _set_off(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens lo..hi stand between two commas."""
    return lo > 0 and hi + 1 < len(doc) and doc[lo - 1].text == "," and doc[hi + 1].text == ","


def _clear_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "X made clear that ...", "X made it plain that ...": the clause after the adjective is
    what make's subject stated."""
    make = tok.head
    if make.lemma_.lower() != "make" or not 0 < tok.i - make.i <= 2 or make.pos_ != "VERB":
        return None
    if tok.i - make.i == 2 and d.doc[make.i + 1].lower_ != "it":
        return None
    comp = None
    for c in (*children_of(tok), *children_of(make)):
        # the parse may take the clause for the adjective's subject ("made clear that ...")
        clause = c.i > tok.i and c.dep_ in ("ccomp", "advcl", "csubj") and c.pos_ in ("VERB", "AUX")
        if clause and any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c)):
            comp = c
            break
    subj = _subject(make)
    if comp is None or subj is None or subj.i > make.i:
        return None
    part = _content_chars(d, *_clause(comp))
    if part is None:
        return None
    note(SPEAKER_SUBJECT)
    speaker, speaker_span = _speaker_of(d, subj, make)
    cue_lo, _ = _cue_range(make)
    return _Cand(
        cue=_cue_chars(d, cue_lo, tok.i),
        speaker=speaker,
        speaker_span=speaker_span,
        parts=d.clamp([part], tok.idx),
        cue_i=make.i,
        rule=MADE_CLEAR,
    )


def _mean_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "I mean, the ferry was always late", "I mean that it was late": the speaker restating
    what they say; the clause "I mean" hangs on (after it), or its own that-clause."""
    subj = _subject(tok)
    if tok.tag_ != "VBP" or subj is None or subj.lower_ not in ("i", "we") or subj.i != tok.i - 1:
        return None
    doc = d.doc
    comp = next((c for c in children_of(tok) if c.dep_ == "ccomp" and c.i > tok.i), None)
    if comp is not None:
        lo, hi = _clause(comp)
    elif tok.dep_ == "parataxis" and tok.head.i > tok.i and tok.right_edge.i < tok.head.i:
        lo, hi = tok.right_edge.i + 1, tok.head.right_edge.i
        while lo < hi and doc[lo].is_punct:
            lo += 1
    else:
        return None
    part = _content_chars(d, lo, _trailing_cut(d, lo, hi))
    if part is None:
        return None
    note(SPEAKER_SUBJECT)
    speaker, speaker_span = _speaker_of(d, subj, tok)
    return _Cand(
        cue=_cue_chars(d, tok.i, tok.i),
        speaker=speaker,
        speaker_span=speaker_span,
        parts=d.clamp([part], tok.idx),
        cue_i=tok.i,
        rule=I_MEAN,
    )


def _apposed_name(doc: Doc, head: Token, hi: int) -> int:
    """The last token of an according-to source with the name set off after it ("according to
    the club's coach, Anna Berg, in the first game, ..."), which the parse may make a first
    subject of the clause: a comma-set subject with a second subject after it is the source's."""
    if hi + 2 >= len(doc) or doc[hi + 1].text != ",":
        return hi
    first = doc[hi + 2]
    while first.head.i != first.i and first.head.i != head.i and first.head.i > first.i:
        first = first.head
    if first.dep_ != "nsubj" or first.head.i != head.i or first.left_edge.i != hi + 2:
        return hi
    end = first.right_edge.i
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return hi
    others = [c for c in children_of(head) if c.dep_ == "nsubj" and c.i > end]
    return end if others and first.pos_ == "PROPN" else hi


def _adjective_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "X is confident (that) ...", "X was not sure whether ...", "X are concerned ..." """
    if tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(tok)):
        cop = tok  # "X are concerned the law will change": the parse's passive participle
    elif tok.dep_ != "acomp" or tok.head.i == tok.i:
        return None
    else:
        cop = tok.head
    comps = [c for c in children_of(tok) if c.dep_ == "ccomp" and c.i > tok.i]
    comps += [c for c in children_of(cop) if c.dep_ == "ccomp" and c.i > tok.i]
    subj = _subject(cop) or _subject_on_aux(cop)
    if subj is None:
        return None
    cue_end = tok.i
    rule = ADJECTIVE_CLAUSE
    if comps:
        part = _content_chars(d, *_clause(comps[0]))
    else:
        # "critical of X", "worried about X": the object of the adjective's preposition
        preps = [c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in STANCE_PREPS]
        objs = [g for g in children_of(preps[0]) if g.dep_ in ("pobj", "pcomp")] if preps else []
        if not objs or preps[0].i != tok.i + 1:
            return None
        part = _content_chars(d, *_first_last(objs[0]))
        cue_end = preps[0].i
        rule = ADJECTIVE_PREPOSITION
    if part is None:
        return None
    cue_lo, _ = _cue_range(cop)
    if subj.lower_ == "it" and comps:
        speaker = speaker_span = None  # "it is certain that ...": the writer's, no one's
    else:
        note(SPEAKER_SUBJECT)
        speaker, speaker_span = _speaker_of(d, subj, tok)
    return _Cand(
        cue=_chars(d, cue_lo, cue_end),
        speaker=speaker,
        speaker_span=speaker_span,
        parts=[part],
        cue_i=tok.i,
        rule=rule,
    )


def _hedge_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "The plan seems too risky", "she appears to have left": the writer's hedge, without a
    source; the subject and what it seems to be or do are the content."""
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is not None and subj.lower_ == "it":
        return _it_seems_cand(d, tok)
    if subj is None or subj.lower_ in ("there", "him", "her", "them", "me", "us"):
        return None  # "makes him seem kinder": a causative's small clause
    comp = None
    for c in children_of(tok):
        if c.i < tok.i:
            continue
        if c.dep_ in ("acomp", "attr", "oprd") or (c.dep_ == "xcomp" and not _is_cue_lemma(c)):
            comp = c
            break
        if c.dep_ == "prep" and c.lower_ == "like":
            comp = c
            break
    if comp is None or (_lemma(tok) == "look" and comp.dep_ == "xcomp"):
        return None
    lo, hi = _phrase(subj)
    first = _content_chars(d, lo, hi)
    c_lo, c_hi = _first_last(comp)
    if comp.dep_ == "prep":
        c_lo += 1  # "looks like": "like" belongs to the cue
    second = _content_chars(d, c_lo, c_hi)
    if first is None or second is None:
        return None
    cue_lo, cue_hi = _cue_range(tok, comp.i if comp.dep_ == "prep" else None)
    return _Cand(
        cue=_cue_chars(d, cue_lo, cue_hi),
        speaker=None,
        speaker_span=None,
        parts=d.clamp([first, second], tok.idx),
        cue_i=tok.i,
        rule=HEDGE,
    )


def _it_seems_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "It seems the deal is dead", "it appears that nobody read it", "it looks like ...", "it
    now seems likely that ...": the writer's hedge on a clause; the clause is the content, and
    the one it seems so to ("it seemed to me that") the source."""
    children = [c for c in children_of(tok) if c.i > tok.i]
    # "it seems likely that ...": the adjective joins the cue, wherever the clause hangs
    adj = next((c for c in children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"), None)
    if adj is not None and adj.i != tok.i + 1:
        adj = None
    last = adj.i if adj is not None else None
    comp = next((c for c in children if c.dep_ == "ccomp"), None)
    if comp is None:
        # "it looks like the deal is dead", "it seems as if ...": the clause with its mark
        comp = next(
            (
                c
                for c in children
                if c.dep_ == "advcl"
                and any(g.dep_ == "mark" and g.lower_ in ("like", "if") for g in children_of(c))
            ),
            None,
        )
    if comp is None and adj is not None:
        comp = next((g for g in children_of(adj) if g.dep_ == "ccomp" and g.i > adj.i), None)
    if comp is None:
        return None
    lo, hi = _clause(comp)
    doc = d.doc
    while lo < hi and doc[lo].dep_ == "mark" and doc[lo].lower_ in ("like", "if", "as"):
        lo += 1  # "looks like", "as if": the mark belongs to the cue
    content = _content_chars(d, lo, hi)
    if content is None:
        return None
    speaker = speaker_span = None
    to = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to" and c.i < lo), None)
    who = next((g for g in children_of(to) if g.dep_ == "pobj"), None) if to else None
    if who is not None:
        p_lo, p_hi = _phrase(who)
        speaker, speaker_span = _chars(d, p_lo, p_hi, " \t\r\n"), span_at(doc, p_lo, p_hi + 1)
    cue_lo, cue_hi = _cue_range(tok, last)
    return _Cand(
        cue=_cue_chars(d, cue_lo, cue_hi),
        speaker=speaker,
        speaker_span=speaker_span,
        parts=d.clamp([content], tok.idx),
        cue_i=tok.i,
        rule=IT_SEEMS,
    )


def _hearsay_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "The mayor allegedly took money", "the ship reportedly sank": the clause the adverb
    modifies, on both sides of it, is what others say; nobody is named."""
    head = tok.head
    if tok.dep_ != "advmod" or head.i == tok.i or head.pos_ not in ("VERB", "AUX"):
        return None
    h_lo, h_hi = _clause(head)
    doc = d.doc
    while h_lo < tok.i and doc[h_lo].dep_ == "mark" and doc[h_lo].head.i == head.i:
        h_lo += 1  # "in that the authorities were reportedly ...": the subordinator is not said
    if not h_lo < tok.i <= h_hi:
        return None  # "Allegedly, ...": nothing of the clause before it to go with
    parts = [
        p
        for p in (_content_chars(d, h_lo, tok.i - 1), _content_chars(d, tok.i + 1, h_hi))
        if p is not None
    ]
    if len(parts) < 2:
        return None
    return _Cand(
        cue=_chars(d, tok.i, tok.i),
        speaker=None,
        speaker_span=None,
        parts=d.clamp(parts, tok.idx),
        cue_i=tok.i,
        rule=HEARSAY_ADVERB,
    )


def _noun_cue_lo(tok: Token) -> int:
    """The first token of a nominal cue: the noun with the adjectives right before it ("her
    public statement that ...", "a stern warning that ...": how it was said, as an adverb is
    part of a verb's cue); no determiner or possessor."""
    lo = tok.i
    for c in sorted((c for c in children_of(tok) if c.i < tok.i), key=lambda c: -c.i):
        if c.i != lo - 1 or c.dep_ != "amod":
            break
        lo = c.left_edge.i
    return lo


def _relative_on_report(comp: Token) -> bool:
    """ "a claim that Republicans dispute", "the view that critics reject": a "that" the parse
    took for the mark of a content clause whose verb is one of saying or rejecting with nothing
    said of its own is the relative pronoun, its object; the clause says nothing of the noun."""
    lemma = _lemma(comp)
    if lemma not in cue_verbs() and lemma not in cue_frames().object:
        return False
    return not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "prep", "advcl")
        for c in children_of(comp)
    )


def _noun_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "X's warning that ...", "the claim by X that ...", "his promise to ...", "X's view is
    that ..." """
    doc = d.doc
    if _lemma(tok) in MADE_NOUNS and not (tok.dep_ == "dobj" and _lemma(tok.head) == "make"):
        return None  # "the case that the court heard": a thing, not "made the case that"
    if tok.dep_ == "pobj" and _lemma(tok) in SPEECH_EVENTS and _is_cue_lemma(tok.head.head):
        return None  # "said in a statement that ...": the verb's report (verbs._event_clause)
    comp = None
    for c in children_of(tok):
        if c.i > tok.i and c.dep_ in ("acl", "ccomp", "relcl"):
            marks = [g for g in children_of(c) if g.dep_ == "mark" and g.lower_ == "that"]
            tos = [g for g in children_of(c) if g.dep_ == "aux" and g.lower_ == "to"]
            if (marks and marks[0].i == c.left_edge.i) or tos:
                comp = c
                break
    if comp is not None and _relative_on_report(comp):
        return None
    if comp is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        # "The mayor's view is that ...": the clause the copula gives the noun
        for c in children_of(tok.head):
            if c.dep_ == "ccomp" and c.i > tok.head.i:
                marks = [g for g in children_of(c) if g.dep_ == "mark" and g.lower_ == "that"]
                if marks and marks[0].i == c.left_edge.i == tok.head.i + 1:
                    comp = c
                break
    topic = None
    if comp is None and tok.i + 1 < len(doc) and d.words.head[tok.i + 1] == tok.i:
        # "her remarks about the plan", "his warning against it": the topic of a noun of
        # saying; the preposition joins the cue (the tree pattern `noun-topic`, asked only when
        # the word right after the noun hangs on it: the pattern's preposition must be that word)
        for found in patterns.find("noun-topic", doc, tok.i):
            if found["prep"] == tok.i + 1:
                comp, topic = doc[found["topic"]], doc[found["prep"]]
                break
    if comp is None:
        return None
    # the source: the noun's possessor, or the object of a by/from phrase before the content;
    # of several, the last (tree patterns `possessor` and `by-from-source`)
    sources = [
        (m["owner"], m["owner"], SPEAKER_POSSESSOR) for m in patterns.find("possessor", doc, tok.i)
    ]
    for m in patterns.find("by-from-source", doc, tok.i):
        if m["prep"] < comp.i and all(m["prep"] != s[0] for s in sources):
            sources.append((m["prep"], m["source"], SPEAKER_BY_PHRASE))
    speaker_tok = None
    route = SPEAKER_POSSESSOR
    if sources:
        _, source, route = max(sources)
        speaker_tok = doc[source]
    if speaker_tok is None:
        # "his tacit acknowledgment", "the police’s earlier claim": a possessor the parse hung
        # elsewhere in the noun phrase
        for t in span_at(doc, max(0, tok.left_edge.i - 1, tok.i - 8), tok.i):
            if t.tag_ == "PRP$":
                speaker_tok = t
            elif t.tag_ == "POS" and t.i > 0 and not doc[t.i - 1].is_punct:
                speaker_tok = doc[t.i - 1]
    if speaker_tok is None and patterns.find("light-verb-noun", doc, tok.i):
        # "X made the claim that ...", "X voiced concerns that ...": the doer is the source
        speaker_tok = _subject(tok.head)
        route = SPEAKER_LIGHT_VERB
    if speaker_tok is None and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
        # "X persisted in arguments that ...": the one who persists
        speaker_tok = _subject(tok.head.head)
        route = SPEAKER_COORDINATED
    if speaker_tok is None:
        # "allegations that ...": a report whose source the writer does not give
        if topic is not None or not any(
            g.dep_ == "mark" and g.lower_ == "that" for g in children_of(comp)
        ):
            return None
        c_lo, c_hi = _first_last(comp)
        part = _content_chars(d, c_lo, _trailing_cut(d, c_lo, c_hi) if topic else c_hi)
        if part is None:
            return None
        return _Cand(
            cue=_chars(d, _noun_cue_lo(tok), tok.i),
            speaker=None,
            speaker_span=None,
            parts=[part],
            cue_i=tok.i,
            rule=NOUN_UNSOURCED,
        )
    note(route)
    lo, hi = _phrase(speaker_tok)
    name_hi = hi  # the actor is looked up without the possessive marker
    if speaker_tok.dep_ == "poss":
        while name_hi > lo and doc[name_hi].tag_ == "POS":
            name_hi -= 1
    c_lo, c_hi = _first_last(comp)
    part = _content_chars(d, c_lo, _trailing_cut(d, c_lo, c_hi) if topic else c_hi)
    if part is None:
        return None
    cue_lo = _noun_cue_lo(tok)
    if route == SPEAKER_LIGHT_VERB and tok.head.i < tok.i:
        # "has made the claim that ...", "voiced concerns that ...": the light verb, with its
        # auxiliaries, negation and adverbs, is part of the cue
        cue_lo = _cue_range(tok.head)[0]
    return _Cand(
        cue=_chars(d, cue_lo, topic.i if topic is not None else tok.i),
        # "Smith's claim that ...": the source keeps its possessive marker, as "his" does
        speaker=_chars(d, lo, hi, " \t\r\n"),
        speaker_span=span_at(doc, lo, name_hi + 1),
        parts=[part],
        cue_i=tok.i,
        rule=NOUN_TOPIC if topic is not None else NOUN_COMPLEMENT,
    )
