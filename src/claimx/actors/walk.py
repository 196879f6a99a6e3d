"""Pass 3: one walk in text order keeping a salience score per actor; pronouns and definite
descriptions resolve to the most salient actor that agrees with them."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from claimx.actors import constructions as C
from claimx.actors.candidates import _span_country, _tokens_with_dep
from claimx.actors.groups import people_key, reporter, voices
from claimx.actors.quoted import _quoted_tokens, _says
from claimx.actors.salience import OBJECT_OWNER, governing_verb, modifier_mentions, object_owner
from claimx.actors.store import FORGET, Actors
from claimx.actors.visits import visits
from claimx.actors.words import (
    BLOCK,
    CAP,
    COLLECTIVE,
    CONTINUITY,
    CURRENT,
    DECAY,
    DEFINITE,
    FEMALE,
    GOVERNOR,
    MALE,
    MIN_NEUTER,
    NOT_ANAPHORIC,
    PLURAL,
    SUBJECTS,
    THIRD_PERSON,
    TOPIC,
)
from claimx.rules.docview import (
    Words,
    root_at,
    span_at,
    text_between,
    tokens_of,
    words_of,
)
from claimx.rules.names import (
    countries,
    gender_nouns,
    norm,
    org_nouns,
    person_nouns,
    place_nouns,
    titles,
)
from claimx.rules.registry import note
from claimx.rules.tokens import noun_chunks
from claimx.schema import MentionForm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class _Walk:
    """Pass 3 of `find_actors`; `_Builder` (names.py) sets the state it reads."""

    doc: Doc
    words: Words
    actors: Actors
    head_actor: dict[int, str]
    in_mention: bytearray
    name_words: dict[str, list[tuple[list[int], str]]] | None
    modifiers: dict[str, int]

    def walk(self) -> None:
        """Pronouns and descriptions, resolved against salience in text order."""
        doc = self.doc
        words = self.words = words_of(doc)
        lowers, lemmas, pos, tags, deps = words.lower, words.lemma, words.pos, words.tag, words.dep
        chunks = noun_chunks(doc, words)
        for tok in _tokens_with_dep(doc, "poss"):
            # a possessor inside a larger phrase: "the team's coach"
            if (pos[tok.i] == "NOUN" or lowers[tok.i] in titles()) and tok.i not in chunks:
                chunks[tok.i] = (tok.left_edge.i, tok.i + 1)
        sal: dict[str, float] = {}
        blockers = {"sg": 0.0, "pl": 0.0}
        self.quoted = _quoted_tokens(doc)
        self.person_np: tuple[int, str | None] | None = None
        self.people_at: dict[int, str] = {}  # head token -> unnamed group of people
        # the latest plural subject outside the actors, and the latest body that was a subject
        self.plural_subject = -1
        self.body_subject = -1
        self.sent_start = (0, 0)  # first token of this sentence and of the one before
        self.subjects: tuple[str | None, str | None] = (None, None)  # this sentence, the last
        head_actor, in_mention = self.head_actor, self.in_mention
        self.modifiers = modifier_mentions(words, head_actor)
        # the only tokens the loop below acts on, in text order: the names' heads, third-person
        # pronouns, the heads of noun phrases the walk reads (`visits`); the walk adds no name heads
        phrases = visits(doc, words, chunks)
        todo = sorted({*phrases.heads, *phrases.pronouns, *head_actor})
        describing, persons = phrases.describing, phrases.persons
        sents = iter(words.sents)
        sent_end = 0
        for i in todo:
            while i >= sent_end:  # into the sentence of `i`, through those with nothing to visit
                sent_start, sent_end = next(sents)
                self.sent_start = (sent_start, self.sent_start[0])
                self.subjects = (None, self.subjects[0])
                # capped, so that a newcomer in this sentence outweighs a long-running topic
                sal = {
                    key: decayed
                    for key, score in sal.items()
                    if (decayed := (CAP if score > CAP else score) * DECAY) >= FORGET
                }
                blockers["sg"] *= DECAY
                blockers["pl"] *= DECAY
            subject = deps[i] in SUBJECTS
            weight = (2.0 if subject else 1.0) * CURRENT
            actor_id = head_actor.get(i)
            if actor_id is not None:
                sal[actor_id] = sal.get(actor_id, 0.0) + weight
                if subject:
                    self._note_subject(i, actor_id)
                    if self.actors.get(actor_id).kind in ("organization", "group"):
                        self.body_subject = i
                continue
            if in_mention[i]:
                continue
            tag = tags[i]
            if tag in ("PRP", "PRP$") and lowers[i] in THIRD_PERSON:
                found = self._pronoun(i, sal, blockers)
                if found:
                    note(C.PRONOUN)
                    self.actors._pronoun[i] = found
                    if subject:
                        self._note_subject(i, found)
                    self.actors.add_mention(found, words.idx[i], words.end[i], "pronoun")
                    sal[found] = sal.get(found, 0.0) + weight
                continue
            bounds = chunks.get(i)
            if bounds is None or pos[i] not in ("NOUN", "PROPN"):
                continue
            described = None
            if i in describing:
                described, form = self._description(bounds, sal)
            if described:
                found = described
                start = bounds[0]
                while start < i and (words.punct[start] or words.space[start]):
                    start += 1
                if "\n" in text_between(doc, start, i + 1):
                    continue  # a phrase the parser ran across a line break
                self.actors.add_mention(found, words.idx[start], words.end[i], form)
                note(C.DESCRIPTION)
                sal[found] = sal.get(found, 0.0) + weight
            elif pos[i] == "NOUN":
                person = i in persons
                if tag == "NNS" and person:
                    group = self._people(*bounds)
                    if group is not None:
                        sal[group] = sal.get(group, 0.0) + weight
                        if subject:
                            self.body_subject = i
                        continue
                number = "pl" if tag == "NNS" else "sg"
                if weight * BLOCK > blockers[number]:
                    blockers[number] = weight * BLOCK
                if tag == "NNS" and subject and not self._reported(i):
                    self.plural_subject = i
                if tag == "NN" and person:
                    self.person_np = (i, gender_nouns().get(lemmas[i].lower()))

    def _reported(self, i: int) -> bool:
        """Is the noun at `i` a thing in what the body that was last a subject reports ("The
        authors say the results confirm it. They call for ...")? It does not stand between that
        body and a later "they"."""
        words = self.words
        body = self.body_subject
        if body < self.sent_start[0] or words.lemma[i].lower() in person_nouns():
            return False
        verb = words.head[body]
        node = i
        for _ in range(4):
            head = words.head[node]
            if head == node:
                return False
            if words.dep[node] == "ccomp" and head == verb:
                return True
            node = head
        return False

    def _pronoun(self, i: int, sal: dict[str, float], blockers: dict[str, float]) -> str | None:
        """The actor the pronoun at token `i` refers to (read from the word columns)."""
        words = self.words
        lower, dep = words.lower[i], words.dep[i]
        if lower.endswith("self") or lower.endswith("selves"):
            found = self._reflexive(i)
            if found is not None:
                note(C.REFLEXIVE)
                return found
        if lower in MALE or lower in FEMALE:
            excluded = self._bound(i)
            gender = "m" if lower in MALE else "f"
            blocker = self.person_np
            if blocker is not None and blocker[0] >= self.sent_start[0] and blocker[1] == gender:
                return None  # "the pregnant woman, she ...": someone unnamed
            # "Jane said she would go": the subject of the clause, not "... to help Lee with his"
            governor = self._governor(i) if dep in SUBJECTS else None
            if governor is not None and governor not in excluded:
                sal = dict(sal)
                sal[governor] = sal.get(governor, 0.0) + GOVERNOR
            elif dep in SUBJECTS and words.dep[words.head[i]] == "ROOT":
                # "Jane Doe wrote ... . She argued": the main subject goes on being the subject
                last = self.subjects[0] or self.subjects[1]
                if last is not None and last not in excluded:
                    sal = dict(sal)
                    sal[last] = sal.get(last, 0.0) + CONTINUITY
            owner = object_owner(words, i, self.head_actor) if words.tag[i] == "PRP$" else None
            if owner is not None and owner not in excluded:
                sal = {**sal, owner: sal.get(owner, 0.0) + GOVERNOR}  # "helped Lee with his"
                note(OBJECT_OWNER)
            found = self._best(sal, ("person",), gender, excluded) or self._best(
                sal, ("person",), gender, excluded, guessed=True
            )
            if found:
                actor = self.actors.get(found)
                if actor.kind != "person":
                    # "he" or "she" for a name of unknown kind: a person ("The Mighty Marvella ...
                    # She was outside")
                    actor.kind = "person"
                    actor.guessed = False
                if actor.gender is None:
                    actor.gender = gender
            return found
        if self.quoted[i]:
            # "they" and "it" in someone's words point anywhere: leave them unresolved
            return None
        if lower == "it" and dep not in SUBJECTS:
            return None  # "it" not a subject: a thing, an event or a clause
        excluded = self._bound(i)  # only now: most "it" and quoted pronouns end above
        if lower in PLURAL:
            subject = self._governing_subject(i)
            if subject is not None and subject in self.people_at:
                return self.people_at[subject]  # "The authors said they ...": the group
            if (
                subject is not None
                and words.tag[subject] == "NNS"
                and subject not in self.head_actor
                and not self.in_mention[subject]
            ):
                return None  # "Officials said they ...": a plural subject not among the actors
            if self.plural_subject >= max(self.sent_start[1], self.body_subject):
                return None  # "Web developers ... As they design": the nearer plural subject
            found = self._best(sal, ("organization", "group"), None, excluded)
            if found and sal[found] >= max(blockers["pl"], MIN_NEUTER):
                return found
            return None
        if _says(words, i):
            # "The Daily Courier ... It said": the body that was a subject, this sentence or the
            # one before
            if self.body_subject >= self.sent_start[1]:
                found = self.head_actor.get(self.body_subject)
                if found is not None and found not in excluded:
                    return found
            return None
        if lower == "it" and dep in SUBJECTS:
            found = reporter(tokens_of(self.doc)[i], self.head_actor, self.actors._pronoun)
            if found is not None and found not in excluded:
                actor = self.actors.get(found)
                if actor.kind in ("organization", "country") and not actor.people:
                    note(C.REPORTED_IT)
                    return found
            return None
        if lower != "its":
            # "it" is nearly always a thing, an event or a clause: only "its" is risked
            return None
        found = self._best(sal, ("organization", "country"), None, excluded, people=False)
        if found and sal[found] >= max(blockers["sg"], MIN_NEUTER):
            return found
        return None

    def _note_subject(self, i: int, actor_id: str) -> None:
        """The first person that is the subject of a sentence's main verb (token `i`)."""
        words = self.words
        if (
            self.subjects[0] is None
            and words.dep[i] in SUBJECTS
            and words.dep[words.head[i]] == "ROOT"
            and self.actors.get(actor_id).kind == "person"
        ):
            self.subjects = (actor_id, self.subjects[1])

    def _governor(self, i: int) -> str | None:
        """Subject of the verb whose complement holds the pronoun: "Jane said she would go"."""
        verb = governing_verb(self.words, i)
        if verb is None or self.quoted[verb] != self.quoted[i]:
            # 'Lee wrote, "... unless he returned"': a "he" in the quote is not its writer
            return None
        return self._subject_at(verb, before=i)

    def _governing_subject(self, i: int) -> int | None:
        verb = governing_verb(self.words, i)
        if verb is None:
            return None
        for child in self.words.children(verb):
            if self.words.dep[child] in SUBJECTS and child < i:
                return child
        return None

    def _subject_of(self, verb: Token, before: int) -> str | None:
        """`_subject_at` of a verb given as a `Token` (as `honours` asks)."""
        return self._subject_at(verb.i, before)

    def _subject_at(self, verb: int, before: int) -> str | None:
        """The actor that is the subject of the verb at token `verb`, through a relative pronoun
        if need be (read from the word columns)."""
        words = words_of(self.doc)  # also asked by `honours`
        for child in words.children(verb):
            if words.dep[child] in SUBJECTS and child < before:
                if words.lower[child] in ("who", "that", "which") and words.dep[verb] == "relcl":
                    child = words.head[verb]  # "Harlan, who had told him": Harlan
                return self.head_actor.get(child) or self.actors._pronoun.get(child)
        if words.dep[verb] == "conj" and words.head[verb] != verb:
            return self._subject_at(words.head[verb], before)  # "walked in and turned himself in"
        return None

    def _reflexive(self, i: int) -> str | None:
        """ "turned himself in": a reflexive is the subject of its own clause."""
        words = self.words
        verb = words.head[i]
        if words.dep[verb] == "prep":
            verb = words.head[verb]
        return self._subject_at(verb, before=i)

    def _bound(self, i: int) -> set[str]:
        """Actors a non-reflexive object pronoun cannot be: the subject of its own clause."""
        words = self.words
        lower, dep = words.lower[i], words.dep[i]
        if lower.endswith("self") or lower.endswith("selves") or words.tag[i] == "PRP$":
            return set()
        verb = words.head[i]
        if dep == "pobj" and words.dep[verb] == "prep":
            verb = words.head[verb]
        elif dep not in ("dobj", "dative", "iobj"):
            return set()
        found = self._subject_at(verb, before=i)
        return {found} if found else set()

    def _best(
        self,
        sal: dict[str, float],
        kinds: tuple[str, ...],
        gender: str | None,
        excluded: set[str],
        role: str | None = None,
        country: str | None = None,
        people: bool | None = None,
        word: str | None = None,
        strict: bool = False,
        guessed: bool = False,
    ) -> str | None:
        best: tuple[float, str] | None = None
        by_id, modifiers = self.actors._by_id, self.modifiers  # asked once per actor in `sal`
        for actor_id, score in sal.items():
            actor = by_id[actor_id]  # the kind first: it turns away most of `sal`
            if (actor.kind not in kinds and not (guessed and actor.guessed)) or (
                people is not None and actor.people != people
            ):
                continue
            if actor_id in excluded:
                continue
            if gender and actor.gender and actor.gender != gender:
                continue
            if role is not None and role not in actor.roles:
                continue
            if country and (actor.affiliation or strict) and country not in actor.affiliation:
                continue
            if country and actor.kind == "country" and actor.country != country:
                continue
            # the article's topic persists ("the Cruise video" is no mention of Cruise's own)
            score += TOPIC * min(len(actor.mentions) - modifiers.get(actor_id, 0), 10)
            if word is not None and any(word in key.split() for key in actor.keys):
                score += 3.0  # "the team" prefers a team
            if best is None or score > best[0]:
                best = (score, actor_id)
        return best[1] if best else None

    def _named_with(self, word: str, before: int) -> str | None:
        """The body last mentioned before `before` whose name holds this noun ("court" ->
        "Supreme Court")."""
        if self.name_words is None:
            # built once: noun of a body's name -> (sorted mention starts, body)
            self.name_words = {}
            for actor in self.actors._actors:
                if actor.kind not in ("organization", "group") or actor.people:
                    continue
                if not actor.named:
                    continue
                starts = sorted(s for s, _e in actor.mentions)
                for w in {w for key in actor.keys for w in key.split() if w in org_nouns()}:
                    self.name_words.setdefault(w, []).append((starts, actor.id))
        best: tuple[int, str] | None = None
        for starts, actor_id in self.name_words.get(word, []):
            k = bisect_right(starts, before - 1)
            if k and (best is None or starts[k - 1] > best[0]):
                best = (starts[k - 1], actor_id)
        return best[1] if best else None

    def _unnamed(self, chunk: Span, lemma: str) -> str:
        words = [t for t in chunk if t.dep_ != "det" and not t.is_punct and t.tag_ != "POS"]
        name = " ".join(t.text for t in words)
        key = norm(name)
        found = self.actors._by_key.get(key)
        if found is None:
            found = self.actors.new(
                name, "group" if lemma in ("coalition", "alliance") else "organization"
            )
            self.actors.get(found).keys.update({key, lemma})
            self.actors._by_key[key] = found
        return found

    def _group(self, start: int, end: int, r: int) -> str | None:
        """An unnamed team or group known by nationality: "the Chilean team", "Russian officials"
        (the phrase is tokens `start` to `end`, headed by `r`; read from the word columns).

        The same noun with the same nationality is the same group throughout the article.
        """
        words = self.words
        lemma = words.lemma[r].lower()
        plural = words.tag[r] == "NNS"
        if words.pos[r] != "NOUN" or not (
            lemma in org_nouns() or (plural and lemma in person_nouns())
        ):
            return None
        table = countries()
        country = None
        for k in range(start, r):
            if (
                words.dep[k] in ("amod", "compound", "nmod")
                and words.head[k] == r
                and words.ent_type[k] == "NORP"
            ):
                # a nationality, or another affiliation ("European", "Muslim")
                country = table.demonym(words.text[k]) or words.text[k]
                adjective = words.text[k]
                break
        if country is None:
            return None
        key = f"group:{lemma}:{country}:{plural}"
        found = self.actors._by_key.get(key)
        if found is None:
            name = f"{adjective} {words.text[r] if plural else words.lemma[r]}"
            found = self.actors.new(name, "group" if plural else "organization")
            actor = self.actors.get(found)
            actor.people = plural
            if country in table.names.values():
                actor.affiliation.add(country)
            actor.keys.add(key)
            actor.keys.add(norm(name))
            self.actors._by_key[key] = found
        return found

    def _people(self, start: int, end: int) -> str | None:
        """An unnamed group of people (`actor.people-group`) in the phrase of tokens `start` to
        `end`: "the report's authors say"; a later phrase with the same noun and modifiers, or
        with the noun alone, is the same group (read from the word columns)."""
        words = self.words
        keys = people_key(words, start, end)
        if keys is None:
            return None
        root = root_at(words, start, end)
        base, exact = keys
        by_key = self.actors._by_key
        found = by_key.get(exact)
        if found is None and exact == base + "|":
            found = by_key.get(base)  # "the officials": the group last named by this noun
        if found is None:
            if not voices(words, root):
                return None
            first = start
            while first < end and words.dep[first] == "det":
                first += 1
            found = self.actors.new(text_between(self.doc, first, root + 1), "group")
            actor = self.actors.get(found)
            actor.people = True
            actor.keys.add(exact)
            by_key[exact] = found
        by_key[base] = found
        while start < root and (words.punct[start] or words.space[start]):
            start += 1
        if "\n" in text_between(self.doc, start, root + 1):
            return None
        self.actors.add_mention(found, words.idx[start], words.end[root], "description")
        self.people_at[root] = found
        note(C.PEOPLE_GROUP)
        return found

    def _description(
        self, bounds: tuple[int, int], sal: dict[str, float]
    ) -> tuple[str | None, MentionForm]:
        """The actor a noun phrase (token range `bounds`) describes: one of `Visits.describing`
        (a group noun, "their country" or a definite singular; no other phrase can)."""
        words = self.words
        r = root_at(words, bounds[0], bounds[1])
        first = words.lower[bounds[0]]
        group = self._group(bounds[0], bounds[1], r)
        if group is not None:
            return group, "description"
        lemma = words.lemma[r].lower()
        if words.tag[bounds[0]] == "PRP$" and place_nouns().get(lemma) == "country":
            # "their country": the country of whoever "their" is
            owner = self.actors._pronoun.get(bounds[0])
            affiliation = self.actors.get(owner).affiliation if owner else set()
            if len(affiliation) == 1:
                # the country itself, named or not: "the Chilean team ... their country" is Chile
                note(C.THEIR_COUNTRY)
                return self.actors._country_actor(next(iter(affiliation))), "description"
            return None, "description"
        if first not in DEFINITE or words.tag[r] in ("NNS", "NNPS"):
            return None, "description"
        if words.dep[r] == "pobj" and words.lower[words.head[r]] == "as":
            return None, "description"  # predicative: "described him as the only leader"
        if any(words.lower[k] in NOT_ANAPHORIC for k in range(bounds[0], bounds[1])):
            return None, "description"
        for k in range(bounds[0], bounds[1]):
            owner = self.head_actor.get(k) if k < r and words.dep[k] == "compound" else None
            if owner is not None:
                # "the Meridian organization" is Meridian; "the Trump administration" is
                # not Trump, nor anyone salient
                other = self.actors.get(owner)
                if other.kind in ("organization", "group") and lemma in org_nouns():
                    return owner, "description"
                return None, "description"
        form: MentionForm = "title" if words.pos[r] == "PROPN" else "description"
        if words.pos[r] == "PROPN" and lemma not in titles():
            return None, form
        places = place_nouns()
        for child in words.children(r):
            if words.dep[child] == "poss" and words.pos[child] in ("PROPN", "NOUN"):
                return None, form  # relational: "the Sheriff's office", "Tunisia's coach"
            prep = words.lower[child]
            if words.dep[child] == "prep" and prep in ("of", "in", "for", "at", "within"):
                for obj in words.children(child):
                    owner = self.head_actor.get(obj) if words.dep[obj] == "pobj" else None
                    if owner is None:
                        continue
                    owner_kind = self.actors.get(owner).kind
                    same = (lemma in places and owner_kind in ("place", "country")) or (
                        lemma in org_nouns() and owner_kind in ("organization", "group")
                    )
                    if same and (prep == "of" or lemma in places):
                        return owner, form  # "the capital, Lima", "the church of the Holy Light"
                    return None, form  # "the president of the region": someone else
        start, end = bounds  # the phrase as a `Span` only where a test below asks for one
        if lemma in places:
            country = _span_country(self.doc, start, end)
            place_kind = places[lemma]
            kinds = ("country",) if place_kind == "country" else ("place",)
            word = lemma if place_kind == "facility" else None
            found = self._best(sal, kinds, None, set(), country=country, word=word)
            if (
                found is not None
                and word is not None
                and not any(word in key.split() for key in self.actors.get(found).keys)
            ):
                found = None  # "the station" only for a place named "... Station"
            return found, form
        if lemma in org_nouns():
            found = self._best(
                sal, ("organization", "group"), None, set(), people=False, word=lemma
            )
            if found is None or not any(lemma in k.split() for k in self.actors.get(found).keys):
                # "the court" long after "the Supreme Court": the body whose name has the noun
                found = self._named_with(lemma, words.idx[start]) or found
            if found is None and lemma in COLLECTIVE:
                # a first mention of an unnamed body: "the international coalition"
                found = self._unnamed(span_at(self.doc, start, end), lemma)
            return found, form
        if lemma in person_nouns():
            country = _span_country(self.doc, start, end)  # read for places and persons only
            gender = gender_nouns().get(lemma)
            found = self._best(sal, ("person",), gender, set(), lemma, country)
            if found is None:
                found = self.actors._by_role(span_at(self.doc, start, end), lemma)
            if found is None and country is not None:
                # "the Ukrainian leader": the salient person known to act for Ukraine
                found = self._best(sal, ("person",), gender, set(), country=country, strict=True)
            if found is None and lemma not in titles():
                found = self._best(sal, ("person",), gender, set())
            if found is not None:
                actor = self.actors.get(found)
                if country:
                    actor.affiliation.add(country)
                actor.roles.add(lemma)
            return found, form
        return None, form
