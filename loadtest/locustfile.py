"""Locust users of the service: each posts one of the five seed reports to /extract, again and again.
Run by ``make loadtest`` (loadtest/run.py), or by hand: locust -f loadtest/locustfile.py --host URL."""

import os
from pathlib import Path

from locust import HttpUser, task

SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))]
HEADERS = {"Authorization": f"Bearer {os.environ['ZHIBIAO_LOAD_KEY']}"} if os.environ.get("ZHIBIAO_LOAD_KEY") else {}


class Analyst(HttpUser):
    @task
    def extract_a_report(self):
        number = self.environment.runner.stats.num_requests if self.environment.runner else 0
        self.client.post("/extract", json={"text": SEEDS[number % len(SEEDS)]}, headers=HEADERS, timeout=900)
