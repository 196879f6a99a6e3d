"""Places named inside other names: "UK Government", "Municipality of Pisa", "Pittsburgh
Pirates", "University of Texas Dallas", "the Venice Film Festival"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.actors import constructions as C
from claimx.actors.candidates import _Candidate, _countries_mentioned
from claimx.actors.describe import _Describe
from claimx.actors.spans import _PROPER_TAGS, in_address_at
from claimx.actors.words import (
    ACADEMIC,
    COMPASS,
    FOR_TEAM,
    NAMED_AFTER,
    NAMED_AFTER_PEOPLE,
    OF_PLACES,
    UNIVERSITY_WORDS,
    cities,
)
from claimx.rules.docview import root_at, span_at, span_text, text_between, words_of
from claimx.rules.names import (
    countries,
    first_name_gender,
    generic_name_words,
    norm,
    org_nouns,
    place_nouns,
    regions,
    title_words,
    union,
)
from claimx.rules.registry import note

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimx.schema import MentionForm


def _of_place(lower: list[str], start: int, end: int) -> bool:
    """ "the Municipality of Pisa", "the Bay of Kiel" (lower-case words `start` to `end`): a body
    or a place named after the place its name gives after "of"."""
    return end - start >= 3 and any(
        lower[k] == "of" and lower[k - 1] in OF_PLACES for k in range(start + 1, end - 1)
    )


class _Nested(_Describe):
    """Places named inside other names; `_Builder` (names.py) runs `nested` after the names
    pass."""

    pending: list[Span]
    container: str | None
    span_end: int
    candidates: list[_Candidate]  # the names pass's
    _mentioned: set[str] | None
    _as_city: set[str] | None

    def countries_named(self) -> set[str]:
        """The countries the article names (`_countries_mentioned`), worked out the first time a
        test asks: only a capital, a two-letter code or a country labelled a person asks."""
        if self._mentioned is None:
            self._mentioned = _countries_mentioned(self.doc, self.candidates)
        return self._mentioned

    def _capitals_as_cities(self) -> set[str]:
        """The names written as an address ("Taipei, Taiwan"): a capital so written is a city in
        this article. Worked out the first time a capital asks (most articles name none)."""
        if self._as_city is None:
            doc = self.doc
            self._as_city = {
                norm(text_between(doc, c.start, c.end))
                for c in self.candidates
                if in_address_at(doc, c.start, c.end)
            }
        return self._as_city

    def nested(self, containers: list[tuple[int, int]]) -> None:
        """Actors named inside other names (token ranges), once every actor of the article is
        known. The ranges are read from the word columns: no `Span` per name."""
        idx = words_of(self.doc).idx
        for start, end in containers:
            self.container = self.actors._covering(idx[start])
            self.span_end = end
            self._nested(start, end)
        self.container = None

    def _nested(self, start: int, end: int) -> None:
        """Places named inside an organisation's name: "UK Government", "Municipality of Pisa"."""
        doc = self.doc
        w = words_of(doc)  # the word columns: no `Token` per test
        if self._after_compass(start, end):
            return
        for n in (3, 2, 1):
            if n < end - start and self._nest_one(start, start + n, False):
                break
        else:
            if self._place_before(start, end) or self._inner_start(start, end):
                return
            word = w.text[start]
            if word.replace(".", "").isupper() and len(word) >= 2:
                # an acronym of a place named later, maybe
                self.pending.append(span_at(doc, start, start + 1))
        for k in range(start + 1, end - 1):
            if w.lower[k] == "of":
                first = k + 2 if w.lower[k + 1] == "the" else k + 1
                if first < end:
                    if w.lower[k - 1] in NAMED_AFTER or w.lower[k - 1] in OF_PLACES:
                        # "University of Leeds (of the UK)": a place, up to the next "of"
                        last = first
                        while last < end and w.lower[last] not in ("of", "and", ",", "at"):
                            last += 1
                        self._region_and_city(first, last, end)
                    elif not self._nest_one(first, end, True):
                        # "the Critics Circle of Australia Awards": the place, then more name
                        for n in (3, 2, 1):
                            if first + n < end and self._nest_one(first, first + n, False):
                                break
                break

    def _after_compass(self, start: int, end: int) -> bool:
        """ "East L.A.", "North Dublin": a part of a city the article names, the city named after
        a word for a direction; not a country or a state whose name opens with one ("South
        Korea", "Western Australia")."""
        doc = self.doc
        w = words_of(doc)  # the word columns: no `Token` per test
        if end - start < 2 or w.lower[start] not in COMPASS:
            return False
        if countries().country(text_between(doc, start, end)) is not None:
            return False
        rest_text = text_between(doc, start + 1, end)
        key = norm(rest_text)
        found = self.actors._by_key.get(key)
        if found is None and rest_text.replace(".", "").isupper():
            found = self.actors._initials.get(key)
        if found is None or found == self.container:
            return False
        actor = self.actors.get(found)
        city = any(k in cities() and k not in regions() for k in actor.keys)
        if actor.kind != "place" or not city:
            return False  # a city: "South Australia", "West Virginia" are places of their own
        note(C.PLACE_AFTER_COMPASS)
        self._mention_at(found, start + 1, end, "name")
        return True

    def teams_for_cities(self) -> None:
        """ "He opened the season with Altoona", "24 games for Indianapolis": a city alone after
        "for", "with" or "against", in an article that names one team or body after that city
        ("the Altoona Curve"), is that body; the city elsewhere stays the city."""
        store = self.actors
        text = store.text
        # the place mentions after "for", "with" or "against": few, and read first
        found = []
        for place in store._actors:
            if place.kind != "place" or not place.mentions:
                continue
            spans = [
                span
                for span, form in place.mentions.items()
                if form == "name"
                and (before := text[max(0, span[0] - 9) : span[0]].split())
                and before[-1].lower() in FOR_TEAM
            ]
            if spans:
                found.append((place, spans))
        if not found:
            return
        # a city's key -> the one body whose name holds it, or "" when several do
        words: dict[str, str] = {}
        for body in store._actors:
            if body.kind not in ("organization", "group") or not body.mentions:
                continue
            for key in body.keys:
                parts = key.split()
                for n in (1, 2):
                    for k in range(len(parts) - n):  # never the last word alone: a name's head
                        inner = " ".join(parts[k : k + n])
                        if words.get(inner, body.id) != body.id:
                            words[inner] = ""
                        else:
                            words[inner] = body.id
        for place, spans in found:
            body_id = next((words[k] for k in place.keys if words.get(k)), None)
            if body_id is None:
                continue
            for s, e in spans:
                form = place.mentions.pop((s, e))
                store._by_mention[(s, e)] = body_id
                store.get(body_id).mentions[(s, e)] = form
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is not None:
                    self.head_actor[span.root.i] = body_id
                note(C.CITY_FOR_TEAM)

    def universities_for_cities(self) -> None:
        """ "She began her research at Uppsala": a city alone after "at", in a sentence
        about teaching, study or research, in an article that names one university after that
        city ("Uppsala University"), is that university; the city elsewhere stays."""
        store = self.actors
        text = store.text
        universities: dict[str, str] = {}  # city key -> the one university named after it
        for body in store._actors:
            if body.kind not in ("organization", "group") or not body.mentions:
                continue
            for key in body.keys:
                words = key.split()
                if len(words) < 2 or not UNIVERSITY_WORDS & set(words):
                    continue
                city = " ".join(w for w in words if w not in UNIVERSITY_WORDS and w != "of")
                if city and universities.get(city, body.id) != body.id:
                    universities[city] = ""
                elif city:
                    universities[city] = body.id
        if not universities:
            return
        doc = self.doc
        for place in store._actors:
            if place.kind != "place" or not place.mentions:
                continue
            body_id = next((universities[k] for k in place.keys if universities.get(k)), None)
            if body_id is None:
                continue
            for (s, e), form in list(place.mentions.items()):
                before = text[max(0, s - 4) : s]
                span = doc.char_span(s, e, alignment_mode="expand")
                if form != "name" or before != " at " or span is None:
                    continue
                if any(bs == s for bs, _ in store.get(body_id).mentions) or (
                    span.root.dep_ == "conj" or any(c.dep_ == "conj" for c in span.root.children)
                ):
                    continue  # inside the university's own name; a list of cities stays places
                if not any(t.lower_ in ACADEMIC for t in span.sent):
                    continue
                place.mentions.pop((s, e))
                store._by_mention[(s, e)] = body_id
                store.get(body_id).mentions[(s, e)] = form
                self.head_actor[span.root.i] = body_id
                note(C.CITY_FOR_UNIVERSITY)

    def _region_and_city(self, first: int, last: int, end: int) -> None:
        """The place after "University of": one ("Leeds"), a region then a city ("Texas
        Arlington"), or a region, a comma or "at", and a city ("California, Berkeley")."""
        doc = self.doc
        w = words_of(doc)  # the word columns: no `Token` per test
        if (
            last - first >= 2
            and norm(w.text[first]) in regions()
            and norm(span_text(span_at(doc, first + 1, last))) in cities()
        ):
            self._nest_one(first, first + 1, True, place=True)
            self._nest_one(first + 1, last, False)
            return
        self._nest_one(first, last, True, place=True)
        if last + 1 < end and w.text[last] in (",", "at"):
            self._nest_one(last + 1, end, False)

    def _inner_start(self, start: int, end: int) -> bool:
        """A place opening the proper-noun run after a name's first words: "the Venice Film
        Festival", "the Triple-A Pawtucket Red Sox", "the 33rd Berlin Film Festival"."""
        doc = self.doc
        w = words_of(doc)  # the word columns: no `Token` per test
        proper = ("NNP", "NNPS")
        for k in range(start + 1, min(end - 1, start + 4)):
            if w.tag[k] in proper and w.tag[k - 1] not in proper and w.lower[k - 1] != "of":
                for n in (3, 2, 1):
                    if k + n < end and self._nest_one(k, k + n, False):
                        return True
        return False

    def _place_before(self, start: int, end: int) -> bool:
        """ "Leeds Arena", "Ohio State University": a facility or a university named after
        its place, the place a name of its own."""
        doc = self.doc
        w = words_of(doc)  # the word columns: no `Token` per test
        k = start
        while k < end and w.tag[k] in ("NNP", "NNPS") and w.lower[k] not in NAMED_AFTER:
            k += 1
        if k == start or k >= end or k - start > 3 or w.lower[k] not in NAMED_AFTER:
            return False
        sub = span_at(doc, start, k)
        words = {t.lower_ for t in sub}
        if words & union(title_words, org_nouns, place_nouns, generic_name_words):
            return False
        if any(t.ent_type_ == "PERSON" or first_name_gender().get(t.text) for t in sub):
            return False  # "Jane Doe Hall": named after a person
        key = norm(span_text(sub))
        if w.lower[k] in NAMED_AFTER_PEOPLE and not (
            key in regions()
            or countries().country(span_text(sub))
            or key in countries().capitals
            or key in cities()
        ):
            return False  # "Kettering University": a person's name as often as a place's
        found = self.actors._by_key.get(norm(span_text(sub)))
        if found is not None:
            if self.actors.get(found).kind in ("place", "country") and found != self.container:
                self._mention(found, sub, "name")
                return True
            return False
        self._new_place(sub.start, sub.end)
        return True

    def _nest_one(self, start: int, end: int, after_of: bool, place: bool = False) -> bool:
        """A name inside another (tokens `start` to `end`, proper nouns only) that is a country, a
        known actor or a place. The tests read the word columns: no `Span` (most runs are none)."""
        w = words_of(self.doc)
        # every tag a proper noun's, tested on the slice of the column: no generator per run
        if start >= end or not _PROPER_TAGS.issuperset(w.tag[start:end]):
            return False
        table = countries()
        text = text_between(self.doc, start, end)
        country = table.country(text)
        if country is None and not after_of and text.isupper() and len(text) == 2:
            # "GB News": a country's two-letter code, when the article names that country
            code = table.codes.get(text)
            country = code if code in self.countries_named() else None
        if country is not None:
            actor_id = self.actors._country_actor(country)
            if not text.replace(".", "").isupper():
                self.actors._register(actor_id, text, "country")
            self._mention_at(actor_id, start, end, "name")
            return True
        key = norm(text)
        found = self.actors._by_key.get(key)
        if found is None and text.replace(".", "").isupper():
            found = self.actors._initials.get(key)
        if found is not None and found == self.container:
            return False  # "Church" inside "Church of the Holy Light" is the same body
        if found is not None and self.actors.get(found).kind != "person":
            self._mention_at(found, start, end, "name")
            return True
        lower = w.lower
        if place and not union(generic_name_words, title_words, org_nouns).isdisjoint(
            lower[start:end]
        ):
            return False  # "University of Technology"
        if not after_of and found is None and (key in cities() or key in regions()):
            # one word that is also a common name word ("Bay" of "Bay of Kiel", "Central") is
            # a town in the table too; two or more ("New York", "San Diego") are the place
            word = lower[start]
            if end - start == 1 and (
                word in generic_name_words()
                or word in title_words()
                or word in org_nouns()
                or word in place_nouns()
                or word in OF_PLACES
            ):
                return False
            root = root_at(w, start, end)
            if first_name_gender().get(w.text[start]) or w.ent_type[root] == "PERSON":
                return False  # "Paris Hilton", "Jackson Foundation": as often a person's name
            if end < len(lower) and end == self.span_end - 1 and place_nouns().get(lower[end]):
                return False  # "Washington City": one place, named in full
            # "Pittsburgh Pirates", "Cannes Film Festival": a city the team or event is named
            # after, a place of its own
            note(C.CITY_IN_NAME)
            self._new_place(start, end)
            return True
        if (
            after_of
            and end - start <= 3
            and (place or w.ent_type[root_at(w, start, end)] in ("GPE", "LOC"))
            and found is None
        ):
            self._new_place(start, end)
            return True
        return False

    def _new_place(self, start: int, end: int) -> None:
        """A place actor of its own for a name (tokens `start` to `end`) found inside another."""
        text = text_between(self.doc, start, end)
        actor_id = self.actors.new_name(text, "place")
        self._mention_at(actor_id, start, end, "name")

    def _mention(
        self, actor_id: str, span: Span, form: MentionForm, root: int | None = None
    ) -> None:
        if span.start < span.end:
            self._mention_at(actor_id, span.start, span.end, form, root)
        else:  # no mention for an empty span, but its root still stands for the actor
            self.head_actor[span.root.i if root is None else root] = actor_id

    def _mention_at(
        self, actor_id: str, start: int, end: int, form: MentionForm, root: int | None = None
    ) -> None:
        """`_mention` of the tokens `start` to `end` (a non-empty range), read from the word
        columns: the names pass makes no `Span` per name."""
        words = words_of(self.doc)  # the columns: no `Token` per word of the mention
        self.actors.add_mention(actor_id, words.idx[start], words.end[end - 1], form)
        if root is None:
            root = root_at(words, start, end)
        self.head_actor[root] = actor_id
        tag, in_mention = words.tag, self.in_mention
        for i in range(start, end):
            in_mention[i] = tag[i] != "PRP$"  # "his" in "his father"
