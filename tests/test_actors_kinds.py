"""The learned kind model: a named actor's kind decided from all the document says of it."""

from __future__ import annotations

import json

from claimx.rules.resources import models_dir


def kinds_of(result):
    return {a.name: a.kind for a in result.actors}


def test_a_town_the_recogniser_calls_a_body_is_a_place(run):
    result = run(
        "Paintings by Oskar Fendt were sold in Vienna. Fendt painted the harbour at Trieste, "
        "and critics praised Fendt for his light."
    )
    assert kinds_of(result)["Trieste"] == "place"
    assert kinds_of(result)["Oskar Fendt"] == "person"


def test_a_person_the_recogniser_calls_a_body_is_a_person(run):
    result = run(
        "Drawings by Klara Wendt hung in Berlin. Wendt drew the harbour at Rostock and the "
        "docks at Wismar."
    )
    kinds = kinds_of(result)
    assert kinds["Klara Wendt"] == "person"
    assert kinds["Rostock"] == "place"


def test_the_manifest_describes_the_kind_model_it_ships():
    manifest = json.loads((models_dir() / "manifest.json").read_text("utf-8"))
    data = json.loads((models_dir() / "actor_kind.json").read_text("utf-8"))
    entry = manifest["learned"]["actor_kind.json"]
    assert entry["features"] == data["features"]
    assert len(data["model"]["weights"]) == len(data["classes"])
    assert "train/train_linker_kinds.py" in entry["built_by"]


def feature_rows(nlp, text):
    """The kind model's feature values of each named actor, by name."""
    from claimx.actors import find_actors, kinds
    from claimx.nlp.chunking import parse
    from claimx.rules.docview import share_text, unshare_text

    doc = parse(nlp, text)
    share_text(doc)
    try:
        actors, rows = kinds.rows(find_actors(doc))
    finally:
        unshare_text(doc)
    return {
        a.name: dict(zip(kinds.FEATURES, row, strict=True))
        for a, row in zip(actors, rows, strict=True)
    }


def test_the_kind_model_reads_a_description_by_its_head_noun(nlp):
    rows = feature_rows(
        nlp, "Oskar Brenn founded the firm. Oskar Brenn was the first student who sold prints."
    )
    assert rows["Oskar Brenn"]["description_person"] == 1.0  # "student", not "prints"


def test_the_kind_model_reads_a_noun_for_a_person_and_a_partner(nlp):
    rows = feature_rows(
        nlp,
        "Photo of guitarist Tarek Vollmer in 2009. Later Greta Lind and I wrote the guide.",
    )
    assert rows["Tarek Vollmer"]["person_noun_before"] == 1.0
    assert rows["Greta Lind"]["with_person"] == 1.0


def _row(**on: float) -> list[float]:
    from claimx.actors.kinds import FEATURES

    return [on.get(name, 0.0) for name in FEATURES]


def test_a_given_name_and_a_surname_or_he_she_make_a_person_whatever_the_labels_say():
    """The recogniser labels a politician ORG in "the Holt campaign" more often than PERSON: a
    name that opens with a given name and has a surname, or that "he"/"she" refers to, stays a
    person; a body's word in the name ("Jane Street Capital") keeps it a body."""
    from claimx.actors.kinds import named_person

    assert named_person(_row(given_name=1, multiword=1, label_org=1))
    assert named_person(_row(he_she=0.7, label_org=1))
    assert not named_person(_row(given_name=1, label_org=1))  # "Ford" alone
    assert not named_person(_row(given_name=1, multiword=1, org_word=1))
    assert not named_person(_row(multiword=1, label_org=1))


def test_a_given_name_joined_with_i_is_a_person_whatever_the_labels_say():
    """ "Marta and I drew up the form": a given name alone, joined with "I", "he" or "she", is a
    person though the recogniser calls it a place; a body's word keeps it a body."""
    from claimx.actors.kinds import joined_person

    assert joined_person(_row(given_name=1, with_person=1, label_place=1))
    assert not joined_person(_row(given_name=1, label_place=1))  # "Florence" alone
    assert not joined_person(_row(given_name=1, with_person=1, org_word=1))


def test_a_lone_given_name_beside_i_is_a_person(run):
    for text, name in (
        ("Notes from the clinic. Marta and I drew up the form in a week.", "Marta"),
        ("We kept the archive in a barn. Tobias and I sorted the letters by year.", "Tobias"),
    ):
        assert kinds_of(run(text)).get(name) == "person", text


def test_a_name_someone_is_called_by_is_a_persons(run):
    result = run(
        "My brother ran fast, and at school they used to call him The Hawk -- Hawkie -- for it."
    )
    hawk = [a for a in result.actors if any(m.text == "Hawk" for m in a.mentions)]
    assert len(hawk) == 1 and hawk[0].kind == "person"
    assert {m.text for m in hawk[0].mentions} >= {"Hawk", "Hawkie"}  # one person, two names
    result = run("The goalkeeper stopped every shot. Her teammates nicknamed her The Wall in 2004.")
    assert kinds_of(result)["Wall"] == "person"
    # "them": a group's name, not a person's
    result = run("The fans followed the club everywhere. Reporters called them the Lions.")
    assert kinds_of(result).get("Lions") != "person"


def test_a_point_of_the_compass_alone_is_a_region(run):
    for text, name in (
        ("Trade with the West fell by half after the sanctions, the minister said.", "West"),
        ("Blues came up from the South with the musicians who moved to the cities.", "South"),
    ):
        assert kinds_of(run(text))[name] == "place", text
