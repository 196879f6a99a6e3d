"""Interviews and the learned linker: who "I" and "you" are in a question-and-answer text, and
name variants the rules keep apart joined by the model in models/linker.json."""

from __future__ import annotations

import json

from claimx.rules.resources import models_dir

INTERVIEW = (
    "Sculptor Lena Okafor talks about her new work\n"
    "Lena Okafor has shown her bronzes in Lagos and Paris.\n"
    "What drew you to bronze?\n"
    "I grew up near a foundry. My uncle cast bells there.\n"
    "Do you still cast your own pieces?\n"
    "I do, though a studio in Accra helps me with the large ones.\n"
    "What is next?\n"
    "I am making a gate for a school in Kano.\n"
)


def mentions_of(result, text):
    return [(m.text, a.name) for a in result.actors for m in a.mentions if m.text == text]


def test_first_person_in_an_answer_is_the_interviewee(run):
    result = run(INTERVIEW)
    owners = {name for _, name in mentions_of(result, "I")}
    assert owners == {"Lena Okafor"}
    assert len(mentions_of(result, "I")) == 3
    assert {name for _, name in mentions_of(result, "My")} == {"Lena Okafor"}


def test_second_person_in_a_question_is_the_interviewee(run):
    result = run(INTERVIEW)
    assert [name for _, name in mentions_of(result, "you")] == ["Lena Okafor", "Lena Okafor"]


def test_marked_turns_with_q_and_a(run):
    text = (
        "Annie Tan, a harbour pilot, spoke to us in May.\n"
        "Q: Where did you grow up?\nA: In a port town.\n"
        "Q: Did your parents sail?\nA: Both of them, and I sailed with them.\n"
    )
    result = run(text)
    assert {name for _, name in mentions_of(result, "you")} == {"Annie Tan"}
    assert {name for _, name in mentions_of(result, "I")} == {"Annie Tan"}


def test_an_article_with_a_question_is_no_interview(run):
    text = (
        "Mayor Ruth Calder opened the bridge on Monday.\n"
        "Will it last? Engineers say it will.\n"
        "I was there, wrote one reader, and it shook.\n"
        "Calder said the bridge had been tested.\n"
    )
    result = run(text)
    assert mentions_of(result, "I") == []


def test_the_linker_joins_a_name_with_post_nominal_letters(run):
    result = run(
        "Ada Lorne FRS was born in Leeds in 1790. Ada Lorne later taught mathematics in York."
    )
    people = [a for a in result.actors if "Lorne" in a.name]
    assert len(people) == 1
    assert {m.text for m in people[0].mentions} >= {"Ada Lorne FRS", "Ada Lorne"}


def test_the_linker_never_joins_two_given_names(run):
    result = run("Jakob Imre taught in Basel. Daniel Imre taught in Bern. Daniel Imre wrote books.")
    jakob = [a for a in result.actors if a.name == "Jakob Imre"]
    daniel = [a for a in result.actors if a.name == "Daniel Imre"]
    assert len(jakob) == 1
    assert len(daniel) == 1


def test_the_linker_model_has_a_model_per_fold_over_whole_documents():
    data = json.loads((models_dir() / "linker.json").read_text("utf-8"))
    assert len(data["model"]["weights"]) == len(data["features"])
    folds = data["fold_of"]
    assert len(folds) == 32
    assert len(data["folds"]) == len(set(folds.values()))
    for fold in data["folds"]:
        assert len(fold["weights"]) == len(data["features"])


def test_a_title_case_headline_gives_no_verb_or_common_word_as_an_actor(run):
    result = run("Okafor Says Trust Will Grow\nRuth Okafor said the fund would grow.")
    assert [a.name for a in result.actors] == ["Ruth Okafor"]
    assert {m.text for m in result.actors[0].mentions} == {"Okafor", "Ruth Okafor"}


def test_a_headline_name_is_cut_to_what_the_body_writes(run):
    result = run("Former Miss Universe Ana Lind Speaks Out\nAna Lind said she was hurt.")
    assert [a.name for a in result.actors] == ["Ana Lind"]


def test_a_name_ends_at_a_line_break(run):
    result = run("Hanne Vos\nVos in 2015\nHanne Vos is a Dutch cyclist. Vos won in Ghent.")
    vos = [a for a in result.actors if "Vos" in a.name]
    assert len(vos) == 1
    assert vos[0].name == "Hanne Vos"
    assert vos[0].kind == "person"


def test_a_predicate_noun_of_she_is_her_mention(run):
    result = run("Anna Brandt was born in Hamburg. She was a German chemist.")
    anna = next(a for a in result.actors if a.name == "Anna Brandt")
    assert "a German chemist" in {m.text for m in anna.mentions}


def test_turns_marked_with_the_speakers_names(run):
    text = (
        "Interview with glassmaker Lena Park\n"
        "Lena Park makes glass in Oslo.\n"
        "Wikinews: Why did you choose glass?\n"
        "Lena Park: I love the light in it.\n"
        "Wikinews: Do you sell much of your work?\n"
        "Lena Park: I sell at markets.\n"
        "Note: the interview was edited for length.\n"
    )
    result = run(text)
    assert {name for _, name in mentions_of(result, "I")} == {"Lena Park"}
    assert len(mentions_of(result, "I")) == 2
    assert {name for _, name in mentions_of(result, "you")} == {"Lena Park"}
    assert {name for _, name in mentions_of(result, "your")} == {"Lena Park"}


def test_the_manifest_describes_the_linker_it_ships():
    manifest = json.loads((models_dir() / "manifest.json").read_text("utf-8"))
    data = json.loads((models_dir() / "linker.json").read_text("utf-8"))
    entry = manifest["learned"]["linker.json"]
    assert entry["features"] == data["features"]
    assert "train/train_linker.py" in entry["built_by"]


def test_first_person_in_a_question_is_the_named_interviewer(run):
    text = (
        "Interview with weaver Mara Quint\n"
        "Mara Quint sells rugs in Tbilisi. On Monday she sat down with Tom Barr for an interview.\n"
        "I wanted to know why you chose wool.\n"
        "I grew up with sheep. My mother spun.\n"
        "What is next for you?\n"
        "I am weaving a rug for a library.\n"
        "When will it be done?\n"
        "By the spring.\n"
    )
    result = run(text)
    owner = {m.start: a.name for a in result.actors for m in a.mentions if m.text == "I"}
    assert [owner[k] for k in sorted(owner)] == ["Tom Barr", "Mara Quint", "Mara Quint"]
    assert {name for _, name in mentions_of(result, "you")} == {"Mara Quint"}


def test_without_a_named_interviewer_a_question_i_stays_unresolved(run):
    text = (
        "Interview with weaver Mara Quint\n"
        "Mara Quint sells rugs in Tbilisi.\n"
        "I wanted to know why you chose wool.\n"
        "I grew up with sheep.\n"
        "What is next for you?\n"
        "A rug for a library.\n"
        "When will it be done?\n"
        "By the spring.\n"
    )
    result = run(text)
    assert [name for _, name in mentions_of(result, "I")] == ["Mara Quint"]


def test_an_answer_of_several_sentences_that_says_you_is_no_question(nlp):
    """A turn put as a one-sentence statement about "you" asks; an answer of several sentences
    that says "you" and has no question mark does not (both stages read turns this way)."""
    from claimx.actors.turns import asks_at

    text = (
        "You were in Lisbon last year.\n"
        "No, no. Forget that. You see, the trip was cancelled before it began."
    )
    doc = nlp(text)
    first, second = text.split("\n")
    assert asks_at(doc, text, 0, len(first))
    assert not asks_at(doc, text, len(first) + 1, len(text))


def test_we_of_a_founder_is_the_body_and_else_a_group_of_its_own(run):
    founder = (
        "Interview with Fernleaf Books founder Martin Hale\n"
        "Martin Hale started Fernleaf Books in Leeds.\n"
        "Why books?\nWe love them, and our readers do too.\n"
        "What comes next?\nWe will print a book about rivers.\n"
        "When?\nI hope by June.\n"
    )
    result = run(founder)
    assert {name for _, name in mentions_of(result, "We")} == {"Fernleaf Books"}
    assert {name for _, name in mentions_of(result, "I")} == {"Martin Hale"}
    team = (
        "Biologist Tomas Ruiz talks about his study of bees\n"
        "Tomas Ruiz studies bees in Seville.\n"
        "How did you start?\nWe kept hives on the roof of our lab.\n"
        "What did you find?\nWe found that the bees learn fast.\n"
        "Why?\nI think they must.\n"
    )
    result = run(team)
    owners = {(a.name, a.kind) for a in result.actors for m in a.mentions if m.text == "We"}
    assert owners == {("we", "group")}
    assert {name for _, name in mentions_of(result, "I")} == {"Tomas Ruiz"}
