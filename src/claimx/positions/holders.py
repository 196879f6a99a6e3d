"""Who holds a stance: holder tokens resolved to actors, first person to the quote's speaker.

All calls to the actor stage go through `Context.link`, so a change of the actors' interface is
one place."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from typing import TYPE_CHECKING

from claimx.actors import turns
from claimx.positions import constructions as C
from claimx.positions.lexicon import countries_table, lexicon, reporting_nouns, reporting_verbs
from claimx.positions.syntax import FIRST_PERSON, MAX_CLIMB, possessor, subject_of
from claimx.quotes.constructions import TRANSCRIPT as TRANSCRIPT_RULE
from claimx.rules.docview import (
    children_of,
    regions_of,
    span_at,
    text_of,
    token_ranges,
    tokens_of,
    words_of,
)
from claimx.rules.registry import note

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from claimx.actors import Actors
    from claimx.actors.store import ActorView
    from claimx.schema import Quote


def appositives(tok: Token) -> list[Token]:
    """Names in apposition to a holder phrase: to its head, or to the object of a preposition on
    it, where the parse hangs them ("Its head of UK equities, Priya Raman, said ...")."""
    return [
        t
        for t in tok.subtree
        if t.dep_ == "appos"
        and (t.head.i == tok.i or t.head.dep_ == "pobj" and t.head.head.head.i == tok.i)
    ]


class Spans:
    """Character spans (actor mentions, quote parts), asked which of them cover a token. Only the
    spans that start near the token are read: a document asks about a dozen tokens, and a table
    of every token, filled from every span, cost more than all the questions."""

    def __init__(self, doc: Doc, pairs: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.pairs = pairs
        self.order = sorted(range(len(pairs)), key=pairs.__getitem__)
        self.starts = [pairs[k][0] for k in self.order]
        self.longest = max((end - start for start, end in pairs), default=0)

    def covering(self, i: int) -> list[int]:
        """The indices, in order, of the spans whose tokens (`token_ranges`) take in token `i`.
        A span that does starts before the next token and ends after this one starts, so it
        starts less than the longest span's width before this token."""
        if not self.pairs:
            return []
        words = words_of(self.doc)
        a = words.idx[i]
        b = words.idx[i + 1] if i + 1 < len(words.idx) else words.chars
        lo = bisect_left(self.starts, a - self.longest + 1)
        near = sorted(self.order[lo : bisect_left(self.starts, b, lo)])
        found = token_ranges(self.doc, [self.pairs[k] for k in near])
        return [k for k, r in zip(near, found, strict=True) if r is not None and r[0] <= i < r[1]]


class Context:
    """Per-document lookups: token -> actor, token -> quote. Each is built on first use, once per
    document: most sentences hold no cue, and a document whose cues find nothing asks none."""

    def __init__(self, doc: Doc, actors: Actors, quotes: list[Quote]) -> None:
        self.doc = doc
        self.actors = actors
        self.quotes = quotes
        self.lex = lexicon()
        self._quote_person: dict[str, str | None] = {}

    @cached_property
    def models(self) -> list[ActorView]:
        """The actors as the actor stage left them (`link` proposes, `settle` writes later)."""
        return self.actors.views()

    @cached_property
    def ids(self) -> set[str]:
        return {a.id for a in self.models}

    @cached_property
    def kinds(self) -> dict[str, str]:
        return {a.id: a.kind for a in self.models}

    @cached_property
    def groups(self) -> dict[str, str]:
        return {a.name.casefold(): a.id for a in self.models if a.kind == "group"}

    @cached_property
    def _mentions(self) -> tuple[Spans, list[tuple[int, str]]]:
        """Every actor mention, with its width in characters and its actor."""
        mentions = [(m.start, m.end, a.id) for a in self.models for m in a.mentions]
        spans = Spans(self.doc, [(start, end) for start, end, _ in mentions])
        return spans, [(end - start, actor) for start, end, actor in mentions]

    def tok_actor(self, i: int) -> str | None:
        """The actor of token `i`: of its narrowest mention (the first of equal widths)."""
        spans, actors = self._mentions
        found = min(((actors[k][0], k) for k in spans.covering(i)), default=None)
        return actors[found[1]][1] if found is not None else None

    @cached_property
    def by_country(self) -> dict[str, str]:
        by_country: dict[str, str] = {}
        table = countries_table()
        if table is not None:
            for a in self.models:
                country = table.country(a.name) if a.kind == "country" else None
                if country:
                    by_country.setdefault(country, a.id)
        return by_country

    @cached_property
    def by_name(self) -> dict[str, str | None]:
        """A name written without the recogniser noticing ("Zelenskyy" tagged as a noun)."""
        by_name: dict[str, str | None] = {}
        for a in self.models:
            if a.kind == "person" or a.kind == "organization":
                words = a.name.split()
                for key in {a.name.casefold(), words[-1].casefold()} if words else ():
                    by_name[key] = None if by_name.get(key, a.id) != a.id else a.id
        return by_name

    @cached_property
    def _quote_parts(self) -> tuple[Spans, list[Quote]]:
        parts = [(q, part) for q in self.quotes for part in q.content_parts or [q.content]]
        return Spans(self.doc, [(part.start, part.end) for _, part in parts]), [q for q, _ in parts]

    def tok_quote(self, i: int) -> Quote | None:
        """The quote whose words token `i` is: of the last of its parts that covers it."""
        spans, quotes = self._quote_parts
        found = spans.covering(i)
        return quotes[found[-1]] if found else None

    @cached_property
    def _cues(self) -> tuple[Spans, list[Quote]]:
        cued = [q for q in self.quotes if q.cue is not None]
        return Spans(self.doc, [(q.cue.start, q.cue.end) for q in cued if q.cue is not None]), cued

    def cue_quote(self, i: int) -> Quote | None:
        """The reporting verb of a quote may carry the stance itself ("X warned against ...")."""
        spans, cued = self._cues
        found = spans.covering(i)
        return cued[found[0]] if found else None

    @cached_property
    def answers(self) -> turns.Answers:
        return turns.interview_answers(self.doc, self.models)

    @cached_property
    def unattributed(self) -> Unattributed:
        return Unattributed(self.doc, self.quotes, self.ids)

    def quote_person(self, q: Quote) -> str | None:
        """ "The secretary general of X, Jane Doe, said ...": the quote is the person's, though
        the quotes stage may give it to the body the description names (looked up once, when a
        stance is first found in the quote)."""
        if q.id in self._quote_person:
            return self._quote_person[q.id]
        found = None
        if q.speaker is not None and self.kinds.get(q.actor or "") not in (None, "person"):
            doc = self.doc
            span = doc.char_span(q.speaker.start, q.speaker.end, alignment_mode="expand")
            for tok in span if span is not None else ():
                person = self.tok_actor(tok.i)
                if tok.dep_ == "appos" and person and self.kinds.get(person) == "person":
                    found = person
                    break
        self._quote_person[q.id] = found
        return found

    def quote_actor(self, tok: Token, first_person: bool = False) -> tuple[str, str | None] | None:
        """Who speaks the words at `tok`: a quote's speaker, an interview's interviewee, or the
        speaker of quoted words the quotes stage left unattributed."""
        q = self.tok_quote(tok.i)
        if q is not None and q.actor in self.ids:
            person = self.quote_person(q)
            if person is not None:
                note(C.APPOSITIVE_PERSON)
                return person, q.id
            return q.actor, q.id
        # an answer turn labelled "A:" is a transcript quote whose speaker ("A") is no actor:
        # still the interviewee's words (the interview's turns are read only then: most cues
        # are in a quote, and finding the turns reads the whole document)
        labelled = q is not None and q.actor is None and q.rule == TRANSCRIPT_RULE
        answer = self.answers.speaker_at(tok.idx) if q is None or labelled else None
        if answer is not None:
            note(C.INTERVIEW_ANSWER)
            return answer, None
        if q is None or q.actor is None:  # words no quote covers, or a quote without speaker
            found, line = self.unattributed.speaker(tok, first_person)
            if line is not None:
                return self._line_speaker(line)
            if found is not None and found.actor is not None:
                note(C.QUOTE_CONTINUATION)
                return self.quote_person(found) or found.actor, (q or found).id
        return None

    def _line_speaker(self, verb: Token) -> tuple[str, str | None] | None:
        """The subject of a line that ends in a colon before a quoted paragraph. A first-person
        subject would be resolved through the very words it introduces: skipped."""
        for subj in subject_of(verb):
            if subj.lower_ in FIRST_PERSON:
                continue
            hit = self.holder(subj)
            if hit is not None:
                note(C.QUOTE_CONTINUATION)
                return hit[0], None
        return None

    def actor_of(self, tok: Token, depth: int = 0) -> str | None:
        """The actor a holder or target token names: its mention, a pronoun, its possessor."""
        hit = self.tok_actor(tok.i)
        if hit is not None:
            return hit
        doc = self.doc
        pronoun = tok.tag_ in ("PRP", "PRP$")
        if pronoun:
            found = self.link(span_at(doc, tok.i, tok.i + 1))
        else:
            poss = possessor(tok)
            skip = poss.i if poss is not None else -1  # tokens are views: compare indices
            every, kids = tokens_of(doc), words_of(doc).children(tok.i)  # by index, as `first`
            left = min(
                (every[c].left_edge.i for c in kids if c < tok.i and c != skip),
                default=tok.i,
            )
            found = self.link(span_at(doc, left, tok.i + 1))
        if found is not None and self.known(found):
            return found
        if tok.is_title and tok.pos_ in ("NOUN", "PROPN"):
            named = self.by_name.get(tok.text.casefold())
            if named is not None:
                return named
        demonym = self.demonym_actor(tok)
        if demonym is not None:
            return demonym
        if tok.pos_ == "NOUN" and tok.lower_ in self.groups:
            note(C.GROUP_NOUN)  # "the international coalition": the group actor "coalition"
            return self.groups[tok.lower_]
        if pronoun:
            poss = possessor(tok)  # a pronoun's, asked only when nothing above named it
        if poss is not None and depth == 0:
            return self.actor_of(poss, depth + 1)
        return None

    def known(self, actor_id: str) -> bool:
        """An actor the output will list: one it lists now, or one this stage proposed."""
        return actor_id in self.ids or self.actors.proposed(actor_id)

    def link(self, span: SpacySpan) -> str | None:
        """The one call into the actor stage: the actor a holder or target phrase refers to,
        proposed to the actor stage, which settles every proposal in one step after this one."""
        return self.actors.propose(span)

    def demonym_actor(self, tok: Token) -> str | None:
        """ "Russian officials", "the Kenyans": the country's actor, when the story has one."""
        table = countries_table()
        for word in (tok, *(c for c in children_of(tok) if c.dep_ in ("amod", "compound"))):
            if word.ent_type_ != "NORP":
                continue
            country = table.demonym(word.text) if table is not None else None
            if country in self.by_country:
                return self.by_country[country]
            key = word.text.casefold()
            for name in (key, key + "s"):  # "European partners" -> the actor "Europeans"
                if name in self.groups:
                    return self.groups[name]
        return None

    def holder(self, tok: Token) -> tuple[str, str | None] | None:
        """(actor id, quote id) of a holder token; first person is the quote's speaker."""
        if tok.lower_ in FIRST_PERSON:
            found_q = self.quote_actor(tok, first_person=True)
            if found_q is not None:
                note(C.FIRST_PERSON_IN_QUOTE)
            return found_q
        actor = None
        for appos in appositives(tok) if tok.pos_ != "PROPN" else ():
            # "the secretary general of X, Jane Doe,": the person; "the campaign group Save
            # Our Libraries": the body, when the description names no actor itself
            found = self.actor_of(appos) if appos.pos_ == "PROPN" else None
            if found is not None and (
                self.kinds.get(found) == "person" or self.tok_actor(tok.i) is None
            ):
                actor = found
                note(C.APPOSITIVE_PERSON)
                break
        actor = actor or self.actor_of(tok) or self.reporter(tok)
        if actor is None:
            return None
        q = self.tok_quote(tok.i)
        return actor, q.id if q is not None else None

    def reporter(self, tok: Token) -> str | None:
        """ "Acme said it was disappointed with X": a subject "it" (or "they") the actor stage
        left unresolved, in a clause a reporting verb governs, is that verb's subject when it is
        a body, a country or a group (a person is "he" or "she")."""
        if tok.lower_ not in ("it", "they") or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        node = tok.head
        for _ in range(MAX_CLIMB):
            if node.dep_ == "ccomp" and node.head.lemma_.lower() in reporting_verbs():
                break
            if node.dep_ not in ("xcomp", "conj", "acomp") or node.head.i == node.i:
                return None
            node = node.head
        else:
            return None
        for subj in subject_of(node.head):
            found = self.actor_of(subj)
            if found is not None and self.kinds.get(found) in ("organization", "country", "group"):
                note(C.REPORTED_PRONOUN)
                return found
        return None

    def speaker(self, tok: Token) -> tuple[str, str | None] | None:
        """Who says the clause `tok` is in: the quote's speaker, or a reporting verb's subject."""
        words = words_of(self.doc)
        we = any(
            words.dep[c] in ("nsubj", "nsubjpass") and words.lower[c] in FIRST_PERSON
            for c in (*words.children(tok.i), *words.children(words.head[tok.i]))
        )
        in_quote = self.quote_actor(tok, first_person=we)
        if in_quote is not None:
            note(C.SPEAKER_OF_CLAUSE)
            return in_quote
        node = tok
        for _ in range(MAX_CLIMB):
            if node.head.i == node.i:
                return None
            dep = node.dep_
            node = node.head
            lemma = node.lemma_.lower()
            if (
                dep == "ccomp"
                and node.pos_ == "VERB"
                and (lemma in reporting_verbs() or self.lex.role(lemma, "speech"))
            ):
                for subj in subject_of(node):
                    found = self.holder(subj)
                    if found is not None:
                        note(C.SPEAKER_OF_CLAUSE)
                        return found
                return None
            if dep in ("acl", "ccomp") and node.pos_ == "NOUN" and lemma in reporting_nouns():
                # "her view that ...", "reached the conclusion that ...": the noun's owner
                owner = possessor(node)
                owners = [owner] if owner is not None else []
                verb = node.head.head if node.dep_ == "pobj" else node.head
                if not owners and node.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB":
                    owners = subject_of(verb)
                for subj in owners:
                    found = self.holder(subj)
                    if found is not None:
                        note(C.REPORTING_NOUN)
                        return found
                return None
        return None


class Unattributed:
    """Quoted words that no quote covers, and whose they are (`holder.quote-continuation`).

    A quote mark opens a region; when no quote of the quotes stage covers the cue, the speaker is
    the quote with an actor nearest in the same paragraph, else the last one of the paragraph
    before, else, when that paragraph ends in a colon, its main verb (whose subject speaks). A
    first-person holder outside the marks, in a sentence that holds part of a quote, is that
    quote's speaker ("We need to “make sure ...”")."""

    def __init__(self, doc: Doc, quotes: list[Quote], ids: set[str]) -> None:
        self.doc = doc
        text = text_of(doc)
        self.regions = [(r.start, r.end) for r in regions_of(doc, single=False)]
        self.parts = sorted(
            (
                (part.start, part.end, q)
                for q in quotes
                if q.actor in ids
                for part in (q.content_parts or [q.content])
            ),
            key=lambda found: found[:2],  # two quotes may share a part: never compare quotes
        )
        self.text = text

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """The character ranges of the non-blank lines, found when a cue in quoted words first
        asks (most cues are not: their documents never split the text)."""
        paragraphs = []
        start = 0
        for line in self.text.split("\n"):
            if line.strip():
                paragraphs.append((start, start + len(line)))
            start += len(line) + 1
        return paragraphs

    def _paragraph(self, char: int) -> int:
        i = bisect_right([a for a, _ in self.paragraphs], char) - 1
        return i if i >= 0 and char <= self.paragraphs[i][1] else -1

    def speaker(self, tok: Token, first_person: bool) -> tuple[Quote | None, Token | None]:
        """The quote whose speaker says the words at `tok`, or the main verb of the colon line
        that introduces them."""
        char = tok.idx
        quoted = any(a <= char < b for a, b in self.regions)
        if first_person and not quoted:
            sent = tok.sent
            inside = [q for a, b, q in self.parts if a < sent.end_char and b > sent.start_char]
            return (inside[0] if inside else None), None
        if not quoted:
            return None, None
        p = self._paragraph(char)
        if p < 0:
            return None, None
        a, b = self.paragraphs[p]
        here = [(min(abs(char - s), abs(char - e)), q) for s, e, q in self.parts if s < b and e > a]
        if here:
            return min(here, key=lambda x: x[0])[1], None
        if p == 0:
            return None, None
        pa, pb = self.paragraphs[p - 1]
        before = [q for s, e, q in self.parts if s < pb and e > pa]
        if before:
            return before[-1], None
        if self.text[pa:pb].rstrip().endswith(":"):
            line = self.doc.char_span(pa, pb, alignment_mode="expand")
            if line is not None:
                return None, self.doc[line.end - 1].sent.root
        return None, None
