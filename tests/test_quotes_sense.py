"""Attribution, not any verb with an object: each category of non-attribution reading (two
invented sentences from different texts each) gives no quote on that cue, while the reporting
sense of the same verb still does. Also the confidence every quote carries and its threshold."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from claimx.cli import app

# (category, sentence, cue that must not be a quote's cue)
NOT_ATTRIBUTIONS = [
    ("perceived event", "The final weekend saw two old rivals face off in Berlin.", "saw"),
    (
        "perceived event",
        "The first week of the festival saw thousands of visitors crowd the old square.",
        "saw",
    ),
    ("appointment", "The young actor was cast as a grumpy ferryman in the new film.", "was cast"),
    ("appointment", "The retired judge was invited to return to the bench in spring.", "invited"),
    ("offered goods", "The market stalls offered cheap souvenirs to the tourists.", "offered"),
    ("offered goods", "The museum shop sells tickets for the summer concerts.", "sells"),
    ("activity", "She taught at the village school, where she met her husband.", "taught"),
    ("activity", "For years he taught in Lisbon, where the family had a small flat.", "taught"),
    ("living", "As a student he supported himself by washing dishes at night.", "supported"),
    ("living", "She supported herself as a waitress while she wrote her novel.", "supported"),
    ("competing", "The young chemist successfully defended her thesis in May.", "defended"),
    ("competing", "The champion defended his title against a younger boxer in Tokyo.", "defended"),
    (
        "writer's inference",
        "The minister cancelled the trip at short notice, suggesting deep tensions in the cabinet.",
        "suggesting",
    ),
    (
        "writer's inference",
        "The company hired two hundred engineers, signaling strong interest in the new market.",
        "signaling",
    ),
    ("perceived act", "Voters who hear him speak in person usually change their minds.", "hear"),
    (
        "perceived act",
        "Anyone who has heard the choir sing in the cathedral remembers it.",
        "heard",
    ),
    ("recipient", "The two cyclists had been denied visas by the embassy.", "denied"),
    ("recipient", "In the second half the goalkeeper was shown a red card.", "shown"),
    (
        "own object",
        "Both sisters were known for their wit, she particularly for her love of puns: they "
        "published a family history in 1950.",
        "published",
    ),
    (
        "own object",
        "The two painters were famous for their quarrels, he especially for his temper: they "
        "wrote a memoir together.",
        "wrote",
    ),
    ("time", "The award went to the poet, who spoke on Monday about her childhood.", "spoke"),
    ("time", "The ambassador, who spoke on Friday, praised the new treaty.", "spoke"),
    ("connective", "That said, the bakery still opens at six every morning.", "said"),
    ("connective", "That said, the team has improved a lot since the winter.", "said"),
    ("adopted course", "The town embraced the new recycling initiative last year.", "embraced"),
    ("adopted course", "Several schools have adopted the four-day week approach.", "adopted"),
    ("wanted thing", "The children saw the red kite and they wanted it at once.", "wanted"),
    ("wanted thing", "My aunt bought the old piano because she liked it so much.", "liked"),
    ("perceived act", "The guard saw them leaving the bank at dawn.", "saw"),
    ("perceived act", "She found him sleeping on the sofa after the party.", "found"),
    ("perceived act", "At college, the young singer found her calling as an actor.", "found"),
    ("habit", "I like to build most of the garden furniture myself.", "like"),
    ("habit", "On Sundays she loves to bake bread for the neighbours.", "loves"),
    ("exhibited", "In the final minutes the young player showed great courage.", "showed"),
    ("exhibited", "As a captain she displayed real leadership during the storm.", "displayed"),
    (
        "pronoun patient",
        "The harbour tax? That was discussed at length in the council.",
        "discussed",
    ),
    ("pronoun patient", "The new rota was fair, and this was accepted by most nurses.", "accepted"),
    ("unknowing", "I don't know if the old ferry will run again next year.", "know"),
    ("unknowing", "We're not sure which train the twins took on Sunday.", "sure"),
    ("unknowing", "I can't recall the names of the two drivers.", "recall"),
    ("unknowing", "I don't understand the new parking rules at all.", "understand"),
    ("unknowing", "We do not recall any complaints about the bakery.", "recall"),
    ("unknowing", "To be honest, I don't know about the new bus timetable.", "know"),
    ("unknowing", "We do not know about any plans for the old mill.", "know"),
    ("unknowing", "Some readers may not know exactly what the new probe is.", "know"),
    ("unknowing", "The tester doesn't know which dish holds which seed.", "know"),
    ("addressee", "Come round to the workshop tomorrow and I'll show you.", "show"),
    ("addressee", "If the children ask nicely, the keeper will show them.", "show"),
    ("discerned", "Can you tell whether the melon is ripe from its smell?", "tell"),
    ("discerned", "Even their mother could not tell which twin was which.", "tell"),
    ("interrogated", "Police questioned the student for two hours.", "questioned"),
    ("interrogated", "Detectives later questioned him about the fire.", "questioned"),
    ("withheld", "The embassy had been denying the cyclists entry for weeks.", "denying"),
    ("withheld", "Officials denied access to the flooded mine.", "denied"),
    ("claimed due", "She claimed asylum in Britain after the war.", "claimed"),
    ("claimed due", "Thousands of families are claiming benefits this winter.", "are claiming"),
    ("named", "The new footbridge is called Meridian.", "is called"),
    ("named", 'In the old abbey these little rooms were called "cells".', "were called"),
    ("for example", "Take, say, the harbour at Dover: it is full every summer.", "say"),
    ("for example", "Is the problem the price, say of bread and milk, or the wages?", "say"),
    ("for example", "Take say the harbour at Dover: the mayor wants a new wall.", "say"),
    ("for example", "Consider say the old mill by the river, which was sold in May.", "say"),
    ("summons", "When the crowd grew angry, the police were called in.", "called"),
    ("summons", "Heavy rain forced the referee to call off the final match.", "call"),
    (
        "cleft",
        "It was not until about forty years later, in 1921, that a Swiss chemist discovered the "
        "cause.",
        "discovered",
    ),
    ("common knowledge", "It was known that a falling body gains speed as it drops.", "known"),
    ("common knowledge", "By then it was already known that the comet is young.", "known"),
    ("question to the addressee", "Do you want to sell the old mill next year?", "want"),
    (
        "question to the addressee",
        "Can you explain more about the new ferry for our readers?",
        "explain",
    ),
    ("generic condition", "If you really want to avoid the queues, come before nine.", "want"),
    (
        "generic condition",
        "Whether you believe that story or not, the bridge is still closed.",
        "believe",
    ),
    (
        "passive modifier",
        "The vote was close, so the recount demanded by the losers will go ahead.",
        "demanded",
    ),
    (
        "passive modifier",
        "The law is not retroactive, so the fees requested in arrears from 2016 to 2019 come "
        "under the old scheme.",
        "requested",
    ),
    (
        "cleft",
        "It was only after the second flood, in 1953, that the engineers realised the danger.",
        "realised",
    ),
    (
        "standing in the writer's voice",
        "The chapel is widely regarded as the finest in the county.",
        "regarded",
    ),
    (
        "standing in the writer's voice",
        "The engineer was best recognized for her work on tidal mills.",
        "recognized",
    ),
    (
        "agentless passive before a colon",
        "The final was held last weekend: the home side lost by two goals.",
        "was held",
    ),
    (
        "agentless passive before a colon",
        "The tournament was held in Leeds this spring: twelve teams took part.",
        "was held",
    ),
    (
        "agentless passive before a colon",
        "In modern notation the rule is usually written: the force equals the mass times the "
        "acceleration.",
        "written",
    ),
    (
        "agentless passive before a colon",
        "In short form the law is written: the pressure falls as the speed rises.",
        "written",
    ),
]

# the reporting sense of the same verbs stays
STILL_ATTRIBUTIONS = [
    ("She saw that the gate had been left open.", "saw"),
    ("The neighbours heard that the mill would close.", "heard"),
    ("The union questioned the decision to close the mill.", "questioned"),
    ("After the match the striker was called a cheat.", "was called"),
    ("The guide told us whether the castle would open on Sunday.", "told"),
    ("The minister denied the report about the harbour deal.", "denied"),
    ("The driver claimed that the brakes had failed.", "claimed"),
    ("The group claimed responsibility for the fire at the depot.", "claimed"),
    ("The plan is dead, the minister told reporters.", "told"),
    ("The coach offered an apology to the fans after the match.", "offered"),
    ("He taught that every citizen owes the city a year of service.", "taught"),
    ("The mayor defended the budget in a long speech.", "defended"),
    ("The mayor said the bridge would reopen, suggesting that the repairs were over.", "said"),
    ("The ministers have embraced her idea of a shorter week.", "have embraced"),
    ("It was in 1921 that the chemist discovered that the water was poisoned.", "discovered"),
    ("The farmers want a fair price for their milk.", "want"),
    ("The minister did not know whether the ferry would run again.", "did not know"),
    ("I know that the ferry will run again next year.", "know"),
    ("The latest survey shows a sharp fall in rents.", "shows"),
    ("The decision was criticized by the teachers' union.", "was criticized"),
    ("The opposition called for new elections.", "called"),
    ("Do you think the ferry will run again next year?", "think"),
    ("It was reported that the ferry would run again.", "was reported"),
    ("The minister knew that the ferry would not run again.", "knew"),
    ("You wanted to sell the old mill last year.", "wanted"),
    ("It was announced on Monday: the bridge will close for a year.", "was announced"),
    ("The harbour is regarded by the council as a danger to swimmers.", "is regarded"),
    ("The mayor wrote on her blog: the bridge will close for a year.", "wrote"),
    ("The senator would like to see the harbour bill pass.", "would like"),
    ("The inquiry found that the pilot had been awake for a day.", "found"),
    ("Critics, convinced that the plan would fail, walked out of the hall.", "convinced"),
]


@pytest.mark.parametrize(("category", "text", "cue"), NOT_ATTRIBUTIONS)
def test_not_an_attribution(run, category, text, cue):
    cues = [q.cue.text for q in run(text).quotes if q.cue]
    assert not any(cue in c for c in cues), (category, cues)


@pytest.mark.parametrize(("text", "cue"), STILL_ATTRIBUTIONS)
def test_reporting_sense_stays(run, text, cue):
    cues = [q.cue.text for q in run(text).quotes if q.cue]
    assert any(c.startswith(cue) for c in cues), cues


def test_each_check_gate_lets_through_every_candidate_its_check_fires_on(run, monkeypatch):
    """`sense.CHECKS` names, beside each check, the constructions and cue lemmas it can fire on,
    and a candidate runs only the checks whose gate it passes. Every check is run here on every
    candidate of the sentences above: a check that fires where its gate would have kept it out
    means the gate is narrower than the check, and the check has silently stopped running."""
    from claimx.quotes import sense

    fired: list[tuple[str, str, str, bool]] = []

    def watched(name, check, rules, lemmas, rule, lemma):
        def run_check(tok, cand):
            hit = check(tok, cand)
            if hit:
                gate = (rules is None or rule in rules) and (lemmas is None or lemma in lemmas)
                fired.append((name, rule, lemma, gate))
            return hit

        return run_check

    def every_check(rule, lemma):
        return tuple(
            (name, watched(name, check, rules, lemmas, rule, lemma))
            for name, check, rules, lemmas in sense.CHECKS
        )

    monkeypatch.setattr(sense, "_checks_for", every_check)
    for text in [t for _, t, _ in NOT_ATTRIBUTIONS] + [t for t, _ in STILL_ATTRIBUTIONS]:
        run(text)
    assert len({name for name, *_ in fired}) >= 10  # the sentences reach most checks
    assert [f for f in fired if not f[3]] == []


def test_passive_by_keeps_speaker_and_content_apart(run):
    """ "X was described by Y as Z": Y is the speaker, X and Z the content."""
    for text, speaker, first, last in [
        (
            "The old harbour was described by one visitor as a jewel of the coast.",
            "one visitor",
            "The old harbour",
            "a jewel of the coast",
        ),
        (
            "The new stadium was described by the architect as a bowl of light.",
            "the architect",
            "The new stadium",
            "a bowl of light",
        ),
    ]:
        (quote,) = run(text).quotes
        assert quote.speaker is not None and quote.speaker.text == speaker
        parts = [p.text for p in quote.content_parts]
        assert parts[0] == first and parts[-1].endswith(last), parts
        assert all(speaker not in p for p in parts)


def test_every_quote_has_a_confidence_between_0_and_1(seed_result):
    assert seed_result.quotes
    for quote in seed_result.quotes:
        assert quote.confidence is not None and 0 <= quote.confidence <= 1


def test_min_confidence_leaves_out_quotes_below_it(nlp, seed_text):
    from claimx.actors import find_actors
    from claimx.api import extract_doc
    from claimx.nlp.chunking import parse
    from claimx.quotes import find_quotes

    doc = parse(nlp, seed_text)
    every = find_quotes(doc, find_actors(doc), min_confidence=0.0)
    scores = sorted(q.confidence or 0 for q in every)
    middle = scores[len(scores) // 2]
    kept = find_quotes(doc, find_actors(doc), min_confidence=middle)
    assert kept and len(kept) < len(every)
    assert all((q.confidence or 0) >= middle for q in kept)
    assert [q.id for q in kept] == [f"q{n + 1}" for n in range(len(kept))]
    assert extract_doc(doc).quotes  # the default threshold keeps the seed's reports


def test_cli_min_confidence(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMX_MIN_CONFIDENCE", raising=False)
    article = tmp_path / "a.txt"
    article.write_text(
        "The mayor said the bridge would reopen in May. “It is safe,” the engineer said.",
        encoding="utf-8",
    )
    runner = CliRunner()
    every = runner.invoke(app, ["extract", str(article), "--min-confidence", "0", "-q"])
    none = runner.invoke(app, ["extract", str(article), "--min-confidence", "1", "-q"])
    bad = runner.invoke(app, ["extract", str(article), "--min-confidence", "1.5", "-q"])
    os.environ.pop("CLAIMX_MIN_CONFIDENCE", None)
    assert every.exit_code == 0 and '"quotes": []' not in every.stdout
    assert none.exit_code == 0 and '"quotes": []' in none.stdout
    assert bad.exit_code == 2


def test_cli_quotes_notion_and_bad_settings_are_one_usage_error(tmp_path, monkeypatch):
    """`--quotes clauses` drops a report of a noun phrase; a bad --quotes, CLAIMX_QUOTES or
    CLAIMX_MIN_CONFIDENCE is refused once, before any document, not failed in each one."""
    monkeypatch.delenv("CLAIMX_MIN_CONFIDENCE", raising=False)
    monkeypatch.delenv("CLAIMX_QUOTES", raising=False)
    article = tmp_path / "a.txt"
    article.write_text(
        "The mayor said the bridge would reopen in May. The union criticized the new rota.",
        encoding="utf-8",
    )
    runner = CliRunner()
    every = runner.invoke(app, ["extract", str(article), "-q"])
    clauses = runner.invoke(app, ["extract", str(article), "--quotes", "clauses", "-q"])
    monkeypatch.setenv("CLAIMX_QUOTES", "all")  # the command wrote it for its workers
    assert every.exit_code == 0 and clauses.exit_code == 0
    assert len(json.loads(every.stdout)["quotes"]) == 2
    assert [q["cue"]["text"] for q in json.loads(clauses.stdout)["quotes"]] == ["said"]
    for option, env in (
        (["--quotes", "some"], {}),
        ([], {"CLAIMX_QUOTES": "some"}),
        ([], {"CLAIMX_MIN_CONFIDENCE": "high"}),
    ):
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        bad = runner.invoke(app, ["extract", str(article), *option, "-q"])
        assert bad.exit_code == 2 and len(bad.stderr.strip().splitlines()) == 1, bad.stderr
        assert bad.stdout == ""
        monkeypatch.delenv("CLAIMX_QUOTES", raising=False)
        monkeypatch.delenv("CLAIMX_MIN_CONFIDENCE", raising=False)
