"""What every part of the quotes stage shares: the candidate record, the per-document lookups
(sentences, quoted regions, paragraphs) and the character spans of token ranges.

Token ranges in this stage are inclusive `[lo, hi]` (as the parse's left and right edges).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING

from claimx.quotes.words import (
    ASIDE_DASHES,
    CLAUSE_TAIL_DEPS,
    QUOTE_CHARS,
    TAIL_BREAKS,
    TAIL_WINDOW,
    TRAILING_DEPS,
    TRIM,
    WH_RELATIVES,
)
from claimx.rules import patterns, tokens
from claimx.rules.columns import PerDocument, PerString, among
from claimx.rules.docview import (
    IDS_DEP,
    IDS_LEMMA,
    Verdicts,
    children_of,
    regions_of,
    text_of,
    tokens_of,
    words_of,
    words_where,
)
from claimx.rules.lexicon import cue_frames, cue_verbs
from claimx.rules.quotemarks import Region, char_positions
from claimx.schema import QuoteKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


@dataclass
class _Cand:
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_span: SpacySpan | None
    parts: list[tuple[int, int]]
    kind: QuoteKind = "indirect"
    #: the token the cue is built on (-1 when none)
    cue_i: int = -1
    regions: list[int] = field(default_factory=list)
    #: "according to X" sets the source of the clause around it: inside another report's
    #: content it is still an attribution of its own, never a nested one
    nests: bool = True
    #: the construction that found it (`claimx rules`)
    rule: str = ""

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


#: whether a lemma (by its serial, `docview.interned`) may need its silent e back, for the process
_RESTORABLE = Verdicts()
#: each interned string lower-cased, by serial
_LOWERED = PerString()


def _lemma(tok: Token) -> str:
    """The token's lemma, with a silent e the lemmatizer dropped put back when that makes a
    cue ("hoped", "hopes", "hoping" -> "hop" -> "hope"): read from `lemmas_of`."""
    return _LEMMAS.of(tok.doc)[tok.i]


def lemmas_of(doc: Doc) -> list[str]:
    """`_lemma` of every token of the document, worked out in one pass when first asked and
    kept for the extraction (the stage asks hundreds of times per article)."""
    return _LEMMAS.of(doc)


def _lemma_column(doc: Doc) -> list[str]:
    """The lower-cased lemma strings looked up by their process-wide serials, and the silent e
    tried only where the lemma may take one."""
    words = words_of(doc)
    lemmas: list[str] = []
    if len(words.lower):
        serials = words.serials[:, IDS_LEMMA]
        lemmas = _LOWERED.of(serials, str.lower).tolist()
        restorable = _RESTORABLE.of(serials, lambda lemma: lemma.lower() in _restorable())
        lower = words.lower
        for i in restorable.nonzero()[0].tolist():
            lemma = lemmas[i]
            if lower[i] in (lemma + "ed", lemma + "es", lemma + "ing"):
                lemmas[i] = lemma + "e"
    return lemmas


_LEMMAS = PerDocument(_lemma_column)


@cache
def _restorable() -> frozenset[str]:
    """The lower-cased lemmas that are no cue but are one with an e added ("hop" for "hope"),
    read once: each new lemma of a document is looked up here."""
    cues = cue_verbs() | cue_frames().lemmas
    return frozenset({cue[:-1] for cue in cues if cue.endswith("e")} - cues)


def _escapes_brackets(text: str, start: int, end: int) -> bool:
    """ "a comet called Wild 2 (also known as “Wild Two) that ... to “find” the grains": a mark
    opened inside brackets closes inside them; a region that runs out of the bracket its opening
    mark stands in paired a stray mark with the next quote's, and quotes nothing."""
    opened = text.rfind("(", max(0, start - 200), start)
    return opened >= 0 and ")" not in text[opened:start] and ")" in text[start:end]


#: `TAIL_BREAKS` verdicts per word form, kept across documents (string ids are the same in all)
_TAIL_VERDICTS: dict[int, Verdicts] = {}


class _Doc:
    """Per-document structures, computed once: sentence and region lookups by token or char."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.words = words_of(doc)
        self.lemmas = lemmas_of(doc)  # `_lemma` of each token
        self.sents: list[tuple[int, int]] = self.words.sents
        self.sent_of = [0] * len(doc)
        for n, (start, end) in enumerate(self.sents):
            self.sent_of[start:end] = [n] * (end - start)
        regions = []
        for region in regions_of(doc):
            start, end = tokens.trim(self.text, region.start, region.end, " \t\r\n")
            if start < end and not _escapes_brackets(self.text, start, end):
                regions.append(Region(start, end, region.open_mark, region.continued))
        # nested regions (a quote inside a quote) are left to the outer one
        outer: list[Region] = []
        for region in regions:
            if outer and region.start < outer[-1].end:
                continue
            outer.append(region)
        self.regions = outer
        self.region_starts = [r.start for r in outer]
        self.lines = char_positions(self.text, "\n\r")  # where each line break stands

    @cached_property
    def tail_breaks(self) -> list[int]:
        """The tokens that may set off a content's tail (`TAIL_BREAKS`), in text order, found in
        one pass when a content's tail is first read."""
        found = words_where(self.doc, by_form=TAIL_BREAKS.__contains__, memo=_TAIL_VERDICTS)
        return found.nonzero()[0].tolist()

    @cached_property
    def aside_dashes(self) -> list[int]:
        """Where each dash set off by blanks stands, as `DASHED_ASIDE` matches one (" — ", " - ",
        " -- "; at the blank before it), in text order: a content with fewer than two holds no
        aside. Found when a content is first searched for one, by `str.find` of each dash, the
        blanks looked at only around it (a pattern tried at every character cost more)."""
        text, n = self.text, len(self.text)
        found = []
        for dash in ASIDE_DASHES:
            k = text.find(dash, 1)
            while k >= 0:
                after = k + 2 if dash == "-" and text.startswith("-", k + 1) else k + 1  # "--"
                if text[k - 1].isspace() and after < n and text[after].isspace():
                    found.append(k - 1)
                k = text.find(dash, k + 1)
        return sorted(found)

    def region_at(self, char: int) -> int:
        """Index of the region containing char, else -1."""
        k = bisect_right(self.region_starts, char) - 1
        if k >= 0 and char < self.regions[k].end:
            return k
        return -1

    def regions_in(self, start: int, end: int) -> range:
        """Indices of regions overlapping [start, end)."""
        lo = bisect_right(self.region_starts, start) - 1
        if lo < 0 or self.regions[lo].end <= start:
            lo += 1
        hi = bisect_left(self.region_starts, end)
        return range(lo, max(lo, hi))

    def paragraph_end(self, char: int) -> int:
        k = bisect_left(self.lines, char)
        return self.lines[k] if k < len(self.lines) else len(self.text)

    def paragraph_start(self, char: int) -> int:
        k = bisect_left(self.lines, char) - 1
        return self.lines[k] + 1 if k >= 0 else 0

    def clamp(self, parts: list[tuple[int, int]], char: int) -> list[tuple[int, int]]:
        """Parts cut to the paragraph holding char: a parse may run over a paragraph break."""
        lo, hi = self.paragraph_start(char), self.paragraph_end(char)
        out = []
        opens = None  # whether the paragraph ends in a colon: read once, when a part needs it
        for start, end in parts:
            k = self.region_at(tokens.trim(self.text, start, end, TRIM + QUOTE_CHARS)[0])
            if k >= 0 and opens is None:
                opens = self.text[lo:hi].rstrip().endswith(":")
            if k >= 0 and opens and not lo <= self.regions[k].start < hi:
                out.append((start, end))  # a quote in another paragraph (after "X said:")
                continue
            start, end = tokens.trim(self.text, max(start, lo), min(end, hi))
            if start < end:
                out.append((start, end))
        return out


# -- spans of the parse --------------------------------------------------------------------------


#: each token's subtree bounds: `Token.left_edge` and `right_edge` make a new `Token` through
#: `Doc.__getitem__` on every read, and the stage asks for the same few tokens' bounds many times
#: (cue, subject, complement)
_BOUNDS: PerDocument[list[tuple[int, int] | None]] = PerDocument(lambda doc: [None] * len(doc))


def _bounds(doc: Doc, i: int) -> tuple[int, int]:
    """First and last token index of token i's subtree, both included (read once per token)."""
    column = _BOUNDS.of(doc)
    found: tuple[int, int] | None = column[i]
    if found is None:
        tok = tokens_of(doc)[i]  # the extraction's one list: no new `Token` for the word itself
        found = column[i] = (tok.left_edge.i, tok.right_edge.i)
    return found


def _first_last(tok: Token) -> tuple[int, int]:
    """First and last token index of tok's subtree, both included: the quotes stage's own
    convention (`_chars` takes such pairs); `claimx.rules.tokens.subtree` is the half-open one."""
    return _bounds(tok.doc, tok.i)


def _chars(d: _Doc, lo: int, hi: int, trim: str = TRIM) -> tuple[int, int] | None:
    """Trimmed character span of tokens lo..hi (inclusive), None when nothing is left."""
    if hi < lo:
        return None
    words = d.words
    start, end = tokens.trim(d.text, words.idx[lo], words.end[hi], trim)
    return (start, end) if start < end else None


def _cue_chars(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Character span of a cue: a colon that introduces what was said stays ("said:")."""
    return _chars(d, lo, hi, TRIM.replace(":", ""))


def _content_chars(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Character span of a reported content: without the sentence's final punctuation."""
    words = d.words
    text, punct = words.text, words.punct
    while hi >= lo and punct[hi] and text[hi] in ".,;:!":
        hi -= 1
    # a connective that ties the sentence to the one before is not part of what was said:
    # "But the plan is dead, she said", "However, the plan ..."
    while lo < hi:
        if words.pos[lo] == "CCONJ" or punct[lo] and text[lo] not in QUOTE_CHARS:
            lo += 1
        elif words.dep[lo] == "advmod" and text[lo + 1] == "," and words.head[lo] > lo + 1:
            lo += 2
        else:
            break
    return _chars(d, lo, hi)


def _trailing_cut(d: _Doc, lo: int, hi: int) -> int:
    """The last token of a content, without a comma-set tail the writer added: after a noun
    phrase, a non-restrictive relative clause (", who ..."), a participle (", focusing on ...")
    or an adverbial clause (", although ...") closing it ("questioned the plan, which ...");
    after a clause, a participle ("said it would reopen, leaving ..."), a concession (", although
    ..."), an appositive gloss on its last noun, or what follows a semicolon."""
    doc = d.doc
    head, lower = d.words.head, d.words.lower

    def head_of(i: int) -> int:
        for _ in range(TAIL_WINDOW):
            if not lo <= head[i] <= hi or head[i] == i:
                break
            i = head[i]
        return i

    # a clause keeps its relative clauses (said to be part of what was said) but not a
    # participle or adverbial clause after a comma; a noun phrase (with what the verb says
    # of it: "compared his plan to hers") keeps neither. Only the tail is looked at, so that
    # nested reports stay linear.
    pos = d.words.pos
    clause: bool | None = None  # worked out at the first comma or semicolon: most tails have none
    dep, tag, idx = d.words.dep, d.words.tag, d.words.idx
    tokens = tokens_of(doc)
    # only the commas, dashes and semicolons of the tail, read from the document's list of them;
    # the word columns and the cached subtree bounds: no `Token` for the words
    breaks = d.tail_breaks
    first = bisect_left(breaks, max(lo + 2, hi - TAIL_WINDOW))
    for k in breaks[first : bisect_left(breaks, hi, first)]:
        if clause is None:
            clause = any(
                pos[h] not in ("NOUN", "PROPN", "PRON", "ADP", "ADV", "ADJ")
                for h in (head_of(lo), head_of(hi))
            )
        if lower[k] == ";" and clause and d.region_at(idx[k]) < 0:
            return k - 1  # "the delay was an accident; the crew heard of it later": a new sentence
        if lower[k] == ";" or d.region_at(idx[k]) >= 0:
            continue
        top = k + 1
        for _ in range(6):
            up = head[top]
            if up == top or up <= k or up > hi or _bounds(doc, up)[0] != k + 1:
                break
            top = up
        above = head[top]
        if above >= k or above < lo or _bounds(doc, top)[1] < hi:
            continue
        rel = dep[top]
        if clause and rel == "appos" and k - 4 <= above:
            return k - 1  # "said they would ask NATO, the alliance that ...": the writer's gloss
        if (
            clause
            and rel in ("npadvmod", "appos")
            and lower[k + 1] in ("a", "an")
            and any(dep[c] == "relcl" for c in d.words.children(top))
        ):
            # "it raised $4 million in the quarter, a figure that would ...": the writer's gloss,
            # however far from the noun it glosses
            return k - 1
        if clause and rel == "prep" and lower[top] == "with" and _absolute(tokens[top]):
            return k - 1  # "..., with the paper reporting that ...": the writer's addition
        if clause and rel == "prep" and lower[top] in TIME_PREPS and _next_report(tokens[top]):
            return k - 1  # "..., before adding that ...": the speaker's next report
        concessive = rel == "advcl" and lower[k + 1] in ("although", "though")
        if clause and not concessive and (rel not in CLAUSE_TAIL_DEPS or tag[top] != "VBG"):
            continue
        if rel == "relcl" and lower[k + 1] not in WH_RELATIVES:
            continue
        if rel == "acl" and tag[top] not in ("VBG", "VBN"):
            continue
        if rel in TRAILING_DEPS:
            return k - 1
    return hi


#: prepositions of time whose gerund of saying is the same speaker's next report
TIME_PREPS = frozenset({"after", "before", "while", "whilst"})


def _next_report(prep: Token) -> bool:
    """ "before adding that ...", "after warning that ...": the preposition's gerund is a verb
    of saying."""
    return any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" and _lemma(c) in cue_verbs()
        for c in children_of(prep)
    )


def _absolute(prep: Token) -> bool:
    """ "with the paper reporting ...", "with prices rising": an absolute clause (with + a
    participle and its subject), which closes a sentence as the writer's comment on it."""
    for c in children_of(prep):
        if c.tag_ == "VBG" and c.dep_ == "pcomp":
            return True
        if c.dep_ == "pobj" and any(g.tag_ == "VBG" and g.dep_ == "acl" for g in children_of(c)):
            return True
    return False


def _phrase(tok: Token) -> tuple[int, int]:
    """Token range of a noun phrase, within its paragraph, without enclosing punctuation.

    A phrase set off by commas inside ("Jane Doe, the mayor, said") keeps its closing comma, as
    the appositive's pair of commas belongs to the phrase.
    """
    lo, hi = _first_last(tok)
    doc = tok.doc
    words = words_of(doc)
    text, idx, end, word = text_of(doc), words.idx, words.end, words.text
    punct, space = words.punct, words.space
    n = len(word)
    # the last line break before the head's token and the first after it: one search each over
    # the text between, mapped back to the token whose stretch holds it (a token with its
    # trailing whitespace before the head, the whitespace and the next token after it)
    if lo < tok.i:
        a, b = idx[lo], idx[tok.i]
        found = max(text.rfind("\n", a, b), text.rfind("\r", a, b))
        if found >= 0:
            lo = bisect_right(idx, found)  # the token after the one holding it
    if tok.i < hi:
        a, b = end[tok.i], end[hi]
        found = min(
            (k for k in (text.find("\n", a, b), text.find("\r", a, b)) if k >= 0), default=-1
        )
        if found >= 0:
            hi = bisect_right(end, found) - 1
    while lo < hi and (punct[lo] or space[lo]):
        lo += 1
    while hi > lo and (punct[hi] or space[hi]) and word[hi] not in ")":
        hi -= 1
    closing = word[hi + 1] if hi + 1 < n else ""
    if closing in (",", "--", "—") and hi > tok.i and closing in word[lo:hi]:
        hi += 1
    return lo, hi


def _subject_deps() -> frozenset[str]:
    """The relations of the tree pattern `subject`: "a child in one of these relations", the
    shape `_subject_column` reads it by (it fails loudly once the pattern says more)."""
    deps = patterns.child_relations("subject")
    if deps is None:
        raise ValueError("tree pattern `subject` is no longer a child by its relation: see base")
    return deps


def _subject_column(doc: Doc) -> list[int]:
    """Each token's first subject in text order (the tree pattern `subject`'s first match
    anchored there; -1: none), for the whole document in one pass over the words in a subject's
    relation: the speaker's climb, the content and the senses ask it of most cue verbs, and the
    matcher run per verb cost more than the stage's own tests."""

    words = words_of(doc)
    found = [-1] * len(words.head)
    if found:
        subjects = among(words.ids[:, IDS_DEP], _subject_deps(), doc.vocab.strings)
        head = words.head
        # from the last to the first: the first child of a head is the one kept
        for i in reversed(subjects.nonzero()[0].tolist()):
            if head[i] != i:
                found[head[i]] = i
    return found


_SUBJECTS = PerDocument(_subject_column)


def _subject(tok: Token) -> Token | None:
    """A verb's subject, active or passive (tree pattern `subject`); the first of several."""
    doc = tok.doc
    found = _SUBJECTS.of(doc)[tok.i]
    return None if found < 0 else tokens_of(doc)[found]


def _inverted_aside(tok: Token) -> tuple[Token, Token] | None:
    """ "The bridge, said Roe, is unsafe", "The mill, said a spokesman, will be sold": the parse
    may give the aside's verb two subjects, the reported clause's own before the comma and the
    speaker after the verb, closed by a comma. The first (the clause's) and the second (the
    speaker), or None. Read from the word columns: it is asked of every cue verb."""
    i = tok.i
    doc = tok.doc
    words = words_of(doc)
    text = words.text
    if i < 2 or text[i - 1] != ",":
        return None
    dep = words.dep
    before = after = -1
    for c in words.children(i):
        if dep[c] == "nsubj":
            if c < i and before < 0:
                before = c
            elif c > i and after < 0:
                after = c
    if before < 0 or after < 0 or _bounds(doc, before)[1] not in (i - 2, i - 1):
        return None
    close = _bounds(doc, after)[1] + 1
    if close >= len(text) or text[close] != ",":
        return None
    tokens = tokens_of(doc)
    return tokens[before], tokens[after]


def _is_cue_lemma(tok: Token) -> bool:
    lemma = _lemma(tok)
    return lemma in cue_verbs() or lemma in cue_frames().lemmas


#: tags of a finite verb
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: what a clause the parse cut off from its "that" may hang on the verb as
STRAY_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "dobj"})


def _stray_that_clause(tok: Token) -> tuple[int, int] | None:
    """ "The survey states that few if any farmers use ...", "she realised that in the same way, a
    river carries ...": the parse took "that" right after the verb for its object (or a mark of
    its own) and hung the clause it opens on the verb as something else. The token range from
    "that" to the clause's end, or None ("he said that to reporters" has no clause; "denied
    that, saying ..." has a pronoun)."""
    words = words_of(tok.doc)  # the columns: asked of every cue verb without a content
    nxt = tok.i + 1
    if nxt + 1 >= len(words.head) or words.lower[nxt] != "that" or words.punct[nxt + 1]:
        return None
    if words.head[nxt] != tok.i or words.dep[nxt] not in ("dobj", "mark"):
        return None
    for c in tok.rights:
        if c.i <= nxt or c.dep_ not in STRAY_CLAUSE_DEPS:
            continue
        # a finite verb in it, or a second object: no pronoun "that" leaves room for one
        if c.dep_ == "dobj" or any(t.tag_ in FINITE_TAGS for t in c.subtree):
            return nxt, c.right_edge.i
        return None
    return None
