"""Positions, eleventh round: categories that did not carry to new texts, found by writing varied
invented sentences per guideline category and by grouping the errors on the invented development
set of round 11 (whose sentences are not used here). Every entry has invented sentences from at
least two different texts."""

from __future__ import annotations

import pytest

from tests.helpers import category_tests, has_position, positions_of

# interviews whose turns are labelled "Q:" / "A:": an answer's first person is the interviewee's,
# although the quotes stage reads the turn as a transcript line spoken by "A"
LABELLED_INTERVIEWS = [
    (
        "Rosa Lind on the harbour wall\n\n"
        "Rosa Lind retired this year as head of the Port Ellery Harbour Board. She spoke to our"
        " reporter, Tom Vance.\n\n"
        "Q: Was the new wall worth the money?\n\n"
        "A: Every penny. But I reject the claim that the old quay was beyond repair.\n\n"
        "Q: Would you build another one?\n\n"
        "A: Not yet. The board has no money left.\n\n"
        "Q: And the fishermen?\n\n"
        "A: They have been patient with us.",
        "Lind",
        "oppose",
        "the claim that the old quay",
    ),
    (
        "Ivan Petrov on the village school\n\n"
        "Ivan Petrov chaired the Alder Green School governors for a decade. He talked to our"
        " education editor, Mary Cole.\n\n"
        "Q: What was the hardest year?\n\n"
        "A: The year of the merger. We fought it, and I still oppose the merger of the two schools."
        "\n\nQ: Why?\n\n"
        "A: Because small schools work.\n\n"
        "Q: And now?\n\n"
        "A: I grow vegetables.",
        "Petrov",
        "oppose",
        "the merger of the two schools",
    ),
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), LABELLED_INTERVIEWS)
def test_a_labelled_answer_speaks_for_the_interviewee(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


# (text, holder name contains, stance, target contains)
POSITIVE = [
    # phrasal verbs of refusal and criticism: the particle decides the sense
    ("Anna Kowalski turned down the offer of a merger.", "Kowalski", "oppose", "the offer"),
    ("The Varrow Council has turned the bid down.", "Varrow Council", "oppose", "the bid"),
    ("Lena Berg brushed aside the criticism.", "Berg", "oppose", "the criticism"),
    ("The Bank of Lorne brushed the warnings aside.", "Bank of Lorne", "oppose", "the warnings"),
    ("Peter Holm hit out at the new rules.", "Holm", "oppose", "the new rules"),
    ("Senator Ruth Dale hit out at the budget on Monday.", "Dale", "oppose", "the budget"),
    ("Anna Kowalski came out strongly against the strike.", "Kowalski", "oppose", "the strike"),
    ("The Green Party came out against the airport.", "Green Party", "oppose", "the airport"),
    # anticipation: desire and interest
    (
        "Sunita Rao said she was looking forward to quieter streets.",
        "Rao",
        "support",
        "quieter streets",
    ),
    (
        "“We look forward to working with the new mayor,” said Omar Haddad.",
        "Haddad",
        "support",
        "working with the new mayor",
    ),
    # stance adjectives after "stay" and "remain", and adjectives of commitment and sympathy
    ("Nadia Kerr stayed opposed to the merger.", "Kerr", "oppose", "the merger"),
    ("The Tenants Forum stayed hostile to the plan.", "Tenants Forum", "oppose", "the plan"),
    (
        "Minister Delia Marchetti remains committed to a sustainable service.",
        "Marchetti",
        "support",
        "a sustainable service",
    ),
    ("Tom Hart is committed to the peace process.", "Hart", "support", "the peace process"),
    ("Nadia Kerr is sympathetic to the strikers.", "Kerr", "support", "the strikers"),
    ("Senator Ruth Dale was sympathetic towards the farmers.", "Dale", "support", "the farmers"),
    # a small clause wished for
    ("Nadia Kerr wants the law changed.", "Kerr", "support", "the law changed"),
    ("Mayor Anna Berg wants the border open.", "Berg", "support", "the border open"),
    (
        "The Harbour Board would like the old quay rebuilt.",
        "Harbour Board",
        "support",
        "the old quay rebuilt",
    ),
    # directives: "advise X to", "appeal to X to"
    ("Henrik Dahl advised investors to sell their shares.", "Dahl", "support", "to sell"),
    ("The Red Cross advised residents to leave the valley.", "Red Cross", "support", "to leave"),
    ("Henrik Dahl appealed to residents to conserve water.", "Dahl", "support", "to conserve"),
    ("Pope Anna Berg appealed to both sides to stop the fighting.", "Berg", "oppose", "fighting"),
]

NEGATIVE = [
    # the particle is a preposition, or the object a thing one lowers: no refusal
    "Lena Berg turned down the road to the village.",
    "Lena Berg turned down the volume.",
    "The striker hit the ball out at the far post.",
    "Anna Kowalski came out of the meeting.",
    "Sunita Rao looked to the sky.",
    "Henrik Dahl advised on the project for two years.",
    # a clause with a subject of its own after "liked", not a small clause
    "I liked it so much there I stayed for ten years.",
]


test_category_found, test_category_not_found = category_tests(POSITIVE, NEGATIVE)


# a first-person "would" on a verb of asking or advising is politeness: the request is made
PERFORMED = [
    (
        "“I would urge the union to sit down with us,” said Helen Marsh.",
        "Marsh",
        "support",
        "to sit down with us",
    ),
    (
        "“We would ask everyone to stay at home,” said Chief Constable Ian Ross.",
        "Ross",
        "support",
        "to stay at home",
    ),
    ("“I'd encourage young people to vote,” said Mayor Ann Cole.", "Cole", "support", "to vote"),
    ("“I would recommend the new route,” said Ann Cole.", "Cole", "support", "the new route"),
]

SUPPOSED = [
    # the same "would" on a verb of stance, or under a condition, still supposes
    "“I would support the plan,” said Ann Cole.",
    "“If they asked, I would urge them to leave,” said Ann Cole.",
    "“She would urge them to leave,” said Ann Cole.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), PERFORMED)
def test_a_polite_would_makes_the_request(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", SUPPOSED)
def test_a_supposing_would_makes_none(run, text):
    assert positions_of(run(text)) == []


COUNTERFACTUAL = [
    # "would have been" through an adjective on the predicate noun, and after a reporting verb
    "“The old stadium would have been an excellent venue,” said Ann Cole.",
    "Ann Cole said a merger would have been a terrible mistake.",
    "“Leeds would have been a wonderful host,” said Tom Hart.",
]


@pytest.mark.parametrize("text", COUNTERFACTUAL)
def test_a_counterfactual_evaluation_is_none(run, text):
    assert positions_of(run(text)) == []


# words of blame and praise VADER scores below the threshold (or lacks), predicated of plans, acts
# and processes (polarity_corrections.tsv); and a polar noun framed by "an act of", "a piece of"
CORRECTED = [
    ("“The plan is a nonsense,” said Owen Pryce.", "Pryce", "oppose", "The plan"),
    ("Mayor Anna Berg said the new rota was a nonsense.", "Berg", "oppose", "the new rota"),
    ("“The hearing was a farce,” said Owen Pryce.", "Pryce", "oppose", "The hearing"),
    ("Tom Hart said the election had been a farce.", "Hart", "oppose", "the election"),
    ("“The waiting lists are a scandal,” said Owen Pryce.", "Pryce", "oppose", "lists"),
    ("Tom Hart said the state of the roads was a scandal.", "Hart", "oppose", "the state"),
    ("Owen Pryce said the talks were futile.", "Pryce", "oppose", "the talks"),
    ("“The blockade is futile,” said Anna Berg.", "Berg", "oppose", "The blockade"),
    ("Owen Pryce said the advert was misleading.", "Pryce", "oppose", "the advert"),
    ("“The figures are misleading,” said Tom Hart.", "Hart", "oppose", "The figures"),
    ("“The idea is ludicrous,” said Owen Pryce.", "Pryce", "oppose", "The idea"),
    ("Tom Hart said the fine was ludicrous.", "Hart", "oppose", "the fine"),
    ("Owen Pryce said the guarantee was worthless.", "Pryce", "oppose", "the guarantee"),
    ("“The new permits are worthless,” said Anna Berg.", "Berg", "oppose", "permits"),
    ("“The decision was dreadful,” said Owen Pryce.", "Pryce", "oppose", "The decision"),
    ("Tom Hart said the new timetable was dreadful.", "Hart", "oppose", "the new timetable"),
    ("“The service has been woeful,” said Owen Pryce.", "Pryce", "oppose", "The service"),
    ("Anna Berg said the defending had been woeful.", "Berg", "oppose", "the defending"),
    ("Owen Pryce said the scheme was unworkable.", "Pryce", "oppose", "the scheme"),
    ("“The new rules are unworkable,” said Anna Berg.", "Berg", "oppose", "rules"),
    ("“The ban is pointless,” said Owen Pryce.", "Pryce", "oppose", "The ban"),
    ("Tom Hart said the second inquiry was pointless.", "Hart", "oppose", "the second inquiry"),
    ("“The inquiry was a shambles,” said Owen Pryce.", "Pryce", "oppose", "The inquiry"),
    ("Anna Berg said the ticket office was a shambles.", "Berg", "oppose", "the ticket office"),
    (
        "Owen Pryce described the levy as “a sensible first step”.",
        "Pryce",
        "support",
        "the levy",
    ),
    ("“The reform is sensible,” said Anna Berg.", "Berg", "support", "The reform"),
    ("“This cut is an act of vandalism,” said Owen Pryce.", "Pryce", "oppose", "This cut"),
    ("Anna Berg said the demolition was an act of vandalism.", "Berg", "oppose", "demolition"),
    ("“The report is a piece of nonsense,” said Owen Pryce.", "Pryce", "oppose", "The report"),
    ("“The new bridge is a work of genius,” said Tom Hart.", "Hart", "support", "bridge"),
    ("“The plan was a stroke of genius,” said Anna Berg.", "Berg", "support", "The plan"),
]

NOT_CORRECTED = [
    "“It is fair to say we lost,” said Owen Pryce.",
    "“To be fair, we lost,” said Owen Pryce.",
    "The trade fair opened in Leeds on Monday.",
    "“The storm was an act of God,” said Owen Pryce.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), CORRECTED)
def test_corrected_polarity_is_an_evaluation(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NOT_CORRECTED)
def test_corrected_words_in_other_uses_are_none(run, text):
    assert positions_of(run(text)) == []


HOLDERS_AND_CLAUSES = [
    # a name in apposition to the holder phrase, hung on its "of" object by the parse
    (
        "Astley Holdings made the offer on Monday. Its head of UK equities, Priya Raman, went"
        " further, accusing the Hallam family of greed.",
        "Raman",
        "oppose",
        "the Hallam family",
    ),
    (
        "The Dementia Fund met on Monday. Its director of research, Claire Haddon, condemned the"
        " cuts.",
        "Haddon",
        "oppose",
        "the cuts",
    ),
    # a preposition stranded in a relative clause: its object is the antecedent
    ("“It's the tone I object to,” said Arthur Pengelly.", "Pengelly", "oppose", "the tone"),
    ("The motion, which Senator Ruth Dale voted against, passed.", "Dale", "oppose", "motion"),
    ("“This is the plan we argued for,” said Mayor Anna Berg.", "Berg", "support", "the plan"),
    # a stance noun as the object of "lead", "head", "spearhead"
    (
        "Grace Okoro-Lind led the opposition to the inner motorway.",
        "Okoro-Lind",
        "oppose",
        "the inner motorway",
    ),
    (
        "Senator Ruth Dale spearheaded the opposition to the new airport.",
        "Dale",
        "oppose",
        "the new airport",
    ),
    # "I would (not) want": politeness, as with verbs of asking
    (
        "“I would not want anyone to think the scan is a cure,” said Paul Whitcombe.",
        "Whitcombe",
        "oppose",
        "to think",
    ),
    (
        "“We would want the council to publish the figures,” said Mayor Anna Berg.",
        "Berg",
        "support",
        "to publish the figures",
    ),
    # caution about a course
    (
        "“I'd be cautious about making it compulsory,” said Colin Dale.",
        "Dale",
        "oppose",
        "making it compulsory",
    ),
    ("Senator Ruth Dale is cautious about the merger.", "Dale", "oppose", "the merger"),
    # "would be" of a course proposed, in the speaker's own clause
    ("“A national ban would be a disaster,” said Meena Verma.", "Verma", "oppose", "ban"),
    ("Tom Hart said a second runway would be a mistake.", "Hart", "oppose", "a second runway"),
    (
        "“Closing the pool would be a disaster,” said Tom Hart.",
        "Hart",
        "oppose",
        "Closing the pool",
    ),
]

NO_HOLDER_OR_SUPPOSED = [
    # a report nobody makes
    "“Nobody is saying the old ground is perfect,” said Lorna McBride.",
    "“No one thinks the plan is a disaster,” said Lorna McBride.",
    # "would be" in a clause a noun governs
    "The girls were let in on the grounds that their entry would be a great benefit.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), HOLDERS_AND_CLAUSES)
def test_holders_and_clauses(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NO_HOLDER_OR_SUPPOSED)
def test_no_holder_or_supposed(run, text):
    assert positions_of(run(text)) == []


SUBJECTS = [
    # a dateline the parse took for a second subject: the subject nearer the verb holds
    (
        "PORT ELLERY — The Harbour Board voted on Thursday to oppose the plan to sell the quay.",
        "Harbour Board",
        "oppose",
        "the plan to sell the quay",
    ),
    (
        "KELBY — The Kelby Chamber of Trade voted to reject the parking scheme.",
        "Chamber of Trade",
        "oppose",
        "the parking scheme",
    ),
    # "X, one of the N who ...": the relative clause's subject is X
    (
        "Hamish Doyle, one of the three who voted against the motion, said he would stay.",
        "Doyle",
        "oppose",
        "the motion",
    ),
    (
        "Senator Ruth Dale, one of the few who opposed the war, spoke first.",
        "Dale",
        "oppose",
        "the war",
    ),
    # texts that speak for their authors, after "a series of"
    (
        "The Aldmouth Herald ran a series of editorials urging the council to press ahead.",
        "Herald",
        "support",
        "to press ahead",
    ),
    (
        "The Green Party issued a string of statements condemning the cuts.",
        "Green Party",
        "oppose",
        "the cuts",
    ),
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), SUBJECTS)
def test_subjects_found(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


def test_a_wish_to_voice_support_is_the_support_once(run):
    # the stance noun carries it; the wish around it adds no second position
    result = run(
        "Amal Haddad heard of the fire and wanted to express her support for the families."
    )
    found = positions_of(result)
    assert len(found) == 1 and found[0][2] == "the families", found


STATES_AND_ABILITY = [
    # the act of a predicate adjective's subject: "quick to", "reluctant to", "unanimous in"
    ("Senator Ruth Dale was quick to condemn the attack.", "Dale", "oppose", "the attack"),
    ("The Harbour Board is eager to back the new quay.", "Harbour Board", "support", "quay"),
    ("Senator Ruth Dale was reluctant to back the bill.", "Dale", "oppose", "the bill"),
    ("The Green Party is unwilling to support the budget.", "Green Party", "oppose", "budget"),
    ("The Varrow Council was unanimous in rejecting the offer.", "Varrow", "oppose", "the offer"),
    ("Senator Ruth Dale was alone in supporting the bill.", "Dale", "support", "the bill"),
    # "could not" reported after a past reporting verb: "cannot", a refusal
    ("Derek Mills said he could not support the change.", "Mills", "oppose", "the change"),
    ("Anna Berg said she could never accept the deal.", "Berg", "oppose", "the deal"),
]

NOT_STATES = [
    "Derek Mills said he could support the plan if it were cheaper.",
    "Senator Ruth Dale is likely to back the bill.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), STATES_AND_ABILITY)
def test_states_and_ability(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NOT_STATES)
def test_not_states(run, text):
    assert positions_of(run(text)) == []


MORE_CATEGORIES = [
    # a fronted passive participle with a by-agent describes the main clause's subject
    ("Backed by Mayor Tom Lindqvist, the plan passed easily.", "Lindqvist", "support", "the plan"),
    ("Condemned by the Green Party, the tax was dropped.", "Green Party", "oppose", "the tax"),
    # "is not against": the copula's negation
    ("Ben Adler is not against the plan.", "Adler", "support", "the plan"),
    ("The Harbour Board is not against a second quay.", "Harbour Board", "support", "quay"),
    # a negated "would" on a verb that counts only negated is a refusal
    ("Lena Berg would not accept the result.", "Berg", "oppose", "the result"),
    ("“We would never tolerate such abuse,” said Lena Berg.", "Berg", "oppose", "such abuse"),
    # an aim one fights, pushes, lobbies or campaigns for
    ("Rosa Mendes is fighting to save the hospital.", "Mendes", "support", "to save the hospital"),
    ("The Green Party is pushing to scrap the tax.", "Green Party", "support", "to scrap the tax"),
    ("Senator Ruth Dale lobbied to keep the base open.", "Dale", "support", "to keep the base"),
    # "yearn for", "eager for"; "refute", "rebut"
    ("Senator Ruth Dale has long yearned for a return to rail.", "Dale", "support", "a return"),
    ("“We yearn for peace,” said Tom Hart.", "Hart", "support", "peace"),
    ("Senator Ruth Dale is eager for a deal.", "Dale", "support", "a deal"),
    ("The Harbour Board was eager for new investment.", "Harbour Board", "support", "investment"),
    ("Lena Berg refuted the report's findings.", "Berg", "oppose", "the report's findings"),
    ("The Green Party rebutted the claims.", "Green Party", "oppose", "the claims"),
]

NOT_MORE = [
    "“We would accept the result,” said Lena Berg.",
    "Rosa Mendes fought to win the title.",
    "Rosa Mendes campaigned to become mayor.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), MORE_CATEGORIES)
def test_more_categories(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NOT_MORE)
def test_not_more(run, text):
    assert positions_of(run(text)) == []


LABELLED_AND_FREE = [
    # an imperative after a turn label ("A:", "NAME:"), which the parse took for its subject
    (
        "Rosa Lind on the harbour\n\nRosa Lind retired this year. She spoke to our reporter,"
        " Tom Vance.\n\nQ: Was the wall worth it?\n\nA: Every penny.\n\nQ: What would you say"
        " to your successor?\n\nA: Protect the fishermen.\n\nQ: Anything else?\n\nA: No.",
        "Lind",
        "support",
        "Protect the fishermen",
    ),
    (
        "Ivan Petrov on schools\n\nIvan Petrov chaired the governors. He talked to our editor,"
        " Mary Cole.\n\nQ: What went wrong?\n\nA: The merger.\n\nQ: What should the council"
        " do?\n\nA: Save the village school.\n\nQ: Will it?\n\nA: I doubt it.",
        "Petrov",
        "support",
        "Save the village school",
    ),
    # a free relative object, or the name it gives ("what he called X")
    ("“I welcome what she said,” said Colin Dale.", "Dale", "support", "what she said"),
    (
        "Iain Gorrie welcomed what he called “a long overdue look at spending”.",
        "Gorrie",
        "support",
        "a long overdue look",
    ),
    ("Senator Ruth Dale condemned what she called a cover-up.", "Dale", "oppose", "a cover-up"),
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), LABELLED_AND_FREE)
def test_labelled_imperatives_and_free_relatives(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


FAULT = [
    ("“That's the problem with exemptions,” said Meena Verma.", "Verma", "oppose", "exemptions"),
    (
        "“The trouble with the new timetable is that nobody was asked,” said Tom Hart.",
        "Hart",
        "oppose",
        "the new timetable",
    ),
]

NO_FAULT = [
    "“That is not the problem with the plan,” said Tom Hart.",
    "“We had a problem with the boiler,” said Tom Hart.",
    "The problem with the bridge is that it is too narrow.",  # the narrator's
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), FAULT)
def test_the_problem_with_x(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NO_FAULT)
def test_no_problem_with_x(run, text):
    assert positions_of(run(text)) == []


NOUNS_OF_LIGHT_VERBS = [
    # blessing, tribute, doubt, misgiving; a complement the parse hangs on the light verb
    ("Senator Ruth Dale gave her blessing to the merger.", "Dale", "support", "the merger"),
    ("The Green Party gave its blessing to the new park.", "Green Party", "support", "park"),
    ("Senator Ruth Dale paid tribute to the nurses.", "Dale", "support", "the nurses"),
    ("The Harbour Board paid tribute to the lifeboat crews.", "Harbour Board", "support", "crews"),
    ("Senator Ruth Dale voiced doubts about the plan.", "Dale", "oppose", "the plan"),
    ("The Green Party expressed doubts over the merger.", "Green Party", "oppose", "the merger"),
    ("Senator Ruth Dale expressed misgivings about the plan.", "Dale", "oppose", "the plan"),
    ("The Harbour Board voiced misgivings over the sale.", "Harbour Board", "oppose", "the sale"),
]

NO_LIGHT_VERB = [
    "“There is no doubt about it,” said Ruth Dale.",
    "“I have no doubt that the bridge will open,” said Ruth Dale.",
    "Senator Ruth Dale paid the bill.",
    "Senator Ruth Dale has doubts about her own future.",
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), NOUNS_OF_LIGHT_VERBS)
def test_nouns_of_light_verbs(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize("text", NO_LIGHT_VERB)
def test_no_light_verb(run, text):
    assert positions_of(run(text)) == []


BY_AGENTS = [
    # a by-agent of a stance noun, also where the parse hangs it on the complement
    ("Criticism of the plan by Senator Ruth Dale grew louder.", "Dale", "oppose", "the plan"),
    ("The rejection of the treaty by Norway surprised Brussels.", "Norway", "oppose", "treaty"),
    ("Support for the ban by the Green Party was decisive.", "Green Party", "support", "the ban"),
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), BY_AGENTS)
def test_by_agents_of_stance_nouns(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)
    assert all(" by " not in t for _, _, t, _ in positions_of(result))


def test_a_by_phrase_of_a_work_is_no_stance(run):
    assert positions_of(run("The song by Ruth Dale was a hit.")) == []


WOULD_LIKE_X_TO = [
    (
        "“I'd like the minister to stop announcing policy on television,” said Colin Dale.",
        "Dale",
        "oppose",
        "announcing policy",
    ),
    (
        "“We would love the council to reopen the pool,” said Mayor Anna Berg.",
        "Berg",
        "support",
        "to reopen the pool",
    ),
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), WOULD_LIKE_X_TO)
def test_would_like_x_to(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)
    assert not any(t in ("the minister", "the council") for _, _, t, _ in positions_of(result))


def test_has_got_it_right_read_as_a_passive_still_judges_its_subject(run):
    for text, holder, stance, target in [
        ("“I think she's got it broadly right,” said Colin Dale.", "Dale", "support", "she"),
        ("“The board's got it badly wrong,” said Anna Berg.", "Berg", "oppose", "The board"),
    ]:
        result = run(text)
        assert has_position(result, holder, stance, target), positions_of(result)


def test_a_clause_after_the_last_and_is_no_list_member(run):
    for text in [
        "Coach Jamie Ritchie did praise the supporters for their behaviour, calling it"
        " “dignified and peaceful”, and said the atmosphere had helped.",
        "Mayor Anna Berg backed the plan at the meeting, in front of the press, and left early.",
    ]:
        targets = [t for _, _, t, _ in positions_of(run(text))]
        assert not any(t.startswith(("calling", "in front", "said", "left")) for t in targets)
        assert any(t.startswith(("the supporters", "the plan")) for t in targets), targets


WARNED = [
    # "warn X (not) to do Y" is advice: for Y, or against it when negated
    ("Henrik Dahl warned tourists not to swim in the lake.", "Dahl", "oppose", "swim"),
    ("The Red Cross warned residents to leave the valley.", "Red Cross", "support", "to leave"),
    ("Henrik Dahl warned against cutting the budget.", "Dahl", "oppose", "cutting the budget"),
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), WARNED)
def test_warned_to(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


def test_a_warning_that_is_a_claim(run):
    assert positions_of(run("Henrik Dahl warned that the bridge was unsafe.")) == []


IDIOMS = [
    ("Senator Ruth Dale took aim at the new rules.", "Dale", "oppose", "the new rules"),
    ("Mayor Anna Berg took aim at the council.", "Berg", "oppose", "the council"),
    ("Senator Ruth Dale threw her weight behind the campaign.", "Dale", "support", "campaign"),
    ("The Harbour Board threw its weight behind the new quay.", "Harbour", "support", "quay"),
    # an inner verb with no target of its own leaves the refusal to the outer one
    ("Senator Ruth Dale refused to take part in the debate.", "Dale", "oppose", "take part"),
]


@pytest.mark.parametrize(("text", "holder", "stance", "target"), IDIOMS)
def test_idioms(run, text, holder, stance, target):
    result = run(text)
    assert has_position(result, holder, stance, target), positions_of(result)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Dale took the bus at noon.",
        "Senator Ruth Dale threw the ball behind the goal.",
    ],
)
def test_no_idiom(run, text):
    assert positions_of(run(text)) == []
