"""Passes 1 and 2: names (merged by variant, country table and acronym), places nested in
names, teams, then appositions and predicate nouns attached to the names they describe."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimx.actors import constructions as C
from claimx.actors.addresses import before_region, region_at
from claimx.actors.candidates import (
    _Candidate,
    _candidates,
    _clean_name,
    _ent_alone,
    _honour_spans,
    _left_modifiers,
    _person_core,
    _plausible_single,
    _strip_titles,
)
from claimx.actors.describe import rank_phrase
from claimx.actors.nested import _Nested, _of_place
from claimx.actors.spans import (
    _bare_name,
    _capitalised,
    _determiner_before,
    _given_name_first,
    _guess_kind,
    _in_brackets_after,
    _in_contest,
    _is_acting,
    _is_located,
    _lower_case_nouns,
    _names_a_thing,
    _only_titles,
    _person_beside_body,
    in_address_at,
)
from claimx.actors.store import Actors, _Actor
from claimx.actors.words import (
    ARGUMENTS,
    COMPASS,
    CONTAINERS,
    ENTITY_KINDS,
    LOCAL_OFFICES,
    NOT_NAMES,
    SUBJECTS,
    UNIVERSITY_WORDS,
    WINNING,
)
from claimx.rules.docview import root_at, span_at, span_text, text_between, tokens_of, words_of
from claimx.rules.names import (
    countries,
    first_name_gender,
    gender_nouns,
    generic_name_words,
    norm,
    org_nouns,
    person_words,
    place_nouns,
    regions,
    title_words,
    union,
)
from claimx.rules.registry import note
from claimx.schema import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: "(French pronunciation: [pjɛʁ dyfuʁ];", "(Swedish: [ˈoːsa]": a language, then the sounds
#: (" (" first, its preceding character tested after it: a literal opening lets the regex
#: engine skip to each " (" instead of trying every character of the article)
_SPOKEN = re.compile(
    r" \((?<=\S \()(?:[A-Z][a-z]+ )?(?:[A-Z][a-z]+|pronunciation|pronounced):? ?\[([^\]\n]{2,80})\]"
)
_IPA_MARKS = frozenset("ˈˌːˀ")
#: initials written with spaces between them ("U. S.", "U. K."), as older texts do
_SPACED_INITIALS = re.compile(r"(?:[A-Z]\. )+[A-Z]\.?")


class _Builder(_Nested):
    """The three passes of `find_actors` over one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors = Actors(doc)
        self.head_actor: dict[int, str] = {}  # root token of a name mention -> actor
        self.in_mention = bytearray(len(doc))
        self._honours: list[Span] | None = None
        self.pending: list[Span] = []
        self.ranks: list[Span] = []  # "a Fellow of the Royal Society": see `rank_phrases`
        self.container: str | None = None
        self.span_end = 0  # end token of the name `nested` looks inside
        self.candidates: list[_Candidate] = []
        self._mentioned: set[str] | None = None
        self._as_city: set[str] | None = None
        self.name_words: dict[str, list[tuple[list[int], str]]] | None = None

    # pass 1 ----------------------------------------------------------------------------------
    def names(self) -> None:
        doc = self.doc
        table = countries()
        cands = self.candidates = _candidates(doc)
        common = _lower_case_nouns(doc)
        places = {
            text_between(doc, c.start, c.end)
            for c in cands
            if c.label in ("GPE", "LOC") and c.end - c.start == 1
        }
        previous: tuple[int, str] | None = None  # end token and actor of the last name
        containers: list[tuple[int, int]] = []  # names that may hold others (`nested`)
        headline = self.actors.text.find("\n")  # end of the first line, if more follow
        honour: bytearray | None = None  # the honours' words: most articles name none
        if honours := self.honour_spans():
            honour = bytearray(len(doc))
            for span in honours:
                honour[span.start : span.end] = b"\x01" * (span.end - span.start)
        # the tests below read the word columns; a `Token` is made only where a helper asks
        words = words_of(doc)
        lower, tokens = words.lower, tokens_of(doc)
        for cand in cands:
            start, end, label = cand.start, cand.end, cand.label
            if honour is not None and 1 in honour[start:end]:
                continue  # an honour, not an actor: "the Player of the Match award"
            if label in CONTAINERS:
                containers.append((start, end))
                continue
            head_titles: list[Token] = []
            if label == "PERSON":
                start, end = _person_core(doc, start, end, places)
            if label in ("PERSON", ""):
                start, end, head_titles = _strip_titles(doc, start, end)
            # no `Span` per candidate: the tests and the mentions read token and character ranges
            text = text_between(doc, start, end)
            size = end - start
            if rank_phrase(doc, start, end):
                self.ranks.append(span_at(doc, start, end))
                continue
            if self._local_office(start, end):
                continue
            if not text.strip() or _only_titles(doc, start, end, label):
                continue
            kind: ActorKind | None = ENTITY_KINDS.get(label)
            if label == "PERSON" and size >= 2 and lower[start] in org_nouns():
                kind = "organization"  # "Instituto Gonzaga": a name opening with a body's word
            root = root_at(words, start, end)  # `span.root`
            if (
                label in ("GPE", "LOC")
                and size >= 3
                and lower[root] in org_nouns()
                and "of" in lower[start:end]
            ):
                kind = "organization"  # "the Municipality of Pisa": the body, not the town
            elif (
                label == "PERSON"
                and size == 1
                and in_address_at(doc, start, end)
                and start >= 2
                and _is_located(tokens[start - 2])
            ):
                kind = "place"  # "Pisa, Umbria": a place name next to another
            known = self.actors._known_single(text) if size == 1 else None
            if known is not None:
                self.actors._register(known, text, self.actors.get(known).kind)
                if kind is not None:
                    self._vote(self.actors.get(known), start, end, label, kind, 1)
                self._mention_at(known, start, end, "name", root)
                continue
            key = norm(text)
            metonym = table.capitals.get(key) or table.seats.get(key)
            if label == "" and size == 1 and not metonym and not _plausible_single(tokens[start]):
                continue
            if (
                size == 1
                and label in ("", "PERSON")
                and lower[start] in common
                and not words.text[start].isupper()
            ):
                continue  # "Iodine" heading a sentence about iodine: a common noun
            if label == "" and size >= 2 and _names_a_thing(doc, start, end):
                continue  # "the Golden Boot award": the name of a thing
            if label == "NORP":
                if words.dep[root] in ("amod", "compound", "nmod") or words.pos[root] == "ADJ":
                    continue
                if words.tag[root] not in ("NNPS", "NNS") and not text.endswith("s"):
                    continue
            country = table.country(text)
            if (
                country is None
                and ". " in text
                and _SPACED_INITIALS.fullmatch(text)
                and not before_region(doc, end)  # "S. D., Cal." is a town, not Sudan
            ):
                country = table.country(text.replace(" ", ""))  # "U. S." as "U.S."
            if country is None and size == 1 and label in ("GPE", "LOC", "NORP", ""):
                country = self._short_country(key)
            if (
                country is None
                and metonym
                and metonym in self.countries_named()
                and key not in self._capitals_as_cities()
            ):
                seat = key in table.seats
                if _is_acting(tokens[root]) or (seat and not _is_located(tokens[root])):
                    country = metonym
                    note(C.CAPITAL_FOR_COUNTRY)
            if country is None and label == "ORG" and (metonym or key in regions()):
                kind = "place"  # "returned to Oslo", the city labelled a body
            if country is not None and (
                label != "PERSON"
                or (
                    country in self.countries_named()
                    and not head_titles
                    and not (start > 0 and lower[start - 1] in title_words())
                )
            ):
                # "Tunisia's goalkeeper": a country the recogniser took for a person
                actor_id = self.actors._country_actor(country)
                if _in_contest(tokens[root]):
                    self.actors.get(actor_id).contests += 1
                if not metonym:
                    self.actors._register(actor_id, text, "country")
                self._mention_at(actor_id, start, end, "name", root)
                continue
            if (
                label == "ORG"
                and 2 <= size <= 3
                and (
                    norm(words.text[end - 1]) in self.actors._by_token
                    or _given_name_first(doc, start, end)
                )
                and not any(w in org_nouns() for w in lower[start:end])
            ):
                kind = "person"  # "Lena Varga" labelled as an organisation
            if (
                kind in (None, "organization")
                and label in ("", "ORG")
                and self._known_person(start, end, text)
            ):
                kind = "person"  # "Ida Marsh DBE" after "Ida Marsh": the same given and surname
            if (
                label == "PERSON"
                and size == 1
                and not head_titles
                and (body := self._known_body(text))
            ):
                kind = self.actors.get(body).kind  # "his Rice teammate" after "Rice University"
            if head_titles or kind == "person":
                kind = "person"
            guessed, asked = False, kind is None  # `asked`: the store asked for a body below
            if kind is None:
                known_org = self.actors._match(text, "organization")
                kind = (
                    self.actors.get(known_org).kind if known_org else _guess_kind(doc, start, end)
                )
                guessed = (
                    known_org is None
                    and kind == "organization"
                    and size == 1
                    and _bare_name(doc, start, end)
                    and words.dep[root] in ARGUMENTS
                    and words.idx[start] > headline  # not in the headline
                )
            region = region_at(doc, start, end)
            if region is not None and region != key:
                text, kind = region.title(), "place"  # "Cal." after a town: California
            # a body's name: the match asked for above, not asked again (a kind guessed too)
            matched = (
                known_org if asked and kind == "organization" else self.actors._match(text, kind)
            )
            if (
                matched is None
                and previous is not None
                and _in_brackets_after(doc, start, previous[0])
                and not _person_beside_body(kind, self.actors.get(previous[1]).kind)
            ):
                # "Union of Growers (UG)", "NFB (National Farmers' Board)"
                matched = previous[1]
                note(C.ACRONYM_IN_BRACKETS)
                kind = self.actors.get(matched).kind
            if matched is None:
                actor_id = self.actors.new_name(text, kind)
                actor = self.actors.get(actor_id)
                actor.people, actor.guessed = label == "NORP", guessed
            else:
                actor_id, actor = matched, self.actors.get(matched)
                if label:
                    actor.guessed = False  # the recogniser knew its kind
                self.actors._register(actor_id, text, kind)
            self._vote(actor, start, end, label, kind, 3 if head_titles else 1)
            if previous is None or end > previous[0]:
                previous = (end, actor_id)  # not a name nested in the last one
            if (
                (label in ("ORG", "FAC", "") and size >= 2)
                or (label == "GPE" and size == 2 and place_nouns().get(lower[end - 1]))
                # "Mexico City"; "the Municipality of Pisa", "the Bay of Kiel"
                or (label in ("GPE", "LOC") and _of_place(lower, start, end))
                # "North Dublin": a part of Dublin
                or (label in ("GPE", "LOC") and size >= 2 and lower[start] in COMPASS)
            ):
                containers.append((start, end))
            mods = _left_modifiers(doc, start, end)
            if head_titles:  # (most names have none: no set and no copy made for them)
                stripped = {t.i for t in head_titles}  # "Dame" stripped is also the word before
                mods = head_titles + [t for t in mods if t.i not in stripped]
            if mods:  # (most names have none: no list and no call made for them)
                taken = [
                    k
                    for k, tok in enumerate(mods)
                    if self.in_mention[tok.i]
                    and (tok.lower_ in org_nouns() or (tok.ent_type_ and tok.ent_iob_ == "I"))
                ]
                if taken:
                    # "the Refugee Council Jane Doe": a name already an actor's is no title of hers
                    mods = mods[taken[-1] + 1 :]
                self._titles(actor, mods, start)
            if mods and actor.kind == "person":
                note(C.TITLE_NAME)
            lead = _determiner_before(doc, mods[0].i) if mods else None
            if mods and actor.kind == "person" and lead is not None:
                # "the match referee Jane Doe", "Tunisia's coach John Doe": a description, then
                # the name
                role_end = words.end[mods[-1].i]
                self.actors.add_mention(actor_id, words.idx[lead], role_end, "description")
                self._mention_at(actor_id, start, end, "name", root)
            elif mods and actor.kind == "person":
                # the mention is the whole name phrase, titles included ("President Jane Doe")
                self._mention_at(actor_id, mods[0].i, end, "name", root)
            else:
                self._mention_at(actor_id, start, end, "name", root)
        self.nested(containers)

    def _known_person(self, start: int, end: int, text: str) -> bool:
        """A name of two or more words (tokens `start` to `end`, written `text`) whose given name
        and surname are a known person's."""
        words = person_words(text)
        if len(words) < 2 or any(w in org_nouns() for w in words_of(self.doc).lower[start:end]):
            return False
        found = self.actors._match_person(list(words), "person")
        return found is not None and self.actors.get(found).first == words[0]

    def _known_body(self, word: str) -> str | None:
        """A one-word name (`word`) that is no given name and opens a university's or a college's
        name ("Rice" after "Rice University"): that body, whatever the recogniser's label (a
        foundation or a hall is as often called after a person: "the Gates Foundation")."""
        if word in first_name_gender() or not word[:1].isupper():
            return None
        found = self.actors._match(word, "organization")
        if found is None or self.actors.get(found).kind not in ("organization", "group"):
            return None
        keys = [k.split() for k in self.actors.get(found).keys]
        if not any(len(k) == 2 and k[0] == norm(word) and k[1] in UNIVERSITY_WORDS for k in keys):
            return None
        note(C.BODY_SHORT_NAME)
        return found

    def _local_office(self, start: int, end: int) -> bool:
        """ "the Los Angeles Sheriff", "the LA Sheriff" (tokens `start` to `end`): a place and the
        holder of its office, who is one person however the place is written."""
        doc = self.doc
        if end - start < 2 or end - start > 4 or words_of(doc).lower[end - 1] not in LOCAL_OFFICES:
            return False  # read from the word columns: most names are no office
        office = tokens_of(doc)[end - 1]
        place = span_at(doc, start, end - 1)
        words = {t.lower_ for t in place}
        if not all(t.tag_ in ("NNP", "NNPS") for t in place) or words & (
            union(org_nouns, title_words, generic_name_words)
        ):
            return False
        actors = self.actors
        country = countries().country(place.text)
        if country is not None:
            place_id = actors._country_actor(country)
        else:
            place_id = actors._match(place.text, "place") or actors.new(
                _clean_name(place.text), "place"
            )
            actors._register(place_id, place.text, actors.get(place_id).kind)
        self._mention(place_id, place, "name")
        if end < len(doc) and doc[end].tag_ in ("NNP", "NNPS"):
            return True  # "the Denver Mayor Jane Doe": the title of the name that follows
        key = f"office:{office.lower_}:{place_id}"
        holder = actors._by_key.get(key)
        if holder is None:
            holder = actors.new(office.text, "person")
            actors._by_key[key] = holder
            person = actors.get(holder)
            person.keys.add(key)
            person.roles.add(office.lower_)
            person.titles.append(office.text)
        self._mention(holder, span_at(doc, office.i, office.i + 1), "title")
        return True

    def _short_country(self, key: str) -> str | None:
        """ "Sudan" after "South Sudan": the one country of the article whose name ends so."""
        found = [c for c in self.actors._by_country if norm(c).endswith(" " + key)]
        return found[0] if len(found) == 1 else None

    def _vote(
        self, actor: _Actor, start: int, end: int, label: str, kind: ActorKind, weight: int
    ) -> None:
        """The kind one mention (tokens `start` to `end`) votes for."""
        doc = self.doc
        if (
            end - start == 1
            and kind != "person"
            and actor.first is not None
            and actor.first.capitalize() in first_name_gender()
        ):
            return  # "Okafor" after "Ada Okafor": a surname's other labels are noise
        if (
            label in ("ORG", "FAC")
            and place_nouns().get(words_of(doc).lower[end - 1]) == "facility"
        ):
            actor.vote("place", 2)  # "Union Station", "Century Towers"
        elif (
            label == "LOC"
            and not _is_located(tokens_of(doc)[root_at(words_of(doc), start, end)])
            and not in_address_at(doc, start, end)
        ):
            # a "location" never used as one is an organisation ("Meridian said")
            actor.vote("organization", 1)
        elif label or weight > 1:
            if kind == "organization" and actor.first is None and end - start == 1:
                # a one-word name never given with a first name: "Twitter", not a person
                weight *= 2
            actor.vote(kind, weight)

    def _titles(self, actor: _Actor, mods: list[Token], name_start: int) -> None:
        """Titles and affiliations from the words before a name ("British Prime Minister")."""
        if not mods:
            return
        table = countries()
        words = title_words()
        title: list[Token] = []
        for tok in mods:
            country = table.demonym(tok.text) or (
                table.country(tok.text) if tok.pos_ == "PROPN" else None
            )
            if country:
                actor.affiliation.add(country)
                title = []
                continue
            if tok.lower_ in words or tok.pos_ == "NOUN":
                title.append(tok)
            else:
                title = []
        if not title or actor.kind != "person":
            return
        text = " ".join(t.text for t in title)
        if text not in actor.titles:
            actor.titles.append(text)
        actor.roles.add(text.lower())
        actor.roles.add(title[-1].lemma_.lower())
        gender = gender_nouns().get(title[0].lower_) or gender_nouns().get(title[-1].lower_)
        if gender and actor.gender is None:
            actor.gender = gender

    def recover(self) -> None:
        """Known names the recogniser and the tagger missed: a capitalised word that is the name
        or surname of an actor found elsewhere ("Trump" tagged as a common noun)."""
        actors = self.actors
        words = words_of(self.doc)  # the tests read the columns: a `Token` attribute makes a string
        text, doc = words.text, self.doc
        # the words already in a mention are left out in the arrays (a mention made here marks
        # only the word it is made for); the cheap column tests first, the `Token` last
        for i in _capitalised(doc, self.in_mention):
            word = text[i]
            acronym = word.isupper() and len(word) >= 2 and word.isalpha()
            if acronym and i > 0 and not text[i - 1].isupper():
                # "WHO" after "World Health Organisation (WHO)": a known acronym
                found = actors._initials.get(words.lower[i])
                if found is not None:
                    self._mention(found, span_at(doc, i, i + 1), "name")
                continue
            if words.pos[i] not in ("PROPN", "NOUN", "ADJ", "VERB"):
                continue
            key = norm(word)
            found = actors._by_key.get(key)
            if found is None and key in actors._by_token:
                ids = actors._by_token[key]
                found = ids[0] if len(ids) == 1 else None
            if found is None or actors.get(found).kind == "country":
                continue
            tok = tokens_of(doc)[i]
            if tok.is_stop:
                continue
            ent_type = words.ent_type[i]
            if ent_type in NOT_NAMES and not (
                # "Okafor, a prize-winner, ...": a known surname the recogniser took for a work
                ent_type in CONTAINERS and tok.ent_iob_ == "B" and _ent_alone(tok)
            ):
                continue
            self._mention(found, span_at(doc, i, i + 1), "name")

    def pronunciations(self) -> None:
        """A name's pronunciation in brackets after it ("Pierre Dufour (French: [pjɛʁ dyfuʁ];"):
        a mention of the person named, in the phonetic alphabet."""
        text = self.actors.text
        if "[" not in text:
            return
        for m in _SPOKEN.finditer(text):
            ipa_start, ipa_end = m.span(1)
            if not any(c in _IPA_MARKS or "\u0250" <= c <= "\u02af" for c in m.group(1)):
                continue
            # the name just before the bracket
            actor_id = self.actors._covering(m.start() - 1)
            if actor_id is None or self.actors.get(actor_id).kind != "person":
                continue
            note(C.PRONUNCIATION)
            self.actors.add_mention(actor_id, ipa_start, ipa_end, "name")

    def late_acronyms(self) -> None:
        """An acronym used before its full name ("LA" ... "Los Angeles") joins the full name."""
        actors = self.actors
        for actor in list(actors._actors):
            if not actor.mentions or " " in actor.name or actor.kind == "country":
                continue  # "US" is a country's code, not "University of Sheffield"
            bare = actor.name.replace(".", "")
            if not (bare.isupper() and bare.isalpha() and 2 <= len(bare) <= 8):
                continue
            full = actors._initials.get(bare.lower())
            if full is not None and full != actor.id and actors.get(full).mentions:
                actors._merge(full, actor.id)
                for i, v in self.head_actor.items():
                    if v == actor.id:
                        self.head_actor[i] = full
        for span in self.pending:
            found = actors._initials.get(norm(span_text(span)))
            if found is not None and actors.get(found).kind in ("place", "country"):
                self._mention(found, span, "name")

    def teams(self) -> None:
        """A country that plays is its team, and its people named by demonym are the team too
        ("Norway faced Chile ... the Norwegians in the lead")."""
        actors = self.actors
        table = countries()
        teams = {a.country: a for a in actors._actors if a.kind == "country" and a.contests >= 2}
        if not teams:
            return
        for other in list(actors._actors):
            if not (other.people and other.mentions and other.kind == "group"):
                continue
            team = teams.get(table.demonym(other.name) or "")
            if team is None:
                continue
            actors._merge(team.id, other.id)
            team.name = team.country or team.name
            for i, v in self.head_actor.items():
                if v == other.id:
                    self.head_actor[i] = team.id

    def renamed(self, merged: dict[str, str]) -> None:
        """Point the name heads at the actors the linker kept."""
        if merged:
            for i, actor_id in self.head_actor.items():
                self.head_actor[i] = merged.get(actor_id, actor_id)

    def honour_spans(self) -> list[Span]:
        """The honours written as names, found once (two passes ask)."""
        if self._honours is None:
            self._honours = _honour_spans(self.doc)
        return self._honours

    def honours(self) -> None:
        """ "Jane Doe won the Player of the Match award": the honour, a name, is its winner."""
        for span in self.honour_spans():
            winner = self._winner(span)
            if winner is not None:
                self.actors.add_mention(winner, span.start_char, span.end_char, "title")
                note(C.HONOUR_WINNER)

    def _winner(self, span: Span) -> str | None:
        """The person a verb of winning or naming gives the honour to."""
        verb = span.root
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_.lower() not in WINNING:
            return None
        lemma = verb.lemma_.lower()
        found = None
        for child in verb.children:
            naming = lemma in ("name", "award")
            if (child.dep_ in SUBJECTS and not naming) or (
                naming and child.dep_ in ("nsubjpass", "dobj", "dative") and child.i < span.start
            ):
                found = self.head_actor.get(child.i) or self.actors._pronoun.get(child.i)
        if found is None and verb.dep_ == "conj":
            # "Jane Doe scored twice and was named Player of the Match"
            found = self._subject_of(verb.head, before=span.start)
        if found is not None and self.actors.get(found).kind == "person":
            return found
        return None

    # pass 2 ----------------------------------------------------------------------------------
