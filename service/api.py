"""Stage 4: measurements -> JSON, over HTTP. The contract (what the routes take and return) is
``service/contract.py``; the model and the limits come from ``service/settings.py``. ``GET /`` is the review
page (``service/page/``); ``/docs`` and ``/redoc`` serve Swagger UI and ReDoc from the installed
``fastapi-offline`` package, so that they work without a network.

    uvicorn service.api:app --port 8000      (or: zhibiao serve)
"""

from __future__ import annotations

import asyncio
import datetime
import functools
import json
import logging
import re
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future
from contextlib import asynccontextmanager
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import Depends, FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from fastapi_offline import FastAPIOffline
from pydantic import ValidationError

from service import label_studio, tables
from service.contract import (
    EXAMPLE,
    MODEL_LOADING,
    BatchRequest,
    BatchResponse,
    ExtractFileResponse,
    ExtractRequest,
    ExtractResponse,
    HealthOut,
    ModelInfo,
    VersionOut,
    error_responses,
)
from service.frames import measurement_rows
from service.pipeline import Document, Extractor
from service.readers import UnreadableDocument, read_document
from service.settings import DEFAULT_SETTINGS, Settings
from service.steps import Steps

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
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
MALFORMED = ("malformed JSON, a missing, mistyped or unknown field, text empty or only whitespace, a text or doc_id "
             "holding a lone surrogate (a \\ud800 escape without its pair), or a reference_date that is not YYYY-MM-DD")
LOADING = error_responses({503: MODEL_LOADING})
EXTRACTION_REFUSALS = {
    400: "the body cannot be parsed at all (not UTF-8, say)",
    401: "the service asks for API keys (ZHIBIAO_API_KEYS) and the request sent none that it knows "
         "(`Authorization: Bearer KEY`)",
    503: "the model is still loading; or the queue of extractions is full (ZHIBIAO_MAX_PENDING: try again after "
         "Retry-After seconds), or the request could not start within ZHIBIAO_REQUEST_SECONDS",
    504: "the extraction did not finish within ZHIBIAO_REQUEST_SECONDS",
}
access_log = logging.getLogger("zhibiao.access")
if not access_log.handlers:  # JSON lines on standard error, whatever the server's own logging does
    _access_handler = logging.StreamHandler(sys.stderr)
    _access_handler.setFormatter(logging.Formatter("%(message)s"))
    access_log.addHandler(_access_handler)
    access_log.setLevel(logging.INFO)
    access_log.propagate = False


def refusals(descriptions: dict[int, str]) -> dict:
    """A route's refusals as OpenAPI responses: status -> when."""
    return error_responses(descriptions) | LOADING


def extraction_refusals(descriptions: dict[int, str]) -> dict:
    """The refusals of a route that extracts: its own, and those of keys, the queue and the deadline."""
    return error_responses(descriptions | EXTRACTION_REFUSALS)


@functools.cache
def get_settings() -> Settings:
    """The service's settings, read from the environment once."""
    return Settings()


def get_extractor(request: Request) -> Extractor:
    """The extractor the lifespan built."""
    extractor = getattr(request.state, "extractor", None)
    if extractor is None:  # only where the server runs without the lifespan
        raise HTTPException(503, MODEL_LOADING)
    return extractor


def current_settings() -> Settings:
    """The settings in force, for the middleware, which cannot take dependencies: the environment's, or
    what a test put in their place."""
    return app.dependency_overrides.get(get_settings, get_settings)()


def require_key(settings: Annotated[Settings, Depends(get_settings)],
                credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(HTTPBearer(auto_error=False))]) -> None:
    """Where the settings name API keys, a request must send one of them."""
    if not settings.accepts_key(credentials.credentials if credentials else None):
        raise HTTPException(401, "send a valid API key as `Authorization: Bearer KEY`",
                            headers={"WWW-Authenticate": "Bearer"})


class ExtractionQueue:
    """Extractions waiting and in progress, all run by one thread: up to ``at_once`` are in progress and take
    turns a step at a time (``Extractor.extract_steps``: a document's preparation, a few dozen encoder passes, a
    document's assembly), so a short request is not starved by a long one; the others wait in the order they
    came, and no more than ``max_pending`` are admitted in all. One thread, because every thread that allocates
    keeps an allocator arena of its own, which a burst of concurrent requests leaves holding memory
    (training/README.md, "One extraction thread")."""

    def __init__(self, at_once: int, max_pending: int):
        self.at_once, self.max_pending = at_once, max_pending
        self.pending = 0
        self._waiting: deque[tuple[Future, Steps]] = deque()
        self._active: deque[tuple[Future, Steps]] = deque()
        self._dropped: set[Future] = set()
        self._changed = threading.Condition()
        threading.Thread(target=self._run, name="extraction", daemon=True).start()

    def submit(self, steps: Steps) -> Future | None:
        """The future of ``steps``'s result, or None when the queue is full."""
        with self._changed:
            if self.pending >= self.max_pending:
                steps.close()
                return None
            self.pending += 1
            future: Future = Future()
            future.add_done_callback(self._finished)  # also when a waiting extraction is cancelled
            self._waiting.append((future, steps))
            self._changed.notify()
        return future

    def drop(self, future: Future) -> bool:
        """Give up the work of ``future``: True if it was waiting (it is taken off the queue), False if it runs
        (it stops before its next step) or is done."""
        with self._changed:
            entry = next((entry for entry in self._waiting if entry[0] is future), None)
            if entry is not None and future.cancel():
                self._waiting.remove(entry)
                entry[1].close()
                return True
            if not future.done():
                self._dropped.add(future)
            return False

    def _finished(self, future: Future) -> None:
        with self._changed:
            self.pending -= 1
            self._dropped.discard(future)

    def _next(self, ran: tuple[Future, Steps] | None) -> tuple[Future, Steps]:
        """The next extraction to take a step: waiting ones join the turns as places free, ahead of the one
        that ``ran`` the last step; then the active ones in turn."""
        with self._changed:
            while True:
                while self._waiting and len(self._active) + (ran is not None) < self.at_once:
                    future, steps = self._waiting.popleft()
                    if future.set_running_or_notify_cancel():
                        self._active.append((future, steps))
                    else:  # cancelled other than by ``drop``
                        steps.close()
                if ran is not None:
                    self._active.append(ran)
                    ran = None
                if self._active:
                    return self._active.popleft()
                self._changed.wait()

    def _run(self) -> None:
        ran = None
        while True:
            ran = self._step(*self._next(ran))

    def _step(self, future: Future, steps: Steps) -> tuple[Future, Steps] | None:
        """One step of one extraction: the extraction again if it has more to do, else None (its result, or its
        error, is set). Whatever a step raises goes to its request, so the thread itself never stops."""
        try:
            if future in self._dropped:
                steps.close()
                future.set_exception(ClientGone())
                return None
            next(steps)
        except StopIteration as done:
            future.set_result(done.value)
        except BaseException as error:  # noqa: BLE001 - the request's handler raises it
            future.set_exception(error)
        else:
            return future, steps
        return None


@functools.cache
def queue_of(at_once: int, max_pending: int) -> ExtractionQueue:
    return ExtractionQueue(at_once, max_pending)


class ClientGone(Exception):
    """The client closed the connection before its extraction was done."""


async def in_turn(request: Request, settings: Settings, work: Steps):
    """The result of ``work``, run in its turn in the extraction queue. A request beyond the queue's bound is
    refused at once (503, Retry-After); one whose client disconnects is given up, whether it waits or runs; one
    that has not started when its deadline passes gets a 503, one still running a 504, and its work stops."""
    queue = queue_of(settings.concurrent_extractions, settings.max_pending)
    future = queue.submit(work)
    if future is None:
        raise HTTPException(503, f"{settings.max_pending} extractions are queued or running, the most this service "
                                 "takes; try again later", headers={"Retry-After": str(settings.retry_after_seconds)})
    waiting = asyncio.wrap_future(future)
    deadline = time.monotonic() + settings.request_seconds
    try:
        while True:
            done, _ = await asyncio.wait({waiting}, timeout=min(0.25, max(0.0, deadline - time.monotonic())))
            if done:
                return waiting.result()
            if await request.is_disconnected():
                raise ClientGone
            if time.monotonic() >= deadline:
                if queue.drop(future):
                    raise HTTPException(503, f"the request did not start within {settings.request_seconds:g} s "
                                             "(ZHIBIAO_REQUEST_SECONDS): the service is busy; try again later",
                                        headers={"Retry-After": str(settings.retry_after_seconds)})
                raise HTTPException(504, f"the extraction did not finish within {settings.request_seconds:g} s "
                                         "(ZHIBIAO_REQUEST_SECONDS); send a shorter text, or ask for a longer deadline")
    except BaseException:  # the client gone, the deadline passed, or the handler cancelled: nobody wants the work
        queue.drop(future)
        waiting.cancel()
        raise


ExtractorDependency = Annotated[Extractor, Depends(get_extractor)]
SettingsDependency = Annotated[Settings, Depends(get_settings)]
KEY = [Depends(require_key)]


def _check(settings: Settings, requests: list[ExtractRequest]) -> None:
    if len(requests) > settings.max_batch_documents:
        raise HTTPException(422, f"a batch holds at most {settings.max_batch_documents:,} documents; this one has {len(requests):,}")
    for number, item in enumerate(requests, 1):
        if len(item.text) > settings.max_chars:
            raise HTTPException(413, f"document {number} has {len(item.text):,} characters; the limit is {settings.max_chars:,}")
        for name, value in (("text", item.text), ("doc_id", item.doc_id or "")):
            # JSON's \ud800 escapes decode to a lone surrogate, which no UTF-8 response can carry back (a 500, found by
            # tests/test_fuzz.py); it is not a character, so it is refused rather than dropped or replaced
            if surrogate := LONE_SURROGATE.search(value):
                raise HTTPException(422, f"document {number}'s {name} holds a lone surrogate, U+{ord(surrogate.group()):04X}, "
                                         f"at {surrogate.start():,}: not a Unicode character; send valid UTF-16 escapes")
    if sum(len(item.text) for item in requests) > settings.max_batch_chars:
        raise HTTPException(413, f"a batch holds at most {settings.max_batch_chars:,} characters in all")


def _extract(extractor: Extractor, requests: list[ExtractRequest]) -> Steps[list[ExtractResponse]]:
    extractions = yield from extractor.extract_steps([Document(r.text, r.doc_id, r.reference_date) for r in requests])
    model = ModelInfo.model_validate(extractor)
    return [ExtractResponse.build(e, r.text, model) for e, r in zip(extractions, requests)]


async def _run(extractor: Extractor, settings: Settings, request: Request,
               requests: list[ExtractRequest]) -> list[ExtractResponse]:
    _check(settings, requests)  # before queueing: a refusal need not wait its turn
    request.state.characters = sum(len(item.text) for item in requests)
    return await in_turn(request, settings, _extract(extractor, requests))


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
app.include_router(label_studio.backend_router(get_extractor, get_settings, in_turn))
fastapi_openapi = app.openapi


def openapi_with_example() -> dict:
    """FastAPI's OpenAPI document with the example response whole: FastAPI drops every null from the
    document, so the example is put in after."""
    document = fastapi_openapi()
    document["components"]["schemas"]["ExtractResponse"]["examples"] = [EXAMPLE["response"]]
    return document


app.openapi = openapi_with_example


def takes_post(scope: Scope) -> bool:
    """Whether a route takes this POST (another method, or no route at all, gets FastAPI's 405 or 404)."""
    return any(route.matches(scope)[0] == Match.FULL for route in app.routes if "POST" in getattr(route, "methods", ()))


def body_refusal(scope: Scope) -> JSONResponse | None:
    """Why a request's body is refused before a byte of it is read, or None. Over the size limit by its
    declared length (413), or declaring none (a chunked body, whose size cannot be known in advance: 411);
    not declared as what the route takes (415, with the reason, not a confusing 422)."""
    if scope["method"] != "POST" or not takes_post(scope):
        return None
    headers = Headers(scope=scope)
    limit = current_settings().max_request_bytes
    length = headers.get("content-length")
    if length is None or not length.isdigit():
        return JSONResponse(status_code=411, content={"detail": "send the body with a Content-Length header"})
    if int(length) > limit:
        return JSONResponse(status_code=413, content={
            "detail": f"a request body is at most {limit:,} bytes (ZHIBIAO_MAX_REQUEST_BYTES); this one has {int(length):,}"})
    expected, how = BODY_TYPES.get(scope["path"], JSON_BODY)
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != expected:
        return JSONResponse(status_code=415, content={"detail": f"{how} (got {content_type or 'none'!r})"})
    return None


class CheckBody:
    """``body_refusal`` for every request. (Plain ASGI, as the other middleware here: Starlette's
    BaseHTTPMiddleware would hide a client's disconnection from the routes, see ``in_turn``.)"""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusal = body_refusal(scope) if scope["type"] == "http" else None
        await (refusal or self.app)(scope, receive, send)


class CORSFromSettings:
    """Starlette's CORSMiddleware for the origins the settings allow; with none, requests pass untouched
    (CORS off: a browser lets only pages of the service's own origin read its responses)."""

    def __init__(self, app: ASGIApp):
        self.app = app
        self.by_origins: dict[tuple[str, ...], CORSMiddleware] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        origins = tuple(current_settings().cors_origins) if scope["type"] == "http" else ()
        if not origins:
            return await self.app(scope, receive, send)
        if origins not in self.by_origins:
            self.by_origins[origins] = CORSMiddleware(self.app, allow_origins=origins, allow_methods=["GET", "POST"],
                                                      allow_headers=["Authorization", "Content-Type"])
        await self.by_origins[origins](scope, receive, send)


class AccessLog:
    """One JSON line a request on the ``zhibiao.access`` logger: never the text, only how much of it there
    was (what the route put in ``request.state.characters``)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500  # unless a response starts

        async def send_noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_noting_status)
        finally:
            access_log.info(json.dumps({
                "time": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds"),
                "method": scope["method"], "path": scope["path"], "status": status,
                "characters": scope.get("state", {}).get("characters"),
                "seconds": round(time.perf_counter() - started, 4)}))


# the last added is the outermost: every request logged, refusals (401, 411, 413, 415) with CORS headers
app.add_middleware(CheckBody)
app.add_middleware(CORSFromSettings)
app.add_middleware(AccessLog)


@app.exception_handler(ClientGone)
def client_gone(request: Request, error: ClientGone) -> Response:
    return Response(status_code=499)  # nginx's "client closed request": nobody reads it, the access log does


@app.post("/extract", response_model=ExtractResponse, dependencies=KEY,
          responses=extraction_refusals({413: TOO_LONG, 415: NOT_JSON, 422: MALFORMED}))
async def extract(body: ExtractRequest, extractor: ExtractorDependency, settings: SettingsDependency,
                  request: Request) -> ExtractResponse:
    return (await _run(extractor, settings, request, [body]))[0]


@app.post("/extract/batch", response_model=BatchResponse, dependencies=KEY, responses=extraction_refusals({
    413: f"{TOO_LONG}; or documents over {DEFAULT_SETTINGS.max_batch_chars:,} characters in all (ZHIBIAO_MAX_BATCH_CHARS)",
    415: NOT_JSON,
    422: f"{MALFORMED} in a document; no documents, or over {DEFAULT_SETTINGS.max_batch_documents} (ZHIBIAO_MAX_BATCH_DOCUMENTS)",
}))
async def extract_batch(body: BatchRequest, extractor: ExtractorDependency, settings: SettingsDependency,
                        request: Request) -> BatchResponse:
    return BatchResponse(results=await _run(extractor, settings, request, body.documents))


@app.post(FILE_ROUTE, response_model=ExtractFileResponse, dependencies=KEY, responses=extraction_refusals({
    413: f"the file is over {DEFAULT_FILE_MB} MB, or its text over {DEFAULT_SETTINGS.max_chars:,} characters; a PDF of "
         f"over {DEFAULT_SETTINGS.max_pdf_pages:,} pages or whose text takes over {DEFAULT_SETTINGS.pdf_seconds:g} s to "
         f"read; a DOCX that unpacks to over {DEFAULT_SETTINGS.max_unpacked_bytes // 2**20} MB (a zip bomb). The message "
         "names the limit; the service may set each (ZHIBIAO_MAX_FILE_BYTES, ZHIBIAO_MAX_CHARS, ZHIBIAO_MAX_PDF_PAGES, "
         "ZHIBIAO_PDF_SECONDS, ZHIBIAO_MAX_UNPACKED_BYTES)",
    415: "the body is not multipart/form-data, or the file is not text, HTML, PDF or DOCX",
    422: "no file field, a malformed reference_date, text neither UTF-8 nor GB18030, "
         "a PDF without a text layer (a scan: it needs OCR), a password-protected or damaged file, or no text",
}))
async def extract_file(
    extractor: ExtractorDependency,
    settings: SettingsDependency,
    request: Request,
    file: Annotated[UploadFile, File(description=f".txt, .html, .pdf or .docx, at most {DEFAULT_FILE_MB} MB by default; "
                                                 "without a known suffix the type is told from the content")],
    doc_id: Annotated[str | None, Form()] = None,
    reference_date: Annotated[datetime.date | None, Form(
        description=ExtractRequest.model_fields["reference_date"].description)] = None,
) -> ExtractFileResponse:
    """The file's text is read (see ``service/readers.py``) and extracted as ``/extract`` would; the
    response adds that text, since for a PDF or DOCX it is not the file's own and offsets index it.
    The file is read in a worker thread of its own before the extraction queues: a PDF may take up to
    ZHIBIAO_PDF_SECONDS, which no other request should wait for."""
    def read() -> str:
        try:
            return read_document(file.file.read(settings.max_file_bytes + 1), file.filename or "",
                                 file.content_type or "", settings).text
        except UnreadableDocument as err:
            raise HTTPException(STATUS_OF_UNREADABLE[err.reason], str(err)) from None

    text = await run_in_threadpool(read)
    try:
        body = ExtractRequest(text=text, doc_id=doc_id, reference_date=reference_date)
    except ValidationError as err:  # a file holding no text
        raise HTTPException(422, err.errors(include_url=False, include_context=False, include_input=False)) from None
    _check(settings, [body])
    request.state.characters = len(text)

    def extract_text() -> Steps[ExtractFileResponse]:
        [response] = yield from _extract(extractor, [body])
        return ExtractFileResponse.of(response, text)

    return await in_turn(request, settings, extract_text())


@app.post("/export/{table_format}", response_class=Response, dependencies=KEY, responses={
    200: {"description": "the measurements, a row each with the columns of `zhibiao extract --format csv` (every field "
                         "flattened: value_number, time_period_start …; sentence_text when the body has the text): "
                         "CSV in UTF-8 with a byte order mark, which Excel reads as UTF-8, or an XLSX workbook",
          "content": {media_type: {} for media_type in TABLE_TYPES.values()}},
    **refusals({400: EXTRACTION_REFUSALS[400], 401: EXTRACTION_REFUSALS[401], 415: NOT_JSON,
                422: "the body is not an /extract response, or the format is neither csv nor xlsx"}),
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
