"""Output contract v1: every record claimx writes is one `Result`.

Field names are read by the evaluation scorers and by users' jq scripts: rename nothing.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1

ActorKind = Literal["person", "organization", "country", "place", "group"]
MentionForm = Literal["name", "title", "pronoun", "description"]
QuoteKind = Literal["direct", "mixed", "indirect"]
Stance = Literal["support", "oppose"]


class Span(BaseModel):
    """A slice of the article: `text == article[start:end]` (code points, end exclusive)."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @classmethod
    def of(cls, article: str, start: int, end: int) -> Span:
        """The span of `article[start:end]`, validated as `cls(...)` validates it, without the
        Python frame of `BaseModel.__init__` (a quarter of the cost; the stages make thousands)."""
        made: Span = cls.__pydantic_validator__.validate_python(
            {"start": start, "end": end, "text": article[start:end]}
        )
        return made


class Mention(Span):
    form: MentionForm


class Actor(BaseModel):
    id: str
    name: str
    kind: ActorKind
    titles: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Quote(BaseModel):
    id: str
    kind: QuoteKind
    speaker: Span | None = None
    actor: str | None = Field(default=None, description="id of the speaker's actor")
    cue: Span | None = None
    content: Span = Field(description="the whole quoted material, quotation marks excluded")
    content_parts: list[Span] = Field(
        default_factory=list, description="pieces of a discontinuous content, else [content]"
    )
    rule: str | None = Field(
        default=None, description="id of the construction that found it (`claimx rules`)"
    )
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="how likely this is a real attribution (0-1)"
    )


class Position(BaseModel):
    id: str
    actor: str = Field(description="id of the holder's actor")
    stance: Stance
    target: Span
    target_actor: str | None = None
    cue: Span
    evidence: Span
    quote: str | None = Field(default=None, description="id of the quote it comes from")
    rule: str | None = Field(
        default=None, description="id of the construction that found it (`claimx rules`)"
    )


class DocumentInfo(BaseModel):
    id: str
    path: str | None = None
    sha256: str
    chars: int
    words: int
    text: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,  # absent unless set: records of text files are unchanged
        description="the text the offsets index when it is not the file's (an HTML page's article)",
    )


class PipelineInfo(BaseModel):
    name: str
    version: str


class Result(BaseModel):
    """One record per document."""

    schema_version: Literal[1] = SCHEMA_VERSION
    claimx_version: str
    document: DocumentInfo
    pipeline: PipelineInfo
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)


def json_schema() -> dict[str, object]:
    return Result.model_json_schema()
