"""The public JSON contract: what ``POST /extract`` and its siblings take and return, and what the CLI
writes. Measurements are the domain's own dataclasses (``service.measurements``), closed vocabularies
the domain's own ``Literal`` types, so that the JSON schema states them without a copy here.

``tests/snapshots/openapi.json`` holds the schema this module yields; a change to it fails
``tests/test_service.py`` until the snapshot is regenerated on purpose.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from service.measurements import Measurement
from service.normalize.times import DateSource
from service.schema import Label
from service.settings import DEFAULT_SETTINGS, Precision

if TYPE_CHECKING:
    from service.pipeline import Extraction
    from service.spans import Span

# A request and the shipped model's real response to it, shown in the OpenAPI document (/docs, /redoc);
# tests/test_service.py checks the response against the model and rewrites it with --update-snapshots.
EXAMPLE_FILE = Path(__file__).with_name("example.json")
EXAMPLE = json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [EXAMPLE["request"]]})

    text: str = Field(description=f"the document, UTF-8; at most {DEFAULT_SETTINGS.max_chars:,} characters "
                                  "unless the service sets ZHIBIAO_MAX_CHARS")
    doc_id: str | None = Field(default=None, description="a name for the document, returned as is")
    reference_date: datetime.date | None = Field(
        default=None, description="ISO date that relative times (今年, 上半年) resolve against; found in the text when absent")

    @field_validator("text")
    @classmethod
    def not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("text is empty or only whitespace")
        return text


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    documents: list[ExtractRequest] = Field(
        min_length=1, description=f"at most {DEFAULT_SETTINGS.max_batch_documents} documents and "
                                  f"{DEFAULT_SETTINGS.max_batch_chars:,} characters in all, unless the service sets "
                                  "ZHIBIAO_MAX_BATCH_DOCUMENTS and ZHIBIAO_MAX_BATCH_CHARS")


class ModelInfo(BaseModel):
    """Read from an ``Extractor``'s attributes: ``ModelInfo.model_validate(extractor)``."""

    model_config = ConfigDict(from_attributes=True)

    name: str = Field(description="the model's name (its directory under models/)")
    version: str = Field(description="the day it was trained, YYYYMMDD")
    precision: Precision = Field(description="the encoder's number format: int8 (the default) or float32")


class ReferenceDateOut(BaseModel):
    """The date relative times were read against and where it came from; both null when none was found."""

    model_config = ConfigDict(from_attributes=True)

    date: datetime.date | None = Field(description="the day the report speaks on: 今年, 去年 and 目前 count from it")
    source: DateSource | None = Field(description="where it was found: the title, the metadata lines, the text, "
                                                  "or the request's reference_date")

    @model_validator(mode="after")
    def no_source_without_date(self) -> ReferenceDateOut:
        if self.date is None:
            self.source = None
        return self


class EntityOut(BaseModel):
    """A span the model found, with its text: ``Span`` as the user reads it."""

    label: Label = Field(description="IND an indicator, VAL a value, UNIT a unit, TIME a time expression")
    text: str = Field(description="the span as posted")
    start: int = Field(description="offset of its first character in the posted text")
    end: int = Field(description="offset just past its last character")
    score: float = Field(description="the model's probability for the span, 0 to 1")

    @classmethod
    def of(cls, span: Span, text: str) -> EntityOut:
        return cls(label=span.label, text=text[span.start : span.end], start=span.start, end=span.end,
                   score=round(span.score, 4))


class ExtractResponse(BaseModel):
    doc_id: str | None = Field(description="the request's doc_id")
    model: ModelInfo = Field(description="the model that answered")
    reference_date: ReferenceDateOut = Field(description="the date relative times were read against")
    measurements: list[Measurement] = Field(description="a measurement per value, in the order of the text")
    entities: list[EntityOut] = Field(description="every span the model found, in the order of the text, "
                                                  "whether a measurement uses it or not")
    warnings: list[str] = Field(description="what the reader should know about the input: no reference date found, "
                                            "characters of markup or page chrome ignored")

    @classmethod
    def build(cls, extraction: Extraction, text: str, model: ModelInfo) -> ExtractResponse:
        """The response for ``extraction`` of the posted ``text`` (which the entities' texts are cut from)."""
        return cls(
            doc_id=extraction.doc_id,
            model=model,
            reference_date=ReferenceDateOut.model_validate(extraction.reference_date),
            measurements=extraction.measurements,
            entities=[EntityOut.of(span, text) for span in extraction.entities],
            warnings=extraction.warnings,
        )


class ExtractFileResponse(ExtractResponse):
    text: str = Field(description="the text read from the file, which every offset indexes: a text or HTML file "
                                  "as decoded, the text layer of a PDF (pages joined by a blank line), or a DOCX's "
                                  "paragraphs and table rows a line each (cells joined by tabs)")

    @classmethod
    def of(cls, response: ExtractResponse, text: str) -> ExtractFileResponse:
        return cls(**dict(response), text=text)


class BatchResponse(BaseModel):
    results: list[ExtractResponse] = Field(description="a response per document, in the order of the request")


class HealthOut(BaseModel):
    status: Literal["ok"] = Field(description="ok once the model is loaded (before that: 503)")
    model: ModelInfo = Field(description="the model that answers")


class VersionOut(BaseModel):
    zhibiao: str = Field(description="the zhibiao package's version")
    model: ModelInfo = Field(description="the model that answers")


class ErrorOut(BaseModel):
    """Why a request was refused (every 4xx and 503)."""

    detail: str | list[dict] = Field(description="a sentence saying what was wrong; for a body that does not fit the "
                                                 "schema, a list of errors, each with loc (where), msg (what) and type")



MODEL_LOADING = "the model is still loading"


def error_responses(descriptions: dict[int, str]) -> dict:
    """Refusals as OpenAPI responses of a route: status -> when, each answered with an ``ErrorOut``."""
    return {status: {"model": ErrorOut, "description": description} for status, description in descriptions.items()}