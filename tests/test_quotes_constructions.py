"""One row a construction of reported speech, with the speaker, cue, content parts and kind that
claimx must give; and rows of the same constructions that are not speech. All sentences are
invented for these tests."""

from __future__ import annotations

from tests.helpers import quote_rows, quote_table_tests

# (construction, text, [(speaker, cue, [content parts], kind)])
CASES = [
    (
        "that-clause hung on whom it was told",
        "The mayor warned residents that the old bridge was unsafe.",
        [("The mayor", "warned", ["that the old bridge was unsafe"], "indirect")],
    ),
    (
        "that-clause hung on whom it was told, assure",
        "The mayor assured residents that the water was safe to drink.",
        [("The mayor", "assured", ["that the water was safe to drink"], "indirect")],
    ),
    (
        "hearsay adverb",
        "The old ferry reportedly sank within minutes of leaving the harbour.",
        [
            (
                None,
                "reportedly",
                ["The old ferry", "sank within minutes of leaving the harbour"],
                "indirect",
            )
        ],
    ),
    (
        "hearsay adverb in a subordinate clause",
        "The treasurer resigned because he had allegedly moved the club's savings.",
        [(None, "allegedly", ["he had", "moved the club's savings"], "indirect")],
    ),
    (
        "made clear, the clause parsed as the adjective's subject",
        "The mayor made clear that the bridge was unsafe.",
        [("The mayor", "made clear", ["that the bridge was unsafe"], "indirect")],
    ),
    (
        "made plain, the clause parsed as the adjective's subject",
        "The union made plain that the strike would go ahead.",
        [("The union", "made plain", ["that the strike would go ahead"], "indirect")],
    ),
    (
        "gerund clause",
        "The treasurer admitted taking money from the club accounts.",
        [("The treasurer", "admitted", ["taking money from the club accounts"], "indirect")],
    ),
    (
        "gerund clause after to",
        "The treasurer confessed to lying about the club accounts.",
        [("The treasurer", "confessed to", ["lying about the club accounts"], "indirect")],
    ),
    (
        "gerund clause, perfect",
        "The senator recalled having seen the letter before the vote.",
        [("The senator", "recalled", ["having seen the letter before the vote"], "indirect")],
    ),
    (
        "direct, speaker after",
        "“We will rebuild the bridge by spring,” the mayor said.",
        [("the mayor", "said", ["We will rebuild the bridge by spring,"], "direct")],
    ),
    (
        "direct, inverted speaker",
        '"The talks were useful," said Maria Lopez, a trade negotiator.',
        [("Maria Lopez, a trade negotiator", "said", ["The talks were useful,"], "direct")],
    ),
    (
        "direct, interrupted by the attribution",
        "“The tolls are too high,” the baker said, “and nobody listens to us.”",
        [
            (
                "the baker",
                "said",
                ["The tolls are too high,", "and nobody listens to us."],
                "direct",
            )
        ],
    ),
    (
        "direct, going on after the attributing sentence",
        "“The harbour will close,” the minister said. “The fishermen will get help.”",
        [
            (
                "the minister",
                "said",
                ["The harbour will close,", "The fishermen will get help."],
                "direct",
            )
        ],
    ),
    (
        "direct, across paragraphs",
        "Olsen spoke at length.\n\n“The first winter was hard.\n\n“The second was worse,” "
        "Olsen said.",
        [("Olsen", "said", ["The first winter was hard.\n\n“The second was worse,"], "direct")],
    ),
    (
        "direct, colon attribution",
        "Jonas Berg told reporters: “The plan is dead. We start again tomorrow.”",
        [("Jonas Berg", "told", ["The plan is dead. We start again tomorrow."], "direct")],
    ),
    (
        "direct, dash attribution",
        "“Nobody asked the farmers what they wanted.” — Anna Weber",
        [("Anna Weber", "—", ["Nobody asked the farmers what they wanted."], "direct")],
    ),
    (
        "mixed quote runs to the end of the clause",
        "The governor acknowledged “serious mistakes” during the flood response.",
        [
            (
                "The governor",
                "acknowledged",
                ["“serious mistakes” during the flood response"],
                "mixed",
            )
        ],
    ),
    (
        "indirect, that-clause keeps the complementiser",
        "The union said that the strike would continue until Friday.",
        [
            (
                "The union",
                "said",
                ["that the strike would continue until Friday"],
                "indirect",
            )
        ],
    ),
    (
        "indirect, auxiliaries, negation and adverbs belong to the cue",
        "The company did not deny that it had closed the plant.",
        [("The company", "did not deny", ["that it had closed the plant"], "indirect")],
    ),
    (
        "indirect, report after its content",
        "The economy will grow next year, the central bank said on Tuesday.",
        [("the central bank", "said", ["The economy will grow next year"], "indirect")],
    ),
    (
        "indirect, prepositional cue",
        "The opposition called for an independent inquiry into the contract.",
        [
            (
                "The opposition",
                "called for",
                ["an independent inquiry into the contract"],
                "indirect",
            )
        ],
    ),
    (
        "according to",
        "According to the harbour authority, two ships ran aground overnight.",
        [
            (
                "the harbour authority",
                "According to",
                ["two ships ran aground overnight"],
                "indirect",
            )
        ],
    ),
    (
        "according to inside another report: a source of its own, not part of the content",
        "The mayor said that, according to the engineers, the bridge will close in May.",
        [
            (
                "The mayor",
                "said",
                ["that, according to the engineers, the bridge will close in May"],
                "indirect",
            ),
            ("the engineers", "according to", ["the bridge will close in May"], "indirect"),
        ],
    ),
    (
        "belief",
        "The coach believes the team can win the cup.",
        [("The coach", "believes", ["the team can win the cup"], "indirect")],
    ),
    (
        "participial cue shares the speaker",
        "The minister posted online that the talks had failed, stressing that the border "
        "stays open.",
        [
            ("The minister", "posted online", ["that the talks had failed"], "indirect"),
            ("The minister", "stressing", ["that the border stays open"], "indirect"),
        ],
    ),
    (
        "describing Y as Z",
        "The mayor praised the volunteers, with her deputy describing them as the heart of "
        "the town.",
        [
            ("The mayor", "praised", ["the volunteers"], "indirect"),
            ("her deputy", "describing", ["them as the heart of the town"], "indirect"),
        ],
    ),
    (
        "nominal cue with a possessive source",
        "The senator's warning that the dam could fail was ignored.",
        [("The senator's", "warning", ["that the dam could fail"], "indirect")],
    ),
    (
        "belief adjective",
        "The engineers are confident that the bridge will hold.",
        [("The engineers", "are confident", ["that the bridge will hold"], "indirect")],
    ),
    (
        "stance adjective with a prepositional object",
        "The farmers have been critical of the new water rules.",
        [("The farmers", "have been critical of", ["the new water rules"], "indirect")],
    ),
    (
        "question, its cue in the short sentence after it",
        "“Who will pay for the repairs?” the mayor asked.",
        [("the mayor", "asked", ["Who will pay for the repairs?"], "direct")],
    ),
    (
        "typewriter quotation marks",
        "''We expect a decision soon,'' said Ana Ruiz.",
        [("Ana Ruiz", "said", ["We expect a decision soon,"], "direct")],
    ),
    (
        "reporting verb with a colon and the quote in the next paragraph",
        "The minister wrote on Monday:\n\n“The border will stay open for trade.”",
        [("The minister", "wrote", ["The border will stay open for trade."], "direct")],
    ),
    (
        "object of a verb of showing",
        "The latest survey shows a close race in the state.",
        [("The latest survey", "shows", ["a close race in the state"], "indirect")],
    ),
    (
        "prepositional object of a verb of taking a position",
        "The senator voted against the budget in March.",
        [("The senator", "voted against", ["the budget"], "indirect")],
    ),
    (
        "agreeing with",
        "The farmers agreed with the ruling.",
        [("The farmers", "agreed with", ["the ruling"], "indirect")],
    ),
    (
        "passive with the source as agent",
        "The plan was praised by the mayor.",
        [("the mayor", "was praised", ["The plan"], "indirect")],
    ),
    (
        "passive without agent, with its ground",
        "The minister was accused of lying to parliament.",
        [(None, "was accused of", ["The minister", "lying to parliament"], "indirect")],
    ),
    (
        "passive expectation: the subject belongs to the content",
        "The vote is expected to pass next week.",
        [(None, "is expected", ["The vote", "to pass next week"], "indirect")],
    ),
    (
        "passive with an expletive subject",
        "It was reported that the river had flooded.",
        [(None, "was reported", ["that the river had flooded"], "indirect")],
    ),
    (
        "infinitive after an adjective takes the subject of the copula",
        "The mayor will not be able to boast about the budget.",
        [("The mayor", "will not be able to boast about", ["the budget"], "indirect")],
    ),
    (
        "an expletive subject is nobody",
        "It is worth noting that the river has flooded twice.",
        [(None, "is worth noting", ["that the river has flooded twice"], "indirect")],
    ),
    (
        "object without the writer's non-restrictive relative clause",
        "The farmers questioned the new dam, which the council approved in May.",
        [("The farmers", "questioned", ["the new dam"], "indirect")],
    ),
    (
        "object keeps its restrictive relative clause",
        "The farmers questioned the dam that the council approved in May.",
        [("The farmers", "questioned", ["the dam that the council approved in May"], "indirect")],
    ),
    (
        "coordinated bare verbs belong to the infinitive",
        "The mayor wants to close the bridge, build a tunnel and sell the ferry.",
        [
            (
                "The mayor",
                "wants",
                ["to close the bridge, build a tunnel and sell the ferry"],
                "indirect",
            )
        ],
    ),
    (
        "verb of attitude with its object",
        "The farmers despise the new water rules.",
        [("The farmers", "despise", ["the new water rules"], "indirect")],
    ),
    (
        "reported content going on in the quote after the attributing sentence",
        "The talks had failed, the minister said. “We start again tomorrow with new people.”",
        [
            (
                "the minister",
                "said",
                ["The talks had failed", "We start again tomorrow with new people."],
                "mixed",
            )
        ],
    ),
    (
        "a quote with a cue of its own after a reported content is not joined to it",
        "The talks had failed, the minister said.\n\n“We start again tomorrow with new people,” "
        "the mayor replied.",
        [
            ("the minister", "said", ["The talks had failed"], "indirect"),
            ("the mayor", "replied", ["We start again tomorrow with new people,"], "direct"),
        ],
    ),
    (
        "the time of saying right after the verb belongs to the cue",
        "The mayor said Monday that the bridge would reopen in May.",
        [("The mayor", "said Monday", ["that the bridge would reopen in May"], "indirect")],
    ),
    (
        "the occasion of saying right after the verb belongs to the cue",
        "The mayor said in an interview that the bridge would reopen in May.",
        [
            (
                "The mayor",
                "said in an interview",
                ["that the bridge would reopen in May"],
                "indirect",
            )
        ],
    ),
    (
        "a place is not part of the cue",
        "The mayor said in Boston that the bridge would reopen in May.",
        [("The mayor", "said", ["that the bridge would reopen in May"], "indirect")],
    ),
    (
        "a colon right after the verb belongs to the cue",
        "The mayor said: “The bridge will reopen in May.”",
        [("The mayor", "said:", ["The bridge will reopen in May."], "direct")],
    ),
    (
        "a cue verb the lemmatizer gets wrong ('hoped' as 'hop')",
        "The coach hoped the team would win the cup.",
        [("The coach", "hoped", ["the team would win the cup"], "indirect")],
    ),
    (
        "the writer's hedge: no source, the subject and what it seems",
        "The new bridge seems too expensive for the town.",
        [(None, "seems", ["The new bridge", "too expensive for the town"], "indirect")],
    ),
    (
        "hedge with an infinitive",
        "The mayor appears to have left the city.",
        [(None, "appears", ["The mayor", "to have left the city"], "indirect")],
    ),
    (
        "seeming before a reporting verb is part of its cue",
        "The mayor appeared to suggest that the bridge would close.",
        [("The mayor", "appeared to suggest", ["that the bridge would close"], "indirect")],
    ),
    (
        "dash attribution with a no-break space and a full stop",
        "“Nobody asked the farmers what they wanted.” ―\u00a0Anna Weber.",
        [("Anna Weber", "―", ["Nobody asked the farmers what they wanted."], "direct")],
    ),
    (
        "going on speaking",
        "“The road will stay closed until the spring floods are over,” the mayor continued.",
        [
            (
                "the mayor",
                "continued",
                ["The road will stay closed until the spring floods are over,"],
                "direct",
            )
        ],
    ),
    (
        "manner-of-speaking verb with the utterance as object",
        "The protesters chanted angry slogans.",
        [("The protesters", "chanted", ["angry slogans"], "indirect")],
    ),
    (
        "directive verb with object and infinitive",
        "The senator exhorted voters to stay home on Sunday.",
        [("The senator", "exhorted", ["voters to stay home on Sunday"], "indirect")],
    ),
    (
        "a quote running on past the clause keeps the words leading into it",
        "The mayor said that “the bridge will reopen in May, and the ferry will stop running "
        "then.”",
        [
            (
                "The mayor",
                "said",
                ["that “the bridge will reopen in May, and the ferry will stop running then.”"],
                "mixed",
            )
        ],
    ),
    (
        "the writer's aside between dashes is not part of the content",
        "The agency estimates that the top earners -- those with incomes above a million -- "
        "would pay more.",
        [("The agency", "estimates", ["that the top earners", "would pay more"], "indirect")],
    ),
    (
        "a reported content runs on into the quote it introduces",
        "The mayor said she remembered thinking, “This bridge will never be finished in my "
        "lifetime.”",
        [
            (
                "The mayor",
                "said",
                ["she remembered thinking, “This bridge will never be finished in my lifetime.”"],
                "mixed",
            )
        ],
    ),
    (
        "the object goes on with what the verb says of it",
        "The agency offers cheap loans to parents.",
        [("The agency", "offers", ["cheap loans to parents"], "indirect")],
    ),
    (
        "but not with the scene it was said in",
        "The mayor praised the plan during the meeting.",
        [("The mayor", "praised", ["the plan"], "indirect")],
    ),
    (
        "a clause without the writer's participle after it",
        "The mayor said the bridge would reopen in May, leaving the ferry without passengers.",
        [("The mayor", "said", ["the bridge would reopen in May"], "indirect")],
    ),
    (
        "a clause keeps a relative clause inside it",
        "The mayor said the bridge, which opened in 1950, would reopen in May.",
        [
            (
                "The mayor",
                "said",
                ["the bridge, which opened in 1950, would reopen in May"],
                "indirect",
            )
        ],
    ),
    (
        "verb of arguing with the issue as object",
        "Historians have long debated the causes of the flood.",
        [("Historians", "have long debated", ["the causes of the flood"], "indirect")],
    ),
    (
        "prepositional cue with what its object is called",
        "The governor went after the mayor as a fraud and a liar.",
        [("The governor", "went after", ["the mayor as a fraud and a liar"], "indirect")],
    ),
    (
        "prepositional cue without the time after its object",
        "The governor went after the mayor in May.",
        [("The governor", "went after", ["the mayor"], "indirect")],
    ),
    (
        "a raising verb and the report in its infinitive are one report",
        "The senators wanted to know who approved the deal.",
        [("The senators", "wanted to know", ["who approved the deal"], "indirect")],
    ),
    (
        "refusing to tell is one report",
        "The mayor refused to disclose the budget.",
        [("The mayor", "refused to disclose", ["the budget"], "indirect")],
    ),
    (
        "pointing out that ...",
        "The auditor pointed out that the budget was late.",
        [("The auditor", "pointed out", ["that the budget was late"], "indirect")],
    ),
    (
        "determining that ...",
        "The court determined that the bridge was unsafe.",
        [("The court", "determined", ["that the bridge was unsafe"], "indirect")],
    ),
    (
        "wanting a thing",
        "Most voters want lower taxes.",
        [("Most voters", "want", ["lower taxes"], "indirect")],
    ),
    (
        "understanding a thing",
        "The engineers understood the risk.",
        [("The engineers", "understood", ["the risk"], "indirect")],
    ),
    (
        "a short quote is speech when a verb of saying follows it",
        "“Why not?” she asked.",
        [("she", "asked", ["Why not?"], "direct")],
    ),
    (
        "calling on somebody to do something: the prepositional frame, with its object",
        "The senator called on the mayor to resign.",
        [("The senator", "called on", ["the mayor to resign"], "indirect")],
    ),
    (
        "nominal cue without a source",
        "Allegations that the mayor lied were dismissed.",
        [(None, "Allegations", ["that the mayor lied"], "indirect")],
    ),
    (
        "nominal cue as the object of a light verb: the doer is the source",
        "The mayor made the claim that the bridge was safe.",
        [("The mayor", "made the claim", ["that the bridge was safe"], "indirect")],
    ),
    (
        "nominal cue in a prepositional object: the doer is the source",
        "The unions persisted in arguments that wages were too low.",
        [("The unions", "arguments", ["that wages were too low"], "indirect")],
    ),
    (
        "possessed nominal cue with its topic",
        "The senator's remarks about the new dam surprised nobody.",
        [("The senator's", "remarks about", ["the new dam"], "indirect")],
    ),
    (
        "a clause without the writer's gloss on its last noun",
        "Critics say the money would be better spent on NATO, the alliance that includes most "
        "of Europe.",
        [("Critics", "say", ["the money would be better spent on NATO"], "indirect")],
    ),
    (
        "a coordinated verb that is no verb of saying stays in the content",
        "Police say the driver ignored the signal and refused to leave the car.",
        [
            (
                "Police",
                "say",
                ["the driver ignored the signal and refused to leave the car"],
                "indirect",
            )
        ],
    ),
    (
        "a coordinated verb of saying is the speaker's next report",
        "The mayor said the plan was wrong and warned that the bridge would fail.",
        [
            ("The mayor", "said", ["the plan was wrong"], "indirect"),
            ("The mayor", "warned", ["that the bridge would fail"], "indirect"),
        ],
    ),
    (
        "failing to say: the raising verb belongs to the cue",
        "The minister has failed to explain the delay.",
        [("The minister", "has failed to explain", ["the delay"], "indirect")],
    ),
    (
        "a poll as source: 'in' the document",
        "In the latest poll, the mayor led her rival by five points.",
        [("the latest poll", "In", ["the mayor led her rival by five points"], "indirect")],
    ),
    (
        "a participle of belief after the copula: the subject holds the belief",
        "We are convinced that the plan will fail.",
        [("We", "are convinced", ["that the plan will fail"], "indirect")],
    ),
    (
        "a clause about words, ending in a colon, introduces the quote",
        "The mayor made the following remark: “The bridge will reopen in May.”",
        [("The mayor", "made the following remark:", ["The bridge will reopen in May."], "direct")],
    ),
    (
        "a report inside a relative clause: the pronoun and what follows the cue",
        "The council approved the plan, which the mayor said was a mistake.",
        [
            ("The council", "approved", ["the plan"], "indirect"),
            ("the mayor", "said", ["which", "was a mistake"], "indirect"),
        ],
    ),
    (
        "an intention inside a relative clause",
        "The tax, which she plans to raise next year, is unpopular.",
        [("she", "plans", ["which", "to raise next year"], "indirect")],
    ),
    (
        "dash attribution after a no-break space following the quote",
        "“Nobody asked the farmers what they wanted.”\u00a0― Anna Weber",
        [("Anna Weber", "―", ["Nobody asked the farmers what they wanted."], "direct")],
    ),
    (
        "as somebody put it",
        "As the mayor put it, “nobody wants to pay for a bridge that goes nowhere.”",
        [
            (
                "the mayor",
                "put it",
                ["nobody wants to pay for a bridge that goes nowhere."],
                "direct",
            )
        ],
    ),
    (
        "a quoted title in the attributing sentence does not stop the quote going on",
        "“The bridge will reopen in May,” the mayor said on “Morning Talk.” “The ferry will "
        "stop running then.”",
        [
            (
                "the mayor",
                "said",
                ["The bridge will reopen in May,", "The ferry will stop running then."],
                "direct",
            )
        ],
    ),
    (
        "a clause content ends at a semicolon",
        "The mayor said the money was gone; the council disagreed.",
        [("The mayor", "said", ["the money was gone"], "indirect")],
    ),
    (
        "a clause content ends before the writer's concession",
        "The mayor said the bridge would reopen in May, although the council had not approved "
        "the money.",
        [
            ("The mayor", "said", ["the bridge would reopen in May"], "indirect"),
            ("the council", "had not approved", ["the money"], "indirect"),
        ],
    ),
    (
        "passive of a naming verb: the subject and its name",
        "The new plan was called a disaster.",
        [(None, "was called", ["The new plan", "a disaster"], "indirect")],
    ),
    (
        "passive of 'see as'",
        "The new plan is seen as a risk.",
        [(None, "is seen as", ["The new plan", "a risk"], "indirect")],
    ),
    (
        "comparing: the object and what it is compared to",
        "The governor likened the new tax to a robbery.",
        [("The governor", "likened", ["the new tax to a robbery"], "indirect")],
    ),
    (
        "by an estimate",
        "By one estimate, the flood destroyed three hundred homes.",
        [("one estimate", "By", ["the flood destroyed three hundred homes"], "indirect")],
    ),
    (
        "an object with its complement ends before the writer's relative clause",
        "The governor compared her troubles to those of the last mayor, who also ran into debt.",
        [
            (
                "The governor",
                "compared",
                ["her troubles to those of the last mayor"],
                "indirect",
            )
        ],
    ),
    (
        "an object with what is said of it and by how much",
        "The latest poll shows the mayor ahead by three points.",
        [("The latest poll", "shows", ["the mayor ahead by three points"], "indirect")],
    ),
    (
        "a subject the parse finds inside the quote is not the speaker; the name after the verb is",
        "“Full panic mode,” said Anna Weber, a union leader.",
        [("Anna Weber, a union leader", "said", ["Full panic mode,"], "direct")],
    ),
    (
        "a scare-quoted subject stays the speaker",
        "“Experts” said the bridge was safe.",
        [("Experts", "said", ["the bridge was safe"], "indirect")],
    ),
    (
        "naming with the ground of the name",
        "The governor called the mayor a disgrace over the bridge closure.",
        [("The governor", "called", ["the mayor a disgrace over the bridge closure"], "indirect")],
    ),
    (
        "an object with the that-clause the parse hung on the verb",
        "The senator echoed remarks by the mayor last week that the bridge was unsafe.",
        [
            (
                "The senator",
                "echoed",
                ["remarks by the mayor last week that the bridge was unsafe"],
                "indirect",
            )
        ],
    ),
    (
        "blaming something on something",
        "The mayor blamed the delay on the weather.",
        [("The mayor", "blamed", ["the delay on the weather"], "indirect")],
    ),
    (
        "made clear",
        "The coach made clear that he would stay for another season.",
        [("The coach", "made clear", ["that he would stay for another season"], "indirect")],
    ),
    (
        "made it plain",
        "The farmers made it plain that they would not sell their land.",
        [("The farmers", "made it plain", ["that they would not sell their land"], "indirect")],
    ),
    (
        "I mean, restating",
        "I mean, the old ferry was always late and nobody wanted to use it.",
        [("I", "mean", ["the old ferry was always late and nobody wanted to use it"], "indirect")],
    ),
    (
        "transcript colon",
        "HOST: Welcome back to the programme, and thank you for joining us tonight.",
        [
            (
                "HOST",
                ":",
                ["Welcome back to the programme, and thank you for joining us tonight"],
                "indirect",
            )
        ],
    ),
]

# (construction, text): nothing in these is a quote
NOT_QUOTES = [
    ("a participle of manner after a verb of the medium", "The mayor tweeted using his phone."),
    ("a participle of manner after posting", "The club posted using its new account."),
    ("scare quotes", "The so-called “reform” changed little in the region."),
    ("title of a work", "Her novel “The Long Winter” was published in May."),
    ("nickname", "Robert “Bobby” Jones arrived late to the meeting."),
    ("apostrophes", "The country’s leaders didn’t meet the farmers’ demands."),
    ("participial modifier", "The alliance supporting the rebels met in Oslo."),
    ("purpose infinitive", "Ministers will meet on Monday to discuss the budget."),
    ("stray mark", "A stray “ mark sits here. The council met on Monday."),
    ("no reporting verb", "The bridge was opened in May after two years of work."),
    ("passive of a verb that is not a cue", "The bridge was opened by the mayor in May."),
    ("voting for the first time", "She voted for the first time in Ohio."),
    ("a manner-of-speaking verb without an utterance", "The birds sang in the trees."),
    ("a relative clause without a report", "The plan, which was drawn up in May, failed."),
    ("a passive without a cue", "It was snowing when the bridge was built."),
    ("a possessed noun with 'of' is no topic", "The senator's view of the river was lovely."),
    ("'by' a time, not an estimate", "By noon, the flood had destroyed three hundred homes."),
    ("putting a thing somewhere", "She put it on the table."),
    (
        "a colon before a quoted item that nobody says",
        "The menu had three items: “soup of the day with bread”.",
    ),
    ("'in' a time, not a document", "In the morning, the mayor led the parade."),
    ("nominal cue with a topic but nobody's", "Questions about the dam remain."),
    ("a that-clause after a noun of no report", "The fact that it closed surprised nobody."),
    ("pointing at a place", "She pointed at the river."),
    ("imperative addressed to the reader", "Don't forget that the bridge closes at noon."),
    ("imperative of a belief verb", "Imagine that the bridge closes at noon."),
    ("continuing without speech", "The rain continued for three days after the storm."),
    ("a causative's small clause", "The rain made him seem older."),
    ("looking at something", "She looked at the river for an hour."),
    ("a verb that only looks like a cue", "The frogs hopped across the road."),
    ("clear water, nothing made clear", "The water in the bay was clear and cold."),
    ("meaning a word, not restating", "By cheap I mean under ten pounds."),
    (
        "a transcript heading without a verb",
        "Our talk with the potter.\nMary Quill: An interview with the potter, Monday, May 3",
    ),
    (
        "a transcript heading naming a date",
        "Notes from the harbour.\nTom Berry: A conversation on the quay, 12 June 2019",
    ),
]


test_construction, test_not_a_quote = quote_table_tests(CASES, NOT_QUOTES)


def test_report_inside_a_quote_is_part_of_it(run):
    text = "“I told them the plan would fail,” the engineer said."
    rows = quote_rows(run(text))
    assert rows == [("the engineer", "said", ["I told them the plan would fail,"], "direct")]


def test_quote_ids_follow_text_order(run):
    text = (
        "The union said the strike would go on. The company denied that wages were low. "
        "“We will talk again,” the mediator said."
    )
    quotes = run(text).quotes
    assert [q.id for q in quotes] == ["q1", "q2", "q3"]
    assert [q.content.start for q in quotes] == sorted(q.content.start for q in quotes)


def test_speaker_links_to_actor(run):
    text = "Maria Lopez arrived on Monday. Lopez said the talks had gone well."
    result = run(text)
    (quote,) = result.quotes
    assert quote.speaker is not None and quote.speaker.text == "Lopez"
    actor = next(a for a in result.actors if a.id == quote.actor)
    assert "Lopez" in actor.name


def test_a_planned_purpose_is_still_no_quote(run):
    """ "will travel to Leeds to praise ...": a plan, not an act told of; the past one is
    ("travelled to Leeds to praise the players" has the coach as speaker)."""
    quotes = run("The coach will travel to Leeds next week to praise the young players.").quotes
    assert all(q.speaker is None for q in quotes)
