"""The output contract: offsets, ids and the JSON Schema, on the seed and on made-up text."""

from __future__ import annotations

import json

import jsonschema
import pytest

from claimx.schema import json_schema
from tests.helpers import check_record

EXAMPLES = [
    "“We will not give up,” the minister said. “Never.”",
    'The senator said: "It is over." Then she left.\r\nAnother line.',
    "Nothing to see here.",
    "",
    "   \n\n  ",
    "« Bonjour », a dit le ministre. „Hallo“, sagte sie.",
    "An unbalanced “quote that never closes. And the article goes on, said Ann Lee.",
    "Emoji 🎉 “quoted 🎉 text with emoji,” said Li Wei 🎉.",
    "“First paragraph of a long quote.\n“Second paragraph,” said the mayor.",
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_spans_slice_the_text_and_validate(run, text):
    record = json.loads(run(text).model_dump_json())
    check_record(record, text)
    jsonschema.validate(record, json_schema())


def test_seed_spans_and_schema(seed_result, seed_text):
    record = json.loads(seed_result.model_dump_json())
    check_record(record, seed_text)
    jsonschema.validate(record, json_schema())
    assert record["schema_version"] == 1
    assert record["document"]["chars"] == len(seed_text)
    assert record["pipeline"]["name"].startswith("en_core_web_sm")


def test_seed_zelenskyy_is_one_actor(seed_result):
    # the full name and the later surname alone are the same person
    holders = [a for a in seed_result.actors if any(m.text == "Zelenskyy" for m in a.mentions)]
    assert len(holders) == 1
    assert holders[0].name == "Volodymyr Zelenskyy"
    assert holders[0].kind == "person"


def test_schema_is_stable_contract():
    schema = json_schema()
    props = schema["properties"]
    for key in ("schema_version", "claimx_version", "document", "pipeline", "actors", "quotes"):
        assert key in props
    quote = schema["$defs"]["Quote"]["properties"]
    assert set(quote) >= {"id", "kind", "speaker", "actor", "cue", "content", "content_parts"}


def test_a_span_made_from_the_text_is_validated_like_any_other():
    """`Span.of` skips the model's Python constructor, not its checks."""
    import pydantic

    from claimx.schema import Mention, Span

    text = "The council voted."
    made = Span.of(text, 4, 11)
    assert made == Span(start=4, end=11, text="council") and type(made) is Span
    assert type(Mention.model_validate({**made.model_dump(), "form": "name"})) is Mention
    with pytest.raises(pydantic.ValidationError):
        Span.of(text, -3, 2)  # a negative offset is no place in the text
    with pytest.raises(pydantic.ValidationError):
        made.start = 5  # spans stay frozen
