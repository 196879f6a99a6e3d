"""Positions, third round: categories of the guideline that the first two rounds left out (desire,
...). Sentences are invented."""

from __future__ import annotations

import pytest

from tests.helpers import category_tests, positions_of

# (text, holder name contains, stance, target contains)
POSITIVE = [
    # desire: wanting, wishing, hoping for an action supports it
    ("Acme Corp wants to reopen the old copper mine.", "Acme", "support", "reopen the old copper"),
    ("Mayor Anna Berg hopes to build a new harbour next year.", "Berg", "support", "a new harbour"),
    (
        "Senator Maria Lopez said Tom Reed wishes to use his fame to help the poor.",
        "Reed",
        "support",
        "to help the poor",
    ),
    (
        "“We would like to see more buses in the village,” said Senator Maria Lopez.",
        "Lopez",
        "support",
        "more buses",
    ),
    ("Acme Corp does not want to close the mill.", "Acme", "oppose", "close the mill"),
    # a hyphenated evaluative compound, which the parse splits
    ("“The launch was really ground-breaking,” said Anna Berg.", "Berg", "support", "The launch"),
    (
        "“The new rules are short-sighted,” said Senator Maria Lopez.",
        "Lopez",
        "oppose",
        "The new rules",
    ),
    ("“Our hospital is not world-class,” said Anna Berg.", "Berg", "oppose", "Our hospital"),
    # imperatives in quoted speech: the speaker asks for the action, or against it
    (
        "“Don't close the village school,” Mayor Anna Berg told the council.",
        "Berg",
        "oppose",
        "close the village school",
    ),
    (
        "“Please cut the bus fares before the winter,” said Senator Maria Lopez.",
        "Lopez",
        "support",
        "cut the bus fares",
    ),
    ("“Stop the war now. Bring our soldiers home,” said Anna Berg.", "Berg", "oppose", "the war"),
    ("“Stop the war now. Bring our soldiers home,” said Anna Berg.", "Berg", "support", "soldiers"),
    # verbless evaluation: the of-phrase of the speech verb, or the fragment's noun
    ("“A disgrace,” Maria Lopez said of the ruling.", "Lopez", "oppose", "the ruling"),
    ("“Brilliant work by the firefighters,” said Mayor Anna Berg.", "Berg", "support", "work"),
    ("“What a terrible decision,” said Maria Lopez.", "Lopez", "oppose", "decision"),
    # a participle that is the adjective: a state, not a passive
    ("Canada is opposed to the new pipeline.", "Canada", "oppose", "the new pipeline"),
    # accepting counts only when refused or negated
    ("Tom Reed said he would not accept the deal.", "Reed", "oppose", "the deal"),
    ("Canada refused to accept the deal.", "Canada", "oppose", "the deal"),
    (
        "“We will never accept this deal,” said Canada's foreign minister Paul Green.",
        "Green",
        "oppose",
        "this deal",
    ),
    # "would" of reported speech is a past "will", not a hypothetical
    ("Tom Reed said he would back the plan.", "Reed", "support", "the plan"),
    # agent and emotion nouns
    ("“I'm not a fan of the new rules,” said Coach Sam Taylor.", "Taylor", "oppose", "rules"),
    (
        "Coach Sam Taylor expressed his disappointment with the result.",
        "Taylor",
        "oppose",
        "the result",
    ),
    ("Canada voiced solidarity with the striking miners.", "Canada", "support", "miners"),
    # "tell X to Y" is a directive
    ("Canada told Mexico to withdraw its troops.", "Canada", "support", "withdraw its troops"),
    # evaluation of a performance
    (
        "“The firefighters are doing a fantastic job,” said Mayor Anna Berg.",
        "Berg",
        "support",
        "The firefighters",
    ),
    (
        "“The council did a terrible job with the floods,” said Senator Maria Lopez.",
        "Lopez",
        "oppose",
        "The council",
    ),
    # agreeing and siding with, emotions aimed at a target, support thrown behind
    ("“I disagree with the minister,” Anna Berg said.", "Berg", "oppose", "the minister"),
    ("Canada sided with Mexico in the dispute.", "Canada", "support", "Mexico"),
    ("“I'm really proud of our volunteers,” Anna Berg said.", "Berg", "support", "volunteers"),
    ("“I am tired of these excuses,” Anna Berg said.", "Berg", "oppose", "these excuses"),
    ("Anna Berg threw her support behind the strike.", "Berg", "support", "the strike"),
    # what a target deserves
    (
        "“The nurses deserve our full support,” said Mayor Anna Berg.",
        "Berg",
        "support",
        "The nurses",
    ),
    (
        "“The referee deserves the blame for this defeat,” said Coach Sam Taylor.",
        "Taylor",
        "oppose",
        "The referee",
    ),
    # an actor asked to act, and what should have been done
    (
        "“The council should rebuild the bridge,” said Anna Berg.",
        "Berg",
        "support",
        "The council should rebuild the bridge",
    ),
    ("“The government should not raise taxes,” said Anna Berg.", "Berg", "oppose", "raise taxes"),
    (
        "“The old bridge should have been rebuilt years ago,” said Anna Berg.",
        "Berg",
        "support",
        "rebuilt",
    ),
    # a for-to clause after "call for", "press for": the proposal keeps its subject
    ("Canada called for the law to be scrapped.", "Canada", "support", "the law to be scrapped"),
    ("The union UNITE pressed for the talks to resume.", "UNITE", "support", "the talks to resume"),
    ("Canada urged against a hasty decision.", "Canada", "oppose", "a hasty decision"),
    # denial of a claim, refusal of an offer, lashing out
    ("Acme Corp denied that it had broken the law.", "Acme", "oppose", "it had broken the law"),
    ("Acme Corp declined the invitation.", "Acme", "oppose", "the invitation"),
    ("Acme Corp lashed out at the regulator.", "Acme", "oppose", "the regulator"),
    # emotions aimed at a target
    ("Canada regrets the decision.", "Canada", "oppose", "the decision"),
    ("Canada bemoaned the lack of progress.", "Canada", "oppose", "the lack of progress"),
    ("Canada was relieved that the talks resumed.", "Canada", "support", "the talks resumed"),
    # someone else's stance the subject has, enjoys or faces
    ("The plan enjoys broad support from Canada.", "Canada", "support", "The plan"),
    ("The bill has the backing of the governor Tom Reed.", "Reed", "support", "The bill"),
    ("The bill faces fierce opposition from the Labour Party.", "Labour", "oppose", "The bill"),
    # stance nouns after a light verb
    ("Canada has voiced concerns about the plan.", "Canada", "oppose", "the plan"),
    ("Canada raised objections to the plan.", "Canada", "oppose", "the plan"),
    ("Canada lodged a protest against the new tariffs.", "Canada", "oppose", "the new tariffs"),
    # "it" of a body's reported clause (resolved by the actor stage, coref.reported-it)
    (
        "Acme Corp said in a statement that it was deeply disappointed with the ruling.",
        "Acme",
        "oppose",
        "the ruling",
    ),
    ("Canada said it will never accept the deal.", "Canada", "oppose", "the deal"),
    # negation flips the new categories
    ("“The council is not doing a great job,” said Anna Berg.", "Berg", "oppose", "The council"),
    (
        "“The referee does not deserve the blame,” said Coach Sam Taylor.",
        "Taylor",
        "support",
        "The referee",
    ),
    ("“I'm not proud of our record,” said Anna Berg.", "Berg", "oppose", "our record"),
    ("Canada did not call for the law to be scrapped.", "Canada", "oppose", "the law"),
    # a second requested action the parse hangs on an infinitive directive
    (
        "Acme Corp launched a campaign to persuade users to stop using the old app and install "
        "the new one.",
        "Acme",
        "support",
        "install the new one",
    ),
    (
        "The union UNITE launched a campaign to persuade members to stop using the old scheme "
        "and join the new fund.",
        "UNITE",
        "support",
        "join the new fund",
    ),
]

# coordination: each conjunct its own target, each coordinated passive its own agent
COORDINATED = [
    (
        "Senator Maria Lopez backs the tax plan, the housing bill and the new bridge.",
        [
            ("Maria Lopez", "support", "the tax plan"),
            ("Maria Lopez", "support", "the housing bill"),
            ("Maria Lopez", "support", "the new bridge"),
        ],
    ),
    (
        "The reform was welcomed by Canada and criticised by Mexico.",
        [("Canada", "support", "The reform"), ("Mexico", "oppose", "The reform")],
    ),
    (
        "Mayor Anna Berg stands firmly against the bypass and in favour of the tram.",
        [("Anna Berg", "oppose", "the bypass"), ("Anna Berg", "support", "the tram")],
    ),
    (
        "Senator Maria Lopez voted against the budget and in favour of the tax cut.",
        [("Maria Lopez", "oppose", "the budget"), ("Maria Lopez", "support", "the tax cut")],
    ),
]

NEGATIVE = [
    # a habit, a way of speaking, an open wish
    "Tom Reed likes to cook on Sundays.",
    "“I want to say thank you to everyone,” said Mayor Anna Berg.",
    "Acme Corp may want to reopen the mine.",
    # an imperative that is a way of speaking, acts on nothing, or has no speaker
    "“Look, we tried everything,” said Anna Berg.",
    "“Let me explain the plan,” said Anna Berg.",
    "“Go home,” said Anna Berg.",
    "Close the mine.",
    # a verbless evaluation with nothing to evaluate, or no speaker
    "“Absolutely shameful,” said Maria Lopez.",
    "Great news for the town.",
    # receiving, a hypothetical, a quotation after "told", one's own performance
    "Canada accepted the award.",
    "Tom Reed said he would back the plan if Mexico agreed.",
    "“We would support the plan,” said Canada.",
    "Anna Berg told the press, “to show that the town can build bridges too.”",
    "“I did a fantastic job,” said Mayor Anna Berg.",
    # what the speaker deserves, or what the narrator says is deserved
    "“We deserve better,” said Anna Berg.",
    "The nurses deserve our full support.",
    # a topic before the verb is not whom a request addresses
    "On the port, Mayor Anna Berg wanted to know if the council had any news.",
    # forecasts and estimates, not advocacy
    "“The storm should reach the coast by Friday,” said Anna Berg.",
    "“The letters must have been lost,” said Anna Berg.",
    "“The Democrats should win the seat easily,” said Anna Berg.",
    "“Voters should know the result by midnight,” said Anna Berg.",
    # a stance not yet taken
    "Canada has yet to endorse the plan.",
    "Canada is yet to back the plan.",
    # questions, hypotheticals, hedges and negation of the new categories (guideline §3)
    "Does Acme Corp want to reopen the old mine?",
    "If Acme Corp wants to reopen the old mine, the town will object.",
    "Acme Corp might want to reopen the old mine.",
    "“Why should the council rebuild the bridge?” asked Anna Berg.",
    "“If the council rebuilds the bridge, close the old road,” said Anna Berg.",
    "“A disgrace?” Maria Lopez said of the ruling.",
    "Acme Corp did not deny the charges.",
    # a stance with no target, or no one holding it
    "“I regret nothing,” said Anna Berg.",
    "Canada has our support.",
    "Canada faces criticism.",
    # attributive only (guideline §3: borderline), and a hyphen that joins no word
    "Anna Berg has a world-class team.",
    "“The launch was really ground - breaking,” said Anna Berg.",
]


test_category_found, test_category_not_found = category_tests(POSITIVE, NEGATIVE)


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_coordinated_stances(run, text, expected):
    found = sorted((h, s, t) for h, s, t, _ in positions_of(run(text)))
    assert found == sorted(expected)


def test_two_requested_actions_are_two_targets(run):
    """ "urged X to leave A and join B": each action its own target, the first without B."""
    found = positions_of(
        run("Governor Tom Reed urged members to leave the old scheme and join the fund.")
    )
    assert sorted(t for _, _, t, _ in found) == ["join the fund", "to leave the old scheme"], found


def test_a_stance_verb_under_want_is_one_position(run):
    """ "wants to back X": the inner verb carries the stance, not a second position on "to back"."""
    found = positions_of(run("Acme Corp wants to back the new stadium."))
    assert [(s, t) for _, s, t, _ in found] == [("support", "the new stadium")], found
