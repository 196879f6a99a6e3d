"""Interviews: who "I" and "you" are in a question-and-answer text.

An interview is a run of turns, each a paragraph, optionally opened by "Q:"/"A:" or "NAME:". A
document is taken for an interview when its first lines say so ("interview", "tells", "speaks
to") or when turns are marked; the interviewee is the person named there (else the person named
most often). Outside quotation marks, "I"/"me"/"my" in an answer turn and "you"/"your" in a
question turn are the interviewee; "I"/"me"/"my" in a question turn are the interviewer, when the
opening lines name one ("Jane Doe sat down with John Roe", "interviewed by John Roe") or a turn
label does. A question need not end with "?": "I wanted to know whether you ..." asks too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from claimx.actors.quoted import _quoted_tokens
from claimx.rules.docview import text_of
from claimx.rules.names import first_name_gender, norm, titles
from claimx.rules.registry import declare, note

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.actors.store import Actors, ActorView, _Actor

SPEAKER_FORMS = {"i", "me", "my", "mine", "myself"}
GROUP_FORMS = {"we", "us", "our", "ours", "ourselves"}
ADDRESSEE_FORMS = {"you", "your", "yours", "yourself"}
#: words of a headline or opening line that announce an interview
ANNOUNCES = re.compile(r"\b(interview\w*|tells|talks|speaks)\b", re.I)
CREDIT = re.compile(r"\b(?:image|photo|picture|credit|video)s?\s*:\s*$", re.I)
WORDS = re.compile(r"[a-z]+")
PREFIX = re.compile(r"^\s*(Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*:\s")
#: an indirect question: "I wanted to know if you ...", "I wonder whether you ..."
INDIRECT = re.compile(
    r"\b(?:know|wonder\w*|ask\w*|curious)\s+(?:if|whether|why|how|what)\b|\btell (?:us|me)\b",
    re.I,
)
#: words that say someone put the questions: "sat down with", "spoke with", "interviewed by"
INTERVIEWER_CUE = re.compile(
    r"\b(?:with|by|to)\s*$",
    re.I,
)
MEETS = re.compile(r"\b(?:interview\w*|sat down|spoke|talked|speaks|talks|met)\b", re.I)
#: a title or a name the interviewer opens a question with: "Mr. President, ...", "Dr. Bos, ..."
VOCATIVE = re.compile(
    r"^\s*((?:Mr|Mrs|Ms|Dr|Madam|Madame|Sir|Professor)\.?(?: [A-Z][\w'’-]*){1,2})\s*,"
)
#: characters beyond which a turn ending with "?" is an answer that asks, not a question
LONG_TURN = 500
#: question turns needed before unmarked paragraphs are read as turns
MIN_QUESTIONS = 2

ANSWER_I = declare(
    "coref.interview-answer-i",
    trigger="I, me, my outside quotation marks in an answer turn of an interview",
    description="in an interview, the first person of an answer is the interviewee",
    examples=[
        "Interview with potter Jane Ellison\nJane Ellison makes bowls.\nWhy clay?\n"
        "I liked the feel of it.\nWhat comes next?\nI will open a shop.\nWhen?\n"
        "I hope by spring.",
        "Astronomer Raul Mendes tells us about comets\nRaul Mendes studies comets.\n"
        "How did it start?\nMy father had a telescope.\nAnd now?\nI watch every night.\n"
        "Why?\nI cannot stop.",
    ],
)
ANSWER_WE = declare(
    "coref.interview-answer-we",
    trigger="we, us, our outside quotation marks in an answer turn of an interview",
    description="in an interview, 'we' of an answer is the body the interviewee speaks for "
    "(a title naming it: 'Acme founder Jane Roe'), else a group of people of its own (the "
    "interviewee's team or family) when it recurs",
    examples=[
        "Interview with Fernleaf Books founder Martin Hale\nMartin Hale started Fernleaf Books.\n"
        "Why books?\nWe love them.\nWhat next?\nOur next book is about rivers.\nWhen?\n"
        "I hope by June.",
        "Interview with potter Jane Ellison\nJane Ellison makes bowls.\nWhy clay?\n"
        "We liked the feel of it.\nWhat comes next?\nWe will open a shop.\nWhen?\n"
        "I hope by spring.",
        "Q: Where do you work, Mr Oduya?\nA: We run a clinic in Kisumu.\nQ: Is it busy?\n"
        "A: Our nurses see fifty people a day.\nQ: Do you?\nA: Not any more.\n"
        "Peter Oduya spoke to us in May.",
    ],
)
QUESTION_YOU = declare(
    "coref.interview-question-you",
    trigger="you, your outside quotation marks in a question turn of an interview",
    description="in an interview, the second person of a question is the interviewee",
    examples=[
        "Interview with potter Jane Ellison\nJane Ellison makes bowls.\nWhy did you choose clay?\n"
        "It felt right.\nWhat is your next plan?\nA shop.\nWhen will you open it?\nIn spring.",
        "Q: Where did you grow up, Ms Tan?\nA: In a port town.\nQ: Did your parents sail?\n"
        "A: Both of them.\nQ: Do you sail?\nA: Not any more.\nAnnie Tan spoke to us in May.",
    ],
)


VOCATIVE_TITLE = declare(
    "coref.interview-vocative",
    trigger="a question turn of an interview opening with 'Mr. President,', 'Dr. Ekwueme,'",
    description="in an interview, the title or name a question opens with addresses the "
    "interviewee",
    examples=[
        "Interview with Omar Haddad\nOmar Haddad has led the country since 2010.\nMr. President, "
        "why did you call the vote?\nIt was time.\nWhat comes next?\nA new budget.\nWhen?\nIn "
        "spring.",
        "An interview with Ruth Calder\nRuth Calder has run the city for ten years.\nMr. Mayor, "
        "why did you close the bridge?\nIt was unsafe.\nWhen will it open?\nIn May.\nWhat "
        "next?\nA new school.",
    ],
)

QUESTION_I = declare(
    "coref.interview-question-i",
    trigger="I, me, my outside quotation marks in a question turn of an interview that names "
    "its interviewer",
    description="in an interview, the first person of a question is the interviewer the opening "
    'lines name ("sat down with", "interviewed by") or the turn label names',
    examples=[
        "Jane Ellison sat down with Tom Barr for an interview.\nJane Ellison makes bowls.\n"
        "I wanted to know why you chose clay.\nIt felt right.\nWhat is next?\nA shop.\n"
        "I hear you want to teach?\nOne day.",
        "Raul Mendes talks with Nadia Kerr about comets.\nRaul Mendes studies comets.\n"
        "How did you start?\nMy father had a telescope.\nI wonder whether you sleep at all.\n"
        "Rarely.\nWhy?\nComets do not wait.",
    ],
)


@lru_cache(maxsize=1)
def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the text's non-blank lines: the turns of an interview (the positions
    stage reads the same turns). The last text's are kept: the actors, quotes and positions
    stages each ask once per document."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            out.append((start, end))
        start = end + 1
    return tuple(out)


def is_question(text: str) -> bool:
    """Does the turn end with a question mark (closing quotes and brackets aside)?"""
    return text.rstrip().rstrip("\"'”’)").endswith("?")


def asks(text: str) -> bool:
    """A question turn: it ends with a question mark (a long answer may end with a rhetorical
    one), or it addresses "you" without an "I" ("You have written four books since then.")."""
    if is_question(text):
        return len(text) < LONG_TURN
    words = set(WORDS.findall(text.lower()))
    if words & ADDRESSEE_FORMS and len(text) < LONG_TURN and INDIRECT.search(text):
        return True  # "I just wanted to know if you had any thoughts on ..."
    return bool(words & ADDRESSEE_FORMS) and not words & SPEAKER_FORMS


def asks_at(doc: Doc, text: str, start: int, end: int) -> bool:
    """`asks` for the turn at characters `start:end` of the document, except a turn of several
    sentences with no question mark and no indirect question ("No, no. Forget that. You see,
    ..."): an answer that addresses "you"; a question put as a statement ("You were in Gaza last
    year.") is one sentence."""
    para = text[start:end]
    if not asks(para):
        return False
    if "?" in para or INDIRECT.search(para):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or not any(t.is_sent_start for t in span[1:])


def _interviewee(store: Actors, opening: int) -> _Actor | None:
    """The person named in the opening lines, the most mentioned of them; else the person named
    most often, if named at least three times."""
    doc = store.doc

    text = store.text

    def credited(start: int) -> bool:
        """A caption's credit ("Image: Jane Doe."), not a person the text is about."""
        line = text[text.rfind("\n", 0, start) + 1 : start]
        return bool(CREDIT.search(line))

    def names(actor: _Actor, before: int | None = None) -> int:
        return sum(
            1
            for (s, _), form in actor.mentions.items()
            if form == "name" and (before is None or s < before) and not credited(s)
        )

    def recognised(actor: _Actor) -> bool:
        """Labelled a person by the recogniser somewhere: "Cyclone Phailin" never is."""
        for (s, e), form in actor.mentions.items():
            span = doc.char_span(s, e, alignment_mode="expand") if form == "name" else None
            if span is not None and any(t.ent_type_ == "PERSON" for t in span):
                return True
        return False

    people = [
        a for a in store._actors if a.kind == "person" and a.named and recognised(a) and names(a)
    ]
    early = [a for a in people if names(a, opening) > 0]
    pool = early or [a for a in people if names(a) >= 3]
    if not pool:
        return None
    given = first_name_gender()
    return max(
        pool,
        key=lambda a: ((a.first or "").title() in given, names(a), -min(a.mentions)[0]),
    )


#: how a title noun beside a name holds the body it names ("wikiHow founder", "the Party's head")
_BODY_DEPS = frozenset(("compound", "amod", "poss", "pobj"))


def _body_headed(store: Actors, interviewee: _Actor, opening: int) -> str | None:
    """The body the opening lines make the interviewee the founder, head or member of: a title
    noun in apposition to or compounded with their name ("Jane Roe, Acme founder", "Acme founder
    Jane Roe", "Jane Roe, head of Acme") whose modifier is an organisation's name."""
    doc = store.doc
    offices = titles()
    for (s, e), form in sorted(interviewee.mentions.items()):
        if form != "name" or s >= opening:
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        nouns = [t for t in root.children if t.dep_ in ("appos", "compound")]
        nouns += [t for t in span if t.i != root.i]
        if root.dep_ == "appos":
            nouns.append(root.head)
        for noun in nouns:
            if noun.lower_ not in offices:
                continue
            mods = [c for c in noun.children if c.dep_ in _BODY_DEPS]
            mods += [g for c in noun.children if c.lower_ == "of" for g in c.children]
            for mod in mods:
                if mod.dep_ not in _BODY_DEPS:
                    continue
                owner = store.resolve(mod.idx, mod.idx + len(mod.text))
                if owner is not None and store.get(owner).kind == "organization":
                    return owner
    return None


def _interviewer(store: Actors, interviewee: _Actor, opening: int) -> _Actor | None:
    """The person (or body) the opening lines say put the questions: named after "with", "by"
    or "to" in a sentence about an interview or a talk ("Jane Doe sat down with John Roe")."""
    text = store.text
    given = first_name_gender()
    for actor in store._actors:
        if actor is interviewee or not actor.named:
            continue
        if actor.kind in ("country", "place"):
            continue  # a body may ask ("Wikinews spoke with ..."), a place does not
        for (s, _), form in actor.mentions.items():
            if form != "name" or s >= opening:
                continue
            before = text[max(0, text.rfind("\n", 0, s) + 1, s - 80) : s]
            sentence = before[before.rfind(". ") + 1 :]
            if INTERVIEWER_CUE.search(before) and MEETS.search(sentence):
                if actor.name.split()[0] in given:
                    actor.kind = "person"  # "sat down with Tom Barr", labelled a body
                return actor
    return None


def marked_turns(prefixes: list[re.Match[str] | None]) -> tuple[set[str], bool]:
    """The turn labels of a text (`PREFIX` matched at each paragraph's start): a label that
    opens two turns or more is a speaker's ("Q:", "Wikinews:", "Jane Doe:"); with four such
    turns or more the text is marked as a run of turns."""
    labels: dict[str, int] = {}
    for m in prefixes:
        if m:
            labels[m.group(1)] = labels.get(m.group(1), 0) + 1
    turn_labels = {label for label, n in labels.items() if n >= 2}
    return turn_labels, sum(labels[label] for label in turn_labels) >= 4


def resolve_turns(store: Actors) -> None:
    """First and second person pronouns of interview turns, resolved to the interviewee."""
    doc, text = store.doc, store.text
    paras = paragraphs(text)
    if len(paras) < 4:
        return
    prefixes = [PREFIX.match(text[s:e]) for s, e in paras]
    turn_labels, marked = marked_turns(prefixes)
    questions = sum(1 for s, e in paras if is_question(text[s:e]))
    announced = bool(ANNOUNCES.search(text[paras[0][0] : paras[1][1]]))
    if not marked and not (questions >= MIN_QUESTIONS and (announced or questions >= 5)):
        return
    opening = paras[min(2, len(paras) - 1)][1]
    interviewee = _interviewee(store, opening)
    if interviewee is None:
        return
    # the body they speak for (a title naming it), else themselves
    # "we" of an answer: the body the interviewee speaks for (a title naming it), else a group of
    # people the interviewee belongs to (a team, a family), an actor of its own
    we = store._we(interviewee) or _body_headed(store, interviewee, opening)
    ours: list[tuple[int, int]] = []
    # the interviewer is named before the first question
    first_question = next((s for s, e in paras[1:] if asks_at(doc, text, s, e)), paras[-1][0])
    interviewer = _interviewer(store, interviewee, first_question)
    quoted = _quoted_tokens(doc)
    starts = doc.to_array("IDX")
    seen_question = False
    for (s, e), prefix in zip(paras[1:], prefixes[1:], strict=True):
        para = text[s:e]
        asker = interviewer
        if prefix and prefix.group(1) in turn_labels:
            label = prefix.group(1)
            key = norm(label)
            answers = (
                label == "A"
                or key in interviewee.keys
                or (key in {w for k in interviewee.keys for w in k.split()})
            )
            question = not answers
            labelled = store._by_key.get(key)
            if question and labelled is not None and labelled != interviewee.id:
                asker = store.get(labelled)
        else:
            question = asks_at(doc, text, s, e)
        seen_question = seen_question or question
        if not seen_question:
            continue  # the introduction before the first question
        lo, hi = (int(k) for k in starts.searchsorted([s, e]))
        vocative = VOCATIVE.match(para[prefix.end() :] if prefix else para) if question else None
        if vocative is not None:
            at = s + (prefix.end() if prefix else 0) + vocative.start(1)
            if not store._overlaps(at, at + len(vocative.group(1))):
                store.add_mention(interviewee.id, at, at + len(vocative.group(1)), "title")
                note(VOCATIVE_TITLE)
        forms, rule = (ADDRESSEE_FORMS, QUESTION_YOU) if question else (SPEAKER_FORMS, ANSWER_I)
        for i in range(lo, hi):
            if quoted[i]:
                continue
            tok = doc[i]
            if tok.tag_ not in ("PRP", "PRP$"):
                continue
            if tok.lower_ in forms:
                store.add_mention(interviewee.id, tok.idx, tok.idx + len(tok.text), "pronoun")
                note(rule)
            elif question and asker is not None and tok.lower_ in SPEAKER_FORMS:
                store.add_mention(asker.id, tok.idx, tok.idx + len(tok.text), "pronoun")
                note(QUESTION_I)
            elif not question and tok.lower_ in GROUP_FORMS:
                ours.append((tok.idx, tok.idx + len(tok.text)))
    if we is None and len(ours) >= 2:  # one "we" alone may be anyone's
        we = store.new("we", "group")
        store.get(we).people = True
    if we is None:
        return
    for start, end in ours:
        store.add_mention(we, start, end, "pronoun")
        note(ANSWER_WE)


#: an interview has at least this many paragraphs that are questions, or fewer when the
#: opening lines announce one (the test `resolve_turns` applies)
ANSWER_QUESTIONS = 3


class Answers:
    """The answers of an interview (character ranges) and the interviewee who speaks them."""

    def __init__(self, ranges: list[tuple[int, int]], interviewee: str | None) -> None:
        self.starts = [a for a, _ in ranges]
        self.ranges = ranges
        self.interviewee = interviewee

    def speaker_at(self, char: int) -> str | None:
        return self.interviewee if self.inside(char) else None

    def inside(self, char: int) -> bool:
        i = bisect_right(self.starts, char) - 1
        return i >= 0 and char < self.ranges[i][1]


def interview_answers(doc: Doc, models: list[ActorView]) -> Answers:
    """The interviewee's answers in an interview: the paragraphs after the first question that
    do not ask themselves. Read by later stages once every mention is settled. A document is an
    interview on `resolve_turns`' terms (its opening lines announce one and it asks at least
    twice) or when ANSWER_QUESTIONS paragraphs end in a question mark. The interviewee is the
    person the answers' "I" was resolved to (so that the holder is the actor the output lists
    for that "I"), else the person the headline names first, else the one the introduction
    names most."""
    text = text_of(doc)
    none = Answers([], None)
    paras = paragraphs(text)
    if len(paras) < 4:
        return none
    marks = sum(is_question(text[a:b]) for a, b in paras)
    announced = bool(ANNOUNCES.search(text[paras[0][0] : paras[1][1]]))
    if marks < ANSWER_QUESTIONS and not (announced and marks >= MIN_QUESTIONS):
        return none
    people = [a for a in models if a.kind == "person"]
    if not people:
        return none
    ranges: list[tuple[int, int]] = []
    title_end = paras[0][1]
    first_question = -1
    for a, b in paras[1:]:
        question = asks_at(doc, text, a, b)
        if question and first_question < 0:
            first_question = a
        if first_question >= 0 and not question:
            ranges.append((a, b))
    answers = Answers(ranges, None)
    first_question = first_question if first_question >= 0 else title_end

    def weight(actor: ActorView) -> tuple[int, int, int, int]:
        """Most "I" in the answers; else the person the headline names first, else the one the
        introduction names most."""
        names = [m for m in actor.mentions if m.form == "name"]
        in_title = [m.start for m in names if m.end <= title_end]
        speaks = sum(
            1
            for m in actor.mentions
            if m.form == "pronoun"
            and text[m.start : m.end].lower() in SPEAKER_FORMS
            and answers.inside(m.start)
        )
        return (
            speaks,
            -min(in_title, default=title_end + 1),
            sum(m.end <= first_question for m in names),
            len(names),
        )

    best = max(people, key=weight)
    if (
        announced
        and weight(best)[0] == 0
        and any(SPEAKER_FORMS.intersection(WORDS.findall(text[a:b].lower())) for a, b in ranges)
    ):
        return none  # an announced interview whose answers speak as "I" the actor stage gave
        # to no one: a panel, whose speakers the answers do not name
    return Answers(ranges, best.id)
