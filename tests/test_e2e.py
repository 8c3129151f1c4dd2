"""End to end: a real uvicorn server on loopback, a seed report over HTTP."""

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_uvicorn_serves_a_seed_report():
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "uvicorn", "service.api:app", "--host", "127.0.0.1", "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            assert time.time() < deadline and server.poll() is None, "server did not become healthy"
            time.sleep(0.5)
        text = (ROOT / "seeds" / "004_68a3d04b2fc60ef8.txt").read_text(encoding="utf-8")
        request = urllib.request.Request(f"{base}/extract", data=json.dumps({"text": text, "doc_id": "004"}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as r:
            body = json.loads(r.read())
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert body["doc_id"] == "004"
    measurements = body["measurements"]
    assert len(measurements) > 60  # the gold has 111 for this report
    for m in measurements:
        for part in ("indicator", "value", "unit"):
            if m[part] and m[part]["text"]:
                assert text[m[part]["start"]:m[part]["end"]] == m[part]["text"]
    numbers = [m["value"]["number"] for m in measurements if m["value"]["number"] is not None]
    assert len(numbers) > 50
    assert any(m["kind"] == "change" for m in measurements)
