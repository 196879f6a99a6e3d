"""What a reporting verb's object or complement is, and the readings it rules out: goods
offered, a course adopted, a quality exhibited, a person questioned, a thing withheld or claimed
as one's due, an appointment. `sense.not_an_attribution` runs these checks with its own; the
helpers (`cue_object`, `complement`, `person_noun`, `object_class`) are shared with it and with
the confidence scorer. Word sets come from `models/quote_words.tsv`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.quotes.base import _Cand, _lemma, _subject
from claimx.quotes.constructions import (
    PARENTHETICAL,
    PASSIVE_OBJECT,
    VERB_CLAUSE,
    VERB_DESCRIBED_AS,
    VERB_NAMING,
    VERB_OBJECT,
    VERB_OBJECT_INFINITIVE,
    VERB_PREPOSITION,
)
from claimx.quotes.words import SOURCE_DOCUMENTS, SPEECH_EVENTS, WORDING_NOUNS
from claimx.rules.docview import children_of
from claimx.rules.lexicon import cue_nouns, cue_verbs, quote_words
from claimx.rules.resources import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

APPOINTING = quote_words("appointing-verbs")
OFFERING = quote_words("offering-verbs")
GOODS = quote_words("goods-nouns")
THAT_ONLY = quote_words("that-only-verbs")
ADOPTING = quote_words("adopting-verbs")
COURSES = quote_words("course-nouns")
ACHIEVEMENTS = quote_words("achievement-objects")
REFLEXIVES = quote_words("reflexives")
#: verbs of answering an accusation: a reflexive object is the speaker's own defence
SPEECH_ACTS = quote_words("defence-verbs")
#: verbs of making a work: with an object that is no message, its product ("wrote books")
WORKS = quote_words("work-verbs")
#: pronouns of people: as an object, whom the act is aimed at
PERSON_PRONOUNS = quote_words("person-pronouns")
#: verbs of wanting and liking: with a pronoun alone as object ("they want it"), a wish for a
#: thing already named, not a content
DESIRE = quote_words("desire-verbs")
#: verbs of showing: a person showing a thing ("he showed great courage") displays it
EXHIBITING = quote_words("exhibit-verbs")
#: particles that make "call" summon or cancel ("police were called in", "called off the game")
CALL_PARTICLES = quote_words("call-particles")
#: subject pronouns of people (a person shows a quality; "it shows" may be evidence)
PERSON_SUBJECTS = quote_words("person-subjects")
#: verbs whose whole object, a person pronoun, is whom the act is aimed at ("I'll show you")
ADDRESSEE = quote_words("addressee-verbs")
#: verbs of questioning a person ("police questioned the student")
INTERROGATING = quote_words("interrogating-verbs")
#: verbs of refusing a thing, and the things refused ("denied entry", "refused bail")
WITHHOLDING = quote_words("withholding-verbs")
WITHHELD = quote_words("withheld-nouns")
#: verbs of claiming, and the things claimed as one's due ("claimed asylum", "claiming benefits")
CLAIMING = quote_words("claiming-verbs")
ENTITLEMENTS = quote_words("entitlement-nouns")
#: named entity types of people and groups that perceive
PERSONISH = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: constructions whose content is the verb's object
OBJECT_RULES = {VERB_OBJECT, PASSIVE_OBJECT}

_PERSON_NOUNS = frozenset(word_list("person_nouns.txt"))
_TITLES = frozenset(w for w in word_list("titles.txt") if " " not in w)


def person_nouns() -> frozenset[str]:
    return _PERSON_NOUNS


def titles() -> frozenset[str]:
    return _TITLES


def complement(tok: Token) -> Token | None:
    """The clausal complement a clause reading took its content from."""
    comps = [c for c in children_of(tok) if c.dep_ == "ccomp"]
    after = [c for c in comps if c.i > tok.i]
    return after[0] if after else (comps[-1] if comps else None)


def cue_object(tok: Token) -> Token | None:
    """The direct object (active) or the passive subject (passive) of the cue."""
    for c in children_of(tok):
        if c.dep_ == "dobj" and c.i > tok.i:
            return c
    for c in children_of(tok):
        if c.dep_ == "nsubjpass":
            return c
    return None


def content_object(tok: Token, cand: _Cand) -> Token | None:
    """The cue's object when the candidate reads it as the content (an object reading)."""
    return cue_object(tok) if cand.rule in OBJECT_RULES else None


def person_noun(word: Token) -> bool:
    lemma = word.lemma_.lower()
    return word.ent_type_ in PERSONISH or lemma in person_nouns() or lemma in titles()


def appointment(tok: Token, cand: _Cand) -> bool:
    """ "was invited to return", "was cast as X", "called up to the squad", "police were called
    in": a choice of a person (or a summons), not a report."""
    lemma = _lemma(tok)
    if lemma == "call" and any(
        c.dep_ == "prt" and c.lower_ in CALL_PARTICLES for c in children_of(tok)
    ):
        return True
    if lemma not in APPOINTING:
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(tok))
    framed = cand.rule in (VERB_OBJECT_INFINITIVE, VERB_DESCRIBED_AS, VERB_NAMING)
    return passive or framed or cand.rule == PASSIVE_OBJECT


def speech_noun(word: Token) -> bool:
    lemma = _lemma(word)
    return (
        lemma in cue_nouns()
        or lemma in SPEECH_EVENTS
        or lemma in WORDING_NOUNS
        or lemma in SOURCE_DOCUMENTS
    )


def offered_goods(tok: Token, cand: _Cand) -> bool:
    """ "The stalls offered fresh bread", "the shop sells tickets": goods offered or sold are no
    content (an offer of advice, help or proof still is)."""
    if cand.rule not in OBJECT_RULES or _lemma(tok) not in OFFERING or cand.kind != "indirect":
        return False
    obj = cue_object(tok)
    return obj is not None and _lemma(obj) in GOODS and not speech_noun(obj)


def adopted_course(tok: Token, cand: _Cand) -> bool:
    """ "The town embraced the new recycling initiative": taking up a course of action is an
    action; embracing an idea is a belief and stays."""
    if cand.rule not in OBJECT_RULES or _lemma(tok) not in ADOPTING:
        return False
    obj = cue_object(tok)
    return obj is not None and _lemma(obj) in COURSES


def activity(tok: Token, cand: _Cand) -> bool:
    """ "She taught at the village school, where ...": a verb that reports only with a
    that-clause ("taught that ...") is otherwise an activity."""
    if _lemma(tok) not in THAT_ONLY or cand.rule != VERB_CLAUSE:
        return False
    comp = complement(tok)
    return comp is None or not any(
        g.dep_ == "mark" and g.lower_ == "that" for g in children_of(comp)
    )


def not_a_stance_object(tok: Token, cand: _Cand) -> bool:
    """ "supported himself" (earned a living), "defended her thesis", "defended his title": the
    object makes the verb an act of living, studying or competing."""
    obj = content_object(tok, cand)
    if obj is None:
        return False
    if obj.lower_ in REFLEXIVES:
        # "supported himself": not a verb of saying ("defended himself" may be a reply)
        return _lemma(tok) not in cue_verbs() and _lemma(tok) not in SPEECH_ACTS
    return _lemma(obj) in ACHIEVEMENTS


def wanted_thing(tok: Token, cand: _Cand) -> bool:
    """ "They want it", "I liked it so much": a verb of wanting or liking whose whole object is
    a pronoun points at a thing already named; it reports no content."""
    return (
        cand.kind == "indirect" and _lemma(tok) in DESIRE and object_class(tok, cand) == "pointer"
    )


def exhibited(tok: Token, cand: _Cand) -> bool:
    """ "He showed great courage", "she displayed real leadership": a person showing a quality
    or a thing exhibits it (a poll, a study or a letter that shows something is evidence and
    stays, as does showing a message: "showed reporters the letter")."""
    if cand.rule != VERB_OBJECT or _lemma(tok) not in EXHIBITING or cand.kind != "indirect":
        return False
    subj = _subject(tok)
    if subj is None:
        return False
    person = person_noun(subj) or (subj.tag_ == "PRP" and subj.lower_ in PERSON_SUBJECTS)
    return person and object_class(tok, cand) is None


def pronoun_patient(tok: Token, cand: _Cand) -> bool:
    """ "that was discussed in the journals", "I'd be opposed": a passive whose whole content is
    a pronoun says nothing that can be attributed; what the pronoun stands for is elsewhere."""
    obj = content_object(tok, cand)
    return (
        cand.rule == PASSIVE_OBJECT
        and len(cand.parts) == 1
        and obj is not None
        and obj.pos_ == "PRON"
        and obj.left_edge.i == obj.right_edge.i
    )


def addressee_only(tok: Token, cand: _Cand) -> bool:
    """ "I'll show you.", "come and I will show them, if you like": a verb whose whole object is a
    person pronoun, with nothing after it, names whom the act is aimed at; there is no content
    ("showed him the letter" has one)."""
    if cand.rule != VERB_OBJECT or _lemma(tok) not in ADDRESSEE:
        return False
    obj = cue_object(tok)
    if obj is None or obj.pos_ != "PRON" or object_class(tok, cand) != "person":
        return False
    # "showed him the letter", "showed them to be wrong": more after the pronoun is a content
    after = obj.i + 1
    return after >= len(tok.doc) or tok.doc[after].is_punct


def interrogated(tok: Token, cand: _Cand) -> bool:
    """ "Police questioned the student", "detectives interrogated two neighbours": questioning a
    person is an act on them ("questioned the decision" doubts a thing and stays)."""
    return (
        cand.rule == VERB_OBJECT
        and _lemma(tok) in INTERROGATING
        and object_class(tok, cand) == "person"
    )


def withheld(tok: Token, cand: _Cand) -> bool:
    """ "denying the team entry", "the court refused him bail": a thing refused to someone is no
    content ("denied the report" denies a statement and stays)."""
    if cand.rule not in OBJECT_RULES or _lemma(tok) not in WITHHOLDING:
        return False
    obj = cue_object(tok)
    return obj is not None and _lemma(obj) in WITHHELD


def claimed_due(tok: Token, cand: _Cand) -> bool:
    """ "She claimed asylum in Britain", "families are claiming benefits": claiming what one is
    entitled to applies for it; nothing is asserted ("claimed that the car was damaged" and
    "claimed responsibility" stay). The parse may read the noun as a clause's subject."""
    if cand.rule not in (VERB_OBJECT, VERB_CLAUSE) or _lemma(tok) not in CLAIMING:
        return False
    nxt = tok.i + 1
    doc = tok.doc
    while nxt < len(doc) and doc[nxt].dep_ in ("det", "poss", "amod", "compound"):
        nxt += 1
    return nxt < len(doc) and _lemma(doc[nxt]) in ENTITLEMENTS


def recipient_passive(tok: Token, cand: _Cand) -> bool:
    """ "the team had been denied visas", "he was shown a yellow card": a passive that keeps a
    direct object has its recipient as subject; the object is a thing given or withheld."""
    return cand.rule == VERB_OBJECT and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in children_of(tok)
    )


def object_class(tok: Token, cand: _Cand) -> str | None:
    """What the object of an object reading is, for the confidence of quotes GUM never labels:
    `reflexive` ("proclaimed himself emperor"), `pointer` (a pronoun alone: "they want it"),
    `person` (whom the act is aimed at: "thank you", "questioned the student"), `message` (a
    noun of saying or of a document: "denied the report"), `work` (the product of a verb of
    making: "wrote books", "published his theory"), or None (another thing, or the content is
    not the verb's object)."""
    obj = content_object(tok, cand)
    if obj is None:
        return None
    if obj.lower_ in REFLEXIVES:
        return "reflexive"  # "proclaimed himself emperor": what follows is the content
    if obj.pos_ == "PRON" and obj.left_edge.i == obj.right_edge.i:
        return "person" if obj.lower_ in PERSON_PRONOUNS else "pointer"
    if obj.ent_type_ == "PERSON" or person_noun(obj):
        return "person"
    if speech_noun(obj):
        return "message"
    if _lemma(tok) in WORKS:
        return "work"
    return None  # a thing: what "praised the plan" or "cited the figures" is about


def own_object(tok: Token, cand: _Cand) -> bool:
    """ "... jokes and puns: they published a family history": a verb with an object of its own
    after it does not report the clause before it ("the plan is dead, she told reporters" has a
    person as object and stays)."""
    if cand.rule not in (VERB_CLAUSE, PARENTHETICAL) or cand.end > tok.idx:
        return False
    obj = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.i > tok.i), None)
    return (
        obj is not None
        and obj.pos_ == "NOUN"
        and obj.ent_type_ == ""
        and not person_noun(obj)
        and not speech_noun(obj)
    )


def time_object(tok: Token, cand: _Cand) -> bool:
    """ "who spoke on Monday": a date after the preposition is when, not what about."""
    if cand.rule != VERB_PREPOSITION:
        return False
    for c in children_of(tok):
        if c.dep_ == "prep" and c.i > tok.i:
            objs = [g for g in children_of(c) if g.dep_ == "pobj"]
            if objs and objs[0].ent_type_ in ("DATE", "TIME"):
                return True
            break
    return False
