"""The quotes' default notion reads the document's genre by its form: in an interview or an
encyclopedic biography a report of a noun phrase or an infinitive tells what someone did and is
left out; in news it is kept. Every text here is invented."""

from __future__ import annotations

import pytest

from claimx.quotes.genre import genre

INTERVIEW_ANNOUNCED = (
    "Interview with potter Jane Ellison\n"
    "Jane Ellison has made bowls in Leeds for thirty years.\n"
    "Why clay?\n"
    "I liked the feel of it. I criticized the old kilns at first.\n"
    "What comes next?\n"
    "I will open a shop, and I think the town needs one.\n"
    "The shop opens in May.\n"
)
INTERVIEW_UNANNOUNCED = (
    "Comets and the people who chase them\n"
    "Raul Mendes studies comets at a small observatory.\n"
    "How did it start?\n"
    "My father had a telescope, and he praised my first drawings.\n"
    "And now?\n"
    "I watch every night.\n"
    "Do you ever sleep?\n"
    "Rarely. I believe the sky is worth it.\n"
)
INTERVIEW_QA = (
    "Ferry captain on thirty years at sea\n"
    "Sian Pryce retires this week. She spoke to our reporter, Tom Hale.\n"
    "Q: Let's start with the storms.\n"
    "A: The worst was in 1998. I criticized the old lifeboats then.\n"
    "Q: Some crews want the route cut.\n"
    "A: I understand them, but I think the island needs the boat.\n"
)
INTERVIEW_NAMES = (
    "Should the market move? Two traders disagree\n"
    "From this week's programme. The presenter, Ann Reed, spoke to two stallholders.\n"
    "REED: Paul, you want the market moved.\n"
    "DUNN: I do. I praised the new site from the start.\n"
    "REED: Kate, you disagree.\n"
    "KHAN: I believe the square is the heart of the town.\n"
    "DUNN: The square floods every winter.\n"
    "KHAN: Then the council should fix the drains.\n"
)
BIOGRAPHY_BORN = (
    "Maria Lind\n"
    "Maria Lind (born 4 May 1901) was a Swedish chemist.\n"
    "She published her theory of crystals in 1930.\n"
    "She proposed corrections to the tables of her teacher.\n"
    "She said that the tables were wrong.\n"
)
BIOGRAPHY_DATES = (
    "Tomas Okafor\n"
    "Tomas Okafor (12 March 1850 – 3 June 1921) was a Nigerian surveyor and writer.\n"
    "He wrote three books on rivers and praised the old maps of the coast.\n"
    "He argued that the delta was moving east.\n"
)
BIOGRAPHY_INFOBOX = (
    "Early life\n"
    "Born in Porto to a family of weavers, Ana Reis went to Paris in 1910 to study painting.\n"
    "She taught drawing for a decade and criticized the academy's hanging rules.\n"
    "She wrote that colour mattered more than line.\n"
)
NEWS = (
    "Council backs new bridge\n"
    "The city council voted on Tuesday to build a second bridge.\n"
    "The union criticized the new rota, and the mayor said the bridge would open in 2027.\n"
    "Residents asked whether the old bridge would close. Nobody answered.\n"
)
NEWS_WITH_A_QUESTION_AND_A_BIRTH = (
    "Mayor tells residents to expect delays\n"
    "The mayor warned on Monday that the works would last a year.\n"
    "Who will pay for it?\n"
    "The council denied the reports of a new tax.\n"
    "The mayor, born in 1961, said the city would borrow.\n"
    "Officials praised the plan.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (INTERVIEW_ANNOUNCED, "interview"),  # headline announces it, two questions
        (INTERVIEW_UNANNOUNCED, "interview"),  # three paragraphs of eight ask
        (INTERVIEW_QA, "interview"),  # turns labelled Q: and A:, no question mark
        (INTERVIEW_NAMES, "interview"),  # turns labelled by the speakers' names
        (BIOGRAPHY_BORN, "biography"),  # "(born 4 May 1901)"
        (BIOGRAPHY_DATES, "biography"),  # "(12 March 1850 – 3 June 1921)"
        (BIOGRAPHY_INFOBOX, "biography"),  # "Born in Porto"
        (NEWS, "news"),
        (NEWS_WITH_A_QUESTION_AND_A_BIRTH, "news"),  # one question; "born in 1961" no dates
        ("The union denied the rumours.", "news"),  # one sentence
    ],
)
def test_genre_is_read_from_the_form_of_the_text(text, expected):
    assert genre(text) == expected


def cues(result) -> list[str]:
    return [q.cue.text for q in result.quotes if q.cue is not None]


@pytest.mark.parametrize(
    "text, dropped, kept",
    [
        (BIOGRAPHY_BORN, ["published", "proposed"], ["said"]),
        (BIOGRAPHY_DATES, ["praised"], ["argued"]),
        (INTERVIEW_ANNOUNCED, ["criticized"], ["think"]),
        (INTERVIEW_UNANNOUNCED, ["praised"], ["believe"]),
    ],
)
def test_default_keeps_only_clausal_reports_in_interviews_and_biographies(
    run, monkeypatch, text, dropped, kept
):
    monkeypatch.delenv("CLAIMX_QUOTES", raising=False)
    default = cues(run(text))
    monkeypatch.setenv("CLAIMX_QUOTES", "all")
    every = cues(run(text))
    for cue in dropped:
        assert cue in every and cue not in default
    for cue in kept:
        assert cue in every and cue in default


@pytest.mark.parametrize(
    "text, cue",
    [
        (NEWS, "criticized"),
        (NEWS_WITH_A_QUESTION_AND_A_BIRTH, "denied"),
        ("The union denied the rumours.", "denied"),
    ],
)
def test_default_keeps_reports_of_a_noun_phrase_in_news(run, monkeypatch, text, cue):
    monkeypatch.delenv("CLAIMX_QUOTES", raising=False)
    assert cue in cues(run(text))
    monkeypatch.setenv("CLAIMX_QUOTES", "clauses")
    assert cue not in cues(run(text))
