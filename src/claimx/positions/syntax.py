"""Tree helpers of the positions stage: subjects, objects, noun phrases, polarity. Token ranges are
half-open `(start, end)` token indices."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimx.positions import constructions as C
from claimx.positions.lexicon import Lexicon, lexicon, sense_objects
from claimx.rules import patterns
from claimx.rules.docview import children_of, text_of, tokens_of, words_of
from claimx.rules.names import person_nouns
from claimx.rules.registry import note
from claimx.rules.tokens import head_part as head_part  # shared, half-open
from claimx.rules.tokens import subtree as subtree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
OBJECTS = ("dobj", "obj")
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
RELATIVES = frozenset({"which", "that", "who", "whom", "whose"})
#: Prepositions that introduce whom a directive addresses ("called on X to ...", "pleaded with X").
ADDRESSEE = frozenset({"on", "upon", "to", "of", "with"})
BE_FORMS = frozenset({"'s", "'re", "'m", "is", "are", "was", "were", "am", "be", "been"})
COPULAS = frozenset(
    {"be", "seem", "remain", "stay", "become", "look", "sound", "feel", "appear", "grow"}
)
#: How far up the tree a holder, a reporting verb or an operator is looked for.
MAX_CLIMB = 6


def children(tok: Token, *deps: str) -> Iterator[Token]:
    """`tok`'s children with one of `deps`, in text order: read from the word columns, with no
    new `Token` made (`children_of(Token)` makes one per child on every walk)."""
    doc = tok.doc
    words, tokens = words_of(doc), tokens_of(doc)
    dep = words.dep
    return (tokens[c] for c in words.children(tok.i) if dep[c] in deps)


def first(tok: Token, *deps: str) -> Token | None:
    """`tok`'s first child with one of `deps`: a loop, as a generator cost more than the look."""
    words = words_of(tok.doc)
    for c in words.children(tok.i):
        if words.dep[c] in deps:
            return tokens_of(tok.doc)[c]
    return None


def trimmed(doc: Doc, rng: tuple[int, int], root: Token) -> tuple[int, int] | None:
    """Punctuation, a leading "that" or a dangling "and" off; never across a paragraph break."""
    start, end = rng
    words = words_of(doc)
    text, space, punct, dep = words.text, words.space, words.punct, words.dep
    # (a token's trailing whitespace is one space or nothing: a line break is a token of its own)
    for i in range(start, end):
        if space[i] and "\n" in text[i]:
            if i < root.i:
                start = i + 1
            else:
                end = i
                break
    while start < end and (punct[start] or dep[start] in ("mark", "cc")):
        start += 1
    while end > start and (punct[end - 1] or space[end - 1] or dep[end - 1] == "cc"):
        end -= 1
    return (start, end) if start < end else None


def is_infinitive(tok: Token) -> bool:
    return words_of(tok.doc).pos[tok.i] in ("VERB", "AUX") and any(
        c.lower_ == "to" for c in children(tok, "aux")
    )


def without_subject(tok: Token) -> tuple[int, int]:
    """A clause's span from just after its subject (for "urged X to do Y" parsed as a clause)."""
    start, end = subtree(tok)
    subj = first(tok, *SUBJECTS)
    if subj is not None and subj.i < tok.i:
        start = subj.right_edge.i + 1
    return start, end


def antecedent(tok: Token) -> Token:
    """A relative pronoun's antecedent when the parse gives one, else the pronoun itself."""
    if tok.lower_ in RELATIVES and tok.tag_ in ("WDT", "WP", "IN", "DT"):
        clause = tok.head
        while clause.dep_ not in ("relcl", "acl") and clause.head.i != clause.i:
            if clause.dep_ not in ("conj", "xcomp", "ccomp"):
                return tok
            clause = clause.head
        if clause.dep_ in ("relcl", "acl"):
            return clause.head
    return tok


def np_span(tok: Token) -> tuple[int, int]:
    """A noun phrase without a relative clause after it ("the plan, which X praised")."""
    ante = antecedent(tok)
    if ante is not tok:
        return head_part(ante)
    start, end = subtree(tok)
    for c in tok.rights:
        if c.dep_ == "relcl":
            end = c.left_edge.i
            break
    return start, end


def subject_of(verb: Token) -> list[Token]:
    """Who does what the verb says: its subject, or the controller up an infinitive chain."""
    tok = verb
    for _ in range(MAX_CLIMB):
        subj = nearest_subject(tok)
        if subj is not None:
            if subj.lower_ in RELATIVES and tok.dep_ == "relcl":
                subj = tok.head
                # "I am the only candidate who backs X": the copula's subject
                attr = subj.head if subj.dep_ == "conj" else subj
                cop = copula_subject(attr) if attr.dep_ == "attr" else None
                subj = cop if cop is not None else subj
                if (
                    subj.dep_ == "pobj"
                    and subj.head.lower_ == "of"
                    and subj.head.head.dep_ == "appos"
                ):
                    subj = subj.head.head.head  # "X, one of the three who voted against Y"
            return [subj, *subj.conjuncts]
        if first(tok, "nsubjpass") is not None:
            return agent_of(tok)
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            return [tok.head]
        if tok.dep_ == "relcl":
            return [tok.head]
        if tok.dep_ == "xcomp" and first(tok.head, *OBJECTS) is None or tok.dep_ == "conj":
            tok = tok.head
        elif tok.dep_ == "acl" and is_infinitive(tok) and tok.head.dep_ in OBJECTS:
            tok = tok.head.head  # "launched a campaign to persuade X"
        elif tok.dep_ == "acomp" and (
            lexicon().role(tok.lower_, "ready") or lexicon().role(tok.lower_, "flip")
        ):
            tok = tok.head  # "was quick to condemn X", "was reluctant to back X"
        elif tok.dep_ == "pcomp" and tok.tag_ == "VBG" and in_a_state(tok.head):
            tok = tok.head.head  # "was unanimous in rejecting X": the copula's subject
            tok = tok.head if tok.dep_ == "acomp" else tok
        elif tok.dep_ == "advcl" and tok.tag_ == "VBG" and first(tok, "mark") is None:
            tok = tok.head  # "..., asking the government to act": the main clause's subject
        elif tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by":
            tok = tok.head.head  # "reacted by proposing X"
        elif tok.dep_ == "pcomp" and tok.tag_ == "VBG" and predicated(tok.head) is not None:
            note(C.TRAIT_GERUND)
            tok = predicated(tok.head)  # type: ignore[assignment]  # "is on record as favoring X"
        else:
            return []
    return []


def refused(cue: Token, lex: Lexicon) -> bool:
    """A verb that counts only negated ("negated" frame: accept, tolerate): "would not accept X"
    is a refusal, not a supposition."""
    entry = lex.verbs.get(cue.lemma_.lower())
    return entry is not None and "negated" in entry[1]


def fronted_passive(cue: Token) -> bool:
    """A passive participle with a by-agent heading a clause before the main one ("Backed by the
    mayor, the plan passed"): it describes the main clause's subject."""
    return (
        cue.dep_ == "advcl"
        and cue.tag_ == "VBN"
        and cue.i < cue.head.i
        and first(cue, "agent") is not None
    )


def free_relative(clause: Token) -> bool:
    """A clause opening with "what" as its object, which the parse hangs on a verb as a
    complement ("welcomed [what she said]")."""
    what = clause.left_edge
    return what.lower_ == "what" and what.tag_ == "WP" and what.dep_ in OBJECTS


def in_a_state(prep: Token) -> bool:
    """ "in" after a copula or a predicate adjective ("was unanimous in rejecting X", "were
    united in opposing Y"), whose gerund is the subject's act."""
    head = prep.head
    return prep.lower_ == "in" and (is_be(head) or head.dep_ == "acomp" and is_be(head.head))


def nearest_subject(verb: Token) -> Token | None:
    """The verb's subject; of two (a dateline the parse took for one: "PORT ELLERY — The council
    voted ..."), the one nearer the verb."""
    words = words_of(verb.doc)  # the columns: asked at every stance verb
    found = [c for c in words.children(verb.i) if words.dep[c] in ("nsubj", "csubj")]
    last = len(found) > 1 and found[-1] < verb.i  # (children come in text order)
    return tokens_of(verb.doc)[found[-1] if last else found[0]] if found else None


#: prepositions of a predicate phrase that describes its subject by what it does ("is on record
#: as favoring X", "is known for opposing X", "has a record of backing X")
TRAIT_PREPS = frozenset({"as", "of", "for"})


def predicated(prep: Token) -> Token | None:
    """The verb whose subject a gerund under `prep` describes: "X is on record as favoring Y",
    "X is known for opposing Y" (a copula, or "known", straight above or through one noun).
    "rejected the idea of supporting Y" is no trait of the subject: nothing."""
    if prep.lower_ not in TRAIT_PREPS or prep.dep_ != "prep":
        return None
    head = prep.head
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "on record as ...", "in the habit of ..."
    if is_be(head) or head.lower_ == "known" and first(head, "auxpass") is not None:
        return head
    return None


def agent_of(verb: Token) -> list[Token]:
    """The object of a passive verb's by-phrase and its conjuncts (tree pattern
    `passive-agent`)."""
    found = patterns.first("passive-agent", verb.doc, verb.i, "agent")
    if found is None:
        return []
    obj = verb.doc[found]
    return [obj, *obj.conjuncts]


def polarity(cue: Token, lex: Lexicon) -> int:
    """+1 as stated, -1 negated or refused, 0 hypothetical, hedged or asked."""
    sign = 1
    tok = cue
    if cue.pos_ in ("NOUN", "PROPN") and cue.dep_ in OBJECTS:
        tok = cue.head  # "did not voice support for X": the light verb carries the negation
    elif cue.dep_ == "amod" and cue.head.dep_ in OBJECTS:
        tok = cue.head.head  # "is not doing a great job": so does the verb of its noun
    elif cue.dep_ == "amod" and cue.head.dep_ == "attr":
        tok = cue.head  # "it would have been an excellent result": up through the noun
    elif cue.pos_ == "ADP" and cue.dep_ == "prep" and is_be(cue.head) and first(cue, "neg") is None:
        tok = cue.head  # "X is not against Y": the copula carries the negation
    wish = lex.role(cue.lemma_.lower(), "desire_modal")
    words = words_of(cue.doc)  # the columns: most children read are none of the words below
    dep, lower, head, kids = words.dep, words.lower, words.head, words.children
    for step in range(MAX_CLIMB):
        for c in kids(tok.i):
            if dep[c] == "neg" or (dep[c] == "advmod" and any(dep[g] == "neg" for g in kids(c))):
                sign = -sign
            elif (
                dep[c] == "aux"
                and lex.role(lower[c], "modal")
                and not (wish and tok.i == cue.i and lower[c] in ("would", "'d", "’d"))
                and not (tok.i == cue.i and performed(cue, tokens_of(cue.doc)[c], lex))
                and not (lower[c] == "would" and backshifted(tok, lex))
                and not (lower[c] == "could" and first(tok, "neg") and backshifted(tok, lex))
                and not (lower[c] == "would" and foreseen(cue, tok))
                and not (lower[c] == "would" and first(tok, "neg") and refused(cue, lex))
                or dep[c] in ("mark", "advmod")
                and lex.role(lower[c], "condition")
            ):
                return 0
        if step > 0:
            lemma = tok.lemma_.lower()
            if lex.role(lemma, "hedge"):
                return 0
            if any(dep[c] == "advmod" and lex.role(lower[c], "pending") for c in kids(tok.i)):
                return 0  # "has yet to endorse X": no stance taken
            if lex.role(lemma, "flip"):
                sign = -sign
        if tok.dep_ not in ("xcomp", "conj", "acomp", "attr", "ccomp") or tok.head.i == tok.i:
            break
        if tok.dep_ == "ccomp" and not is_infinitive(tok):
            if nobody_says(tok.head, lex):
                return 0  # "nobody is saying the old ground is perfect"
            break
        tok = tok.head
    # a conditional clause higher up ("if they back the plan, ...")
    anc = tok.i
    for _ in range(MAX_CLIMB):
        if dep[anc] == "advcl" and any(
            dep[c] == "mark" and lex.role(lower[c], "condition") for c in kids(anc)
        ):
            return 0
        if head[anc] == anc:
            break
        anc = head[anc]
    return sign


def foreseen(cue: Token, verb: Token) -> bool:
    """ "A national ban would be a disaster", "it would be a mistake to wait": an evaluation of
    what would follow a course, said of it now (not "would have been", a counterfactual)."""
    said = verb.dep_ == "ROOT" or (
        verb.dep_ == "ccomp" and _reports(verb.head.lemma_.lower(), "think")
    )  # the speaker's own clause, not one a noun governs ("on the grounds that X would be ...")
    return (
        said
        and cue.pos_ in ("ADJ", "NOUN")
        and cue.dep_ in ("acomp", "attr", "amod")
        and is_be(verb)
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb))
    )


#: subjects that deny a report: "nobody is saying X", "no one thinks X"
NOBODY = frozenset({"nobody", "noone", "none"})


def nobody_says(verb: Token, lex: Lexicon) -> bool:
    """A reporting verb whose subject is nobody: what it reports is no one's view."""
    subj = first(verb, "nsubj")
    if subj is None or not _reports(verb.lemma_.lower(), "think", "believe"):
        return False
    no_det = any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(subj))
    return subj.lower_ in NOBODY or no_det


def performed(verb: Token, aux: Token, lex: Lexicon) -> bool:
    """ "I would urge the council to act", "we would ask everyone to stay home": a first-person
    "would" on a verb of asking or advising (role "performative") is politeness, the request is
    made."""
    subj = first(verb, "nsubj")
    return (
        aux.lower_ in ("would", "'d", "’d")
        and subj is not None
        and subj.lower_ in ("i", "we")
        and lex.role(verb.lemma_.lower(), "performative")
        and not any(  # "if they asked, I would urge them to leave" supposes
            c.dep_ == "advcl" and any(lex.role(m.lower_, "condition") for m in children_of(c))
            for c in children_of(verb)
        )
    )


def backshifted(clause: Token, lex: Lexicon) -> bool:
    """ "Canada said it would not accept the deal": "would" reports a "will" in the past (a
    clause after a past reporting verb), not a hypothetical, unless a condition hangs on it."""
    from claimx.positions.lexicon import reporting_verbs

    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and head.i < clause.i
        and head.tag_ == "VBD"
        and head.lemma_.lower() in reporting_verbs()
        # "would have been": a counterfactual, not a "will" reported
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(clause))
        and not any(
            c.dep_ == "advcl" and any(lex.role(m.lower_, "condition") for m in children_of(c))
            for c in children_of(clause)
        )
    )


def _reports(lemma: str, *more: str) -> bool:
    """A reporting verb's lemma, or one of `more` (no new set built per question)."""
    from claimx.positions.lexicon import reporting_verbs

    return lemma in more or lemma in reporting_verbs()


def is_be(tok: Token) -> bool:
    """ "be", also when the lemmatiser misses a contraction written with a curly apostrophe."""
    words, i = words_of(tok.doc), tok.i  # the columns: no new string per attribute read
    return words.lemma[i] == "be" or words.lower[i].replace("’", "'") in BE_FORMS


#: how a possessor hangs on its noun in both tree patterns: a child before it, "poss" or "nmod"
OWNER_DEPS = frozenset({"poss", "nmod"})


def possessor(tok: Token) -> Token | None:
    """ "X's" before a noun: a poss dependent, or an nmod carrying the possessive 's (tree
    patterns `possessor`, `possessor-nmod`); the first of several."""
    doc, words = tok.doc, words_of(tok.doc)
    if not any(words.dep[c] in OWNER_DEPS for c in words.children(tok.i) if c < tok.i):
        return None  # neither pattern can match (most nouns): not asked
    found = [m["owner"] for m in patterns.find("possessor", doc, tok.i)]
    found += [m["owner"] for m in patterns.find("possessor-nmod", doc, tok.i)]
    return doc[min(found)] if found else None


def copula_subject(adj: Token) -> Token | None:
    head = adj.head
    if adj.dep_ in ("acomp", "attr", "prep") and (is_be(head) or head.lemma_.lower() in COPULAS):
        return first(head, "nsubj", "nsubjpass", "csubj")
    if adj.pos_ == "VERB" and first(adj, "auxpass") is not None:  # "X is needed"
        return first(adj, "nsubjpass")
    return None


def extraposed(adj: Token) -> Token | None:
    """The clause an expletive "it" stands for ("it is vital that ...", "it is unfair to ...")."""
    for tok in (adj, adj.head):
        for c in children_of(tok):
            if c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > adj.i:
                return c
            if c.dep_ == "advcl" and c.i > adj.i and is_infinitive(c):
                return c  # the parse may hang "to expect ..." on the copula as an advcl
    return None


def asked(cue: Token, sent_end: int) -> bool:
    """A cue in a quoted question inside a longer sentence ("“Why should we pay?” she asked"):
    the first end mark after it, up to the end of its sentence (token `sent_end`) or a colon or
    line break before it, is a question mark."""
    text = words_of(cue.doc).text
    for i in range(cue.i + 1, sent_end):
        if text[i] in (".", "!", "?", "…"):
            return text[i] == "?"
        if text[i] == ":" or "\n" in text[i]:
            return False  # "X was a critic of Y and asked: “Why pay?”": the question
            # is what follows, not the clause of the cue
    return False


def is_question(doc: Doc, start: int, end: int) -> bool:
    """The sentence of tokens `start` to `end` (half-open) ends with a question mark, after any
    closing quotation marks and space."""
    words = words_of(doc)
    text, punct, space = words.text, words.punct, words.space
    for i in range(end - 1, start - 1, -1):
        if punct[i] and text[i] == "?":
            return True
        if not (punct[i] or space[i] or tokens_of(doc)[i].is_quote):
            return False
    return False


def question_from(doc: Doc, start: int, end: int) -> int:
    """Where the question of a sentence begins: `end` when it is none, else after the last colon
    or line break before its question mark ("X was a critic of Y and asked:\n“Why pay?”":
    the question is the quotation, the clause before it states), else `start`."""
    if not is_question(doc, start, end):
        return end
    text = words_of(doc).text
    for i in range(end - 1, start - 1, -1):
        if text[i] == ":" or "\n" in text[i]:
            return i + 1
    return start


#: tokens an enumerated member may not begin with: a relative clause, an apposition of place
#: ("Leeds, England") is left alone by the checks below, a clause is not a member
NOT_MEMBER = frozenset({"which", "who", "whom", "whose", "that", "where", "when", "while"})
#: tokens a member of an enumeration may have
MAX_MEMBER = 12


def enumerated(tok: Token) -> list[tuple[int, int]]:
    """The members of an enumeration "A, B, C and D" from the object `tok` to the end of its
    clause, which the parse hung inside the first member or on other heads ("an end to the
    curfew, a cut in fares and a new bridge": "cut" under "curfew"): at least two commas, a final
    "and"/"or", members of a few words that begin like a noun phrase, more of them than the
    parse coordinated. Else nothing (the parse's conjuncts are used instead)."""
    doc, words = tok.doc, words_of(tok.doc)
    sent_end = words.sentence(tok.i)[1]
    if text_of(doc).count(",", words.idx[tok.i], words.end[sent_end - 1]) < 2:
        return []  # no list: the common case, decided on the text (no `Token.sent` made)
    start, end = tok.left_edge.i, subtree(tok.head)[1]  # the object to the end of its clause
    while end > start and doc[end - 1].is_punct:
        end -= 1
    commas = [i for i in range(start, end) if doc[i].text == "," and i > tok.i]
    if len(commas) < 2:
        return []
    tail = next((i for i in range(commas[-1] + 1, end) if doc[i].lower_ in ("and", "or")), None)
    if tail is None:
        return []
    bounds = [start, *commas, tail, end] if tail > commas[-1] + 1 else [start, *commas, end]
    members: list[tuple[int, int]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        a = a if a == start else a + 1
        while a < b and doc[a].lower_ in ("and", "or"):
            a += 1
        if a >= b or b - a > MAX_MEMBER or doc[a].lower_ in NOT_MEMBER:
            return []
        if doc[a].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "VERB", "ADV"):
            return []
        if doc[a].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return []  # "..., and said ...": a finite verb begins a clause, not a member
        if members and doc[a].ent_type_ == "GPE" and doc[members[-1][1] - 1].ent_type_ == "GPE":
            return []  # "Leeds, England, and ...": a place and its country
        members.append((a, b))
    if len(members) <= len(tok.conjuncts) + 1 or _nested(tok, members):
        return []
    note(C.ENUMERATED_TARGETS)
    return members


def _nested(tok: Token, members: list[tuple[int, int]]) -> bool:
    """The list belongs to a noun inside the first member, which the parse coordinated right:
    "proposed changes to the names of iron, copper and tin", "supports people facing debt,
    eviction and grief" (a verb after it begins a clause of its own:
    "..., and developed his notions")."""
    doc = tok.doc
    a, b = members[0]
    inner = {c.i for i in range(a, b) if i != tok.i for c in doc[i].conjuncts}
    if not inner:
        return False
    roots = [member_root(doc, x, y) for x, y in members[1:]]
    return all(r.i in inner or r.pos_ in ("VERB", "AUX") for r in roots)


def member_root(doc: Doc, a: int, b: int) -> Token:
    """The token of [a, b) whose head lies outside it: an enumerated member's head."""
    return next((doc[i] for i in range(a, b) if not a <= doc[i].head.i < b), doc[a])


#: objects that name no target ("regrets nothing", "supports no one")
NO_TARGET = frozenset({"nothing", "none", "nobody", "noone"})

#: free relatives: "much of what she proposed" names no target the sentence gives
FREE_RELATIVES = frozenset({"what", "whatever"})


#: person pronouns: what a verb of the "thing" frame does to them is no stance ("challenged him")
PERSONAL = frozenset({"me", "you", "him", "her", "us", "them", "i", "he", "she", "we", "they"})


def not_a_target(cue: Token, obj: Token, frames: frozenset[str] = frozenset()) -> bool:
    """An object that is no target of the verb's stance: "I regret nothing"; a reflexive
    ("supported himself by teaching": kept himself, no stance); a person after a verb of the
    "thing" frame ("challenged her to a duel"); a free relative object of the cue
    itself ("what he proposed"); or a noun with which the verb has another sense ("supported her
    family", "defended his thesis", "defended the title": position_sense_objects.tsv)."""
    lower = obj.lower_
    if lower in NO_TARGET or lower.endswith(("self", "selves")) and obj.tag_ == "PRP":
        return True
    if lower in FREE_RELATIVES and obj.tag_ == "WP":
        return True
    if "thing" in frames and (
        lower in PERSONAL or obj.ent_type_ == "PERSON" or obj.lemma_.lower() in person_nouns()
    ):
        return True  # "challenged the ruling" opposes it; "challenged the champion" does not
    nouns = sense_objects().get(cue.lemma_.lower())
    return nouns is not None and obj.lemma_.lower() in nouns


#: subject pronouns, which begin a clause of its own, not a small clause ("wants them gone")
NOMINATIVE = frozenset({"i", "we", "he", "she", "they"})


def small_clause(c: Token) -> bool:
    """A verbless clause after a verb of wanting: a subject and a participle or an adjective, no
    auxiliary or subordinator ("wants [the law changed]", "wants [the border open]")."""
    subj = first(c, "nsubj", "nsubjpass")
    return (
        c.dep_ in ("ccomp", "xcomp", "oprd")
        and c.tag_ in ("VBN", "VBD", "JJ")
        and subj is not None
        and subj.lower_ not in NOMINATIVE
        and first(c, "aux", "auxpass", "mark", *OBJECTS) is None
    )  # (the parse may tag the participle as a past tense: "wants the law changed")


def stranded(cue: Token) -> bool:
    """A relative clause whose preposition's object is its antecedent ("the tone I object to",
    "the motion, which X voted against"): a relative clause on a noun, with a subject of its own."""
    subj = first(cue, "nsubj")
    return (
        cue.dep_ == "relcl"
        and cue.head.pos_ in ("NOUN", "PROPN")
        and subj is not None
        and subj.lower_ not in RELATIVES
    )


def stray_actions(cue: Token, action: Token) -> list[Token]:
    """ "a campaign to persuade X to leave A and join B": the parse hangs the second requested
    action on the infinitive cue, not on the first action (a bare verb after it, no clause of its
    own)."""
    if cue.tag_ != "VB":
        return []
    return [
        c
        for c in children(cue, "conj")
        if c.tag_ == "VB"
        and c.i > action.i
        and not any(d.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for d in children_of(c))
    ]


def acts_on(verb: Token) -> bool:
    """An action done to something ("reopen the mine", "see more buses", "make sure that ..."),
    down a chain of infinitives ("to try to stop X"), not one's own course ("travel to Paris")."""
    for _ in range(MAX_CHAIN):
        if any(c.dep_ in ("dobj", "obj", "ccomp", "dative") for c in children_of(verb)):
            return True
        nxt = first(verb, "xcomp")
        if nxt is None:
            return False
        verb = nxt
    return False


#: how many infinitives deep a wished action is looked for ("want to try to help X")
MAX_CHAIN = 3
