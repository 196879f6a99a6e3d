"""Positions, tenth round: general filters and constructions found by grouping the errors on
biographies (career verbs read as stances, lists hidden in a target, evaluation reported with
"described ... as", directives in the passive, texts that speak for their authors). Every entry
has invented sentences from at least two different texts here."""

from __future__ import annotations

from tests.helpers import category_tests, positions_of

# (text, holder name contains, stance, target contains)
POSITIVE = [
    # evaluative naming: passive with a by-agent, the polar word inside the predicate noun, a
    # small clause under "find"
    (
        "The new stadium was described by Mayor Anna Berg as a disgrace.",
        "Berg",
        "oppose",
        "stadium",
    ),
    (
        "The bridge was described by Senator Maria Lopez as “a triumph for the city”.",
        "Lopez",
        "support",
        "The bridge",
    ),
    (
        "Coach Sam Taylor described the striker as the most brilliant player he ever coached.",
        "Taylor",
        "support",
        "the striker",
    ),
    (
        "Senator Maria Lopez described her rival as the worst governor the state ever had.",
        "Lopez",
        "oppose",
        "her rival",
    ),
    ("“I found it wonderful,” said Anna Berg.", "Berg", "support", "it"),
    ("Coach Sam Taylor said he found the decision shameful.", "Taylor", "oppose", "the decision"),
    # more verbs of calling and regarding, and the predicate noun parsed as an apposition or a
    # second object
    ("Tom Hart dubbed the plan “a disaster”.", "Hart", "oppose", "the plan"),
    ("Mayor Anna Berg branded the scheme a failure.", "Berg", "oppose", "the scheme"),
    ("Tom Hart branded the minister a liar.", "Hart", "oppose", "the minister"),
    ("Tom Hart saw the deal as a betrayal.", "Hart", "oppose", "the deal"),
    ("Anna Berg viewed the reform as a disaster for farmers.", "Berg", "oppose", "the reform"),
    ("Tom Hart considered the treaty a betrayal.", "Hart", "oppose", "the treaty"),
    # directives in the passive: the by-agent asks
    (
        "The troops were ordered by General Omar Haddad to leave the city.",
        "Haddad",
        "support",
        "to leave the city",
    ),
    (
        "He was invited by Chancellor Hans Weber to visit the new museum.",
        "Weber",
        "support",
        "to visit the new museum",
    ),
    (
        "Anna Berg was asked by the union leader Paul Green not to close the school.",
        "Green",
        "oppose",
        "close the school",
    ),
    # directive verbs beside "order"
    (
        "General Omar Haddad summoned the army to defend the capital.",
        "Haddad",
        "support",
        "to defend the capital",
    ),
    (
        "Queen Anna Berg summoned her ministers to draft a new constitution.",
        "Berg",
        "support",
        "to draft a new constitution",
    ),
    (
        "Governor Tom Reed instructed staff to delete the files.",
        "Reed",
        "support",
        "to delete the files",
    ),
    (
        "Mayor Anna Berg instructed the police to close the bridge.",
        "Berg",
        "support",
        "to close the bridge",
    ),
    (
        "General Omar Haddad commanded the rebels to lay down their arms.",
        "Haddad",
        "support",
        "to lay down their arms",
    ),
    (
        "Coach Sam Taylor commanded his players to stay in the hotel.",
        "Taylor",
        "support",
        "to stay in the hotel",
    ),
    (
        "Governor Tom Reed directed the agency to review the contract.",
        "Reed",
        "support",
        "to review the contract",
    ),
    (
        "Judge Anna Berg directed the council to reopen the library.",
        "Berg",
        "support",
        "to reopen the library",
    ),
    # emotion adjectives of displeasure
    (
        "Senator Maria Lopez grew disgruntled with the party leadership.",
        "Lopez",
        "oppose",
        "the party leadership",
    ),
    (
        "Coach Sam Taylor was disgruntled with the new schedule.",
        "Taylor",
        "oppose",
        "the new schedule",
    ),
    (
        "By 1990, Senator Maria Lopez was disgruntled with the party leadership.",
        "Lopez",
        "oppose",
        "the party leadership",
    ),
    ("Coach Sam Taylor was annoyed by the delay.", "Taylor", "oppose", "the delay"),
    ("Senator Maria Lopez is annoyed with the new rules.", "Lopez", "oppose", "the new rules"),
    (
        "Mayor Anna Berg was displeased with the ruling.",
        "Berg",
        "oppose",
        "the ruling",
    ),
    (
        "Professor Jane Hill was displeased by the report.",
        "Hill",
        "oppose",
        "the report",
    ),
    ("Farmer Tom Hart was incensed by the new tariff.", "Hart", "oppose", "the new tariff"),
    ("Senator Maria Lopez was incensed at the decision.", "Lopez", "oppose", "the decision"),
    # a text that speaks for its authors
    (
        "The UN Security Council passed a resolution calling for an immediate ceasefire.",
        "Security Council",
        "support",
        "an immediate ceasefire",
    ),
    (
        "The union issued a statement condemning the attack on the depot.",
        "union",
        "oppose",
        "the attack on the depot",
    ),
    (
        "Mayor Anna Berg's letter urging the council to reopen the school was read aloud.",
        "Berg",
        "support",
        "to reopen the school",
    ),
    (
        "A statement from the Foreign Ministry condemning the strike was released on Monday.",
        "Foreign Ministry",
        "oppose",
        "the strike",
    ),
    # nouns of commanding with a clause or infinitive
    (
        "Governor Ada Crane became known for her order that the old prison be closed.",
        "Crane",
        "support",
        "the old prison be closed",
    ),
    (
        "General Omar Haddad's order to release the prisoners surprised the town.",
        "Haddad",
        "support",
        "to release the prisoners",
    ),
    (
        "Governor Tom Reed's instruction to delete the files was leaked.",
        "Reed",
        "support",
        "to delete the files",
    ),
    (
        "Mayor Anna Berg repeated her instruction that every school stay closed.",
        "Berg",
        "support",
        "every school stay closed",
    ),
    # nouns of necessity with a verb of stressing
    ("Senator Maria Lopez stressed the need for a new bridge.", "Lopez", "support", "a new bridge"),
    (
        "Coach Sam Taylor underlined the need for a bigger squad.",
        "Taylor",
        "support",
        "a bigger squad",
    ),
    (
        "Union leader Paul Green emphasised the necessity of higher wages.",
        "Green",
        "support",
        "higher wages",
    ),
    (
        "Professor Jane Hill pointed out the necessity of a second vaccine dose.",
        "Hill",
        "support",
        "a second vaccine dose",
    ),
    (
        "Professor Jane Hill highlighted the desirability of cleaner buses.",
        "Hill",
        "support",
        "cleaner buses",
    ),
    (
        "Mayor Anna Berg stressed the desirability of a single ticket for all trams.",
        "Berg",
        "support",
        "a single ticket",
    ),
    ("Mayor Anna Berg saw no need for a second airport.", "Berg", "oppose", "a second airport"),
    ("Tom Hart sees no need to raise taxes.", "Hart", "oppose", "to raise taxes"),
    # contesting a view or a claim
    (
        "Professor Jane Hill challenged the accepted view of the crisis.",
        "Hill",
        "oppose",
        "the accepted view",
    ),
    ("Acme Corp challenged the ruling in court.", "Acme", "oppose", "the ruling"),
    ("Acme Corp disputed the findings of the report.", "Acme", "oppose", "the findings"),
    ("Senator Maria Lopez disputed the figures.", "Lopez", "oppose", "the figures"),
    # judgment and rejection verbs
    (
        "Senator Maria Lopez castigated the government for its handling of the floods.",
        "Lopez",
        "oppose",
        "the government",
    ),
    ("Coach Sam Taylor castigated the referees.", "Taylor", "oppose", "the referees"),
    ("Coach Sam Taylor ridiculed the new rules.", "Taylor", "oppose", "the new rules"),
    ("Mayor Anna Berg ridiculed the plan.", "Berg", "oppose", "the plan"),
    ("Canada spurned the offer of talks.", "Canada", "oppose", "the offer of talks"),
    ("Acme Corp spurned the bid from its rival.", "Acme", "oppose", "the bid"),
    ("Mayor Anna Berg extolled the virtues of the new park.", "Berg", "support", "the virtues"),
    ("Professor Jane Hill extolled the new method.", "Hill", "support", "the new method"),
    ("Senator Maria Lopez espoused socialism in her youth.", "Lopez", "support", "socialism"),
    ("Tom Hart espoused free trade.", "Hart", "support", "free trade"),
    ("Anna Berg advocated for women's suffrage.", "Berg", "support", "women's suffrage"),
    ("Tom Hart advocated against the death penalty.", "Hart", "oppose", "the death penalty"),
    # "believer in"; verdict nouns VADER scores mildly or lacks
    ("Anna Berg was a strong believer in free markets.", "Berg", "support", "free markets"),
    ("Tom Hart is a firm believer in public schools.", "Hart", "support", "public schools"),
    ("Mayor Anna Berg said the decision was a mistake.", "Berg", "oppose", "the decision"),
    ("“Closing the depot was a mistake,” said Tom Hart.", "Hart", "oppose", "Closing the depot"),
    ("“The merger was a blunder,” said Tom Hart.", "Hart", "oppose", "The merger"),
    ("Senator Maria Lopez said the new tax was a blunder.", "Lopez", "oppose", "the new tax"),
    ("“The election was a sham,” said Senator Maria Lopez.", "Lopez", "oppose", "The election"),
    ("Coach Sam Taylor said the hearing was a sham.", "Taylor", "oppose", "the hearing"),
    # a verb of saying used of a thing is an action wished for; a negation after the wished
    # action's object is no negated action
    ("“We want to add new fees,” said Tom Hart.", "Hart", "support", "to add new fees"),
    ("Mayor Anna Berg does not want to add a second toll.", "Berg", "oppose", "add a second toll"),
    (
        "“We did not want to add new rules, especially not strict ones,” said Tom Hart.",
        "Hart",
        "oppose",
        "to add new rules",
    ),
    # a question after a colon or a line break leaves the stating clause before it
    (
        "Professor Otto Lund was a proponent of plain spelling and wrote:\n“Why keep letters that "
        "nobody says? ...",
        "Lund",
        "support",
        "plain spelling",
    ),
    (
        "Mayor Anna Berg was a critic of the tax and asked: “Why should we pay?”",
        "Berg",
        "oppose",
        "the tax",
    ),
    # a list the parse coordinated right stays one target of the verb ...
    (
        "Chemist Ida Strand proposed changes to the names of iron, copper, zinc and tin, and wrote "
        "a new table of weights.",
        "Strand",
        "support",
        "changes to the names of iron, copper",
    ),
    (
        "Botanist Ida Strand proposed revisions to the classification of ferns, mosses, lichens "
        "etc., and published a new flora.",
        "Strand",
        "support",
        "revisions to the classification of ferns, mosses",
    ),
    # ... and a list it hid in the first member is still split
    (
        "Senator Ruth Dale favors lower rail fares through new subsidies, repair of Leeds's old "
        "bridges, free school meals, longer library hours, and reform of the city's parking rules.",
        "Dale",
        "support",
        "free school meals",
    ),
]

NEGATIVE = [
    # a reflexive object, or one with which the verb means providing or holding
    "Anna Berg supported herself by working as a waitress.",
    "Tom Hart supported himself as a clerk while he studied law.",
    "Anna Berg supported her family by teaching piano.",
    "Tom Hart supported his wife and three children on a teacher's pay.",
    "Tom Smith successfully defended his thesis in 1990.",
    "Anna Berg defended her dissertation on bees at Leeds.",
    "Champion Jane Doe defended her title against the challenger.",
    "The title was defended by Jane Doe in Leeds.",
    "Her debut album, backed by the London Symphony Orchestra, won a Grammy.",
    "The band that backed his first single split in 1970.",
    # a free relative object of the cue itself
    "The project implemented much of what Anna Berg had proposed in her theory.",
    "The museum shows some of what Tom Hart proposed in his last book.",
    # a psych verb's "object" across a clause: a stray parse
    "She impressed immediately, making a superb tackle near the line to rob Tom Smith of a try.",
    # a person after a verb of contesting
    "Senator Maria Lopez challenged Tom Reed to a debate.",
    "Coach Sam Taylor challenged him to a race.",
    "Senator Maria Lopez challenged the champion to a rematch.",
    "Senator Maria Lopez challenged the incumbent governor.",
    # a mistake one made is no verdict on a target
    "Tom Hart said he made a mistake in the table.",
    # a need is advocacy only when someone stresses or voices it; stressing another's stance
    # is not taking it
    "Anna Berg's need for attention grew.",
    "Professor Jane Hill highlighted the criticism of the plan by experts.",
    # one's own success wished for is no stance
    "Senator Maria Lopez hopes to win the election.",
    "Coach Sam Taylor wants to reach the final.",
    "Tom Hart hopes to earn a place in the team.",
    # a way of speaking wishes for nothing
    "“I want to add a few words,” said Tom Hart.",
    "“I would like to add one thing,” said Mayor Anna Berg.",
    "“We want to assure our community,” said Mayor Anna Berg.",
    "“I want to tell the public,” said Tom Hart.",
    # refusing to speak is refusing one's own act (borderline), a thing spoken of or not
    "Tom Hart refused to answer any questions from the panel.",
    "Mayor Anna Berg refused to disclose her medical records.",
    # a free relative names no target; an order names its target in a clause or infinitive
    "Senator Maria Lopez called what happened reckless.",
    "The officers acted with orders from the Tax Office.",
    "The soldiers fired with orders from General Omar Haddad.",
    # "there is no denying": an idiom of certainty; a question stays a question
    "“There is no denying that the plan works,” said Anna Berg.",
    "Senator Maria Lopez said there was no disputing the figures.",
    "“Why should we back the plan?” Anna Berg asked.",
    "Why does Mayor Anna Berg support the plan?",
    # calling denied or hypothetical
    "Councillor Tom Hart said he would regard it as a grave slight were the guests to leave early.",
    "Tom Hart did not call the plan a disaster.",
    # seeing, considering and calling without an evaluation
    "Tom Hart saw the film in a cinema in Leeds.",
    "Anna Berg considered leaving the party.",
    "Tom Hart called the mayor, a former teacher, to the stage.",
    # no holder: agentless
    "The plan was described as reckless.",
    "He was invited to visit the new museum.",
    # "in order to" is no stance, nor "a kind of"
    "Senator Maria Lopez left early in order to catch the train.",
    "“This is a kind of wind,” said Professor Jane Hill.",
    "“It is a sort of map,” said Professor Jane Hill.",
]


test_category_found, test_category_not_found = category_tests(POSITIVE, NEGATIVE)


def test_a_list_inside_the_first_member_is_no_list_of_targets(run):
    result = run(
        "Her prize money went to Open Door, which supports people facing debt, eviction, illness,"
        " and grief."
    )
    targets = [t for _, _, t, _ in positions_of(result)]
    assert "grief" not in targets and "eviction" not in targets, targets


def test_a_list_the_parse_hid_in_the_first_member_still_gives_each_target(run):
    result = run(
        "Senator Ruth Dale favors lower rail fares through new subsidies, repair of Leeds's old "
        "bridges, free school meals, longer library hours, and reform of the city's parking rules."
    )
    targets = [t for _, _, t, _ in positions_of(result)]
    assert len(targets) >= 4, targets
