"""The confidence of a quote where GUM's gold says nothing: a report whose content is a noun
phrase or an infinitive ("acknowledged “strong words”") is scored on its cue and speaker, so a
reader filtering by confidence keeps mixed quotes of real attribution verbs and loses the
same-shaped readings that report nothing. Sentences are invented, two texts a case."""

from __future__ import annotations

import json

import pytest

from claimx.quotes.confidence import cue_only, outside_gold
from claimx.rules.resources import models_dir
from tests.conftest import ROOT

OWN_LABELS = ROOT / "train" / "quote_labels_outside.tsv"

#: (an attribution, the same shape reporting nothing, the cue of each)
PAIRS = [
    (
        "The minister acknowledged “serious mistakes” in the plan.",
        "The minister did not acknowledge “serious mistakes” in the plan.",
    ),
    (
        "The coach warned his players against “wasting chances” in the final.",
        "The coach did not warn his players against “wasting chances” in the final.",
    ),
    (
        "The senator criticized “reckless spending” at the hearing.",
        "The senator published “Reckless Spending”, a book of essays, last spring.",
    ),
    (
        "The union leader praised “a fair offer” after the talks.",
        "The union leader published “A Fair Offer”, a pamphlet, after the talks.",
    ),
]
#: the seed's reports a reader counts as quotes (speaker, cue)
SEED_CORE = [
    ("Trump", "acknowledged"),
    ("Trump", "warned"),
    ("European members of the coalition", "recognizing"),
    ("Zelenskyy", "emphasized"),
    ("The Ukrainian leader", "posted"),
    ("The Ukrainian leader", "stressing"),
    ("Russian officials", "have praised"),
    ("Foreign Minister Sergei Lavrov", "describing"),
]


def _quotes(nlp, text):
    """Every quote of the text, whatever the default threshold."""
    from claimx.actors import find_actors
    from claimx.nlp.chunking import parse
    from claimx.quotes import find_quotes

    doc = parse(nlp, text)
    return find_quotes(doc, find_actors(doc), min_confidence=0.0)


@pytest.mark.parametrize(("report", "no_report"), PAIRS)
def test_a_mixed_quote_of_an_attribution_verb_outscores_the_same_shape_reporting_nothing(
    nlp, report, no_report
):
    (quote,) = _quotes(nlp, report)
    assert quote.kind == "mixed"
    others = _quotes(nlp, no_report)
    assert all(quote.confidence > (o.confidence or 0) + 0.2 for o in others), others
    assert quote.confidence >= 0.3


#: (a text that reports a lot, one that reports nothing, ending in the same reading)
REGISTERS = [
    (
        "The mayor said the bridge was safe. The council said the budget was tight. Officials "
        "said the road would reopen in May. The minister proposed a new ferry line.",
        "The minister grew up in a small town. She studied law in Lyon. She worked as a teacher "
        "for ten years. The minister proposed a new ferry line.",
        "proposed",
    ),
    (
        "The coach said the team was tired. The captain said the pitch was poor. Fans said the "
        "referee had been unfair. The club criticized the league's schedule.",
        "The club was founded in 1901. It moved to a new ground in 1950 and won the cup twice. "
        "The club criticized the league's schedule.",
        "criticized",
    ),
]


@pytest.mark.parametrize(("reporting", "narrating", "cue"), REGISTERS)
def test_a_verb_with_an_object_counts_more_in_a_text_that_reports_a_lot(
    nlp, reporting, narrating, cue
):
    """ "proposed a new ferry line" in news of what people said is more likely a report than
    in a life story (the document's report density, `confidence.density`)."""

    def score(text: str) -> float:
        (quote,) = [q for q in _quotes(nlp, text) if q.cue and q.cue.text == cue]
        return quote.confidence or 0.0

    assert score(reporting) > score(narrating) + 0.05


def test_the_seed_core_quotes_survive_a_filter_at_0_3(seed_result):
    """A reader who drops quotes below 0.3 keeps every report of the seed, mixed ones too."""
    scores = {
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None): q.confidence
        for q in seed_result.quotes
    }
    for act in SEED_CORE:
        assert (scores.get(act) or 0) >= 0.3, (act, scores.get(act))


def test_noun_phrase_and_infinitive_reports_are_outside_the_gold_notion():
    mixed = {"bias": 1.0, "rule=quote.verb-object": 1.0, "content=phrase": 1.0, "marks": 1.0}
    plan = {"bias": 1.0, "rule=quote.verb-infinitive": 1.0, "content=infinitive": 1.0}
    clause = {"bias": 1.0, "rule=quote.verb-clause": 1.0, "content=that-clause": 1.0}
    assert outside_gold(mixed) and outside_gold(plan) and not outside_gold(clause)
    # the cue model reads neither the construction nor the content's type or length
    assert set(cue_only(mixed)) == {"bias", "marks", "outside"}


def test_the_shipped_scorer_has_both_models_and_its_own_labels_keep_no_text():
    model = json.loads((models_dir() / "quote_scorer.json").read_text("utf-8"))
    assert model["weights"] and model["cue_weights"]
    assert not any(k.startswith(("rule=", "content=", "length")) for k in model["cue_weights"])
    assert 0 <= model["threshold"] <= 1
    rows = [r for r in OWN_LABELS.read_text("utf-8").splitlines() if r and not r.startswith("#")]
    assert rows
    header = OWN_LABELS.read_text("utf-8")
    categories = {line.split(":")[0].split()[-1] for line in header.splitlines() if "#   " in line}
    for row in rows:
        name, start, end, label, category = row.split("\t")
        assert name.startswith("GUM_") and int(start) < int(end) and label in ("0", "1")
        # every label says why, in a category the header explains
        assert category in categories, row


def test_evaluation_can_score_each_gum_document_with_a_fold_model_that_did_not_see_it():
    from claimx.quotes import confidence

    folds = confidence.fold_of()
    # every training document is held out by exactly one fold model
    assert len(folds) >= 30 and sorted(folds.values()) == list(range(len(folds)))
    feats = {"bias": 1.0, "lemma=say": 1.0, "content=that-clause": 1.0, "speaker=noun": 1.0}
    full = confidence.probability(feats)
    try:
        scores = set()
        for fold in range(len(folds)):
            confidence.use_fold(fold)
            scores.add(confidence.probability(feats))
        assert len(scores) > 1  # the folds are models of their own, not copies of the full one
    finally:
        confidence.use_fold(None)
    assert confidence.probability(feats) == full


def test_a_speaker_proposed_by_name_for_a_known_actor_does_not_shift_new_actors_ids(nlp):
    """With quotes dropped by --min-confidence the positions stage may be the first to name a
    known actor ("Doe" of Jane Doe) before a new one: the new one still gets the next id."""
    from claimx.actors.store import Actors
    from claimx.rules.docview import share_text, unshare_text

    doc = nlp("Jane Doe spoke first. Later Doe and Bob Holt met.")
    share_text(doc)
    try:
        actors = Actors(doc)
        jane = actors.new("Jane Doe", "person")
        actors._register(jane, "Jane Doe", "person")
        actors.add_mention(jane, 0, 8, "name")
        assert actors.propose(doc[6:7]) == jane
        holt = actors.propose(doc[8:10])
        actors.settle()
        assert [(a.id, a.name) for a in actors.to_models()] == [
            (jane, "Jane Doe"),
            (holt, "Bob Holt"),
        ]
    finally:
        unshare_text(doc)


@pytest.mark.parametrize(
    ("text", "clausal"),
    [
        (
            "The minister acknowledged “serious mistakes” in the plan. "
            "She said the budget would pass in May.",
            "the budget would pass in May",
        ),
        (
            "The union leader praised “a fair offer” after the talks. "
            "The owner told reporters that sales had doubled.",
            "that sales had doubled",
        ),
    ],
)
def test_claimx_quotes_clauses_keeps_only_reports_whose_content_is_a_clause(
    run, monkeypatch, text, clausal
):
    everything = [q.content.text for q in run(text).quotes]
    monkeypatch.setenv("CLAIMX_QUOTES", "clauses")
    assert [q.content.text for q in run(text).quotes] == [clausal]
    # by default the report of a noun phrase is a quote too
    assert len(everything) == 2 and clausal in everything
    monkeypatch.setenv("CLAIMX_QUOTES", "sometimes")
    with pytest.raises(ValueError, match="CLAIMX_QUOTES"):
        run(text)
