"""Linking per-article actors into corpus actors: names, aliases, kinds, ambiguity, stable ids."""

from __future__ import annotations

from claimx.corpus.link import acronym, link, person_tokens
from claimx.schema import Actor, Mention


def actor(actor_id: str, name: str, kind: str = "person", *names: str, **extra) -> Actor:
    """An actor whose mentions are its name forms (offsets do not matter to linking)."""
    forms = extra.pop("forms", {})
    mentions = [
        Mention(start=0, end=len(n), text=n, form=forms.get(n, "name")) for n in (names or (name,))
    ]
    return Actor(id=actor_id, name=name, kind=kind, mentions=mentions, **extra)


def ids(linking, doc: int, actor_id: str) -> str | None:
    return linking.of.get((doc, actor_id))


def test_full_name_surname_and_title_surname_are_one_corpus_actor():
    docs = [
        [actor("a1", "Vera Lindqvist", "person", "Mayor Vera Lindqvist", "Lindqvist")],
        [actor("a1", "Lindqvist")],
        [actor("a1", "Lindqvist", "person", "Mayor Lindqvist", titles=["Mayor"])],
        [actor("a4", "Vera M. Lindqvist")],
        [actor("a2", "Vera Lindqvist")],
    ]
    linking = link(docs)
    assert len(linking.actors) == 1
    only = linking.actors[0]
    assert only.corpus_id == "person/vera-lindqvist"
    assert only.name == "Vera Lindqvist"
    assert {ids(linking, d, a.id) for d, doc in enumerate(docs) for a in doc} == {only.corpus_id}
    assert {"Mayor Lindqvist", "Lindqvist", "Vera M. Lindqvist"} <= set(only.names)


def test_initial_and_surname_joins_the_full_name_it_fits():
    linking = link([[actor("a1", "Tomas Berg")], [actor("a1", "T. Berg")]])
    assert ids(linking, 1, "a1") == ids(linking, 0, "a1") == "person/tomas-berg"


def test_ambiguous_surname_stays_apart():
    docs = [
        [actor("a1", "Tomas Halversen")],
        [actor("a1", "Ida Halversen")],
        [actor("a1", "Halversen")],
    ]
    linking = link(docs)
    bare = ids(linking, 2, "a1")
    assert bare not in (ids(linking, 0, "a1"), ids(linking, 1, "a1"))
    assert linking.by_id()[bare].ambiguous
    assert ids(linking, 0, "a1") != ids(linking, 1, "a1")


def test_honorific_or_pronoun_tells_which_surname():
    docs = [
        [actor("a1", "Tomas Halversen")],
        [actor("a1", "Ida Halversen")],
        [actor("a1", "Halversen", "person", "Halversen", "she", forms={"she": "pronoun"})],
        [actor("a1", "Halversen", "person", "Mr. Halversen", titles=["Mr."])],
    ]
    linking = link(docs)
    assert ids(linking, 2, "a1") == "person/ida-halversen"
    assert ids(linking, 3, "a1") == "person/tomas-halversen"


def test_kind_must_agree():
    linking = link([[actor("a1", "Jordan", "country")], [actor("a1", "Jordan", "person")]])
    assert ids(linking, 0, "a1") == "country/jordan"
    assert ids(linking, 1, "a1") == "person/jordan"


def test_acronym_joins_its_spelled_out_name_unless_two_names_share_it():
    docs = [
        [actor("a1", "Port Authority of Brenmoor", "organization")],
        [actor("a1", "PAB", "organization")],
        [actor("a1", "The Port Authority of Brenmoor's", "organization")],
    ]
    apart = link(docs)  # no article uses both: the initials alone are not enough
    assert ids(apart, 0, "a1") == ids(apart, 2, "a1") != ids(apart, 1, "a1")
    docs.append(
        [
            actor("a1", "PAB", "organization"),
            actor("a2", "Port Authority of Brenmoor", "organization"),
        ]
    )
    linking = link(docs)
    assert len({ids(linking, d, "a1") for d in range(4)}) == 1
    clash = link(
        [
            [actor("a1", "North Sea Council", "organization"), actor("a2", "NSC", "organization")],
            [actor("a1", "National Skating Club", "organization")],
            [actor("a1", "NSC", "organization")],
        ]
    )
    assert len({ids(clash, d, "a1") for d in range(3)}) == 3


def test_country_names_by_the_country_list():
    docs = [
        [actor("a1", "United States", "country")],
        [actor("a1", "U.S.", "country")],
        [actor("a1", "US", "country", "US", "Washington")],
    ]
    linking = link(docs)
    assert {ids(linking, d, "a1") for d in range(3)} == {"country/united-states"}


def test_pronoun_and_description_only_actors_are_not_corpus_actors():
    docs = [
        [
            actor("a1", "he", "person", "he", forms={"he": "pronoun"}),
            actor(
                "a2",
                "the official",
                "person",
                "the official",
                forms={"the official": "description"},
            ),
            actor("a3", "Ana Ruiz"),
        ],
        [actor("a1", "he", "person", "He", forms={"He": "pronoun"})],
    ]
    linking = link(docs)
    assert [a.corpus_id for a in linking.actors] == ["person/ana-ruiz"]
    assert linking.unnamed == {(0, "a1"), (0, "a2"), (1, "a1")}


def test_corpus_ids_do_not_depend_on_order_or_on_other_documents():
    docs = [
        [actor("a1", "Vera Lindqvist"), actor("a2", "PAB", "organization")],
        [actor("a1", "Port Authority of Brenmoor", "organization"), actor("a2", "Lindqvist")],
        [actor("a1", "Ida Halversen")],
    ]
    forward = link(docs)
    backward = link(docs[::-1])
    assert sorted(a.corpus_id for a in forward.actors) == sorted(
        a.corpus_id for a in backward.actors
    )
    assert ids(forward, 0, "a1") == ids(backward, 2, "a1") == "person/vera-lindqvist"
    more = link([*docs, [actor("a9", "Otto Brandt")]])
    assert {a.corpus_id for a in forward.actors} < {a.corpus_id for a in more.actors}


def test_name_helpers():
    assert person_tokens("Sen. Vera Lindqvist Jr.") == ["vera", "lindqvist"]
    assert person_tokens("Zoë Ærø") == ["zoe", "ærø"]
    assert person_tokens("Vera Lindqvist Says") == person_tokens("Vera Lindqvist Warns")
    assert person_tokens("Ida Halversen Says") == ["ida", "halversen"]
    assert acronym("Port Authority of Brenmoor") == "pab"
    assert acronym("the Port Authority") == "pa"
    assert acronym("harbour plan") is None


def test_gender_never_picks_a_rarer_name_over_a_more_frequent_one():
    """The given-name list and pronouns can be wrong: a bare surname stays ambiguous rather than
    go to a one-off full name when that rules out the one the corpus is full of."""
    docs = [[actor("a1", "Ida Halversen")] for _ in range(3)]
    docs += [[actor("a1", "Tomas Halversen")]]
    docs += [[actor("a1", "Halversen", "person", "Halversen", "he", forms={"he": "pronoun"})]]
    linking = link(docs)
    assert linking.by_id()[ids(linking, 4, "a1")].ambiguous
    docs[4] = [actor("a1", "Halversen", "person", "Halversen", "she", forms={"she": "pronoun"})]
    assert ids(link(docs), 4, "a1") == "person/ida-halversen"
