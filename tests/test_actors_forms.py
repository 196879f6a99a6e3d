"""Forms of names the name rules read: a rank written as a name, "Surname, Given." in a list, a
body's name run into a person's, an infobox line before the first sentence, a place a body is
named after, a country beside another country. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from claimx.actors.linker import _allowed
from claimx.actors.store import _Actor
from tests.test_actors import actor_of


@pytest.mark.parametrize(
    ("text", "name", "rank"),
    [
        (
            "Maria Brandt studied in Leiden. In 1931 she was elected a Fellow of the Royal "
            "Academy.",
            "Maria Brandt",
            "a Fellow of the Royal Academy",
        ),
        (
            "Tomas Varga taught law for years and served as Rector of the University in 1920.",
            "Tomas Varga",
            "Rector of the University",
        ),
        (
            "The film starred Hugh Castell, 2nd Duke of Avon, as himself.",
            "Hugh Castell",
            "2nd Duke of Avon",
        ),
    ],
)
def test_a_rank_written_as_a_name_is_a_mention_of_its_holder(run, text, name, rank):
    result = run(text)
    holder = actor_of(result, name)
    assert holder is not None and actor_of(result, rank) is holder
    assert not any(a.name == rank.removeprefix("a ") for a in result.actors)


def test_a_rank_predicated_of_no_one_is_no_actor(run):
    result = run("The Fellow of the Royal Academy list grew in 1931.")
    assert not any(a.name.startswith("Fellow") for a in result.actors)


@pytest.mark.parametrize(
    ("text", "name", "office", "body"),
    [
        (
            "Lena Varga is a potter. Varga served as President of the Royal Guild of Potters in "
            "1990.",
            "Varga",
            "President of the Royal Guild of Potters",
            "Royal Guild of Potters",
        ),
        (
            "Omar Haddad is an engineer. Haddad worked as Chairman of the Northern Rail Board "
            "until 2004.",
            "Haddad",
            "Chairman of the Northern Rail Board",
            "Northern Rail Board",
        ),
    ],
)
def test_an_office_held_as_a_title_is_a_mention_of_its_holder(run, text, name, office, body):
    result = run(text)
    holder = actor_of(result, name)
    assert holder is not None and actor_of(result, office) is holder
    assert actor_of(result, body) not in (None, holder)  # the body stays an actor of its own


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Mira Holm sang in Oslo. She was described by a newspaper as the 'Queen of the "
            "Harbour Blues'.",
            "Mira Holm",
            "Queen of the Harbour Blues",
        ),
        (
            "Tomas Greer made boats. Greer was known to his rivals as the King of the Northern "
            "Lakes.",
            "Tomas Greer",
            "King of the Northern Lakes",
        ),
    ],
)
def test_a_title_someone_is_known_as_is_a_mention_of_them(run, text, name, title):
    result = run(text)
    holder = actor_of(result, name)
    assert holder is not None
    assert any(title in m.text for m in holder.mentions)


def test_an_office_given_to_a_named_object_is_not_the_subjects(run):
    result = run("The owners hired Omar Haddad as Chairman of the Northern Rail Board.")
    assert actor_of(result, "Chairman of the Northern Rail Board") is None


def test_surname_comma_given_name_in_a_list_is_one_person(run):
    result = run(
        "My favourite books:\nBronte, Emily. Wuthering Heights\nDickens, Charles. Bleak House"
    )
    emily = actor_of(result, "Bronte, Emily")
    assert emily is not None and emily.kind == "person"
    assert actor_of(result, "Dickens, Charles") not in (None, emily)
    assert not any(a.name in ("Emily", "Charles") for a in result.actors)


def test_a_comma_between_a_place_and_a_name_joins_nothing(run):
    result = run("Officials in Lyon, Marie Dubois said, had closed the bridge.")
    assert actor_of(result, "Lyon") is not actor_of(result, "Marie Dubois")


@pytest.mark.parametrize(
    ("text", "body_name", "person_name"),
    [
        (
            "A spokesperson for the Council on Fair Trade Lena Varga said the rules were unfair.",
            "Council on Fair Trade",
            "Lena Varga",
        ),
        # a given name the table lacks, after a plural that ends the body's name
        (
            "A spokesman for the Union of Dock Workers Oluwaseun Bello said the strike would go "
            "on.",
            "Union of Dock Workers",
            "Oluwaseun Bello",
        ),
        (
            "A spokesman for the Society of Independent Brewers Kofi Mensah said the tax was "
            "unfair.",
            "Society of Independent Brewers",
            "Kofi Mensah",
        ),
    ],
)
def test_a_body_run_into_a_persons_name_is_split(run, text, body_name, person_name):
    result = run(text)
    body, person = actor_of(result, body_name), actor_of(result, person_name)
    assert body is not None and body.kind == "organization"
    assert person is not None and person.kind == "person" and person is not body


def test_a_predicate_describes_the_name_on_its_own_line(run):
    result = run(
        "Spouse(s) Peter Olsen (m. 1980; div. 1984)\nChildren Ida Olsen\nGrete Holm (4 April "
        "1950 – 1 July 2010) was a Danish singer and actress."
    )
    assert actor_of(result, "a Danish singer") is actor_of(result, "Grete Holm")
    assert actor_of(result, "a Danish singer") is not actor_of(result, "Peter Olsen")


def test_two_countries_are_never_one_actor():
    uk = _Actor("a1", "United Kingdom", "country", country="United Kingdom", named=True)
    us = _Actor("a2", "United States", "country", country="United States", named=True)
    assert not _allowed(uk, us)
    assert _allowed(us, _Actor("a3", "U.S.", "country", country="United States", named=True))


def test_a_country_code_is_not_a_bodys_initialism(run):
    result = run(
        "Scientists at the University of Sheffield worked with a team in the US. The US team "
        "measured the wheat."
    )
    us = actor_of(result, "US")
    assert us is not None and us.kind == "country"
    assert us is not actor_of(result, "University of Sheffield")


def test_a_place_is_not_the_body_named_after_it(run):
    result = run(
        "Lena Berg entered the University of Oslo in 1990. She returned to Oslo in 1999 and "
        "opened a clinic there."
    )
    oslo = actor_of(result, "Oslo", 2) or actor_of(result, "Oslo")
    assert oslo is not None and oslo is not actor_of(result, "University of Oslo")
    assert oslo.kind in ("place", "country")


def test_these_before_a_country_is_not_part_of_its_name(run):
    result = run(
        "The United States signed the treaty in May. In June the envoy said these United "
        "States would keep their word."
    )
    assert actor_of(result, "United States", 2) is actor_of(result, "United States")


def test_a_state_opening_a_sentence_is_a_place(run):
    result = run("Prices rose in three states last year. Queensland was left out of the survey.")
    queensland = actor_of(result, "Queensland")
    assert queensland is not None and queensland.kind == "place"


def test_a_lower_case_adjective_is_not_part_of_a_name(run):
    result = run("Few expected a united Germany so soon. Germany had been divided for decades.")
    assert actor_of(result, "united Germany") is None
    assert actor_of(result, "Germany", 2) is actor_of(result, "Germany") is not None


def test_an_interview_question_opening_with_a_title_addresses_the_interviewee(run):
    result = run(
        "Interview with Omar Haddad\nOmar Haddad has led the country since 2010.\nMr. "
        "President, why did you call the vote?\nIt was time.\nWhat comes next?\nA new "
        "budget.\nWhen?\nIn spring."
    )
    assert actor_of(result, "Mr. President") is actor_of(result, "Omar Haddad")


def test_the_predicate_of_an_interviewees_i_describes_the_interviewee(run):
    result = run(
        "Interview with Omar Haddad\nOmar Haddad runs for mayor.\nWhy should people vote for "
        "you?\nI am the only candidate who has run a business.\nWhat comes next?\nA new "
        "budget.\nWhen?\nIn spring."
    )
    described = actor_of(result, "the only candidate who has run a business")
    assert described is not None and described is actor_of(result, "Omar Haddad")


def test_turn_labels_are_no_actors(run):
    result = run(
        "Q: Where do you work, Ms Tan?\nA: In a port town.\nQ: Did your parents sail?\nA: Both "
        "of them.\nQ: Do you sail?\nA: Not any more.\nAnnie Tan spoke to us in May."
    )
    assert not any(a.name in ("Q", "A") for a in result.actors)


def test_a_short_name_joined_with_its_initialism_may_join_the_full_name():
    short = _Actor("a1", "Davis", "organization", keys={"davis", "uc davis"}, named=True)
    full = _Actor(
        "a2",
        "University of California, Davis",
        "organization",
        keys={"university of california davis"},
        named=True,
    )
    assert _allowed(short, full)
    # without the initialism, a name that adds a word for a body is another thing
    town = _Actor("a3", "Davis", "organization", keys={"davis"}, named=True)
    assert not _allowed(town, full)


def test_a_second_predicate_noun_hung_on_the_verb_describes_the_subject(run):
    result = run(
        "Lena Varga is the only candidate born in Ohio, but also the only candidate who has "
        "run a farm."
    )
    lena = actor_of(result, "Lena Varga")
    assert actor_of(result, "the only candidate born in Ohio") is lena
    assert actor_of(result, "the only candidate who has run a farm") is lena


def test_an_apposition_in_a_heading_run_into_the_next_line_ends_at_the_line(run):
    result = run(
        "News interviews Lena Holt, Green Party nominee for Mayor of Leeds\n"
        "Holt has run the party office since 2010."
    )
    nominee = actor_of(result, "Green Party nominee for Mayor of Leeds")
    assert nominee is not None and nominee is actor_of(result, "Lena Holt")


def test_a_name_the_parser_hangs_on_an_of_phrase_is_the_office_holder(run):
    result = run("I met the president of Estonia, Mari Tamm, in Tallinn last year.")
    assert actor_of(result, "the president of Estonia") is actor_of(result, "Mari Tamm")
    assert actor_of(result, "Estonia") is not actor_of(result, "Mari Tamm")


def test_a_noun_for_a_person_goes_to_the_person_of_two_appositions(run):
    result = run(
        "The secretary general of ACU (Acme Council of Unions), Piet Marais, called the "
        "ruling dangerous."
    )
    office = actor_of(result, "The secretary general of ACU (Acme Council of Unions")
    assert office is not None and office is actor_of(result, "Piet Marais")


def test_a_short_form_joins_a_body_also_named_with_what_it_belongs_to():
    # "Red Sox" ~ "Boston Red Sox" may join though the body is also "... of Major League Baseball"
    team = _Actor(
        "a1",
        "Boston Red Sox of Major League Baseball",
        "organization",
        keys={"boston red sox", "boston red sox of major league baseball"},
        named=True,
    )
    short = _Actor("a2", "Red Sox", "organization", keys={"red sox"}, named=True)
    assert _allowed(team, short)
    # a name that only ever adds a body's word stays apart: "Legion" ~ "Legion Hall"
    hall = _Actor("a3", "Legion Hall", "organization", keys={"legion hall"}, named=True)
    legion = _Actor("a4", "Legion", "organization", keys={"legion"}, named=True)
    assert not _allowed(hall, legion)


def test_a_name_after_of_in_a_longer_name_is_a_linker_feature():
    from claimx.actors.linker import FEATURES, features

    team = _Actor(
        "a1",
        "Leeds Rhinos of Super League",
        "organization",
        keys={"leeds rhinos of super league"},
        named=True,
    )
    league = _Actor("a2", "Super League", "organization", keys={"super league"}, named=True)
    other = _Actor("a3", "Leeds Rhinos", "organization", keys={"leeds rhinos"}, named=True)
    k = FEATURES.index("after_of")
    assert features(team, league)[k] == 1.0
    assert features(team, other)[k] == 0.0


def test_two_full_names_with_one_given_name_are_two_people():
    kane = _Actor("a1", "Harry Kane", "person", keys={"harry kane"}, named=True, first="harry")
    other = _Actor(
        "a2", "Harry Maguire", "person", keys={"harry maguire"}, named=True, first="harry"
    )
    assert not _allowed(kane, other)
    # a surname alone may still be either
    assert _allowed(kane, _Actor("a3", "Kane", "person", keys={"kane"}, named=True))


def test_a_name_cut_to_an_initial_may_join_the_full_name():
    full = _Actor("a1", "Alma Berg", "person", keys={"alma berg"}, named=True, first="alma")
    cut = _Actor("a2", "Alma B", "person", keys={"alma b"}, named=True, first="alma")
    assert _allowed(full, cut)


def test_a_full_name_also_known_by_its_surname_stays_apart_from_another_full_name():
    goode = _Actor(
        "a1",
        "Matthew Goode",
        "person",
        keys={"matthew goode", "goode"},
        named=True,
        first="matthew",
    )
    vaughn = _Actor(
        "a2", "Matthew Vaughn", "person", keys={"matthew vaughn"}, named=True, first="matthew"
    )
    assert not _allowed(goode, vaughn)


def test_a_body_noun_qualified_by_a_place_is_the_same_body():
    # "the Press" ~ "Harbor City Press", "the Gazette" ~ "Linden Valley Gazette": the short name is
    # the body's own noun, and the longer one only says which; the model may join them
    paper = _Actor(
        "a1", "Harbor City Press", "organization", keys={"harbor city press"}, named=True
    )
    press = _Actor("a2", "Press", "organization", keys={"press"}, named=True)
    assert _allowed(paper, press)
    gazette = _Actor(
        "a3", "Linden Valley Gazette", "organization", keys={"linden valley gazette"}, named=True
    )
    assert _allowed(gazette, _Actor("a4", "Gazette", "organization", keys={"gazette"}, named=True))
    # a longer name that adds a body noun after the short one is still another thing
    assert not _allowed(
        _Actor("a5", "Press Club", "organization", keys={"press club"}, named=True), press
    )


def test_a_one_word_name_inside_a_longer_one_is_a_linker_feature():
    from claimx.actors.linker import FEATURES, features

    full = _Actor("a1", "Mei Tan Ruiz", "person", keys={"mei tan ruiz"}, named=True)
    k = FEATURES.index("single_is_inner")
    assert features(full, _Actor("a2", "Tan", "person", keys={"tan"}, named=True))[k] == 1.0
    assert features(full, _Actor("a3", "Ruiz", "person", keys={"ruiz"}, named=True))[k] == 0.0
