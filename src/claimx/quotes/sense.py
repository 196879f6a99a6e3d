"""Attribution, not any verb with an object: a cue counts only in the sense and frame that report
speech, writing, thought or evidence.

Each check names a category of readings that are not attributions, with the words it needs from
`models/quote_words.tsv`; `not_an_attribution` returns the first that applies (None: keep). The
checks here read the clause and the frame; those that read the cue's object are in
`quotes/objectsense.py`. Examples of each are in tests/test_quotes_sense.py.
"""

from __future__ import annotations

from functools import cache, lru_cache
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
from claimx.quotes.objectsense import (
    ADDRESSEE,
    ADOPTING,
    APPOINTING,
    CLAIMING,
    DESIRE,
    EXHIBITING,
    INTERROGATING,
    OFFERING,
    THAT_ONLY,
    WITHHOLDING,
    activity,
    addressee_only,
    adopted_course,
    appointment,
    claimed_due,
    complement,
    exhibited,
    interrogated,
    not_a_stance_object,
    offered_goods,
    own_object,
    person_noun,
    pronoun_patient,
    recipient_passive,
    time_object,
    wanted_thing,
    withheld,
)
from claimx.quotes.words import QUOTE_CHARS
from claimx.rules.docview import children_of, words_of
from claimx.rules.lexicon import cue_frames, cue_verbs, quote_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

PERCEPTION = quote_words("perception-verbs")
INFERENCE = quote_words("inference-verbs")
DEMONSTRATIVES = quote_words("demonstratives")
#: verbs of liking: with an infinitive of an act, a habit or taste ("I like to build the rigs")
LIKING = quote_words("liking-verbs")
#: words of knowing: negated, with a first-person subject and a wh-clause, an admission of
#: not knowing ("I don't know if ...", "we are not sure which ...")
KNOWING = quote_words("knowing-words")
FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
#: tags of a verb or auxiliary in the present, or a modal
PRESENT_OR_MODAL = frozenset({"VBZ", "VBP", "MD"})
#: what opens a wh-clause (an indirect question)
WH_OPENERS = frozenset({"if", "whether"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _perceived_event(tok: Token, cand: _Cand) -> bool:
    """ "The final weekend saw two rivals face off": a verb of perception whose subject is a
    time or an event, not a perceiver, reports nothing ("the crowd saw them leave" stays)."""
    if _lemma(tok) not in PERCEPTION or cand.rule != VERB_CLAUSE:
        return False
    comp = complement(tok)
    if comp is None or any(g.dep_ == "mark" for g in children_of(comp)):
        return False
    # "the final weekend saw two rivals meet": a time or an event does not perceive
    subj = _subject(tok)
    return subj is not None and subj.pos_ == "NOUN" and not person_noun(subj)


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
    i = tok.i
    if i == 0 or words_of(tok.doc).lower[i - 1] not in DEMONSTRATIVES or _lemma(tok) != "say":
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
    if cand.rule not in (VERB_CLAUSE, PARENTHETICAL) or cand.end > tok.idx:
        return False
    # the children's relations and words from the columns: asked of every candidate
    words, i = words_of(tok.doc), tok.i
    dep, lower = words.dep, words.lower
    return any(dep[c] == "mark" and lower[c] == "that" and c < i for c in words.children(i))


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
    comp = complement(tok)
    tags = ("VB", "VBG") if lemma in PERCEPTION else ("VBG",)
    return (
        comp is not None
        and comp.tag_ in tags
        and not any(g.dep_ in ("mark", "aux") for g in children_of(comp))
        and any(g.dep_ == "nsubj" for g in children_of(comp))
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


#: the object readings' constructions (an object's checks look at nothing else)
OBJECTS = frozenset({VERB_OBJECT, PASSIVE_OBJECT})
CLAUSE = frozenset({VERB_CLAUSE})
CLAUSE_OR_ASIDE = frozenset({VERB_CLAUSE, PARENTHETICAL})
OBJECT = frozenset({VERB_OBJECT})
PASSIVE = frozenset({PASSIVE_OBJECT})
#: Each check in the order they are tried, with its gate: the constructions (None: any) and the
#: cue lemmas (None: any) its own first test asks for. A candidate runs only the checks whose
#: gate it passes (`_checks_for`); each check still tests its gate, so that it reads whole.
CHECKS: tuple[
    tuple[str, Callable[[Token, _Cand], bool], frozenset[str] | None, frozenset[str] | None], ...
] = (
    ("perceived-event", _perceived_event, CLAUSE, PERCEPTION),
    ("perceived-act", _perceived_act, CLAUSE, PERCEPTION | {"find"}),
    ("passive-modifier", _passive_modifier, CLAUSE_OR_ASIDE, None),
    ("recipient-passive", recipient_passive, OBJECT, None),
    ("own-object", own_object, CLAUSE_OR_ASIDE, None),
    ("asked", _asked, None, frozenset({"ask"})),
    ("time-object", time_object, frozenset({VERB_PREPOSITION}), None),
    ("appointment", appointment, None, APPOINTING | {"call"}),
    ("offered-goods", offered_goods, OBJECTS, OFFERING),
    ("activity", activity, CLAUSE, THAT_ONLY),
    ("adopted-course", adopted_course, OBJECTS, ADOPTING),
    ("not-a-stance-object", not_a_stance_object, OBJECTS, None),
    ("wanted-thing", wanted_thing, OBJECTS, DESIRE),
    ("exhibited", exhibited, OBJECT, EXHIBITING),
    ("habit", _habit, frozenset({VERB_INFINITIVE}), LIKING),
    ("pronoun-patient", pronoun_patient, PASSIVE, None),
    ("unknowing", _unknowing, None, KNOWING),
    ("addressee-only", addressee_only, OBJECT, ADDRESSEE),
    ("interrogated", interrogated, OBJECT, INTERROGATING),
    ("withheld", withheld, OBJECTS, WITHHOLDING),
    ("claimed-due", claimed_due, frozenset({VERB_OBJECT, VERB_CLAUSE}), CLAIMING),
    ("named", _named, PASSIVE, None),
    ("discerned", _discerned, CLAUSE, frozenset({"tell"})),
    ("say-for-example", _say_for_example, None, frozenset({"say"})),
    ("writers-inference", _writers_inference, None, INFERENCE),
    ("connective-said", _connective_said, None, frozenset({"say"})),
    ("common-knowledge", _common_knowledge, CLAUSE, frozenset({"know"})),
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
    for name, check in _checks_for(cand.rule, _lemma(tok)):
        if check(tok, cand):
            return name
    return None


@lru_cache(maxsize=4096)
def _checks_for(rule: str, lemma: str) -> tuple[tuple[str, Callable[[Token, _Cand], bool]], ...]:
    """The checks whose gate a construction and a cue lemma pass, in their order: most
    candidates need three or four of the 27 (kept per pair of strings, for the process)."""
    return tuple(
        (name, check)
        for name, check, lemmas in _checks_of(rule)
        if lemmas is None or lemma in lemmas
    )


@cache
def _checks_of(
    rule: str,
) -> tuple[tuple[str, Callable[[Token, _Cand], bool], frozenset[str] | None], ...]:
    """The checks whose gate a construction passes, in their order, with their lemma gates: a
    new cue lemma is then tried against these few only."""
    return tuple(
        (name, check, lemmas)
        for name, check, rules, lemmas in CHECKS
        if rules is None or rule in rules
    )
