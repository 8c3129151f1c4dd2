"""Stage 4: measurements -> JSON, over HTTP. The pydantic models here are the public contract.

    uvicorn service.api:app --port 8000      (or: zhibiao serve)
"""

from __future__ import annotations

import datetime
from contextlib import asynccontextmanager
from importlib.metadata import version as package_version
from typing import Annotated

from fastapi import FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from service.pipeline import MAX_CHARS, Document, Extraction, Extractor
from service.readers import MAX_BYTES, UnreadableDocument, read_document

MAX_BATCH_DOCUMENTS = 100
MAX_BATCH_CHARS = 5 * MAX_CHARS
FILE_ROUTE = "/extract/file"
# What each POST route's body must be declared as (anything else: 415), and how to send it.
JSON_BODY = ("application/json", "send the request as JSON with Content-Type: application/json")
BODY_TYPES = {FILE_ROUTE: ("multipart/form-data", "upload the file as multipart/form-data, in a field named file")}
STATUS_OF_UNREADABLE = {"unsupported": 415, "too_large": 413, "unreadable": 422}


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"text": "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。", "doc_id": "example"}]})

    text: str = Field(description=f"the document, UTF-8; at most {MAX_CHARS:,} characters")
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
    documents: list[ExtractRequest] = Field(min_length=1, max_length=MAX_BATCH_DOCUMENTS)


class ModelInfo(BaseModel):
    name: str
    version: str
    precision: str = Field(description="the encoder's number format: int8 (the default), float32 or bfloat16")

    @classmethod
    def of(cls, extractor: Extractor) -> "ModelInfo":
        return cls(name=extractor.name, version=extractor.version, precision=extractor.precision)


class ReferenceDateOut(BaseModel):
    date: datetime.date | None
    source: str | None


class IndicatorOut(BaseModel):
    text: str
    start: int
    end: int


class ValueOut(BaseModel):
    text: str
    start: int
    end: int
    number: float | None
    low: float | None
    high: float | None
    masked: bool
    approx: str | None


class UnitOut(BaseModel):
    text: str
    start: int
    end: int
    canonical: str
    dimension: str


class TimeOut(BaseModel):
    text: str | None
    start: int | None
    end: int | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    granularity: str | None
    source: str


class SentenceOut(BaseModel):
    start: int
    end: int


class MeasurementOut(BaseModel):
    id: str
    indicator: IndicatorOut | None
    value: ValueOut | None
    unit: UnitOut | None
    time: TimeOut | None
    kind: str
    target: bool
    confidence: float
    sentence: SentenceOut


class EntityOut(BaseModel):
    label: str
    text: str
    start: int
    end: int
    score: float


class ExtractResponse(BaseModel):
    doc_id: str | None
    model: ModelInfo
    reference_date: ReferenceDateOut
    measurements: list[MeasurementOut]
    entities: list[EntityOut]
    warnings: list[str]

    @classmethod
    def build(cls, extraction: Extraction, text: str, model: ModelInfo) -> "ExtractResponse":
        def part(out_type, item):
            return None if item is None else out_type(**vars(item))

        return cls(
            doc_id=extraction.doc_id,
            model=model,
            reference_date=ReferenceDateOut(date=extraction.reference_date.date,
                                            source=extraction.reference_date.source if extraction.reference_date.date else None),
            measurements=[MeasurementOut(
                id=m.id, indicator=part(IndicatorOut, m.indicator), value=part(ValueOut, m.value), unit=part(UnitOut, m.unit),
                time=part(TimeOut, m.time), kind=m.kind, target=m.target, confidence=m.confidence,
                sentence=SentenceOut(start=m.sentence[0], end=m.sentence[1]),
            ) for m in extraction.measurements],
            entities=[EntityOut(label=s.label, text=text[s.start : s.end], start=s.start, end=s.end, score=round(s.score, 4))
                      for s in extraction.entities],
            warnings=extraction.warnings,
        )


class ExtractFileResponse(ExtractResponse):
    text: str = Field(description="the text read from the file, which every offset indexes: a text or HTML file "
                                  "as decoded, the text layer of a PDF (pages joined by a blank line), or a DOCX's "
                                  "paragraphs and table rows a line each (cells joined by tabs)")

    @classmethod
    def of(cls, response: ExtractResponse, text: str) -> "ExtractFileResponse":
        return cls(**dict(response), text=text)


class BatchResponse(BaseModel):
    results: list[ExtractResponse]


def _extractor(request: Request) -> Extractor:
    extractor = getattr(request.app.state, "extractor", None)
    if extractor is None:
        raise HTTPException(503, "the model is still loading")
    return extractor


def _run(extractor: Extractor, requests: list[ExtractRequest]) -> list[ExtractResponse]:
    for number, item in enumerate(requests, 1):
        if len(item.text) > MAX_CHARS:
            raise HTTPException(413, f"document {number} has {len(item.text):,} characters; the limit is {MAX_CHARS:,}")
    if sum(len(item.text) for item in requests) > MAX_BATCH_CHARS:
        raise HTTPException(413, f"a batch holds at most {MAX_BATCH_CHARS:,} characters in all")
    extractions = extractor.extract_batch([Document(r.text, r.doc_id, r.reference_date) for r in requests])
    model = ModelInfo.of(extractor)
    return [ExtractResponse.build(e, r.text, model) for e, r in zip(extractions, requests)]


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.extractor = Extractor()
    yield


app = FastAPI(title="zhibiao", summary="Structured, normalized measurements from Chinese government reports",
              version=package_version("zhibiao"), lifespan=lifespan)


@app.middleware("http")
async def require_body_type(request: Request, call_next):
    """A body not declared as what the route takes (JSON; multipart/form-data for a file) gets a 415
    with the reason, not a confusing 422."""
    if request.method == "POST":
        expected, how = BODY_TYPES.get(request.url.path, JSON_BODY)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != expected:
            return JSONResponse(status_code=415, content={"detail": f"{how} (got {content_type or 'none'!r})"})
    return await call_next(request)


@app.post("/extract", response_model=ExtractResponse)
def extract(body: ExtractRequest, request: Request) -> ExtractResponse:
    return _run(_extractor(request), [body])[0]


@app.post("/extract/batch", response_model=BatchResponse)
def extract_batch(body: BatchRequest, request: Request) -> BatchResponse:
    return BatchResponse(results=_run(_extractor(request), body.documents))


@app.post(FILE_ROUTE, response_model=ExtractFileResponse, responses={
    413: {"description": f"the file is over {MAX_BYTES // 2**20} MB, or its text over {MAX_CHARS:,} characters"},
    415: {"description": "the body is not multipart/form-data, or the file is not text, HTML, PDF or DOCX"},
    422: {"description": "no file field, a malformed reference_date, text neither UTF-8 nor GB18030, "
                         "a PDF without a text layer (a scan: it needs OCR), a password-protected or damaged file, or no text"},
})
def extract_file(
    request: Request,
    file: Annotated[UploadFile, File(description=f".txt, .html, .pdf or .docx, at most {MAX_BYTES // 2**20} MB; "
                                                 "without a known suffix the type is told from the content")],
    doc_id: Annotated[str | None, Form()] = None,
    reference_date: Annotated[datetime.date | None, Form(
        description=ExtractRequest.model_fields["reference_date"].description)] = None,
) -> ExtractFileResponse:
    """The file's text is read (see ``service/readers.py``) and extracted as ``/extract`` would; the
    response adds that text, since for a PDF or DOCX it is not the file's own and offsets index it."""
    try:
        document = read_document(file.file.read(MAX_BYTES + 1), file.filename or "", file.content_type or "")
    except UnreadableDocument as err:
        raise HTTPException(STATUS_OF_UNREADABLE[err.reason], str(err)) from None
    try:
        body = ExtractRequest(text=document.text, doc_id=doc_id, reference_date=reference_date)
    except ValidationError as err:  # a file holding no text
        raise HTTPException(422, err.errors(include_url=False, include_context=False, include_input=False)) from None
    return ExtractFileResponse.of(_run(_extractor(request), [body])[0], document.text)


@app.get("/health")
def health(request: Request):
    extractor = getattr(request.app.state, "extractor", None)
    if extractor is None:
        return JSONResponse(status_code=503, content={"status": "loading"})
    return {"status": "ok", "model": ModelInfo.of(extractor).model_dump()}


@app.get("/version")
def version(request: Request):
    extractor = _extractor(request)
    return {"zhibiao": package_version("zhibiao"), "model": ModelInfo.of(extractor).model_dump()}
