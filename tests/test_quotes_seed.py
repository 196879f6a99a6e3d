"""The seed article read as an editor would: every speech act in it, with its speaker and cue."""

from __future__ import annotations

# (speaker, cue), in text order
SPEECH_ACTS = [
    ("Trump", "acknowledged"),
    ("Trump", "warned"),
    ("Zelenskyy", "emphasized"),
    ("The Ukrainian leader", "posted"),
    ("The Ukrainian leader", "stressing"),
    ("Russian officials", "have praised"),
    ("Foreign Minister Sergei Lavrov", "describing"),
]
#: verbs of the seed that are no speech act (a modifier, a purpose, an obligation, an action)
NOT_CUES = {"supporting", "to discuss", "discuss", "must decide", "decide", "set", "hosted"}


def _acts(result):
    return [
        (q.speaker.text if q.speaker else None, q.cue.text if q.cue else None)
        for q in result.quotes
    ]


def test_every_speech_act_is_found_in_order(seed_result):
    acts = _acts(seed_result)
    found = [a for a in acts if a in SPEECH_ACTS]
    assert found == SPEECH_ACTS


def test_no_false_cues(seed_result):
    assert not {cue for _, cue in _acts(seed_result)} & NOT_CUES


def test_contents(seed_result):
    by_cue = {q.cue.text: q for q in seed_result.quotes if q.cue}
    assert by_cue["acknowledged"].kind == "mixed"
    assert by_cue["acknowledged"].content.text == "“strong words” during these discussions"
    assert by_cue["warned"].content.text.startswith("“wasting time”")
    assert by_cue["posted"].content.text == "that this week could bring significant developments"
    assert by_cue["stressing"].content.text == "that peace has no alternative"
    assert by_cue["describing"].content.text.startswith("Trump as the only western leader")


def test_descriptions_resolve_to_the_person(seed_result):
    names = {a.id: a.name for a in seed_result.actors}
    for quote in seed_result.quotes:
        if quote.speaker and quote.speaker.text == "The Ukrainian leader":
            assert quote.actor is not None and "Zelenskyy" in names[quote.actor]
        if quote.speaker and quote.speaker.text == "Trump":
            assert quote.actor is not None and "Trump" in names[quote.actor]


def test_no_writers_inference_or_action_is_a_quote(seed_result):
    """The participles ", suggesting …" and ", signaling …" read the event before them (the
    writer's inference), and embracing an initiative is an action: nobody said them."""
    cues = {q.cue.text for q in seed_result.quotes if q.cue}
    assert not cues & {"suggesting", "signaling", "embraces"}


def test_every_quote_names_its_construction(seed_result):
    assert all(q.rule and q.rule.startswith("quote.") for q in seed_result.quotes)
