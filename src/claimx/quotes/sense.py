"""Attribution, not any verb with an object: a cue counts only in the sense and frame that report
speech, writing, thought or evidence.

Each check names a category of readings that are not attributions, with the words it needs from
`models/quote_words.tsv`; `not_an_attribution` returns the first that applies (None: keep).
Examples of each are in tests/test_quotes_sense.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.quotes.base import _Cand, _lemma, _subject
from claimx.quotes.constructions import (
    ADJECTIVE_CLAUSE,
    PARENTHETICAL,
    PASSIVE_OBJECT,
    VERB_CLAUSE,
    VERB_DESCRIBED_AS,
    VERB_INFINITIVE,
    VERB_NAMING,
    VERB_OBJECT,
    VERB_OBJECT_INFINITIVE,
    VERB_PREPOSITION,
)
from claimx.quotes.words import QUOTE_CHARS, SOURCE_DOCUMENTS, SPEECH_EVENTS, WORDING_NOUNS
from claimx.rules.docview import children_of, words_of
from claimx.rules.lexicon import cue_frames, cue_nouns, cue_verbs, quote_words
from claimx.rules.resources import word_list

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

PERCEPTION = quote_words("perception-verbs")
APPOINTING = quote_words("appointing-verbs")
OFFERING = quote_words("offering-verbs")
GOODS = quote_words("goods-nouns")
THAT_ONLY = quote_words("that-only-verbs")
ADOPTING = quote_words("adopting-verbs")
COURSES = quote_words("course-nouns")
ACHIEVEMENTS = quote_words("achievement-objects")
REFLEXIVES = quote_words("reflexives")
INFERENCE = quote_words("inference-verbs")
DEMONSTRATIVES = quote_words("demonstratives")
#: verbs of answering an accusation: a reflexive object is the speaker's own defence
SPEECH_ACTS = quote_words("defence-verbs")
#: verbs of making a work: with an object that is no message, its product ("wrote books")
WORKS = quote_words("work-verbs")
#: pronouns of people: as an object, whom the act is aimed at
PERSON_PRONOUNS = quote_words("person-pronouns")
#: verbs of wanting and liking: with a pronoun alone as object ("they want it"), a wish for a
#: thing already named, not a content
DESIRE = quote_words("desire-verbs")
#: verbs of liking: with an infinitive of an act, a habit or taste ("I like to build the rigs")
LIKING = quote_words("liking-verbs")
#: verbs of showing: a person showing a thing ("he showed great courage") displays it
EXHIBITING = quote_words("exhibit-verbs")
#: particles that make "call" summon or cancel ("police were called in", "called off the game")
CALL_PARTICLES = quote_words("call-particles")
#: subject pronouns of people (a person shows a quality; "it shows" may be evidence)
PERSON_SUBJECTS = quote_words("person-subjects")
#: words of knowing: negated, with a first-person subject and a wh-clause, an admission of
#: not knowing ("I don't know if ...", "we are not sure which ...")
KNOWING = quote_words("knowing-words")
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
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
#: tags of a verb or auxiliary in the present, or a modal
PRESENT_OR_MODAL = frozenset({"VBZ", "VBP", "MD"})
#: what opens a wh-clause (an indirect question)
WH_OPENERS = frozenset({"if", "whether"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: named entity types of people and groups that perceive
PERSONISH = frozenset({"PERSON", "NORP", "ORG", "GPE"})
#: constructions whose content is the verb's object
OBJECT_RULES = {VERB_OBJECT, PASSIVE_OBJECT}


def person_nouns() -> frozenset[str]:
    return _PERSON_NOUNS


def titles() -> frozenset[str]:
    return _TITLES


_PERSON_NOUNS = frozenset(word_list("person_nouns.txt"))
_TITLES = frozenset(w for w in word_list("titles.txt") if " " not in w)


def _complement(tok: Token) -> Token | None:
    """The clausal complement a clause reading took its content from."""
    comps = [c for c in children_of(tok) if c.dep_ == "ccomp"]
    after = [c for c in comps if c.i > tok.i]
    return after[0] if after else (comps[-1] if comps else None)


def _object(tok: Token) -> Token | None:
    """The direct object (active) or the passive subject (passive) of the cue."""
    for c in children_of(tok):
        if c.dep_ == "dobj" and c.i > tok.i:
            return c
    for c in children_of(tok):
        if c.dep_ == "nsubjpass":
            return c
    return None


def _content_object(tok: Token, cand: _Cand) -> Token | None:
    """The cue's object when the candidate reads it as the content (an object reading)."""
    return _object(tok) if cand.rule in OBJECT_RULES else None


def _perceived_event(tok: Token, cand: _Cand) -> bool:
    """ "The final weekend saw two rivals face off": a verb of perception whose subject is a
    time or an event, not a perceiver, reports nothing ("the crowd saw them leave" stays)."""
    if _lemma(tok) not in PERCEPTION or cand.rule != VERB_CLAUSE:
        return False
    comp = _complement(tok)
    if comp is None or any(g.dep_ == "mark" for g in children_of(comp)):
        return False
    # "the final weekend saw two rivals meet": a time or an event does not perceive
    subj = _subject(tok)
    return subj is not None and subj.pos_ == "NOUN" and not _person_noun(subj)


def _person_noun(word: Token) -> bool:
    lemma = word.lemma_.lower()
    return word.ent_type_ in PERSONISH or lemma in person_nouns() or lemma in titles()


def _appointment(tok: Token, cand: _Cand) -> bool:
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


def _speech_noun(word: Token) -> bool:
    lemma = _lemma(word)
    return (
        lemma in cue_nouns()
        or lemma in SPEECH_EVENTS
        or lemma in WORDING_NOUNS
        or lemma in SOURCE_DOCUMENTS
    )


def _offered_goods(tok: Token, cand: _Cand) -> bool:
    """ "The stalls offered fresh bread", "the shop sells tickets": goods offered or sold are no
    content (an offer of advice, help or proof still is)."""
    if cand.rule not in OBJECT_RULES or _lemma(tok) not in OFFERING or cand.kind != "indirect":
        return False
    obj = _object(tok)
    return obj is not None and _lemma(obj) in GOODS and not _speech_noun(obj)


def _adopted_course(tok: Token, cand: _Cand) -> bool:
    """ "The town embraced the new recycling initiative": taking up a course of action is an
    action; embracing an idea is a belief and stays."""
    if cand.rule not in OBJECT_RULES or _lemma(tok) not in ADOPTING:
        return False
    obj = _object(tok)
    return obj is not None and _lemma(obj) in COURSES


def _activity(tok: Token, cand: _Cand) -> bool:
    """ "She taught at the village school, where ...": a verb that reports only with a
    that-clause ("taught that ...") is otherwise an activity."""
    if _lemma(tok) not in THAT_ONLY or cand.rule != VERB_CLAUSE:
        return False
    comp = _complement(tok)
    return comp is None or not any(
        g.dep_ == "mark" and g.lower_ == "that" for g in children_of(comp)
    )


def _not_a_stance_object(tok: Token, cand: _Cand) -> bool:
    """ "supported himself" (earned a living), "defended her thesis", "defended his title": the
    object makes the verb an act of living, studying or competing."""
    obj = _content_object(tok, cand)
    if obj is None:
        return False
    if obj.lower_ in REFLEXIVES:
        # "supported himself": not a verb of saying ("defended himself" may be a reply)
        return _lemma(tok) not in cue_verbs() and _lemma(tok) not in SPEECH_ACTS
    return _lemma(obj) in ACHIEVEMENTS


def _writers_inference(tok: Token, cand: _Cand) -> bool:
    """ "..., suggesting fundamental disagreements", "..., signaling interest": a comma-set
    participle of inference whose subject is the preceding clause is the writer's reading of
    that event, not the subject's speech. A that-clause after a verb of saying stays ("she said
    the talks failed, suggesting that a deal was off" is hers)."""
    if _lemma(tok) not in INFERENCE or tok.tag_ != "VBG" or _subject(tok) is not None:
        return False
    lo = tok.left_edge.i
    if tok.dep_ not in ("advcl", "xcomp", "conj") or lo == 0:
        return False
    if tok.doc[lo - 1].text not in (",", "—", "–"):
        return False
    head = tok.head
    return cand.rule != VERB_CLAUSE or _lemma(head) not in cue_verbs()


def _wanted_thing(tok: Token, cand: _Cand) -> bool:
    """ "They want it", "I liked it so much": a verb of wanting or liking whose whole object is
    a pronoun points at a thing already named; it reports no content."""
    return (
        cand.kind == "indirect" and _lemma(tok) in DESIRE and object_class(tok, cand) == "pointer"
    )


def _habit(tok: Token, cand: _Cand) -> bool:
    """ "I like to build most of the rigs myself", "she loves to bake bread on Sundays": a verb
    of liking with the infinitive of an act, and no modal, tells what the subject habitually
    does or enjoys; nothing is said, intended or believed. "would like to see the bill pass"
    (a wish) and "likes to say that ..." (a report) stay."""
    if cand.rule != VERB_INFINITIVE or _lemma(tok) not in LIKING:
        return False
    if any(c.tag_ == "MD" for c in children_of(tok)):
        return False
    act = next((c for c in children_of(tok) if c.dep_ == "xcomp" and c.i > tok.i), None)
    return act is not None and _lemma(act) not in cue_verbs()


def _exhibited(tok: Token, cand: _Cand) -> bool:
    """ "He showed great courage", "she displayed real leadership": a person showing a quality
    or a thing exhibits it (a poll, a study or a letter that shows something is evidence and
    stays, as does showing a message: "showed reporters the letter")."""
    if cand.rule != VERB_OBJECT or _lemma(tok) not in EXHIBITING or cand.kind != "indirect":
        return False
    subj = _subject(tok)
    if subj is None:
        return False
    person = _person_noun(subj) or (subj.tag_ == "PRP" and subj.lower_ in PERSON_SUBJECTS)
    return person and object_class(tok, cand) is None


def _pronoun_patient(tok: Token, cand: _Cand) -> bool:
    """ "that was discussed in the journals", "I'd be opposed": a passive whose whole content is
    a pronoun says nothing that can be attributed; what the pronoun stands for is elsewhere."""
    obj = _content_object(tok, cand)
    return (
        cand.rule == PASSIVE_OBJECT
        and len(cand.parts) == 1
        and obj is not None
        and obj.pos_ == "PRON"
        and obj.left_edge.i == obj.right_edge.i
    )


def _unknowing(tok: Token, cand: _Cand) -> bool:
    """ "I don't know if it will reopen", "we're not sure which train she took", "I can't recall
    the names", "I don't know about his book", "some may not know exactly what the probe is",
    "the tester doesn't know which dish holds which seed": not knowing, now or in general, with
    an indirect question, a thing or a topic, holds no content that can be attributed. The first
    person in any tense; others in the present or with a modal (a generic statement: how a
    method works, what some readers may not know). A narrated past ("the minister did not know
    whether ...") is still the minister's uncertainty, and "did not know that the bridge was
    shut" reports the fact he missed."""
    if _lemma(tok) not in KNOWING:
        return False
    cop = tok.head if tok.dep_ == "acomp" else tok
    if not any(c.dep_ == "neg" for c in (*children_of(tok), *children_of(cop))):
        return False
    subj = _subject(cop)
    if subj is None:
        return False
    if subj.lower_ not in FIRST_PERSON_SUBJECTS and not any(
        c.tag_ in PRESENT_OR_MODAL for c in (cop, *children_of(cop)) if c.i <= cop.i
    ):
        return False
    if cand.rule in (VERB_OBJECT, VERB_PREPOSITION):
        return True  # "I can't recall any names": what is not known is no content
    return _opens_wh(tok, cand)


def _addressee_only(tok: Token, cand: _Cand) -> bool:
    """ "I'll show you.", "come and I will show them, if you like": a verb whose whole object is a
    person pronoun, with nothing after it, names whom the act is aimed at; there is no content
    ("showed him the letter" has one)."""
    if cand.rule != VERB_OBJECT or _lemma(tok) not in ADDRESSEE:
        return False
    obj = _object(tok)
    if obj is None or obj.pos_ != "PRON" or object_class(tok, cand) != "person":
        return False
    # "showed him the letter", "showed them to be wrong": more after the pronoun is a content
    after = obj.i + 1
    return after >= len(tok.doc) or tok.doc[after].is_punct


def _opens_wh(tok: Token, cand: _Cand) -> bool:
    """Whether the content begins with a wh-word or "if"/"whether", after an adverb that
    narrows it ("exactly what it is", "just how late"): an indirect question."""
    first = tok.doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if first is None:
        return False
    lead = first[1:2] if len(first) > 1 and first[0].tag_ == "RB" else first[:1]
    return any(w.lower_ in WH_OPENERS or w.tag_ in WH_TAGS for w in lead)


def _discerned(tok: Token, cand: _Cand) -> bool:
    """ "can you tell whether the melon is ripe?", "nobody could tell which twin was which":
    "tell" with no one told and an indirect question is discerning, not saying ("she told us
    whether ..." and "told reporters that ..." stay)."""
    return (
        cand.rule == VERB_CLAUSE
        and _lemma(tok) == "tell"
        and not any(c.dep_ in ("dobj", "dative", "iobj") for c in children_of(tok))
        and _opens_wh(tok, cand)
    )


def _interrogated(tok: Token, cand: _Cand) -> bool:
    """ "Police questioned the student", "detectives interrogated two neighbours": questioning a
    person is an act on them ("questioned the decision" doubts a thing and stays)."""
    return (
        cand.rule == VERB_OBJECT
        and _lemma(tok) in INTERROGATING
        and object_class(tok, cand) == "person"
    )


def _withheld(tok: Token, cand: _Cand) -> bool:
    """ "denying the team entry", "the court refused him bail": a thing refused to someone is no
    content ("denied the report" denies a statement and stays)."""
    if cand.rule not in OBJECT_RULES or _lemma(tok) not in WITHHOLDING:
        return False
    obj = _object(tok)
    return obj is not None and _lemma(obj) in WITHHELD


def _claimed_due(tok: Token, cand: _Cand) -> bool:
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


#: the dependents a naming verb's name hangs on
NAME_DEPS = frozenset({"oprd", "attr", "xcomp", "dobj", "ccomp"})


def _named(tok: Token, cand: _Cand) -> bool:
    """ "The new footbridge is called Meridian", "these rooms were called "cells"": a passive
    verb of naming with a proper or quoted name and no one who names gives the thing its name;
    nobody says anything ("he was called a liar" and "was dubbed X by the press" stay)."""
    if cand.rule != PASSIVE_OBJECT or _lemma(tok) not in cue_frames().naming:
        return False
    doc = tok.doc
    for c in children_of(tok):
        if c.dep_ == "agent":
            return False
    for c in children_of(tok):
        if c.i > tok.i and c.dep_ in NAME_DEPS:
            lo = c.left_edge.i
            # a quoted name ("were called "cells""): the mark opens it or the parse left it out
            marks = (doc[lo].text, doc[lo - 1].text if lo > 0 else "")
            if c.pos_ == "PROPN" or any(len(m) == 1 and m in QUOTE_CHARS for m in marks):
                return True
    return False


#: imperatives that offer an example ("Take, say, ...", "Consider say ...")
EXAMPLE_IMPERATIVES = frozenset({"take", "consider"})


def _say_for_example(tok: Token, cand: _Cand) -> bool:
    """ "Take, say, the harbour at Dover": "say" set off by a comma, with no subject, auxiliary
    or clause after it, means "for example"; nobody says anything ("..., say that the wells are
    dry" repeats a verb of saying). Right after "take" or "consider" it means the same with or
    without the commas ("Take say the harbour at Dover")."""
    if _lemma(tok) != "say" or tok.tag_ not in ("VB", "VBP", "UH") or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if before.lower_ in EXAMPLE_IMPERATIVES and before.tag_ == "VB":
        # the parse may take "Take" for an auxiliary of "say"
        return _subject(tok) is None and not any(
            c.dep_ == "aux" and c.i != before.i for c in children_of(tok)
        )
    return (
        _subject(tok) is None
        and not any(
            c.dep_ == "aux" or (c.dep_ == "ccomp" and c.i > tok.i) for c in children_of(tok)
        )
        and before.text == ","
    )


def _connective_said(tok: Token, cand: _Cand) -> bool:
    """ "That said, the shop still opens at six": a connective, not a report."""
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ not in DEMONSTRATIVES or _lemma(tok) != "say":
        return False  # the cheap tests first: the subject is looked up in the parse
    subj = _subject(tok)
    return (
        subj is not None
        and subj.lower_ in DEMONSTRATIVES
        and subj.i == tok.i - 1
        and tok.i + 1 < len(tok.doc)
        and tok.doc[tok.i + 1].text == ","
    )


def _cleft(tok: Token, cand: _Cand) -> bool:
    """ "It was not until 1921 that a chemist discovered the cause": the parse makes the cleft's
    "it was" clause the content of a cue that has its own "that"; a report put first ("The plan
    is dead, she said") has none."""
    return (
        cand.rule in (VERB_CLAUSE, PARENTHETICAL)
        and cand.end <= tok.idx
        and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < tok.i for c in children_of(tok))
    )


def _passive_modifier(tok: Token, cand: _Cand) -> bool:
    """ "..., so the recount demanded by the losers will go ahead", "the fees requested in
    arrears fall under the old rule": a past participle that modifies a noun is a passive (the
    parse may make it the finite verb of that noun, with no auxiliary, or with a "by" agent);
    the noun is what was demanded, not who spoke, and the clause around it no content of it.
    A content in the participle's own complement stays ("Critics, convinced that ...")."""
    if cand.rule not in (VERB_CLAUSE, PARENTHETICAL):
        return False
    words = words_of(tok.doc)  # the columns: this runs on every clausal report
    i = tok.i
    tag, dep = words.tag[i], words.dep[i]
    if dep == "acl":
        if tag != "VBN":
            return False
        lo, hi = tok.left_edge, tok.right_edge
        return not (lo.idx <= cand.start and cand.end <= hi.idx + len(hi))
    if tag not in ("VBN", "VBD"):
        return False
    children = children_of(tok)
    deps = [words.dep[c.i] for c in children]
    if "aux" in deps or "auxpass" in deps:
        return False
    subj = next((c for c in children if words.dep[c.i] == "nsubj" and c.i < i), None)
    if subj is None:
        return False
    if "agent" in deps:
        return True  # an active verb has no "by" agent: a participle the parse misread
    # a participle with no auxiliary: its noun, not the clause before it, is its own
    return tag == "VBN" and words.pos[subj.i] == "NOUN" and cand.end <= subj.idx


def _perceived_act(tok: Token, cand: _Cand) -> bool:
    """ "fans who hear me speak", "let them hear you shout", "the guard saw them leaving", "she
    found him sleeping": a perception (or a finding) of someone's act in a bare infinitive or a
    participle is an event witnessed, not a content ("she saw that the gate was open", "the
    inquiry found that ..." stay). So is "found her calling as an actor", where the parse takes
    the noun for such a participle."""
    lemma = _lemma(tok)
    if cand.rule != VERB_CLAUSE or (lemma not in PERCEPTION and lemma != "find"):
        return False
    comp = _complement(tok)
    tags = ("VB", "VBG") if lemma in PERCEPTION else ("VBG",)
    return (
        comp is not None
        and comp.tag_ in tags
        and not any(g.dep_ in ("mark", "aux") for g in children_of(comp))
        and any(g.dep_ == "nsubj" for g in children_of(comp))
    )


def _recipient_passive(tok: Token, cand: _Cand) -> bool:
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
    obj = _content_object(tok, cand)
    if obj is None:
        return None
    if obj.lower_ in REFLEXIVES:
        return "reflexive"  # "proclaimed himself emperor": what follows is the content
    if obj.pos_ == "PRON" and obj.left_edge.i == obj.right_edge.i:
        return "person" if obj.lower_ in PERSON_PRONOUNS else "pointer"
    if obj.ent_type_ == "PERSON" or _person_noun(obj):
        return "person"
    if _speech_noun(obj):
        return "message"
    if _lemma(tok) in WORKS:
        return "work"
    return None  # a thing: what "praised the plan" or "cited the figures" is about


def _own_object(tok: Token, cand: _Cand) -> bool:
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
        and not _person_noun(obj)
        and not _speech_noun(obj)
    )


def _asked(tok: Token, cand: _Cand) -> bool:
    """ "The mayor, asked whether the bridge would reopen, said it would": the participle of
    "ask" (which the parse may take for a finite verb) says what the subject was asked, not what
    it asked."""
    if _lemma(tok) != "ask" or any(c.dep_ in ("aux", "auxpass") for c in children_of(tok)):
        return False
    doc = tok.doc
    if tok.dep_ == "acl" and tok.i > 0 and doc[tok.i - 1].text == ",":
        return True  # "The coach, asked if ..., said": an aside on the noun
    # the parse's finite "asked" between commas after its "subject": an aside
    subj = _subject(tok)
    return (
        tok.i > 0
        and doc[tok.i - 1].text == ","
        and subj is not None
        and subj.i < tok.i - 1
        and tok.head.i > tok.i
        and _lemma(tok.head) in cue_verbs()
    )


def _time_object(tok: Token, cand: _Cand) -> bool:
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


def _common_knowledge(tok: Token, cand: _Cand) -> bool:
    """ "It was known that a falling body gains speed", "it is now known that the comet is
    young": the agentless passive of "know" states what everyone knows; nobody is reported
    ("it was reported that ..." stays, and so does "X is known to have said")."""
    return (
        cand.rule == VERB_CLAUSE
        and _lemma(tok) == "know"
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(tok))
        and not any(c.dep_ == "agent" for c in children_of(tok))
    )


CHECKS: tuple[tuple[str, Callable[[Token, _Cand], bool]], ...] = (
    ("perceived-event", _perceived_event),
    ("perceived-act", _perceived_act),
    ("passive-modifier", _passive_modifier),
    ("recipient-passive", _recipient_passive),
    ("own-object", _own_object),
    ("asked", _asked),
    ("time-object", _time_object),
    ("appointment", _appointment),
    ("offered-goods", _offered_goods),
    ("activity", _activity),
    ("adopted-course", _adopted_course),
    ("not-a-stance-object", _not_a_stance_object),
    ("wanted-thing", _wanted_thing),
    ("exhibited", _exhibited),
    ("habit", _habit),
    ("pronoun-patient", _pronoun_patient),
    ("unknowing", _unknowing),
    ("addressee-only", _addressee_only),
    ("interrogated", _interrogated),
    ("withheld", _withheld),
    ("claimed-due", _claimed_due),
    ("named", _named),
    ("discerned", _discerned),
    ("say-for-example", _say_for_example),
    ("writers-inference", _writers_inference),
    ("connective-said", _connective_said),
    ("common-knowledge", _common_knowledge),
)
#: the constructions these checks look at (cues that are verbs)
VERB_RULES = {
    VERB_CLAUSE,
    VERB_INFINITIVE,
    VERB_OBJECT,
    PASSIVE_OBJECT,
    VERB_OBJECT_INFINITIVE,
    VERB_DESCRIBED_AS,
    VERB_NAMING,
    VERB_PREPOSITION,
}


#: what opens a condition ("if you want ...", "whether you believe it or not")
CONDITIONS = frozenset({"if", "whether", "unless"})


def asked_or_anyone(tok: Token, cand: _Cand, question: bool) -> str | None:
    """For a report whose content is no clause, with "you" as its speaker: `question` when it
    is asked of the one addressed ("Do you want to limit the scope?", "Can you explain more about
    it?", "Would you then offer two versions?": a question about a wish or an act reports
    nothing), `generic-condition` when "you" in a condition is anyone at all ("If you really want
    to avoid the crowds, come early", "whether you believe that story or not"); else None. A
    clause stays ("Do you think the bridge will reopen?" reports the belief asked about, as GUM
    annotates it). `question`: the sentence ends in a question mark."""
    span = cand.speaker_span
    if span is None or len(span) != 1 or span[0].lower_ != "you":
        return None
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in children_of(tok)):
        return "generic-condition"
    return "question" if question else None


def not_an_attribution(tok: Token, cand: _Cand) -> str | None:
    """The category of non-attribution reading the candidate falls in, or None."""
    if _cleft(tok, cand):
        return "cleft"
    if cand.rule == ADJECTIVE_CLAUSE:
        return "unknowing" if _unknowing(tok, cand) else None
    if cand.rule not in VERB_RULES:
        return None
    for name, check in CHECKS:
        if check(tok, cand):
            return name
    return None
