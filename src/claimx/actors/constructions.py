"""The actor relations claimx knows, one registered construction each (`claimx rules`).

Each entry names a way two spans are found to be one actor, or a span is found to be an actor;
the code that implements it calls `note(ID)` when it fires, and tests/test_registry.py runs claimx
on every example and checks that it did. The examples are sentences written for the entries.
Entries whose code lives in one module only (the linker, interview turns, kinds, predicate nouns,
line breaks) are declared in that module.
"""

from __future__ import annotations

from claimx.rules.registry import declare

APPOSITION = declare(
    "actor.apposition",
    trigger="a noun in apposition to a name, or a name in apposition to a noun (or to the "
    "'of' phrase of a noun for a person: 'the chair of Nordlink, Jan Smit')",
    description="'Jane Doe, the club's treasurer' / 'the treasurer, Jane Doe': the noun phrase "
    "is a mention of the named actor",
    examples=[
        "Maren Holt, the club's treasurer, resigned on Friday.",
        "The new coach, Ivo Brankovic, arrived in Split on Monday.",
        "I met the president of Estonia, Mari Tamm, in Tallinn last year.",
    ],
)
TITLE_NAME = declare(
    "actor.title-name",
    trigger="a title word or a role noun before a person's name",
    description="'President Jane Doe', 'the match referee John Doe': the title belongs to the "
    "person; the title and name are one mention",
    examples=[
        "Senator Olga Ferreira voted against the bill.",
        "Mayor Tomasz Wilk opened the new library in Gdansk.",
    ],
)
ACRONYM_IN_BRACKETS = declare(
    "actor.acronym-in-brackets",
    trigger="a capitalised short name in brackets right after a name",
    description="'NFB (National Farmers Board)', 'the Union of Growers (UG)': the bracketed form "
    "is the same actor as the name before it, unless one names a person and the other not "
    "('Letters from the Cellar (Petrovsky)': an author)",
    examples=[
        "The WDC (Western Dairy Council) voted on Monday. The WDC wants higher prices.",
        "Staff of the FRB (Fjord Rescue Board) were praised.",
    ],
)
INITIALISM = declare(
    "actor.initialism",
    trigger="an all-capital name whose letters are the initials of a known body's name",
    description="'National Farmers Board' ... 'NFB': the initialism is the same actor",
    examples=[
        "The National Farmers Board met on Monday. Later the NFB issued a statement.",
        "The Coastal Water Agency raised fees. Critics said the CWA had not consulted them.",
    ],
)
CAPITAL_FOR_COUNTRY = declare(
    "actor.capital-for-country",
    trigger="a capital or a seat of government acting, in a story that names its country",
    description="'Moscow rejected the offer' (Russia named in the story): the capital stands "
    "for the state",
    examples=[
        "Russia sent a note to Norway. Moscow rejected the offer on Tuesday.",
        "Japan and Peru signed a deal. Later Tokyo announced new tariffs.",
    ],
)
COUNTRY_TEAM = declare(
    "actor.country-team",
    trigger="a country named as a side in two or more contests",
    description="'Sweden beat Chile ... Sweden drew with Peru': a national team, an organisation",
    examples=[
        "Sweden beat Chile 2-0 on Monday. On Friday Sweden drew with Peru.",
        "Ghana defeated Norway in the opener, and Ghana then beat Japan 3-1.",
    ],
)
HONOUR_WINNER = declare(
    "actor.honour-winner",
    trigger="an honour written as a name ('Player of the Match') given to someone",
    description="the honour refers to its winner, not to an actor of its own",
    examples=[
        "Lena Park was named Player of the Match after the final.",
        "Tomas Riva won the Man of the Match award for his two goals.",
    ],
)
SURNAME = declare(
    "actor.surname",
    trigger="a one-word name that is the surname or given name of a person already named",
    description="'Maria Castellano ... Castellano said': the short form is the same person",
    examples=[
        "Maria Castellano opened the meeting. Castellano said the budget was final.",
        "Peter Oduya runs the clinic. Oduya said it sees fifty people a day.",
    ],
)
PRONOUN = declare(
    "coref.pronoun-salience",
    trigger="a third-person pronoun (he, she, they, it, his, her, their, its)",
    description="the pronoun refers to the most salient earlier actor that agrees with it in "
    "gender and number and is not bound in its own clause",
    examples=[
        "Ruth Calder opened the bridge. She said it had been tested for months.",
        "The Harbour Board met on Monday. It said its budget was balanced.",
    ],
)
REFLEXIVE = declare(
    "coref.reflexive",
    trigger="a reflexive pronoun (himself, herself, themselves)",
    description="a reflexive refers to the subject of its own clause",
    examples=[
        "Anna Berg described herself as a cautious optimist.",
        "Mayor Leo Santos blamed himself for the delay.",
    ],
)
DESCRIPTION = declare(
    "coref.definite-description",
    trigger="a definite noun phrase headed by a noun for a person, a body or a place",
    description="'the minister', 'the company': the most salient earlier actor the noun fits",
    examples=[
        "Acme Motors cut 300 jobs. The company said sales had fallen.",
        "Minister Karin Olsen arrived late. The minister apologised to reporters.",
    ],
)
THEIR_COUNTRY = declare(
    "coref.their-country",
    trigger="'their/his/her country' after a pronoun resolved to an actor of one country",
    description="the country of whoever the possessive pronoun refers to",
    examples=[
        "The Chilean team arrived late. The team said their country had paid for the trip.",
        "The Danish team lost. They said their country deserved better.",
    ],
)
FIRST_PERSON_IN_QUOTE = declare(
    "coref.first-person-in-quote",
    trigger="I, me, my (we, us, our) inside a quotation with a known speaker",
    description="first person inside a quote refers to its speaker (we: the speaker's body)",
    examples=[
        '"I will not resign," said Mayor Ruth Calder.',
        'Peter Oduya said: "My clinic needs more nurses."',
    ],
)
SPOKESPERSON = declare(
    "coref.spokesperson-for",
    trigger="a spokesman, spokeswoman or representative 'for/of' a named body",
    description="the speaker stands for the body named after 'for' or 'of'",
    examples=[
        'Acme Motors cut jobs. "Sales fell," a spokesman for Acme Motors said.',
        'The Harbour Board met. "We are on budget," said a spokeswoman for the Harbour Board.',
    ],
)
PEOPLE_GROUP = declare(
    "actor.people-group",
    trigger="a plural noun for people ('the authors', 'local residents') as the subject of a "
    "verb of saying or of a stance",
    description="an unnamed group of its own, so that a later 'they' refers to it; later plural "
    "phrases with the same noun are the same group (not 'some residents', 'two authors')",
    examples=[
        "The Harbour Board raised fees in May. Local residents say the plan is unfair. They "
        "call for a public vote.",
        "Acme Motors published a study on Monday. The study's authors warn that roads are unsafe. "
        "They urge the city to act.",
    ],
)
REPORTED_IT = declare(
    "coref.reported-it",
    trigger="'it' as the subject of a clause that a verb of saying governs, whose subject is a "
    "body or a country",
    description="'Acme said it would appeal': 'it' is the body that says it (not a dummy 'it' "
    "as in 'it was unclear whether')",
    examples=[
        "The Harbour Board said on Monday that it would raise fees in May.",
        "Norway announced it had signed the treaty.",
    ],
)
INVERTED_NAME = declare(
    "actor.inverted-name",
    trigger="'Surname, Given.' opening a line of a list",
    description="a surname, a comma and given names, as in a list of books or a bibliography, "
    "is one person's name",
    examples=[
        "My favourite books:\nBronte, Emily. Wuthering Heights\nDickens, Charles. Bleak House",
        "Further reading\nHolm, Karin and Berg, Anna. A History of Lund (1990)",
    ],
)
PERSON_AFTER_BODY = declare(
    "actor.person-after-body",
    trigger="an organisation's 'of'/'on'/'for' name run into a given name and surname, or into "
    "any two names after a plural that ends it ('... Affairs', '... Workers')",
    description="'the Council on Fair Trade Lena Varga said': the body's name ends where a "
    "given name opens the name of the person after it",
    examples=[
        "A spokesperson for the Council on Fair Trade Lena Varga said the rules were unfair.",
        "Head of the Committee on Road Safety David Moran said the road was closed.",
        "A spokesman for the Union of Dock Workers Oluwaseun Bello said the strike would go on.",
        "A spokesman for the Society of Independent Brewers Kofi Mensah said the tax was unfair.",
    ],
)
CITY_IN_NAME = declare(
    "actor.city-in-name",
    trigger="a city of models/cities.txt opening the name of a team, a body, an event or a "
    "building ('Leeds Rhinos', 'Kyoto University', 'Cannes Film Festival')",
    description="the city a team, event or institution is named after is a place actor of its "
    "own, its mention nested in the longer name",
    examples=[
        "The Leeds Rhinos beat the Wigan Warriors on Friday.",
        "She studied at Kyoto University before moving to Lyon.",
        "The film won the top prize at the Venice Film Festival last year.",
    ],
)
PLACE_AFTER_COMPASS = declare(
    "actor.place-after-compass",
    trigger="a name opening with a word for a direction before a place the article names "
    "('East L.A.', 'North Dublin')",
    description="the place named after the direction word is a mention of that place, nested in "
    "the name of its part",
    examples=[
        "Dublin voted on Friday. Fewer people voted in North Dublin than in the city centre.",
        "Crime fell in Los Angeles last year, the police said. East L.A. saw the largest drop.",
    ],
)
CITY_FOR_TEAM = declare(
    "actor.city-for-team",
    trigger="a city's name alone after 'for', 'with' or 'against' where the article names one "
    "team or body after that city",
    description="the city stands for the team or body named after it ('he played ten games for "
    "Leeds' after 'the Leeds Rhinos'); the city's other mentions stay the city's",
    examples=[
        "The Leeds Rhinos signed Tom Vance in 2010. He played ten games for Leeds that year.",
        "The Denver Falcons signed Ana Ruiz in May. She scored twice against Boston, then twice "
        "more with Denver.",
    ],
)
CITY_FOR_UNIVERSITY = declare(
    "actor.city-for-university",
    trigger="a city's name alone after 'at' in a sentence about teaching, study or research, "
    "where the article names one university after that city",
    description="the city stands for its university ('he began research at Uppsala' after "
    "'Uppsala University'); the city's other mentions stay the city's",
    examples=[
        "Lena Brandt joined Uppsala University in 2001. She had taught at Uppsala before, and "
        "Uppsala itself was her home town.",
        "Mira Kolar won a place at Zagreb University in 1988. Her research at Zagreb was on "
        "rivers, and she liked to walk in Zagreb.",
    ],
)
PRONUNCIATION = declare(
    "actor.pronunciation",
    trigger="a bracketed pronunciation in the phonetic alphabet right after a person's name, "
    "after a language name or 'pronunciation' ('(Swedish: [ˈɔːsa])')",
    description="the pronunciation is a mention of the person named before it, as in the "
    "opening line of an encyclopaedia biography",
    examples=[
        "Åsa Lindgren (Swedish: [ˈoːsa ˈlɪndɡreːn]; born 1961) is a Swedish architect.",
        "Pierre Dufour (French pronunciation: [pjɛʁ dyfuʁ]) was a painter from Lyon.",
    ],
)
RELATIVE_APART = declare(
    "actor.relative-apart",
    trigger="a name after a noun for a relative, sharing a surname that stands alone elsewhere",
    description="a relative named in full ('his eldest son Piotr Kowalczyk') is never linked to "
    "the surname alone, which goes on meaning the article's subject",
    examples=[
        "Raised in Gdansk, Kowalczyk moved to Paris in 1931 to study physics. Kowalczyk taught "
        "there for ten years. His eldest son Piotr Kowalczyk became a singer. Kowalczyk died "
        "in 1990.",
        "Raised in Porto, Sousa moved to Lisbon in 1950 to study law. Sousa wrote four novels. "
        "Her younger brother Rui Sousa was a painter. Sousa died in 2001.",
    ],
)
BODY_SHORT_NAME = declare(
    "actor.body-short-name",
    trigger="a one-word name labelled a person that opens the name 'X University' or 'X College'",
    description="a university or college called by its first word ('Keller' after 'Keller "
    "College') is that body, though the recogniser took the word for a person's name",
    examples=[
        "Tomas Reyes enrolled at Mercer University in 2009. One pick later the club took his "
        "Mercer teammate Sam Ortiz.",
        "Ines Pardo transferred to Keller College in 2012. Her Keller coach praised her.",
    ],
)
