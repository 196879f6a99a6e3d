"""Which kind of text a document is, for the quotes' default notion (`CLAIMX_QUOTES=auto`).

A report whose content is a noun phrase or an infinitive ("denied the allegations", "wants to
run", "proposed corrections to the tables") is an attribution about seven times in ten in news of
what people said (PolNeAR's notion), and mostly none in an interview transcript or an
encyclopedic biography, where such verbs tell what the speaker or the subject did: claimx's own
reading of them in the GUM interviews found 18 of 82 to be reports, in the biographies 17 of 42
(`train/quote_labels_outside.tsv`), and GUM annotates none. So in those two genres the default
keeps the clausal reports only, as `CLAIMX_QUOTES=clauses` does everywhere; in every other text
it keeps every attribution. The tests are of the document's form, never of its words' meaning:

- an interview is a run of turns labelled by speaker ("Q:", "A:", "HALE:", four or more, as
  `actors.turns` reads them), or asks in its own paragraphs: at least MIN_QUESTIONS of them end
  with a question mark, and either the headline announces an interview ("Interview with ...",
  "... tells Wikinews", "... talks about ...") or one paragraph in three asks;
- a biography opens with its subject's life dates: "(born 3 April 1978)", "(1860 – 1943)", "Born:
  June 11, 1988", "Born in Tianjin, ..." within the first OPENING characters.
"""

from __future__ import annotations

import re
from typing import Literal

from claimx.actors.turns import ANNOUNCES, PREFIX, is_question, marked_turns, paragraphs

Genre = Literal["news", "interview", "biography"]
#: the genres where the default notion keeps only reports whose content is a clause
CLAUSAL_GENRES: frozenset[str] = frozenset({"interview", "biography"})
#: paragraphs ending with a question mark an interview has at least
MIN_QUESTIONS = 2
#: the share of paragraphs that ask in an interview whose headline does not announce one
UNANNOUNCED_SHARE = 0.3
#: where a biography gives its subject's life dates (characters from the start)
OPENING = 400
_YEAR = r"\d{3,4}"
#: "(born 3 April 1978)", "(b. 1950)", "(8 February 1700 – 17 March 1782)", "(c. 1818 – 1880)"
LIFE_DATES = re.compile(
    rf"\((?:[^()]*?;\s*)?(?:born|b\.)\s[^()]*?{_YEAR}[^()]*\)"
    rf"|\((?:[^()]*?;\s*)?(?:c\.\s*)?[^()]{{0,25}}?{_YEAR}\s*[–—-]\s*[^()]{{0,25}}?{_YEAR}\s*\)"
    rf"|\bBorn\b:?\s+(?:in\s|on\s|\d|[A-Z][a-z]+\s+\d)",
)


def genre(text: str) -> Genre:
    """The document's genre by its form: "interview", "biography" or "news" (anything else)."""
    paras = paragraphs(text)
    if len(paras) >= 4:
        if marked_turns([PREFIX.match(text[a:b]) for a, b in paras])[1]:
            return "interview"
        asking = sum(is_question(text[a:b]) for a, b in paras)
        announced = bool(ANNOUNCES.search(text[paras[0][0] : paras[0][1]]))
        if asking >= MIN_QUESTIONS and (announced or asking >= UNANNOUNCED_SHARE * len(paras)):
            return "interview"
    if LIFE_DATES.search(text[:OPENING]):
        return "biography"
    return "news"
