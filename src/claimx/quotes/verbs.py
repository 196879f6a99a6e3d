"""Candidates built on a reporting verb: its clause, infinitive, object, preposition or colon
as the content, and the passive of a verb whose object is its content."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from claimx.quotes.base import (
    _bounds,
    _Cand,
    _content_chars,
    _cue_chars,
    _Doc,
    _first_last,
    _inverted_aside,
    _is_cue_lemma,
    _lemma,
    _phrase,
    _stray_that_clause,
    _subject,
    _trailing_cut,
)
from claimx.quotes.clauses import (
    _as_host,
    _as_report,
    _clause,
    _colon_content,
    _event_clause,
    _gerund_clause,
    _leading_date,
    _past_colon,
    _quoted_name,
    _stranded_subject,
    _told_clause,
    _trailing_reason,
)
from claimx.quotes.constructions import (
    AS_PARENTHETICAL,
    PARENTHETICAL,
    PASSIVE_OBJECT,
    SPEAKER_PASSIVE_BY,
    VERB_CLAUSE,
    VERB_COLON,
    VERB_DESCRIBED_AS,
    VERB_GERUND,
    VERB_INFINITIVE,
    VERB_NAMING,
    VERB_OBJECT,
    VERB_OBJECT_INFINITIVE,
    VERB_PREPOSITION,
)
from claimx.quotes.objects import addressee_between, stance_topic, when_or_where_said
from claimx.quotes.speaker import _agent, _cue_range, _find_speaker, _speaker_of
from claimx.quotes.words import (
    ALNUM,
    AS_CUES,
    DASHED_ASIDE,
    GROUND_PREPS,
    MAKING_PUBLIC,
    MANNER_NOUNS,
    MAX_ASIDE_SCAN,
    NAMING_DEPS,
    OBJECT_COMPLEMENTS,
    OBJECT_PREPS,
    QUOTE_CHARS,
    SOURCE_DOCUMENTS,
    SPEECH_EVENTS,
    STANDING,
)
from claimx.rules import tokens
from claimx.rules.docview import children_of, span_at, words_of
from claimx.rules.lexicon import cue_adjectives, cue_frames, cue_nouns, cue_verbs
from claimx.rules.registry import note

if TYPE_CHECKING:
    from spacy.tokens import Token


def _content_of_verb(tok: Token) -> tuple[list[tuple[int, int]], int | None, str] | None:
    """Token ranges of the content of a reporting verb, the last token of its cue and the
    construction (`rule`) that found them."""
    frames = cue_frames()
    lemma = _lemma(tok)
    children = children_of(tok)  # (read only)
    # the word columns and cached subtree bounds: a `Token` attribute makes a new string (or a
    # new `Token`) on every read, and this runs for every cue verb
    doc = tok.doc
    words = words_of(doc)
    dep, lower, tag = words.dep, words.lower, words.tag
    if lemma in cue_verbs():
        comps = [c for c in children if dep[c.i] == "ccomp"]
        if comps:
            after = [c for c in comps if c.i > tok.i]
            comp = after[0] if after else comps[-1]
            lo, hi = _clause(comp)
            for nxt in after[1:2]:
                # "I think the city's bus plan needs more money": the parse can split one
                # complement into two clauses side by side; the content is both
                n_lo, n_hi = _clause(nxt)
                doc = tok.doc
                if (
                    n_lo == hi + 1
                    and (
                        not (doc[hi].is_punct or doc[n_lo].is_punct)
                        # "said the bridge, closed since March, would reopen": the parse
                        # took the participle for the clause's verb; the verb after the
                        # comma, without a subject of its own, is the same clause's
                        or (doc[hi].text == "," and _subject(nxt) is None)
                    )
                    # "X said A Y said B": two reports; but "that a member of the club called
                    # the Circle was persuaded to ...": the parse took the participle of naming
                    # for the clause's verb, and the verb without a subject goes on with it
                    and not (_is_cue_lemma(nxt) and not _named_then_verb(comp, nxt))
                ):
                    hi = n_hi
            inverted = _inverted_aside(tok)
            if inverted is not None and comp.i > tok.i:
                # "The mill, said a spokesman, will be sold": the clause's subject before the aside
                return [(_bounds(doc, inverted[0].i)[0], tok.i - 1), (lo, hi)], None, VERB_CLAUSE
            when = _leading_date(tok, comp, lo)
            if when is not None:
                return [(when + 1, hi)], when, VERB_CLAUSE
            tail = _trailing_reason(tok, comp)
            return [(_stranded_subject(tok, comp, lo), hi), *tail], None, VERB_CLAUSE
        event = _event_clause(tok, children)
        if event is not None:
            return [_clause(event[1])], event[0], VERB_CLAUSE
        told = _told_clause(tok, children)
        if told is not None:
            return [_clause(told)], None, VERB_CLAUSE
        gerund = _gerund_clause(tok, children)
        if gerund is not None:
            return [_first_last(gerund[0])], gerund[1], VERB_GERUND
    if lemma in AS_CUES and dep[tok.i] == "advcl" and _as_report(tok):
        # "As she said, the plan is dead": the clause the as-clause hangs on, without it
        head = _as_host(tok)
        h_lo, h_hi = _first_last(head)
        t_lo, t_hi = _first_last(tok)
        doc = tok.doc
        while t_hi + 1 <= h_hi and doc[t_hi + 1].is_punct and doc[t_hi + 1].text != "?":
            t_hi += 1
        while t_lo - 1 >= h_lo and doc[t_lo - 1].is_punct:
            t_lo -= 1
        parts = [(lo, hi) for lo, hi in ((h_lo, t_lo - 1), (t_hi + 1, h_hi)) if lo <= hi]
        if parts:
            # "as the mayor put it": the idiom's "it" is part of the cue
            put_it = next((c.i for c in children if dep[c.i] == "dobj" and lemma == "put"), None)
            return parts, put_it, AS_PARENTHETICAL
    if lemma in frames.object_infinitive:
        objs = [c for c in children if dep[c.i] in ("dobj",) and c.i > tok.i]
        xcomps = [c for c in children if dep[c.i] in ("xcomp", "ccomp") and c.i > tok.i]
        on_prep = any(
            dep[c.i] in ("prep", "prt") and (lemma, lower[c.i]) in frames.preposition
            for c in children
        )
        if (
            xcomps
            and any(lower[g.i] == "to" for g in children_of(xcomps[0]))
            and (objs or not on_prep)  # "called on X to ...": the prepositional frame
        ):
            lo = _bounds(doc, objs[0].i)[0] if objs else _bounds(doc, xcomps[0].i)[0]
            return [(lo, _bounds(doc, xcomps[0].i)[1])], None, VERB_OBJECT_INFINITIVE
    if lemma in frames.infinitive or (
        # "the minister is said to have left": the passive of a verb of saying or thinking
        # whose subject is raised from the infinitive
        lemma in frames.passive_infinitive
        and tag[tok.i] == "VBN"
        and any(dep[c.i] == "auxpass" for c in children)
    ):
        for c in children:
            if (
                dep[c.i] == "xcomp"
                and c.i > tok.i
                and any(dep[g.i] == "aux" for g in children_of(c))
            ):
                lo, hi = _first_last(c)
                # "wants to cut taxes, grow jobs and ...": a bare verb hung on the finite cue
                # cannot be coordinated with it (no agreement): it goes on the infinitive
                for g in children:
                    if (
                        dep[g.i] == "conj"
                        and g.i > hi
                        and tag[g.i] == "VB"
                        and tag[tok.i] in ("VBZ", "VBD", "VBN", "VBG")
                        and _subject(g) is None
                    ):
                        hi = _bounds(doc, g.i)[1]
                return [(lo, hi)], None, VERB_INFINITIVE
    for c in children:
        if dep[c.i] == "prep" and (lemma, lower[c.i]) in frames.preposition and c.i > tok.i:
            objs = [g for g in children_of(c) if dep[g.i] in ("pobj", "pcomp")]
            if objs and _lemma(objs[0]) in MANNER_NOUNS:
                continue  # "spoke on condition of anonymity": how, not what, was said
            if objs and c.i - tok.i <= 3:
                lo, hi = _clause(objs[0])
                # "called on X to ...": the infinitive belongs to the content; "went after X
                # as a fraud": so does what X is called
                for g in children:
                    as_name = dep[g.i] == "prep" and lower[g.i] == "as" and g.i == hi + 1
                    if as_name or (dep[g.i] in ("xcomp", "ccomp") and g.i > hi):
                        hi = _bounds(doc, g.i)[1]
                # the preposition joins the cue when nothing but adverbs stands between, or
                # the one asked or pressed ("asked him about", "pressed the minister on")
                between = span_at(tok.doc, tok.i + 1, c.i)
                joined = all(dep[t.i] in ("advmod", "prt") for t in between) or addressee_between(
                    tok, c
                )
                return [(lo, hi)], c.i if joined else None, VERB_PREPOSITION
    for c in children:
        # the same with the preposition parsed as a particle: "could call on X to ..."
        if dep[c.i] == "prt" and (lemma, lower[c.i]) in frames.preposition and c.i > tok.i:
            objs = [g for g in children if dep[g.i] == "dobj" and g.i > c.i]
            if objs:
                lo, hi = _clause(objs[0])
                for g in children:
                    if dep[g.i] in ("xcomp", "ccomp") and g.i > hi:
                        hi = _bounds(doc, g.i)[1]
                return [(lo, hi)], c.i, VERB_PREPOSITION
    if lemma in frames.predicative_as:
        objs = [c for c in children if dep[c.i] == "dobj" and c.i > tok.i]
        as_ = [c for c in children if dep[c.i] == "prep" and lower[c.i] == "as" and c.i > tok.i]
        if objs and as_:
            return (
                [(_bounds(doc, objs[0].i)[0], _bounds(doc, as_[0].i)[1])],
                None,
                VERB_DESCRIBED_AS,
            )
    if lemma in frames.naming:
        # "X called Y a liar": the object and the name given to it
        named = [c for c in children if dep[c.i] in NAMING_DEPS and c.i > tok.i]
        if len(named) == 1 and _quoted_name(named[0]):
            # "called the bill “a disaster”": the parse hung the quoted name on the object
            return [_first_last(named[0])], None, VERB_NAMING
        if len(named) >= 2 or (named and dep[named[0].i] == "ccomp"):
            hi = named[-1].right_edge.i
            # "called it a disgrace over the shooting": the ground of the name goes with it
            for c in children:
                if dep[c.i] == "prep" and c.i == hi + 1 and lower[c.i] in GROUND_PREPS:
                    hi = _bounds(doc, c.i)[1]
            return [(_bounds(doc, named[0].i)[0], hi)], None, VERB_NAMING
    if lemma in frames.object:
        objs = [c for c in children if dep[c.i] == "dobj" and c.i > tok.i]
        stance = stance_topic(tok, objs[0]) if objs else None
        if stance is not None:
            # "expressed support for the strike": the verb, its noun and the preposition
            return [_first_last(stance[1])], stance[0].i, VERB_OBJECT
        if objs:
            lo, hi = _first_last(objs[0])
            # "accused X of ...", "blasted X for ...", "praised X as ...": the ground belongs too
            for c in children:
                if dep[c.i] == "prep" and c.i == hi + 1 and lower[c.i] in GROUND_PREPS:
                    hi = _bounds(doc, c.i)[1]
            # what the verb says of its object right after it: "showed her ahead", "offers
            # loans to parents", "unveiled a list from ..."
            for c in sorted(children, key=lambda c: c.i):
                if (
                    c.i > hi
                    and _bounds(doc, c.i)[0] == hi + 1
                    and dep[c.i] in OBJECT_COMPLEMENTS
                    and (dep[c.i] != "prep" or lower[c.i] in OBJECT_PREPS)
                ):
                    if dep[c.i] == "prep" and when_or_where_said(c):
                        break  # "criticized the plan on Monday": when it was said
                    hi = _bounds(doc, c.i)[1]
            if words.text[hi] in QUOTE_CHARS:
                # a quoted object is a mixed quote, whose content runs to the end of the clause
                for c in children:
                    if c.i == hi + 1 and dep[c.i] in ("prep", "advmod", "npadvmod"):
                        hi = _bounds(doc, c.i)[1]
            return [(lo, hi)], None, VERB_OBJECT
    if lemma in cue_verbs() and dep[tok.i] in ("parataxis", "ccomp") and tok.head.i != tok.i:
        # "The plan is dead, the minister said." / "The plan, she said, is dead."
        head = tok.head
        h_lo, h_hi = _first_last(head)
        t_lo, t_hi = _first_last(tok)
        inverted = _inverted_aside(tok)
        if inverted is not None:
            t_lo = tok.i  # "The bridge, said Roe, is unsafe": "The bridge" is the clause's
        punct = words.punct
        while t_lo < tok.i and punct[t_lo]:
            t_lo += 1
        while t_hi > tok.i and punct[t_hi]:
            t_hi -= 1
        interrupts = t_lo > 0 and words.text[t_lo - 1] in (",", "—", "–")
        if (
            t_lo > h_lo
            and (_subject(tok) is not None or inverted is not None)
            and interrupts
            and not (dep[tok.i] == "ccomp" and _is_cue_lemma(head))
        ):
            parts = [(h_lo, t_lo - 1)]
            if t_hi < h_hi:
                parts.append((t_hi + 1, h_hi))
            return parts, None, PARENTHETICAL
    return None


def _passive_object(d: _Doc, tok: Token) -> _Cand | None:
    """ "The plan was praised by the mayor", "the bill was widely criticized": the passive of a
    verb whose object is its content has that content as subject, and the agent as source."""
    frames = cue_frames()
    lemma = _lemma(tok)
    if not (lemma in frames.object or lemma in frames.predicative_as or lemma in frames.naming):
        return None
    patient = next((c for c in children_of(tok) if c.dep_ == "nsubjpass"), None)
    if patient is None or patient.i > tok.i or patient.lower_ in ("it", "there"):
        return None
    if any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children_of(c))
        for c in children_of(tok)
    ):
        return None  # "X is reported to have said ...": the infinitive's report is X's
    if patient.tag_ in ("WDT", "WP"):
        return None  # "which was praised": the content is the relative's antecedent
    if _lemma(patient) in cue_nouns() and any(
        c.dep_ in ("acl", "ccomp") and c.i > patient.i for c in children_of(patient)
    ):
        return None  # "her warning that ... was dismissed": the warning is the report
    lo, hi = _phrase(patient)
    part = _content_chars(d, lo, hi)
    if part is None:
        return None
    parts = d.clamp([part], tok.idx)
    if not parts:
        return None
    agent = _agent(tok)
    if agent is None and _lemma(tok) in MAKING_PUBLIC:
        return None  # "the novel was published in May": an event, not somebody's view
    if (
        agent is None
        and lemma in STANDING
        and any(c.dep_ == "prep" and c.lower_ in ("as", "for") for c in children_of(tok))
    ):
        return None  # "is widely recognized as a founder of the field": the writer's account
    speaker = speaker_span = None
    last = None
    for c in children_of(tok):
        # "was accused of lying", "was criticized for the delay": the ground goes with it, and
        # the preposition right after the verb belongs to the cue
        objs = [g for g in children_of(c) if g.dep_ in ("pobj", "pcomp")]
        if c.dep_ == "oprd" and c.i > tok.i and lemma in frames.naming:
            # "the plan was called a disaster": what it is called
            named = _content_chars(d, *_first_last(c))
            if named is not None:
                parts = parts + d.clamp([named], tok.idx)
            break
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in GROUND_PREPS and objs:
            ground = _content_chars(d, *_first_last(objs[0]))
            if ground is not None:
                parts = parts + d.clamp([ground], tok.idx)
                if c.i == tok.i + 1:
                    last = c.i
            break
    if agent is not None:
        note(SPEAKER_PASSIVE_BY)
        speaker, speaker_span = _speaker_of(d, agent, tok)
        # "was praised by X": "by" introduces the source and is no part of the cue
        last = None
    cue_lo, cue_hi = _cue_range(tok, last)
    return _Cand(
        cue=_cue_chars(d, cue_lo, cue_hi),
        speaker=speaker,
        speaker_span=speaker_span,
        parts=parts,
        cue_i=tok.i,
        rule=PASSIVE_OBJECT,
    )


def _without_dashed_asides(d: _Doc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A reported content without the writer's aside between a pair of dashes ("the top 1
    percent -- those earning more than ... -- would pay"): two parts around it."""
    out: list[tuple[int, int]] = []
    for start, end in parts:
        if end - start > MAX_ASIDE_SCAN:
            out.append((start, end))  # a sentence is shorter: nested reports stay linear
            continue
        text = d.text
        # (two dashes set off by blanks first: the pattern, tried at every blank, costs more)
        dashes = d.aside_dashes
        dashed = bisect_left(dashes, end) - bisect_left(dashes, start) >= 2
        for m in DASHED_ASIDE.finditer(text, start, end) if dashed else ():
            if d.region_at(m.start()) >= 0 or d.region_at(m.end() - 1) >= 0:
                continue
            if any(ch in QUOTE_CHARS for ch in m.group(0)):
                continue
            before = tokens.trim(d.text, start, m.start())
            if before[0] < before[1]:
                out.append(before)
            start = m.end()
        after = tokens.trim(d.text, start, end)
        if after[0] < after[1]:
            out.append(after)
    return out


def _around_relative(
    d: _Doc, tok: Token, ranges: list[tuple[int, int]], last: int | None
) -> list[tuple[int, int]]:
    """ "the plan, which the mayor said was a mistake": a content that starts with the relative
    pronoun before the speaker and the cue is that pronoun and what follows the cue."""
    tag, head = d.words.tag, d.words.head  # the columns: no `Token` for each range's first word
    out = []
    for lo, hi in ranges:
        if lo < tok.i < hi and tag[lo] in ("WDT", "WP") and head[lo] > tok.i:
            _, cue_hi = _cue_range(tok, last)
            out.extend([(lo, lo), (cue_hi + 1, hi)])
        else:
            out.append((lo, hi))
    return out


def _hedges_a_report(tok: Token) -> bool:
    """ "The mayor is expected to announce that ...": a passive with no agent whose infinitive
    is itself a report with a clause is the writer's hedge on that report, which is the
    mayor's (the inner report is the quote)."""
    if _agent(tok) is not None or not any(c.dep_ == "nsubjpass" for c in children_of(tok)):
        return False
    return any(
        c.dep_ == "xcomp"
        and _lemma(c) in cue_verbs()
        and any(g.dep_ == "ccomp" and g.i > c.i for g in children_of(c))
        for c in children_of(tok)
    )


def _named_then_verb(comp: Token, nxt: Token) -> bool:
    """Whether a complement is a participle of naming with its name ("the club called the
    Circle") and the next one a verb without a subject: one clause the parse cut in two."""
    return any(c.dep_ == "oprd" for c in children_of(comp)) and _subject(nxt) is None


def _colon_after(d: _Doc, char: int) -> bool:
    """Whether a colon ends the text before the character offset or follows it after blanks."""
    rest = d.text[char : char + 4].lstrip(" \t")
    return rest.startswith(":") or (char > 0 and d.text[char - 1] == ":")


def _verb_cand(d: _Doc, tok: Token) -> _Cand | None:
    # the word columns: a `Token` attribute makes a new string on every read
    dep, lower, tag = d.words.dep, d.words.lower, d.words.tag
    lemma = d.lemmas[tok.i]  # asked by every test below: read once
    if (
        dep[tok.i] == "acl"
        and lemma not in cue_verbs()
        # "issued a statement calling the ruling a victory": what a statement or letter does is
        # what its author says
        and not (tag[tok.i] == "VBG" and _lemma(tok.head) in SPEECH_EVENTS | SOURCE_DOCUMENTS)
    ):
        return None  # "the coalition supporting Kyiv": a modifier, not an act of saying
    found = _content_of_verb(tok)
    if found is None and lemma in cue_verbs():
        stray = _stray_that_clause(tok)
        found = ([stray], None, VERB_CLAUSE) if stray is not None else None
    if found is None:
        passive = _passive_object(d, tok)
        if passive is not None:
            return passive
        colon = _colon_content(d, tok) if lemma in cue_verbs() else None
        if colon is None or (
            # "the rule is usually written: F = ma", "the final was held on Sunday: ...": a
            # passive's subject is what was written or held, and no one is said to speak
            any(dep[c.i] in ("nsubjpass", "auxpass") for c in children_of(tok))
            and _agent(tok) is None
        ):
            return None
        cue = _cue_chars(d, *_cue_range(tok))
        subj, route = _find_speaker(d, tok)
        speaker, speaker_span = _speaker_of(d, subj, tok) if subj is not None else (None, None)
        if subj is not None:
            note(route)
        return _Cand(
            cue=cue,
            speaker=speaker,
            speaker_span=speaker_span,
            parts=[colon],
            cue_i=tok.i,
            rule=VERB_COLON,
        )
    ranges, last, rule = found
    if (
        rule == VERB_INFINITIVE
        and lemma in cue_frames().passive_infinitive
        and any(dep[c.i] == "nsubjpass" and tag[c.i] in ("WDT", "WP") for c in children_of(tok))
    ):
        return None  # "a wit that was said to be legendary": what is said is of the antecedent
    if rule == VERB_INFINITIVE and _hedges_a_report(tok):
        return None
    ranges = _around_relative(d, tok, ranges, last)
    ranges = [(lo, _trailing_cut(d, lo, hi)) for lo, hi in ranges]
    parts = [c for c in (_content_chars(d, lo, hi) for lo, hi in ranges) if c is not None]
    parts = _without_dashed_asides(d, d.clamp(parts, tok.idx))
    # the parts with a letter or digit
    parts = _past_colon(d, tok, [(s, e) for s, e in parts if ALNUM.search(d.text, s, e)])
    if not parts:
        return None
    cue_lo, cue_hi = _cue_range(tok, last)
    if ranges[0][0] > tok.i:
        cue_hi = min(cue_hi, ranges[0][0] - 1)  # an object taken into the content is no cue
    cue = _cue_chars(d, cue_lo, cue_hi)
    subj, route = _find_speaker(d, tok)
    if (
        rule == VERB_INFINITIVE
        and subj is not None
        and d.words.head[subj.i] != tok.i
        and lemma in cue_frames().passive_infinitive
        and any(dep[c.i] == "auxpass" for c in children_of(tok))
    ):
        # "its shape brings wealth and is believed to bring luck": the subject the raising
        # passive shares with the verb before it is what is believed, not who believes it
        subj, route = _agent(tok), SPEAKER_PASSIVE_BY
    if (
        subj is not None
        and dep[subj.i] == "nsubjpass"
        and d.words.head[subj.i] == tok.i
        and lower[tok.i] not in cue_adjectives()  # "we are convinced that": the experiencer
    ):
        # "it was reported that ...", "the plan was criticized by X": the passive subject is
        # not the source; the agent of "by" is, when there is one. Without one, the subject is
        # part of what is attributed: "the vote is expected | to pass"
        patient = subj
        subj = _agent(tok)
        route = SPEAKER_PASSIVE_BY
        if subj is None and patient.i < tok.i and lower[patient.i] not in ("it", "there"):
            if cue is not None and _colon_after(d, cue[1]):
                return None  # "the law is written: ...": what was written, no one speaking
            p_lo, p_hi = _phrase(patient)
            part = _content_chars(d, p_lo, p_hi)
            if part is not None and part[1] <= parts[0][0]:
                parts = d.clamp([part], tok.idx) + parts
    speaker = speaker_span = None
    verb = tok.head if dep[tok.i] == "xcomp" else tok
    if subj is None and any(dep[c.i] == "aux" and lower[c.i] == "to" for c in children_of(verb)):
        return None  # "... to discuss the plan": an intention without anyone holding it
    if (
        subj is None
        and tag[tok.i] == "VB"
        and dep[tok.i] == "ROOT"
        and not any(dep[c.i] in ("auxpass", "nsubjpass", "expl") for c in children_of(tok))
        and not any(
            dep[c.i] == "aux" and lower[c.i] not in ("do", "don't") for c in children_of(tok)
        )
    ):
        return None  # "Don't forget that ...", "Imagine ...": the writer addresses the reader
    if subj is not None:
        speaker, speaker_span = _speaker_of(d, subj, tok)
        if speaker is not None and any(s <= speaker[0] < e for s, e in parts):
            return None  # the "speaker" is inside the content: a misparse
        note(route)
    return _Cand(
        cue=cue, speaker=speaker, speaker_span=speaker_span, parts=parts, cue_i=tok.i, rule=rule
    )
