"""Mentions of people the rules find without the learned models: name variants (post-nominal
letters, a gloss in another script, accents), a surname alone with two bearers, a title written
as a name, the role a person acts in ("worked as a teacher")."""

from __future__ import annotations

import pytest

from claimx.rules.names import person_words
from tests.test_actors import actor_of, run_labelled, same_actor


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Ida Marsh DBE RA", ("ida", "marsh")),
        ("Ada Lorne FRS", ("ada", "lorne")),
        ("Zoë Ångström", ("zoe", "angstrom")),
        ("Лев Орлов Lev Orlov", ("lev", "orlov")),
        ("Kofi Annan", ("kofi", "annan")),
        ("UN", ("un",)),  # two words at least stay: an acronym alone is kept
    ],
)
def test_person_words(name, words):
    assert person_words(name) == words


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Ida Marsh\nDame Ida Mary Marsh DBE RA (born 1950) is a British painter. "
            "Marsh studied in Leeds.",
            ("Ida Marsh", 1),
            ("Dame Ida Mary Marsh DBE RA", 1),
        ),
        (
            "Oskar Lindqvist was born in Lund. Oskar Emil Lindqvist FRS was a Swedish "
            "chemist who taught in Uppsala.",
            ("Oskar Lindqvist", 1),
            ("Oskar Emil Lindqvist FRS", 1),
        ),
    ],
)
def test_post_nominal_letters_do_not_split_a_person(run, text, a, b):
    assert same_actor(run(text), a, b)


def test_a_title_stripped_from_a_name_is_kept_once(run):
    result = run("Dame Ida Mary Marsh DBE RA (born 1950) is a British painter.")
    assert actor_of(result, "Dame Ida Mary Marsh DBE RA").titles == ["Dame"]


def test_a_surname_alone_goes_to_its_most_named_bearer(run):
    text = (
        "Ruth Okafor was born in Lagos in 1961. Ruth Okafor studied law in London, and Ruth "
        "Okafor later taught in Accra. Her father Samuel Okafor was a doctor. In 1990 Okafor "
        "opened her own firm."
    )
    result = run(text)
    assert same_actor(result, ("Ruth Okafor", 1), ("Okafor", 1))
    assert not same_actor(result, ("Samuel Okafor", 1), ("Okafor", 1))


@pytest.mark.parametrize(
    ("text", "first", "later"),
    [
        (
            "Nils Brandvik wrote poems in Bergen. Erik Brandvik kept the farm there. In 1890 "
            "Brandvik published a book of poems.",
            "Nils Brandvik",
            "Erik Brandvik",
        ),
        (
            "Lotte Dahlberg sang in Oslo for ten years. Henrik Dahlberg ran a shop in the same "
            "street. In 1925 Dahlberg recorded an album of songs.",
            "Lotte Dahlberg",
            "Henrik Dahlberg",
        ),
    ],
)
def test_a_surname_alone_with_two_equally_named_bearers_goes_to_the_first(run, text, first, later):
    # a relative introduced after the person the text is about does not take the surname
    result = run(text)
    surname = first.split()[-1]
    assert same_actor(result, (first, 1), (surname, 1))
    assert not same_actor(result, (later, 1), (surname, 1))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Governor Lena Ostrova cut the budget. Her best work as Governor was the new rail "
            "line.",
            "Governor Lena Ostrova",
            "Governor",
        ),
        (
            "We met Chairman Piet Marais on Monday. Mr. Chairman, what comes next for the board?",
            "Chairman Piet Marais",
            "Mr. Chairman",
        ),
    ],
)
def test_a_title_written_as_a_name_is_its_holder(run, text, name, title):
    result = run(text)
    assert same_actor(result, (name, 1), (title, 1))


def test_a_title_no_one_was_named_with_is_no_mention(run):
    result = run("Voters in the state will elect a new Governor in May, officials said.")
    assert actor_of(result, "Governor") is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Mira Holm moved to Oslo in 1990. She worked as a teacher for ten years.",
            "Mira Holm",
            "a teacher",
        ),
        (
            "Tomas Greer sailed west in 1849 and made a living as a trader in furs.",
            "Tomas Greer",
            "a trader in furs",
        ),
    ],
)
def test_the_role_a_person_acts_in_is_a_mention(run, text, name, role):
    assert same_actor(run(text), (name, 1), (role, 1))


def test_the_role_of_an_object_is_not_the_subjects(run):
    result = run("Mira Holm praised Tomas Greer. She described him as a pioneer.")
    pioneer = actor_of(result, "a pioneer")
    assert pioneer is None or pioneer.name != "Mira Holm"


def test_a_given_name_cut_off_at_a_line_break_joins_its_name(nlp):
    # the recogniser runs the headline's name over the line break and leaves the rest unlabelled
    text = (
        "Milo Hartley\nMilo Dean Hartley (born 1980) is an American actor. Hartley grew up in Ohio."
    )
    result = run_labelled(nlp, text, [("Milo Hartley\nMilo", "PERSON"), ("Ohio", "GPE")])
    assert same_actor(result, ("Milo Hartley", 1), ("Milo Dean Hartley", 1))
    assert actor_of(result, "Dean Hartley") is None


@pytest.mark.parametrize(
    ("text", "run_on"),
    [
        (
            '"The vote is a start." - Petra Lund\nSpeaking at a rally, Petra Lund thanked the '
            "volunteers.",
            "Petra Lund\nSpeaking",
        ),
        (
            "Photo: Omar Reyes\nWriting for the club newsletter, Omar Reyes praised the coach.",
            "Omar Reyes\nWriting",
        ),
    ],
)
def test_a_common_word_after_a_line_break_is_not_a_name(nlp, text, run_on):
    # a byline the recogniser runs into the next line's opening word: the word is no actor
    result = run_labelled(nlp, text, [(run_on, "PERSON")])
    opener = run_on.split("\n")[1]
    assert actor_of(result, opener) is None
    assert actor_of(result, run_on.split("\n")[0]) is not None


@pytest.mark.parametrize(
    ("text", "a", "b", "same"),
    [
        (
            "Lawrence Okoro wrote the report in 2004. Larry Okoro later said it was free to copy.",
            "Lawrence Okoro",
            "Larry Okoro",
            True,
        ),
        (
            "William Achebe chaired the panel. Bill Achebe thanked the members on Friday.",
            "William Achebe",
            "Bill Achebe",
            True,
        ),
        (
            "Lawrence Okoro met Thomas Okoro in Lagos. Thomas Okoro later left for Accra.",
            "Lawrence Okoro",
            "Thomas Okoro",
            False,
        ),
    ],
)
def test_a_familiar_form_of_a_given_name_is_the_same_person(run, text, a, b, same):
    result = run(text)
    assert actor_of(result, a) is not None and actor_of(result, b) is not None
    assert same_actor(result, (a, 1), (b, 1)) is same


@pytest.mark.parametrize(
    ("text", "name", "pronoun"),
    [
        (
            "Brisk Tallow\nBrisk Tallow (born 1988) is an American guitarist from Ohio. He "
            "formed his first band in 2004.",
            "Brisk Tallow",
            "He",
        ),
        (
            "Stone Mercer\nStone Mercer (born 1975) is a Canadian violinist. She lives in Halifax.",
            "Stone Mercer",
            "She",
        ),
    ],
)
def test_a_name_said_to_be_a_person_is_a_person(run, text, name, pronoun):
    # the recogniser takes these names for organisations
    result = run(text)
    assert actor_of(result, name).kind == "person"
    assert same_actor(result, (name, 1), (pronoun, 1))


def test_a_body_said_to_be_a_leader_stays_a_body(run):
    result = run("Harbor Freight Group is a leader in tools. It opened a shop in Leeds.")
    actor = actor_of(result, "Harbor Freight Group")
    assert actor is not None and actor.kind != "person"


def test_a_camel_case_brand_is_a_name(run):
    result = run("tradeHub is a site where people sell old books. Sellers on tradeHub pay no fee.")
    actor = actor_of(result, "tradeHub")
    assert actor is not None and len([m for m in actor.mentions if m.text == "tradeHub"]) == 2
    assert actor_of(run("She read the eBook twice on the train."), "eBook") is None


def test_the_predicate_of_a_resolved_description_is_a_mention(run):
    text = (
        "Lena Holt was born in Leeds. Her father, Anthony, was a geologist, and her mother was "
        "a nurse."
    )
    result = run(text)
    assert same_actor(result, ("Anthony", 1), ("a geologist", 1))


@pytest.mark.parametrize(
    ("text", "name", "sounds"),
    [
        (
            "Åsa Lindgren (Swedish: [ˈoːsa ˈlɪndɡreːn]; born 1961) is a Swedish architect.",
            "Åsa Lindgren",
            "ˈoːsa ˈlɪndɡreːn",
        ),
        (
            "Pierre Dufour (French pronunciation: [pjɛʁ dyfuʁ]) was a painter from Lyon.",
            "Pierre Dufour",
            "pjɛʁ dyfuʁ",
        ),
    ],
)
def test_a_pronunciation_after_a_name_is_a_mention_of_the_person(run, text, name, sounds):
    result = run(text)
    assert same_actor(result, (name, 1), (sounds, 1))


def test_brackets_without_phonetic_letters_are_no_pronunciation(run):
    result = run("Pierre Dufour (French: [sic]) was a painter from Lyon.")
    assert actor_of(result, "sic") is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The match ended late. Photo: AFP / Lena Holm.", ("AFP", "Lena Holm")),
        ("Image: Wikimedia Commons / Jan Smit.", ("Wikimedia Commons", "Jan Smit")),
        (
            "The mayor spoke on Monday. Photo: Reuters / Sara Lindholm.",
            ("Reuters", "Sara Lindholm"),
        ),
    ],
)
def test_names_either_side_of_a_slash_are_two_actors(run, text, names):
    result = run(text)
    a, b = (actor_of(result, n) for n in names)
    assert a is not None and b is not None and a is not b


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Dublin voted on Friday. Fewer people voted in North Dublin than in the city centre.", 0),
        (
            "Crime fell in Los Angeles last year, the police said. East L.A. saw the largest drop.",
            1,
        ),
    ],
)
def test_a_city_after_a_direction_word_is_that_city(run, text, part):
    result = run(text)
    city = actor_of(result, ("Dublin", "Los Angeles")[part])
    inner = actor_of(result, ("Dublin", "L.A.")[part], nth=2 if part == 0 else 1)
    assert city is not None and inner is not None
    assert inner.id == city.id


def test_a_state_named_after_a_direction_is_no_part_of_another(run):
    result = run("Perth is in Australia. Western Australia voted for the plan.")
    assert actor_of(result, "Australia", nth=2) is None or (
        actor_of(result, "Australia", nth=2).id != actor_of(result, "Australia").id
    )


def test_a_city_after_for_is_the_team_named_after_it(run):
    result = run(
        "Mark Holt grew up in Denver. The Denver Falcons signed him in May, and he played for "
        "Denver until 2015."
    )
    team = actor_of(result, "Denver Falcons")
    assert team is not None
    assert actor_of(result, "Denver", nth=3).id == team.id  # "for Denver"
    assert actor_of(result, "Denver", nth=1).id != team.id  # "grew up in Denver"


def test_a_city_after_for_without_a_team_stays_the_city(run):
    result = run("The Denver council met on Monday. Ana Ruiz voted for Boston as the host city.")
    boston = actor_of(result, "Boston")
    assert boston is not None and boston.kind in ("place", "country")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Browsing the shelves, Ana Ruiz found an old atlas.", "Browsing"),
        ("Walking home, the mayor met Tomas Brandt.", "Walking"),
    ],
)
def test_a_verb_the_recogniser_labels_a_person_is_no_actor(nlp, text, verb):
    result = run_labelled(nlp, text, [(verb, "PERSON")])
    assert actor_of(result, verb) is None


def test_a_capitalised_number_word_ending_a_name_stays_in_it(run):
    result = run(
        "Rescue teams worked at Ground Zero for weeks. The drivers met in Monaco, and Channel "
        "Four filmed them. Apollo 11 landed in 1969."
    )
    names = {a.name for a in result.actors}
    assert {"Ground Zero", "Channel Four"} <= names
    assert "Ground" not in names and "Channel" not in names


def test_a_city_after_at_in_academic_work_is_its_university(run):
    for text, city in (
        (
            "Lena Brandt joined Uppsala University in 2001. She had taught at Uppsala before, "
            "and Uppsala itself was her home town.",
            "Uppsala",
        ),
        (
            "Mira Kolar won a place at Zagreb University in 1988. Her research at Zagreb was on "
            "rivers, and she liked to walk in Zagreb.",
            "Zagreb",
        ),
    ):
        result = run(text)
        university = actor_of(result, f"{city} University")
        # the first "Uppsala" is the place inside the university's name
        assert actor_of(result, city, 2) is university, text  # "at Uppsala" after teaching
        assert actor_of(result, city, 3).kind == "place", text  # the town itself
    # a list of cities stays a list of places
    result = run("Anna Holm studied at Lund, Uppsala and Oslo. She later joined Lund University.")
    assert actor_of(result, "Lund").kind == "place"


@pytest.mark.parametrize(
    ("text", "labels", "body", "person"),
    [
        (
            "My favourite book is Letters from the Cellar (Petrovsky). It is short.",
            [("Cellar", "ORG"), ("Petrovsky", "PERSON")],
            "Cellar",
            "Petrovsky",
        ),
        (
            "The seat went to Jan Ostrova (Labour) in 2010, and Ostrova kept it.",
            [("Jan Ostrova", "PERSON"), ("Labour", "ORG")],
            "Labour",
            "Jan Ostrova",
        ),
    ],
)
def test_a_bracketed_name_of_another_kind_is_not_an_alias(nlp, text, labels, body, person):
    """An author after a book's title, a party after a member's name: two actors, not one
    name and its short form."""
    result = run_labelled(nlp, text, labels)
    assert actor_of(result, body) is not None and actor_of(result, person) is not None
    assert not same_actor(result, (body, 1), (person, 1))


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        (
            "Raised in Gdansk, Kowalczyk moved to Paris in 1931 to study physics. Kowalczyk "
            "taught there for ten years. His eldest son Piotr Kowalczyk became a singer. "
            "Kowalczyk died in 1990.",
            "Piotr Kowalczyk",
        ),
        (
            "Raised in Porto, Sousa moved to Lisbon in 1950 to study law. Sousa wrote four "
            "novels. Her younger brother Rui Sousa was a painter. Sousa died in 2001.",
            "Rui Sousa",
        ),
    ],
)
def test_a_relative_named_in_full_is_not_the_surname_alone(run, text, relative):
    """The surname alone goes on meaning the article's subject, not the son or brother the
    article names in full after a noun for kin."""
    result = run(text)
    surname = relative.split()[-1]
    assert actor_of(result, relative) is not None
    assert not same_actor(result, (surname, 1), (relative, 1))
    assert not same_actor(result, (surname, 3), (relative, 1))


@pytest.mark.parametrize(
    ("text", "spaced", "closed"),
    [
        (
            "The envoy sailed to the U. S. in 1861. Trade between Peru and the U.S. doubled "
            "that year.",
            "U. S.",
            "U.S.",
        ),
        (
            "In 1890 the consul wrote to the U. K. about the harbour. The U.K. sent two ships.",
            "U. K.",
            "U.K.",
        ),
    ],
)
def test_initials_written_with_spaces_are_the_country(run, text, spaced, closed):
    """Older texts space a country's initials: one country either way."""
    result = run(text)
    actor = actor_of(result, spaced)
    assert actor is not None and actor.kind == "country"
    assert same_actor(result, (spaced, 1), (closed, 1))
