"""Fixtures the service, CLI and end-to-end tests share: the shipped model, loaded once for the whole
session, a real uvicorn server of it, and a stub extractor for the tests of the HTTP contract, which
need no model."""

import datetime
import threading
import time

import pytest
import uvicorn
from fastapi.testclient import TestClient

from service import api
from service.measurements import Measurement, Sentence, TextSpan, Time, Unit, Value
from service.normalize import ReferenceDate
from service.pipeline import Document, Extraction, Extractor
from service.settings import DEFAULT_SETTINGS, Settings
from service.spans import Span
from service.steps import run

# What the stub extracts from every document, as if it had read this text.
STUB_TEXT = "2024年,全市PM2.5平均浓度为32.2微克/立方米。"
STUB_MEASUREMENT = Measurement(
    id="m1",
    indicator=TextSpan("PM2.5平均浓度", 8, 17),
    value=Value("32.2", 18, 22, number=32.2, low=None, high=None, masked=False, approx=None),
    unit=Unit("微克/立方米", 22, 28, canonical="μg/m³", dimension="concentration"),
    time=Time("2024年", 0, 5, datetime.date(2024, 1, 1), datetime.date(2024, 12, 31), granularity="year", source="sentence"),
    kind="level",
    target=False,
    confidence=0.9876,
    sentence=Sentence(0, 29),
)
STUB_ENTITY = Span("VAL", 18, 22, score=0.987654)


def pytest_addoption(parser):
    parser.addoption("--update-snapshots", action="store_true",
                     help="rewrite tests/snapshots/ from the code, after a deliberate change of the contract")


class StubExtractor:
    """Stands in for the model: every document gets ``STUB_MEASUREMENT`` and ``STUB_ENTITY``, and its
    reference date as the request's. It keeps the documents it was given and the settings it was built from."""

    name, version, precision = "stub", "0", "float32"

    def __init__(self, settings: Settings | None = None):
        self.settings = settings
        self.documents: list[Document] = []
        self.closed = False

    @classmethod
    def from_settings(cls, settings: Settings) -> "StubExtractor":
        return cls(settings)

    def extract_batch(self, documents: list[Document]) -> list[Extraction]:
        return run(self.extract_steps(documents))

    def extract_steps(self, documents: list[Document]):
        self.documents.extend(documents)
        yield
        return [Extraction(d.doc_id, ReferenceDate(d.reference_date, "request"), [STUB_MEASUREMENT], [STUB_ENTITY])
                for d in documents]

    def close(self) -> None:
        self.closed = True


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The shipped model, loaded once for the whole session: service, CLI, end-to-end and form tests share it."""
    extractor = Extractor()
    yield extractor
    extractor.close()


@pytest.fixture
def serve():
    """``serve(extractor, settings)``: the app answers with ``extractor`` and ``settings`` (by default the
    defaults, whatever the environment says) in place of the lifespan's model and the environment's
    settings; returns a client of it. The lifespan does not run."""
    def serve_with(extractor, settings: Settings = DEFAULT_SETTINGS) -> TestClient:
        api.app.dependency_overrides[api.get_extractor] = lambda: extractor
        api.app.dependency_overrides[api.get_settings] = lambda: settings
        return TestClient(api.app)

    yield serve_with
    api.app.dependency_overrides.clear()


@pytest.fixture
def client(serve, extractor) -> TestClient:
    """The app with the shipped model."""
    return serve(extractor)


@pytest.fixture
def server(serve, extractor):
    """The base URL of uvicorn serving the app in this process, with the session's model (no lifespan: it
    would load a second one)."""
    serve(extractor)
    server = uvicorn.Server(uvicorn.Config(api.app, host="127.0.0.1", port=0, lifespan="off", log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 60
    while not server.started:
        assert time.time() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)


@pytest.fixture
def stub() -> StubExtractor:
    return StubExtractor()


@pytest.fixture
def stub_client(serve, stub) -> TestClient:
    """The app with the stub extractor: for what the contract says, not what the model finds."""
    return serve(stub)
