"""String evidence over the recogniser's label in the learned linker: a name that ends a body's
fuller name is compared as a name of that body. Names are invented for these tests."""

from __future__ import annotations

from claimx.actors.evidence import pair_kinds
from claimx.actors.linker import FEATURES, features
from claimx.actors.store import _Actor


def _named(actor_id: str, name: str, kind: str) -> _Actor:
    return _Actor(actor_id, name, kind, keys={name.lower()}, named=True)  # type: ignore[arg-type]


def test_a_name_ending_a_body_name_is_compared_as_that_body():
    # "the Otters" labelled a place beside "the Rivertown Otters"; "the Gulls" labelled a group
    # beside "the Harbor City Gulls": the strings say one club
    for long_, short, label in (
        ("Rivertown Otters", "Otters", "place"),
        ("Harbor City Gulls", "Gulls", "group"),
    ):
        club, team = _named("a1", long_, "organization"), _named("a2", short, label)
        assert pair_kinds(club, team) == ("organization", "organization")
        assert pair_kinds(team, club) == ("organization", "organization")
        row = features(club, team)
        assert row[FEATURES.index("kind_same")] == 1.0
        assert row[FEATURES.index("place_and_body")] == 0.0


def test_a_name_after_of_and_people_and_countries_keep_their_kinds():
    # "Marlow" in "University of Marlow" is the town the body is named after
    university = _named("a1", "University of Marlow", "organization")
    town = _named("a2", "Marlow", "place")
    assert pair_kinds(university, town) == ("organization", "place")
    assert features(university, town)[FEATURES.index("place_and_body")] == 1.0
    # a surname ends a person's name, and a country is only itself
    firm = _named("a3", "Castell Brothers", "organization")
    assert pair_kinds(firm, _named("a4", "Brothers", "person")) == ("organization", "person")
    league = _named("a5", "Premier Liga Estonia", "organization")
    assert pair_kinds(league, _named("a6", "Estonia", "country")) == ("organization", "country")


def test_a_college_called_by_its_first_word_is_that_body(run):
    from tests.test_actors import actor_of

    for text, body, short in (
        (
            "Tomas Reyes enrolled at Mercer University in 2009. One pick later the club took his "
            "Mercer teammate Sam Ortiz.",
            "Mercer University",
            "Mercer",
        ),
        (
            "Ines Pardo transferred to Keller College in 2012. Her Keller coach praised her.",
            "Keller College",
            "Keller",
        ),
    ):
        result = run(text)
        college = actor_of(result, body)
        assert college is not None and actor_of(result, short) is college
        assert college.kind == "organization"


def test_a_given_name_that_opens_a_body_name_stays_a_person(run):
    from tests.test_actors import actor_of

    result = run("Ines Pardo taught at Grace University in 2012. Grace praised her teaching.")
    grace = actor_of(result, "Grace")
    assert grace is not None and grace.kind == "person"
    assert grace is not actor_of(result, "Grace University")
