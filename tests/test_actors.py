"""The actors stage: one actor per real-world actor, every way the text refers to it resolved.

Sentences are invented for these tests; the seed checks read seeds/coalition-of-the-willing.txt.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimx.rules.names import countries, norm


def actor_of(result: Any, text: str, nth: int = 1) -> Any:
    """The actor holding the nth mention whose text is `text` (None if no actor holds it)."""
    seen = 0
    spans = sorted(
        ((m.start, m.text, a) for a in result.actors for m in a.mentions), key=lambda x: x[0]
    )
    for _start, mention, actor in spans:
        if mention == text:
            seen += 1
            if seen == nth:
                return actor
    return None


def run_labelled(nlp: Any, text: str, labels: list[tuple[str, str]]) -> Any:
    """Extraction with the entity recogniser's labels set by hand: the small model's slips
    (a person labelled an organisation, a given name left out) vary with the name, so a test
    that needs one makes it."""
    from claimx.api import extract_doc

    doc = nlp(text)
    doc.ents = [
        doc.char_span(text.index(words), text.index(words) + len(words), label=label)
        for words, label in labels
    ]
    return extract_doc(doc)


def same_actor(result: Any, a: tuple[str, int], b: tuple[str, int]) -> bool:
    first, second = actor_of(result, *a), actor_of(result, *b)
    return first is not None and second is not None and first.id == second.id


# -- name variants --
NAME_VARIANTS = [
    # (text, mention a, mention b, same actor?)
    (
        "Maria Castellano opened the meeting on Monday. Castellano said the budget was final.",
        ("Maria Castellano", 1),
        ("Castellano", 1),
        True,
    ),
    (
        "Senator Walter Brandt arrived late. Brandt's staff apologised for the delay.",
        ("Senator Walter Brandt", 1),
        ("Brandt", 1),
        True,
    ),
    (
        "The United Nations met in Geneva. Officials of the U.N. said the talks would go on.",
        ("United Nations", 1),
        ("U.N.", 1),
        True,
    ),
    (
        "The United States sent a delegation. The U.S. team arrived on Friday.",
        ("United States", 1),
        ("U.S.", 1),
        True,
    ),
    (
        "The Federal Bureau of Statistics published its report. The FBS said prices rose.",
        ("Federal Bureau of Statistics", 1),
        ("FBS", 1),
        True,
    ),
    # negative: same surname, different first names
    (
        "Anna Keller met Thomas Keller at the station. Anna Keller later left for Berlin.",
        ("Anna Keller", 1),
        ("Thomas Keller", 1),
        False,
    ),
    (
        "Paul Hartmann and Lisa Hartmann both spoke. Lisa Hartmann said the plan was sound.",
        ("Paul Hartmann", 1),
        ("Lisa Hartmann", 2),
        False,
    ),
]


@pytest.mark.parametrize(("text", "a", "b", "same"), NAME_VARIANTS)
def test_name_variants(run, text, a, b, same):
    result = run(text)
    assert actor_of(result, *a) is not None, a
    assert actor_of(result, *b) is not None, b
    assert same_actor(result, a, b) is same


# -- titles --
TITLES = [
    # (text, mention, expected name, expected title, kind)
    (
        "President Donald Trump spoke to reporters on Tuesday.",
        "President Donald Trump",
        "Donald Trump",
        "President",
        "person",
    ),
    (
        "British Prime Minister Keir Starmer hosted the summit in London.",
        "British Prime Minister Keir Starmer",
        "Keir Starmer",
        "Prime Minister",
        "person",
    ),
    (
        "Mayor Linda Okafor opened the new bridge.",
        "Mayor Linda Okafor",
        "Linda Okafor",
        "Mayor",
        "person",
    ),
]


@pytest.mark.parametrize(("text", "mention", "name", "title", "kind"), TITLES)
def test_titles_are_kept_apart_from_the_name(run, text, mention, name, title, kind):
    actor = actor_of(run(text), mention)
    assert actor is not None
    assert actor.name == name
    assert title in actor.titles
    assert actor.kind == kind


def test_a_title_alone_refers_to_its_holder(run):
    text = (
        "President Helena Varga arrived in the capital on Monday. "
        "The president told reporters that the talks had gone well."
    )
    result = run(text)
    assert same_actor(result, ("President Helena Varga", 1), ("The president", 1))


# -- appositives --
APPOSITIVES = [
    (
        "Sergei Lavrov, Russia's foreign minister, rejected the offer on Sunday.",
        ("Sergei Lavrov", 1),
        ("Russia's foreign minister", 1),
    ),
    (
        "Karen Holt, a spokeswoman for the ministry, declined to comment.",
        ("Karen Holt", 1),
        ("a spokeswoman for the ministry", 1),
    ),
]


@pytest.mark.parametrize(("text", "name", "description"), APPOSITIVES)
def test_appositive_is_a_mention_of_the_name(run, text, name, description):
    result = run(text)
    assert same_actor(result, name, description)


def test_appositive_gives_role_used_later(run):
    text = (
        "Sergei Lavrov, Russia's foreign minister, rejected the offer on Sunday. "
        "Later that day the Russian foreign minister met the ambassador."
    )
    result = run(text)
    assert same_actor(result, ("Sergei Lavrov", 1), ("the Russian foreign minister", 1))


# -- pronouns --
PRONOUNS = [
    # (text, antecedent mention, pronoun mention, same?)
    (
        "Mr. David Moreno resigned on Friday. He said the decision was personal.",
        ("Mr. David Moreno", 1),
        ("He", 1),
        True,
    ),
    (
        "Mrs. Julia Brandt thanked the volunteers. She praised their work.",
        ("Mrs. Julia Brandt", 1),
        ("She", 1),
        True,
    ),
    # gender agreement: "she" skips the more recent man
    (
        "Mrs. Ellen Park met Mr. Robert Quinn in Paris. She said the meeting was useful.",
        ("Mrs. Ellen Park", 1),
        ("She", 1),
        True,
    ),
    # salience: the subject of the previous sentence wins over an object
    (
        "Mr. Omar Haddad called Mr. Ivan Petrov on Monday. He wanted to discuss the deal.",
        ("Mr. Omar Haddad", 1),
        ("He", 1),
        True,
    ),
    # an object pronoun is not the subject of its own clause
    (
        "Mr. Luis Romero met Mr. Pavel Novak. Mr. Luis Romero thanked him warmly.",
        ("Mr. Pavel Novak", 1),
        ("him", 1),
        True,
    ),
    # negative: "he" never resolves to an organisation
    (
        "Acme Corporation announced record profits. He was not surprised.",
        ("Acme Corporation", 1),
        ("He", 1),
        False,
    ),
    # never across a stronger candidate: the more salient man wins, the older one does not
    (
        "Mr. Henry Walsh retired last year. Mr. Tom Baker became chairman on Monday. "
        "He promised a new strategy.",
        ("Mr. Henry Walsh", 1),
        ("He", 1),
        False,
    ),
    # the subject of the verb of saying outweighs the long-running topic it told
    (
        "Tomas Reyes left the group in May. He traveled to Ohio to meet Karl Vint, who had "
        "told Reyes he would find him a job.",
        ("Karl Vint", 1),
        ("he", 1),
        True,
    ),
    (
        "Nadia Ortiz quit the firm in June. She flew to Lima to see Rosa Baez, who had told "
        "Ortiz she would hire her.",
        ("Rosa Baez", 1),
        ("she", 1),
        True,
    ),
]


@pytest.mark.parametrize(("text", "antecedent", "pronoun", "same"), PRONOUNS)
def test_pronouns(run, text, antecedent, pronoun, same):
    result = run(text)
    assert actor_of(result, *antecedent) is not None
    assert same_actor(result, antecedent, pronoun) is same


def test_he_is_never_an_organisation(run):
    result = run("Acme Corporation announced record profits. He was not surprised.")
    for actor in result.actors:
        if any(m.text == "He" for m in actor.mentions):
            assert actor.kind == "person"


def test_organisation_takes_its(run):
    text = "Acme Corporation announced record profits on Monday. Its shares rose sharply."
    result = run(text)
    assert same_actor(result, ("Acme Corporation", 1), ("Its", 1))


# -- first person in quotes --
def test_first_person_in_a_quote_is_its_speaker(run):
    text = '"I will not resign, and my party supports me," said Maria Castellano on Monday.'
    result = run(text)
    speaker = actor_of(result, "Maria Castellano")
    assert speaker is not None
    for pronoun in ("I", "my", "me"):
        assert actor_of(result, pronoun) is not None, pronoun
        assert actor_of(result, pronoun).id == speaker.id
    quote = result.quotes[0]
    assert quote.actor == speaker.id


@pytest.mark.parametrize(
    "text",
    [
        'The mayor wrote to the girl: "Great drawing, Lena Vos. We need more artists like you."',
        'From the bench the coach shouted, "Keep going, Tomas Brandt! Your team believes in you."',
    ],
)
def test_you_in_a_quote_is_the_person_it_addresses(run, text):
    result = run(text)
    addressed = actor_of(result, "Lena Vos") or actor_of(result, "Tomas Brandt")
    assert addressed is not None
    assert actor_of(result, "you") is not None
    assert actor_of(result, "you").id == addressed.id


def test_you_in_a_quote_is_not_an_apposition(run):
    result = run('Ana Ruiz thanked her trainer: "I owe it to my coach, Ed Park. You all helped."')
    you = actor_of(result, "You")
    assert you is None or you.name != "Ed Park"


def test_first_person_outside_quotes_is_left_alone(run):
    result = run("I think Maria Castellano will win the vote on Monday.")
    assert actor_of(result, "I") is None


# -- countries and metonymy --
METONYMY = [
    # (text, country mention, metonym mention, same?)
    (
        "Russia rejected the plan. Moscow said the proposal was unacceptable.",
        ("Russia", 1),
        ("Moscow", 1),
        True,
    ),
    (
        "Russia rejected the plan. The Kremlin said the proposal was unacceptable.",
        ("Russia", 1),
        ("Kremlin", 1),
        True,
    ),
    (
        "Ukraine welcomed the aid. Kyiv thanked its partners for the support.",
        ("Ukraine", 1),
        ("Kyiv", 1),
        True,
    ),
    # negative: a capital as a location stays a place
    (
        "Russia held elections in March. Thousands of people marched in Moscow on Sunday.",
        ("Russia", 1),
        ("Moscow", 1),
        False,
    ),
]


@pytest.mark.parametrize(("text", "country", "metonym", "same"), METONYMY)
def test_capitals_and_seats_of_government_act_for_their_state(run, text, country, metonym, same):
    result = run(text)
    assert actor_of(result, *country) is not None
    assert same_actor(result, country, metonym) is same


def test_country_table_knows_short_and_official_forms():
    table = countries()
    assert table.country("Russian Federation") == "Russia"
    assert table.country("U.S.") == "United States"
    assert table.country("America") == "United States"
    assert table.country("Britain") == "United Kingdom"
    assert table.capitals[norm("Kyiv")] == "Ukraine"
    assert table.seats[norm("the Kremlin")] == "Russia"
    assert table.demonym("Ukrainian") == "Ukraine"
    assert table.demonym("Afghans") == "Afghanistan"
    assert table.country("Moscow") is None


# -- groups --
GROUPS = [
    ("Russian officials praised the decision on Friday.", "Russian officials"),
    ("German diplomats left the room after the speech.", "German diplomats"),
]


@pytest.mark.parametrize(("text", "mention"), GROUPS)
def test_groups_known_by_nationality(run, text, mention):
    actor = actor_of(run(text), mention)
    assert actor is not None
    assert actor.kind == "group"


def test_an_unnamed_team_is_one_actor(run):
    text = (
        "The Kenyan team arrived in Lisbon on Monday. The team had trained for months. "
        "Later the Kenyan team won its first match."
    )
    result = run(text)
    assert same_actor(result, ("The Kenyan team", 1), ("The team", 1))
    assert same_actor(result, ("The Kenyan team", 1), ("the Kenyan team", 1))


def test_different_nationalities_are_different_groups(run):
    text = "Russian officials met German officials in Vienna on Tuesday."
    result = run(text)
    assert not same_actor(result, ("Russian officials", 1), ("German officials", 1))


# -- link --
def test_link_resolves_speaker_spans(nlp):
    from claimx.actors import find_actors

    doc = nlp(
        "Russia rejected the plan on Monday. A spokesman for the Kremlin said talks would "
        "continue. President Anna Varga of Estonia said she was disappointed."
    )
    actors = find_actors(doc)
    russia = actors.resolve(0, len("Russia"))
    assert russia is not None
    spokesman = doc.char_span(doc.text.index("A spokesman"), doc.text.index(" said talks"))
    assert actors.lookup(spokesman) == russia
    she = next(t for t in doc if t.text == "she")
    varga = actors.resolve(doc.text.index("Anna Varga"), doc.text.index("Anna Varga") + 10)
    assert varga is not None
    assert actors.lookup(doc[she.i : she.i + 1]) == varga


def test_ids_referenced_by_quotes_exist(run):
    text = (
        '"We will not give in," said Mr. Tomas Berg, the union leader. '
        "He added that the strike would go on."
    )
    result = run(text)
    ids = {a.id for a in result.actors}
    for quote in result.quotes:
        assert quote.actor is None or quote.actor in ids


# -- the seed article --
def test_seed_has_no_duplicate_actors(seed_result):
    names = [norm(a.name) for a in seed_result.actors]
    assert len(names) == len(set(names)), names


def test_seed_zelenskyy_is_one_actor_with_his_descriptions(seed_result):
    zelenskyy = actor_of(seed_result, "President Volodymyr Zelenskyy")
    assert zelenskyy is not None
    assert zelenskyy.name == "Volodymyr Zelenskyy"
    assert zelenskyy.kind == "person"
    texts = {m.text.lower() for m in zelenskyy.mentions}
    assert {"zelenskyy", "the ukrainian president", "the ukrainian leader"} <= texts
    assert [a for a in seed_result.actors if "zelenskyy" in a.name.lower()] == [zelenskyy]


def test_seed_trump_is_one_actor(seed_result):
    trump = actor_of(seed_result, "President Trump")
    assert trump is not None
    assert trump.kind == "person"
    assert "President" in trump.titles
    texts = {m.text.lower() for m in trump.mentions}
    assert {"trump", "the american president"} <= texts
    assert [a for a in seed_result.actors if "trump" in a.name.lower()] == [trump]


def test_seed_moscow_and_the_kremlin_are_russia(seed_result):
    russia = actor_of(seed_result, "Russia")
    assert russia is not None
    assert russia.kind == "country"
    texts = {m.text for m in russia.mentions}
    assert "Moscow" in texts
    assert "Kremlin" in texts


def test_seed_quotes_point_to_their_speakers(seed_result):
    by_id = {a.id: a for a in seed_result.actors}
    named = 0
    for quote in seed_result.quotes:
        if quote.speaker is None:
            continue
        speaker = quote.speaker.text.lower()
        if any(name in speaker for name in ("trump", "ukrainian leader", "lavrov")):
            named += 1
            assert quote.actor is not None, speaker  # a named speaker always has an actor
        if quote.actor is None:
            continue
        actor = by_id[quote.actor]
        if "trump" in speaker:
            assert "trump" in actor.name.lower()
        if "ukrainian leader" in speaker:
            assert "zelenskyy" in actor.name.lower()
        if "lavrov" in speaker:
            assert "lavrov" in actor.name.lower()
    assert named >= 3  # the seed quotes each of them


# -- more name variants --
BRACKETED = [
    (
        "The Union of Coastal Fishermen (UCF) held a vote. The UCF rejected the deal.",
        ("Union of Coastal Fishermen", 1),
        ("UCF", 2),
    ),
    (
        "The Ministry of Water Supply said prices would rise. The ministry gave no date.",
        ("Ministry of Water Supply", 1),
        ("The ministry", 1),
    ),
]


@pytest.mark.parametrize(("text", "name", "variant"), BRACKETED)
def test_bodies_and_their_short_forms(run, text, name, variant):
    result = run(text)
    assert same_actor(result, name, variant)


def test_place_named_inside_an_organisation(run):
    text = "Germany sent aid. The Germany Relief Fund paid for the tents."
    result = run(text)
    germany = actor_of(result, "Germany", 1)
    assert germany is not None
    assert actor_of(result, "Germany", 2) is germany


def test_a_capital_written_as_an_address_is_a_city(run):
    text = "Lima, Peru hosted the summit. Lima said the talks went well. Peru agreed."
    result = run(text)
    assert not same_actor(result, ("Lima", 2), ("Peru", 2))


def test_unknown_proper_noun_speaker_becomes_an_actor(nlp):
    """A name only a later stage saw is proposed, written by `settle`, and keeps its id."""
    from spacy.tokens import Doc

    from claimx.actors import find_actors

    # built by hand: a name written in lower case, which the actors stage never takes for one
    doc = Doc(
        nlp.vocab,
        words=["vell", "orsk", "spoke", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT"],
        tags=["NN", "NN", "VBD", "."],
        heads=[1, 2, 2, 2],
        deps=["compound", "nsubj", "ROOT", "punct"],
    )
    actors = find_actors(doc)
    speaker = doc[0:2]
    assert actors.lookup(speaker) is None  # reading never makes an actor
    actor_id = actors.propose(speaker)
    assert actor_id is not None
    assert actor_id not in {a.id for a in actors.to_models()}  # proposed, not yet written
    actors.settle()
    listed = {a.id: a for a in actors.to_models()}
    assert actor_id in listed  # the id handed out is the id listed: no refresh
    assert listed[actor_id].name == "vell orsk"


def test_he_in_a_reported_clause_is_the_speaker(run):
    text = (
        "Mr. Karl Vos met his lawyer, Mr. Ben Aldo, on Monday. "
        "Mr. Ben Aldo said he would appeal the ruling."
    )
    result = run(text)
    assert same_actor(result, ("Mr. Ben Aldo", 1), ("he", 1))


def test_a_country_that_plays_is_its_team(run):
    text = (
        "Sweden beat Norway 2-0 on Monday. Norway had won its first game. "
        "Later Sweden faced Denmark in the final."
    )
    result = run(text)
    assert actor_of(result, "Sweden").kind == "organization"
    assert actor_of(result, "Denmark").kind == "country"  # named once as a side: not enough


def test_a_country_that_governs_stays_a_country(run):
    result = run("Sweden raised taxes on Monday. Sweden said the budget was balanced.")
    assert actor_of(result, "Sweden").kind == "country"


def test_given_names_tell_he_from_she(run):
    text = "Margaret Olsen met Thomas Berg in Oslo. Thomas Berg greeted the crowd before she spoke."
    result = run(text)
    assert same_actor(result, ("Margaret Olsen", 1), ("she", 1))


def test_their_country_is_the_country_of_their_referent(run):
    text = "The Chilean team arrived late. The team said their country had paid for the trip."
    result = run(text)
    chile_team = actor_of(result, "The Chilean team")
    assert chile_team is not None
    country = actor_of(result, "their country")
    assert country is not None
    assert country.kind == "country"


def test_a_determined_role_before_a_name_is_a_description(run):
    text = "In the second half the match referee Pablo Ortega awarded a penalty."
    result = run(text)
    assert same_actor(result, ("the match referee", 1), ("Pablo Ortega", 1))


# -- kind of a name the recogniser did not label --
UNLABELLED_KIND = [
    # (text, name, kind): "he" or "she" for a name of unknown kind makes it a person
    (
        "Photos by Kestrelwing. She was waiting for a photographer outside the hall.",
        "Kestrelwing",
        "person",
    ),
    # negative: "it" does not, nor does "she" when a known person is there to take it
    (
        "The outfit was made by Kestrelwing Props. It was shown at the fair.",
        "Kestrelwing Props",
        "organization",
    ),
    (
        "Mrs. Julia Brandt visited the Starwhisker stand. She liked the show.",
        "Starwhisker",
        "organization",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), UNLABELLED_KIND)
def test_he_or_she_makes_an_unlabelled_name_a_person(run, text, name, kind):
    result = run(text)
    actor = actor_of(result, name)
    assert actor is not None
    assert actor.kind == kind


GIVEN_NAME_FIRST = [
    # (text, first and last word of a name, is it a given name and a surname?)
    ("The club was founded by Dean Farrow in 1989.", ("Dean", "Farrow"), True),
    ("A save by Thibaut Morlaix kept the score level.", ("Thibaut", "Morlaix"), True),
    # negative: a place, a title or a body noun in the run; no given name first
    ("The office of Victoria Station was closed.", ("Victoria", "Station"), False),
    ("He met President Farrow on Friday.", ("President", "Farrow"), False),
    ("He joined Marlow Systems in May.", ("Marlow", "Systems"), False),
]


@pytest.mark.parametrize(("text", "words", "expected"), GIVEN_NAME_FIRST)
def test_a_name_opening_with_a_given_name_is_a_person(nlp, text, words, expected):
    from claimx.actors.candidates import _given_name_first

    doc = nlp(text)
    start = next(t.i for t in doc if t.text == words[0])
    end = next(t.i for t in doc if t.text == words[1]) + 1
    assert _given_name_first(doc, start, end) is expected


def test_an_organisation_label_on_a_given_name_and_surname_is_a_person(nlp):
    text = "The club was founded by Dean Farrow in 1989."
    result = run_labelled(nlp, text, [("Dean Farrow", "ORG")])
    assert actor_of(result, "Dean Farrow").kind == "person"
    # negative: an organisation's name that opens with a given name stays an organisation
    text = "The loan was made by Morgan Stanley Bank in 1989."
    result = run_labelled(nlp, text, [("Morgan Stanley Bank", "ORG")])
    assert actor_of(result, "Morgan Stanley Bank").kind == "organization"


KIND_OF_NAME = [
    # (text, name mention, kind)
    (
        "The request was made by the Municipality of Verona in 2010.",
        "Municipality of Verona",
        "organization",
    ),
    ("The request was made by the Municipality of Verona in 2010.", "Verona", "place"),
    ("Schools in Siena, Umbria, must pay the tax.", "Umbria", "place"),
    ("Schools in Siena, Umbria, must pay the tax.", "Siena", "place"),
]


def test_a_place_after_another_is_a_place_whatever_the_recogniser_says(nlp):
    text = "Schools in Siena, Umbria, must pay the tax."
    result = run_labelled(nlp, text, [("Siena", "GPE"), ("Umbria", "PERSON")])
    assert actor_of(result, "Umbria").kind == "place"
    # negative: a person after a comma and a place is still a person ("Paris, Anna Holt said")
    text = "They met in Siena. Umbria Holt, the mayor, said the tax was fair."
    result = run_labelled(nlp, text, [("Siena", "GPE"), ("Umbria Holt", "PERSON")])
    assert actor_of(result, "Umbria Holt").kind == "person"


@pytest.mark.parametrize(("text", "name", "kind"), KIND_OF_NAME)
def test_kind_of_a_name(run, text, name, kind):
    actor = actor_of(run(text), name)
    assert actor is not None
    assert actor.kind == kind


NAMES_OF_THINGS = [
    # (text, name, is it an actor?): a name modifying a common noun names a thing
    ("Tom Lane won the Orbis Cup trophy last year.", "Orbis Cup", False),
    # negative: a body noun after the name
    ("Tom Lane joined the Orbis Players club last year.", "Orbis Players", True),
]


@pytest.mark.parametrize(("text", "name", "actor"), NAMES_OF_THINGS)
def test_a_name_of_a_thing_is_no_actor(run, text, name, actor):
    result = run(text)
    assert (actor_of(result, name) is not None) is actor


SHORT_COUNTRY_NAMES = [
    # (text, mention a, mention b, same actor?)
    (
        "South Korea raised its tariffs on Monday. Korea said the move was temporary.",
        ("South Korea", 1),
        ("Korea", 1),
        True,
    ),
    # negative: two countries end in the short name, so it is neither
    (
        "South Korea and North Korea held talks on Monday. Korea has been divided since 1945.",
        ("South Korea", 1),
        ("Korea", 1),
        False,
    ),
    (
        "South Korea and North Korea held talks on Monday. Korea has been divided since 1945.",
        ("North Korea", 1),
        ("Korea", 1),
        False,
    ),
]


@pytest.mark.parametrize(("text", "a", "b", "same"), SHORT_COUNTRY_NAMES)
def test_a_short_country_name(run, text, a, b, same):
    assert same_actor(run(text), a, b) is same


def test_constituent_countries_and_sporting_names_are_in_the_country_table():
    table = countries()
    assert table.country("England") == "England"
    assert table.demonym("Scottish") == "Scotland"
    assert table.country("Korea Republic") == "South Korea"
    assert table.country("Korea") is None  # negative: ambiguous alone


QUOTE_OVER_LINES = [
    # (text, first-person pronouns given to the speaker): a quotation runs to its closing mark
    (
        'After the match, coach Maria Lopez said, "I think the team played well.\n'
        'It was a long day. This is the third time I have been here."\nThe players left early.',
        2,
    ),
    # negative: an empty line ends the paragraph, and an unclosed quotation with it
    (
        'After the match, coach Maria Lopez said, "I think the team played well.\n\n'
        "It was a long day. This is the third time I have been here.",
        1,
    ),
]


@pytest.mark.parametrize(("text", "count"), QUOTE_OVER_LINES)
def test_first_person_over_line_breaks_in_a_quotation(run, text, count):
    actor = actor_of(run(text), "coach Maria Lopez")
    assert actor is not None
    assert sum(m.text == "I" for m in actor.mentions) == count


def test_quote_end():
    from claimx.actors.quoted import _quote_end

    text = 'He said, "Yes.\nNo." Then "Maybe.\n\nLater."'
    first = text.index("Yes")
    assert _quote_end(text, first, first + 4) == text.index('No."') + 3
    maybe = text.index("Maybe")
    assert _quote_end(text, maybe, maybe + 6) == maybe + 6  # an empty line comes first
    assert _quote_end(text, 0, 2) == 2  # no opening mark before the start


IT_SAYS = [
    # (text, body, is "It" the body?): "it" saying something is the body that was a subject
    ("The Daily Courier published the letter on Monday. It said the mayor had resigned.", True),
    ("The Daily Courier cited the figures. It quoted critics of the plan.", True),
    # negative: the body was no subject, or not in this sentence or the one before
    ("The report of the Daily Courier covered the storm. It said the mayor had resigned.", False),
    (
        "The Daily Courier published the letter on Monday. The storm hit the coast. "
        "Rain fell all day. It said nothing.",
        False,
    ),
    # negative: "it" doing anything else stays unresolved
    ("The Daily Courier published the letter on Monday. It was long.", False),
]


@pytest.mark.parametrize(("text", "same"), IT_SAYS)
def test_it_saying_something_is_a_body(run, text, same):
    result = run(text)
    assert actor_of(result, "Daily Courier") is not None
    assert same_actor(result, ("Daily Courier", 1), ("It", 1)) is same


PLACES_IN_NAMES = [
    # (text, place named inside a facility or university name, found?)
    ("Sweden faced Chile at the Rostov Arena on Monday.", "Rostov", True),
    ("She studied at the University of Leeds before 2010.", "Leeds", True),
    ("Researchers from the Ohio Institute of Technology said so.", "Ohio", True),
    # negative: generic words, fields of study and people's names are no places
    ("Crowds gathered at the Central Station on Monday.", "Central", False),
    ("She studied at the University of Technology before 2010.", "Technology", False),
    ("He arrived at the Jane Morrow Hall on Monday.", "Jane Morrow", False),
    # a city (models/cities.txt) opening a team's, an event's or a university's name
    ("The Leeds Rhinos beat the Wigan Warriors on Friday.", "Leeds", True),
    ("He joined the Triple-A Pawtucket Red Sox in 2013.", "Pawtucket", True),
    ("She studied at Kyoto University before moving to Lyon.", "Kyoto", True),
    ("The film won the top prize at the Venice Film Festival last year.", "Venice", True),
    ("The prize went to a novel shown at the 33rd Berlin Film Festival.", "Berlin", True),
    # a place of two words opening a body's name, one of them a word names often open with
    ("He writes for the New York Press every week.", "New York", True),
    # a region and a city after "University of"
    ("Students at University of Texas Dallas met on Monday.", "Dallas", True),
    ("Students at University of Texas Dallas met on Monday.", "Texas", True),
    ("He taught at the University of California at Berkeley until 1960.", "Berkeley", True),
    ("He taught at the University of California at Berkeley until 1960.", "California", True),
    # a place after "of" in a body's or a place's name
    ("Requests came from the Municipality of Camogli on Monday.", "Camogli", True),
    ("A storm in the Bay of Bengal area of India left many dead.", "Bengal", True),
    ("A storm in the Bay of Bengal area of India left many dead.", "Bay", False),
    # negative: a city's name that is a given name, or a city named in full ("Washington City")
    ("He starred opposite Paris Hilton in the remake.", "Paris", False),
    ("The delegates met in Quebec City on Monday.", "Quebec", False),
]


@pytest.mark.parametrize(("text", "place", "found"), PLACES_IN_NAMES)
def test_a_place_named_inside_a_facility_or_university(run, text, place, found):
    actor = actor_of(run(text), place)
    assert (actor is not None and actor.kind == "place") is found


TITLES_BETWEEN_NAMES = [
    # (text, name mention, actor name and kind, or None for no actor)
    (
        "Labour's Shadow Home Secretary Yvette Marsh said her party supported the idea.",
        "Yvette Marsh",
        ("Yvette Marsh", "person"),
    ),
    # a title after a body's name is not part of it
    (
        "Undersecretary for Education Mr. Bellini says many clinics will close.",
        "Education",
        ("Education", "organization"),
    ),
    (
        "Undersecretary for Education Mr. Bellini says many clinics will close.",
        "Mr. Bellini",
        ("Bellini", "person"),
    ),
    # an unlabelled given name before a surname is one name, and the body before it another
    (
        "After the leak, CEO of the Tenants Union Omar Lindqvist told Radio North it was flawed.",
        "Omar Lindqvist",
        ("Omar Lindqvist", "person"),
    ),
    (
        "After the leak, CEO of the Tenants Union Omar Lindqvist told Radio North it was flawed.",
        "Tenants Union",
        ("Tenants Union", "organization"),
    ),
]


@pytest.mark.parametrize(("text", "mention", "expected"), TITLES_BETWEEN_NAMES)
def test_titles_between_names(run, text, mention, expected):
    result = run(text)
    actor = actor_of(result, mention)
    assert actor is not None
    assert (actor.name, actor.kind) == expected
    # negative: no actor is named by a title or a fragment
    names = {a.name for a in result.actors}
    assert not names & {"Shadow Home", "Education Mr.", "Omar", "Lindqvist"}


def test_a_given_name_the_recogniser_left_out_joins_the_surname(nlp):
    text = "After the leak, CEO of the Tenants Union Omar Lindqvist told Radio North it was flawed."
    labels = [("Tenants Union", "ORG"), ("Lindqvist", "PERSON"), ("Radio North", "ORG")]
    result = run_labelled(nlp, text, labels)
    assert actor_of(result, "Omar Lindqvist").kind == "person"
    assert actor_of(result, "Tenants Union").kind == "organization"
    assert not {a.name for a in result.actors} & {"Omar", "Lindqvist"}


RELABELLED_SURNAMES = [
    # (text, label forced on the second "Pinter", recovered as the person's mention?)
    (
        "Guests included Joanna Pinter. Pinter, a prize-winner, read from her novel.",
        "PRODUCT",
        True,
    ),
    (
        "Guests included Joanna Pinter. Pinter, a prize-winner, read from her novel.",
        "WORK_OF_ART",
        True,
    ),
    # negative: a date is never a name
    ("Guests included Joanna Pinter. Pinter, a prize-winner, read from her novel.", "DATE", False),
]


@pytest.mark.parametrize(("text", "label", "recovered"), RELABELLED_SURNAMES)
def test_a_known_surname_labelled_a_work_is_recovered(nlp, text, label, recovered):
    from spacy.tokens import Span

    from claimx.actors import find_actors

    doc = nlp(text)
    second = [t.i for t in doc if t.text == "Pinter"][1]
    others = [e for e in doc.ents if e.end <= second or e.start > second]
    doc.ents = [*others, Span(doc, second, second + 1, label=label)]
    actors = find_actors(doc)
    start = doc[second].idx
    hit = actors.resolve(start, start + len("Pinter"))
    first = actors.resolve(text.index("Joanna"), text.index("Joanna") + len("Joanna Pinter"))
    assert first is not None
    assert (hit == first) is recovered


JOINED_NAMES = [
    # (text, the whole name, is it one actor's name?)
    ("The deputies of Movimento 9 Lune (M9L) asked for the tax.", "Movimento 9 Lune", True),
    ("Channel 4 News reported the story on Monday.", "Channel 4 News", True),
    (
        "The Union of Rationalist Poets and Painters (URPP) has launched a petition.",
        "Union of Rationalist Poets and Painters",
        True,
    ),
    # negative: "and" joins two bodies when no acronym of the whole follows
    ("The Department of Justice and Microsoft signed a deal.", "Department of Justice", True),
    ("The Department of Justice and Microsoft (MS) signed a deal.", "Department of Justice", True),
]


@pytest.mark.parametrize(("text", "name", "one"), JOINED_NAMES)
def test_names_joined_over_numbers_and_and(run, text, name, one):
    result = run(text)
    assert any(a.name == name for a in result.actors) is one


def test_an_acronym_in_brackets_joins_the_whole_name(run):
    text = (
        "The Union of Rationalist Poets and Painters (URPP) has launched a petition. "
        "The URPP said so."
    )
    result = run(text)
    assert same_actor(result, ("Union of Rationalist Poets and Painters", 1), ("URPP", 2))


TEAM_PEOPLE = [
    # (text, same actor for the country and its demonym?): a country that plays is its team
    ("Norway faced Chile in Oslo. Norway beat Chile 3 - 0, and the Norwegians celebrated.", True),
    # negative: a country that governs and its people are two actors
    ("Norway raised taxes on Monday. The Norwegians protested in Oslo.", False),
]


@pytest.mark.parametrize(("text", "same"), TEAM_PEOPLE)
def test_a_team_and_its_people_by_demonym(run, text, same):
    result = run(text)
    assert actor_of(result, "Norwegians") is not None
    assert same_actor(result, ("Norway", 1), ("Norwegians", 1)) is same


HONOURS = [
    # (text, honour mention, winner's mention or None)
    (
        "Striker Tom Lane scored twice. Lane won the Player of the Match award.",
        "Player of the Match",
        "Lane",
    ),
    ("Tom Lane scored twice and was named Player of the Match.", "Player of the Match", "Tom Lane"),
    # negative: an honour nobody is said to win refers to no one, and is no actor
    ("The Player of the Match award went to a defender.", "Player of the Match", None),
    ("Tom Lane said the Player of the Match award was a joke.", "Player of the Match", None),
]


@pytest.mark.parametrize(("text", "honour", "winner"), HONOURS)
def test_an_honour_is_its_winner(run, text, honour, winner):
    result = run(text)
    if winner is None:
        assert actor_of(result, honour) is None
        assert not any("Match" in a.name for a in result.actors)
    else:
        assert same_actor(result, (winner, 1), (honour, 1))


CAPITALISED_APPOSITIONS = [
    # (text, description, holder's mention or None)
    (
        "Professor Anna Weller, Director of the National Soil Survey, and Chairman of the Board "
        "of Trade, says the study is sound.",
        "Director of the National Soil Survey",
        "Professor Anna Weller",
    ),
    (
        "Professor Anna Weller, Director of the National Soil Survey, and Chairman of the Board "
        "of Trade, says the study is sound.",
        "Chairman of the Board of Trade",
        "Professor Anna Weller",
    ),
    # negative: a title far from the name, not set off by a comma right after it
    (
        'Anna Weller said the plan was sound. Tom Lane said: "The Home Secretary and I agree."',
        "The Home Secretary",
        None,
    ),
]


@pytest.mark.parametrize(("text", "description", "holder"), CAPITALISED_APPOSITIONS)
def test_a_capitalised_title_in_apposition(run, text, description, holder):
    result = run(text)
    if holder is None:
        assert actor_of(result, description) is None
    else:
        assert same_actor(result, (holder, 1), (description, 1))
    # the body named in the title is an actor of its own
    if "Soil" in text:
        assert not same_actor(result, (holder, 1), ("National Soil Survey", 1))


LOCAL_OFFICES = [
    # (text, (mention, nth), (mention, nth), same actor?)
    (
        "An officer from the Los Angeles Sheriff's office received the files. Later a "
        "representative for the LA Sheriff's office told reporters the case was closed.",
        ("Sheriff", 1),
        ("Sheriff", 2),
        True,
    ),
    (
        "An officer from the Los Angeles Sheriff's office received the files. Later a "
        "representative for the LA Sheriff's office told reporters the case was closed.",
        ("Los Angeles", 1),
        ("LA", 1),
        True,
    ),
    # negative: the office holder is not the place
    (
        "An officer from the Los Angeles Sheriff's office received the files.",
        ("Los Angeles", 1),
        ("Sheriff", 1),
        False,
    ),
]


@pytest.mark.parametrize(("text", "a", "b", "same"), LOCAL_OFFICES)
def test_a_local_office_and_its_place(run, text, a, b, same):
    result = run(text)
    assert actor_of(result, *a) is not None
    assert same_actor(result, a, b) is same


def test_a_local_office_holder_is_a_person_and_a_company_office_is_not_split(run):
    result = run("An officer from the Los Angeles Sheriff's office received the files.")
    assert actor_of(result, "Sheriff").kind == "person"
    result = run("The Microsoft President met reporters on Monday.")
    microsoft = actor_of(result, "Microsoft")
    assert microsoft is not None
    assert microsoft.kind != "place"


COLON_AFTER_NAMES = [
    # (text, name kept whole before a colon)
    ('Officials met on Monday. Jane Marsh told GB News: "It is clear we must act."', "GB News"),
    ("The march filled the square. Jane Marsh Image: Tom Lane.", "Jane Marsh"),
]


@pytest.mark.parametrize(("text", "name"), COLON_AFTER_NAMES)
def test_a_colon_cuts_only_a_caption_label(run, text, name):
    result = run(text)
    assert any(a.name == name for a in result.actors)
    assert not any(a.name in ("GB", "Jane Marsh Image") for a in result.actors)


TWO_LETTER_CODES = [
    # (text, the code inside a name is the country?)
    ('Britain is tightening its rules. Jane Marsh told GB News: "It is clear we must act."', True),
    # negative: not when the article does not name the country
    ('Officials met on Monday. Jane Marsh told GB News: "It is clear we must act."', False),
]


@pytest.mark.parametrize(("text", "country"), TWO_LETTER_CODES)
def test_a_two_letter_code_inside_a_name(run, text, country):
    result = run(text)
    actor = actor_of(result, "GB")
    assert (actor is not None and actor.kind == "country") is country


NAME_AFTER_A_BODY = [
    # (text, the person's mention): a body's name glued before a person's is not part of it
    ("Psychology major at University of Texas Arlington Amira Haddad heard of it.", "Amira Haddad"),
    ("Refugee Council chief Amira Haddad heard of the incident.", "chief Amira Haddad"),
    # negative: a one-word affiliation stays in the name phrase
    ("Scientologist Tom Lane heard of the incident.", "Scientologist Tom Lane"),
]


@pytest.mark.parametrize(("text", "mention"), NAME_AFTER_A_BODY)
def test_a_body_before_a_name_is_not_part_of_it(run, text, mention):
    actor = actor_of(run(text), mention)
    assert actor is not None
    assert actor.kind == "person"


NOT_PEOPLE_OR_PLACES = [
    # (text, name, kind it must not get): negative cases of the kind rules above
    ("Readers of The Harbour Gazette wrote in all week.", "Harbour Gazette", "person"),
    (
        "Creditors of Dunmore Energy, a small coal firm, met in March.",
        "Dunmore Energy",
        "person",
    ),
    ("The Soviet Union collapsed in 1991.", "Soviet Union", "organization"),
    ("This is Norway, Karen. We do things slowly here.", "Karen", "place"),
]


def test_a_headline_phrase_is_no_actor(run):
    result = run("Fresh Survey Puts Patel Ahead\nA fresh survey puts her ahead of Tom Reyes.")
    assert actor_of(result, "Fresh Survey") is None
    assert actor_of(result, "Tom Reyes") is not None


@pytest.mark.parametrize(("text", "name", "kind"), NOT_PEOPLE_OR_PLACES)
def test_kind_rules_keep_their_bounds(run, text, name, kind):
    actor = actor_of(run(text), name)
    assert actor is not None
    assert actor.kind != kind


def test_a_university_named_after_a_person_names_no_place(run):
    result = run("She studied at Drexel University in 2010, and later at Ohio University.")
    assert actor_of(result, "Drexel") is None
    ohio = actor_of(result, "Ohio")
    assert ohio is not None and ohio.kind == "place"


def test_a_local_office_before_a_name_is_that_persons_title(run):
    result = run("Charlotte Mayor Jennifer Roberts said the city was calm. Roberts spoke later.")
    assert not any(a.name == "Mayor" for a in result.actors)
    assert actor_of(result, "Roberts").kind == "person"


SURNAME_LABELS = [
    # (label forced on each later "Marlowe", kind of the actor): a person named with a given name
    # stays a person whatever the recogniser calls the surname alone
    ("ORG", "person"),
    ("GPE", "person"),
    # negative: without the given name the surname's labels decide
    (None, "person"),
]


@pytest.mark.parametrize(("label", "kind"), SURNAME_LABELS)
def test_a_surname_alone_does_not_vote(nlp, label, kind):
    from spacy.tokens import Span

    from claimx.actors import find_actors

    text = "Ava Marlowe directed the film. Marlowe said it was personal. Marlowe thanked the cast."
    doc = nlp(text)
    if label is not None:
        later = [t.i for t in doc if t.text == "Marlowe"][1:]
        keep = [e for e in doc.ents if not any(e.start <= i < e.end for i in later)]
        doc.ents = [*keep, *(Span(doc, i, i + 1, label=label) for i in later)]
    actors = find_actors(doc)
    actor = actors.get(actors.resolve(0, len("Ava Marlowe")) or "a0")
    assert actor.kind == kind


def test_surname_labels_still_count_for_a_name_without_a_known_given_name(nlp):
    from spacy.tokens import Span

    from claimx.actors import find_actors

    text = "Zorvex Marlowe opened the plant. Marlowe hired staff. Marlowe expanded."
    doc = nlp(text)
    later = [t.i for t in doc if t.text == "Marlowe"][1:]
    doc.ents = [Span(doc, 0, 2, label="ORG"), *(Span(doc, i, i + 1, label="ORG") for i in later)]
    actors = find_actors(doc)
    assert actors.get(actors.resolve(0, len("Zorvex Marlowe")) or "a0").kind == "organization"


SUBJECT_CONTINUITY = [
    # (text, antecedent, pronoun, same?): a pronoun subject of a main clause goes on with the
    # last main subject, against a more recent object
    (
        "Mr. Tom Lane praised Mr. Peter Holt and visited Mr. Holt's home. "
        "He said the visit was moving.",
        ("Mr. Tom Lane", 1),
        ("He", 1),
        True,
    ),
    (
        "Mr. Tom Lane wrote about Mr. Peter Holt and Mr. Holt's family in a letter to "
        "Mr. Holt's lawyer. He said the letter was private.",
        ("Mr. Tom Lane", 1),
        ("He", 1),
        True,
    ),
    # negative: gender still decides
    (
        "Mrs. Ann Lane praised Mr. Peter Holt and visited Mr. Holt's home. "
        "He said the visit was moving.",
        ("Mrs. Ann Lane", 1),
        ("He", 1),
        False,
    ),
]


@pytest.mark.parametrize(("text", "antecedent", "pronoun", "same"), SUBJECT_CONTINUITY)
def test_subject_continuity(run, text, antecedent, pronoun, same):
    result = run(text)
    assert actor_of(result, *antecedent) is not None
    assert same_actor(result, antecedent, pronoun) is same


FILLER = " ".join(f"Rain fell on day {n}." for n in range(1, 13))
BODY_BY_ITS_NOUN = [
    # (text, is "the court's" the court named long before?)
    (
        f"The Supreme Court of Justice ruled on Monday. {FILLER} "
        "The magazine Orbis Weekly praised the court's ruling.",
        True,
    ),
    # negative: a court named only after the description is not it
    (
        f"{FILLER} The magazine Orbis Weekly praised the court's ruling. "
        "The Supreme Court of Justice ruled on Monday.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "same"), BODY_BY_ITS_NOUN)
def test_a_body_by_the_noun_in_its_name(run, text, same):
    result = run(text)
    court = actor_of(result, "Supreme Court of Justice")
    assert court is not None
    assert same_actor(result, ("Supreme Court of Justice", 1), ("the court", 1)) is same


UNLABELLED_THEN_SHE = [
    # (text, kind of "Kestrelwing" when the recogniser labels nothing)
    ("The fair opened.\nPhotos by Kestrelwing. She was waiting outside the hall.", "person"),
    ("Photos by Kestrelwing. She was waiting outside the hall.", "person"),
    # negative: a word of a title-case headline the body never writes is no actor at all (None),
    # and a name with no "she" or "he" after it
    ("Photos By Kestrelwing Shows Gains\nShe was waiting outside the hall.", None),
    ("The fair opened.\nPhotos by Kestrelwing. The hall was full.", "organization"),
]


@pytest.mark.parametrize(("text", "kind"), UNLABELLED_THEN_SHE)
def test_she_makes_an_unlabelled_single_name_a_person(nlp, text, kind):
    from claimx.actors import find_actors, kinds

    doc = nlp(text)
    doc.ents = []
    kinds.use_fold(-1)  # the rule alone: the learned kind model (tests/test_actors_kinds.py) off
    try:
        actors = find_actors(doc)
    finally:
        kinds.use_fold(None)
    start = text.index("Kestrelwing")
    found = actors.resolve(start, start + len("Kestrelwing"))
    if kind is None:
        assert found is None
        return
    assert found is not None
    assert actors.get(found).kind == kind


def test_a_womans_given_name_one_locale_lists_as_male_does_not_block_she(run):
    # first_names.tsv once listed "Hillary" as male (one Faker locale's list), so "she" could
    # not refer to Hillary Clinton
    result = run("Hillary Clinton spoke in Ohio on Monday. She said the plan would pass.")
    owners = {a.name for a in result.actors for m in a.mentions if m.text == "She"}
    assert owners == {"Hillary Clinton"}
