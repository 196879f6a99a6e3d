"""Which tokens of a document may be stance cues: read once per document from the word columns
(`rules.docview.words_where`), so that `cues` visits those tokens only and a sentence with none
of them is skipped whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.positions.evaluation import (
    CAUSED_DEPS,
    DEONTIC_WORDS,
    EVAL_DEPS,
    GOT,
    hyphenated_at,
)
from claimx.positions.lexicon import Lexicon, polar_word, verb_lemma
from claimx.rules.docview import (
    IDS_DEP,
    IDS_LOWER,
    IDS_POS,
    IDS_TAG,
    Verdicts,
    words_of,
    words_where,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: per lexicon and word test, a verdict per lemma and per form string id, asked once per process
_VERDICTS: dict[tuple[int, str], dict[int, Verdicts]] = {}

#: where a polar word stands when a construction of `evaluation` or `moods` reads it: predicated
#: (`EVAL_DEPS`), caused ("made things worse"), in a small clause ("found it wonderful"), named
#: ("dubbed the plan a disaster"), or heading a verbless fragment ("A disgrace!")
PREDICATE_DEPS = EVAL_DEPS | CAUSED_DEPS | {"ccomp", "xcomp", "appos", "dobj", "ROOT", "dep"}


def may_cue(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of the tokens whose word or lemma is in a stance list, of the base-form verbs that
    may be imperatives, and of the heads of hyphenated evaluative compounds: the others need no
    look. Read from the document's arrays, each distinct lemma and form asked once.

    Most lists count only where a construction of `cues` could read them (most of their tokens
    cannot): a stance verb or noun (or a designation, wish, grasp or fault noun) as a verb or a
    noun ("the proposed law" is neither); a polar word (its valence only) as an adjective or
    noun, or a gerund complement ("is appalling"), where a predicate stands (`PREDICATE_DEPS`); a
    verb of necessity ("need", "have", "got") only as a verb, not as the auxiliary of "has said";
    a base-form verb heading a clause as an imperative only before the verb of saying that
    reports it ("“Stop the war,” she said"), not after it ("said they would go")."""

    if not len(doc):
        return []
    strings = doc.vocab.strings
    deontic = lex.roles.get("deontic", frozenset())

    def by_lemma(lemma: str) -> bool:
        return (
            lemma in lex.verbs
            or lemma in lex.nouns
            or lex.role(lemma, "designation")
            or lex.role(lemma, "wish")
            or lex.role(lemma, "grasp")
            or lex.role(lemma, "fault")
        )

    def verb_form(lower: str) -> bool:
        return verb_lemma("", lower, lex.verbs) in lex.verbs

    def by_form(lower: str) -> bool:
        return (
            lower in lex.adjectives
            or lower in DEONTIC_WORDS
            or lower in lex.falsity
            or lower in GOT
            or lex.role(lower, "hope")
        )

    def restricted(lower: str) -> bool:
        return lower in deontic or polar_word(lower)

    words = words_of(doc)
    lower, pos, tag, dep, head = words.lower, words.pos, words.tag, words.dep, words.head

    def predicate(i: int) -> bool:
        return (pos[i] in ("ADJ", "NOUN") or tag[i] == "VBG" and dep[i] == "acomp") and dep[
            i
        ] in PREDICATE_DEPS

    def placed(i: int) -> bool:
        """A restricted word where a construction could read it."""
        if pos[i] == "VERB" and (lower[i] in deontic or words.lemma[i].lower() in deontic):
            return True
        return predicate(i) and polar_word(lower[i])

    arr = words.ids
    ids_pos, ids_tag, ids_dep = arr[:, IDS_POS], arr[:, IDS_TAG], arr[:, IDS_DEP]
    verb, noun = ids_pos == strings["VERB"], ids_pos == strings["NOUN"]
    keep = words_where(doc, None, by_form, _VERDICTS.setdefault((id(lex), "listed"), {}))
    memo = _VERDICTS.setdefault((id(lex), "content"), {})
    keep |= words_where(doc, by_lemma, verb_form, memo) & (
        verb | noun | (ids_pos == strings["PROPN"])
    )
    # imperatives: base-form verbs heading a sentence, or a quotation before its verb of saying
    base = ids_tag == strings["VB"]
    keep |= base & (ids_dep == strings["ROOT"])
    said = (base & (ids_dep == strings["ccomp"]) & ~keep).nonzero()[0].tolist()
    memo = _VERDICTS.setdefault((id(lex), "restricted"), {})
    maybe = words_where(doc, deontic.__contains__, restricted, memo) & ~keep
    maybe &= (ids_pos == strings["ADJ"]) | noun | verb  # (the others at once)
    extra = [i for i in said if head[i] > i]
    extra += [i for i in maybe.nonzero()[0].tolist() if placed(i)]
    # "ground-breaking", "world-class": the parse splits a hyphenated compound, whose head alone
    # ("breaking", "class") says nothing
    for i in ((arr[:-1, IDS_LOWER] == strings["-"]).nonzero()[0] + 1).tolist():
        if predicate(i):
            word = hyphenated_at(doc, i)  # (once a hyphen: it reads the words around it)
            if word != lower[i] and polar_word(word):
                extra.append(i)
    found: list[int] = keep.nonzero()[0].tolist()
    return sorted({*found, *extra}) if extra else found
