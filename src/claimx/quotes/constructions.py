"""The quotes stage's constructions, registered by name with the sentences they were written for.

Each `quote.*` id is the `rule` of the quotes it finds; each `speaker.*` id names a way the
speaker of a cue is found (recorded with `note` when it fires). The examples are invented;
`tests/test_registry.py` runs claimx on every one of them.
"""

from __future__ import annotations

from claimx.rules.registry import declare

# -- reporting verbs (trigger: a verb of cue_verbs.txt / cue_frames.txt) --------------------------

VERB_CLAUSE = declare(
    "quote.verb-clause",
    trigger="VERB in cue_verbs.txt with a clausal complement (ccomp)",
    description="X said (that) ...: the complement clause is the content, the subject the speaker",
    examples=[
        "The harbour master said that the ferry would resume sailing on Monday.",
        "Residents believe the new bridge will ease traffic in the old town.",
    ],
)
VERB_INFINITIVE = declare(
    "quote.verb-infinitive",
    trigger="VERB with frame inf in cue_frames.txt",
    description="X promised to ...: the to-infinitive is the content",
    examples=[
        "The baker promised to reopen the shop before the winter holidays.",
        "The union threatened to strike if the wage talks collapse again.",
    ],
)
VERB_GERUND = declare(
    "quote.verb-gerund",
    trigger="VERB in cue_verbs.txt with a gerund clause (xcomp, VBG or having + VBN)",
    description="X denied taking ...: the gerund clause is the content, the subject the speaker",
    examples=[
        "The treasurer denied taking any money from the club accounts.",
        "The driver admitted having ignored the red light at the crossing.",
    ],
)
VERB_OBJECT_INFINITIVE = declare(
    "quote.verb-object-infinitive",
    trigger="VERB with frame objinf in cue_frames.txt",
    description="X urged Y to ...: the object and its to-infinitive are the content",
    examples=[
        "The coach urged the players to stay calm during the final minutes.",
        "The mayor asked residents to conserve water through the summer drought.",
    ],
)
VERB_PREPOSITION = declare(
    "quote.verb-preposition",
    trigger="VERB with frame prep in cue_frames.txt, and the named preposition",
    description="X called for ...: the preposition's object is the content, the preposition "
    "joins the cue",
    examples=[
        "The farmers called for an end to the import quotas on grain.",
        "Teachers have called for smaller classes in every primary school.",
    ],
)
VERB_DESCRIBED_AS = declare(
    "quote.verb-described-as",
    trigger="VERB with frame as in cue_frames.txt",
    description="X described Y as Z: the object and what it is described as are the content",
    examples=[
        "The critic described the new opera as a triumph of modest means.",
        "The auditor described the accounts as a mess of missing receipts.",
    ],
)
VERB_NAMING = declare(
    "quote.verb-naming",
    trigger="VERB with frame name in cue_frames.txt",
    description="X called Y Z: the object and the name given to it are the content",
    examples=[
        "The senator called the budget a disgrace to working families.",
        "The neighbours called the new tower an eyesore on the skyline.",
    ],
)
VERB_OBJECT = declare(
    "quote.verb-object",
    trigger="VERB with frame obj in cue_frames.txt",
    description="X criticized the plan: the direct object is the content",
    examples=[
        "The minister criticized the railway merger in a long speech.",
        "The fishermen condemned the new quota on herring.",
    ],
)
PARENTHETICAL = declare(
    "quote.parenthetical",
    trigger="VERB in cue_verbs.txt hung on the clause it reports (parataxis, ccomp)",
    description="The plan is dead, she said. / The plan, she said, is dead.",
    examples=[
        "The harvest, the farmers believe, will be the best in a decade.",
        "The road, the engineer said, will be repaired within a week.",
    ],
)
AS_PARENTHETICAL = declare(
    "quote.as-parenthetical",
    trigger="VERB of as-cues in quote_words.tsv with the mark 'as', hung on the clause it reports",
    description="As she said, the plan is dead. / The plan, as she noted, is dead.",
    examples=[
        "As the minister told the local paper, the new bridge will open in the spring.",
        "The harbour, as the mayor noted last week, needs a new wall.",
    ],
)
VERB_COLON = declare(
    "quote.verb-colon",
    trigger="VERB in cue_verbs.txt followed by a colon",
    description="X said: ...: what follows the colon is the content",
    examples=[
        "The captain wrote on his blog: The crossing was rough but the crew is safe.",
        "The principal announced on Monday: Every pupil gets a free lunch from next term.",
    ],
)
MADE_CLEAR = declare(
    "quote.made-clear",
    trigger="ADJ of clarity-adjectives in quote_words.tsv after the verb make, with a clause",
    description="X made (it) clear that ...: the clause is the content, make's subject the "
    "speaker, 'made (it) clear' the cue",
    examples=[
        "The coach made clear that he would stay for another season.",
        "The farmers made it plain that they would not sell their land.",
    ],
)
I_MEAN = declare(
    "quote.i-mean",
    trigger="VERB of reformulating-verbs in quote_words.tsv, first person present",
    description="I mean, ...: the speaker restating what they say; the clause it hangs on (or "
    "its that-clause) is the content",
    examples=[
        "Well, I mean there is certainly a lot of interest in the new bridge.",
        "I mean, the old ferry was always late and nobody wanted to use it.",
    ],
)
PASSIVE_OBJECT = declare(
    "quote.passive-object",
    patterns=["passive-agent"],
    trigger="passive VERB with frame obj, as or name in cue_frames.txt",
    description="The plan was praised by the mayor: the passive subject is the content, the "
    "agent of by the speaker",
    examples=[
        "The new library was praised by the mayor at the opening.",
        "The rescue plan was criticized by several opposition lawmakers.",
    ],
)

# -- other cue words -------------------------------------------------------------------------------

ACCORDING_TO = declare(
    "quote.according-to",
    patterns=["according-to"],
    trigger="according to (preposition-cues in quote_words.tsv)",
    description="According to X, ... / ..., according to X: the clause around it is the content",
    examples=[
        "According to the weather service, the storm will reach the coast tonight.",
        "The factory will hire two hundred workers, according to the company.",
    ],
)
IN_DOCUMENT = declare(
    "quote.in-document",
    trigger="in + a source document (source-documents in quote_words.tsv)",
    description="In the poll, ...: a poll, study or report is the source of its clause",
    examples=[
        "In the survey, most parents supported a later start to the school day.",
        "In a new study, researchers found that bees avoid treated fields.",
    ],
)
BY_RECKONING = declare(
    "quote.by-reckoning",
    trigger="by + a reckoning (source-reckonings in quote_words.tsv)",
    description="By one estimate, ...: an estimate or account is the source of its clause",
    examples=[
        "By one estimate, the flood destroyed four hundred homes in the valley.",
        "By some accounts, the festival drew more visitors than ever before.",
    ],
)
ADJECTIVE_CLAUSE = declare(
    "quote.adjective-clause",
    trigger="ADJ in cue_adjectives.txt predicated of a subject, with a clause",
    description="X is confident (that) ...: the clause is what the subject believes",
    examples=[
        "The organisers are confident that the marathon will go ahead.",
        "The farmer was sure the harvest would be late this year.",
    ],
)
ADJECTIVE_PREPOSITION = declare(
    "quote.adjective-preposition",
    trigger="ADJ in cue_adjectives.txt with a preposition (stance-preps in quote_words.tsv)",
    description="X is worried about ...: the preposition's object is the content",
    examples=[
        "The residents are worried about the noise from the new airport.",
        "The teachers were critical of the new exam timetable.",
    ],
)
HEDGE = declare(
    "quote.hedge",
    trigger="VERB of seeming (hedges in quote_words.tsv)",
    description="The plan seems risky: the writer's hedge, without a source",
    examples=[
        "The new ferry timetable seems too ambitious for the small crew.",
        "The old stadium appears ready for the opening match.",
    ],
)
IT_SEEMS = declare(
    "quote.it-seems",
    trigger="VERB of seeming (hedges in quote_words.tsv) with the subject 'it' and a clause",
    description="It seems (that) the plan is dead: the writer's hedge on the clause, which is "
    "the content; the one it seems so to ('it seemed to me that') is the source",
    examples=[
        "It seems the old ferry will not sail again before the spring.",
        "It now appears likely that the harbour wall will be rebuilt next year.",
    ],
)
HEARSAY_ADVERB = declare(
    "quote.hearsay-adverb",
    trigger="ADV of hearsay-adverbs in quote_words.tsv modifying a verb",
    description="The mayor allegedly took money: the clause around the adverb is what others "
    "say, without a source; the adverb is the cue",
    examples=[
        "The old ferry reportedly sank within minutes of leaving the harbour.",
        "The treasurer allegedly moved the club's savings into his own account.",
    ],
)
NOUN_COMPLEMENT = declare(
    "quote.noun-complement",
    trigger="NOUN in cue_nouns.txt with a that-clause or to-infinitive, and a source",
    description="Her warning that ...: the clause is the content, the possessor (or by/from X, "
    "or the doer of a light verb) the speaker",
    examples=[
        "The mayor's promise that the park would stay open pleased the residents.",
        "The firm made the claim that the product was safe for children.",
    ],
)
NOUN_TOPIC = declare(
    "quote.noun-topic",
    patterns=["noun-topic"],
    trigger="NOUN in cue_nouns.txt with a topic preposition (noun-topic-preps)",
    description="His remarks about ...: the topic of a noun of saying is the content",
    examples=[
        "The professor's remarks about the exam schedule upset the students.",
        "Her warning against the shortcut saved the hikers a long night.",
    ],
)
NOUN_UNSOURCED = declare(
    "quote.noun-unsourced",
    trigger="NOUN in cue_nouns.txt with a that-clause and no source",
    description="Allegations that ...: a report whose source the writer does not give",
    examples=[
        "Allegations that the mayor took bribes were never proven.",
        "Claims that the water was unsafe were later withdrawn.",
    ],
)

# -- quotation marks ------------------------------------------------------------------------------

DIRECT_NEAREST_CUE = declare(
    "quote.direct-nearest-cue",
    trigger="a quoted region of 4+ words and a VERB of cue_verbs.txt in its sentences",
    description="“...,” she said: a quote no reported-speech reading covers is attributed to "
    "the nearest cue verb",
    examples=[
        "“A total disgrace for the whole city,” one resident complained.",
        "“What a day for the whole village,” the baker said with a smile.",
    ],
)
DIRECT_COLON_NAME = declare(
    "quote.direct-colon",
    trigger="a quoted region after a short name and a colon at the start of a paragraph",
    description="Name: “...”: the name before the colon is the speaker",
    examples=[
        "The hall was full.\nLocal farmer Jane Morrow: “We cannot keep raising the rents.”",
        "The crowd grew quiet.\nFormer coach Ellis: “The boys played their hearts out tonight.”",
    ],
)
DIRECT_DASH = declare(
    "quote.direct-dash",
    trigger="a quoted region followed by a dash and a short name",
    description="“...” — Jane Doe: the name after the dash is the speaker",
    examples=[
        "“The sea always gives back what it takes.” — Martha Quill",
        "“Every village deserves a library and a doctor.” — Tom Berry",
    ],
)
DIRECT_COLON_CLAUSE = declare(
    "quote.direct-colon-clause",
    trigger="a quoted region after a colon ending a clause that names words said",
    description="She made the following comment: “...”: the clause's subject is the speaker",
    examples=[
        "The coach made a short statement: “We lost to a better team today.”",
        "The minister gave a brief answer: “We will not raise taxes this year.”",
    ],
)
TRANSCRIPT = declare(
    "quote.transcript",
    trigger="NAME: text at the start of a paragraph",
    description="A transcript or interview line: the name before the colon is the speaker",
    examples=[
        "Interview with a potter.\nMARY: I started making bowls when I was nine years old.",
        "Our talk with the coach.\nEllis: The new players have settled in very well indeed.",
    ],
)

# -- speakers (noted when they fire; the quote keeps the rule of its cue) --------------------------

SPEAKER_SUBJECT = declare(
    "speaker.subject",
    patterns=["subject"],
    trigger="the subject (nsubj) of the cue",
    description="X said ...: the cue's own subject is the speaker",
    examples=[
        "The harbour master said the ferry would resume sailing on Monday.",
        "Two farmers believe the drought will end soon.",
    ],
)
SPEAKER_PASSIVE_BY = declare(
    "speaker.passive-by",
    patterns=["passive-agent"],
    trigger="the object of the by-phrase (agent) of a passive cue",
    description="The plan was praised by X / it was reported by X that ...: the agent speaks; "
    "the passive subject is content, never the speaker",
    examples=[
        "The new library was praised by the mayor at the opening.",
        "The rescue plan was criticized by several opposition lawmakers.",
    ],
)
SPEAKER_COORDINATED = declare(
    "speaker.coordinated",
    trigger="a cue coordinated with (conj) or a complement (xcomp) of a verb with a subject",
    description="X arrived and said ... / X wants to say ...: the subject of the first verb",
    examples=[
        "The mayor arrived late and said the meeting would be short.",
        "The farmer smiled and said the harvest was the best in years.",
    ],
)
SPEAKER_PARTICIPLE = declare(
    "speaker.participle",
    trigger="a participial cue (advcl, acl, pcomp) hung on a clause or noun",
    description="..., stressing that ...: the speaker of the clause the participle hangs on",
    examples=[
        "The minister defended the budget, stressing that schools would not lose money.",
        "The coach praised his team, adding that the title was still possible.",
    ],
)
SPEAKER_RELATIVE = declare(
    "speaker.relative-pronoun",
    trigger="who/which as the subject of a cue in a relative clause",
    description="X, who said ...: the relative pronoun resolves through the noun it stands for",
    examples=[
        "The mayor, who said the bridge was safe, crossed it first.",
        "The engineers, who believe the dam is sound, gave evidence.",
    ],
)
SPEAKER_POSSESSOR = declare(
    "speaker.possessor",
    patterns=["possessor"],
    trigger="the possessor of a noun of saying (cue_nouns.txt)",
    description="X's warning that ...: the possessor is the speaker",
    examples=[
        "The mayor's promise that the park would stay open pleased the residents.",
        "Her claim that the letter was forged was never tested in court.",
    ],
)
SPEAKER_LIGHT_VERB = declare(
    "speaker.light-verb",
    patterns=["light-verb-noun"],
    trigger="the subject of a light verb (light-verbs in quote_words.tsv) whose object is a "
    "noun of saying",
    description="X made the claim that ...: the doer of the light verb is the speaker",
    examples=[
        "The firm made the claim that the product was safe for children.",
        "The mayor made a promise to reopen the pool by June.",
    ],
)
SPEAKER_BARE_FINITE = declare(
    "speaker.bare-finite",
    trigger="a finite cue verb the parse left without a subject, right after a name or pronoun",
    description="... the Gazette Smith said ...: the name right before the verb is the speaker",
    examples=[
        "Speaking to the Gazette Morrow said the mill would close.",
        "Asked about it on radio Berry said the shop would stay open.",
    ],
)
SPEAKER_BY_PHRASE = declare(
    "speaker.by-phrase",
    patterns=["by-from-source"],
    trigger="by/from X after a noun of saying (cue_nouns.txt)",
    description="The claim by X that ...: the object of by or from is the speaker",
    examples=[
        "The claim by the landlord that the flats were safe was rejected.",
        "A warning from the coastguard that the tide was rising reached the boats too late.",
    ],
)
