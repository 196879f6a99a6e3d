"""The quotes stage's constants: word sets from `models/quote_words.tsv` (read once, via the
lexicon) and the dependency labels and limits of its tree shapes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimx.rules.lexicon import quote_words
from claimx.rules.quotemarks import QUOTE_CHARS as QUOTE_CHARS  # the one definition

if TYPE_CHECKING:
    pass

#: Dependents of "call", "label" ... that make up "Y a liar" in "X called Y a liar".
NAMING_DEPS = {"dobj", "oprd", "ccomp", "attr", "xcomp", "appos"}
#: Dependents of a verb that go on from its object to say something of it.
OBJECT_COMPLEMENTS = {"prep", "oprd", "dative", "acomp", "xcomp", "advmod", "ccomp"}
#: Prepositions that go on from the object, not set the scene ("to", not "during").
OBJECT_PREPS = quote_words("object-preps")
#: Prepositions that give the ground of a verdict on the object ("blamed X for Y").
GROUND_PREPS = quote_words("ground-preps")
#: Prepositions whose gerund has the subject of the verb they modify ("began by saying").
MANNER_PREPS = quote_words("manner-preps")
#: Prepositions of a stance adjective's object ("critical of", "worried about").
STANCE_PREPS = quote_words("stance-preps")
#: Verbs of producing or making public, whose agentless passive reports an event ("the book was
#: published", "the figures were released"), not whose view it is.
MAKING_PUBLIC = quote_words("making-public")
#: Verbs of esteem whose agentless passive with "as"/"for" states a standing ("is widely
#: recognized as a founder of the field"), in the writer's voice.
STANDING = quote_words("standing-verbs")
#: Verbs of seeming: the writer's hedge on what a subject is or does ("seems unlikely").
HEDGES = quote_words("hedges")
#: Nouns after a topic preposition that say how something was said, not what.
MANNER_NOUNS = quote_words("manner-nouns")
#: Nouns whose that-clause is reported only as the object of "make" ("made the case that").
MADE_NOUNS = quote_words("made-nouns")
#: Adverbs that give their clause as what others say: "the mayor allegedly took money".
HEARSAY = quote_words("hearsay-adverbs")
#: Contents longer than this (characters) are not searched for dashed asides.
MAX_ASIDE_SCAN = 1500
#: The dashes that set off an aside ("--" is two of the last; `DASHES` are the dashes before a
#: quoted speaker's name).
ASIDE_DASHES = ("—", "–", "-")
_DASH = "(?:--|" + "|".join(ASIDE_DASHES) + ")"
#: An aside set off by a pair of dashes inside a sentence.
DASHED_ASIDE = re.compile(rf"\s{_DASH}\s[^\n—–]{{1,200}}?\s{_DASH}\s")
#: Verbs whose object noun of saying is their subject's own act ("made the claim that").
LIGHT_VERBS = quote_words("light-verbs")
#: Prepositions whose object is the topic of a noun of saying ("remarks about", "warning
#: against"); not "of", which as often gives a view's object ("her view of the river").
NOUN_TOPIC_PREPS = quote_words("noun-topic-preps")
#: Documents whose findings a clause reports: "In the poll, ...", "in a new study, ...".
SOURCE_DOCUMENTS = quote_words("source-documents")
#: Verbs of telling someone something: "warned residents that ...", "assured us that ...".
TELLING = quote_words("addressee-clause-verbs")
#: Verbs whose gerund clause is what was said: "denied taking the money", "confessed to lying".
GERUND_VERBS = quote_words("gerund-verbs")
#: Nouns for a piece of wording ("used the phrase: “…”", "changed my answer: “…”").
WORDING_NOUNS = quote_words("wording-nouns")
#: Reckonings a clause is given "by": "by one estimate", "by some accounts", "by her count".
SOURCE_RECKONINGS = quote_words("source-reckonings")
#: Verbs of saying that report the clause an as-clause hangs on ("As she said, the plan is dead").
AS_CUES = quote_words("as-cues")
#: Events and media of speaking or writing: "said in an interview", "wrote in a letter".
SPEECH_EVENTS = quote_words("speech-events")
#: subordinators whose comma-set clause after a trailing attribution goes on with the report
REASON_MARKS = quote_words("reason-marks")
#: labels of an editor's notice ("UPDATE:", "CORRECTION:"), no speakers of a transcript turn
NOTICE_LABELS = quote_words("notice-labels")
#: How many tokens before or after a quote its cue verb may stand.
CUE_WINDOW = 60
#: Dashes that introduce a speaker's name after a quote ("“…” — Jane Doe").
DASHES = "―—–"
#: Left dependents of a cue verb that belong to the cue ("has also said", "did not deny").
CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}
#: Adverbs that modify the clause, not the act of saying.
NOT_CUE_ADVERBS = quote_words("not-cue-adverbs")
#: Verbs that pass their subject on to a reporting verb in their to-infinitive ("appeared to say").
RAISING = quote_words("raising")
#: Quoted material this short and without a cue verb governing it is a term, not speech.
MIN_SPEECH_TOKENS = 4
#: How far (characters) a "said X" may sit between two quoted parts of one quote.
MAX_INTERRUPTION = 160
TRIM = " \t\r\n,;:—–-"
#: a letter or digit (`str.isalnum`: a word character but the underscore), found without
#: copying the text it is looked for in
ALNUM = re.compile(r"[^\W_]")

TAIL_WINDOW = 60
#: the words that may set off a tail the writer added to a content (`base._trailing_cut`)
TAIL_BREAKS = frozenset({",", ";", "—", "–", "--"})
#: Dependents that, set off by a comma at the end of a content, are the writer's addition.
TRAILING_DEPS = {"relcl", "acl", "advcl"}
CLAUSE_TAIL_DEPS = {"advcl", "acl"}
WH_RELATIVES = quote_words("wh-relatives")
#: Prepositions that may introduce a source ("according to X", "in the poll").
PREPOSITION_CUES = quote_words("preposition-cues")
#: adjectives of "made clear that ..." (the verb "make" with the adjective and a clause)
CLARITY = quote_words("clarity-adjectives")
#: verbs of restating ("I mean, ..."): first person present, the clause they hang on
REFORMULATING = quote_words("reformulating-verbs")
