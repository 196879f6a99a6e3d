"""Regenerate models/first_names.tsv from the first-name lists of the PyPI package Faker.

Not part of `make train` (it needs Faker, a download): `pip download --no-deps faker==40.63.0`,
unzip the wheel, then `python train/make_first_names.py UNZIPPED_DIR > models/first_names.tsv`.
English-language locales decide: a name they list takes the gender most of them give it, and is left
out when one of them lists it for both genders or they split evenly; the other locales only add
names no English locale lists, kept when all of them agree. (The first version let any single
locale decide a name the others did not list, so en_KE's male "Hillary" made Hillary Clinton "he".)
The generic `en` locale is not used: it lists most common names for both genders.
"""

from __future__ import annotations

import importlib
import sys

ENGLISH = ["en_US", "en_GB", "en_IE", "en_NZ", "en_IN", "en_NG", "en_KE", "en_PK", "ga_IE"]
LOCALES = [
    "en_US",
    "en_GB",
    "en_IE",
    "en_NZ",
    "en_IN",
    "de_DE",
    "de_AT",
    "fr_FR",
    "fr_CH",
    "it_IT",
    "es_ES",
    "es_MX",
    "pt_PT",
    "pt_BR",
    "nl_NL",
    "sv_SE",
    "da_DK",
    "no_NO",
    "fi_FI",
    "pl_PL",
    "cs_CZ",
    "sk_SK",
    "hu_HU",
    "ro_RO",
    "tr_TR",
    "id_ID",
    "en_NG",
    "en_KE",
    "hr_HR",
    "sl_SI",
    "lv_LV",
    "et_EE",
    "en_PK",
    "ga_IE",
]

HEADER = """# Given names whose grammatical gender is unambiguous (m or f), for he/she agreement.
# Generated from the first-name lists of the PyPI package Faker 40.63.0 by train/make_first_names.py
# (MIT licence; providers person/<locale>, lists first_names_male and first_names_female; the en_US
# lists come from the US Social Security Administration's public baby-name data).
# Locales: {locales}.
# English locales ({english}) decide by majority
# (a name one lists for both genders, or an even split, is left out);
# the others add only names no English locale lists, when they agree."""


def main() -> int:
    sys.path.insert(0, sys.argv[1])
    english: dict[str, list[str]] = {}  # name -> genders given by each English locale ("mf": both)
    other: dict[str, set[str]] = {}
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given: dict[str, str] = {}
        for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
            for name in getattr(provider, attr, ()):
                name = name.strip()
                if name and " " not in name and name[0].isupper():
                    given[name] = "".join(sorted(set(given.get(name, "") + gender)))
        for name, gender in given.items():
            if locale in ENGLISH:
                english.setdefault(name, []).append(gender)
            else:
                other.setdefault(name, set()).update(gender)
    out: dict[str, str] = {}
    for name, votes in english.items():
        if "fm" in votes:
            continue
        m, f = votes.count("m"), votes.count("f")
        if m != f:
            out[name] = "m" if m > f else "f"
    for name, genders in other.items():
        if name not in english and len(genders) == 1:
            out[name] = next(iter(genders))
    print(HEADER.format(locales=" ".join(LOCALES), english=" ".join(ENGLISH)))
    for name in sorted(out):
        print(f"{name}\t{out[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
