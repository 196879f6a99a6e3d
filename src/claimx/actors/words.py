"""Word sets and weights of the actors stage (closed-class words; the open lists are in models/)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from claimx.schema import ActorKind

if TYPE_CHECKING:
    pass

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
DEFINITE = frozenset({"the", "this", "that"})
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
#: Words for a direction that name a part of a place before its name: "East L.A.", "North Dublin".
COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "greater",
}
#: Words before a city's name that make it the team named after it: "24 games for Indianapolis".
FOR_TEAM = {"for", "with", "against"}
#: words of a sentence about academic work: "at Leiden" there is the university
ACADEMIC = frozenset(
    (
        "research",
        "researcher",
        "study",
        "studied",
        "studies",
        "teach",
        "taught",
        "teaching",
        "professor",
        "lecturer",
        "lecture",
        "doctorate",
        "degree",
        "postdoctoral",
        "phd",
        "student",
        "graduated",
        "fellow",
    )
)
UNIVERSITY_WORDS = frozenset(("university", "college"))
NAMED_AFTER = {"stadium", "arena", "airport", "station", "university", "college", "institute"}
#: Of these, the ones as often named after a person: the name before them must be a known place.
NAMED_AFTER_PEOPLE = {"university", "college", "institute"}
#: Nouns of bodies and places named after the place their name gives after "of" ("the
#: Municipality of Pisa", "the Bay of Kiel"): that place is a place actor of its own.
OF_PLACES = {
    "municipality",
    "province",
    "county",
    "district",
    "bay",
    "gulf",
    "governor",
    "mayor",
}
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
GOVERNOR = 6.0
#: Bonus for the subject of the last main clause, for a pronoun subject of a main clause.
CONTINUITY = 1.0


@cache
def cities() -> frozenset[str]:
    """Cities of 15,000 people or more (models/cities.txt), by `norm` key: a name nested in
    another ("Pittsburgh Pirates", "Kyoto University") is a place's when this knows it."""
    from claimx.rules.resources import word_list

    # the names are plain (no "the", no possessive): `norm` comes down to this, and 24,000 calls
    # of `norm` would cost a second at start-up
    return frozenset(name.replace(".", "").casefold() for name in word_list("cities.txt"))
