"""What keeps zhibiao dependable in operation: a model directory checked against its manifest, and CLI
outputs that are written whole or not at all, and resumed."""

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
import uvicorn

from conftest import StubExtractor
from service import api
from service.cli import main
from service.manifest import MANIFEST_FILE, ModelIntegrityError, verify_manifest, write_manifest
from service.pipeline import Document, Extractor
from service.settings import DEFAULT_SETTINGS, Settings

ROOT = Path(__file__).resolve().parent.parent
TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"


@pytest.fixture
def model_copy(tmp_path: Path) -> Path:
    """A copy of the shipped model directory, manifest included, to damage."""
    return Path(shutil.copytree(DEFAULT_SETTINGS.model, tmp_path / "model"))


def test_the_shipped_model_matches_its_manifest():
    verify_manifest(DEFAULT_SETTINGS.model)


def test_one_byte_changed_in_the_weights_is_refused(model_copy: Path):
    weights = model_copy / "weights.safetensors"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 1
    weights.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError, match="weights.safetensors differs from the manifest"):
        Extractor(model_dir=model_copy)


@pytest.mark.parametrize("damage, message", [
    (lambda model: (model / "weights.safetensors").write_bytes(b""), "weights.safetensors differs"),
    (lambda model: (model / "config.json").unlink(), "config.json is missing"),
    (lambda model: (model / "extra.bin").write_bytes(b"x"), "extra.bin is not in the manifest"),
    (lambda model: (model / MANIFEST_FILE).unlink(), "no manifest.json, so its files cannot be checked"),
    (lambda model: (model / MANIFEST_FILE).write_text("{"), "manifest.json is not a manifest"),
])
def test_a_damaged_or_unlisted_model_directory_is_refused(model_copy: Path, damage, message):
    damage(model_copy)
    with pytest.raises(ModelIntegrityError, match=message):
        verify_manifest(model_copy)


def test_writing_a_manifest_records_the_files_as_they_are(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.bin").write_bytes(b"a")
    write_manifest(tmp_path)
    verify_manifest(tmp_path)
    assert json.loads((tmp_path / MANIFEST_FILE).read_text())["files"].keys() == {"sub/a.bin"}


def test_the_cli_refuses_a_damaged_model_in_one_line(model_copy: Path, tmp_path: Path):
    (model_copy / "config.json").write_text("{}")
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    for command in (["extract", str(tmp_path / "r.txt"), "--model", str(model_copy)], ["serve"]):
        run = subprocess.run([sys.executable, "-m", "service.cli", *command], cwd=ROOT, capture_output=True, text=True,
                             timeout=300, env={"PATH": "/usr/bin:/bin", "ZHIBIAO_MODEL": str(model_copy)})
        assert run.returncode == 2
        assert run.stderr.splitlines() == [f"zhibiao: {model_copy}: config.json differs from the manifest; the model was "
                                           "damaged or changed after it was saved: restore it, or retrain it (make train)"]


@pytest.fixture
def asked(extractor, monkeypatch) -> list:
    """The CLI gets the session's model; the documents it extracted are kept here."""
    extracted = []
    original = extractor.extract
    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: extractor))
    monkeypatch.setattr(extractor, "extract", lambda document: extracted.append(document.doc_id) or original(document))
    return extracted


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_a_rerun_extracts_only_the_documents_not_yet_in_the_output(tmp_path: Path, asked, capsys, form):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(TEXT.replace("2024", f"20{ord(name) - 77}"), encoding="utf-8")
    out = tmp_path / f"out.{form}"
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", form, "--out", str(out)]) == 0
    first = out.read_text(encoding="utf-8")
    assert main(["extract", *(str(tmp_path / f"{name}.txt") for name in "abc"), "--format", form, "--out", str(out)]) == 0
    assert asked == ["a", "b", "c"]
    assert "2 documents already in" in capsys.readouterr().err
    both = out.read_text(encoding="utf-8")
    assert both.startswith(first) and len(both) > len(first)
    assert "2022年" in both[len(first):]  # c's measurements, after a's and b's


def test_an_output_of_another_kind_is_not_resumed_into(tmp_path: Path, asked, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "notes.jsonl").write_text("my notes\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "--out", str(tmp_path / "notes.jsonl")]) == 2
    assert "is not JSON lines of extractions" in capsys.readouterr().err
    assert (tmp_path / "notes.jsonl").read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_a_killed_run_leaves_the_output_as_it_was(tmp_path: Path, stop):
    """A run stopped while writing: the output keeps the earlier run's content, never a truncated file; SIGTERM
    also removes the temporary file."""
    out = tmp_path / "out.jsonl"
    earlier = '{"doc_id": "earlier", "measurements": []}\n'
    out.write_text(earlier, encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    for number in range(400):
        (reports / f"r{number:03}.txt").write_text(TEXT * 20, encoding="utf-8")
    run = subprocess.Popen([sys.executable, "-m", "service.cli", "extract", str(reports), "--out", str(out)], cwd=ROOT,
                           stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while not any(p.stat().st_size > len(earlier) for p in tmp_path.glob(".out.jsonl.*.partial")):
        assert time.time() < deadline and run.poll() is None, "the run neither wrote nor kept running"
        time.sleep(0.05)
    run.send_signal(stop)
    assert run.wait(timeout=60) == (128 + stop if stop == signal.SIGTERM else -stop)
    assert out.read_text(encoding="utf-8") == earlier
    assert not list(tmp_path.glob(".out.jsonl.*.partial")) or stop == signal.SIGKILL


# ---- the HTTP service: keys, CORS, body size, access log, the queue ----

class SlowStub(StubExtractor):
    """The stub, holding each extraction until ``release`` is set (or ``seconds`` pass)."""

    def __init__(self, seconds: float = 30):
        super().__init__()
        self.release = threading.Event()
        self.started = threading.Event()
        self.seconds = seconds

    def extract_steps(self, documents):
        self.started.set()
        self.release.wait(self.seconds)
        return (yield from super().extract_steps(documents))


def test_with_keys_set_every_extraction_needs_one_and_the_page_still_loads(serve, stub):
    client = serve(stub, Settings(api_keys=["first-key", "second-key"]))
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "first-key"}):
        response = client.post("/extract", json={"text": TEXT}, headers=headers)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
        assert "valid API key" in response.json()["detail"]
    assert client.post("/export/csv", json={}).status_code == 401
    assert client.post("/extract", json={"text": TEXT}, headers={"Authorization": "Bearer second-key"}).status_code == 200
    assert [d.text for d in stub.documents] == [TEXT]
    for open_path in ("/health", "/version", "/", "/page/review.js"):
        assert client.get(open_path).status_code == 200, open_path


def test_without_keys_set_none_is_asked(stub_client):
    assert stub_client.post("/extract", json={"text": TEXT}).status_code == 200


def test_keys_come_from_a_comma_separated_variable(monkeypatch):
    monkeypatch.setenv("ZHIBIAO_API_KEYS", " first-key, second-key ,")
    monkeypatch.setenv("ZHIBIAO_CORS_ORIGINS", "https://review.example.org")
    settings = Settings()
    assert (settings.api_keys, settings.cors_origins) == (["first-key", "second-key"], ["https://review.example.org"])
    assert "first-key" not in repr(settings)


PREFLIGHT = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"}


def test_cors_is_off_unless_an_origin_is_allowed(serve, stub):
    origin = {"Origin": "https://review.example.org"}
    off = serve(stub)
    assert "access-control-allow-origin" not in off.options("/extract", headers=origin | PREFLIGHT).headers
    assert "access-control-allow-origin" not in off.post("/extract", json={"text": TEXT}, headers=origin).headers
    allowed = serve(stub, Settings(cors_origins=["https://review.example.org"]))
    preflight = allowed.options("/extract", headers=origin | PREFLIGHT)
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "https://review.example.org"
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()
    assert allowed.post("/extract", json={"text": TEXT}, headers=origin).headers["access-control-allow-origin"] == origin["Origin"]
    other = allowed.options("/extract", headers={"Origin": "https://elsewhere.example"} | PREFLIGHT)
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers


def test_a_body_over_the_limit_is_refused_from_its_declared_length(serve, stub):
    client = serve(stub, Settings(max_request_bytes=100))
    response = client.post("/extract", json={"text": "字" * 100})
    assert response.status_code == 413
    assert response.json()["detail"] == "a request body is at most 100 bytes (ZHIBIAO_MAX_REQUEST_BYTES); this one has 311"
    chunked = client.post("/extract", content=iter([b'{"text": "a"}']), headers={"Content-Type": "application/json"})
    assert chunked.status_code == 411 and "Content-Length" in chunked.json()["detail"]
    assert stub.documents == []
    assert client.post("/extract", json={"text": "字" * 10}).status_code == 200


@pytest.fixture
def access_lines():
    """The access log's lines while a test runs."""
    lines = []
    handler = logging.Handler()
    handler.emit = lambda record: lines.append(json.loads(record.getMessage()))
    logging.getLogger("zhibiao.access").addHandler(handler)
    yield lines
    logging.getLogger("zhibiao.access").removeHandler(handler)


def test_the_access_log_has_a_json_line_a_request_without_the_text(stub_client, access_lines):
    secret = "2024年,机密PM2.5平均浓度为32.2微克/立方米。"
    stub_client.post("/extract", json={"text": secret})
    stub_client.post("/extract", json={})
    stub_client.get("/health")
    assert [(line["method"], line["path"], line["status"], line["characters"]) for line in access_lines] == [
        ("POST", "/extract", 200, len(secret)), ("POST", "/extract", 422, None), ("GET", "/health", 200, None)]
    assert all(line["seconds"] >= 0 and line["time"].endswith("+00:00") for line in access_lines)
    assert "机密" not in json.dumps(access_lines, ensure_ascii=False)


def in_background(call):
    """Start ``call`` in a thread; the returned function waits for and returns its result."""
    result = []
    thread = threading.Thread(target=lambda: result.append(call()), daemon=True)
    thread.start()
    return lambda: (thread.join(60), result[0])[1]


def test_beyond_the_queue_bound_a_request_is_refused_at_once_with_retry_after(serve):
    stub = SlowStub()
    client = serve(stub, Settings(max_pending=1, concurrent_extractions=1, retry_after_seconds=7))
    first = in_background(lambda: client.post("/extract", json={"text": "first"}))
    assert stub.started.wait(30)
    refused = client.post("/extract", json={"text": "second"})
    assert refused.status_code == 503 and refused.headers["retry-after"] == "7"
    assert "1 extractions are queued or running" in refused.json()["detail"]
    stub.release.set()
    assert first().status_code == 200
    assert [d.text for d in stub.documents] == ["first"]
    assert client.post("/extract", json={"text": "third"}).status_code == 200  # the slot is free again


def test_past_the_deadline_a_running_request_gets_504_and_a_waiting_one_503(serve):
    stub = SlowStub(seconds=3)
    client = serve(stub, Settings(concurrent_extractions=1, request_seconds=1))
    running = in_background(lambda: client.post("/extract", json={"text": "running"}))
    assert stub.started.wait(30)
    waiting = client.post("/extract", json={"text": "waiting"})
    assert waiting.status_code == 503 and "did not start within 1 s" in waiting.json()["detail"]
    late = running()
    assert late.status_code == 504 and "did not finish within 1 s" in late.json()["detail"]
    time.sleep(2.5)  # the running extraction ends on its own; the waiting one was never started
    assert [d.text for d in stub.documents] == ["running"]


@pytest.fixture
def stub_server(serve):
    """uvicorn serving the app with a ``SlowStub`` (one extraction at a time): (base URL, stub)."""
    stub = SlowStub()
    serve(stub, Settings(concurrent_extractions=1))
    server = uvicorn.Server(uvicorn.Config(api.app, host="127.0.0.1", port=0, lifespan="off", log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 60
    while not server.started:
        assert time.time() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}", stub
    stub.release.set()
    server.should_exit = True
    thread.join(timeout=30)


def test_the_work_of_a_client_that_disconnected_is_dropped(stub_server, access_lines):
    url, stub = stub_server
    first = in_background(lambda: httpx.post(f"{url}/extract", json={"text": "first"}, timeout=60))
    assert stub.started.wait(30)
    with pytest.raises(httpx.ReadTimeout):  # the client gives up while its request waits behind the first
        httpx.post(f"{url}/extract", json={"text": "abandoned"}, timeout=1)
    time.sleep(0.5)  # the service notices within a quarter of a second
    stub.release.set()
    assert first().status_code == 200
    assert [d.text for d in stub.documents] == ["first"]
    deadline = time.time() + 10
    while len(access_lines) < 2 and time.time() < deadline:  # a request's line is written after its response is sent
        time.sleep(0.05)
    assert sorted(line["status"] for line in access_lines) == [200, 499]


def test_sigterm_lets_the_request_in_flight_finish_then_exits_0(tmp_path: Path):
    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port)], cwd=ROOT,
                              env={**os.environ, "ZHIBIAO_SHUTDOWN_SECONDS": "120"}, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 300
        while True:
            assert time.time() < deadline and server.poll() is None, "the service did not start"
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        report = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
        in_flight = in_background(lambda: httpx.post(f"{url}/extract", json={"text": report}, timeout=300))
        time.sleep(1)  # the request is being extracted (the seeds take seconds)
        server.send_signal(signal.SIGTERM)
        response = in_flight()
        assert response.status_code == 200 and response.json()["measurements"]
        assert server.wait(timeout=120) == 0
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"{url}/health", timeout=5)
    finally:
        server.kill()
        server.wait()
    assert any('"status": 200' in line and '"path": "/extract"' in line for line in server.stderr.read().splitlines())


def steps_of(name: str, count: int, log: list, gate: threading.Event | None = None):
    """Work of ``count`` steps that logs each one (after ``gate`` opens) and returns its name."""
    for _ in range(count):
        if gate is not None:
            gate.wait(30)
        log.append(name)
        yield
    return name


def test_extractions_in_progress_take_turns_step_by_step_and_the_others_wait_in_order():
    queue, log, gate = api.ExtractionQueue(at_once=2, max_pending=8), [], threading.Event()
    futures = [queue.submit(steps_of(name, count, log, gate)) for name, count in (("long", 4), ("short", 1), ("next", 2))]
    gate.set()
    assert [future.result(30) for future in futures] == ["long", "short", "next"]
    # a step that finishes work logs nothing: short's second turn ends it, and next joins in its place
    assert log == ["long", "short", "long", "long", "next", "long", "next"]
    assert queue.pending == 0


def test_dropped_work_stops_before_its_next_step_and_frees_its_place():
    queue, log, gate = api.ExtractionQueue(at_once=1, max_pending=1), [], threading.Event()
    running = queue.submit(steps_of("running", 100, log, gate))
    assert queue.submit(steps_of("refused", 1, log)) is None
    deadline = time.time() + 30
    while not running.running() and time.time() < deadline:
        time.sleep(0.01)
    queue.drop(running)
    gate.set()
    with pytest.raises(api.ClientGone):
        running.result(30)
    assert len(log) <= 2 and queue.pending == 0
    assert queue.submit(steps_of("after", 1, log)).result(30) == "after"


def test_a_one_sentence_request_is_answered_while_a_long_document_is_still_being_extracted(extractor):
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    queue = api.ExtractionQueue(at_once=2, max_pending=8)
    # 300,000 characters take some 20 s here: far longer than a one-sentence request however fast the machine
    long_run = queue.submit(extractor.extract_steps([Document((seeds * 10)[:300_000])]))
    time.sleep(0.5)  # the long document is in the encoder
    short = queue.submit(extractor.extract_steps([Document("2024年，全市空气质量优良天数比例91.8%，同比改善1.9个百分点。")]))
    [extraction] = short.result(120)
    answered_first = not long_run.done()
    assert answered_first, "the one-sentence request waited for the whole long document"
    assert [m.value.number for m in extraction.measurements] == [91.8, 1.9]
    assert long_run.result(300)[0].measurements
