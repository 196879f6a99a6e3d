"""Who said it: the speaker of a cue, climbing from the cue through coordination, raising,
participles and passives, and the cue's own token range."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from claimx.quotes.base import (
    _bounds,
    _chars,
    _Doc,
    _inverted_aside,
    _is_cue_lemma,
    _lemma,
    _phrase,
    _subject,
)
from claimx.quotes.constructions import (
    SPEAKER_BARE_FINITE,
    SPEAKER_COORDINATED,
    SPEAKER_PARTICIPLE,
    SPEAKER_RELATIVE,
    SPEAKER_SUBJECT,
)
from claimx.quotes.words import CUE_LEFT, MANNER_PREPS, NOT_CUE_ADVERBS, RAISING, SPEECH_EVENTS
from claimx.rules import patterns
from claimx.rules.docview import children_of, span_at, tokens_of, words_of
from claimx.rules.registry import note

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


#: prepositions whose gerund is not done by the subject of the verb they hang on: an act not
#: done ("left without saying"), or one the verb's object is blamed or praised for ("fined the
#: striker for criticizing", "accused him of lying", handled apart)
OTHERS_GERUND_PREPS = frozenset({"without", "for", "of"})
#: joiners of a hyphenated word ("e-mail", "co-author")
HYPHENS = frozenset({"-", "‐", "‑"})


def _whole_word(doc: Doc, subj: Token, hi: int) -> int:
    """ "The e-mail said", "A co-author of the paper said", "Facebook co-founder Mark Zuckerberg
    tweeted": the parse can split a hyphenated subject into two subjects of the verb; a speaker
    never ends inside a word, so it runs on through the second half's phrase. (Read from the word
    columns: a token has no whitespace after it when the next one starts where it ends.)"""
    words = words_of(doc)
    head, idx, end, text = words.head, words.idx, words.end, words.text
    verb = head[subj.i]
    while (
        hi + 2 < len(head)
        and end[hi] == idx[hi + 1]
        and text[hi + 1] in HYPHENS
        and end[hi + 1] == idx[hi + 2]
    ):
        # the second half, or the phrase it opens ("co-founder Mark Zuckerberg"), on the verb
        second = hi + 2
        for _ in range(6):
            if head[second] == verb or head[second] <= second:
                break
            second = head[second]
        if head[second] != verb or second == verb:
            break
        hi = max(hi + 2, _bounds(doc, second)[1])
    return hi


def _speaker_of(
    d: _Doc, subj: Token, cue: Token
) -> tuple[tuple[int, int] | None, SpacySpan | None]:
    """The speaker's characters, and the span to resolve to an actor.

    The phrase stays in the cue's paragraph (a parse can swallow a dateline or a heading), and
    a relative pronoun ("..., who said") resolves through the noun it stands for. Read from the
    word columns (it runs for every speaker).
    """
    doc, words = d.doc, d.words
    dep, head, tag, text = words.dep, words.head, words.tag, words.text
    punct, space, idx = words.punct, words.space, words.idx
    s, c_i = subj.i, cue.i
    lo, hi = _phrase(subj)
    hi = _whole_word(doc, subj, hi)
    verb = head[s]
    if dep[s] in ("nsubj", "nsubjpass") and s < verb <= hi:
        # "Sunak defended the record, promising: “The Secretary and I ...”": the parse may hang
        # a noun of the quote on the subject; a subject never runs on into its own verb
        hi = verb - 1
        while hi > s and (punct[hi] or space[hi]):
            hi -= 1
    while lo < hi and dep[lo] == "preconj":
        lo += 1  # "Both the mayor and the council said": the speakers, without "both"
    while lo < hi and dep[lo] == "advmod" and head[lo] == s:
        lo += 1  # "Even the mayor said", "Only the council believes": the speaker, not the focus
    if lo <= c_i <= hi and s < c_i:
        # "artists writing songs about him": the noun a participial cue modifies, without it
        hi = c_i - 1
        while hi > s and (punct[hi] or space[hi] or (head[hi] == c_i and dep[hi] in CUE_LEFT)):
            hi -= 1
    p_lo = d.paragraph_start(idx[c_i])
    if d.paragraph_start(idx[s]) != p_lo:
        # the subject's head lies in another paragraph: keep what the cue's paragraph holds
        p_hi = d.paragraph_end(idx[c_i])
        a, b = _bounds(doc, s)
        while a <= b and (idx[a] < p_lo or space[a] or punct[a]):
            a += 1
        while b >= a and (idx[b] >= p_hi or space[b] or punct[b]):
            b -= 1
        if a > b:
            # none of it: the parse took a heading or a dateline for the subject
            return None, None
        lo, hi = a, b
    for c in words.children(s):
        if dep[c] != "acl":
            continue
        # "The coach, asked if the keeper would play, said": the aside is not the speaker
        if _lemma(tokens_of(doc)[c]) == "ask" and c - 1 > lo and text[c - 1] == ",":
            hi = min(hi, c - 2)
            break
        # "The governor, speaking to reporters after the vote, said": nor is a participle set
        # off by commas after the subject (a relative clause, ", who ...", stays)
        first = _bounds(doc, c)[0]
        if tag[c] in ("VBG", "VBN") and c > s and first - 1 > lo and text[first - 1] == ",":
            hi = min(hi, first - 2)
            break
    link = span_at(doc, lo, hi + 1)
    if tag[s] in ("WP", "WDT") and dep[verb] == "relcl" and head[verb] != s:
        noun = head[verb]
        n_lo = _bounds(doc, noun)[0]
        while n_lo < noun and punct[n_lo]:
            n_lo += 1
        link = span_at(doc, n_lo, noun + 1)
        note(SPEAKER_RELATIVE)
    return _chars(d, lo, hi, " \t\r\n"), link


def _speaker_token(tok: Token) -> Token | None:
    """The subject of a cue verb, climbing through coordination, raising and participles."""
    return _speaker_route(tok)[0]


def _speaker_route(tok: Token) -> tuple[Token | None, str]:
    """The speaker token of a cue and the construction that found it (`speaker.*`)."""
    route = SPEAKER_SUBJECT
    seen = 0
    current = tok
    adjective = False
    inverted = _inverted_aside(tok)
    if inverted is not None:
        return inverted[1], route  # "The bridge, said Roe, is unsafe": Roe
    # the columns for the climb's own tests, and the one token list for its steps up
    words, tokens = words_of(tok.doc), tokens_of(tok.doc)
    deps, heads, poses, tags = words.dep, words.head, words.pos, words.tag
    while seen < 8:
        seen += 1
        subj = _subject(current)
        if subj is not None:
            if adjective and subj.lower_ == "it":
                return None, route  # "it is worth noting": nobody
            return _past_vocative(subj, current), route
        on_aux = _subject_on_aux(current)
        if on_aux is not None:
            return on_aux, route
        repeated = _repeated_verb(current)
        if repeated is not None:
            return repeated, SPEAKER_COORDINATED
        dep = deps[current.i]
        head = tokens[heads[current.i]]
        if (
            dep == "acomp"
            and (poses[current.i] == "ADJ" or tags[current.i] == "VBN")
            and poses[head.i] in ("VERB", "AUX")
        ):
            current = head  # "will not be able to boast": the subject of "be"
            adjective = True
            continue
        if (
            dep == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(current))
            and (_lemma(head) in RAISING or _purpose_of(current, head))
        ):
            # "had come to acknowledge that ...": the subject of "come"; "flew to Ohio to tout
            # the plan": a purpose clause's doer is the subject of the verb it serves
            current = head
            continue
        if dep in ("conj", "xcomp"):
            if (
                dep == "conj"
                and head.dep_ == "ccomp"
                and _is_cue_lemma(current)
                and _is_cue_lemma(head.head)
            ):
                head = head.head  # "X said it was wrong and warned ...": X warned
            current = head
            if route == SPEAKER_SUBJECT:
                route = SPEAKER_COORDINATED
            continue
        if dep in ("advcl", "pcomp", "acl") and current.tag_ in ("VBG", "VBN"):
            # "..., stressing that ...": the speaker of the clause it hangs on; when that clause
            # is itself reported content, the speaker of the report
            route = SPEAKER_PARTICIPLE
            if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
                return head, route
            if dep == "pcomp":
                # "began by saying ...", "pitched himself by telling ...": the doer of the verb
                word = head.head
                if word.pos_ in ("VERB", "AUX") and (
                    head.lower_ in MANNER_PREPS
                    # "refrained from criticizing", "turned to attacking", "was pressured into
                    # endorsing": any preposition on the verb but those of an act not done
                    # ("without") or of whom the act is blamed on ("for", "of": below)
                    or (head.dep_ == "prep" and head.lower_ not in OTHERS_GERUND_PREPS)
                ):
                    head = word
                elif (
                    # "stopped short of calling", "steered clear of criticizing", "had no way
                    # of knowing": the subject of the verb the preposition's word belongs to
                    word.dep_ in ("acomp", "advmod", "dobj", "attr", "oprd")
                    and word.pos_ in ("ADJ", "ADV", "NOUN")
                    and word.head.pos_ in ("VERB", "AUX")
                    and word.head.i != word.i
                ):
                    head = word.head
                elif head.lower_ in ("for", "of") and word.pos_ == "VERB":
                    # "fined the striker for criticizing ...", "accused him of lying": the one
                    # fined or accused; "was suspended for criticizing ...": the passive subject
                    obj = next(
                        (c for c in children_of(word) if c.dep_ == "dobj" and c.i < head.i), None
                    )
                    if obj is not None:
                        return obj, route
                    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(word)):
                        return None, route
                    head = word
                else:
                    return None, route
            while head.dep_ in ("ccomp", "conj") and head.head.i != head.i:
                if head.dep_ == "ccomp" and _is_cue_lemma(head.head):
                    head = head.head
                    break
                head = head.head
            current = head
            continue
        if current.tag_ in ("VBD", "VBZ", "VBP") and current.i > 0:
            # a finite verb the parser left without subject ("... the Post Trump said"): the
            # name right before it
            prev = current.doc[current.i - 1]
            if (
                prev.pos_ in ("PROPN", "PRON") or (prev.tag_ == "NNS" and current.tag_ == "VBP")
            ) and prev.dep_ not in ("poss",):
                return prev, SPEAKER_BARE_FINITE
        return None, route
    return None, route


def _purpose_of(clause: Token, verb: Token) -> bool:
    """ "flew to Ohio to tout the plan": a to-infinitive after an active verb is the purpose of
    its subject's act, done when told of in the past. Not a plan ("will meet on Monday to
    discuss the budget": nobody has discussed anything), not after a passive (its subject does
    not act: "was founded to encourage ...") nor after an object, whose act it may be ("hired a
    firm to review the plan")."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and clause.i > verb.i
        and not any(c.dep_ == "dobj" for c in children_of(verb))
        and not any(c.dep_ in ("auxpass", "nsubjpass") or c.tag_ == "MD" for c in children_of(verb))
        and verb.tag_ in ("VBD", "VBN")
    )


def _past_vocative(subj: Token, verb: Token) -> Token:
    """ "Mr. Mayor, do you still think ...": a name set off by a comma before a second subject
    is whom the question is put to; the second subject is the speaker."""
    doc = subj.doc
    words = words_of(doc)
    after = _bounds(doc, subj.i)[1] + 1
    if after >= len(words.head) or words.text[after] != ",":
        return subj
    dep, pos, v = words.dep, words.pos, verb.i
    for c in words.children(v):
        if dep[c] == "nsubj" and after < c < v and pos[c] == "PRON":
            return tokens_of(doc)[c]
    return subj


def _subject_on_aux(verb: Token) -> Token | None:
    """ "Residents are convinced the mill pollutes": the parse may hang the subject on the
    auxiliary instead of the verb. (Read from the word columns: asked at every step of every
    speaker search.)"""
    doc = verb.doc
    words = words_of(doc)
    dep, v = words.dep, verb.i
    for c in words.children(v):
        if dep[c] in ("aux", "auxpass") and c < v:
            for g in words.children(c):
                if dep[g] in ("nsubj", "nsubjpass") and g < c:
                    return tokens_of(doc)[g]
    return None


def _repeated_verb(verb: Token) -> Token | None:
    """ "Parents know that A, know that B": the parse may hang the first "know" on the second
    as its content, leaving the second without subject; the first one's subject is both's. So
    with an aside: "The mayor, asked whether ..., said it would"."""
    doc = verb.doc
    words = words_of(doc)
    dep, v = words.dep, verb.i
    for c in words.children(v):
        if dep[c] == "ccomp" and c < v:
            clause = tokens_of(doc)[c]
            if _lemma(clause) in (_lemma(verb), "ask"):
                subj = _subject(clause)
                if subj is not None and subj.i < c:
                    return subj
    return None


def _find_speaker(d: _Doc, tok: Token) -> tuple[Token | None, str]:
    """The speaker token of a cue, outside the quote it follows, and the construction that
    found it (the caller notes it when the speaker is used)."""
    subj, route = _speaker_route(tok)
    subj = _subject_in_paragraph(d, subj, tok)
    subj = _after_dateline(subj)
    # a repair, not a construction: a subject the parse found inside the quote is replaced by
    # the name after the cue, which is then the cue's subject
    found = _unquoted_subject(d, subj, tok)
    return found, route if found is subj else SPEAKER_SUBJECT


def _subject_in_paragraph(d: _Doc, subj: Token | None, cue: Token) -> Token | None:
    """ "Defector arrested ¶ Saturday, October 9 ¶ Recent reports have revealed that ...": a parse
    run over a heading gives the verb a first subject there and a second in the cue's paragraph;
    the second is the speaker."""
    if subj is None:
        return None
    start = d.paragraph_start(cue.idx)
    if d.paragraph_start(subj.idx) == start:
        return subj
    for c in children_of(subj.head):
        if c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i and d.paragraph_start(c.idx) == start:
            return c
    return _opening_phrase(d, cue, start) or subj


#: the dashes that close a dateline ("COLUMBUS, Ohio — ...")
DATELINE_DASHES = frozenset({"—", "–", "--"})


def _after_dateline(subj: Token | None) -> Token | None:
    """ "COLUMBUS, Ohio — Gov. Mark Hall on Tuesday defended ...": the parse may give the verb
    the dateline as a first subject and the name after the dash as a second; the second is the
    speaker."""
    if subj is None:
        return None
    doc = subj.doc
    words = words_of(doc)
    text, s = words.text, subj.i
    dash = _bounds(doc, s)[1] + 1
    closed = dash < len(text) and text[dash] in DATELINE_DASHES
    if not closed and not any(text[t] in DATELINE_DASHES for t in words.children(s)):
        return subj
    dep = words.dep
    for c in words.children(words.head[s]):
        if (
            dep[c] in ("nsubj", "nsubjpass")
            and c > s
            and any(text[t] in DATELINE_DASHES for t in range(s, _bounds(doc, c)[0]))
        ):
            return tokens_of(doc)[c]
    return subj


def _opening_phrase(d: _Doc, cue: Token, start: int) -> Token | None:
    """ "Ferry captain fined ¶ Officials said the road ...": the parse may hang the paragraph's
    first phrase on the heading's verb and the cue on that verb too; a phrase that fills the
    paragraph up to the cue, a noun at its head, is the cue's subject."""
    doc = d.doc
    lo = cue.i
    while lo > 0 and doc[lo - 1].idx >= start:
        lo -= 1
    while lo < cue.i and doc[lo].is_space:
        lo += 1
    if lo >= cue.i:
        return None
    heads = [t for t in doc[lo : cue.i] if not lo <= t.head.i < cue.i or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return heads[0]


def _unquoted_subject(d: _Doc, subj: Token | None, verb: Token) -> Token | None:
    """ "“Full panic mode,” said Jane Doe": a subject the parse found inside the quote is not the
    speaker; the name right after the verb is."""
    k = d.region_at(subj.idx) if subj is not None else -1
    if (
        subj is None
        or k < 0
        or d.region_at(subj.left_edge.idx) != k
        or verb.idx < subj.idx
        or d.text[d.regions[k].end - 1] not in ",.?!"
    ):
        return subj  # a subject in scare quotes ("the “experts” said") stays
    for child in children_of(verb):
        # a parse run over a paragraph break gives the verb a second subject of its own, outside
        # the quote ("...in a cell.” ¶ Jo Roe, a spokeswoman, told the Herald that ..."): Jo Roe
        if (
            child.dep_ in ("nsubj", "nsubjpass")
            and child.i != subj.i
            and d.region_at(child.idx) < 0
            and d.region_at(child.left_edge.idx) < 0
        ):
            return child
    for child in children_of(verb):
        if child.i > verb.i and child.pos_ == "PROPN" and d.region_at(child.idx) < 0:
            return child
    nxt = verb.i + 1
    if nxt < len(d.doc) and d.doc[nxt].pos_ == "PROPN" and d.region_at(d.doc[nxt].idx) < 0:
        return d.doc[nxt]
    return None


def _cue_range(tok: Token, last: int | None = None) -> tuple[int, int]:
    """Token range of the cue: the verb with its auxiliaries, negation, adverbs and particle."""
    return _cue_bounds(tok.doc, tok.i, last)


def _cue_bounds(doc: Doc, i: int, last: int | None = None) -> tuple[int, int]:
    """`_cue_range` of token i, read from the word columns and the cached subtree bounds: it
    runs for every cue, and each `Token` attribute of a child (its head, its edges) made a new
    `Token`."""
    words = words_of(doc)
    dep, lower, pos, head = words.dep, words.lower, words.pos, words.head
    kids = words.children(i)  # in text order
    after = bisect_right(kids, i)  # the first child after it
    lo = i
    for c in reversed(kids[:after]):
        if c != lo - 1:
            break
        if dep[c] in ("aux", "auxpass", "neg"):
            lo = c
        elif dep[c] == "advmod" and lower[c] not in NOT_CUE_ADVERBS and pos[c] == "ADV":
            # the adverb with its own modifiers: "no longer believes", "very strongly denied"
            lo = _bounds(doc, c)[0]
        else:
            break
    hi = i
    for c in kids[after:]:  # (the children before it cannot follow it)
        if dep[c] == "prt" and c == hi + 1:
            hi = c
    if last is not None and last > hi:
        hi = last
    # when and how it was said, right after the verb: "said Monday", "said then", "posted
    # online" (as an adverb before it is: "also said")
    for c in kids[bisect_right(kids, hi) :]:
        if c <= hi or dep[c] not in ("npadvmod", "advmod", "prep"):
            continue  # (the relation first: a child's bounds cost more)
        first, final = _bounds(doc, c)
        if first == hi + 1 and final - hi <= 3:
            if dep[c] == "npadvmod" or (
                dep[c] == "advmod" and pos[c] == "ADV" and lower[c] not in NOT_CUE_ADVERBS
            ):
                hi = final
            elif (
                dep[c] == "prep"
                and lower[c] in ("in", "during", "at")
                and any(_lemma(g) in SPEECH_EVENTS for g in children_of(tokens_of(doc)[c]))
            ):
                hi = final  # "said in an interview", "wrote in an email"
    if hi + 1 < len(head) and words.text[hi + 1] == ":":
        hi += 1  # "said:" introducing what was said
    # a raising verb or adjective before "to": "appeared to suggest", "went on to say", "was
    # able to boast"
    up = head[i]
    if dep[i] == "acomp" and words.tag[i] == "VBN" and up < i:
        # "we are convinced that": the copula belongs to the cue, as with an adjective
        between = range(up + 1, lo)
        if all(dep[t] in ("neg", "advmod") for t in between) and len(between) <= 2:
            lo = _cue_bounds(doc, up)[0]
    raised = dep[i] == "xcomp" or (
        dep[i] == "advcl" and any(dep[c] == "aux" and lower[c] == "to" for c in kids)
    )
    # (whether it is raised first: most cues are not, and this runs for every one)
    adjective = raised and pos[up] == "ADJ" and dep[up] == "acomp"
    if raised and up < i and (adjective or _lemma(tokens_of(doc)[up]) in RAISING):
        between = range(up + 1, lo)
        if all(dep[t] in ("aux", "prt", "neg") or head[t] == up for t in between) and (
            len(between) <= 3
        ):
            head_lo = _cue_bounds(doc, up)[0]
            if adjective and head[up] < up:
                head_lo = min(head_lo, _cue_bounds(doc, head[up])[0])
            lo = head_lo
    return lo, hi


def _agent(tok: Token) -> Token | None:
    """The object of a passive verb's "by" phrase ("was praised by the mayor"): the tree
    pattern `passive-agent`."""
    found = patterns.first("passive-agent", tok.doc, tok.i, "agent")
    return None if found is None else tok.doc[found]
