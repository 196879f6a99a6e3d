"""Property tests: whatever the text, extraction returns a record that keeps the contract.

`claimx.extract` never raises, every span slices the text, every id resolves, and the record
validates against the published JSON Schema. CLAIMX_FUZZ_SCALE=10 runs ten times the examples.
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimx.io.reader import InputError, decode
from tests.helpers import check_record

SCALE = float(os.environ.get("CLAIMX_FUZZ_SCALE", "1"))


def examples(n: int) -> settings:
    return settings(
        max_examples=max(1, int(n * SCALE)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module")
def validator():
    from jsonschema import Draft202012Validator

    from claimx.schema import json_schema

    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def check(run, validator, text: str) -> None:
    record = json.loads(run(text).model_dump_json())
    validator.validate(record)
    check_record(record, text)
    assert record["document"]["chars"] == len(text)


# --- arbitrary Unicode --------------------------------------------------------------------------


@examples(1200)
@given(text=st.text(max_size=300))
def test_any_unicode_text(run, validator, text):
    check(run, validator, text)


# --- article-like text with random quotation marks ----------------------------------------------

NAMES = ["Mara Lind", "the minister", "Dr. Okafor", "Tomas", "the union", "Ghana", "she", "they"]
CUES = ["said", "told reporters", "added", "warned", "insisted", "denied", "argued", "wrote"]
CLAUSES = [
    "the plan would fail",
    "prices will rise next year",
    "we support the new law",
    "nobody was consulted",
    "the talks are over",
    "it is far too early to decide",
    "the vote must be held again",
]
MARKS = list("“”‘’«»\"'„‟‹›「」") + ["``", "''", "\u200b", "\u0301", "\u202e", "😀", "\r\n", "\n\n"]


@st.composite
def sentences(draw) -> str:
    name, cue, clause = draw(st.sampled_from(NAMES)), draw(st.sampled_from(CUES)), None
    clause = draw(st.sampled_from(CLAUSES))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"“{clause.capitalize()},” {name} {cue}."
    if shape == 1:
        return f"{name.capitalize()} {cue} that {clause}."
    if shape == 2:
        return f"“{clause.capitalize()},” {cue} {name}, “and {draw(st.sampled_from(CLAUSES))}.”"
    if shape == 3:
        return f"According to {name}, {clause}."
    return f"{name.capitalize()} {cue}: “{clause.capitalize()}.”"


@st.composite
def articles(draw) -> str:
    parts = draw(st.lists(sentences(), min_size=1, max_size=6))
    joiners = draw(st.lists(st.sampled_from([" ", "\n\n", "\r\n", " "]), min_size=len(parts)))
    text = "".join(p + j for p, j in zip(parts, joiners, strict=False))
    # insert, replace or delete characters at random places: stray and unbalanced marks
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        op = draw(st.sampled_from(["insert", "replace", "delete"]))
        mark = draw(st.sampled_from(MARKS))
        if op == "insert":
            text = text[:at] + mark + text[at:]
        elif op == "replace":
            text = text[:at] + mark + text[at + 1 :]
        else:
            text = text[:at] + text[at + 1 :]
    return text


@examples(1000)
@given(text=articles())
def test_article_like_text_with_random_quotation_marks(run, validator, text):
    check(run, validator, text)


# --- the reader ---------------------------------------------------------------------------------


@examples(1000)
@given(data=st.binary(max_size=400), errors=st.sampled_from(["strict", "replace"]))
def test_any_bytes_are_decoded_or_refused_with_one_line(data, errors):
    try:
        text = decode(data, "x.txt", errors=errors)
    except InputError as exc:
        assert str(exc).startswith("x.txt: ") and "\n" not in str(exc)
        return
    assert "\x00" not in text and not text.startswith("\ufeff")
