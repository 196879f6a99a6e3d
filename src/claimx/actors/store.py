"""The actor store: actors of one document, their mentions, name variants and the lookups
the quotes and positions stages read."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimx.actors import constructions as C
from claimx.actors.bodies import matching_body
from claimx.actors.candidates import (
    _clean_name,
    _fuller,
    _initial_of,
    _plausible_single,
    _span_country,
)
from claimx.actors.quoted import _quote_end
from claimx.actors.shown import ActorView as ActorView
from claimx.actors.shown import MentionView as MentionView
from claimx.actors.shown import models_of, views_of
from claimx.actors.words import (
    FIRST_PLURAL,
    FIRST_SINGULAR,
    NAME_JOINERS,
    SPOKES,
    THIRD_PERSON,
)
from claimx.rules.docview import (
    regions_of,
    root_at,
    span_at,
    text_of,
    token_range,
    tokens_of,
    words_of,
)
from claimx.rules.names import (
    countries,
    first_name_gender,
    norm,
    org_nouns,
    person_nouns,
    person_words,
    same_given,
    title_words,
    titles,
)
from claimx.rules.registry import note
from claimx.schema import Actor, ActorKind, MentionForm, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

FORGET = 0.02


@dataclass(slots=True)
class _Actor:
    id: str
    name: str
    kind: ActorKind
    titles: list[str] = field(default_factory=list)
    mentions: dict[tuple[int, int], MentionForm] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    affiliation: set[str] = field(default_factory=set)
    gender: str | None = None
    country: str | None = None
    first: str | None = None
    named: bool = False
    people: bool = False  # a group of people ("Muslims"), not an organisation
    contests: int = 0  # mentions as a side in a sporting contest ("Ghana beat Norway")
    guessed: bool = False  # kind guessed for a name the recogniser did not label
    votes: dict[str, int] = field(default_factory=dict)
    surnames: set[str] = field(default_factory=set)  # last words of its names (person_words)
    said_person: bool = False  # "X is an American guitarist": the text says X is a person
    # the (name, indexed as a person's) variants `_register` indexed: once each is enough
    indexed: set[tuple[str, bool]] = field(default_factory=set)

    def vote(self, kind: ActorKind, weight: int = 1) -> None:
        """The recogniser's label varies from mention to mention: the majority decides."""
        if self.kind == "country" or (self.titles and self.kind == "person"):
            return  # a title ("President Trump") settles it: a person
        votes = self.votes
        votes[kind] = votes.get(kind, 0) + weight
        # one kind voted for (most actors): it wins without a count
        best = kind if len(votes) == 1 else max(votes.items(), key=lambda kv: kv[1])[0]
        self.kind = best  # type: ignore[assignment]


@dataclass
class _Proposal:
    """A mention a later stage found for an actor (`name`: of an actor yet to be made)."""

    actor_id: str
    start: int
    end: int
    form: MentionForm
    name: str | None = None


class Actors:
    """Actors of one document, with a character-offset index of their mentions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self._actors: list[_Actor] = []
        self._by_id: dict[str, _Actor] = {}  # `get` is asked some 600 times an article
        self._by_mention: dict[tuple[int, int], str] = {}
        self._spans: list[tuple[int, int]] = []  # sorted mention spans
        self._by_key: dict[str, str] = {}
        self._by_country: dict[str, str] = {}
        self._initials: dict[str, str] = {}
        self._by_token: dict[str, list[str]] = {}  # a person's name token -> actors
        self._last_seen: dict[str, int] = {}
        self._pronoun: dict[int, str] = {}  # token index -> actor of a resolved pronoun
        self._referenced: set[str] = set()
        # proposals of the quotes and positions stages, written by `settle`
        self._proposals: list[_Proposal] = []
        self._pending: dict[tuple[int, int], str] = {}
        self._pending_names: dict[str, str] = {}
        self._wanted: set[str] = set()

    # -- building -------------------------------------------------------------------------------
    def new(self, name: str, kind: ActorKind) -> str:
        actor = _Actor(id=f"a{len(self._actors) + 1}", name=name, kind=kind)
        self._actors.append(actor)
        self._by_id[actor.id] = actor
        return actor.id

    def new_name(self, text: str, kind: ActorKind) -> str:
        """A new actor for a name as the text writes it, the name registered (`_register`): the
        display name is cleaned once, not again by `_register`."""
        actor_id = self.new(_clean_name(text), kind)
        self._by_id[actor_id].named = True  # named as `_register` would name it
        self._register(actor_id, text, kind)
        return actor_id

    def get(self, actor_id: str) -> _Actor:
        return self._by_id[actor_id]

    def add_mention(self, actor_id: str, start: int, end: int, form: MentionForm) -> None:
        key = (start, end)
        if key in self._by_mention or start >= end:
            return
        self._by_mention[key] = actor_id
        insort(self._spans, key)
        self._by_id[actor_id].mentions[key] = form
        if start > self._last_seen.get(actor_id, -1):
            self._last_seen[actor_id] = start

    def _overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._spans, (end, -1))
        while i > 0:
            i -= 1
            s, e = self._spans[i]
            if e > start:
                return True
            if s < start - 200:  # mentions are short: nothing further left can reach
                return False
        return False

    # -- resolving ------------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> str | None:
        """The actor whose mention is this span, lies first inside it, or covers it."""
        hit = self._by_mention.get((start, end))
        if hit:
            return hit
        i = bisect_right(self._spans, (start, -1))
        while i < len(self._spans) and self._spans[i][0] < end:
            if self._spans[i][1] <= end:
                return self._by_mention[self._spans[i]]
            i += 1
        covering = self._covering(start)
        if covering is not None:
            s, e = next(k for k in self._near(start) if self._by_mention[k] == covering)
            if s <= start and end <= e:
                return covering
        return None

    def _near(self, char: int) -> list[tuple[int, int]]:
        """Mention spans starting at most 200 characters before `char` and covering it."""
        i = bisect_right(self._spans, (char, 1 << 60))
        out = []
        while i > 0:
            i -= 1
            s, e = self._spans[i]
            if s < char - 200:
                break
            if e > char:
                out.append((s, e))
        return out

    def _covering(self, char: int) -> str | None:
        """The actor of the shortest mention that covers this character."""
        i = bisect_right(self._spans, (char, 1 << 60))
        best: tuple[int, str] | None = None
        while i > 0:
            i -= 1
            s, e = self._spans[i]
            if e > char and (best is None or e - s < best[0]):
                best = (e - s, self._by_mention[(s, e)])
            if s < char - 200:
                break
        return best[1] if best else None

    # -- reading, and proposing (the quotes and positions stages) ---------------------------------
    def lookup(self, span: Span) -> str | None:
        """Actor id for a span: its name, pronoun, title or description. Read only: a name no
        actor bears gives None (`propose` would make one)."""
        found = self._find(span)[0]
        if found is None or int(found[1:]) > len(self._actors) and not self.proposed(found):
            return None
        return found

    def propose(self, span: Span) -> str | None:
        """Actor id for a speaker or holder span. What the span would add (its mention, or a new
        actor for a name the stage never saw) is recorded, not written: `settle` writes it. The
        id returned is final, so a stage may keep it."""
        found, proposal = self._find(span)
        if proposal is not None:
            self._proposals.append(proposal)
            self._pending[(proposal.start, proposal.end)] = proposal.actor_id
            if proposal.name is not None:
                key = norm(proposal.name)
                self._pending_names.setdefault(key, proposal.actor_id)
                if " " in key:  # "Smith" after "John Smith"
                    self._pending_names.setdefault(key.split()[-1], proposal.actor_id)
        if found:
            self._wanted.add(found)
        return found

    def proposed(self, actor_id: str) -> bool:
        """Was this id handed out by `propose` and not yet settled?"""
        return actor_id in self._wanted

    def settle(self, quotes: list[Quote] | None = None) -> None:
        """The one step that writes what the later stages proposed: new actors and mentions, in
        the order proposed, then the speakers' first person inside their quotes."""
        for p in self._proposals:
            if p.name is not None and int(p.actor_id[1:]) > len(self._actors):
                made = self.new(p.name, "person")
                assert made == p.actor_id, (made, p.actor_id)
            if p.name is not None:
                self._register(p.actor_id, p.name, "person")
            self.add_mention(p.actor_id, p.start, p.end, p.form)
        self._proposals.clear()
        self._pending.clear()
        self._pending_names.clear()
        self._referenced |= self._wanted
        if quotes:
            self.absorb_quotes(quotes)

    def _new_pending(self) -> int:
        """How many actors the pending proposals will create (a proposed name may be a new
        mention of an actor that exists: that one creates nothing)."""
        known = len(self._actors)
        return len({a for a in self._pending_names.values() if int(a[1:]) > known})

    def _find(self, span: Span) -> tuple[str | None, _Proposal | None]:
        if len(span) == 0:
            return None, None
        key = (span.start_char, span.end_char)
        hit = self._by_mention.get(key) or self._pending.get(key)
        if hit:
            return hit, None
        # the root read from the word columns: a `Token` only for a spokesperson's "for"
        words = words_of(span.doc)
        r = root_at(words, span.start, span.end)  # `span.root.i`
        lower = words.lower[r]
        if lower in THIRD_PERSON:
            return self._pronoun.get(r), None
        if lower in FIRST_SINGULAR or lower in FIRST_PLURAL:
            return None, None
        found = self._covering(words.idx[r])
        if found:
            return found, None
        role = words.lemma[r].lower()
        if role in SPOKES:
            for prep in tokens_of(span.doc)[r].children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            found = self._covering(obj.idx)
                            if found:
                                note(C.SPOKESPERSON)
                                return found, None
        if role in person_nouns() or role in titles():
            found = self._by_role(span, role)
            if found:
                return found, _Proposal(found, *key, "description")
        inner = self.resolve(span.start_char, span.end_char)
        if inner is not None:
            return inner, None
        if words.pos[r] == "PROPN":
            start = r
            while start > span.start and words.pos[start - 1] == "PROPN":
                start -= 1
            name = span_at(span.doc, start, r + 1)
            if len(name) == 1 and not _plausible_single(name[0]):
                return None, None
            if all(t.lower_ in title_words() or countries().demonym(t.text) for t in name):
                return None, None
            actor_id = (
                self._match(name.text, "person")
                or self._pending_names.get(norm(name.text))
                or f"a{len(self._actors) + self._new_pending() + 1}"
            )
            return actor_id, _Proposal(
                actor_id, name.start_char, name.end_char, "name", name=name.text
            )
        return None, None

    def _by_role(self, span: Span, role: str) -> str | None:
        want = _span_country(span.doc, span.start, span.end)
        best: tuple[int, str] | None = None
        for actor in self._actors:
            if role not in actor.roles or actor.kind != "person":
                continue
            if want and actor.affiliation and want not in actor.affiliation:
                continue
            seen = self._last_seen.get(actor.id, -1)
            if seen < span.start_char and (best is None or seen > best[0]):
                best = (seen, actor.id)
        return best[1] if best else None

    def absorb_quotes(self, quotes: list[Quote]) -> None:
        """First person inside a quote refers to its speaker; speakers are mentions too."""
        doc = self.doc
        # a quotation runs to its closing mark, however much of it the quote's content kept
        regions = sorted(
            (r.start, r.end) for r in regions_of(doc, single=False) if r.end - r.start < 3000
        )
        starts = [r[0] for r in regions]
        columns = words_of(doc)
        personal = columns.personal  # the quotes' first persons are among them
        for quote in quotes:
            if quote.actor is None:
                continue
            actor = self.get(quote.actor)
            we = self._we(actor)
            if (
                quote.speaker is not None
                and not self._overlaps(quote.speaker.start, quote.speaker.end)
                and self._mention_like(actor, quote.speaker.start, quote.speaker.end)
            ):
                self.add_mention(actor.id, quote.speaker.start, quote.speaker.end, "description")
            spans = set()
            for part in quote.content_parts or [quote.content]:
                k = bisect_right(starts, part.start) - 1
                if k >= 0 and regions[k][0] <= part.start < regions[k][1] >= part.end:
                    spans.add(regions[k])
                else:
                    spans.add((part.start, _quote_end(self.text, part.start, part.end)))
            for start, end in sorted(spans):
                content = token_range(doc, start, end)
                if content is None:
                    continue
                lo, hi = bisect_left(personal, content[0]), bisect_left(personal, content[1])
                for i in personal[lo:hi]:  # read from the columns: no `Token` per pronoun
                    lower = columns.lower[i]
                    if lower in FIRST_SINGULAR:
                        self.add_mention(actor.id, columns.idx[i], columns.end[i], "pronoun")
                        note(C.FIRST_PERSON_IN_QUOTE)
                    elif lower in FIRST_PLURAL and we is not None:
                        self.add_mention(we, columns.idx[i], columns.end[i], "pronoun")
                        note(C.FIRST_PERSON_IN_QUOTE)

    def _mention_like(self, actor: _Actor, start: int, end: int) -> bool:
        """A speaker span worth keeping as a mention: the actor's name, or a noun for a person
        or a body."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0 or len(span) > 12:
            return False
        root = span.root
        lemma = root.lemma_.lower()
        if root.pos_ == "PROPN":
            words = {w for key in actor.keys for w in key.split()}
            return norm(root.text) in words
        return lemma in person_nouns() or lemma in org_nouns()

    def _we(self, actor: _Actor) -> str | None:
        """Who "we" is in a speaker's words: the speaker's group, or the state they speak for."""
        if actor.kind in ("organization", "group", "country"):
            return actor.id
        for title in actor.titles:
            # "team member Jane Doe", "club captain John Doe": "we" is the team, the club
            for word in title.lower().split():
                if word in org_nouns():
                    best = None
                    for other in self._actors:
                        if other.kind in ("organization", "group") and any(
                            word in key.split() for key in other.keys
                        ):
                            seen = self._last_seen.get(other.id, -1)
                            if best is None or seen > best[0]:
                                best = (seen, other.id)
                    if best:
                        return best[1]
        if len(actor.affiliation) == 1:
            return self._by_country.get(next(iter(actor.affiliation)))
        return None

    # -- names ----------------------------------------------------------------------------------
    def _register(self, actor_id: str, name: str, kind: ActorKind) -> None:
        """Index one more name variant of an actor, and keep the fullest as its name."""
        actor = self._by_id[actor_id]
        key = norm(name)
        if not key:
            return
        person = actor.kind == "person"
        if (name, person) not in actor.indexed:  # a variant indexed before adds nothing
            actor.indexed.add((name, person))
            self._index(actor, name, key, person)
        if not actor.named or (name != actor.name and _fuller(name, actor.name)):
            actor.name = _clean_name(name)
        actor.named = True

    def _index(self, actor: _Actor, name: str, key: str, person: bool) -> None:
        """`_register`'s indexes of one name variant: its key, and a person's name words, given
        name and gender, or a body's initials."""
        actor_id = actor.id
        actor.keys.add(key)
        self._by_key.setdefault(key, actor_id)
        words = key.split()
        if person:
            core = person_words(name)
            for w in dict.fromkeys([*words, *core]):
                ids = self._by_token.setdefault(w, [])
                if actor_id not in ids:
                    ids.append(actor_id)
            if core:
                actor.surnames.add(core[-1])
            if len(core) >= 2 and actor.first is None:
                actor.first = core[0]
            if len(words) >= 2 and actor.gender is None:
                given = name.split()[0]
                actor.gender = first_name_gender().get(given[:1].upper() + given[1:].lower())
        elif len(words) >= 2:
            initials = "".join(w[0] for w in words if w not in NAME_JOINERS and w != "the")
            if len(initials) >= 2:
                self._initials.setdefault(initials, actor_id)

    def _known_single(self, text: str) -> str | None:
        """A one-word name already seen as a person's name or surname, whatever its label."""
        key = norm(text)
        if key not in self._by_key and key not in self._by_token:
            return None  # the cheap test first: most names are not yet known at all
        table = countries()
        if table.country(text) or key in table.capitals:
            return None
        found = self._by_key.get(key)
        if found is not None:
            return found
        return self._match_person([key], "person") if key in self._by_token else None

    def _match(self, name: str, kind: ActorKind) -> str | None:
        """An existing actor this name is a variant of."""
        key = norm(name)
        if not key:
            return None
        found = self._by_key.get(key)
        if found:
            other = self.get(found)
            if not (kind == "person" and other.kind in ("country", "place")):
                return found
        words = key.split()
        # (the name is upper case as its letters without dots and spaces are: most names are not)
        bare = "".join(name.replace(".", "").split()) if name.isupper() else ""  # "S. F.": "SF"
        if bare.isupper() and 2 <= len(bare) <= 8 and bare.isalpha():
            found = self._initials.get(bare.lower())
            if found:
                note(C.INITIALISM)
                return found
        if kind == "person" or (len(words) == 1 and kind not in ("country", "place")):
            found = self._match_person(list(person_words(name)) or words, kind)
            if found:
                return found
        if kind in ("organization", "group") or kind == "place":
            return self._match_org(words, kind)
        return None

    def _match_person(self, words: list[str], kind: ActorKind) -> str | None:
        last = words[-1]
        ids = self._by_token.get(last, [])
        if len(words) == 1:
            # a surname or first name alone: the person bearing it named most often so far
            # (the subject of a biography, not her father), then the one named first (a
            # relative is mostly introduced after the person the text is about)
            best = max(ids, key=lambda i: (len(self.get(i).mentions), -int(i[1:]))) if ids else None
            if best is not None:
                note(C.SURNAME)
            return best
        for actor_id in ids:
            actor = self.get(actor_id)
            if last not in actor.surnames and not any(k.split()[-1] == last for k in actor.keys):
                continue
            if (
                actor.first is None
                or same_given(actor.first, words[0])
                or _initial_of(words[0], actor.first)
            ):
                return actor_id
        return None

    def _match_org(self, words: list[str], kind: ActorKind) -> str | None:
        if kind == "place":
            return None  # the bodies are looked at only: no place is ever found so
        return matching_body(self._actors, words, self._last_seen)

    def _merge(self, keep: str, drop: str) -> None:
        """Fold one actor into another; only while building, before any id is handed out."""
        if keep == drop:
            return
        a, b = self.get(keep), self.get(drop)
        for span, form in b.mentions.items():
            a.mentions.setdefault(span, form)
            self._by_mention[span] = keep
        b.mentions.clear()
        a.keys |= b.keys
        a.roles |= b.roles
        a.affiliation |= b.affiliation
        a.surnames |= b.surnames
        a.said_person = a.said_person or b.said_person
        a.titles.extend(t for t in b.titles if t not in a.titles)
        for index in (self._by_key, self._initials, self._by_country):
            for k, v in index.items():
                if v == drop:
                    index[k] = keep
        for ids in self._by_token.values():
            if drop in ids:
                ids.remove(drop)
                if keep not in ids:
                    ids.append(keep)
        b.indexed.clear()  # its name words no longer lead to it: indexed again if named again
        for i, v in self._pronoun.items():
            if v == drop:
                self._pronoun[i] = keep
        self._last_seen[keep] = max(self._last_seen.get(keep, -1), self._last_seen.pop(drop, -1))
        if _fuller(b.name, a.name):
            a.name = b.name

    def _country_actor(self, country: str) -> str:
        found = self._by_country.get(country)
        if found is None:
            found = self._by_key.get(norm(country))
            if found is None or self.get(found).kind not in ("country", "place"):
                found = self.new(country, "country")
            self._by_country[country] = found
            actor = self.get(found)
            actor.kind = "country"
            actor.country = country
            actor.keys.add(norm(country))
            self._by_key.setdefault(norm(country), found)
        return found

    # -- output ---------------------------------------------------------------------------------
    def views(self) -> list[ActorView]:
        """The actors as the output will show them, as plain tuples: what a later stage reads."""
        return views_of(self)

    def to_models(self) -> list[Actor]:
        """The output's actors, validated in one call."""
        return models_of(self)
