"""Positions: who supports or opposes what. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from claimx.positions import lexicon
from claimx.rules.resources import table
from tests.helpers import check_record, has_position, positions_of

# (text, holder name contains, stance, target contains)
POSITIVE = [
    ("Senator Maria Lopez supports the new tax plan.", "Lopez", "support", "the new tax plan"),
    (
        "The European Commission rejected the proposal on Tuesday.",
        "Commission",
        "oppose",
        "the proposal",
    ),
    ("Prime Minister John Smith did not support the merger.", "Smith", "oppose", "the merger"),
    (
        "Mayor Anna Berg refused to back the stadium project.",
        "Berg",
        "oppose",
        "the stadium project",
    ),
    (
        "Governor Tom Reed urged lawmakers to pass the budget.",
        "Reed",
        "support",
        "to pass the budget",
    ),
    (
        "Union leader Paul Green called for a higher minimum wage.",
        "Green",
        "support",
        "a higher minimum wage",
    ),
    ("The new pipeline was backed by the World Bank.", "World Bank", "support", "The new pipeline"),
    ("Professor Jane Hill is critical of the reform.", "Hill", "oppose", "the reform"),
    (
        "Germany's opposition to the pipeline hardened last week.",
        "Germany",
        "oppose",
        "the pipeline",
    ),
    (
        "Coach Sam Taylor said he was disappointed with the referee's decision.",
        "Taylor",
        "oppose",
        "the referee's decision",
    ),
    ("Hungary warned against sending troops to the border.", "Hungary", "oppose", "sending troops"),
    (
        "Maria Lopez said it is essential that the border stays open.",
        "Lopez",
        "support",
        "the border stays open",
    ),
    (
        "“We strongly oppose this deal,” said Foreign Minister Elena Petrova.",
        "Petrova",
        "oppose",
        "this deal",
    ),
    ("“This law is unacceptable,” said Senator Maria Lopez.", "Lopez", "oppose", "This law"),
    ("The Red Cross voiced support for the ceasefire.", "Red Cross", "support", "the ceasefire"),
    (
        "Chancellor Olaf Weber no longer wants to support the treaty.",
        "Weber",
        "oppose",
        "the treaty",
    ),
    ("“It’s time to end this war,” said Senator Maria Lopez.", "Lopez", "support", "end this war"),
    ("Canada did not voice support for the plan.", "Canada", "oppose", "the plan"),
    ("“We must not abandon the farmers,” said Maria Lopez.", "Lopez", "oppose", "abandon"),
    ("Maria Lopez wants the council to lower taxes.", "Lopez", "support", "to lower taxes"),
    ("Canada called on Mexico to raise tariffs.", "Canada", "support", "to raise tariffs"),
    ("Canada and Mexico criticised the tariff.", "Mexico", "oppose", "the tariff"),
    ("Governor Tom Reed asked ministers not to close the border.", "Reed", "oppose", "close"),
    ("General Ann Cole ordered the troops to withdraw.", "Cole", "support", "to withdraw"),
    ("Acme Corp denied the accusations.", "Acme", "oppose", "the accusations"),
    ("Canada expressed interest in a second loan.", "Canada", "support", "a second loan"),
    ("Senator Maria Lopez voted in favour of the bill.", "Lopez", "support", "the bill"),
    ("Senator Maria Lopez is against the bill.", "Lopez", "oppose", "the bill"),
    ("Senator Maria Lopez is pleased with the result.", "Lopez", "support", "the result"),
    ("The plan, endorsed by Canada, passed.", "Canada", "support", "The plan"),
    ("The new tariff alarmed Canada.", "Canada", "oppose", "The new tariff"),
    ("Mexico backed the tariff, which alarmed Canada.", "Canada", "oppose", "the tariff"),
    ("The strikers received support from Canada.", "Canada", "support", "The strikers"),
    ("Mayor Anna Berg reacted by proposing a new tax.", "Berg", "support", "a new tax"),
    (
        "The Green Party launched a campaign to persuade voters to reject the treaty.",
        "Green Party",
        "support",
        "to reject the treaty",
    ),
    # negation flips, in every form the guideline names
    ("Canada never backed the treaty.", "Canada", "oppose", "the treaty"),
    ("“We will not back this plan,” said Mayor Anna Berg.", "Berg", "oppose", "this plan"),
    ("“The new bridge is not a disgrace,” said Mayor Anna Berg.", "Berg", "support", "bridge"),
    # evidential hedges on the report do not cancel
    ("Reportedly, Canada rejected the offer.", "Canada", "oppose", "the offer"),
    # evaluation predicated of a target, by a speaker (polarity from the VADER lexicon)
    ("“The ruling is a disgrace,” said Senator Maria Lopez.", "Lopez", "oppose", "The ruling"),
    ("“Our coach is a legend,” said Mayor Anna Berg.", "Berg", "support", "Our coach"),
    ("“Her design was truly pioneering,” Mayor Anna Berg said.", "Berg", "support", "Her design"),
    ("Senator Maria Lopez called the plan reckless.", "Lopez", "oppose", "the plan"),
    # stance verbs in other clause types, agent nouns, defence, emotion, admire verbs
    ("The union drafted a bill which Canada has criticised.", "Canada", "oppose", "a bill"),
    ("Mayor Anna Berg is a strong advocate for the bypass.", "Berg", "support", "the bypass"),
    ("Mayor Anna Berg spoke in defence of the new bypass.", "Berg", "support", "the new bypass"),
    ("Canada was deeply disappointed with the decision.", "Canada", "oppose", "the decision"),
    ("Senator Maria Lopez admires the old governor.", "Lopez", "support", "the old governor"),
    ("Acme Corp refused to sign the new contract.", "Acme", "oppose", "sign the new contract"),
    ("Canada pleaded with Mexico to lift the tariffs.", "Canada", "support", "to lift the tariffs"),
    ("“Her plan was one of the worst ideas,” Maria Lopez said.", "Lopez", "oppose", "Her plan"),
    ("“I stand against the new tax,” said Senator Maria Lopez.", "Lopez", "oppose", "the new tax"),
    ("Senator Maria Lopez opposes the tax and the toll.", "Lopez", "oppose", "the toll"),
    ("Senator Maria Lopez is the only senator who backs the bill.", "Lopez", "support", "the bill"),
    ("Mayor Anna Berg was shocked by the verdict.", "Berg", "oppose", "the verdict"),
    (
        "Canada and Mexico share a wish to end the tariffs.",
        "Mexico",
        "support",
        "to end the tariffs",
    ),
    (
        "“Their claims were disgraceful lies,” said Mayor Anna Berg.",
        "Berg",
        "oppose",
        "Their claims",
    ),
    ("Governor Tom Reed urged drivers to stop using the old bridge.", "Reed", "oppose", "using"),
    ("Acme Corp reached the conclusion that the merger was reckless.", "Acme", "oppose", "merger"),
    (
        "“Hoping that the talks succeed,” said Mayor Anna Berg.",
        "Berg",
        "support",
        "the talks succeed",
    ),
]

# sentences with a stance word but no position: modality, conditions, questions, the narrator,
# agentless passives, nominalisations without a holder, neutral reporting
NEGATIVE = [
    "Senator Maria Lopez may consider supporting the plan.",
    "Senator Maria Lopez would support the plan.",
    "If Canada backs the plan, the vote will pass.",
    "Will Canada support the plan?",
    "The new law is unacceptable.",
    "It is essential that the border stays open.",
    "The plan was rejected last week.",
    "The rejection of the bid surprised the town.",
    "Maria Lopez said the delay was routine.",
    # "The critics praised the film." left: a group that speaks is an actor (actor.people-group),
    # a borderline holder under the guideline (§2.4); a part of a group is none
    "Two critics praised the film.",
    "Canada must decide whether to back the plan.",
    "The team needs to rebuild its robot.",
    "“I must say the food was good,” said Maria Lopez.",
    "Support your local team!",
    "Senator Maria Lopez declined to comment.",
    "“It is fair to say the talks failed,” said Maria Lopez.",
    "Maria Lopez wants to travel to Paris.",
    # hypotheticals, hedges and questions (guideline §3)
    "Canada might back the treaty.",
    "Unless Canada rejects the treaty, the vote will pass.",
    "Does Mayor Anna Berg support the bypass?",
    "Canada will discuss supporting the treaty.",
    # the narrator's own evaluation, and a speaker's own feeling without a target
    "The ruling is a disgrace.",
    "“I am proud,” said Mayor Anna Berg.",
    # emphasising a question is not a stance; descriptive predicates are not evaluations
    "Mayor Anna Berg emphasized questions about the bypass.",
    "“The old mayor is dead,” said Anna Berg.",
    "“The app is free,” said Maria Lopez.",
    # a comparison, and a noun without an article, evaluate nothing here
    "“Brains are the greater source of wealth,” said Maria Lopez.",
    "“That was true adversity,” said Maria Lopez.",
    # a free relative as the subject of an evaluation names no target
    "“Voters see the candidates as showing what is worst about their parties,” Hale said.",
    "“Fans see the club as showing what is best about the city,” Reed said.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), POSITIVE)
def test_position_found(run, text, holder, stance, target):
    result = run(text)
    check_record(result.model_dump(), text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_position(run, text):
    result = run(text)
    assert result.positions == [], positions_of(result)


def test_first_person_in_quote_belongs_to_speaker_and_names_the_quote(run):
    text = "“We strongly oppose this deal,” said Foreign Minister Elena Petrova."
    result = run(text)
    (position,) = result.positions
    quote_ids = {q.id for q in result.quotes}
    assert position.quote in quote_ids
    speaker = next(q for q in result.quotes if q.id == position.quote).actor
    assert position.actor == speaker


def test_evidence_is_the_sentence_and_cue_inside_it(run):
    text = "The weather was mild. Canada rejected the proposal. Talks went on."
    result = run(text)
    (position,) = result.positions
    assert position.evidence.text == "Canada rejected the proposal."
    assert position.cue.text == "rejected"
    assert position.evidence.start <= position.cue.start < position.evidence.end


def test_target_actor_is_set_when_the_target_belongs_to_an_actor(run):
    text = "Mayor Anna Berg met Governor Tom Reed on Monday. Berg praised Reed's budget."
    result = run(text)
    names = {a.id: a.name for a in result.actors}
    praised = [p for p in result.positions if p.cue.text == "praised"]
    assert praised, result.positions
    assert praised[0].target_actor is not None
    assert "Reed" in names[praised[0].target_actor]


def test_one_position_per_holder_target_and_stance_in_a_sentence(run):
    text = "Canada praised and welcomed the agreement."
    result = run(text)
    keys = [(p.actor, p.stance, p.target.text) for p in result.positions]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_offsets_hold_with_emoji_and_line_endings(run, newline):
    text = f"Budget talks 😀 resumed.{newline}{newline}Canada 🚀 rejected the proposal.{newline}"
    result = run(text)
    check_record(result.model_dump(), text)
    (position,) = result.positions
    assert position.target.text == "the proposal"
    assert "\n" not in position.evidence.text and "\r" not in position.evidence.text


def test_relative_clause_is_not_part_of_the_target(run):
    text = "Canada condemned the attack, which Mexico praised."
    result = run(text)
    targets = sorted((p.stance, p.target.text) for p in result.positions)
    assert targets == [("oppose", "the attack"), ("support", "the attack")]


def test_ids_are_sequential(run):
    text = "Canada rejected the proposal. Mexico backed the proposal."
    result = run(text)
    assert [p.id for p in result.positions] == ["p1", "p2"]


def test_seed_positions_a_careful_editor_lists(seed_result, seed_text):
    check_record(seed_result.model_dump(), seed_text)
    found = positions_of(seed_result)

    def has(holders, stance, target):
        return any(
            any(h in name for h in holders) and st == stance and target in tgt
            for name, st, tgt, _ in found
        )

    # Moscow/Russia supports Trump's initiative; Trump opposes "wasting time" with meetings;
    # Russian officials praise the American president's approach
    assert has(["Russia", "Moscow"], "support", "initiative"), found
    assert has(["Trump"], "oppose", "wasting time"), found
    assert has(["Russia"], "support", "the American president’s approach"), found
    # the coalition supports Kyiv; emphasising a question is not a stance
    assert has(["coalition"], "support", "Kyiv"), found
    assert not [p for _, _, _, p in found if p.cue.text == "emphasized"], found
    assert has(["Europe"], "oppose", "initiative"), found
    for _, _, _, position in found:
        assert position.evidence.start <= position.cue.start < position.evidence.end
        assert position.target.text.strip()


@pytest.mark.parametrize("name", ["stance_verbs.tsv", "stance_nouns.tsv", "stance_adjectives.tsv"])
def test_lexicon_rows_are_well_formed(name):
    for row in table(name):
        assert row[0] == row[0].lower() and row[0].strip(), row
        assert row[1] in ("support", "oppose"), row


def test_lexicon_loads_the_guideline_cues():
    lex = lexicon()
    for word in ("support", "back", "endorse", "oppose", "reject", "condemn", "refuse", "urge"):
        assert word in lex.verbs
    assert lex.role("refuse", "flip")
    assert lex.role("may", "modal")
    assert lex.role("if", "condition")


def test_a_stance_carried_by_the_reporting_verb_names_its_quote(run):
    text = "Mayor Anna Berg warned residents against “rushing ahead” with the new bypass."
    result = run(text)
    (position,) = [p for p in result.positions if p.cue.text == "warned"]
    assert position.stance == "oppose"
    (quote,) = [q for q in result.quotes if q.cue is not None and q.cue.text == "warned"]
    assert position.quote == quote.id


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mayor Anna Berg warned against “rushing ahead” with the bypass.", "“rushing ahead” with"),
        ('Mayor Anna Berg warned against "rushing ahead" with the bypass.', '"rushing ahead" with'),
        # a mark that closes nothing inside the target is left alone
        ("Mayor Anna Berg opposed “the bypass”, aides said.", "the bypass"),
    ],
)
def test_a_target_that_runs_out_of_a_quotation_keeps_its_opening_mark(run, text, target):
    result = run(text)
    (position,) = [p for p in result.positions if p.actor]
    assert position.target.text.startswith(target)
    assert position.target.text == text[position.target.start : position.target.end]
