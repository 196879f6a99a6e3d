"""Pass 2: appositions and predicate nouns of a name are mentions of its actor; after the walk,
the predicate nouns of resolved he/she and descriptions too, the role a person acts in ("as a
teacher") and titles written as names ("as Governor")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.actors import constructions as C
from claimx.actors.candidates import (
    _before_coordination,
    _span_country,
)
from claimx.actors.spans import _indices_with_dep
from claimx.actors.store import _Actor
from claimx.actors.walk import _Walk
from claimx.actors.words import (
    SUBJECTS,
)
from claimx.rules.columns import among
from claimx.rules.docview import (
    IDS_LOWER,
    IDS_ORTH,
    children_of,
    span_at,
    tokens_of,
    words_of,
)
from claimx.rules.names import (
    gender_nouns,
    not_person_nouns,
    org_name_words,
    org_nouns,
    person_nouns,
    title_words,
    titles,
    union,
)
from claimx.rules.registry import declare, note

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token


#: verbs whose predicate noun describes their subject
COPULAS = {"be", "become", "remain"}
#: the relations of a verb's subject, a clause's too (`_line_subjects`)
_SUBJECTS_OR_CSUBJ = frozenset((*SUBJECTS, "csubj"))

PREDICATE = declare(
    "actor.predicate-noun",
    trigger="a noun after 'be' whose subject is a name, a resolved he/she or description, or "
    "an interviewee's 'I'",
    description="a predicate noun describes its subject: it is a mention of the subject's actor",
    examples=[
        "Ilse Brandt was a German chemist. She was also a gifted pianist.",
        "Tomas Varga is the mayor of Szeged. He was a teacher and a union leader.",
        "Lena Varga is the only candidate born in Ohio, but also the only candidate who has "
        "run a farm.",
    ],
)

TITLE_AS_NAME = declare(
    "actor.title-as-name",
    trigger="a capitalised title without a name after it ('as Governor', 'Mr. Chairman')",
    description="a title written as a name, with no name after it, is a mention of the person "
    "who was named with that title before it (the latest such person)",
    examples=[
        "Governor Lena Ostrova cut the budget. Her best work as Governor was the new rail line.",
        "We met Chairman Piet Marais on Monday. Mr. Chairman, what comes next for the board?",
    ],
)

AS_ROLE = declare(
    "actor.as-role",
    trigger="'as a/an NOUN' for a person, or 'as (the) Title of ...', attached to a verb whose "
    "subject is a person",
    description="the role a person acts in ('worked as a nurse', 'made a living as a trader') "
    "is a mention of the verb's subject, when the verb has no person object",
    examples=[
        "Mira Holm moved to Oslo in 1990. She worked as a teacher for ten years.",
        "Tomas Greer sailed west in 1849 and made a living as a trader in furs.",
        "Lena Varga is a potter. Varga served as President of the Royal Guild of Potters.",
        "Omar Haddad is an engineer. Haddad worked as Chairman of the Northern Rail Board.",
        "Mira Holm sang in Oslo. She was described by a newspaper as the 'Queen of the Blues'.",
    ],
)

PERSON_PREDICATE = declare(
    "actor.person-predicate",
    trigger="a name taken for a body or a place, with 'is a/an' (or 'the first/only/last') "
    "and a noun for a person after it",
    description="a name the recogniser took for an organisation or a place is a person when the "
    "text says it is a person: 'X is an American guitarist', 'X was a Danish linguist', 'X was "
    "the first candidate to ...'; the kind model may not overrule it",
    examples=[
        "Brisk Tallow\nBrisk Tallow (born 1988) is an American guitarist from Ohio. He "
        "formed his first band in 2004.",
        "Stone Mercer\nStone Mercer (born 1975) is a Canadian violinist. She lives in Halifax.",
        "Sedona Marsh was the first student to enrol at the school. She later taught there.",
    ],
)

RANK_PHRASE = declare(
    "actor.rank-phrase",
    trigger="a capitalised 'Title of X' phrase after 'elected', 'as', 'was', or in apposition",
    description="a rank, office or membership written as a name ('a Fellow of the Royal "
    "Society', 'Rector of the University', '2nd Duke of Avon') is no actor of its own: it is a "
    "mention of the person it is predicated of",
    examples=[
        "Ilse Brandt studied in Leiden. In 1931 she was elected a Fellow of the Royal Academy.",
        "Tomas Varga taught law for years and served as Rector of the University in 1920.",
        "The film starred Hugh Castell, 2nd Duke of Avon, as himself.",
    ],
)

LINE_SUBJECT = declare(
    "actor.line-subject",
    trigger="a predicate whose parsed subject is on an earlier line (a heading, an infobox)",
    description="a line break ends a sentence: the predicate noun describes the name that "
    "opens its own line, not a name on the line before",
    examples=[
        "Spouse(s) Peter Olsen (m. 1980; div. 1984)\nChildren Ida Olsen\nGrete Holm (4 April "
        "1950 – 1 July 2010) was a Danish singer and actress.",
        "Spouse(s) Paul Roy (m. 1962; div. 1966)\nChildren Marc Roy\nClaire Dubois (1 June 1935 – "
        "3 March 2015) was a French actress.",
    ],
)

#: endings of nouns for people ("geologist", "businessman", "historian", "trader", "sailor")
PERSON_ENDINGS = ("ist", "man", "woman", "ian", "er", "or")
#: words before a title that belong to its mention: "Mr. President", "Madam Speaker"
HONORIFICS = frozenset(("mr", "mrs", "ms", "madam", "madame", "the"))


class _Describe(_Walk):
    """Descriptions attached to names; `_Builder` (names.py) runs them after the names pass."""

    ranks: list[Span]  # rank phrases the names pass set aside ("a Fellow of the Royal Society")

    def descriptions_of_names(self) -> None:
        """Appositions and predicate nouns of a name are mentions of its actor."""
        doc = self.doc
        # the extraction's one token list and children lists, the tests on the word columns:
        # `doc[i]`, `Token.head` and `Token.children` make new `Token` objects on every call
        tokens, words = tokens_of(doc), words_of(doc)
        deps, heads = words.dep, words.head
        # the words with an apposition, found once: most names have none
        appos_heads = {heads[i] for i in _indices_with_dep(doc, "appos")}
        for head_i, actor_id in list(self.head_actor.items()):
            if not _may_describe(head_i, deps[head_i], appos_heads):
                continue  # nothing below applies: no `Token` and no actor read for it
            head = tokens[head_i]
            up = tokens[heads[head_i]]  # `head.head`
            actor = self.actors.get(actor_id)
            # a subject whose verb is on a later line: a heading the parser ran into the next
            # sentence (see `_line_subjects`); its appositions on its own line still count
            across = deps[head_i] in SUBJECTS and self._across_lines(head_i, up.i)
            for c in words.children(head_i) if head_i in appos_heads else ():
                if deps[c] != "appos":
                    continue  # a `Token` only for an apposition: most children are none
                child = tokens[c]
                if self._across_lines(head_i, c):
                    continue
                if actor.kind in ("place", "country") and _person_noun(child.lemma_.lower()):
                    continue  # "born in Paris, the daughter of ...": said of whoever was born
                if child.pos_ == "NOUN" and not child.text.endswith("."):
                    # not an abbreviation: "(m. 1977; div. 1979)" after a spouse's name
                    self._describe_with(actor, child)
                    note(C.APPOSITION)
                elif (
                    child.pos_ == "PROPN"
                    and child.lower_ in title_words()
                    and actor.kind == "person"
                    and child.left_edge.i == head_i + 2
                    and words.text[head_i + 1] == ","
                ):
                    # "Jane Doe, Director of the Survey, and Chairman of the Board, said"
                    for title in (child, *(c for c in children_of(child) if c.dep_ == "conj")):
                        if title.pos_ == "PROPN" and title.lower_ in title_words():
                            end = _before_coordination(title)
                            self._describe_with(actor, title, stop=end, affiliate=False)
            if (
                deps[head_i] == "appos"
                and words.pos[up.i] == "NOUN"
                and not self.in_mention[up.i]
                # "the secretary general of X (Acme Council), Jane Doe": a noun for a person
                # is the apposition of the person beside the body
                and (actor.kind == "person" or not self._person_beside(head))
                and ":" not in words.text[up.i : head_i]
            ):  # not a caption label: "Image: Jane Doe"
                self._describe_with(actor, up, stop=head.left_edge.i)
                note(C.APPOSITION)
            elif deps[head_i] == "appos" and actor.kind == "person":
                office = _office_of(up)
                if office is not None and not self.in_mention[office.i]:
                    # "the head of NATO, Jan Smit": the parser hangs the name on "NATO"
                    self._describe_with(actor, office, stop=up.i + 1)
                    note(C.APPOSITION)
            if deps[head_i] in SUBJECTS and not across:
                self._predicates(actor, up)
        self._line_subjects()

    def _person_beside(self, head: Token) -> bool:
        """Another name in apposition to the same noun for a person is a person's."""
        noun = head.head
        if not _person_noun(noun.lower_):
            return False
        for other in noun.children:
            found = self.head_actor.get(other.i) if other.dep_ == "appos" else None
            if other.i != head.i and found and self.actors.get(found).kind == "person":
                return True
        return False

    def _line_subjects(self) -> None:
        """An infobox line the parser ran into the first sentence ("Spouse Karl Weber (m. 1990)
        / Anna Lind (born 1961) was a painter"): the predicate's subject is the name that opens
        the verb's line."""
        words = words_of(self.doc)  # the tests on the word columns: a `Token` for a verb found
        dep = words.dep
        done = set()
        for attr in _indices_with_dep(self.doc, "attr"):
            verb = words.head[attr]
            if verb in done or words.lemma[verb] not in COPULAS:
                continue
            done.add(verb)
            subject = next((c for c in words.children(verb) if dep[c] in _SUBJECTS_OR_CSUBJ), None)
            if subject is None or not self._across_lines(subject, verb):
                continue
            tok = tokens_of(self.doc)[verb]
            other = self._opening_name(tok)
            if other is not None:
                self._predicates(self.actors.get(other), tok)
                note(LINE_SUBJECT)

    def _across_lines(self, a: int, b: int) -> bool:
        """A line break between two tokens (indices): a heading or an infobox line is no
        sentence."""
        idx = words_of(self.doc).idx
        lo, hi = (idx[a], idx[b]) if a < b else (idx[b], idx[a])
        return self.actors.text.find("\n", lo, hi) >= 0

    def _opening_name(self, verb: Token) -> str | None:
        """The actor of the first name on the line of this token, before it."""
        text = self.actors.text
        start = text.rfind("\n", 0, verb.idx) + 1
        for tok in verb.doc.char_span(start, verb.idx, alignment_mode="expand") or ():
            if tok.i in self.head_actor:
                return self.head_actor[tok.i]
        return None

    def _predicates(self, actor: _Actor, verb: Token) -> None:
        """ "X was a chemist and Professor of Physics": each predicate noun is a mention of X; so
        is that of a copula joined to this one ("X was born in Oslo and became a teacher")."""
        words = words_of(self.doc)  # the tests on the word columns: no string per `Token`
        dep = words.dep
        for k in words.children(verb.i):  # indices: most verbs are no copula, their kids unread
            if (
                dep[k] == "conj"
                and words.pos[k] in ("AUX", "VERB")
                and not any(dep[c] in SUBJECTS for c in words.children(k))
            ):
                self._predicates(actor, tokens_of(self.doc)[k])
        if words.lemma[verb.i] not in COPULAS:
            return
        for child in children_of(verb):  # the extraction's shared list: no new `Token` a child
            if _second_predicate(verb, child):
                # "I am the only candidate from here, but also the only one who ...": the
                # parser hangs the second predicate noun on the verb
                note(PREDICATE)
                self._describe_with(actor, child)
                continue
            if child.dep_ != "attr" or child.pos_ not in ("NOUN", "PROPN", "NUM"):
                continue
            if child.pos_ == "NUM" and child.lower_ != "one":
                continue
            if child.pos_ == "PROPN" and child.lower_ not in title_words():
                continue  # "X is Jane Doe": a name, resolved as a name
            note(PREDICATE)
            conjs = [c for c in children_of(child) if c.dep_ == "conj"]
            stop = _before_coordination(child) if conjs else None
            self._describe_with(actor, child, stop=stop)
            if actor.kind in ("organization", "group", "place") and _is_a_person(actor, child):
                actor.kind = "person"  # "Lena Varga is an American guitarist": not a body
                actor.said_person = True
                note(PERSON_PREDICATE)
            for conj in conjs:
                if conj.pos_ == "NOUN" or conj.lower_ in title_words():
                    self._describe_with(actor, conj)

    def predicates_of_pronouns(self) -> None:
        """ "She was a chemist": the predicate noun of a resolved subject pronoun."""
        tokens = tokens_of(self.doc)
        for i, actor_id in list(self.actors._pronoun.items()):
            tok = tokens[i]
            if tok.dep_ in SUBJECTS and tok.lower_ in ("he", "she"):
                self._predicates(self.actors.get(actor_id), tok.head)
        # "His father, Anthony, was a geologist": a resolved description as the subject
        doc = self.doc
        for actor in list(self.actors._actors):
            if actor.kind != "person":
                continue
            for (s, e), form in list(actor.mentions.items()):
                if form != "description":
                    continue
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is not None and span.root.dep_ in SUBJECTS:
                    self._predicates(actor, span.root.head)

    def predicates_of_speakers(self) -> None:
        """ "I am the only candidate who ...": the predicate noun of an interviewee's resolved
        "I" (the turns are read after the walk)."""
        doc, text = self.doc, self.actors.text
        for actor in self.actors._actors:
            if actor.kind != "person":
                continue
            for (s, e), form in list(actor.mentions.items()):
                if form != "pronoun" or text[s:e] not in ("I", "i"):
                    continue
                span = doc.char_span(s, e)
                if span is not None and span[0].dep_ in SUBJECTS:
                    self._predicates(actor, span[0].head)

    def as_roles(self) -> None:
        """ "She worked as a nurse": the role is a mention of the subject's actor."""
        doc = self.doc
        for tok in _tokens_with_lower(doc, ("as",)):
            if tok.dep_ != "prep" or tok.head.pos_ != "VERB":
                continue
            noun = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if noun is None:
                continue
            a_role = (  # "worked as a nurse"
                noun.tag_ == "NN"
                and _person_noun(noun.lower_)
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
            )
            if not a_role and not _office(noun):  # "served as President of the Guild"
                continue
            verb = tok.head
            objects = (c for c in verb.children if c.dep_ in ("dobj", "dative"))
            if any(c.pos_ in ("PRON", "PROPN") for c in objects):
                continue  # "described him as a leader": the object's role
            subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
            if subject is None and verb.dep_ == "conj":  # "sailed west and made a living as"
                subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
            if subject is None:
                continue
            actor_id = self.head_actor.get(subject.i) or self.actors._pronoun.get(subject.i)
            if actor_id is None or self.actors.get(actor_id).kind != "person":
                continue
            self._describe_with(self.actors.get(actor_id), noun, stop=_before_coordination(noun))
            note(AS_ROLE)

    def titles_as_names(self) -> None:
        """ "Her best work as Governor", "Mr. President": a capitalised title with no name after
        it is the latest person named with that title before it (no one named so: nothing)."""
        titled: dict[str, list[_Actor]] = {}
        for actor in self.actors._actors:
            if actor.kind == "person" and actor.mentions:
                for title in actor.titles:
                    titled.setdefault(title.lower().replace(".", ""), []).append(actor)
        if not titled:
            return
        doc = self.doc
        after = 0  # the first token after the last title taken
        firsts = frozenset(title.split()[0] for title in titled if title)
        for tok in _tokens_with_lower(doc, firsts, capitalised=True):
            if tok.i < after or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN"):
                continue
            for n in (3, 2, 1):
                title = " ".join(t.lower_ for t in span_at(doc, tok.i, tok.i + n))
                if title in titled and all(
                    t.text[:1].isupper() for t in span_at(doc, tok.i, tok.i + n)
                ):
                    break
            else:
                continue
            end = tok.i + n
            after = end
            if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                continue  # a title before a name: the name's own mention
            start = tok.i
            if start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
                start -= 1
            first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            if self.actors._overlaps(first, last) or "\n" in self.actors.text[first:last]:
                continue
            before = [
                (max(s for s, _ in a.mentions if s < first), a.id)
                for a in titled[title]
                if any(s < first for s, _ in a.mentions)
            ]
            if before:
                self.actors.add_mention(max(before)[1], first, last, "title")
                note(TITLE_AS_NAME)

    def rank_phrases(self) -> None:
        """ "He was elected a Fellow of the Royal Society": a rank phrase the names pass set
        aside is a mention of the person it is predicated of (none found: it is dropped)."""
        doc = self.doc
        for span in self.ranks:
            root = span.root
            if self.in_mention[root.i]:
                continue  # taken as a predicate noun already
            owner = _rank_owner(root)
            found = None
            if owner is not None:
                found = self.head_actor.get(owner.i) or self.actors._pronoun.get(owner.i)
            if found is None or self.actors.get(found).kind != "person":
                continue
            start, end = root.left_edge.i, root.right_edge.i + 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
                end -= 1
            last = doc[end - 1]
            self.actors.add_mention(found, doc[start].idx, last.idx + len(last), "title")
            for i in range(start, root.i + 1):
                self.in_mention[i] = 1
            note(RANK_PHRASE)

    def _describe_with(
        self, actor: _Actor, noun: Token, stop: int | None = None, affiliate: bool = True
    ) -> None:
        doc = self.doc
        w = words_of(doc)  # the words' tests on the columns: no `Token` per word
        start = noun.left_edge.i
        end = noun.right_edge.i + 1 if stop is None else stop
        if "\n" in self.actors.text[noun.idx : w.idx[end - 1]]:
            # a heading the parser ran into the next line ends at the line break (a token's
            # trailing whitespace is one space or none: the break is in a token's text)
            end = next(i for i in range(noun.i, end) if "\n" in w.text[i])
            end += not w.space[end]
        while end > start and (w.punct[end - 1] or w.space[end - 1] or w.pos[end - 1] == "CCONJ"):
            end -= 1  # not the "and" of a coordination the parser hung on the noun
        if start >= end or self.in_mention[noun.i]:
            return
        # the offsets from the columns: no `Span` a description
        self.actors.add_mention(actor.id, w.idx[start], w.end[end - 1], "description")
        possessors = {t.i for c in children_of(noun) if c.dep_ == "poss" for t in c.subtree}
        for i in range(start, noun.i + 1):
            # "the team's coach": the team is a mention of its own
            self.in_mention[i] = w.tag[i] != "PRP$" and i not in possessors
        self.head_actor[noun.i] = actor.id
        lemma = noun.lemma_.lower()
        if actor.kind == "person" and (lemma in person_nouns() or lemma in titles()):
            actor.roles.add(lemma)
            gender = gender_nouns().get(lemma)
            if gender and actor.gender is None:
                actor.gender = gender
        # a person's affiliation only: no country looked for in a body's or a place's description
        country = _span_country(doc, start, end) if affiliate and actor.kind == "person" else None
        if country:
            actor.affiliation.add(country)

    # pass 3 ----------------------------------------------------------------------------------


def _office(noun: Token) -> bool:
    """A capitalised title with its "of" phrase: "President of the Potters' Guild", "the
    Queen of the Harbour Blues"."""
    return (
        noun.tag_ in ("NNP", "NN")
        and noun.text[:1].isupper()
        and noun.lower_ in titles()
        and any(c.lower_ == "of" for c in noun.children)
    )


def _may_describe(head: int, dep: str, appos_heads: set[int]) -> bool:
    """Can `descriptions_of_names` find anything for the name headed at `head` (its dependency
    `dep`)? Only if the name has an apposition, is one, or is a subject (whose predicates are
    read): a test on the columns, before any `Token` is made."""
    return head in appos_heads or dep == "appos" or dep in SUBJECTS


def rank_phrase(doc: Doc, start: int, end: int) -> bool:
    """ "a Fellow of the Royal Society", "Rector of the University", "2nd Duke of Avon" (tokens
    `start` to `end`): a capitalised noun for a person with its "of" phrase, predicated of
    someone (after "elected", "as", "was", or in apposition to a name), not a name."""
    if end - start < 2:
        return False
    # the title or an ordinal opens the phrase: a cheap test first, on the word columns, and a
    # `Span` only for a phrase that passes it
    words = words_of(doc)
    if not (words.text[start][:1].isdigit() or words.lower[start] in person_nouns()):
        return False
    span = span_at(doc, start, end)
    root = span.root
    if (
        root.pos_ != "PROPN"
        or not root.text[:1].isupper()
        or root.lower_ not in person_nouns()
        or not any(c.lower_ == "of" for c in root.children)
        or not all(t.like_num or t.text[:1].isdigit() for t in span[: root.i - span.start])
    ):
        return False
    if root.dep_ == "appos":
        return root.head.pos_ == "PROPN"
    return root.dep_ in ("oprd", "attr") or (root.dep_ == "pobj" and root.head.lower_ == "as")


def _rank_owner(root: Token) -> Token | None:
    """Who a rank phrase is predicated of: the name it is in apposition to, the object of
    "made him X", else the subject of the verb (of the verb it is joined to)."""
    if root.dep_ == "appos":
        return root.head
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.pos_ in ("PRON", "PROPN"):
            return child
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is not None:
            subject = next((c for c in v.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                return subject
    return None


def _office_of(body: Token) -> Token | None:
    """The noun for a person whose "of" phrase a name is, when a person's name follows it in
    apposition: "head" in "the head of NATO, Jan Smit"."""
    prep = body.head
    if body.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    office = prep.head
    if office.pos_ != "NOUN" or not _person_noun(office.lower_):
        return None
    return office


def _second_predicate(verb: Token, child: Token) -> bool:
    """A determined noun joined to a copula that has a predicate noun before it: the parse of
    "X is a teacher, and also a poet" with the second noun on the verb."""
    return (
        child.dep_ == "conj"
        and child.pos_ == "NOUN"
        and any(c.dep_ == "det" for c in child.children)
        and not any(c.dep_ in SUBJECTS for c in child.children)
        and any(c.dep_ == "attr" and c.i < child.i for c in verb.children)
    )


def _person_noun(word: str) -> bool:
    """A noun for a person: a known one, or one with a person ending that is not a thing."""
    if word in person_nouns():
        return True
    return word.endswith(PERSON_ENDINGS) and word not in not_person_nouns() and len(word) > 4


def _is_a_person(actor: _Actor, noun: Token) -> bool:
    """ "an American guitarist": an indefinite noun for a person (a known one, or one ending in
    -ist, -ian, -man), predicated of a name with no word for a body in it."""
    word = noun.lower_
    person = word in person_nouns() or (
        word.endswith(("ist", "ian", "man", "woman")) and word not in not_person_nouns()
    )
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    # "the first guy to do it", "the only candidate who ...": a known noun for a person
    first = any(c.dep_ == "amod" and c.lower_ in ("first", "only", "last") for c in noun.children)
    bodies = union(org_nouns, org_name_words)
    return (
        person
        and (indefinite or (first and word in person_nouns()))
        and noun.tag_ == "NN"
        and not any(w in bodies for key in actor.keys for w in key.split())
    )


def _tokens_with_lower(
    doc: Doc, words: frozenset[str] | tuple[str, ...], capitalised: bool = False
) -> Iterator[Token]:
    """Tokens whose lower-case form is one of these words (and, if asked, written with a
    capital), found in arrays: no Token object for the others."""
    if not len(doc):
        return
    ids = words_of(doc).ids  # the document's string ids, read once per extraction
    lower = ids[:, IDS_LOWER]
    hit = among(lower, words, doc.vocab.strings)
    if capitalised:
        hit &= lower != ids[:, IDS_ORTH]
    tokens = tokens_of(doc)
    for i in hit.nonzero()[0].tolist():
        yield tokens[i]
