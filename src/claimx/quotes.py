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

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimx.rules.docview import regions_of, text_of, words_where
from claimx.rules.lexicon import cue_adjectives, cue_frames, cue_nouns, cue_verbs
from claimx.rules.quotemarks import Region
from claimx.schema import Quote, QuoteKind, Span

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from claimx.actors import Actors

SUBJECTS = {"nsubj", "nsubjpass"}
#: Dependents of "call", "label" ... that make up "Y a liar" in "X called Y a liar".
NAMING_DEPS = {"dobj", "oprd", "ccomp", "attr", "xcomp", "appos"}
#: Dependents of a verb that go on from its object to say something of it.
OBJECT_COMPLEMENTS = {"prep", "oprd", "dative", "acomp", "xcomp", "advmod", "ccomp"}
#: Prepositions that go on from the object, not set the scene ("to", not "during").
OBJECT_PREPS = {
    "to",
    "from",
    "with",
    "as",
    "into",
    "toward",
    "towards",
    "against",
    "about",
    "for",
    "by",
    "on",
}
#: Prepositions that give the ground of a verdict on the object ("blamed X for Y").
GROUND_PREPS = {"of", "for", "as", "over"}
#: Prepositions whose gerund has the subject of the verb they modify ("began by saying").
MANNER_PREPS = {"by", "in", "while", "after", "before", "through", "when", "upon", "on"}
#: Prepositions of a stance adjective's object ("critical of", "worried about").
STANCE_PREPS = {"of", "about", "over", "to", "with", "toward", "towards"}
#: Verbs of producing or making public, whose agentless passive reports an event ("the book was
#: published", "the figures were released"), not whose view it is.
MAKING_PUBLIC = {
    "publish",
    "write",
    "offer",
    "show",
    "release",
    "unveil",
    "detail",
    "outline",
    "document",
    "illustrate",
    "admit",
    "announce",
    "reveal",
    "disclose",
    "print",
    "broadcast",
    "air",
    "post",
}
#: Verbs of seeming: the writer's hedge on what a subject is or does ("seems unlikely").
HEDGES = {"seem", "appear", "look"}
#: Contents longer than this (characters) are not searched for dashed asides.
MAX_ASIDE_SCAN = 1500
#: An aside set off by a pair of dashes inside a sentence.
DASHED_ASIDE = re.compile(r"\s(?:--|—|–|-)\s[^\n—–]{1,200}?\s(?:--|—|–|-)\s")
#: Verbs whose object noun of saying is their subject's own act ("made the claim that").
LIGHT_VERBS = {"make", "express", "voice", "raise", "repeat", "issue", "offer", "give", "have"}
#: Prepositions whose object is the topic of a noun of saying ("remarks about", "warning
#: against"); not "of", which as often gives a view's object ("her view of the river").
NOUN_TOPIC_PREPS = {"about", "on", "over", "against", "for"}
#: Documents whose findings a clause reports: "In the poll, ...", "in a new study, ...".
SOURCE_DOCUMENTS = {"poll", "survey", "study", "report", "analysis", "audit", "review"}
#: Nouns for a piece of wording ("used the phrase: “…”", "changed my answer: “…”").
WORDING_NOUNS = {"quote", "headline", "answer", "phrase", "word", "question", "response", "reply"}
#: Reckonings a clause is given "by": "by one estimate", "by some accounts", "by her count".
SOURCE_RECKONINGS = {"estimate", "account", "count", "measure", "calculation", "reckoning"}
#: Events and media of speaking or writing: "said in an interview", "wrote in a letter".
SPEECH_EVENTS = {
    "interview",
    "statement",
    "email",
    "e-mail",
    "letter",
    "speech",
    "briefing",
    "conference",
    "call",
    "tweet",
    "post",
    "message",
    "memo",
    "op-ed",
    "column",
    "essay",
    "article",
    "address",
    "testimony",
    "hearing",
    "debate",
    "rally",
    "appearance",
    "podcast",
    "broadcast",
    "note",
}
#: How many tokens before or after a quote its cue verb may stand.
CUE_WINDOW = 60
#: Dashes that introduce a speaker's name after a quote ("“…” — Jane Doe").
DASHES = "―—–"
#: Left dependents of a cue verb that belong to the cue ("has also said", "did not deny").
CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}
#: Adverbs that modify the clause, not the act of saying.
NOT_CUE_ADVERBS = {"when", "where", "why", "how", "so", "as", "thus", "however"}
#: Verbs that pass their subject on to a reporting verb in their to-infinitive ("appeared to say").
RAISING = {
    "appear",
    "seem",
    "continue",
    "go",
    "begin",
    "start",
    "try",
    "decide",
    "want",
    "refuse",
    "need",
    "stop",
    "fail",
}
#: Quoted material this short and without a cue verb governing it is a term, not speech.
MIN_SPEECH_TOKENS = 4
#: How far (characters) a "said X" may sit between two quoted parts of one quote.
MAX_INTERRUPTION = 160
TRIM = " \t\r\n,;:—–-"
LINE_BREAK = re.compile(r"[\r\n]")
QUOTE_CHARS = "\"“”‘’«»„‟‹›'"


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

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _lemma(tok: Token) -> str:
    """The token's lemma, with a silent e the lemmatizer dropped put back when that makes a
    cue ("hoped", "hopes", "hoping" -> "hop" -> "hope")."""
    lemma = tok.lemma_.lower()
    if lemma in cue_verbs() or lemma in cue_frames().lemmas:
        return lemma
    restored = lemma + "e"
    if tok.lower_ in (lemma + "ed", lemma + "es", lemma + "ing") and (
        restored in cue_verbs() or restored in cue_frames().lemmas
    ):
        return restored
    return lemma


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _trim(text: str, start: int, end: int, chars: str = TRIM) -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


class _Doc:
    """Per-document structures, computed once: sentence and region lookups by token or char."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.sent_of = [0] * len(doc)
        self.sents: list[tuple[int, int]] = []
        for n, sent in enumerate(doc.sents):
            self.sents.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
        regions = []
        for region in regions_of(doc):
            start, end = _trim(self.text, region.start, region.end, " \t\r\n")
            if start < end:
                regions.append(Region(start, end, region.open_mark, region.continued))
        # nested regions (a quote inside a quote) are left to the outer one
        outer: list[Region] = []
        for region in regions:
            if outer and region.start < outer[-1].end:
                continue
            outer.append(region)
        self.regions = outer
        self.region_starts = [r.start for r in outer]
        self.lines = [m.start() for m in LINE_BREAK.finditer(self.text)]

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
        for start, end in parts:
            k = self.region_at(_trim(self.text, start, end, TRIM + QUOTE_CHARS)[0])
            opens = self.text[lo:hi].rstrip().endswith(":")
            if k >= 0 and opens and not lo <= self.regions[k].start < hi:
                out.append((start, end))  # a quote in another paragraph (after "X said:")
                continue
            start, end = _trim(self.text, max(start, lo), min(end, hi))
            if start < end:
                out.append((start, end))
        return out


# -- spans of the parse --------------------------------------------------------------------------


def _subtree(tok: Token) -> tuple[int, int]:
    """Token range [left, right] of tok's subtree."""
    return tok.left_edge.i, tok.right_edge.i


def _chars(d: _Doc, lo: int, hi: int, trim: str = TRIM) -> tuple[int, int] | None:
    """Trimmed character span of tokens lo..hi (inclusive), None when nothing is left."""
    if hi < lo:
        return None
    doc = d.doc
    start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    start, end = _trim(d.text, start, end, trim)
    return (start, end) if start < end else None


def _cue_chars(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Character span of a cue: a colon that introduces what was said stays ("said:")."""
    return _chars(d, lo, hi, TRIM.replace(":", ""))


def _content_chars(d: _Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Character span of a reported content: without the sentence's final punctuation."""
    doc = d.doc
    while hi >= lo and doc[hi].is_punct and doc[hi].text in ".,;:!":
        hi -= 1
    # a connective that ties the sentence to the one before is not part of what was said:
    # "But the plan is dead, she said", "However, the plan ..."
    while lo < hi:
        tok = doc[lo]
        if tok.pos_ == "CCONJ" or tok.is_punct and tok.text not in QUOTE_CHARS:
            lo += 1
        elif tok.dep_ == "advmod" and doc[lo + 1].text == "," and tok.head.i > lo + 1:
            lo += 2
        else:
            break
    return _chars(d, lo, hi)


#: How many tokens from its end a content's tail is looked for in.
TAIL_WINDOW = 60
#: Dependents that, set off by a comma at the end of a content, are the writer's addition.
TRAILING_DEPS = {"relcl", "acl", "advcl"}
CLAUSE_TAIL_DEPS = {"advcl", "acl"}
WH_RELATIVES = {"who", "whom", "whose", "which", "where", "when"}


def _trailing_cut(d: _Doc, lo: int, hi: int) -> int:
    """The last token of a content, without a comma-set tail the writer added: after a noun
    phrase, a non-restrictive relative clause (", who ..."), a participle (", focusing on ...")
    or an adverbial clause (", although ...") closing it ("questioned the plan, which ...");
    after a clause, a participle ("said it would reopen, leaving ..."), a concession (", although
    ..."), an appositive gloss on its last noun, or what follows a semicolon."""
    doc = d.doc

    def head_of(i: int) -> Token:
        t = doc[i]
        for _ in range(TAIL_WINDOW):
            if not lo <= t.head.i <= hi or t.head.i == t.i:
                break
            t = t.head
        return t

    # a clause keeps its relative clauses (said to be part of what was said) but not a
    # participle or adverbial clause after a comma; a noun phrase (with what the verb says
    # of it: "compared his plan to hers") keeps neither. Only the tail is looked at, so that
    # nested reports stay linear.
    heads = (head_of(lo), head_of(hi))
    clause = any(h.pos_ not in ("NOUN", "PROPN", "PRON", "ADP", "ADV", "ADJ") for h in heads)
    for k in range(max(lo + 2, hi - TAIL_WINDOW), hi):
        if doc[k].text == ";" and clause and d.region_at(doc[k].idx) < 0:
            return k - 1  # "it was not intentional; they only learned ...": a new sentence
        if doc[k].text not in (",", "—", "–", "--") or d.region_at(doc[k].idx) >= 0:
            continue
        top = doc[k + 1]
        for _ in range(6):
            up = top.head
            if up.i == top.i or up.i <= k or up.i > hi or up.left_edge.i != k + 1:
                break
            top = up
        if top.head.i >= k or top.head.i < lo or top.right_edge.i < hi:
            continue
        dep = top.dep_
        if clause and dep == "appos" and k - 4 <= top.head.i:
            return k - 1  # "said they would ask NATO, the alliance that ...": the writer's gloss
        concessive = dep == "advcl" and doc[k + 1].lower_ in ("although", "though")
        if clause and not concessive and (dep not in CLAUSE_TAIL_DEPS or top.tag_ != "VBG"):
            continue
        if dep == "relcl" and doc[k + 1].lower_ not in WH_RELATIVES:
            continue
        if dep == "acl" and top.tag_ not in ("VBG", "VBN"):
            continue
        if dep in TRAILING_DEPS:
            return k - 1
    return hi


def _phrase(tok: Token) -> tuple[int, int]:
    """Token range of a noun phrase, within its paragraph, without enclosing punctuation.

    A phrase set off by commas inside ("Jane Doe, the mayor, said") keeps its closing comma, as
    the appositive's pair of commas belongs to the phrase.
    """
    lo, hi = _subtree(tok)
    doc = tok.doc
    for i in range(tok.i - 1, lo - 1, -1):
        if LINE_BREAK.search(doc[i].text_with_ws):
            lo = i + 1
            break
    for i in range(tok.i, hi):
        if LINE_BREAK.search(doc[i].whitespace_ + doc[i + 1].text):
            hi = i
            break
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space) and doc[hi].text not in ")":
        hi -= 1
    closing = doc[hi + 1].text if hi + 1 < len(doc) else ""
    if closing in (",", "--", "—") and hi > tok.i and any(t.text == closing for t in doc[lo:hi]):
        hi += 1
    return lo, hi


def _speaker_of(
    d: _Doc, subj: Token, cue: Token
) -> tuple[tuple[int, int] | None, SpacySpan | None]:
    """The speaker's characters, and the span to resolve to an actor.

    The phrase stays in the cue's paragraph (a parse can swallow a dateline or a heading), and
    a relative pronoun ("..., who said") resolves through the noun it stands for.
    """
    doc = d.doc
    lo, hi = _phrase(subj)
    if lo <= cue.i <= hi and subj.i < cue.i:
        # "artists writing songs about him": the noun a participial cue modifies, without it
        hi = cue.i - 1
        while hi > subj.i and (
            doc[hi].is_punct
            or doc[hi].is_space
            or (doc[hi].head.i == cue.i and doc[hi].dep_ in CUE_LEFT)
        ):
            hi -= 1
    if d.paragraph_start(subj.idx) != d.paragraph_start(cue.idx):
        # the subject's head lies in another paragraph: keep what the cue's paragraph holds
        p_lo, p_hi = d.paragraph_start(cue.idx), d.paragraph_end(cue.idx)
        a, b = _subtree(subj)
        while a <= b and (doc[a].idx < p_lo or doc[a].is_space or doc[a].is_punct):
            a += 1
        while b >= a and (doc[b].idx >= p_hi or doc[b].is_space or doc[b].is_punct):
            b -= 1
        if a <= b:
            lo, hi = a, b
    link = doc[lo : hi + 1]
    if subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl" and subj.head.head.i != subj.i:
        noun = subj.head.head
        n_lo = noun.left_edge.i
        while n_lo < noun.i and doc[n_lo].is_punct:
            n_lo += 1
        link = doc[n_lo : noun.i + 1]
    return _chars(d, lo, hi, " \t\r\n"), link


def _subject(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in SUBJECTS:
            return child
    return None


def _is_cue_lemma(tok: Token) -> bool:
    lemma = _lemma(tok)
    return lemma in cue_verbs() or lemma in cue_frames().lemmas


def _speaker_token(tok: Token) -> Token | None:
    """The subject of a cue verb, climbing through coordination, raising and participles."""
    seen = 0
    current = tok
    adjective = False
    while seen < 8:
        seen += 1
        subj = _subject(current)
        if subj is not None:
            if adjective and subj.lower_ == "it":
                return None  # "it is worth noting": nobody
            return subj
        dep = current.dep_
        head = current.head
        if (
            dep == "acomp"
            and (current.pos_ == "ADJ" or current.tag_ == "VBN")
            and head.pos_ in ("VERB", "AUX")
        ):
            current = head  # "will not be able to boast": the subject of "be"
            adjective = True
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
            continue
        if dep in ("advcl", "pcomp", "acl") and current.tag_ in ("VBG", "VBN"):
            # "..., stressing that ...": the speaker of the clause it hangs on; when that clause
            # is itself reported content, the speaker of the report
            if dep == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
                return head
            if dep == "pcomp":
                # "began by saying ...", "pitched himself by telling ...": the doer of the verb
                word = head.head
                if head.lower_ in MANNER_PREPS and word.pos_ in ("VERB", "AUX"):
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
                else:
                    return None
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
                return prev
        return None
    return None


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
    for child in verb.children:
        if child.i > verb.i and child.pos_ == "PROPN" and d.region_at(child.idx) < 0:
            return child
    nxt = verb.i + 1
    if nxt < len(d.doc) and d.doc[nxt].pos_ == "PROPN" and d.region_at(d.doc[nxt].idx) < 0:
        return d.doc[nxt]
    return None


def _cue_range(tok: Token, last: int | None = None) -> tuple[int, int]:
    """Token range of the cue: the verb with its auxiliaries, negation, adverbs and particle."""
    doc = tok.doc
    lo = tok.i
    lefts = sorted((c for c in tok.children if c.i < tok.i), key=lambda c: -c.i)
    for child in lefts:
        if child.i != lo - 1:
            break
        if child.dep_ in ("aux", "auxpass", "neg") or (
            child.dep_ == "advmod" and child.lower_ not in NOT_CUE_ADVERBS and child.pos_ == "ADV"
        ):
            lo = child.i
        else:
            break
    hi = tok.i
    for child in tok.children:
        if child.dep_ == "prt" and child.i == hi + 1:
            hi = child.i
    if last is not None and last > hi:
        hi = last
    # when and how it was said, right after the verb: "said Monday", "said then", "posted
    # online" (as an adverb before it is: "also said")
    for child in tok.children:
        if child.i > hi and child.left_edge.i == hi + 1 and child.right_edge.i - hi <= 3:
            if child.dep_ == "npadvmod" or (
                child.dep_ == "advmod"
                and child.pos_ == "ADV"
                and child.lower_ not in NOT_CUE_ADVERBS
            ):
                hi = child.right_edge.i
            elif (
                child.dep_ == "prep"
                and child.lower_ in ("in", "during", "at")
                and any(_lemma(g) in SPEECH_EVENTS for g in child.children)
            ):
                hi = child.right_edge.i  # "said in an interview", "wrote in an email"
    if hi + 1 < len(doc) and doc[hi + 1].text == ":":
        hi += 1  # "said:" introducing what was said
    # a raising verb or adjective before "to": "appeared to suggest", "went on to say", "was
    # able to boast"
    if tok.dep_ == "acomp" and tok.tag_ == "VBN" and tok.head.i < tok.i:
        # "we are convinced that": the copula belongs to the cue, as with an adjective
        between = doc[tok.head.i + 1 : lo]
        if all(t.dep_ in ("neg", "advmod") for t in between) and len(between) <= 2:
            lo = _cue_range(tok.head)[0]
    adjective = tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp"
    if tok.dep_ == "xcomp" and (_lemma(tok.head) in RAISING or adjective) and tok.head.i < tok.i:
        head = tok.head
        between = doc[head.i + 1 : lo]
        if (
            all(t.dep_ in ("aux", "prt", "neg") or t.head.i == head.i for t in between)
            and len(between) <= 3
        ):
            head_lo, _ = _cue_range(head)
            if adjective and head.head.i < head.i:
                head_lo = min(head_lo, _cue_range(head.head)[0])
            lo = head_lo
    return lo, hi


# -- candidates from the parse -----------------------------------------------------------------


def _clause(comp: Token) -> tuple[int, int]:
    """Token range of a complement clause, without a second report the parser hung on it.

    "X said it was wrong and warned Y ...", "X said it was wrong, citing ...": the coordinated or
    participial reporting verb without a subject of its own is X's next act, not content.
    """
    lo, hi = _subtree(comp)
    for child in comp.children:
        if child.i <= comp.i or _lemma(child) not in cue_verbs() or _subject(child) is not None:
            continue
        if child.dep_ == "conj" or (child.dep_ == "advcl" and child.tag_ == "VBG"):
            cut = child.left_edge.i - 1
            doc = comp.doc
            while cut > comp.i and (doc[cut].dep_ == "cc" or doc[cut].is_punct):
                cut -= 1
            return lo, cut
    return lo, hi


def _content_of_verb(tok: Token) -> tuple[list[tuple[int, int]], int | None] | None:
    """Token ranges of the content of a reporting verb, and the last token of its cue."""
    frames = cue_frames()
    lemma = _lemma(tok)
    children = list(tok.children)
    if lemma in cue_verbs():
        comps = [c for c in children if c.dep_ == "ccomp"]
        if comps:
            after = [c for c in comps if c.i > tok.i]
            comp = after[0] if after else comps[-1]
            return [_clause(comp)], None
    if lemma in frames.object_infinitive:
        objs = [c for c in children if c.dep_ in ("dobj",) and c.i > tok.i]
        xcomps = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i]
        on_prep = any(
            c.dep_ in ("prep", "prt") and (lemma, c.lower_) in frames.preposition for c in children
        )
        if (
            xcomps
            and any(g.lower_ == "to" for g in xcomps[0].children)
            and (objs or not on_prep)  # "called on X to ...": the prepositional frame
        ):
            lo = objs[0].left_edge.i if objs else xcomps[0].left_edge.i
            return [(lo, xcomps[0].right_edge.i)], None
    if lemma in frames.infinitive:
        for c in children:
            if c.dep_ == "xcomp" and c.i > tok.i and any(g.dep_ == "aux" for g in c.children):
                lo, hi = _subtree(c)
                # "wants to cut taxes, grow jobs and ...": a bare verb hung on the finite cue
                # cannot be coordinated with it (no agreement): it goes on the infinitive
                for g in children:
                    if (
                        g.dep_ == "conj"
                        and g.i > hi
                        and g.tag_ == "VB"
                        and tok.tag_ in ("VBZ", "VBD", "VBN", "VBG")
                        and _subject(g) is None
                    ):
                        hi = g.right_edge.i
                return [(lo, hi)], None
    for c in children:
        if c.dep_ == "prep" and (lemma, c.lower_) in frames.preposition and c.i > tok.i:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs and c.i - tok.i <= 3:
                lo, hi = _clause(objs[0])
                # "called on X to ...": the infinitive belongs to the content; "went after X
                # as a fraud": so does what X is called
                for g in children:
                    as_name = g.dep_ == "prep" and g.lower_ == "as" and g.i == hi + 1
                    if as_name or (g.dep_ in ("xcomp", "ccomp") and g.i > hi):
                        hi = g.right_edge.i
                # the preposition joins the cue when nothing but adverbs stands between
                between = tok.doc[tok.i + 1 : c.i]
                joined = all(t.dep_ in ("advmod", "prt") for t in between)
                return [(lo, hi)], c.i if joined else None
    for c in children:
        # the same with the preposition parsed as a particle: "could call on X to ..."
        if c.dep_ == "prt" and (lemma, c.lower_) in frames.preposition and c.i > tok.i:
            objs = [g for g in children if g.dep_ == "dobj" and g.i > c.i]
            if objs:
                lo, hi = _clause(objs[0])
                for g in children:
                    if g.dep_ in ("xcomp", "ccomp") and g.i > hi:
                        hi = g.right_edge.i
                return [(lo, hi)], c.i
    if lemma in frames.predicative_as:
        objs = [c for c in children if c.dep_ == "dobj" and c.i > tok.i]
        as_ = [c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i]
        if objs and as_:
            return [(objs[0].left_edge.i, as_[0].right_edge.i)], None
    if lemma in frames.naming:
        # "X called Y a liar": the object and the name given to it
        named = [c for c in children if c.dep_ in NAMING_DEPS and c.i > tok.i]
        if len(named) >= 2 or (named and named[0].dep_ == "ccomp"):
            hi = named[-1].right_edge.i
            # "called it a disgrace over the shooting": the ground of the name goes with it
            for c in children:
                if c.dep_ == "prep" and c.i == hi + 1 and c.lower_ in GROUND_PREPS:
                    hi = c.right_edge.i
            return [(named[0].left_edge.i, hi)], None
    if lemma in frames.object:
        objs = [c for c in children if c.dep_ == "dobj" and c.i > tok.i]
        if objs:
            lo, hi = _subtree(objs[0])
            # "accused X of ...", "blasted X for ...", "praised X as ...": the ground belongs too
            for c in children:
                if c.dep_ == "prep" and c.i == hi + 1 and c.lower_ in GROUND_PREPS:
                    hi = c.right_edge.i
            # what the verb says of its object right after it: "showed her ahead", "offers
            # loans to parents", "unveiled a list from ..."
            for c in sorted(children, key=lambda c: c.i):
                if (
                    c.i > hi
                    and c.left_edge.i == hi + 1
                    and c.dep_ in OBJECT_COMPLEMENTS
                    and (c.dep_ != "prep" or c.lower_ in OBJECT_PREPS)
                ):
                    hi = c.right_edge.i
            if tok.doc[hi].text in QUOTE_CHARS:
                # a quoted object is a mixed quote, whose content runs to the end of the clause
                for c in children:
                    if c.i == hi + 1 and c.dep_ in ("prep", "advmod", "npadvmod"):
                        hi = c.right_edge.i
            return [(lo, hi)], None
    if lemma in cue_verbs() and tok.dep_ in ("parataxis", "ccomp") and tok.head.i != tok.i:
        # "The plan is dead, the minister said." / "The plan, she said, is dead."
        head = tok.head
        h_lo, h_hi = _subtree(head)
        t_lo, t_hi = _subtree(tok)
        doc = tok.doc
        while t_lo < tok.i and doc[t_lo].is_punct:
            t_lo += 1
        while t_hi > tok.i and doc[t_hi].is_punct:
            t_hi -= 1
        interrupts = t_lo > 0 and doc[t_lo - 1].text in (",", "—", "–")
        if (
            t_lo > h_lo
            and _subject(tok) is not None
            and interrupts
            and not (tok.dep_ == "ccomp" and _is_cue_lemma(head))
        ):
            parts = [(h_lo, t_lo - 1)]
            if t_hi < h_hi:
                parts.append((t_hi + 1, h_hi))
            return parts, None
    return None


def _colon_content(d: _Doc, tok: Token) -> tuple[int, int] | None:
    """ "X said: ...", "X wrote on Telegram: ...": what follows the colon, the next paragraph's
    quote when the colon ends its paragraph."""
    doc = d.doc
    for i in range(tok.i + 1, min(tok.i + 8, len(doc))):
        t = doc[i]
        if t.text == ":":
            break
        if t.pos_ in ("VERB", "AUX") or t.is_sent_start or (t.is_punct and t.text not in "-"):
            return None
    else:
        return None
    start = t.idx + 1
    text = d.text
    n = len(text)
    while start < n and text[start] in " \t\r\n":
        start += 1
    k = d.region_at(start + 1) if start < n and text[start] in QUOTE_CHARS else -1
    if k >= 0:
        return d.regions[k].start, d.regions[k].end
    end = d.paragraph_end(start)
    start, end = _trim(text, start, end, TRIM + ".")
    return (start, end) if start < end else None


def _agent(tok: Token) -> Token | None:
    """The object of a passive verb's "by" phrase ("was praised by the mayor")."""
    for child in tok.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _passive_object(d: _Doc, tok: Token) -> _Cand | None:
    """ "The plan was praised by the mayor", "the bill was widely criticized": the passive of a
    verb whose object is its content has that content as subject, and the agent as source."""
    frames = cue_frames()
    lemma = _lemma(tok)
    if not (lemma in frames.object or lemma in frames.predicative_as or lemma in frames.naming):
        return None
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if patient is None or patient.i > tok.i or patient.lower_ in ("it", "there"):
        return None
    if patient.tag_ in ("WDT", "WP"):
        return None  # "which was praised": the content is the relative's antecedent
    if _lemma(patient) in cue_nouns() and any(
        c.dep_ in ("acl", "ccomp") and c.i > patient.i for c in patient.children
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
    speaker = speaker_span = None
    last = None
    for c in tok.children:
        # "was accused of lying", "was criticized for the delay": the ground goes with it, and
        # the preposition right after the verb belongs to the cue
        objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
        if c.dep_ == "oprd" and c.i > tok.i and lemma in frames.naming:
            # "the plan was called a disaster": what it is called
            named = _content_chars(d, *_subtree(c))
            if named is not None:
                parts = parts + d.clamp([named], tok.idx)
            break
        if c.dep_ == "prep" and c.i > tok.i and c.lower_ in GROUND_PREPS and objs:
            ground = _content_chars(d, *_subtree(objs[0]))
            if ground is not None:
                parts = parts + d.clamp([ground], tok.idx)
                if c.i == tok.i + 1:
                    last = c.i
            break
    if agent is not None:
        speaker, speaker_span = _speaker_of(d, agent, tok)
        last = agent.head.i if agent.head.i == tok.i + 1 else None
    cue_lo, cue_hi = _cue_range(tok, last)
    return _Cand(
        cue=_cue_chars(d, cue_lo, cue_hi),
        speaker=speaker,
        speaker_span=speaker_span,
        parts=parts,
        cue_i=tok.i,
    )


def _without_dashed_asides(d: _Doc, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A reported content without the writer's aside between a pair of dashes ("the top 1
    percent -- those earning more than ... -- would pay"): two parts around it."""
    out: list[tuple[int, int]] = []
    for start, end in parts:
        if end - start > MAX_ASIDE_SCAN:
            out.append((start, end))  # a sentence is shorter: nested reports stay linear
            continue
        for m in DASHED_ASIDE.finditer(d.text, start, end):
            if d.region_at(m.start()) >= 0 or d.region_at(m.end() - 1) >= 0:
                continue
            if any(ch in QUOTE_CHARS for ch in m.group(0)):
                continue
            before = _trim(d.text, start, m.start())
            if before[0] < before[1]:
                out.append(before)
            start = m.end()
        after = _trim(d.text, start, end)
        if after[0] < after[1]:
            out.append(after)
    return out


def _around_relative(
    d: _Doc, tok: Token, ranges: list[tuple[int, int]], last: int | None
) -> list[tuple[int, int]]:
    """ "the plan, which the mayor said was a mistake": a content that starts with the relative
    pronoun before the speaker and the cue is that pronoun and what follows the cue."""
    doc = d.doc
    out = []
    for lo, hi in ranges:
        first = doc[lo]
        if lo < tok.i < hi and first.tag_ in ("WDT", "WP") and first.head.i > tok.i:
            _, cue_hi = _cue_range(tok, last)
            out.extend([(lo, lo), (cue_hi + 1, hi)])
        else:
            out.append((lo, hi))
    return out


def _verb_cand(d: _Doc, tok: Token) -> _Cand | None:
    if tok.dep_ == "acl" and _lemma(tok) not in cue_verbs():
        return None  # "the coalition supporting Kyiv": a modifier, not an act of saying
    found = _content_of_verb(tok)
    if found is None:
        passive = _passive_object(d, tok)
        if passive is not None:
            return passive
        colon = _colon_content(d, tok) if _lemma(tok) in cue_verbs() else None
        if colon is None:
            return None
        cue = _cue_chars(d, *_cue_range(tok))
        subj = _unquoted_subject(d, _speaker_token(tok), tok)
        speaker, speaker_span = _speaker_of(d, subj, tok) if subj is not None else (None, None)
        return _Cand(
            cue=cue, speaker=speaker, speaker_span=speaker_span, parts=[colon], cue_i=tok.i
        )
    ranges, last = found
    ranges = _around_relative(d, tok, ranges, last)
    ranges = [(lo, _trailing_cut(d, lo, hi)) for lo, hi in ranges]
    parts = [c for c in (_content_chars(d, lo, hi) for lo, hi in ranges) if c is not None]
    parts = _without_dashed_asides(d, d.clamp(parts, tok.idx))
    parts = [(s, e) for s, e in parts if any(ch.isalnum() for ch in d.text[s:e])]
    if not parts:
        return None
    cue_lo, cue_hi = _cue_range(tok, last)
    cue = _cue_chars(d, cue_lo, cue_hi)
    subj = _unquoted_subject(d, _speaker_token(tok), tok)
    if (
        subj is not None
        and subj.dep_ == "nsubjpass"
        and subj.head.i == tok.i
        and tok.lower_ not in cue_adjectives()  # "we are convinced that": the experiencer
    ):
        # "it was reported that ...", "the plan was criticized by X": the passive subject is
        # not the source; the agent of "by" is, when there is one. Without one, the subject is
        # part of what is attributed: "the vote is expected | to pass"
        patient = subj
        subj = _agent(tok)
        if subj is None and patient.i < tok.i and patient.lower_ not in ("it", "there"):
            p_lo, p_hi = _phrase(patient)
            part = _content_chars(d, p_lo, p_hi)
            if part is not None and part[1] <= parts[0][0]:
                parts = d.clamp([part], tok.idx) + parts
    speaker = speaker_span = None
    verb = tok.head if tok.dep_ == "xcomp" else tok
    if subj is None and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "... to discuss the plan": an intention without anyone holding it
    if (
        subj is None
        and tok.tag_ == "VB"
        and tok.dep_ == "ROOT"
        and not any(c.dep_ in ("auxpass", "nsubjpass", "expl") for c in tok.children)
        and not any(c.dep_ == "aux" and c.lower_ not in ("do", "don't") for c in tok.children)
    ):
        return None  # "Don't forget that ...", "Imagine ...": the writer addresses the reader
    if subj is not None:
        speaker, speaker_span = _speaker_of(d, subj, tok)
        if speaker is not None and any(s <= speaker[0] < e for s, e in parts):
            return None  # the "speaker" is inside the content: a misparse
    return _Cand(cue=cue, speaker=speaker, speaker_span=speaker_span, parts=parts, cue_i=tok.i)


def _according_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "According to X, ..." / "..., according to X." """
    doc = d.doc
    if tok.lower_ in ("in", "by"):
        # "In the poll, the mayor led by five points": a poll, study or report as source; "by
        # one estimate, ...": an estimate or account
        to = tok
        sources = SOURCE_DOCUMENTS if tok.lower_ == "in" else SOURCE_RECKONINGS
        objs = [c for c in tok.children if c.dep_ == "pobj" and _lemma(c) in sources]
        if not objs or tok.dep_ != "prep" or tok.head.pos_ not in ("VERB", "AUX"):
            return None
    else:
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            return None
        to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return None
    lo, hi = _phrase(objs[0])
    head: Token | None = tok.head if tok.head.i != tok.i else None
    # the clause it qualifies: climb from a noun it was hung on to that noun's verb (spaCy
    # makes a new Token object on every access, so the root is found by index, not identity)
    while head is not None and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    n = d.sent_of[tok.i]
    s_lo, s_hi = d.sents[n][0], d.sents[n][1] - 1
    if head is not None and head.i != tok.i:
        h_lo, h_hi = _subtree(head)
    else:
        h_lo, h_hi = s_lo, s_hi
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
    speaker = _chars(d, lo, hi, " \t\r\n")
    return _Cand(
        cue=_chars(d, tok.i, to.i),
        speaker=speaker,
        speaker_span=doc[lo : hi + 1],
        parts=[part],
        cue_i=tok.i,
        nests=tok.lower_ != "according",
    )


def _adjective_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "X is confident (that) ...", "X was not sure whether ..." """
    if tok.dep_ != "acomp" or tok.head.i == tok.i:
        return None
    cop = tok.head
    comps = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
    comps += [c for c in cop.children if c.dep_ == "ccomp" and c.i > tok.i]
    subj = _subject(cop)
    if subj is None:
        return None
    cue_end = tok.i
    if comps:
        part = _content_chars(d, *_clause(comps[0]))
    else:
        # "critical of X", "worried about X": the object of the adjective's preposition
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPS]
        objs = [g for g in preps[0].children if g.dep_ in ("pobj", "pcomp")] if preps else []
        if not objs or preps[0].i != tok.i + 1:
            return None
        part = _content_chars(d, *_subtree(objs[0]))
        cue_end = preps[0].i
    if part is None:
        return None
    cue_lo, _ = _cue_range(cop)
    speaker, speaker_span = _speaker_of(d, subj, tok)
    return _Cand(
        cue=_chars(d, cue_lo, cue_end),
        speaker=speaker,
        speaker_span=speaker_span,
        parts=[part],
        cue_i=tok.i,
    )


def _hedge_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "The plan seems too risky", "she appears to have left": the writer's hedge, without a
    source; the subject and what it seems to be or do are the content."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.lower_ in ("it", "there", "him", "her", "them", "me", "us"):
        return None  # "makes him seem kinder": a causative's small clause
    comp = None
    for c in tok.children:
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
    c_lo, c_hi = _subtree(comp)
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
    )


def _noun_cand(d: _Doc, tok: Token) -> _Cand | None:
    """ "X's warning that ...", "the claim by X that ...", "his promise to ..." """
    doc = d.doc
    comp = None
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("acl", "ccomp", "relcl"):
            marks = [g for g in c.children if g.dep_ == "mark" and g.lower_ == "that"]
            tos = [g for g in c.children if g.dep_ == "aux" and g.lower_ == "to"]
            if (marks and marks[0].i == c.left_edge.i) or tos:
                comp = c
                break
    topic = None
    if comp is None:
        # "her remarks about the plan", "his warning against it": the topic of a noun of
        # saying; the preposition joins the cue
        for c in tok.children:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in NOUN_TOPIC_PREPS and objs:
                comp, topic = objs[0], c
                break
    if comp is None:
        return None
    speaker_tok = None
    for c in tok.children:
        if c.dep_ == "poss":
            speaker_tok = c
        elif c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < comp.i:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                speaker_tok = objs[0]
    if speaker_tok is None:
        # "his tacit acknowledgment", "the police’s earlier claim": a possessor the parse hung
        # elsewhere in the noun phrase
        for t in doc[max(0, tok.left_edge.i - 1, tok.i - 8) : tok.i]:
            if t.tag_ == "PRP$":
                speaker_tok = t
            elif t.tag_ == "POS" and t.i > 0 and not doc[t.i - 1].is_punct:
                speaker_tok = doc[t.i - 1]
    if speaker_tok is None and tok.dep_ == "dobj" and _lemma(tok.head) in LIGHT_VERBS:
        # "X made the claim that ...", "X voiced concerns that ...": the doer is the source
        speaker_tok = _subject(tok.head)
    if speaker_tok is None and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
        # "X persisted in arguments that ...": the one who persists
        speaker_tok = _subject(tok.head.head)
    if speaker_tok is None:
        # "allegations that ...": a report whose source the writer does not give
        if topic is not None or not any(
            g.dep_ == "mark" and g.lower_ == "that" for g in comp.children
        ):
            return None
        c_lo, c_hi = _subtree(comp)
        part = _content_chars(d, c_lo, _trailing_cut(d, c_lo, c_hi) if topic else c_hi)
        if part is None:
            return None
        return _Cand(
            cue=_chars(d, tok.i, tok.i),
            speaker=None,
            speaker_span=None,
            parts=[part],
            cue_i=tok.i,
        )
    lo, hi = _phrase(speaker_tok)
    if speaker_tok.dep_ == "poss":
        # "Smith's": the possessive marker is not part of the name
        while hi > lo and doc[hi].tag_ == "POS":
            hi -= 1
    c_lo, c_hi = _subtree(comp)
    part = _content_chars(d, c_lo, _trailing_cut(d, c_lo, c_hi) if topic else c_hi)
    if part is None:
        return None
    return _Cand(
        cue=_chars(d, tok.i, topic.i if topic is not None else tok.i),
        speaker=_chars(d, lo, hi, " \t\r\n"),
        speaker_span=doc[lo : hi + 1],
        parts=[part],
        cue_i=tok.i,
    )


# -- quoted regions ------------------------------------------------------------------------------


def _puts_it(tok: Token) -> int | None:
    """ "as she put it": "put it" is a verb of saying; the index of "it"."""
    if _lemma(tok) != "put":
        return None
    for child in tok.children:
        if child.dep_ == "dobj" and child.lower_ == "it" and child.i == tok.i + 1:
            return child.i
    return None


def _nearest_cue(d: _Doc, region: Region) -> Token | None:
    """A reporting verb outside the region, in the sentences it touches, nearest first."""
    doc = d.doc
    span = doc.char_span(region.start, region.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    lo = d.sents[d.sent_of[span.start]][0]
    last_sent = d.sent_of[span.end - 1]
    hi = d.sents[last_sent][1]
    if last_sent + 1 < len(d.sents) and hi < len(doc):
        # “… ?” he asked. — a question or exclamation mark ends the parser's sentence early
        nxt_lo, nxt_hi = d.sents[last_sent + 1]
        if doc[nxt_lo].idx - region.end <= 3 and nxt_hi - nxt_lo <= 12:
            hi = nxt_hi
    best: tuple[int, int, Token] | None = None
    verbs = cue_verbs()
    p_lo, p_hi = d.paragraph_start(region.start), d.paragraph_end(region.end)
    # a bounded window, so that a long unpunctuated text with many quotes stays linear
    lo, hi = max(lo, span.start - CUE_WINDOW), min(hi, span.end + CUE_WINDOW)
    for tok in doc[lo:hi]:
        if region.start <= tok.idx < region.end or not p_lo <= tok.idx < p_hi:
            continue
        if tok.pos_ in ("VERB", "AUX") and (_lemma(tok) in verbs or _puts_it(tok) is not None):
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
        name_start, name_end = _trim(text, p_start, colon, TRIM + QUOTE_CHARS)
        head = doc.char_span(name_start, name_end, alignment_mode="contract")
        if head is None or not _name_tokens(head) or any(t.like_num for t in head):
            continue
        c_start, c_end = _trim(text, colon + 1, p_end, TRIM + QUOTE_CHARS + ".")
        body = doc.char_span(c_start, c_end, alignment_mode="expand")
        if body is None or sum(1 for t in body if t.is_alpha) < MIN_SPEECH_TOKENS:
            continue
        out.append(
            _Cand(
                cue=(colon, colon + 1),
                speaker=(head.start_char, head.end_char),
                speaker_span=head,
                parts=[(c_start, c_end)],
                kind="direct" if d.region_at(c_start) >= 0 else "indirect",
            )
        )
    return out


def _is_speech(d: _Doc, region: Region) -> bool:
    span = d.doc.char_span(region.start, region.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    return len(words) >= MIN_SPEECH_TOKENS


def _merge_regions(d: _Doc, cands: list[_Cand]) -> None:
    """A reported content inside quotation marks is that direct quote, whole; one with quoted
    fragments is a mixed quote, whose edge fragments keep their marks (“a” b, not a” b)."""
    text = d.text
    for cand in cands:
        if len(cand.parts) != 1:
            continue
        start, end = _trim(text, *cand.parts[0], TRIM + QUOTE_CHARS)
        cue_at = cand.cue[0] if cand.cue is not None else -1
        nxt = bisect_left(d.region_starts, end)
        if (
            start < end
            and nxt < len(d.regions)
            and d.regions[nxt].start - end <= 4
            and not text[end : d.regions[nxt].start].strip(" ,:" + QUOTE_CHARS)
            and not d.regions[nxt].start <= cue_at < d.regions[nxt].end
            and cue_at < start
            and _is_speech(d, d.regions[nxt])
        ):
            # the parse stopped where the quote it introduces begins ("she recalled thinking,
            # “…”"): the content runs on to the end of that quote
            cand.parts = [(start, min(d.regions[nxt].end + 1, len(text)))]
            cand.kind = "mixed"
            cand.regions = [nxt]
            continue
        ks = d.regions_in(start, end)
        if not ks or start >= end:
            continue
        first, last = d.regions[ks[0]], d.regions[ks[-1]]
        if first.start < start or (first.start == start and end <= first.end):
            # the content starts inside a quote: the quote, if it holds most of the content
            inside = min(end, first.end) - start
            if inside * 2 >= end - start and not first.start <= cue_at < first.end:
                cand.parts = [(first.start, first.end)]
                cand.kind = "direct"
                cand.regions = [ks[0]]
            continue
        if len(ks) == 1 and not any(
            ch.isalnum() for ch in text[start : first.start] + text[first.end : end]
        ):
            # nothing but symbols around the quote: it is a direct quote
            if not first.start <= cue_at < first.end:
                cand.parts = [(first.start, first.end)]
                cand.kind = "direct"
                cand.regions = [ks[0]]
            continue
        if end < last.end:
            if last.end - end <= 2 and not text[end : last.end].strip(".,;:!?"):
                end = last.end  # “inevitable.”: the mark closes after the full stop
            elif len(ks) == 1:
                # the quote runs on past the clause: the content runs to its end, with the
                # words that lead into it ("that “…”", "the “…”")
                inside = end - last.start
                if inside * 2 >= end - start and not last.start <= cue_at < last.end:
                    cand.parts = [(start, min(last.end + 1, len(text)))]
                    cand.kind = "mixed"
                    cand.regions = [ks[-1]]
                continue
        if text[start - 1 : start] in QUOTE_CHARS and first.start == start:
            start -= 1
        if last.end == end and text[end : end + 1] in QUOTE_CHARS:
            end += 1
        cand.parts = [(start, end)]
        cand.kind = "mixed"


def _claimed(cands: list[_Cand], d: _Doc) -> set[int]:
    claimed: set[int] = set()
    for cand in cands:
        for s, e in cand.parts:
            for k in d.regions_in(s, e):
                region = d.regions[k]
                if cand.cue is not None and region.start <= cand.cue[0] < region.end:
                    continue
                claimed.add(k)
    return claimed


def _outermost(cands: list[_Cand]) -> list[_Cand]:
    """Drop reports whose cue lies inside another report's content.

    "X said the group plans to ...": the plan is part of what X said, not a second attribution
    of the article (a report that shares its speaker, "X said A, stressing B", has its cue cut
    out of A's clause and stays).
    """
    parts = sorted(p for c in cands for p in c.parts)
    starts = [s for s, _ in parts]
    reach: list[int] = []
    for _, end in parts:
        reach.append(max(end, reach[-1]) if reach else end)
    out = []
    for cand in cands:
        if cand.cue is not None and cand.nests:
            k = bisect_right(starts, cand.cue[0]) - 1
            if k >= 0 and reach[k] > cand.cue[0]:
                continue
        out.append(cand)
    return out


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


def _colon_clause(d: _Doc, region: Region) -> tuple[Token, int] | None:
    """ "She made the following comment: “…”": a quote right after a colon that ends a clause
    whose main verb is no verb of saying; the verb and the colon's token index."""
    text = d.text
    i = region.start - 1
    while i >= 0 and text[i] in QUOTE_CHARS + " \t":
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    colon = d.doc.char_span(i, i + 1)
    if colon is None:
        return None
    lo = d.sents[d.sent_of[colon.start]][0]
    verb = d.doc[colon.start].head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not lo <= verb.i < colon.start:
        return None
    if colon.start - verb.i > 10 or _lemma(verb) in cue_verbs():
        return None  # a verb of saying is the ordinary cue
    nouns = cue_nouns()
    if not any(
        _lemma(t) in nouns or _lemma(t) in SPEECH_EVENTS or _lemma(t) in WORDING_NOUNS
        for t in d.doc[verb.i + 1 : colon.start]
    ):
        return None  # "the menu had three items: “…”": no words are said
    return verb, colon.start


def _direct_cands(d: _Doc, cands: list[_Cand], actors_claimed: set[int]) -> list[_Cand]:
    """Quoted regions no reported-speech reading covers: nearest cue, or a colon attribution."""
    out: list[_Cand] = []
    doc = d.doc
    for k, region in enumerate(d.regions):
        if k in actors_claimed or not (_is_speech(d, region) or _cue_follows(d, region)):
            continue
        colon = _colon_speaker(d, region)
        if colon is not None:
            lo, hi = colon
            colon_at = d.text.rfind(":", 0, region.start)
            out.append(
                _Cand(
                    cue=(colon_at, colon_at + 1),
                    speaker=_chars(d, lo, hi),
                    speaker_span=doc[lo : hi + 1],
                    parts=[(region.start, region.end)],
                    kind="direct",
                    regions=[k],
                )
            )
            continue
        dash = _dash_speaker(d, region)
        if dash is not None:
            at, (lo, hi) = dash
            out.append(
                _Cand(
                    cue=(at, at + 1),
                    speaker=_chars(d, lo, hi),
                    speaker_span=doc[lo : hi + 1],
                    parts=[(region.start, region.end)],
                    kind="direct",
                    regions=[k],
                )
            )
            continue
        introduced = _colon_clause(d, region)
        if introduced is not None:
            verb, colon_at = introduced
            subj = _subject(verb)
            if subj is not None:
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
                    )
                )
                continue
        cue = _nearest_cue(d, region)
        if cue is None:
            continue
        subj = _unquoted_subject(d, _speaker_token(cue), cue)
        speaker = speaker_span = None
        if subj is not None:
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
            )
        )
    return out


def _join_continuations(d: _Doc, cands: list[_Cand]) -> None:
    """ "“A,” he said, “B.”" and "“A,” he said. “B.”": one quote, several content parts.

    After the attributing sentence, quoted sentences that follow with nothing between them (the
    next paragraphs too) go on with the same speaker until a quote with a cue of its own.
    """
    by_region: dict[int, int] = {}
    for n, cand in enumerate(cands):
        for k in cand.regions:
            by_region.setdefault(k, n)
    absorbed: set[int] = set()
    text = d.text
    doc = d.doc
    blank = QUOTE_CHARS + " \t\r\n"
    for n, cand in enumerate(cands):
        if n in absorbed or cand.cue_i < 0 or cand.cue is None:
            continue
        sent_end = d.sents[d.sent_of[cand.cue_i]][1]
        cue_sent_end = doc[sent_end - 1].idx + len(doc[sent_end - 1].text)
        if cand.kind != "direct" or not cand.regions:
            # "The plan is dead, she said. “We start again.”": a reported content before its
            # cue goes on in the quote right after the attributing sentence
            if cand.cue[0] < cand.end or cand.regions:
                continue
            k = bisect_right(d.region_starts, cand.cue[0])
            if k >= len(d.regions):
                continue
            nxt = d.regions[k]
            gap = text[cand.cue[1] : nxt.start] if nxt.start < cue_sent_end else ""
            if nxt.start >= cue_sent_end:
                gap = text[cue_sent_end : nxt.start]
            if gap.strip(blank + ",.;:") or not _is_speech(d, nxt):
                continue
            other = by_region.get(k)
            if other is not None and other != n:
                o = cands[other]
                if o.cue is not None and o.cue != cand.cue:
                    continue
                absorbed.add(other)
            cand.parts.append((nxt.start, nxt.end))
            cand.regions.append(k)
            cand.kind = "mixed"
        k = cand.regions[-1]
        if cand.cue[0] < d.regions[k].end:
            continue  # the cue comes first: nothing to join across
        if cand.kind == "direct" and len(cand.regions) == 1:
            # a title quoted in the attributing sentence ("X said on “Meet the Press.”") does
            # not stop the quote from going on after it
            j = k + 1
            while (
                j < len(d.regions)
                and cand.cue[0] < d.regions[j].start
                and d.regions[j].end <= cue_sent_end
                and j not in by_region
                and not _is_speech(d, d.regions[j])
            ):
                j += 1
            if j > k + 1 and j < len(d.regions):
                nxt = d.regions[j]
                if (
                    nxt.start >= cue_sent_end
                    and not text[cue_sent_end : nxt.start].strip(blank)
                    and j not in by_region
                    and _is_speech(d, nxt)
                ):
                    cand.parts.append((nxt.start, nxt.end))
                    cand.regions.append(j)
                    k = j
        while k + 1 < len(d.regions):
            nxt = d.regions[k + 1]
            if k == cand.regions[0] and cand.kind == "direct":
                if not d.regions[k].end <= cand.cue[0] < nxt.start:
                    break
                # inside the attributing sentence, or right after it
                if nxt.start > cue_sent_end and text[cue_sent_end : nxt.start].strip(blank):
                    break
                if nxt.start - d.regions[k].end > MAX_INTERRUPTION and nxt.start < cue_sent_end:
                    break
            elif text[d.regions[k].end : nxt.start].strip(blank):
                break
            other = by_region.get(k + 1)
            if other is not None and other != n:
                o = cands[other]
                if o.cue is not None and o.cue != cand.cue:
                    break
                absorbed.add(other)
            elif not _is_speech(d, nxt):
                break
            cand.parts.append((nxt.start, nxt.end))
            cand.regions.append(k + 1)
            k += 1
    for n in sorted(absorbed, reverse=True):
        del cands[n]


PREPOSITION_CUES = ("according", "in", "by")


def _may_cue(doc: Doc, lemmas: frozenset[str] | set[str]) -> Iterator[Token]:
    """Tokens that may be a cue: a lemma in the lists (or one with its silent e restored) or a
    preposition that introduces a source."""

    def keep(lemma: str, lower: str) -> bool:
        return lemma in lemmas or lemma + "e" in lemmas or lower in PREPOSITION_CUES

    for i in words_where(doc, keep):
        yield doc[i]


def find_quotes(doc: Doc, actors: Actors) -> list[Quote]:
    d = _Doc(doc)
    text = d.text
    verbs = cue_verbs()
    frame_lemmas = cue_frames().lemmas
    nouns = cue_nouns()
    adjectives = cue_adjectives()
    cands: list[_Cand] = []
    for tok in _may_cue(doc, verbs | frame_lemmas | nouns | adjectives | HEDGES):
        lemma = _lemma(tok)
        cand = None
        if tok.pos_ in ("VERB", "AUX") and (lemma in verbs or lemma in frame_lemmas):
            cand = _verb_cand(d, tok)
        elif tok.lower_ in PREPOSITION_CUES:
            cand = _according_cand(d, tok)
        elif tok.pos_ == "NOUN" and lemma in nouns:
            cand = _noun_cand(d, tok)
        elif tok.pos_ == "ADJ" and lemma in adjectives:
            cand = _adjective_cand(d, tok)
        elif tok.pos_ in ("VERB", "AUX") and lemma in HEDGES:
            cand = _hedge_cand(d, tok)
        if cand is not None:
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
    for cand in cands:
        key = tuple(cand.parts)
        if key in seen:
            continue
        seen.add(key)
        parts = [_span(text, s, e) for s, e in cand.parts]
        content = _span(text, cand.start, cand.end)
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                kind=cand.kind,
                speaker=_span(text, *cand.speaker) if cand.speaker else None,
                actor=actors.propose(cand.speaker_span) if cand.speaker_span is not None else None,
                cue=_span(text, *cand.cue) if cand.cue else None,
                content=content,
                content_parts=parts,
            )
        )
    return quotes
