"""Relational descriptions ("his father", "her mother", "his wife"): the relative the text names
elsewhere. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from tests.test_actors import actor_of


@pytest.mark.parametrize(
    ("text", "phrase", "relative"),
    [
        (
            "Lena Brandt was a daughter of Oskar Brandt. Her father ran a bakery in Kiel.",
            "Her father",
            "Oskar Brandt",
        ),
        (
            "Tomas Vik grew up in Bergen. He married Ingrid Sole in 1970, and his wife later "
            "opened a school.",
            "his wife",
            "Ingrid Sole",
        ),
        (
            "Karl Weber went looking for his brother, Anton Weber, in 1862. He found his "
            "brother in a hospital.",
            "his brother",
            "Anton Weber",
        ),
        (
            "Mira Falk was born in Graz to Peter Falk and Hanna Falk. Her mother taught music.",
            "Her mother",
            "Hanna Falk",
        ),
    ],
)
def test_a_relative_named_elsewhere_is_the_kin_phrase(run, text, phrase, relative):
    result = run(text)
    assert actor_of(result, phrase, nth=text.count(phrase)) is actor_of(result, relative)


def test_the_relative_must_agree_in_gender(run):
    result = run("Mira Falk was born in Graz to Hanna Falk. Her father taught music.")
    assert actor_of(result, "Her father") is not actor_of(result, "Hanna Falk")


def test_a_relative_the_text_never_names_stays_unresolved(run):
    result = run("Jon Ekberg met the mayor. His father was a farmer.")
    assert actor_of(result, "His father") is None


def test_a_body_named_as_a_persons_possessor_is_her_party(run):
    result = run("Nordlink's chief executive Lena Holt said her company would build the line.")
    assert actor_of(result, "her company") is actor_of(result, "Nordlink")


def test_a_body_whose_name_says_another_kind_of_body_is_not_her_company(run):
    result = run("Green Party's leader Anna Berg said her company had paid the bill.")
    assert actor_of(result, "her company") is None
