"""The actors stage: who is in the story, and every span that refers to each of them.

`Actors` is also the shared resolution mechanism: the quotes and positions stages ask it which
actor a speaker or holder span refers to (`link`), so all three agree on one set of ids.

`find_actors` works in three passes over the parsed document, each linear in its length:
names (entities and proper-noun runs, merged by name variant, country table and acronym; places
named inside other names; a country that plays merged with its people as its team),
apposition and predicate nouns attached to the names they describe, then one walk in text order
that keeps a salience score per actor and resolves pronouns and definite descriptions to the
most salient actor that agrees with them. Honours written as names ("Player of the Match") are
given to their winners last.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimx.rules.docview import regions_of, text_of
from claimx.rules.names import (
    contest_verbs,
    countries,
    first_name_gender,
    gender_nouns,
    generic_name_words,
    honour_titles,
    norm,
    org_name_words,
    org_nouns,
    person_nouns,
    place_nouns,
    regions,
    title_words,
    titles,
)
from claimx.schema import Actor, ActorKind, Mention, MentionForm, Quote

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

ENTITY_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "NORP": "group",
    "LOC": "place",
    "FAC": "place",
}
#: Entity labels whose tokens are never part of an actor's name.
#: Entities that are not actors but may hold an actor's name ("Acme Science Fair").
CONTAINERS = {"EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
NOT_NAMES = {
    "DATE",
    "TIME",
    "PERCENT",
    "MONEY",
    "QUANTITY",
    "EVENT",
    "PRODUCT",
    "WORK_OF_ART",
    "LAW",
    "LANGUAGE",
}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
NEUTER = {"it", "its", "itself"}
THIRD_PERSON = MALE | FEMALE | PLURAL | NEUTER
FIRST_SINGULAR = {"i", "me", "my", "mine", "myself"}
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
PRONOUNS = THIRD_PERSON
SUBJECTS = {"nsubj", "nsubjpass"}
#: Dependencies under which a capital or a seat of government acts as its state.
ACTING = {"nsubj", "nsubjpass", "dobj", "agent"}
ACTING_PREPS = {"from", "by", "with", "against", "between"}
DEFINITE = {"the", "this", "that"}
LOCATIVE = {
    "in",
    "at",
    "inside",
    "outside",
    "near",
    "into",
    "to",
    "around",
    "within",
    "toward",
    "towards",
    "across",
    "on",
    "behind",
    "beyond",
    "through",
}
#: Bodies made of other actors, which an article may name only by their noun ("the coalition").
COLLECTIVE = {"coalition", "alliance", "bloc", "axis", "union", "league", "federation"}
#: Modifiers that make a definite description introduce someone new ("the only leader who").
NOT_ANAPHORIC = {"only", "first", "last", "other", "next", "same", "former", "new", "late"}
#: Possessed nouns that make a capital's possessive an act of its state ("Moscow's position").
STATE_ACTS = {
    "position",
    "response",
    "decision",
    "demand",
    "proposal",
    "offer",
    "policy",
    "stance",
    "support",
    "refusal",
    "plan",
    "claim",
    "view",
    "statement",
}
#: Nouns of facilities and universities whose names begin with the place they are in.
NAMED_AFTER = {"stadium", "arena", "airport", "station", "university", "college", "institute"}
#: Of these, the ones as often named after a person: the name before them must be a known place.
NAMED_AFTER_PEOPLE = {"university", "college", "institute"}
#: Labels of picture captions glued to a name before them ("Jane Doe Image: ...").
CAPTION_LABELS = {"image", "images", "photo", "photos", "picture", "photograph", "credit", "video"}
#: Offices held for a place, whose holder the place's name plus the office names ("LA Sheriff").
LOCAL_OFFICES = {"sheriff", "mayor", "governor", "coroner", "marshal", "constable"}
#: Dependencies of a noun phrase that is an argument or a possessor, not a modifier.
ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj", "poss", "agent"}
#: Verbs that give an honour to their subject, or to their object ("named him Player of ...").
WINNING = {"win", "receive", "earn", "collect", "claim", "take", "scoop", "name", "award", "be"}
#: Verbs of saying whose subject "it" is a body that speaks ("It said", "it quoted critics").
SPEAKING = {
    "say",
    "tell",
    "report",
    "quote",
    "cite",
    "state",
    "announce",
    "claim",
    "write",
    "add",
    "reply",
    "respond",
    "confirm",
    "deny",
    "argue",
    "warn",
    "insist",
    "publish",
    "urge",
    "encourage",
    "demand",
    "call",
}
#: Nouns of someone who speaks for an organisation: "a spokesman for the Kremlin" -> the Kremlin.
SPOKES = {"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "source"}
NAME_JOINERS = {"of", "and", "&", "for", "de", "al", "bin", "van", "von", "der", "la", "le", "du"}
#: Salience kept from one sentence to the next.
DECAY = 0.6
#: Salience an organisation needs for "it" or "they" to refer to it (a subject a sentence back).
MIN_NEUTER = 0.8
#: Weight of a non-actor noun phrase against "it" and "they" resolving to an actor.
BLOCK = 0.5
#: Weight of a mention in the sentence being read, against the capped salience of earlier ones.
CURRENT = 1.5
#: Weight of an actor's number of mentions so far, the topic of the article.
TOPIC = 0.2
#: Most salience an actor carries into the next sentence.
CAP = 3.0
#: Bonus for the subject of the verb that governs a pronoun's clause ("Jane said she ...").
GOVERNOR = 2.0
#: Bonus for the subject of the last main clause, for a pronoun subject of a main clause.
CONTINUITY = 1.0
#: Salience below which an actor is forgotten.
FORGET = 0.02


@dataclass
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

    def vote(self, kind: ActorKind, weight: int = 1) -> None:
        """The recogniser's label varies from mention to mention: the majority decides."""
        if self.kind == "country" or (self.titles and self.kind == "person"):
            return  # a title ("President Trump") settles it: a person
        self.votes[kind] = self.votes.get(kind, 0) + weight
        best = max(self.votes.items(), key=lambda kv: kv[1])[0]
        self.kind = best  # type: ignore[assignment]


class Actors:
    """Actors of one document, with a character-offset index of their mentions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self._actors: list[_Actor] = []
        self._by_mention: dict[tuple[int, int], str] = {}
        self._spans: list[tuple[int, int]] = []  # sorted mention spans
        self._by_key: dict[str, str] = {}
        self._by_country: dict[str, str] = {}
        self._initials: dict[str, str] = {}
        self._by_token: dict[str, list[str]] = {}  # a person's name token -> actors
        self._last_seen: dict[str, int] = {}
        self._pronoun: dict[int, str] = {}  # token index -> actor of a resolved pronoun
        self._referenced: set[str] = set()

    # -- building -------------------------------------------------------------------------------
    def new(self, name: str, kind: ActorKind) -> str:
        actor = _Actor(id=f"a{len(self._actors) + 1}", name=name, kind=kind)
        self._actors.append(actor)
        return actor.id

    def get(self, actor_id: str) -> _Actor:
        return self._actors[int(actor_id[1:]) - 1]

    def add_mention(self, actor_id: str, start: int, end: int, form: MentionForm) -> None:
        key = (start, end)
        if key in self._by_mention or start >= end:
            return
        self._by_mention[key] = actor_id
        insort(self._spans, key)
        self.get(actor_id).mentions[key] = form
        self._last_seen[actor_id] = max(self._last_seen.get(actor_id, -1), start)

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

    def link(self, span: Span) -> str | None:
        """Actor id for a speaker or holder span: its name, pronoun, title or description."""
        found = self._link(span)
        if found:
            self._referenced.add(found)
        return found

    def _link(self, span: Span) -> str | None:
        if len(span) == 0:
            return None
        hit = self._by_mention.get((span.start_char, span.end_char))
        if hit:
            return hit
        root = span.root
        lower = root.lower_
        if lower in THIRD_PERSON:
            return self._pronoun.get(root.i)
        if lower in FIRST_SINGULAR or lower in FIRST_PLURAL:
            return None
        found = self._covering(root.idx)
        if found:
            return found
        if root.lemma_.lower() in SPOKES:
            for prep in root.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            found = self._covering(obj.idx)
                            if found:
                                return found
        role = root.lemma_.lower()
        if role in person_nouns() or role in titles():
            found = self._by_role(span, role)
            if found:
                self.add_mention(found, span.start_char, span.end_char, "description")
                return found
        inner = self.resolve(span.start_char, span.end_char)
        if inner is not None:
            return inner
        if root.pos_ == "PROPN":
            start = root.i
            while start > span.start and span.doc[start - 1].pos_ == "PROPN":
                start -= 1
            name = span.doc[start : root.i + 1]
            if len(name) == 1 and not _plausible_single(name[0]):
                return None
            if all(t.lower_ in title_words() or countries().demonym(t.text) for t in name):
                return None
            actor_id = self._match(name.text, "person") or self.new(name.text, "person")
            self._register(actor_id, name.text, "person")
            self.add_mention(actor_id, name.start_char, name.end_char, "name")
            return actor_id
        return None

    def _by_role(self, span: Span, role: str) -> str | None:
        want = _span_country(span)
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
                content = doc.char_span(start, end, alignment_mode="expand")
                if content is None:
                    continue
                for tok in content:
                    if tok.tag_ not in ("PRP", "PRP$"):
                        continue
                    lower = tok.lower_
                    if lower in FIRST_SINGULAR:
                        self.add_mention(actor.id, tok.idx, tok.idx + len(tok.text), "pronoun")
                    elif lower in FIRST_PLURAL and we is not None:
                        self.add_mention(we, tok.idx, tok.idx + len(tok.text), "pronoun")

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
        actor = self.get(actor_id)
        key = norm(name)
        if not key:
            return
        actor.keys.add(key)
        self._by_key.setdefault(key, actor_id)
        words = key.split()
        if actor.kind == "person":
            for w in words:
                ids = self._by_token.setdefault(w, [])
                if actor_id not in ids:
                    ids.append(actor_id)
            if len(words) >= 2 and actor.first is None:
                actor.first = words[0]
            if len(words) >= 2 and actor.gender is None:
                given = name.split()[0]
                actor.gender = first_name_gender().get(given[:1].upper() + given[1:].lower())
        elif len(words) >= 2:
            initials = "".join(w[0] for w in words if w not in NAME_JOINERS and w != "the")
            if len(initials) >= 2:
                self._initials.setdefault(initials, actor_id)
        if not actor.named or _fuller(name, actor.name):
            actor.name = _clean_name(name)
        actor.named = True

    def _known_single(self, span: Span) -> str | None:
        """A one-word name already seen as a person's name or surname, whatever its label."""
        key = norm(span.text)
        if countries().country(span.text) or key in countries().capitals:
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
        bare = name.replace(".", "").strip()
        if bare.isupper() and 2 <= len(bare) <= 8 and bare.isalpha():
            found = self._initials.get(bare.lower())
            if found:
                return found
        if kind == "person" or (len(words) == 1 and kind not in ("country", "place")):
            found = self._match_person(words, kind)
            if found:
                return found
        if kind in ("organization", "group") or kind == "place":
            return self._match_org(words, kind)
        return None

    def _match_person(self, words: list[str], kind: ActorKind) -> str | None:
        last = words[-1]
        ids = self._by_token.get(last, [])
        if len(words) == 1:
            # a surname or first name alone: the most recently seen person bearing it
            best = None
            for actor_id in ids:
                if best is None or self._last_seen.get(actor_id, -1) > self._last_seen.get(
                    best, -1
                ):
                    best = actor_id
            return best
        for actor_id in ids:
            actor = self.get(actor_id)
            names = [k.split() for k in actor.keys]
            if not any(n[-1] == last for n in names):
                continue
            if actor.first is None or actor.first == words[0] or _initial_of(words[0], actor.first):
                return actor_id
        return None

    def _match_org(self, words: list[str], kind: ActorKind) -> str | None:
        generic = org_nouns()
        core = [w for w in words if w not in generic and w not in NAME_JOINERS]
        single_noun = len(words) == 1 and words[0] in generic
        best: tuple[int, str] | None = None
        for actor in self._actors:
            if actor.kind not in ("organization", "group") or actor.kind == "person":
                continue
            if kind == "place" and actor.kind != "place":
                continue
            for key in actor.keys:
                other = key.split()
                if single_noun and words[0] in other and len(other) > 1:
                    # "the Court" after "the Supreme Court of Justice": the latest such body
                    seen = self._last_seen.get(actor.id, -1)
                    if best is None or seen > best[0]:
                        best = (seen, actor.id)
                    continue
                for short, full in ((words, other), (other, words)):
                    # "Comic Corps" ~ "Comic Corps of Canada" ~ "Italian Comic Corps of Canada"
                    while full and countries().demonym(full[0]):
                        full = full[1:]
                    for k in (2, 1):  # "United Kingdom Home Office" ~ "Home Office"
                        if len(full) > k + 1 and countries().country(" ".join(full[:k])):
                            full = full[k:]
                            break
                    n = len(short)
                    if full == short and len(full) < max(len(words), len(other)):
                        return actor.id
                    if len(full) > n + 1 and full[:n] == short and full[n] in ("of", "for"):
                        return actor.id
                other_core = [w for w in other if w not in generic and w not in NAME_JOINERS]
                if core and other_core == core:
                    return actor.id
                # "Danish Supreme Court of Justice" ~ "Supreme Court of Justice"
                n = len(other)
                if (
                    len(words) > n
                    and words[-n:] == other
                    and all(countries().demonym(w) for w in words[:-n])
                ):
                    return actor.id
                if (
                    len(other) > len(words)
                    and other[-len(words) :] == words
                    and all(countries().demonym(w) for w in other[: -len(words)])
                ):
                    return actor.id
        return best[1] if best else None

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
    def to_models(self) -> list[Actor]:
        out = []
        for actor in self._actors:
            if not actor.mentions and actor.id not in self._referenced:
                continue
            mentions = [
                Mention(start=s, end=e, text=self.text[s:e], form=form)
                for (s, e), form in sorted(actor.mentions.items())
            ]
            kind = actor.kind
            if kind == "country" and actor.contests >= 2:
                kind = "organization"  # a national team: it plays, it is not the state
            out.append(
                Actor(
                    id=actor.id,
                    name=actor.name,
                    kind=kind,
                    titles=actor.titles,
                    mentions=mentions,
                )
            )
        return out


# -- helpers -------------------------------------------------------------------------------------
def _fuller(new: str, old: str) -> bool:
    """Is `new` the better display name: not an acronym, more words, more letters."""
    n, o = new.split(), old.split()
    return (not new.replace(".", "").isupper(), len(n), len(new)) > (
        not old.replace(".", "").isupper(),
        len(o),
        len(old),
    )


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def _initial_of(word: str, first: str) -> bool:
    return len(word) == 1 and first.startswith(word)


def _span_country(span: Span) -> str | None:
    """Country named by a demonym or a possessive inside a description span."""
    table = countries()
    for tok in span:
        if tok.i == span.root.i:
            continue
        found = table.demonym(tok.text)
        if found is None and tok.pos_ == "PROPN":
            found = table.country(tok.text)
        if found:
            return found
    return None


def _is_acting(tok: Token) -> bool:
    """A place name used as an agent: subject, possessor, object, or after "from"/"by"."""
    dep = tok.dep_
    if dep in ACTING:
        return True
    if dep == "pobj" and tok.head.lower_ in ACTING_PREPS:
        return True
    if dep == "compound" and tok.head.pos_ == "NOUN":  # "Kremlin discussions"
        return True
    # "Moscow's response"
    return dep == "poss" and tok.head.lemma_.lower() in STATE_ACTS


def _determiner_before(doc: Doc, i: int) -> int | None:
    """Start of the determiner or possessor right before token i ("the", "Tunisia's")."""
    if i == 0:
        return None
    prev = doc[i - 1]
    if prev.lower_ in ("the", "a", "an") or prev.tag_ == "PRP$":
        return i - 1
    if prev.tag_ == "POS" and i >= 2:
        return doc[i - 2].left_edge.i
    return None


def _in_brackets_after(doc: Doc, start: int, previous_end: int) -> bool:
    """Is the name at `start` bracketed right after a name that ended at `previous_end`?"""
    k = start - 1
    while k >= previous_end and (doc[k].lower_ in ("the", "(") or doc[k].is_space):
        if doc[k].text == "(":
            return k == previous_end or (k == previous_end + 1 and doc[previous_end].tag_ == "POS")
        k -= 1
    return False


def _only_titles(span: Span, label: str) -> bool:
    """ "President", "US President", "Chilean Ambassador": titles with at most a nationality."""
    table = countries()
    words = title_words()
    if label == "NORP" or not any(t.lower_ in words for t in span):
        return False
    return all(t.lower_ in words or table.demonym(t.text) or table.country(t.text) for t in span)


def _in_address(span: Span) -> bool:
    """ "Dayton, Ohio": a place name next to another, separated by a comma."""
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    before = doc[span.start - 2] if span.start >= 2 else None
    if after is not None and doc[span.end].text == "," and after.ent_type_ == "GPE":
        return True
    return before is not None and doc[span.start - 1].text == "," and before.ent_type_ == "GPE"


def _in_contest(tok: Token) -> bool:
    """Subject or object of a verb of sporting contest: "Ghana beat Norway"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return tok.dep_ in ("nsubj", "dobj", "pobj", "conj") and head.lemma_.lower() in contest_verbs()


def _is_located(tok: Token) -> bool:
    """A place name after a preposition of place: "in Moscow", "at the White House"."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE


def _tokens_with_dep(doc: Doc, dep: str) -> Iterator[Token]:
    """Tokens with this dependency label, found in an array: no Token object for the others."""
    from spacy.attrs import DEP

    if not len(doc):
        return
    label = doc.vocab.strings[dep]
    for i in (doc.to_array(DEP) == label).nonzero()[0].tolist():
        yield doc[i]


def _capitalised(doc: Doc) -> Iterator[Token]:
    """Tokens whose first character is upper case, found from the words' ids."""
    from spacy.attrs import ORTH

    if not len(doc):
        return
    strings = doc.vocab.strings
    upper: dict[int, bool] = {}
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        hit = upper.get(orth)
        if hit is None:
            hit = upper[orth] = strings[orth][:1].isupper()
        if hit:
            yield doc[i]


def _lower_case_nouns(doc: Doc) -> set[str]:
    """Common nouns as written in lower case, read from arrays: no Token object per token."""
    from spacy.attrs import ORTH, POS
    from spacy.symbols import NOUN

    if not len(doc):
        return set()
    rows = doc.to_array([POS, ORTH])
    strings = doc.vocab.strings
    return {
        word
        for word in (strings[int(o)] for o in set(rows[rows[:, 0] == NOUN, 1].tolist()))
        if word.islower()
    }


def _countries_mentioned(doc: Doc, cands: list[_Candidate]) -> set[str]:
    """Countries the article names or whose demonym it uses: a capital can only stand for these."""
    table = countries()
    out = set()
    for cand in cands:
        found = table.country(doc[cand.start : cand.end].text)
        if found and cand.label != "PERSON":
            out.add(found)
    for ent in doc.ents:  # not every token: a pass over the tokens costs a Token object each
        if ent.label_ == "NORP":
            for tok in ent:
                found = table.demonym(tok.text)
                if found:
                    out.add(found)
    return out


@dataclass
class _Candidate:
    start: int  # token indices
    end: int
    label: str
    titles: list[Token] = field(default_factory=list)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """No leading "the" or punctuation, nothing from an opening parenthesis on, no final 's."""
    for k in range(start, end):
        if doc[k].text in ("(", "[") and k > start:
            end = k
            break
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].like_num
    ):
        end -= 1
    # a caption label ("... Image: Jane Doe") is not part of the name before it
    if (
        end - start >= 2
        and end < len(doc)
        and doc[end].text == ":"
        and doc[end - 1].lower_ in CAPTION_LABELS
    ):
        end -= 1
    return start, end


def _strip_titles(doc: Doc, start: int, end: int) -> tuple[int, int, list[Token]]:
    """Leading title words ("President", "Shadow Home Secretary", "Dr.") are not the name."""
    words = title_words()
    last_title = -1
    for k in range(start, end - 1):
        if doc[k].lower_ in words:
            last_title = k
    if last_title < 0 or doc[last_title].lower_ in NAME_JOINERS:
        return start, end, []  # "Municipality of Pisa": "of" alone is no title
    rest = doc[last_title + 1 : end]
    if (
        not rest
        or any(t.lower_ in words for t in rest)
        or rest[0].lower_ in NAME_JOINERS
        or any(t.lower_ in org_nouns() or t.lower_ == "of" for t in rest)
    ):
        return start, end, []  # "High Commissioner for Refugees", "Doctor Who Society"
    return last_title + 1, end, list(doc[start : last_title + 1])


def _person_core(
    doc: Doc, start: int, end: int, places: set[str] | frozenset[str] = frozenset()
) -> tuple[int, int]:
    """A person's name without an organisation or a place glued before it ("Refugee Council
    Jane Doe", "Lyon Jean Dupont") or a word glued after it ("Jane Doe Writing")."""
    while end - start > 2 and doc[end - 1].tag_ not in ("NNP", "NNPS"):
        end -= 1
    generic = org_nouns()
    for k in range(end - 3, start - 1, -1):
        if doc[k].lower_ in generic:
            return k + 1, end
    while end - start > 2 and doc[start].text in places:
        start += 1
    return start, end


def _extend_of(doc: Doc, end: int) -> int:
    """ "Supreme Court" + "of Justice": an "of"/"for" phrase of proper nouns continues a name."""
    n = len(doc)
    while end + 1 < n and doc[end].lower_ in ("of", "for") and doc[end - 1].tag_ in ("NNP", "NNPS"):
        k = end + 1
        if k < n and doc[k].lower_ == "the":
            k += 1
        j = k
        while (
            j < n
            and (doc[j].tag_ in ("NNP", "NNPS") or (doc[j].text[:1].isupper() and j > k))
            and doc[j].ent_type_ not in NOT_NAMES
            and not doc[j].is_punct
        ):
            j += 1
        if j == k:
            break
        # "Department of Health and Human Services"
        if j + 1 < n and doc[j].lower_ == "and" and doc[j + 1].tag_ in ("NNP", "NNPS"):
            j += 1
            while j < n and doc[j].tag_ in ("NNP", "NNPS") and doc[j].ent_type_ not in NOT_NAMES:
                j += 1
        end = j
    return end


def _extend_and(doc: Doc, start: int, end: int) -> int:
    """ "Union of Growers" + "and Millers (UGM)": a body's "of" name goes on over "and" when
    its acronym follows in brackets."""
    n = len(doc)
    if (
        end + 1 >= n
        or doc[end].lower_ != "and"
        or not any(t.lower_ == "of" for t in doc[start:end])
    ):
        return end
    j = end + 1
    while j < n and doc[j].tag_ in ("NNP", "NNPS") and j - end <= 3:
        j += 1
    if j > end + 1 and j + 1 < n and doc[j].text == "(":
        acronym = doc[j + 1].text
        first = doc[start + 1] if doc[start].lower_ == "the" else doc[start]
        if acronym.isupper() and acronym[:1] == first.text[:1]:
            return j
    return end


def _extend_tail(doc: Doc, end: int) -> int:
    """An abbreviation ("Washington D.C.") or a facility or body noun ("... Memorial Hall") the
    recogniser left out of the name it ends."""
    n = len(doc)
    while (
        end < n
        and doc[end].tag_ in ("NNP", "NNPS")
        and not doc[end].ent_type_
        and doc[end - 1].whitespace_
        and doc[end].lower_ not in title_words()  # "the Ministry of Education Mr. Doe"
        and (
            doc[end].text.endswith(".")
            or place_nouns().get(doc[end].lower_) == "facility"
            or doc[end].lower_ in org_nouns()
        )
    ):
        end += 1
    return end


def _candidates(doc: Doc) -> list[_Candidate]:
    """Name spans: the recogniser's entities, then proper-noun runs it did not label."""
    n = len(doc)
    covered = bytearray(n)
    out: list[_Candidate] = []
    for ent in doc.ents:
        label = ent.label_
        if label in ("ORDINAL", "CARDINAL"):
            continue
        end = _extend_tail(doc, ent.end) if label in ("GPE", "ORG", "FAC") else ent.end
        if label in ("GPE", "ORG", "FAC") and end - ent.start >= 2 and doc[end - 1].lower_ == "of":
            end = _extend_of(doc, end - 1)  # "[the Municipality of] [Pisa]": one name
        elif label in ("ORG", "FAC"):
            end = _extend_of(doc, end)
        if label == "ORG":
            end = _extend_and(doc, ent.start, end)
        for i in range(ent.start, end):
            covered[i] = 1
        if label not in ENTITY_KINDS:
            if label in CONTAINERS and len(ent) >= 2:
                out.append(_Candidate(ent.start, ent.end, label))
            continue
        start, end = _trim(doc, ent.start, end)
        if start >= end:
            continue
        out.append(_Candidate(start, end, label))
    i = 0
    while i < n:
        tok = doc[i]
        if covered[i] or tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper():
            i += 1
            continue
        j = i
        while j < n and not covered[j] and doc[j].tag_ in ("NNP", "NNPS"):
            j += 1
        if doc[i].lower_ not in title_words():
            j = _extend_of(doc, j)  # not "Secretary of State X": a title, not a body
        for k in range(i, j):
            covered[k] = 1
        start, end = _trim(doc, i, j)
        if start < end:
            out.append(_Candidate(start, end, ""))
        i = max(j, i + 1)
    out.sort(key=lambda c: c.start)
    return _join_fragments(doc, out)


def _join_fragments(doc: Doc, cands: list[_Candidate]) -> list[_Candidate]:
    """ "Lena" + "Varga": a name the recogniser cut in two, both parts proper nouns."""
    out: list[_Candidate] = []
    for cand in cands:
        label = _joined_label(doc, out[-1], cand) if out else None
        if label is None:
            out.append(cand)
        else:
            out[-1] = _Candidate(out[-1].start, cand.end, label)
    return out


def _joined_label(doc: Doc, prev: _Candidate, cand: _Candidate) -> str | None:
    """The label of two neighbouring candidates read as one name, or None if they are two."""
    if prev.end + 1 == cand.start:
        # "Studio" + "5" + "Records": a name with a number inside
        number_inside = (
            doc[prev.end].text.isdigit()
            and prev.label in ("", "ORG")
            and cand.label in ("", "ORG", "PERSON")
            and doc[prev.end - 1].tag_ == "NNP"
            and doc[cand.start].tag_ == "NNP"
            and not countries().country(doc[prev.start : prev.end].text)
            and not countries().country(doc[cand.start : cand.end].text)
        )
        return "ORG" if number_inside else None
    first = doc[prev.start]
    # the rest join a one-word name to the next one, written apart
    if prev.end != cand.start or prev.end - prev.start != 1 or not first.whitespace_:
        return None
    one_word = cand.end - cand.start == 1
    if prev.label == "" and cand.label == "PERSON":
        # "Milo" (unlabelled) + "Hartley" (a person): a given name and its surname
        return "PERSON" if _given_name_first(doc[prev.start : cand.end]) else None
    if prev.label == "PERSON" and cand.label == "":
        # "Rosa" (a person) + "Winter" (unlabelled): a given name and its surname
        surname = one_word and doc[cand.start].tag_ == "NNP"
        return "PERSON" if surname and _given_name_first(doc[prev.start : cand.end]) else None
    if (
        cand.label == "PERSON"
        and one_word
        and prev.label in ("PERSON", "ORG")
        and first.tag_ == "NNP"
        and first.lower_ not in title_words()
        and not countries().demonym(first.text)
        and not (prev.start > 0 and doc[prev.start - 1].tag_ in ("NNP", "NNPS"))
    ):
        # two one-word proper nouns, the second a person's: one person's name
        return "PERSON"
    return None


def _left_modifiers(doc: Doc, start: int, end: int) -> list[Token]:
    """Pre-modifiers of a name inside its noun phrase: "US President", "Texas student"."""
    out: list[Token] = []
    k = start - 1
    while k >= 0:
        tok = doc[k]
        if tok.is_punct or tok.pos_ not in ("PROPN", "NOUN", "ADJ") or tok.lower_ == "the":
            break
        inside = start <= tok.head.i < end or (out and tok.head.i == out[-1].i)
        # a role right before a name, however the parser attached it: "the referee Jane Doe"
        role = k == start - 1 and (tok.lower_ in title_words() or tok.lower_ in person_nouns())
        if not inside and not role and not (k + 1 < start and tok.head.i > k):
            break
        out.append(tok)
        k -= 1
    out.reverse()
    return out


class _Builder:
    """The three passes of `find_actors` over one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors = Actors(doc)
        self.head_actor: dict[int, str] = {}  # root token of a name mention -> actor
        self.in_mention = bytearray(len(doc))
        self.pending: list[Span] = []
        self.container: str | None = None
        self.mentioned: set[str] = set()
        self.name_words: dict[str, list[tuple[list[int], str]]] | None = None

    # pass 1 ----------------------------------------------------------------------------------
    def names(self) -> None:
        doc = self.doc
        table = countries()
        cands = _candidates(doc)
        mentioned = _countries_mentioned(doc, cands)
        self.mentioned = mentioned
        common = _lower_case_nouns(doc)
        places = {
            doc[c.start : c.end].text
            for c in cands
            if c.label in ("GPE", "LOC") and c.end - c.start == 1
        }
        # a capital written as an address ("Taipei, Taiwan") is a city in this article
        as_city = {
            norm(doc[c.start : c.end].text) for c in cands if _in_address(doc[c.start : c.end])
        }
        previous: tuple[int, str] | None = None  # end token and actor of the last name
        containers = []
        headline = self.actors.text.find("\n")  # end of the first line, if more follow
        honour = bytearray(len(doc))
        for span in _honour_spans(doc):
            for k in range(span.start, span.end):
                honour[k] = 1
        for cand in cands:
            start, end, label = cand.start, cand.end, cand.label
            if any(honour[start:end]):
                continue  # an honour, not an actor: "the Player of the Match award"
            if label in CONTAINERS:
                containers.append(doc[start:end])
                continue
            head_titles: list[Token] = []
            if label == "PERSON":
                start, end = _person_core(doc, start, end, places)
            if label in ("PERSON", ""):
                start, end, head_titles = _strip_titles(doc, start, end)
            span = doc[start:end]
            text = span.text
            if self._local_office(span):
                continue
            if not text.strip() or _only_titles(span, label):
                continue
            kind: ActorKind | None = ENTITY_KINDS.get(label)
            if (
                label in ("GPE", "LOC")
                and len(span) >= 3
                and span.root.lower_ in org_nouns()
                and any(t.lower_ == "of" for t in span)
            ):
                kind = "organization"  # "the Municipality of Pisa": the body, not the town
            elif (
                label == "PERSON"
                and len(span) == 1
                and _in_address(span)
                and start >= 2
                and _is_located(doc[start - 2])
            ):
                kind = "place"  # "Pisa, Umbria": a place name next to another
            known = self.actors._known_single(span) if len(span) == 1 else None
            if known is not None:
                self.actors._register(known, text, self.actors.get(known).kind)
                if kind is not None:
                    self._vote(self.actors.get(known), span, label, kind, 1)
                self._mention(known, span, "name")
                continue
            key = norm(text)
            metonym = table.capitals.get(key) or table.seats.get(key)
            if label == "" and len(span) == 1 and not metonym and not _plausible_single(span[0]):
                continue
            if (
                len(span) == 1
                and label in ("", "PERSON")
                and span[0].lower_ in common
                and not span[0].text.isupper()
            ):
                continue  # "Iodine" heading a sentence about iodine: a common noun
            if label == "" and len(span) >= 2 and _names_a_thing(span):
                continue  # "the Golden Boot award": the name of a thing
            if label == "NORP":
                root = span.root
                if root.dep_ in ("amod", "compound", "nmod") or root.pos_ == "ADJ":
                    continue
                if root.tag_ not in ("NNPS", "NNS") and not text.endswith("s"):
                    continue
            country = table.country(text)
            if country is None and len(span) == 1 and label in ("GPE", "LOC", "NORP", ""):
                country = self._short_country(key)
            if country is None and metonym and metonym in mentioned and key not in as_city:
                seat = key in table.seats
                if _is_acting(span.root) or (seat and not _is_located(span.root)):
                    country = metonym
            if country is not None and (
                label != "PERSON"
                or (
                    country in mentioned
                    and not head_titles
                    and not (start > 0 and doc[start - 1].lower_ in title_words())
                )
            ):
                # "Tunisia's goalkeeper": a country the recogniser took for a person
                actor_id = self.actors._country_actor(country)
                if _in_contest(span.root):
                    self.actors.get(actor_id).contests += 1
                if not metonym:
                    self.actors._register(actor_id, text, "country")
                self._mention(actor_id, span, "name")
                continue
            if (
                label == "ORG"
                and 2 <= len(span) <= 3
                and (norm(span[-1].text) in self.actors._by_token or _given_name_first(span))
                and not any(t.lower_ in org_nouns() for t in span)
            ):
                kind = "person"  # "Lena Varga" labelled as an organisation
            if head_titles or kind == "person":
                kind = "person"
            guessed = False
            if kind is None:
                known_org = self.actors._match(text, "organization")
                kind = self.actors.get(known_org).kind if known_org else _guess_kind(span)
                guessed = (
                    known_org is None
                    and kind == "organization"
                    and len(span) == 1
                    and _bare_name(span)
                    and span.root.dep_ in ARGUMENTS
                    and span.start_char > headline  # not in the headline
                )
            matched = self.actors._match(text, kind)
            if (
                matched is None
                and previous is not None
                and _in_brackets_after(doc, start, previous[0])
            ):
                # "Union of Growers (UG)", "NFB (National Farmers' Board)"
                matched = previous[1]
                kind = self.actors.get(matched).kind
            if matched is None:
                actor_id = self.actors.new(_clean_name(text), kind)
                self.actors.get(actor_id).people = label == "NORP"
                self.actors.get(actor_id).guessed = guessed
            else:
                actor_id = matched
                if label:
                    self.actors.get(actor_id).guessed = False  # the recogniser knew its kind
            self.actors._register(actor_id, text, kind)
            actor = self.actors.get(actor_id)
            self._vote(actor, span, label, kind, 3 if head_titles else 1)
            if previous is None or end > previous[0]:
                previous = (end, actor_id)  # not a name nested in the last one
            if label in ("ORG", "FAC", "") and len(span) >= 2:
                containers.append(span)
            elif label == "GPE" and len(span) == 2 and place_nouns().get(span[-1].lower_):
                containers.append(span)  # "Mexico City"
            mods = head_titles + _left_modifiers(doc, start, end)
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
            lead = _determiner_before(doc, mods[0].i) if mods else None
            if mods and actor.kind == "person" and lead is not None:
                # "the match referee Jane Doe", "Tunisia's coach John Doe": a description, then
                # the name
                role = doc[lead : mods[-1].i + 1]
                self.actors.add_mention(actor_id, role.start_char, role.end_char, "description")
                self._mention(actor_id, span, "name")
            elif mods and actor.kind == "person":
                # the mention is the whole name phrase, titles included ("President Jane Doe")
                whole = doc[mods[0].i : end]
                self._mention(actor_id, whole, "name", root=span.root.i)
            else:
                self._mention(actor_id, span, "name")
        self.nested(containers)

    def _local_office(self, span: Span) -> bool:
        """ "the Los Angeles Sheriff", "the LA Sheriff": a place and the holder of its office,
        who is one person however the place is written."""
        doc = self.doc
        office = span[-1]
        if len(span) < 2 or len(span) > 4 or office.lower_ not in LOCAL_OFFICES:
            return False
        place = doc[span.start : span.end - 1]
        words = {t.lower_ for t in place}
        if not all(t.tag_ in ("NNP", "NNPS") for t in place) or words & (
            org_nouns() | title_words() | generic_name_words()
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
        if span.end < len(doc) and doc[span.end].tag_ in ("NNP", "NNPS"):
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
        self._mention(holder, doc[office.i : office.i + 1], "title")
        return True

    def _short_country(self, key: str) -> str | None:
        """ "Sudan" after "South Sudan": the one country of the article whose name ends so."""
        found = [c for c in self.actors._by_country if norm(c).endswith(" " + key)]
        return found[0] if len(found) == 1 else None

    def nested(self, containers: list[Span]) -> None:
        """Actors named inside other names, once every actor of the article is known."""
        for span in containers:
            self.container = self.actors._covering(span.start_char)
            self._nested(span)
        self.container = None

    def _nested(self, span: Span) -> None:
        """Places named inside an organisation's name: "UK Government", "Municipality of Pisa"."""
        doc = self.doc
        for n in (3, 2, 1):
            if n < len(span) and self._nest_one(doc[span.start : span.start + n], False):
                break
        else:
            if self._place_before(span):
                return
            head = doc[span.start : span.start + 1]
            if head.text.replace(".", "").isupper() and len(head.text) >= 2:
                self.pending.append(head)  # an acronym of a place named later, maybe
        for k in range(span.start + 1, span.end - 1):
            if doc[k].lower_ == "of":
                first = k + 2 if doc[k + 1].lower_ == "the" else k + 1
                if first < span.end:
                    if doc[k - 1].lower_ in NAMED_AFTER:
                        # "University of Leeds (of the UK)": a place, up to the next "of"
                        last = first
                        while last < span.end and doc[last].lower_ not in ("of", "and", ","):
                            last += 1
                        self._nest_one(doc[first:last], True, place=True)
                    else:
                        self._nest_one(doc[first : span.end], True)
                break

    def _place_before(self, span: Span) -> bool:
        """ "Leeds Arena", "Ohio State University": a facility or a university named after
        its place, the place a name of its own."""
        doc = self.doc
        k = span.start
        while k < span.end and doc[k].tag_ in ("NNP", "NNPS") and doc[k].lower_ not in NAMED_AFTER:
            k += 1
        if (
            k == span.start
            or k >= span.end
            or k - span.start > 3
            or doc[k].lower_ not in NAMED_AFTER
        ):
            return False
        sub = doc[span.start : k]
        words = {t.lower_ for t in sub}
        if words & (title_words() | org_nouns() | set(place_nouns()) | generic_name_words()):
            return False
        if any(t.ent_type_ == "PERSON" or first_name_gender().get(t.text) for t in sub):
            return False  # "Jane Doe Hall": named after a person
        key = norm(sub.text)
        if doc[k].lower_ in NAMED_AFTER_PEOPLE and not (
            key in regions() or countries().country(sub.text) or key in countries().capitals
        ):
            return False  # "Kettering University": a person's name as often as a place's
        found = self.actors._by_key.get(norm(sub.text))
        if found is not None:
            if self.actors.get(found).kind in ("place", "country") and found != self.container:
                self._mention(found, sub, "name")
                return True
            return False
        actor_id = self.actors.new(_clean_name(sub.text), "place")
        self.actors._register(actor_id, sub.text, "place")
        self._mention(actor_id, sub, "name")
        return True

    def _nest_one(self, sub: Span, after_of: bool, place: bool = False) -> bool:
        if not sub or not all(t.tag_ in ("NNP", "NNPS") for t in sub):
            return False
        table = countries()
        text = sub.text
        country = table.country(text)
        if country is None and not after_of and text.isupper() and len(text) == 2:
            # "GB News": a country's two-letter code, when the article names that country
            code = table.codes.get(text)
            country = code if code in self.mentioned else None
        if country is not None:
            actor_id = self.actors._country_actor(country)
            if not text.replace(".", "").isupper():
                self.actors._register(actor_id, text, "country")
            self._mention(actor_id, sub, "name")
            return True
        key = norm(text)
        found = self.actors._by_key.get(key)
        if found is None and text.replace(".", "").isupper():
            found = self.actors._initials.get(key)
        if found is not None and found == self.container:
            return False  # "Church" inside "Church of the Holy Light" is the same body
        if found is not None and self.actors.get(found).kind != "person":
            self._mention(found, sub, "name")
            return True
        if place and {t.lower_ for t in sub} & (generic_name_words() | title_words() | org_nouns()):
            return False  # "University of Technology"
        if (
            after_of
            and len(sub) <= 3
            and (place or sub.root.ent_type_ in ("GPE", "LOC"))
            and found is None
        ):
            actor_id = self.actors.new(_clean_name(text), "place")
            self.actors._register(actor_id, text, "place")
            self._mention(actor_id, sub, "name")
            return True
        return False

    def _vote(self, actor: _Actor, span: Span, label: str, kind: ActorKind, weight: int) -> None:
        if (
            len(span) == 1
            and kind != "person"
            and actor.first is not None
            and actor.first.capitalize() in first_name_gender()
        ):
            return  # "Okafor" after "Ada Okafor": a surname's other labels are noise
        if label in ("ORG", "FAC") and place_nouns().get(span[-1].lower_) == "facility":
            actor.vote("place", 2)  # "Union Station", "Century Towers"
        elif label == "LOC" and not _is_located(span.root) and not _in_address(span):
            # a "location" never used as one is an organisation ("Meridian said")
            actor.vote("organization", 1)
        elif label or weight > 1:
            if kind == "organization" and actor.first is None and len(span) == 1:
                # a one-word name never given with a first name: "Twitter", not a person
                weight *= 2
            actor.vote(kind, weight)

    def _mention(
        self, actor_id: str, span: Span, form: MentionForm, root: int | None = None
    ) -> None:
        self.actors.add_mention(actor_id, span.start_char, span.end_char, form)
        self.head_actor[span.root.i if root is None else root] = actor_id
        for i in range(span.start, span.end):
            self.in_mention[i] = self.doc[i].tag_ != "PRP$"  # "his" in "his father"

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
        for tok in _capitalised(self.doc):
            if self.in_mention[tok.i] or not tok.text[:1].isupper():
                continue
            acronym = tok.text.isupper() and len(tok.text) >= 2 and tok.text.isalpha()
            if acronym and tok.i > 0 and not self.doc[tok.i - 1].text.isupper():
                # "WHO" after "World Health Organisation (WHO)": a known acronym
                found = actors._initials.get(tok.lower_)
                if found is not None:
                    self._mention(found, self.doc[tok.i : tok.i + 1], "name")
                continue
            if tok.is_stop:
                continue
            if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "VERB"):
                continue
            if tok.ent_type_ in NOT_NAMES and not (
                # "Okafor, a prize-winner, ...": a known surname the recogniser took for a work
                tok.ent_type_ in CONTAINERS and tok.ent_iob_ == "B" and _ent_alone(tok)
            ):
                continue
            key = norm(tok.text)
            found = actors._by_key.get(key)
            if found is None and key in actors._by_token:
                ids = actors._by_token[key]
                found = ids[0] if len(ids) == 1 else None
            if found is None or actors.get(found).kind == "country":
                continue
            self._mention(found, self.doc[tok.i : tok.i + 1], "name")

    def late_acronyms(self) -> None:
        """An acronym used before its full name ("LA" ... "Los Angeles") joins the full name."""
        actors = self.actors
        for actor in list(actors._actors):
            if not actor.mentions or " " in actor.name:
                continue
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
            found = actors._initials.get(norm(span.text))
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

    def honours(self) -> None:
        """ "Jane Doe won the Player of the Match award": the honour, a name, is its winner."""
        for span in _honour_spans(self.doc):
            winner = self._winner(span)
            if winner is not None:
                self.actors.add_mention(winner, span.start_char, span.end_char, "title")

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
    def descriptions_of_names(self) -> None:
        """Appositions and predicate nouns of a name are mentions of its actor."""
        doc = self.doc
        for head_i, actor_id in list(self.head_actor.items()):
            head = doc[head_i]
            actor = self.actors.get(actor_id)
            for child in head.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN":
                    self._describe_with(actor, child)
                elif (
                    child.dep_ == "appos"
                    and child.pos_ == "PROPN"
                    and child.lower_ in title_words()
                    and actor.kind == "person"
                    and child.left_edge.i == head.i + 2
                    and doc[head.i + 1].text == ","
                ):
                    # "Jane Doe, Director of the Survey, and Chairman of the Board, said"
                    for title in (child, *(c for c in child.children if c.dep_ == "conj")):
                        if title.pos_ == "PROPN" and title.lower_ in title_words():
                            end = _before_coordination(title)
                            self._describe_with(actor, title, stop=end, affiliate=False)
            if (
                head.dep_ == "appos"
                and head.head.pos_ == "NOUN"
                and not self.in_mention[head.head.i]
                and not any(t.text == ":" for t in doc[head.head.i : head.i])
            ):  # not a caption label: "Image: Jane Doe"
                self._describe_with(actor, head.head, stop=head.left_edge.i)
            if head.dep_ in SUBJECTS and head.head.lemma_ == "be":
                for child in head.head.children:
                    if child.dep_ == "attr" and child.pos_ == "NOUN":
                        self._describe_with(actor, child)

    def _describe_with(
        self, actor: _Actor, noun: Token, stop: int | None = None, affiliate: bool = True
    ) -> None:
        doc = self.doc
        start = noun.left_edge.i
        end = noun.right_edge.i + 1 if stop is None else stop
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if start >= end or self.in_mention[noun.i]:
            return
        span = doc[start:end]
        self.actors.add_mention(actor.id, span.start_char, span.end_char, "description")
        possessors = {t.i for c in noun.children if c.dep_ == "poss" for t in c.subtree}
        for i in range(start, noun.i + 1):
            # "the team's coach": the team is a mention of its own
            self.in_mention[i] = doc[i].tag_ != "PRP$" and i not in possessors
        self.head_actor[noun.i] = actor.id
        lemma = noun.lemma_.lower()
        if actor.kind == "person" and (lemma in person_nouns() or lemma in titles()):
            actor.roles.add(lemma)
            gender = gender_nouns().get(lemma)
            if gender and actor.gender is None:
                actor.gender = gender
        country = _span_country(span) if affiliate else None
        if country and actor.kind == "person":
            actor.affiliation.add(country)

    # pass 3 ----------------------------------------------------------------------------------
    def walk(self) -> None:
        """Pronouns and descriptions, resolved against salience in text order."""
        doc = self.doc
        chunks: dict[int, Span] = {}
        for noun_chunk in doc.noun_chunks:
            chunks[noun_chunk.root.i] = noun_chunk
        for tok in _tokens_with_dep(doc, "poss"):
            # a possessor inside a larger phrase: "the team's coach"
            if (
                tok.dep_ == "poss"
                and (tok.pos_ == "NOUN" or tok.lower_ in titles())
                and tok.i not in chunks
            ):
                chunks[tok.i] = doc[tok.left_edge.i : tok.i + 1]
        sal: dict[str, float] = {}
        blockers = {"sg": 0.0, "pl": 0.0}
        self.quoted = _quoted_tokens(doc)
        self.person_np: tuple[int, str | None] | None = None
        # the latest plural subject outside the actors, and the latest body that was a subject
        self.plural_subject = -1
        self.body_subject = -1
        self.sent_start = (0, 0)  # first token of this sentence and of the one before
        self.subjects: tuple[str | None, str | None] = (None, None)  # this sentence, the last
        for sent in doc.sents:
            self.sent_start = (sent.start, self.sent_start[0])
            self.subjects = (None, self.subjects[0])
            for key in list(sal):
                # capped, so that a newcomer in this sentence outweighs a long-running topic
                sal[key] = min(sal[key], CAP) * DECAY
                if sal[key] < FORGET:
                    del sal[key]
            blockers["sg"] *= DECAY
            blockers["pl"] *= DECAY
            for tok in sent:
                weight = (2.0 if tok.dep_ in SUBJECTS else 1.0) * CURRENT
                actor_id = self.head_actor.get(tok.i)
                if actor_id is not None:
                    sal[actor_id] = sal.get(actor_id, 0.0) + weight
                    self._note_subject(tok, actor_id)
                    if tok.dep_ in SUBJECTS and self.actors.get(actor_id).kind in (
                        "organization",
                        "group",
                    ):
                        self.body_subject = tok.i
                    continue
                if self.in_mention[tok.i]:
                    continue
                lower = tok.lower_
                if tok.tag_ in ("PRP", "PRP$") and lower in THIRD_PERSON:
                    found = self._pronoun(tok, sal, blockers)
                    if found:
                        self.actors._pronoun[tok.i] = found
                        self._note_subject(tok, found)
                        self.actors.add_mention(found, tok.idx, tok.idx + len(tok.text), "pronoun")
                        sal[found] = sal.get(found, 0.0) + weight
                    continue
                chunk = chunks.get(tok.i)
                if chunk is None or tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                described, form = self._description(chunk, sal)
                if described:
                    found = described
                    start = chunk.start
                    while start < tok.i and (doc[start].is_punct or doc[start].is_space):
                        start += 1
                    span = doc[start : tok.i + 1]
                    if "\n" in span.text:
                        continue  # a phrase the parser ran across a line break
                    self.actors.add_mention(found, span.start_char, span.end_char, form)
                    sal[found] = sal.get(found, 0.0) + weight
                elif tok.pos_ == "NOUN":
                    number = "pl" if tok.tag_ == "NNS" else "sg"
                    blockers[number] = max(blockers[number], weight * BLOCK)
                    if tok.tag_ == "NNS" and tok.dep_ in SUBJECTS:
                        self.plural_subject = tok.i
                    lemma = tok.lemma_.lower()
                    if tok.tag_ == "NN" and lemma in person_nouns():
                        self.person_np = (tok.i, gender_nouns().get(lemma))

    def _pronoun(self, tok: Token, sal: dict[str, float], blockers: dict[str, float]) -> str | None:
        lower = tok.lower_
        excluded = self._bound(tok)
        if lower.endswith("self") or lower.endswith("selves"):
            found = self._reflexive(tok)
            if found is not None:
                return found
        if lower in MALE or lower in FEMALE:
            gender = "m" if lower in MALE else "f"
            blocker = self.person_np
            if blocker is not None and blocker[0] >= self.sent_start[0] and blocker[1] == gender:
                return None  # "the pregnant woman, she ...": someone unnamed
            governor = self._governor(tok)
            if governor is not None and governor not in excluded:
                sal = dict(sal)
                sal[governor] = sal.get(governor, 0.0) + GOVERNOR
            elif tok.dep_ in SUBJECTS and tok.head.dep_ == "ROOT":
                # "Jane Doe wrote ... . She argued": the main subject goes on being the subject
                last = self.subjects[0] or self.subjects[1]
                if last is not None and last not in excluded:
                    sal = dict(sal)
                    sal[last] = sal.get(last, 0.0) + CONTINUITY
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
        if self.quoted[tok.i]:
            # "they" and "it" in someone's words point anywhere: leave them unresolved
            return None
        if lower in PLURAL:
            subject = self._governing_subject(tok)
            if (
                subject is not None
                and subject.tag_ == "NNS"
                and subject.i not in self.head_actor
                and not self.in_mention[subject.i]
            ):
                return None  # "Officials said they ...": a plural subject not among the actors
            if self.plural_subject >= max(self.sent_start[1], self.body_subject):
                return None  # "Web developers ... As they design": the nearer plural subject
            found = self._best(sal, ("organization", "group"), None, excluded)
            if found and sal[found] >= max(blockers["pl"], MIN_NEUTER):
                return found
            return None
        if _says(tok):
            # "The Daily Courier ... It said": the body that was a subject, this sentence or the
            # one before
            if self.body_subject >= self.sent_start[1]:
                found = self.head_actor.get(self.body_subject)
                if found is not None and found not in excluded:
                    return found
            return None
        if lower != "its":
            # "it" is nearly always a thing, an event or a clause: only "its" is risked
            return None
        found = self._best(sal, ("organization", "country"), None, excluded, people=False)
        if found and sal[found] >= max(blockers["sg"], MIN_NEUTER):
            return found
        return None

    def _note_subject(self, tok: Token, actor_id: str) -> None:
        """The first person that is the subject of a sentence's main verb."""
        if (
            self.subjects[0] is None
            and tok.dep_ in SUBJECTS
            and tok.head.dep_ == "ROOT"
            and self.actors.get(actor_id).kind == "person"
        ):
            self.subjects = (actor_id, self.subjects[1])

    def _governor(self, tok: Token) -> str | None:
        """Subject of the verb whose complement holds the pronoun: "Jane said she would go"."""
        verb = self._governing_verb(tok)
        return None if verb is None else self._subject_of(verb, before=tok.i)

    def _governing_verb(self, tok: Token) -> Token | None:
        verb = tok.head
        while verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj") and verb.head.i != verb.i:
            if verb.dep_ in ("relcl", "ROOT"):
                return None
            verb = verb.head
        if verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj"):
            return None
        return verb.head

    def _governing_subject(self, tok: Token) -> Token | None:
        verb = self._governing_verb(tok)
        if verb is None:
            return None
        for child in verb.children:
            if child.dep_ in SUBJECTS and child.i < tok.i:
                return child
        return None

    def _subject_of(self, verb: Token, before: int) -> str | None:
        """The actor that is the subject of `verb`, through a relative pronoun if need be."""
        for child in verb.children:
            if child.dep_ in SUBJECTS and child.i < before:
                if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                    child = verb.head  # "Harlan, who had told him": Harlan
                return self.head_actor.get(child.i) or self.actors._pronoun.get(child.i)
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            return self._subject_of(verb.head, before)  # "walked in and turned himself in"
        return None

    def _reflexive(self, tok: Token) -> str | None:
        """ "turned himself in": a reflexive is the subject of its own clause."""
        verb = tok.head
        if verb.dep_ == "prep":
            verb = verb.head
        return self._subject_of(verb, before=tok.i)

    def _bound(self, tok: Token) -> set[str]:
        """Actors a non-reflexive object pronoun cannot be: the subject of its own clause."""
        if tok.lower_.endswith("self") or tok.lower_.endswith("selves") or tok.tag_ == "PRP$":
            return set()
        verb = tok.head
        if tok.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif tok.dep_ not in ("dobj", "dative", "iobj"):
            return set()
        found = self._subject_of(verb, before=tok.i)
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
        for actor_id, score in sal.items():
            if actor_id in excluded:
                continue
            actor = self.actors.get(actor_id)
            if (actor.kind not in kinds and not (guessed and actor.guessed)) or (
                people is not None and actor.people != people
            ):
                continue
            if gender and actor.gender and actor.gender != gender:
                continue
            if role is not None and role not in actor.roles:
                continue
            if country and (actor.affiliation or strict) and country not in actor.affiliation:
                continue
            if country and actor.kind == "country" and actor.country != country:
                continue
            score += TOPIC * min(len(actor.mentions), 10)  # the article's topic persists
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

    def _group(self, chunk: Span) -> str | None:
        """An unnamed team or group known by nationality: "the Chilean team", "Russian officials".

        The same noun with the same nationality is the same group throughout the article.
        """
        root = chunk.root
        lemma = root.lemma_.lower()
        plural = root.tag_ == "NNS"
        if root.pos_ != "NOUN" or not (
            lemma in org_nouns() or (plural and lemma in person_nouns())
        ):
            return None
        table = countries()
        country = None
        for tok in chunk:
            if (
                tok.i < root.i
                and tok.dep_ in ("amod", "compound", "nmod")
                and tok.head.i == root.i
                and tok.ent_type_ == "NORP"
            ):
                # a nationality, or another affiliation ("European", "Muslim")
                country = table.demonym(tok.text) or tok.text
                adjective = tok.text
                break
        if country is None:
            return None
        key = f"group:{lemma}:{country}:{plural}"
        found = self.actors._by_key.get(key)
        if found is None:
            name = f"{adjective} {root.text if plural else root.lemma_}"
            found = self.actors.new(name, "group" if plural else "organization")
            actor = self.actors.get(found)
            actor.people = plural
            if country in table.names.values():
                actor.affiliation.add(country)
            actor.keys.add(key)
            actor.keys.add(norm(name))
            self.actors._by_key[key] = found
        return found

    def _description(self, chunk: Span, sal: dict[str, float]) -> tuple[str | None, MentionForm]:
        root = chunk.root
        first = chunk[0].lower_
        group = self._group(chunk)
        if group is not None:
            return group, "description"
        lemma = root.lemma_.lower()
        if chunk[0].tag_ == "PRP$" and place_nouns().get(lemma) == "country":
            # "their country": the country of whoever "their" is
            owner = self.actors._pronoun.get(chunk[0].i)
            affiliation = self.actors.get(owner).affiliation if owner else set()
            if len(affiliation) == 1:
                return self.actors._by_country.get(next(iter(affiliation))), "description"
            return None, "description"
        if first not in DEFINITE or root.tag_ in ("NNS", "NNPS"):
            return None, "description"
        if root.dep_ == "pobj" and root.head.lower_ == "as":
            return None, "description"  # predicative: "described him as the only leader"
        if any(t.lower_ in NOT_ANAPHORIC for t in chunk):
            return None, "description"
        lemma = root.lemma_.lower()
        for tok in chunk:
            owner = (
                self.head_actor.get(tok.i) if tok.i < root.i and tok.dep_ == "compound" else None
            )
            if owner is not None:
                # "the Meridian organization" is Meridian; "the Trump administration" is
                # not Trump, nor anyone salient
                other = self.actors.get(owner)
                if other.kind in ("organization", "group") and lemma in org_nouns():
                    return owner, "description"
                return None, "description"
        form: MentionForm = "title" if root.pos_ == "PROPN" else "description"
        if root.pos_ == "PROPN" and lemma not in titles():
            return None, form
        places = place_nouns()
        for child in root.children:
            if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
                return None, form  # relational: "the Sheriff's office", "Tunisia's coach"
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "at", "within"):
                for obj in child.children:
                    owner = self.head_actor.get(obj.i) if obj.dep_ == "pobj" else None
                    if owner is None:
                        continue
                    owner_kind = self.actors.get(owner).kind
                    same = (lemma in places and owner_kind in ("place", "country")) or (
                        lemma in org_nouns() and owner_kind in ("organization", "group")
                    )
                    if same and (child.lower_ == "of" or lemma in places):
                        return owner, form  # "the capital, Lima", "the church of the Holy Light"
                    return None, form  # "the president of the region": someone else
        country = _span_country(chunk)
        if lemma in places:
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
                found = self._named_with(lemma, chunk.start_char) or found
            if found is None and lemma in COLLECTIVE:
                # a first mention of an unnamed body: "the international coalition"
                found = self._unnamed(chunk, lemma)
            return found, form
        if lemma in person_nouns():
            gender = gender_nouns().get(lemma)
            found = self._best(sal, ("person",), gender, set(), lemma, country)
            if found is None:
                found = self.actors._by_role(chunk, lemma)
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


#: Double quotation marks, and how far a quotation may run over line breaks to its closing mark.
DOUBLE_MARKS = '“”„«»"'
QUOTE_REACH = 1500


def _quote_end(text: str, start: int, end: int) -> int:
    """End of a quotation opened right before `start` whose closing mark the line breaks hid
    ("I think so.<newline>It was a long day," she said): the next double mark, if it comes
    before an empty line; else `end`."""
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] not in '“„«"':
        return end
    stop = min(len(text), end + QUOTE_REACH)
    for j in range(end, stop):
        c = text[j]
        if c in DOUBLE_MARKS:
            return j if c in '”»"' else end
        if c == "\n" and text.startswith("\n", j + 1):
            return end  # a paragraph ends first
    return end


def _quoted_tokens(doc: Doc) -> bytearray:
    """1 for each token inside quotation marks."""
    flags = bytearray(len(doc))
    regions = regions_of(doc)
    if not regions:
        return flags
    # token start offsets as one array: no Token object per token
    starts = doc.to_array("IDX")
    for r in regions:
        lo, hi = (int(k) for k in starts.searchsorted([r.start, r.end]))
        flags[lo:hi] = b"\x01" * (hi - lo)
    return flags


def _says(tok: Token) -> bool:
    """ "it" as the active subject of a verb of saying: a body speaks ("It said ...")."""
    return tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEAKING


def _honour_spans(doc: Doc) -> list[Span]:
    """Honours written as names: "Man of the Match", "Player of the Year"."""
    table = honour_titles()
    out: list[Span] = []
    lowered = text_of(doc).lower()
    if not any(h in lowered for honours in table.values() for h in honours):
        return out  # most articles name no honour: skip the pass over the tokens
    for tok in doc:
        if not tok.text[:1].isupper() or tok.lower_ not in table:
            continue
        for honour in table[tok.lower_]:
            n = len(honour.split())
            span = doc[tok.i : tok.i + n]
            if len(span) == n and span.text.lower() == honour:
                out.append(span)
                break
    return out


def _before_coordination(tok: Token) -> int:
    """End of a phrase before its own coordination: "Director of X" in "Director of X, and Y"."""
    end = tok.right_edge.i + 1
    for child in tok.children:
        if child.i > tok.i and child.dep_ in ("cc", "conj", "punct"):
            end = min(end, child.i)
    return end


def _ent_alone(tok: Token) -> bool:
    """Is this token an entity on its own (the next token is outside it)?"""
    nxt = tok.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].ent_iob_ != "I"


def _plausible_single(tok: Token) -> bool:
    """A lone capitalised token outside any entity is a name only if it is not a common word."""
    if tok.is_sent_start and not tok.text.isupper():
        return False
    return tok.lower_ not in title_words() and not tok.is_stop


def _given_name_first(span: Span) -> bool:
    """ "Ruth Okonjo": a run of proper nouns opening with a known given name."""
    first = span[0].text
    table = countries()
    return (
        len(span) >= 2
        and all(t.tag_ in ("NNP", "NNPS") for t in span)
        and first[:1].upper() + first[1:].lower() in first_name_gender()
        # "Washington Post", "Boston Globe": a place's name, not a given name
        and norm(first) not in table.capitals
        and span[-1].lower_ not in org_name_words()
        and not any(table.demonym(t.text) or table.country(t.text) for t in span)
        and not any(
            t.lower_ in title_words() or t.lower_ in place_nouns() or t.lower_ in org_nouns()
            for t in span
        )
    )


def _names_a_thing(span: Span) -> bool:
    """A name modifying a common noun that is no body, person or place: "the X Cup trophy"."""
    last = span[-1]
    head = last.head
    return (
        last.dep_ == "compound"
        and head.i == span.end
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in org_nouns()
        and head.lemma_.lower() not in person_nouns()
        and head.lemma_.lower() not in place_nouns()
    )


def _bare_name(span: Span) -> bool:
    """A name with no word that tells its kind: no body, place or title noun in it."""
    words = {t.lower_ for t in span}
    return not (words & org_nouns() or words & set(place_nouns()) or words & title_words())


def _guess_kind(span: Span) -> ActorKind:
    """Kind of a proper-noun run the recogniser did not label."""
    if place_nouns().get(span[-1].lower_) == "facility":
        return "place"
    words = {t.lower_ for t in span}
    if words & org_nouns():
        return "organization"
    if words & set(place_nouns()):
        return "place"
    return "organization"


def find_actors(doc: Doc) -> Actors:
    """Named actors with all their mentions: names, titles, descriptions and pronouns."""
    builder = _Builder(doc)
    builder.names()
    builder.late_acronyms()
    builder.teams()
    builder.recover()
    builder.descriptions_of_names()
    builder.walk()
    builder.honours()
    return builder.actors
