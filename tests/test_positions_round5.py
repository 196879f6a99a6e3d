"""Positions, fifth round: categories found by counting the interview gold's rules and tried on
the news misses and invented sentences first. Sentences are invented."""

from __future__ import annotations

from tests.helpers import category_tests, has_position, positions_of

# (text, holder name contains, stance, target contains)
POSITIVE = [
    # an interview announced by its headline, with only two questions: the answers are the
    # interviewee's speech, so are the evaluations in them
    (
        "Interview with architect Ruth Coll\nRuth Coll designs bridges in Leeds.\nShe talked "
        "about the harbour plan.\nWhat do you make of the harbour plan?\nIt is essential to "
        "protect the old quay.\nAnd the new tax?\nThe new tax is unfair.",
        "Coll",
        "oppose",
        "The new tax",
    ),
    (
        "Wikinews interviews farmer Owen Price\nOwen Price grows barley near Hull.\nHe spoke "
        "about the drought.\nHow bad is the drought?\nThe rain has not come. The new reservoir "
        "is a disgrace.\nWhat should the council do?\nThe council must repair the canal.",
        "Price",
        "oppose",
        "The new reservoir",
    ),
    # an answer of several sentences that addresses "you" without a question mark is an answer
    (
        "Interview with architect Ruth Coll\nRuth Coll designs bridges in Leeds.\nShe talked "
        "about the harbour plan.\nWhat do you make of the harbour plan?\nNo, no. You see, the "
        "new tax is unfair.\nAnd the ferry?\nI like the ferry.",
        "Coll",
        "oppose",
        "the new tax",
    ),
    # a negated verb of grasping said of a third party: criticism of them
    (
        "“The ministers just don't understand what village schools do,” said Mayor Anna Berg.",
        "Berg",
        "oppose",
        "The ministers",
    ),
    (
        "Senator Maria Lopez said the council never grasped the scale of the flooding.",
        "Lopez",
        "oppose",
        "the council",
    ),
    # a stance gerund in a phrase that describes the subject
    (
        "Senator Maria Lopez is on record as favoring a new runway.",
        "Lopez",
        "support",
        "a new runway",
    ),
    ("Mayor Anna Berg is in the habit of praising the council.", "Berg", "support", "the council"),
    # an enumeration the parse hung inside its first member: every member is a target
    (
        "On schools, Ann Lee favors more teachers, smaller classes, free meals for every child "
        "and longer holidays.",
        "Lee",
        "support",
        "longer holidays",
    ),
    (
        "Senator Maria Lopez backs a ban on cars in the old town, wider pavements, new bus lanes "
        "and cheaper fares.",
        "Lopez",
        "support",
        "new bus lanes",
    ),
    (
        "Ann Lee favors an end to the curfew, a cut in rail fares, and the reopening of the mine.",
        "Lee",
        "support",
        "a cut in rail fares",
    ),
    # nouns of wishing as the subject of "be"
    ("“My hope is that the mine reopens,” said Mayor Anna Berg.", "Berg", "support", "the mine"),
    (
        "“Our wish is that the strike ends soon,” said Senator Maria Lopez.",
        "Lopez",
        "support",
        "the strike ends soon",
    ),
    (
        "“My personal favourite is the old harbour museum,” said Senator Maria Lopez.",
        "Lopez",
        "support",
        "the old harbour museum",
    ),
]

NEGATIVE = [
    # two questions in a text that does not announce an interview: the narrator's words
    "A day in Leeds\nRuth Coll designs bridges in Leeds.\nShe walked to the river.\nWhy the "
    "river?\nIt is quiet. The new bridge is a disgrace.\nWhen did she go home?\nLate.",
    # understanding not denied, or denied by the speaker of themselves or of the addressee
    "“They understand the risks,” said Mayor Anna Berg.",
    "“I don't understand the new rules,” said Mayor Anna Berg.",
    "“You don't understand,” said Mayor Anna Berg.",
    # the narrator's words; one's own course; a reply, not a course
    "The council did not realise the bridge was closed.",
    "“My hope is to win the cup,” said Coach Sam Taylor.",
    "“The answer is that nobody knows,” said Mayor Anna Berg.",
    # a gerund that is no trait of the subject
    "The plan is for supporting the farmers.",
]


test_category_found, test_category_not_found = category_tests(POSITIVE, NEGATIVE)


def test_rejecting_the_idea_of_supporting_is_no_support(run):
    result = run("Tom Hart rejected the idea of supporting the bid.")
    assert not has_position(result, "Hart", "support", "the bid"), positions_of(result)


def test_a_quote_given_to_the_body_of_an_appositive_person_is_the_persons(nlp):
    """ "The head of X, Jane Doe, said ...": should the quotes stage give the quote to the body
    the description names, its first-person stances are still the person's."""
    from claimx.actors import find_actors
    from claimx.positions.holders import Context
    from claimx.quotes import find_quotes
    from claimx.rules.docview import share_text, unshare_text

    text = "The head of the Kent Farmers Union, Marco Bellini, said: “We oppose the new tax.”"
    doc = nlp(text)
    share_text(doc, text)
    try:
        actors = find_actors(doc)
        quotes = find_quotes(doc, actors)
        actors.settle(quotes)
        views = {a.name: a.id for a in actors.views()}
        union = next(i for name, i in views.items() if "Union" in name)
        quotes = [q.model_copy(update={"actor": union}) for q in quotes]
        ctx = Context(doc, actors, quotes)
        we = next(t for t in doc if t.lower_ == "we")
        hit = ctx.holder(we)
    finally:
        unshare_text(doc)
    assert hit is not None and hit[0] == views["Marco Bellini"]


def test_a_place_and_its_country_are_no_enumeration(run):
    result = run("Ann Lee praised the mayor of Leeds, England, and the council.")
    assert "England" not in [target for _, _, target, _ in positions_of(result)]


def test_answers_whose_i_the_actor_stage_gave_to_no_one_are_nobodys(run):
    """A panel: "I" in the answers names no one, so a person named once in them does not hold
    the answers' stances."""
    result = run(
        "The farmers of Hull: an interview\nThe drought has hit farms near Hull.\nFarmers met "
        "our reporter at the market.\nWhat do you want?\nI want a new reservoir.\nWho pays?\n"
        "Tom Hart says the council should pay. I agree.\nAnd the tax?\nI oppose the new tax."
    )
    assert not has_position(result, "Hart", "oppose", "the new tax"), positions_of(result)
    assert not has_position(result, "Hart", "support", "a new reservoir"), positions_of(result)
