"""End to end: a real uvicorn server on loopback serving the session's model, a seed report over HTTP."""

import json
import urllib.request
from pathlib import Path

from training.gold import load_jsonl

ROOT = Path(__file__).resolve().parent.parent
SEED = "004_68a3d04b2fc60ef8"


def post(url: str, body: dict) -> dict:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.status == 200
        return json.loads(response.read())


def test_uvicorn_serves_a_seed_report(server):
    with urllib.request.urlopen(f"{server}/health", timeout=10) as response:
        assert json.loads(response.read())["status"] == "ok"
    text = (ROOT / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    body = post(f"{server}/extract", {"text": text, "doc_id": "004"})

    assert body["doc_id"] == "004"
    # the title says 2024年生态环境保护工作总结: relative times (全年, 目前) resolve in 2024
    assert body["reference_date"] == {"date": "2024-12-31", "source": "title"}
    measurements = body["measurements"]
    assert [m["id"] for m in measurements] == [f"m{i}" for i in range(1, len(measurements) + 1)]
    for m in measurements:
        for part in ("indicator", "value", "unit", "time"):
            if m[part] and m[part]["start"] is not None:
                assert text[m[part]["start"]:m[part]["end"]] == m[part]["text"]
        assert m["sentence"]["start"] <= m["value"]["start"] <= m["value"]["end"] <= m["sentence"]["end"]
    for entity in body["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]

    def found(value: str, after: str) -> dict:
        """The measurement of the value written right after ``after``."""
        start = text.index(after + value) + len(after)
        [m] = [m for m in measurements if (m["value"]["start"], m["value"]["end"]) == (start, start + len(value))]
        return m

    rate = found("99.5", "空气质量优良率")
    assert (rate["indicator"]["text"], rate["value"]["number"], rate["unit"]["canonical"], rate["kind"]) == (
        "空气质量优良率", 99.5, "%", "level")
    change = found("10.5", "同比上升")
    assert (change["indicator"]["text"], change["value"]["number"], change["unit"]["canonical"], change["kind"]) == (
        "优级率", 10.5, "pp", "change")
    funds = found("16053万", "积极争取上级资金")
    assert (funds["value"]["number"], funds["unit"]["text"], funds["unit"]["canonical"], funds["unit"]["dimension"]) == (
        160530000.0, "元", "CNY", "money")
    saved = found("1345万", "节省资金")
    assert (saved["value"]["number"], saved["unit"]["canonical"]) == (13450000.0, "CNY")
    assert (saved["time"]["text"], saved["time"]["period_start"], saved["time"]["period_end"]) == ("全年", "2024-01-01", "2024-12-31")

    # this report is in the training set: the point is that what the model finds comes through HTTP whole
    [gold] = [d for d in load_jsonl(ROOT / "annotations" / "gold" / "seeds.jsonl") if d.id == SEED]
    entities = {e.id: e for e in gold.entities}
    gold_values = {(entities[int(i)].start, entities[int(i)].end): a["kind"] for i, a in gold.attributes.items()}
    served = {(m["value"]["start"], m["value"]["end"]): m["kind"] for m in measurements}
    agreeing = sum(served.get(span) == kind for span, kind in gold_values.items())
    assert agreeing >= 0.95 * len(gold_values), f"{agreeing} of the gold's {len(gold_values)} values, with their kind"
