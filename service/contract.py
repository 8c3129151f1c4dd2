"""The public JSON contract: what ``POST /extract`` and its siblings take and return, and what the CLI
writes. Measurements are the domain's own dataclasses (``service.measurements``), closed vocabularies
the domain's own ``Literal`` types, so that the JSON schema states them without a copy here.

``tests/snapshots/openapi.json`` holds the schema this module yields; a change to it fails
``tests/test_service.py`` until the snapshot is regenerated on purpose.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from service.measurements import Measurement
from service.normalize.times import DateSource
from service.schema import Label
from service.settings import DEFAULT_SETTINGS, Precision

if TYPE_CHECKING:
    from service.pipeline import Extraction
    from service.spans import Span

class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。", "doc_id": "example"}]})

    text: str = Field(description=f"the document, UTF-8; at most {DEFAULT_SETTINGS.max_chars:,} characters "
                                  "unless the service sets ZHIBIAO_MAX_CHARS")
    doc_id: str | None = None
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

    name: str
    version: str
    precision: Precision = Field(description="the encoder's number format: int8 (the default), float32 or bfloat16")


class ReferenceDateOut(BaseModel):
    """The date relative times were read against and where it came from; both null when none was found."""

    model_config = ConfigDict(from_attributes=True)

    date: datetime.date | None
    source: DateSource | None

    @model_validator(mode="after")
    def no_source_without_date(self) -> ReferenceDateOut:
        if self.date is None:
            self.source = None
        return self


class EntityOut(BaseModel):
    """A span the model found, with its text: ``Span`` as the user reads it."""

    label: Label
    text: str
    start: int
    end: int
    score: float

    @classmethod
    def of(cls, span: Span, text: str) -> EntityOut:
        return cls(label=span.label, text=text[span.start : span.end], start=span.start, end=span.end,
                   score=round(span.score, 4))


class ExtractResponse(BaseModel):
    doc_id: str | None
    model: ModelInfo
    reference_date: ReferenceDateOut
    measurements: list[Measurement]
    entities: list[EntityOut]
    warnings: list[str]

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
    results: list[ExtractResponse]
