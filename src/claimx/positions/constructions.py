"""The positions stage's registered constructions (`claimx rules --stage positions`).

Each id names one way a position or its holder is recognised; the code that implements it (in
`cues` and `holders`) sets the id as the position's `rule` and calls `note(id)` when it fires.
Examples are invented sentences, at least two from different sentences per entry.
"""

from __future__ import annotations

from claimx.rules.registry import declare

# -- stance verbs, by voice and clause type -------------------------------------------------------
STANCE_VERB = declare(
    "position.stance-verb",
    trigger="VERB in stance_verbs.tsv (frames obj, clause)",
    description="the subject supports or opposes the verb's object or that-clause",
    examples=[
        "Senator Maria Lopez supports the new tax plan.",
        "The European Commission rejected the proposal on Tuesday.",
    ],
)
VERB_PREPOSITION = declare(
    "position.stance-verb-preposition",
    trigger="VERB in stance_verbs.tsv with a p:PREP frame",
    description="the object of the verb's preposition is the target (call for, object to, warn "
    "against)",
    examples=[
        "Union leader Paul Green called for a higher minimum wage.",
        "Hungary warned against sending troops to the border.",
    ],
)
VERB_PASSIVE = declare(
    "position.stance-verb-passive",
    patterns=["passive-agent"],
    trigger="passive VERB in stance_verbs.tsv with a by-agent",
    description="the by-agent holds the stance toward the passive subject (or the noun a "
    "participle modifies)",
    examples=[
        "The new pipeline was backed by the World Bank.",
        "The plan, endorsed by Canada, passed.",
    ],
)
VERB_RELATIVE = declare(
    "position.stance-verb-relative",
    trigger="VERB in stance_verbs.tsv heading a relative clause",
    description="a relative pronoun object: the target is the antecedent noun phrase",
    examples=[
        "Canada condemned the attack, which Mexico praised.",
        "The union published a pay offer which the Royal College of Nursing has rejected.",
    ],
)
VERB_PARTICIPLE = declare(
    "position.stance-verb-participle",
    trigger="VERB in stance_verbs.tsv as a present participle after a noun",
    description="the noun the participle modifies is the holder (the coalition supporting X)",
    examples=[
        "The alliance supporting the rebels met in Oslo on Monday.",
        "The Green Party, opposing the merger, held a rally in Leeds.",
    ],
)
DOCUMENT_PARTICIPLE = declare(
    "position.document-participle",
    trigger="VERB in stance_verbs.tsv as a present participle after a noun of role 'document' "
    "in stance_operators.tsv (resolution, statement, letter, decree)",
    description="a text that calls for or condemns something speaks for its authors: the "
    "possessor, a named modifier, a from/by phrase, or the subject of the verb issuing it",
    examples=[
        "The UN Security Council passed a resolution calling for an immediate ceasefire.",
        "The union issued a statement condemning the attack on the depot.",
        "Mayor Anna Berg's letter urging the council to reopen the school was read aloud.",
    ],
)
DIRECTIVE = declare(
    "position.directive",
    trigger="VERB in stance_verbs.tsv with an objinf frame (urge, ask, plead, call on, order)",
    description="the requested action is the target; a negated request opposes it; in the "
    "passive the by-agent asks ('was asked by X to stay'; no by-agent, no holder)",
    examples=[
        "Governor Tom Reed urged lawmakers to pass the budget.",
        "The troops were ordered by General Omar Haddad to leave the city.",
        "The workers were urged by Senator Maria Lopez to end the strike.",
        "Governor Tom Reed asked ministers not to close the border.",
        "Canada called on Mexico to raise tariffs.",
        "Canada pleaded with Mexico to lift the tariffs.",
    ],
)
IMPERATIVE = declare(
    "position.imperative",
    trigger="a base-form VERB heading a quoted or answered clause with no subject (not a way of "
    "speaking: role 'discourse' in stance_operators.tsv)",
    description="“Close the mine!”: the speaker supports the action; “Don't raise the fees”: "
    "opposes it",
    examples=[
        "“Don't close the village school,” Mayor Anna Berg told the council.",
        "“Please cut the bus fares before the winter,” said Senator Maria Lopez.",
    ],
)
HOPED = declare(
    "position.hoped",
    trigger="ADV hopefully on a clause whose subject is not the speaker",
    description="“Hopefully the council will reopen the school”, said by a holder: the speaker "
    "wishes for the clause (against it when negated)",
    examples=[
        "“Hopefully the council will reopen the village school,” said Mayor Anna Berg.",
        "Coach Sam Taylor said that hopefully the club would keep its young players.",
    ],
)
REFUSAL = declare(
    "position.refusal",
    trigger="VERB in stance_verbs.tsv with an inf frame (refuse, decline)",
    description="refusing an action opposes it",
    examples=[
        "Acme Corp refused to sign the new contract.",
        "Mayor Anna Berg refused to lower the parking fees.",
    ],
)
DESIRE = declare(
    "position.desire",
    trigger="VERB in stance_verbs.tsv with the desire frame (want, wish, hope, would like to)",
    description="wishing for an action supports it (the guideline's desire and interest); a "
    "way of speaking ('I want to say') takes no side",
    examples=[
        "Acme Corp wants to reopen the old copper mine.",
        "Mayor Anna Berg hopes to build a new harbour next year.",
        "“We would like to see more buses in the village,” said Senator Maria Lopez.",
    ],
)
DENIAL = declare(
    "position.denial",
    trigger="VERB deny",
    description="denying an accusation or a claim opposes it",
    examples=[
        "Acme Corp denied the accusations.",
        "Senator Maria Lopez denied the charges on Friday.",
    ],
)
PSYCH_VERB = declare(
    "position.psych-verb",
    trigger="VERB in stance_verbs.tsv with the stim frame (alarm, anger, please)",
    description="an emotion verb: the experiencer holds the stance toward the stimulus",
    examples=[
        "The new tariff alarmed Canada.",
        "Mexico backed the tariff, which alarmed Canada.",
    ],
)
# -- stance nouns ---------------------------------------------------------------------------------
STANCE_NOUN = declare(
    "position.stance-noun",
    patterns=["possessor", "possessor-nmod"],
    trigger="NOUN in stance_nouns.tsv with a possessor or a named modifier",
    description="X's opposition to Y, X's call for Y: the possessor holds the stance",
    examples=[
        "Germany's opposition to the pipeline hardened last week.",
        "The union's call for a strike surprised nobody.",
    ],
)
AGENT_NOUN = declare(
    "position.stance-agent-noun",
    trigger="NOUN in stance_nouns.tsv marked agent (advocate, supporter, opponent, critic)",
    description="X is an advocate for Y / X, a critic of Y: X holds the stance toward Y",
    examples=[
        "Senator Maria Lopez is a strong advocate for the new tax plan.",
        "Mayor Anna Berg was one of the first opponents of the bypass.",
    ],
)
NOUN_AGENT_PHRASE = declare(
    "position.stance-noun-agent-phrase",
    trigger="NOUN in stance_nouns.tsv with an of- or from-phrase naming an actor (one that is "
    "not the noun's target)",
    description="the opposition of X to Y, criticism from X; in a concessive phrase (despite, "
    "over, against, with) the target is what the main clause does",
    examples=[
        "The council approved the new road over the objections of Greenpeace.",
        "Several towns started taxing church schools, despite the resistance of the Vatican.",
        "The strike went ahead despite strong opposition from the Labour Party.",
    ],
)
NOUN_LIGHT_VERB = declare(
    "position.stance-noun-light-verb",
    trigger="NOUN in stance_nouns.tsv as object of a light verb (stance_operators.tsv)",
    description="voiced support for Y, expressed interest in Y: the light verb's subject holds it",
    examples=[
        "The Red Cross voiced support for the ceasefire.",
        "Canada expressed interest in a second loan.",
    ],
)
NOUN_RECEIVED = declare(
    "position.stance-noun-received",
    trigger="NOUN in stance_nouns.tsv as object of a verb of receiving",
    description="Y received support from X: X holds the stance toward Y",
    examples=[
        "The strikers received support from Canada.",
        "The proposal won backing from the World Bank.",
    ],
)
IN_FAVOUR = declare(
    "position.in-favour-of",
    patterns=["in-favour-of", "in-favour-of-coordinated"],
    trigger="NOUN favour/favor/defence/defense after 'in', with an of-phrase",
    description="voted in favour of Y, spoke in defence of Y: the verb's subject supports Y",
    examples=[
        "Senator Maria Lopez voted in favour of the bill.",
        "Mayor Anna Berg spoke in defence of the new bypass.",
    ],
)
# -- adjectives and evaluation --------------------------------------------------------------------
DEFENCE = declare(
    "position.defence",
    trigger="NOUN defence after 'to' on a verb of coming (came, rose, rushed to the defence of), "
    "or 'in X's defence'",
    description="X came to the defence of Y: X supports Y; “In Y's defence, ...” said by X: X "
    "supports Y",
    examples=[
        "Mayor Tom Reed came to the defence of the new head teacher.",
        "The Green Party rushed to the defence of Senator Maria Lopez.",
        "“In Anna Berg's defence, she had only two weeks,” said Senator Maria Lopez.",
    ],
)
STANCE_ADJECTIVE = declare(
    "position.stance-adjective",
    trigger="ADJ of kind 'holder' in stance_adjectives.tsv (critical of, against, opposed to)",
    description="the copula's subject holds the stance toward the adjective's complement",
    examples=[
        "Professor Jane Hill is critical of the reform.",
        "Senator Maria Lopez is against the bill.",
    ],
)
EMOTIONAL_REACTION = declare(
    "position.emotional-reaction",
    trigger="ADJ of emotion in stance_adjectives.tsv (disappointed with, pleased with)",
    description="an emotional reaction aimed at a target: disappointed → oppose, pleased → support",
    examples=[
        "Coach Sam Taylor said he was disappointed with the referee's decision.",
        "Senator Maria Lopez is pleased with the result.",
    ],
)
COPULAR_EVALUATION = declare(
    "position.copular-evaluation",
    trigger="ADJ or NOUN of strong polarity (VADER lexicon) predicated of a subject",
    description="X is a disgrace / X was ground-breaking, said by a holder (a quote or a "
    "reported clause), never the narrator",
    examples=[
        "“This law is unacceptable,” said Senator Maria Lopez.",
        "“The new bridge is a wonderful gift to our town,” Mayor Anna Berg said.",
    ],
)
VERBLESS = declare(
    "position.verbless-evaluation",
    trigger="ADJ or NOUN of strong polarity (VADER lexicon) heading a verbless quoted fragment, "
    "or modifying its noun",
    description="“A disgrace,” she said of the ruling / “Brilliant work by the crew”: the "
    "speaker's evaluation of the of-phrase or of the fragment's noun",
    examples=[
        "“A disgrace,” Maria Lopez said of the ruling.",
        "“Brilliant work by the firefighters,” said Mayor Anna Berg.",
    ],
)
MERIT = declare(
    "position.merit",
    trigger="VERB deserve/merit (the merit frame of stance_verbs.tsv) with an object noun",
    description="X deserves our support / X deserves the blame, said by a holder: the stance "
    "of the object (a stance noun, else its VADER polarity) toward X",
    examples=[
        "“The nurses deserve our full support,” said Mayor Anna Berg.",
        "“The referee deserves the blame for this defeat,” said Coach Sam Taylor.",
    ],
)
PERFORMANCE = declare(
    "position.performance-evaluation",
    trigger="ADJ of strong polarity (VADER lexicon) on the object of 'do' of role 'performance' "
    "in stance_operators.tsv (job, work)",
    description="X is doing a fantastic job / X did a terrible job, said by a holder: the "
    "evaluation of X",
    examples=[
        "“The firefighters are doing a fantastic job,” said Mayor Anna Berg.",
        "“The council did a terrible job with the floods,” said Senator Maria Lopez.",
    ],
)
GOT_IT = declare(
    "position.got-it-right",
    trigger="ADJ/ADV right or wrong as the predicate of 'get' with a subject",
    description="“They never get the basics right” / “the council got the budget wrong”, said by "
    "a holder: the speaker's verdict on the doer (guideline §3: hedged criticism is still "
    "criticism)",
    examples=[
        "“The council got the budget badly wrong,” said Anna Berg.",
        "“They never seem to get the basics right,” Senator Maria Lopez said of the ministry.",
    ],
)
CAUSATIVE = declare(
    "position.causative-evaluation",
    trigger="ADJ of strong polarity (VADER lexicon) as the result of 'make' (makes X great, "
    "made things worse)",
    description="“Teachers are what makes this town great” / “the new law will make our schools "
    "worse”, said by a holder: praise or blame of what makes it so",
    examples=[
        "“Teachers are what makes this town great,” said Mayor Anna Berg.",
        "“The new law will make our schools worse,” said Senator Maria Lopez.",
    ],
)
EXTRAPOSED_EVALUATION = declare(
    "position.extraposed-evaluation",
    trigger="ADJ of kind 'eval' or 'deontic' with an expletive 'it' subject",
    description="it is essential that Y / it is unfair to Y, said by a holder",
    examples=[
        "Maria Lopez said it is essential that the border stays open.",
        "“It is unfair to tax the farmers twice,” said Mayor Anna Berg.",
    ],
)
DENIED_PRAISE = declare(
    "position.denied-praise",
    trigger="a negated ADJ or NOUN of positive polarity (VADER valence >= 1) predicated of a "
    "subject or an extraposed clause",
    description="X is not fair / it cannot be right to Y, said by a holder: opposes X or Y (a "
    "mild word that would not count as praise counts as criticism when denied)",
    examples=[
        "“The new fees are not fair,” said Mayor Anna Berg.",
        "“It is not acceptable to close the village school,” said Senator Maria Lopez.",
    ],
)
CALLED_FALSE = declare(
    "position.called-false",
    trigger="ADJ or NOUN of falsehood in falsity_words.tsv (lies, untrue, baseless) predicated of "
    "a subject, or a word of truth (true, correct) denied of it",
    description="the claims are lies / the story is not true / it is untrue that Y, said by a "
    "holder: a denial, which opposes the claim",
    examples=[
        "Senator Maria Lopez said the allegations against her were lies.",
        "“The reports about the closure are simply not true,” said Mayor Anna Berg.",
        "Coach Sam Taylor described the reports as baseless.",
    ],
)
EVALUATIVE_NAMING = declare(
    "position.evaluative-naming",
    trigger="VERB call/describe/label with an evaluative predicate of its object (or of its "
    "passive subject, with a by-agent), the polar word alone or modifying the predicate noun",
    description="X called Y dangerous / described Y as the worst Z / Y was described by X as a "
    "disgrace: X's evaluation of Y (no by-agent, no holder)",
    examples=[
        "Senator Maria Lopez called the plan reckless.",
        "Mayor Anna Berg described the decision as disastrous.",
        "The new stadium was described by Mayor Anna Berg as a disgrace.",
        "Coach Sam Taylor described the striker as the most brilliant player he ever coached.",
        "Senator Maria Lopez called the budget a terrible mistake.",
        "“I found it wonderful,” said Anna Berg.",
        "Coach Sam Taylor said he found the decision shameful.",
        "Tom Hart dubbed the plan “a disaster”.",
        "Mayor Anna Berg branded the scheme a failure.",
    ],
)
DESIGNATION = declare(
    "position.designation",
    trigger="NOUN of role 'designation' in stance_operators.tsv (answer, solution, priority)",
    description="the answer is X / X is the solution / made X a priority: support X; 'the answer "
    "is not X' opposes X",
    examples=[
        "“The answer is not more police,” said Mayor Anna Berg.",
        "Senator Maria Lopez has made lower rents one of her priorities.",
        "“Better schools are the solution,” Canada's minister Paul Green said.",
    ],
)
PROBLEM_WITH = declare(
    "position.problem-with",
    trigger="NOUN of role 'fault' in stance_operators.tsv (problem, trouble) with 'with' X, "
    "subject or attribute of 'be'",
    description="the problem with X is ... / that is the trouble with X, said by a holder: "
    "opposes X",
    examples=[
        "“That's the problem with exemptions,” said Meena Verma.",
        "“The trouble with the new timetable is that nobody was asked,” said Tom Hart.",
    ],
)
FAILS_TO_GRASP = declare(
    "position.fails-to-grasp",
    trigger="a negated VERB of role 'grasp' (understand, grasp, realise) with a third-person "
    "subject, said by a holder",
    description="“They don't understand what schools do,” said X: X criticises them (the subject)",
    examples=[
        "“The ministers just don't understand what village schools do,” said Mayor Anna Berg.",
        "Senator Maria Lopez said the council never grasped the scale of the flooding.",
    ],
)
WISH_NOUN = declare(
    "position.wish-noun",
    trigger="NOUN of role 'wish' in stance_operators.tsv (hope, wish, favourite) as the subject "
    "of 'be'",
    description="my hope is that X / our wish is that X / my favourite is X: the owner (or the "
    "speaker) wants or likes X; 'my hope is to win' is one's own course, no target",
    examples=[
        "“My hope is that the mine reopens,” said Mayor Anna Berg.",
        "“My personal favourite is the old harbour museum,” said Senator Maria Lopez.",
    ],
)
ENUMERATED_TARGETS = declare(
    "position.enumerated-targets",
    trigger="the object of a stance verb spanning 'A, B, C and D' that the parse did not "
    "coordinate",
    description="favors an end to A, a cut in B, free C and D: one target per listed member, "
    "where the parse hung the list inside the first member's phrase",
    examples=[
        "On schools, Ann Lee favors more teachers, smaller classes, free meals for every child "
        "and longer holidays.",
        "Senator Maria Lopez backs a ban on cars in the old town, wider pavements, new bus "
        "lanes and cheaper fares.",
    ],
)
# -- deontic advocacy -----------------------------------------------------------------------------
DEONTIC_MODAL = declare(
    "position.deontic-modal",
    trigger="AUX should/must/ought, said by a holder",
    description="we should do Y / we must not do Y: advocacy of Y (or opposition)",
    examples=[
        "“We must not abandon the farmers,” said Maria Lopez.",
        "“We should rebuild the old bridge,” said Mayor Anna Berg.",
    ],
)
DEONTIC_NEED = declare(
    "position.deontic-need",
    trigger="VERB need/have to/have got to with a general or addressed subject, said by a holder",
    description="we need to do Y / we've got to do Y: advocacy of Y",
    examples=[
        "“We need to cut emissions now,” said Senator Maria Lopez.",
        "“Everyone needs to help the flood victims,” Mayor Anna Berg said.",
        "“We've got to stop the new mine,” said Mayor Anna Berg.",
    ],
)
ENSURED = declare(
    "position.ensured-outcome",
    trigger="'make sure' / 'ensure' with a finite clause under a deontic modal or verb of need",
    description="we must make sure X stays open: support X staying open; we need to make sure "
    "children don't eat too much salt / that no one loses Y: oppose the negated outcome",
    examples=[
        "“We must make sure the village school stays open,” said Mayor Anna Berg.",
        "“We need to make sure that children don't eat too much salt,” said Senator Maria Lopez.",
    ],
)
ITS_TIME = declare(
    "position.its-time",
    trigger="NOUN time in 'it is time to'",
    description="it is time to do Y, said by a holder: advocacy of Y",
    examples=[
        "“It’s time to end this war,” said Senator Maria Lopez.",
        "“It is time to rebuild the harbour,” Mayor Anna Berg said.",
    ],
)
# -- holders --------------------------------------------------------------------------------------
FIRST_PERSON_IN_QUOTE = declare(
    "holder.first-person-in-quote",
    trigger="PRON I/we/my/our inside a quote",
    description="a first-person holder inside a quote (or an interview answer) is the speaker",
    examples=[
        "“We strongly oppose this deal,” said Foreign Minister Elena Petrova.",
        "“I am disappointed with the verdict,” Coach Sam Taylor said.",
    ],
)
INTERVIEW_ANSWER = declare(
    "holder.interview-answer",
    trigger="a first-person or evaluative cue in an interview answer (outside quotes)",
    description="an answer is the interviewee's speech: its first-person stances are the "
    "interviewee's (the person the answers' 'I' is, else the one named most often); a text is "
    "an interview on the actor stage's terms: three questions, or two under a headline that "
    "announces an interview",
    examples=[
        "Interview with architect Ruth Coll\nRuth Coll designs bridges in Leeds.\nShe talked "
        "about the harbour plan.\nWhat do you make of the harbour plan?\nIt is essential to "
        "protect the old quay.\nAnd the new tax?\nThe new tax is unfair.",
        "Maria Lopez spoke to us.\nWhat do you think of the plan?\nI support the plan.\n"
        "Why?\nIt is fair.\nAnd the tax?\nWe oppose the new tax.",
        "Anna Berg talked to the paper.\nIs the bridge ready?\nNo.\nWhat about the road?\n"
        "I reject the new road.\nAnd the park?\nThe park is wonderful.",
    ],
)
QUOTE_CONTINUATION = declare(
    "holder.quote-continuation",
    trigger="a first-person or evaluative cue in quoted words no quote covers",
    description="later sentences of a multi-sentence quote, a quoted paragraph after one with an "
    "attributed quote or after a line ending in a colon, and first person beside a quote in its "
    "sentence: the speaker of that quote",
    examples=[
        "Mayor Anna Berg turned to the crowd:\n“We should rebuild the old bridge.”",
        "Anna Berg says the issue is complicated. We need to “make sure there is enough water in "
        "the supply. And the rest is fine,” Ms Berg said.",
    ],
)
TRAIT_GERUND = declare(
    "holder.trait-gerund",
    trigger="a stance VERB in -ing under as/of/for in a phrase predicated of a subject by 'be'",
    description="X is on record as favoring Y / X is in the habit of praising Y: the subject holds "
    "the stance ('rejected the idea of supporting Y' is no trait of the subject)",
    examples=[
        "Senator Maria Lopez is on record as favoring a new runway.",
        "Mayor Anna Berg is in the habit of praising the council.",
    ],
)
GROUP_NOUN = declare(
    "holder.group-noun",
    trigger="a holder noun that names a group actor of the story",
    description="the international coalition ... : the group actor the story calls 'coalition'",
    examples=[
        "The coalition met in Oslo. The new coalition supporting the rebels rejected the offer.",
        "Leaders joined the coalition on Monday. Ten states will meet as the broad coalition "
        "supporting Kyiv attempts to stay united.",
    ],
)
SPEAKER_OF_CLAUSE = declare(
    "holder.speaker-of-clause",
    trigger="an evaluation or deontic cue with no holder of its own",
    description="whoever says the clause holds it: the quote's speaker or a reporting verb's "
    "subject",
    examples=[
        "“This law is unacceptable,” said Senator Maria Lopez.",
        "Maria Lopez said it is essential that the border stays open.",
    ],
)
REPORTING_NOUN = declare(
    "holder.reporting-noun",
    trigger="an evaluation in the clause of a noun of saying or believing (cue_nouns.txt)",
    description="X's view that Y is a disgrace / X reached the conclusion that Y was reckless: "
    "the noun's owner holds it",
    examples=[
        "Acme Corp reached the conclusion that the merger was reckless.",
        "Canada reached the conclusion that the plan was a disaster.",
    ],
)
REPORTED_PRONOUN = declare(
    "holder.reported-pronoun",
    trigger="a subject 'it'/'they' the actor stage left unresolved, in a clause a reporting "
    "verb governs",
    description="Acme said it was disappointed with X: the reporting verb's subject, when it is "
    "a body, a country or a group",
    examples=[
        # a named body's "it" the actor stage resolves itself (coref.reported-it): a description
        "The international coalition said it was deeply disappointed with the ruling.",
        "The regional alliance said it would not accept the new tariffs.",
    ],
)
APPOSITIVE_PERSON = declare(
    "holder.appositive-person",
    trigger="a holder noun with a named person in apposition",
    description="the secretary of X, Jane Doe, criticised Y: the person, not the office",
    examples=[
        "The head of the union, Jane Doe, criticised the plan.",
        "The mayor of Leeds, Anna Berg, praised the new stadium.",
    ],
)
