"""Memory and fairness of a running `zhibiao serve`, measured from outside as a client would (issue #23).

    .venv/bin/python -m loadtest.measure [--soak] [--fairness-only] [--long-chars N] [--arena-max N] [--at-once N]

Starts the service (the shipped model) on a free port, then prints:
  - RSS after start, after the five seeds one by one, after 100 requests from 20 concurrent clients;
  - latency of one-sentence requests sent every half second while a 300,000-character document (--long-chars)
    is extracted (with --fairness-only, just this);
  - with --soak: RSS after the first 20 and after all of 1,000 mixed requests (the seeds from 20 clients,
    and five 300,000-character documents among them).
RSS is the server process's VmRSS (/proc). Numbers are this machine's: say which CPU beside them.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
SENTENCE = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"
LONG_CHARS = 300_000


def long_document(chars: int = LONG_CHARS) -> str:
    text = "\n".join(SEEDS)
    return (text * (chars // len(text) + 1))[:chars]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "service.cli", "serve", "--port", str(port)], cwd=ROOT,
                              env={**os.environ, **env}, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 600
    while time.time() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                return server, url
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    server.kill()
    raise RuntimeError("the service did not start")


def post(url: str, text: str) -> tuple[int, float]:
    started = time.perf_counter()
    status = httpx.post(f"{url}/extract", json={"text": text}, timeout=900).status_code
    return status, time.perf_counter() - started


def concurrently(url: str, texts: list[str], clients: int) -> list[tuple[int, float]]:
    with ThreadPoolExecutor(clients) as pool:
        return list(pool.map(lambda text: post(url, text), texts))


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def measure_memory(url: str, server: subprocess.Popen) -> None:
    for text in SEEDS:
        post(url, text)
    seeds_rss = rss_mb(server.pid)
    print(f"RSS after the five seeds one by one: {seeds_rss:,.0f} MB")
    results = concurrently(url, SEEDS * 20, clients=20)
    latencies = [seconds for _, seconds in results]
    statuses = sorted({status for status, _ in results})
    busy_rss = rss_mb(server.pid)
    print(f"100 requests from 20 clients: statuses {statuses}, p50 {percentile(latencies, 50):.2f} s, "
          f"p95 {percentile(latencies, 95):.2f} s; RSS {busy_rss:,.0f} MB = {busy_rss / seeds_rss:.2f} x after the seeds")


def fairness(url: str, server: subprocess.Popen, chars: int) -> None:
    long_result = []
    worker = threading.Thread(target=lambda: long_result.append(post(url, long_document(chars))))
    worker.start()
    time.sleep(1)
    # one sentence every half second, each on its own connection, so that a request stuck behind the
    # long one counts as long as it waits instead of holding the next ones back
    short, senders = [], []
    while worker.is_alive():
        sender = threading.Thread(target=lambda: short.append(post(url, SENTENCE)[1]))
        sender.start()
        senders.append(sender)
        time.sleep(0.5)
    worker.join()
    for sender in senders:
        sender.join()
    if not short:
        print(f"the {chars:,}-character document took {long_result[0][1]:.1f} s: no short request was sent beside it")
        return
    print(f"one-sentence requests every 0.5 s during a {chars:,}-character document ({long_result[0][1]:.1f} s, "
          f"status {long_result[0][0]}): {len(short)} sent, p50 {percentile(short, 50):.2f} s, "
          f"p95 {percentile(short, 95):.2f} s, max {max(short):.2f} s; RSS {rss_mb(server.pid):,.0f} MB")


def soak(url: str, server: subprocess.Popen, document: str) -> None:
    mixed = [SEEDS[i % len(SEEDS)] for i in range(1000)]
    for position in (150, 350, 550, 750, 950):
        mixed[position] = document
    first = concurrently(url, mixed[:20], clients=20)
    after_20 = rss_mb(server.pid)
    rest = concurrently(url, mixed[20:], clients=20)
    end = rss_mb(server.pid)
    statuses = sorted({status for status, _ in first + rest})
    print(f"soak of 1,000 mixed requests (20 clients, five {len(document):,}-character documents): statuses "
          f"{statuses}; RSS after the first 20 {after_20:,.0f} MB, at the end {end:,.0f} MB = {end / after_20:.2f} x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--soak", action="store_true", help="also 1,000 mixed requests (several minutes)")
    parser.add_argument("--arena-max", help="MALLOC_ARENA_MAX for the server (default: as the environment has it)")
    parser.add_argument("--at-once", help="ZHIBIAO_CONCURRENT_EXTRACTIONS for the server")
    parser.add_argument("--fairness-only", action="store_true", help="only the one-sentence requests beside a long document")
    parser.add_argument("--long-chars", type=int, default=LONG_CHARS, help="characters of the long document")
    args = parser.parse_args()
    env = {}
    if args.arena_max:
        env["MALLOC_ARENA_MAX"] = args.arena_max
    if args.at_once:
        env["ZHIBIAO_CONCURRENT_EXTRACTIONS"] = args.at_once
    server, url = start(env)
    try:
        print(f"server env {env or '(as inherited)'}; RSS after start {rss_mb(server.pid):,.0f} MB")
        if not args.fairness_only:
            measure_memory(url, server)
        fairness(url, server, args.long_chars)
        if args.soak:
            soak(url, server, long_document(args.long_chars))
    finally:
        server.terminate()
        server.wait(60)


if __name__ == "__main__":
    main()
