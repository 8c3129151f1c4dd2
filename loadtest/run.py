"""``make loadtest``: start the service (the shipped model) and drive it with Locust at 1, 5 and 20 users, each
for the same time, printing per level the requests served, failures, throughput (requests and characters per
second), latency percentiles and the server's RSS.

    .venv/bin/python -m loadtest.run [--seconds 60] [--users 1 5 20]
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
from pathlib import Path

from loadtest.locustfile import SEEDS
from loadtest.measure import rss_mb, start

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long each level runs")
    parser.add_argument("--users", type=int, nargs="+", default=[1, 5, 20])
    args = parser.parse_args()
    mean_chars = sum(map(len, SEEDS)) / len(SEEDS)
    server, url = start({})
    try:
        print(f"RSS after start {rss_mb(server.pid):,.0f} MB; the seeds, {mean_chars:,.0f} characters on average")
        print("users  requests  failures  req/s  chars/s   p50 s   p95 s   p99 s   RSS MB")
        for users in args.users:
            with tempfile.TemporaryDirectory() as folder:
                prefix = Path(folder) / "stats"
                subprocess.run([sys.executable, "-m", "locust", "-f", str(HERE / "locustfile.py"), "--headless",
                                "--host", url, "-u", str(users), "-r", str(users), "-t", f"{args.seconds}s",
                                "--stop-timeout", "600", "--csv", str(prefix), "--only-summary"],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                row = next(r for r in csv.DictReader(open(f"{prefix}_stats.csv")) if r["Name"] == "Aggregated")
            rate = float(row["Requests/s"])
            print(f"{users:5d}  {int(row['Request Count']):8d}  {int(row['Failure Count']):8d}  {rate:5.2f}  "
                  f"{rate * mean_chars:7,.0f}  {float(row['50%']) / 1000:6.2f}  {float(row['95%']) / 1000:6.2f}  "
                  f"{float(row['99%']) / 1000:6.2f}  {rss_mb(server.pid):7,.0f}")
    finally:
        server.terminate()
        server.wait(60)


if __name__ == "__main__":
    main()
