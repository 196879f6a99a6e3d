"""How likely a quote is a real attribution (0-1): a logistic regression over features of its
cue, speaker, content and construction, with weights in `models/quote_scorer.json`.

The weights are learned by `train/train_quote_scorer.py` from the openly licensed GUM attribution
gold (document-level cross-validated figures are in that file); only numpy is needed here. The
default threshold (`threshold` in the same file, or `CLAIMX_MIN_CONFIDENCE`) drops quotes below it.

GUM annotates only clausal attributions, so a report whose content is a noun phrase or an
infinitive ("acknowledged “strong words”", "wants to run") is never a GUM attribution whether or
not it is one: such quotes (`outside_gold`) carry no GUM label, and the model of every feature
(`weights`) is fitted without them. They are scored by a second model (`cue_weights`) over what
carries over from the clausal quotes: the cue (lemma, voice, tense, negation, modality, question)
and the speaker, the quote's kind and quotation marks, and the document's report density
(`density`: a text that reports a lot reports with its object readings too); it is fitted on the
clausal quotes and on claimx's own reading of the others in the GUM texts
(`train/quote_labels_outside.tsv`).
"""

from __future__ import annotations

import math
import os
from contextvars import ContextVar
from functools import cache
from typing import TYPE_CHECKING, Any

from claimx.io.choices import NOTIONS
from claimx.quotes.base import _Cand, _Doc
from claimx.quotes.objectsense import object_class
from claimx.rules import quotemarks
from claimx.rules.docview import root_at, token_range, tokens_of
from claimx.rules.weights import Weights

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the environment variable that sets the default threshold (the CLI's --min-confidence sets it,
#: so worker processes see it too)
ENV = "CLAIMX_MIN_CONFIDENCE"
#: the environment variable that chooses which reports are quotes: `auto` (the default: `all` in
#: news, `clauses` in interviews and biographies, `claimx.quotes.genre`), `all` (every
#: attribution, PolNeAR's notion) or `clauses` (only those whose content is a clause, GUM's)
NOTION_ENV = "CLAIMX_QUOTES"
FIRST_PERSON = {"i", "we", "me", "us"}
SECOND_PERSON = {"you"}
#: double quotation marks (a single one is as often an apostrophe)
DOUBLE_MARKS = frozenset(quotemarks.DOUBLE_MARKS)
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
#: the tags of a finite verb: one in the content makes it a clause
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
ORG_ENTS = {"ORG", "GPE", "NORP", "FAC"}
#: the features of constructions whose content is no clause (GUM never annotates those)
NONCLAUSAL_RULES = frozenset(
    f"rule=quote.{name}"
    for name in (
        "verb-infinitive",
        "verb-object-infinitive",
        "verb-preposition",
        "verb-described-as",
        "verb-naming",
        "verb-object",
        "passive-object",
        "noun-topic",
        "adjective-preposition",
        # a clause, but given by an adverb ("allegedly"): GUM's attributions never take it
        "hearsay-adverb",
    )
)
NONCLAUSAL_CONTENT = frozenset({"content=phrase", "content=infinitive"})
#: the features the model of quotes outside the gold's notion uses: of the cue and the speaker
CUE_FEATURES = (
    "bias",
    "lemma=",
    "voice=",
    "negated",
    "modal",
    "tag=",
    "participle",
    "question",
    "speaker=",
    "first-person-present",
    "cue=",
    "marks",
    "kind=",
    "object=",
)
#: while set (by the training script), every quote's features are appended here
FEATURE_SINK: ContextVar[list[dict[str, float]] | None] = ContextVar(
    "claimx_quote_features", default=None
)


def _length_bin(words: int) -> str:
    for limit in (4, 8, 16, 32):
        if words <= limit:
            return f"<={limit}"
    return ">32"


def _speaker_kind(d: _Doc, cand: _Cand) -> str:
    span = cand.speaker_span
    if span is None or len(span) == 0:
        return "none"
    # the span's root and its attributes from the word columns: no `Token`, no new strings
    words = d.words
    root = root_at(words, span.start, span.end)
    lower, tag, pos, ent = words.lower[root], words.tag[root], words.pos[root], words.ent_type[root]
    if tag in ("WP", "WDT"):
        return "relative"
    if pos == "PRON" or tag == "PRP$":
        if lower in FIRST_PERSON or lower in ("my", "our"):
            return "first-person"
        if lower in SECOND_PERSON or lower == "your":
            return "second-person"
        return "pronoun"
    if ent == "PERSON":
        return "person-name"
    if ent in ORG_ENTS:
        return "organisation"
    if pos == "PROPN":
        return "name"
    return "noun"


def _content_kind(d: _Doc, cand: _Cand) -> str:
    start, end = cand.parts[0]
    found = token_range(d.doc, start, min(end, start + 400))
    if found is None or found[0] == found[1]:
        return "other"
    lower, tag = d.words.lower, d.words.tag
    first = found[0]
    if lower[first] == "that":
        return "that-clause"
    if tag[first] in WH_TAGS or lower[first] in ("whether", "if"):
        return "wh-clause"
    if lower[first] == "to" or (tag[first] == "TO"):
        return "infinitive"
    if not FINITE_TAGS.isdisjoint(tag[found[0] : found[1]]):  # one set test over the slice
        return "clause"
    return "phrase"


def _cue_features(d: _Doc, tok: Token, feats: dict[str, float]) -> None:
    feats[f"lemma={d.lemmas[tok.i]}"] = 1.0
    # the word columns: a `Token` attribute makes a new string on every read
    words, i = d.words, tok.i
    dep, tag = words.dep, words.tag
    # the children's relations and tags in one pass (most cues have no passive, negation or modal)
    passive = negated = modal = have = False
    for c in words.children(i):
        rel = dep[c]
        if rel == "auxpass" or rel == "nsubjpass":
            passive = True
        elif rel == "neg":
            negated = True
        elif rel == "aux" and words.lemma[c] == "have":
            have = True
        if tag[c] == "MD":
            modal = True
    if passive:
        feats["voice=passive"] = 1.0
    if negated:
        feats["negated"] = 1.0
    if modal:
        feats["modal"] = 1.0
    perfect = tag[i] == "VBN" and have
    feats["tag=perfect" if perfect else f"tag={tag[i]}"] = 1.0
    if tag[i] == "VBG" and dep[i] in ("advcl", "xcomp", "conj"):
        feats["participle"] = 1.0


def _question(d: _Doc, i: int) -> bool:
    """Whether token i's sentence ends in a question mark (an interviewer's question)."""
    lo, hi = d.sents[d.sent_of[i]]
    text = d.words.text  # the column: no `Token` per word
    return "?" in text[max(lo, hi - 2) : hi]


def features(d: _Doc, cand: _Cand) -> dict[str, float]:
    """The features of a candidate quote (names as in `models/quote_scorer.json`)."""
    feats: dict[str, float] = {"bias": 1.0}
    feats[f"rule={cand.rule or 'none'}"] = 1.0
    feats[f"kind={cand.kind}"] = 1.0
    if 0 <= cand.cue_i < len(d.doc):
        cue = tokens_of(d.doc)[cand.cue_i]  # the extraction's one token list
        _cue_features(d, cue, feats)
        what = object_class(cue, cand)
        if what is not None:
            feats[f"object={what}"] = 1.0
        if _question(d, cand.cue_i):
            feats["question"] = 1.0
    else:
        feats["cue=mark"] = 1.0
    speaker = _speaker_kind(d, cand)
    feats[f"speaker={speaker}"] = 1.0
    if speaker == "first-person" and feats.get("tag=VBP"):
        feats["first-person-present"] = 1.0
    feats[f"content={_content_kind(d, cand)}"] = 1.0
    text = d.text[cand.start : cand.end]
    # the words counted up to one past the last bin's bound: a long content is not split whole
    feats[f"length{_length_bin(len(text.split(None, 32)))}"] = 1.0
    # a substring search per mark: `isdisjoint` hashed each character (~5 times slower)
    if any(mark in text for mark in DOUBLE_MARKS):
        feats["marks"] = 1.0
    if len(cand.parts) > 1:
        feats["parts>1"] = 1.0
    return feats


def outside_gold(feats: dict[str, float]) -> bool:
    """Whether the quote's content is no clause (a noun phrase, an infinitive, an object and its
    predicate): GUM never annotates those, so its gold says nothing about them."""
    return not NONCLAUSAL_CONTENT.isdisjoint(feats) or not NONCLAUSAL_RULES.isdisjoint(feats)


def cue_only(feats: dict[str, float]) -> dict[str, float]:
    """The features of the cue and the speaker alone (what `cue_weights` reads), and whether the
    quote is outside the gold's notion (its own base rate, by the document's report density)."""
    kept = {k: v for k, v in feats.items() if k.startswith(CUE_FEATURES)}
    if outside_gold(feats):
        kept["outside"] = 1.0
        for name in DENSITY_NAMES:
            if name in feats:
                kept[f"outside-{name}"] = 1.0
    return kept


#: bounds of the report-density bins (clausal reports per sentence of the document), set by
#: hand from the GUM documents' spread: biographies mostly below 0.08, news mostly above 0.2
DENSITY_BINS = ((0.08, "low"), (0.2, "mid"))
DENSITY_NAMES = tuple(f"density={name}" for name in ("low", "mid", "high"))
#: the constructions whose content is a clause someone is reported to have said or believed
CLAUSAL_REPORTS = frozenset(
    f"quote.{name}"
    for name in (
        "verb-clause",
        "direct-nearest-cue",
        "according-to",
        "parenthetical",
        "direct-dash",
    )
)


def density(cands: list[_Cand], sentences: int) -> str:
    """How much the document reports: its clausal reports per sentence, binned. In a text that
    reports a lot (news of what people said) a cue verb with an object more often reports too
    ("criticized the plan"); in one that reports little (a biography) "published his theory" or
    "proposed corrections" more often tells what someone did."""
    rate = sum(1 for c in cands if c.rule in CLAUSAL_REPORTS) / max(1, sentences)
    for bound, name in DENSITY_BINS:
        if rate < bound:
            return name
    return "high"


_WEIGHTS = Weights("quote_scorer.json")
#: score with the model of one cross-validation fold (evaluation only; None: the full model)
use_fold = _WEIGHTS.use_fold


def fold_of() -> dict[str, int]:
    """Training document name -> the cross-validation fold it was held out in."""
    folds: dict[str, int] = _WEIGHTS.data.get("fold_of", {})  # type: ignore[assignment]
    return folds


@cache
def _load(fold: int | None) -> tuple[dict[str, float], dict[str, float], float]:
    data: dict[str, Any] = _WEIGHTS.data
    if not data:
        return {}, {}, 0.0
    model = data if fold is None else data["folds"][fold]
    weights = dict(model["weights"])
    return weights, dict(model.get("cue_weights", weights)), float(data["threshold"])


def _model() -> tuple[dict[str, float], dict[str, float], float]:
    """The weights of the full model, or of the fold chosen by `use_fold`, and the threshold."""
    return _load(_WEIGHTS.fold)


def reload() -> None:
    """Read `models/quote_scorer.json` again (the training script rewrites it)."""
    _WEIGHTS.__dict__.pop("data", None)
    _load.cache_clear()


def probability(feats: dict[str, float]) -> float:
    """The model's probability that the candidate is an attribution; an unknown cue lemma
    counts as `lemma=<other>`. Quotes outside the gold's notion are scored by the cue model."""
    weights, cue_weights, _ = _model()
    if not weights:
        return 1.0
    if outside_gold(feats):
        return logistic(cue_only(feats), cue_weights)
    return logistic(feats, weights)


def logistic(feats: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic of the weighted feature sum."""
    total = 0.0
    for name, value in feats.items():
        weight = weights.get(name)  # (one look-up: a weight is never None)
        if weight is not None:
            total += weight * value
        elif name.startswith("lemma="):
            total += weights.get("lemma=<other>", 0.0) * value
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def default_threshold() -> float:
    """`CLAIMX_MIN_CONFIDENCE` when set, else the threshold chosen at training."""
    value = os.environ.get(ENV)
    if value:
        return float(value)
    return _model()[2]


def notion() -> str:
    """Which reports are quotes (`CLAIMX_QUOTES`, default `auto`): with `clauses` only those
    with a clause as content. A noun phrase or infinitive ("acknowledged “strong words”",
    "wants to run", "offered products") is an attribution to PolNeAR and to nobody in GUM, and
    mostly noise outside news of what people said; `auto` keeps it in news only."""
    value = os.environ.get(NOTION_ENV, "auto").strip().lower() or "auto"
    if value not in NOTIONS:
        raise ValueError(f"{NOTION_ENV} is one of {', '.join(NOTIONS)}, not {value!r}")
    return value


def record(feats: dict[str, float]) -> None:
    sink = FEATURE_SINK.get()
    if sink is not None:
        sink.append(feats)
