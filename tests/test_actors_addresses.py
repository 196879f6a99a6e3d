"""A place written as an address ("S. F., Cal."): split from the one name the recogniser may
make of it, its initials and its short region joined to the places the article names in full.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from claimx.actors.addresses import region_written_short
from tests.test_actors import actor_of


@pytest.mark.parametrize(
    ("text", "town", "initials", "region", "short"),
    [
        (
            "Hugo Lind moved to San Francisco, California in 1850. Years later Lind, now of "
            "S. F., Cal., declared himself mayor.",
            "San Francisco",
            "S. F.",
            "California",
            "Cal",
        ),
        (
            "Mina Holt built a house in Palo Alto, California. She wrote from P. A., Cal., "
            "that the house was finished.",
            "Palo Alto",
            "P. A.",
            "California",
            "Cal",
        ),
        (
            "Ada Voss opened a shop in San Diego in 1890. In 1902 Voss, now of S. D., Cal., "
            "sold it.",
            "San Diego",
            "S. D.",
            "California",
            "Cal",
        ),
    ],
)
def test_an_address_is_places_joined_to_the_places_named_in_full(
    run, text, town, initials, region, short
):
    result = run(text)
    place = actor_of(result, town)
    assert place is not None and place.kind == "place"
    assert actor_of(result, initials) is place
    state = actor_of(result, short)
    assert state is not None and state is not place and state.kind == "place"
    assert state.name == region and actor_of(result, region) in (None, state)
    assert not any("," in a.name for a in result.actors)


def test_a_name_after_a_comma_without_a_town_before_it_is_no_region(run):
    result = run("Thanks, Cal. You played well tonight.")
    assert all(a.name != "California" for a in result.actors)


def test_a_region_written_short_is_the_one_region_it_opens():
    assert region_written_short("Cal") == "california"
    assert region_written_short("Mass") == "massachusetts"
    # too short, or opening two regions ("New": New York, New Jersey, ...), or no region
    assert region_written_short("Al") is None
    assert region_written_short("New") is None
    assert region_written_short("Paris") is None
