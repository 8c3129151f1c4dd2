"""Stage 4: measurements -> JSON, over HTTP. The contract (what the routes take and return) is
``service/contract.py``; the model and the limits come from ``service/settings.py``. ``GET /`` is the review
page (``service/page/``); ``/docs`` and ``/redoc`` serve Swagger UI and ReDoc from the installed
``fastapi-offline`` package, so that they work without a network.

    uvicorn service.api:app --port 8000      (or: zhibiao serve)
"""

from __future__ import annotations

import datetime
import functools
from contextlib import asynccontextmanager
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from pydantic import ValidationError

from service import tables
from service.contract import (
    EXAMPLE,
    BatchRequest,
    BatchResponse,
    ErrorOut,
    ExtractFileResponse,
    ExtractRequest,
    ExtractResponse,
    HealthOut,
    ModelInfo,
    VersionOut,
)
from service.frames import measurement_rows
from service.pipeline import Document, Extractor
from service.readers import UnreadableDocument, read_document
from service.settings import DEFAULT_SETTINGS, Settings

FILE_ROUTE = "/extract/file"
# What each POST route's body must be declared as (anything else: 415), and how to send it.
JSON_BODY = ("application/json", "send the request as JSON with Content-Type: application/json")
BODY_TYPES = {FILE_ROUTE: ("multipart/form-data", "upload the file as multipart/form-data, in a field named file")}
STATUS_OF_UNREADABLE = {"unsupported": 415, "too_large": 413, "unreadable": 422}
DEFAULT_FILE_MB = DEFAULT_SETTINGS.max_file_bytes // 2**20
PAGE = Path(__file__).resolve().parent / "page"
TABLE_TYPES = {"csv": "text/csv; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
NOT_JSON = "the body is not declared as JSON (Content-Type: application/json)"
TOO_LONG = (f"a text over {DEFAULT_SETTINGS.max_chars:,} characters (unless the service sets ZHIBIAO_MAX_CHARS); "
            "it is never cut")
MALFORMED = ("malformed JSON, a missing, mistyped or unknown field, text empty or only whitespace, "
             "or a reference_date that is not YYYY-MM-DD")
LOADING = {503: {"model": ErrorOut, "description": "the model is still loading"}}


def refusals(descriptions: dict[int, str]) -> dict:
    """A route's refusals as OpenAPI responses: status -> when."""
    return {status: {"model": ErrorOut, "description": description} for status, description in descriptions.items()} | LOADING


@functools.cache
def get_settings() -> Settings:
    """The service's settings, read from the environment once."""
    return Settings()


def get_extractor(request: Request) -> Extractor:
    """The extractor the lifespan built."""
    extractor = getattr(request.state, "extractor", None)
    if extractor is None:  # only where the server runs without the lifespan
        raise HTTPException(503, "the model is still loading")
    return extractor


ExtractorDependency = Annotated[Extractor, Depends(get_extractor)]
SettingsDependency = Annotated[Settings, Depends(get_settings)]


def _run(extractor: Extractor, settings: Settings, requests: list[ExtractRequest]) -> list[ExtractResponse]:
    if len(requests) > settings.max_batch_documents:
        raise HTTPException(422, f"a batch holds at most {settings.max_batch_documents:,} documents; this one has {len(requests):,}")
    for number, item in enumerate(requests, 1):
        if len(item.text) > settings.max_chars:
            raise HTTPException(413, f"document {number} has {len(item.text):,} characters; the limit is {settings.max_chars:,}")
    if sum(len(item.text) for item in requests) > settings.max_batch_chars:
        raise HTTPException(413, f"a batch holds at most {settings.max_batch_chars:,} characters in all")
    extractions = extractor.extract_batch([Document(r.text, r.doc_id, r.reference_date) for r in requests])
    model = ModelInfo.model_validate(extractor)
    return [ExtractResponse.build(e, r.text, model) for e, r in zip(extractions, requests)]


@asynccontextmanager
async def lifespan(app: FastAPI):
    """Loads the model before the first request is served and stops its threads at shutdown; handlers
    reach it through ``get_extractor``."""
    extractor = Extractor.from_settings(get_settings())
    try:
        yield {"extractor": extractor}
    finally:
        extractor.close()


app = FastAPIOffline(title="zhibiao", summary="Structured, normalized measurements from Chinese government reports",
                     version=package_version("zhibiao"), lifespan=lifespan)
app.mount("/page", StaticFiles(directory=PAGE), name="page")
fastapi_openapi = app.openapi


def openapi_with_example() -> dict:
    """FastAPI's OpenAPI document with the example response whole: FastAPI drops every null from the
    document, so the example is put in after."""
    document = fastapi_openapi()
    document["components"]["schemas"]["ExtractResponse"]["examples"] = [EXAMPLE["response"]]
    return document


app.openapi = openapi_with_example


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


@app.post("/extract", response_model=ExtractResponse, responses=refusals({413: TOO_LONG, 415: NOT_JSON, 422: MALFORMED}))
def extract(body: ExtractRequest, extractor: ExtractorDependency, settings: SettingsDependency) -> ExtractResponse:
    return _run(extractor, settings, [body])[0]


@app.post("/extract/batch", response_model=BatchResponse, responses=refusals({
    413: f"{TOO_LONG}; or documents over {DEFAULT_SETTINGS.max_batch_chars:,} characters in all (ZHIBIAO_MAX_BATCH_CHARS)",
    415: NOT_JSON,
    422: f"{MALFORMED} in a document; no documents, or over {DEFAULT_SETTINGS.max_batch_documents} (ZHIBIAO_MAX_BATCH_DOCUMENTS)",
}))
def extract_batch(body: BatchRequest, extractor: ExtractorDependency, settings: SettingsDependency) -> BatchResponse:
    return BatchResponse(results=_run(extractor, settings, body.documents))


@app.post(FILE_ROUTE, response_model=ExtractFileResponse, responses=refusals({
    413: f"the file is over {DEFAULT_FILE_MB} MB, or its text over {DEFAULT_SETTINGS.max_chars:,} characters "
         "(unless the service sets ZHIBIAO_MAX_FILE_BYTES or ZHIBIAO_MAX_CHARS)",
    415: "the body is not multipart/form-data, or the file is not text, HTML, PDF or DOCX",
    422: "no file field, a malformed reference_date, text neither UTF-8 nor GB18030, "
         "a PDF without a text layer (a scan: it needs OCR), a password-protected or damaged file, or no text",
}))
def extract_file(
    extractor: ExtractorDependency,
    settings: SettingsDependency,
    file: Annotated[UploadFile, File(description=f".txt, .html, .pdf or .docx, at most {DEFAULT_FILE_MB} MB by default; "
                                                 "without a known suffix the type is told from the content")],
    doc_id: Annotated[str | None, Form()] = None,
    reference_date: Annotated[datetime.date | None, Form(
        description=ExtractRequest.model_fields["reference_date"].description)] = None,
) -> ExtractFileResponse:
    """The file's text is read (see ``service/readers.py``) and extracted as ``/extract`` would; the
    response adds that text, since for a PDF or DOCX it is not the file's own and offsets index it."""
    try:
        document = read_document(file.file.read(settings.max_file_bytes + 1), file.filename or "", file.content_type or "",
                                 settings.max_file_bytes)
    except UnreadableDocument as err:
        raise HTTPException(STATUS_OF_UNREADABLE[err.reason], str(err)) from None
    try:
        body = ExtractRequest(text=document.text, doc_id=doc_id, reference_date=reference_date)
    except ValidationError as err:  # a file holding no text
        raise HTTPException(422, err.errors(include_url=False, include_context=False, include_input=False)) from None
    return ExtractFileResponse.of(_run(extractor, settings, [body])[0], document.text)


@app.post("/export/{table_format}", response_class=Response, responses={
    200: {"description": "the measurements, a row each with the columns of `zhibiao extract --format csv` (every field "
                         "flattened: value_number, time_period_start …; sentence_text when the body has the text): "
                         "CSV in UTF-8 with a byte order mark, which Excel reads as UTF-8, or an XLSX workbook",
          "content": {media_type: {} for media_type in TABLE_TYPES.values()}},
    **refusals({415: NOT_JSON, 422: "the body is not an /extract response, or the format is neither csv nor xlsx"}),
})
def export(table_format: Literal["csv", "xlsx"], body: ExtractFileResponse | ExtractResponse) -> Response:
    """The measurements of an ``/extract`` response (as returned, or saved; with ``text``, as ``/extract/file``
    returns it, the sentences too) as a table: what the review page downloads."""
    rows = measurement_rows(body)
    data = tables.csv_bytes(rows) if table_format == "csv" else tables.xlsx_bytes(rows)
    filename = quote(f"{body.doc_id or 'measurements'}.{table_format}")
    return Response(data, media_type=TABLE_TYPES[table_format],
                    headers={"Content-Disposition": f"attachment; filename*=UTF-8''{filename}"})


@app.get("/health", response_model=HealthOut, responses=LOADING)
def health(extractor: ExtractorDependency) -> HealthOut:
    return HealthOut(status="ok", model=ModelInfo.model_validate(extractor))


@app.get("/version", response_model=VersionOut, responses=LOADING)
def version(extractor: ExtractorDependency) -> VersionOut:
    return VersionOut(zhibiao=package_version("zhibiao"), model=ModelInfo.model_validate(extractor))


@app.get("/", include_in_schema=False)
def review_page() -> FileResponse:
    """The review page: paste or upload a report, see its spans and measurements, download them."""
    return FileResponse(PAGE / "index.html")
