"""The clauses a reporting verb governs: the complement clause and its bounds, a told or event
clause, a gerund, an as-parenthetical ("as she said"), what follows a colon; shared by the verb
and phrase candidates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.quotes.base import (
    _bounds,
    _Doc,
    _lemma,
    _subject,
)
from claimx.quotes.objectsense import person_nouns
from claimx.quotes.words import (
    GERUND_VERBS,
    QUOTE_CHARS,
    REASON_MARKS,
    SPEECH_EVENTS,
    TELLING,
    TRIM,
)
from claimx.rules import tokens
from claimx.rules.docview import children_of, span_at, tokens_of, words_of
from claimx.rules.lexicon import cue_nouns, cue_verbs

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


#: dependencies of a subject of a clause
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def _clause(comp: Token) -> tuple[int, int]:
    """Token range of a complement clause, without a second report the parser hung on it.

    "X said it was wrong and warned Y ...", "X said it was wrong, citing ...": the coordinated or
    participial reporting verb without a subject of its own is X's next act, not content.
    """
    doc = comp.doc
    lo, hi = _bounds(doc, comp.i)
    words = words_of(doc)
    dep, tag = words.dep, words.tag
    for c in words.children(comp.i):
        # the relation first, from the columns; the subject (a tree pattern) last
        if c <= comp.i or not (dep[c] == "conj" or (dep[c] == "advcl" and tag[c] == "VBG")):
            continue
        child = tokens_of(doc)[c]
        if _lemma(child) in cue_verbs() and _subject(child) is None:
            cut = _bounds(doc, c)[0] - 1
            while cut > comp.i and (words.dep[cut] == "cc" or words.punct[cut]):
                cut -= 1
            return lo, cut
    return lo, hi


def _stranded_subject(tok: Token, comp: Token, lo: int) -> int:
    """The first token of a complement clause whose subject the parse made the cue's object
    ("figures show a record number of visitors came", "some believe the mayor is honest"):
    a clause without a subject of its own starts at that object, unless a "that" opens it
    ("told the paper that on Monday, after the crash, ..." leaves whom it was told out)."""
    doc = tok.doc
    words = words_of(doc)
    dep, i, k = words.dep, tok.i, comp.i
    if k < i or any(dep[c] in SUBJECT_DEPS and c < k for c in words.children(k)):
        return lo
    if words.lower[lo] in ("that", "whether", "if"):
        return lo  # "told the paper that on Monday, ...": a subordinator stands between
    for c in words.children(i):
        if dep[c] in ("dobj", "npadvmod") and i < c < k and _bounds(doc, c)[1] + 1 == lo:
            return _bounds(doc, c)[0]
    return lo


def _trailing_reason(tok: Token, comp: Token) -> list[tuple[int, int]]:
    """A clause of reason or condition set off by a comma after an attribution that follows its
    report ("Taxes will rise, the governor warned, unless the legislature acts"): the parse hung
    it on the verb of saying, but it goes on with the clause before; its first and last token."""
    doc = tok.doc
    words = words_of(doc)
    text, i = words.text, tok.i
    if comp.i > i or any(text[t] in QUOTE_CHARS for t in range(_bounds(doc, comp.i)[1], i)):
        return []  # '"We will win," he said, because ...': a direct quote ends at its mark
    dep, lower = words.dep, words.lower
    for c in words.children(i):
        if dep[c] in ("advcl", "prep") and c > i:  # "..., the minister said, until the spring"
            first = _bounds(doc, c)[0]
            if lower[first] in REASON_MARKS and text[first - 1] == ",":
                return [_bounds(doc, c)]
    return []


def _quoted_name(obj: Token) -> bool:
    """ "called the bill “a disaster for families”", "called the plan “reckless”": an object
    whose own dependent after it opens with a quotation mark is the object and its name."""
    if obj.dep_ != "dobj":
        return False
    doc = obj.doc
    return any(
        c.i > obj.i + 1
        and c.dep_ in ("appos", "amod", "acl")
        and doc[c.left_edge.i - 1].text in QUOTE_CHARS
        and c.left_edge.i - 1 == obj.i + 1
        for c in children_of(obj)
    )


def _leading_date(tok: Token, comp: Token, lo: int) -> int | None:
    """ "said Tuesday the state would appeal", "said last week the plant would close": the parse
    may hang the day the verb was said on the clause; when it opens the clause right after the
    verb, before the clause's subject, it is when it was said. The last token of the day."""
    if lo != tok.i + 1:
        return None
    # the columns and the cached subtree bounds: a `Token` attribute makes a new string (or a
    # new `Token`), and most clauses right after their verb are asked
    doc = tok.doc
    words = words_of(doc)
    dep, kids = words.dep, words.children(comp.i)
    for c in kids:
        if (
            dep[c] == "npadvmod"
            and _bounds(doc, c)[0] == lo
            and words.ent_type[c] in ("DATE", "TIME")
        ):
            end = _bounds(doc, c)[1]
            subj = next((g for g in kids if dep[g] in SUBJECT_DEPS), None)
            if subj is not None and end < _bounds(doc, subj)[0]:
                return end
    return None


def _event_clause(tok: Token, children: list[Token]) -> tuple[int, Token] | None:
    """ "X said in a statement that ...": the parse may hang the that-clause on the statement;
    it is what X said ("told the local paper in an interview that ...": whom it was told may
    stand between). The medium's last token and the clause."""
    # the relations from the column and the cached subtree bounds: asked of most cue verbs
    doc, i = tok.doc, tok.i
    dep = words_of(doc).dep
    for c in children:
        if dep[c.i] != "prep" or c.i < i:
            continue
        told = [
            _bounds(doc, o.i)[1]
            for o in children
            if dep[o.i] in ("dobj", "dative") and i < o.i < c.i
        ]
        if c.i - max(told, default=i) > 3:
            continue
        for g in children_of(c):
            if dep[g.i] == "pobj" and _lemma(g) in SPEECH_EVENTS:
                for a in children_of(g):
                    marks = [m for m in children_of(a) if m.dep_ == "mark" and m.lower_ == "that"]
                    if a.dep_ in ("acl", "relcl") and marks and marks[0].i == a.left_edge.i:
                        return g.i, a
    return None


def _told_clause(tok: Token, children: list[Token]) -> Token | None:
    """ "warned residents that the bridge was unsafe", "assured us that ...": the parse may hang
    the that-clause on whom it was told; it is what the verb reports (a noun of saying keeps
    its own clause: "rejected claims that ...")."""
    if _lemma(tok) not in TELLING:
        return None  # "highlighted the fact that ...": the object's own clause
    for c in children:
        if c.dep_ not in ("dobj", "dative") or c.i < tok.i or c.i - tok.i > 4:
            continue
        if _lemma(c) in cue_nouns():
            return None
        # "told a crowd of about 200 people that ...": or on the people of a group
        heads = [c] + [
            g
            for p in children_of(c)
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in children_of(p)
            if g.dep_ == "pobj"
        ]
        for a in (a for h in heads for a in children_of(h)):
            marks = [m for m in children_of(a) if m.dep_ == "mark" and m.lower_ == "that"]
            if a.dep_ in ("acl", "relcl") and a.i > c.i and marks and marks[0].i == a.left_edge.i:
                return a
    return None


def _gerund_clause(tok: Token, children: list[Token]) -> tuple[Token, int | None] | None:
    """ "denied taking the money", "admitted having ignored the light", "recalled seeing the
    letter", "confessed to lying": a gerund clause right after a verb of saying or thinking (or
    after its "to", which joins the cue) is what was said. The clause and the cue's last token
    when it is the "to"; after a verb of the medium a participle is a manner ("tweeted using
    his account")."""
    if _lemma(tok) not in GERUND_VERBS:
        return None
    doc = tok.doc
    for c in children:
        if _bounds(doc, c.i)[0] != tok.i + 1:  # (the cached edge: `left_edge` makes a `Token`)
            continue
        if c.dep_ == "prep" and c.lower_ == "to":
            comp = next((g for g in children_of(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if comp is not None and _bounds(doc, comp.i)[0] == c.i + 1:
                return comp, c.i
        if c.dep_ == "xcomp" and (
            c.tag_ == "VBG"
            or (
                c.tag_ == "VBN"
                and any(g.dep_ == "aux" and g.lower_ == "having" for g in children_of(c))
            )
        ):
            return c, None
    return None


def _as_host(tok: Token) -> Token:
    """The verb of the clause an as-clause reports: its head, or the verb whose subject it
    interrupts ("The harbour, as the mayor noted, needs a wall")."""
    head = tok.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head.head
    return head


def _as_report(tok: Token) -> bool:
    """ "As the minister told the paper, ...", "as she noted": a verb of saying with the mark
    "as", a subject and nothing said of its own (no clause, no object but whom it was told):
    "as she said goodbye" is a time."""
    children = list(children_of(tok))
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in children):
        return False
    if _subject(tok) is None or _as_host(tok).pos_ not in ("VERB", "AUX"):
        return False
    for c in children:
        if c.dep_ in ("ccomp", "xcomp", "oprd", "attr"):
            return False
        if c.dep_ in ("dobj", "dative") and _lemma(tok) != "tell":
            if _lemma(tok) == "put" and c.lower_ == "it":
                continue  # "as the mayor put it": the one idiom of putting that reports
            return False
    return True


def _past_colon(d: _Doc, tok: Token, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "The audit found that the scheme had failed: costs had doubled and few homes were
    built": a reported clause after its cue that stops at a colon goes on past it to the end of
    the sentence, where the colon spells out what was reported (the parse often makes the
    clause after it the sentence's root). Not when the colon opens a quotation (that is a
    quote of its own) or stands in one."""
    if not parts or parts[0][0] <= tok.idx:
        return parts
    text, end = d.text, parts[-1][1]
    colon = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip(" "))
    if text[colon : colon + 1] != ":" or d.region_at(colon) >= 0:
        return parts
    last = d.sents[d.sent_of[tok.i]][1] - 1
    sent_end = d.words.end[last]
    rest = text[colon + 1 : sent_end]
    if colon >= sent_end or not rest.strip() or any(ch in QUOTE_CHARS for ch in rest):
        return parts
    start, stop = tokens.trim(text, parts[-1][0], sent_end, TRIM + ".")
    return [*parts[:-1], (start, stop)]


def _names_a_thing(between: Span) -> bool:
    """Whether the words between a cue and its colon name a thing that is neither a medium of
    speech ("said in a statement:") nor a person ("told reporters:")."""
    return any(
        w.pos_ == "NOUN"
        and w.ent_type_ == ""
        and _lemma(w) not in SPEECH_EVENTS
        and _lemma(w) not in person_nouns()
        for w in between
    )


def _colon_content(d: _Doc, tok: Token) -> tuple[int, int] | None:
    """ "X said: ...", "X wrote on Telegram: ...": what follows the colon, the next paragraph's
    quote when the colon ends its paragraph."""
    doc = d.doc
    # read from the word columns: most cue verbs have no colon after them, and a `Token` per
    # word looked at cost more than the rest of the test
    words, sents, sent_of = d.words, d.sents, d.sent_of
    word, pos, punct = words.text, words.pos, words.punct
    for i in range(tok.i + 1, min(tok.i + 8, len(word))):
        if word[i] == ":":
            break
        if (
            pos[i] in ("VERB", "AUX")
            or sents[sent_of[i]][0] == i  # `Token.is_sent_start`
            or (punct[i] and word[i] not in "-")
        ):
            return None
    else:
        return None
    t = doc[i]
    start = t.idx + 1
    text = d.text
    n = len(text)
    while start < n and text[start] in " \t\r\n":
        start += 1
    k = d.region_at(start + 1) if start < n and text[start] in QUOTE_CHARS else -1
    if k >= 0:
        return d.regions[k].start, d.regions[k].end
    end = d.paragraph_end(start)
    if _names_a_thing(span_at(doc, tok.i + 1, t.i)):
        # "agreed to a remarkable concession: he agreed to ...": the colon spells out the
        # thing, in its sentence, not the rest of a long paragraph (an interview answer)
        after = next((w for w in doc[t.i + 1 :] if w.idx >= start), None)
        if after is not None:
            last = doc[d.sents[d.sent_of[after.i]][1] - 1]
            end = min(end, last.idx + len(last.text))
    start, end = tokens.trim(text, start, end, TRIM + ".")
    return (start, end) if start < end else None
