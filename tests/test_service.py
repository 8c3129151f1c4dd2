"""POST /extract and friends, with the real shipped model."""

from pathlib import Path

import pytest


ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。全年查处案件795宗,罚款金额约亿元,同比分别下降%、%。"


def spans_of(response: dict):
    for m in response["measurements"]:
        for part in ("indicator", "value", "unit", "time"):
            if m[part] and m[part].get("start") is not None:
                yield m[part]
    yield from response["entities"]


def assert_offsets_point_into(text: str, response: dict):
    for span in spans_of(response):
        assert text[span["start"]:span["end"]] == span["text"], span


def test_extract_normalizes_and_offsets_point_into_the_text(client):
    response = client.post("/extract", json={"text": SENTENCE, "doc_id": "s1", "reference_date": "2024-12-31"})
    assert response.status_code == 200
    body = response.json()
    assert body["doc_id"] == "s1" and body["reference_date"] == {"date": "2024-12-31", "source": "request"}
    assert_offsets_point_into(SENTENCE, body)
    by_value = {m["value"]["text"]: m for m in body["measurements"] if m["value"]["text"]}
    level = by_value["91.8"]
    assert level["value"]["number"] == 91.8 and level["unit"]["canonical"] == "%" and level["kind"] == "level"
    assert level["indicator"]["text"] == "空气质量优良天数比例"
    assert (level["time"]["period_start"], level["time"]["period_end"], level["time"]["source"]) == ("2024-01-01", "2024-12-31", "sentence")
    change = by_value["1.9"]
    assert change["kind"] == "change" and change["unit"]["canonical"] == "pp" and change["unit"]["dimension"] == "percentage_point"
    assert by_value["795"]["unit"]["text"] == "宗"


def test_masked_values_are_kept_as_masked_measurements(client):
    body = client.post("/extract", json={"text": SENTENCE}).json()
    masked = [m for m in body["measurements"] if m["value"]["masked"]]
    # 约亿元 (a bare magnitude) and the two redacted percentages
    assert len(masked) >= 3
    assert all(m["value"]["number"] is None for m in masked)
    assert any(m["unit"] and m["unit"]["text"] == "%" and m["kind"] == "change" for m in masked)


def test_html_and_page_chrome_do_not_move_offsets(client):
    text = "下载\r\n打印\r\n<div class=\"c\"><p>2024年，全市PM2.5平均浓度为32.2微克/立方米&nbsp;，同比改善13.6%。</p></div>\r\n"
    body = client.post("/extract", json={"text": text}).json()
    assert_offsets_point_into(text, body)
    values = {m["value"]["text"]: m for m in body["measurements"]}
    assert values["32.2"]["unit"]["canonical"] == "μg/m³"
    assert any("markup or page chrome" in w for w in body["warnings"])


def test_a_long_sentence_loses_and_doubles_nothing_at_window_edges(client):
    # one sentence far longer than a window: it is cut into overlapping windows and merged again
    clauses = [f"第{i}片区新建污水管网{i * 7 + 3}公里" for i in range(1, 160)]
    text = "2024年，" + "，".join(clauses) + "。"
    body = client.post("/extract", json={"text": text}).json()
    assert_offsets_point_into(text, body)
    starts = [m["value"]["start"] for m in body["measurements"]]
    assert len(starts) == len(set(starts)), "a value was reported twice"
    expected = {text.index(f"网{i * 7 + 3}公里") + 1 for i in range(1, 160)}
    assert len(expected & set(starts)) >= 0.95 * len(expected)


def test_batch_matches_single_requests(client):
    other = "截至2024年底,全市新增5家危废经营企业。"
    batch = client.post("/extract/batch", json={"documents": [{"text": SENTENCE, "doc_id": "a"}, {"text": other, "doc_id": "b"}]})
    assert batch.status_code == 200
    results = batch.json()["results"]
    assert [r["doc_id"] for r in results] == ["a", "b"]
    single = client.post("/extract", json={"text": other, "doc_id": "b"}).json()
    # the same facts; in bfloat16 a batch's padding shifts the last digits of a score
    batched, alone = results[1]["measurements"], single["measurements"]
    assert [{**m, "confidence": None} for m in batched] == [{**m, "confidence": None} for m in alone]
    assert [m["confidence"] for m in batched] == pytest.approx([m["confidence"] for m in alone], abs=0.01)


@pytest.mark.parametrize("request_kwargs, status, message", [
    ({"json": {"text": "   \n\t"}}, 422, "empty or only whitespace"),
    ({"json": {"text": ""}}, 422, "empty or only whitespace"),
    ({"json": {"text": 12}}, 422, "valid string"),
    ({"json": {"doc_id": "x"}}, 422, "Field required"),
    ({"json": {"text": "2024年", "reference_date": "yesterday"}}, 422, "date"),
    ({"json": {"text": "a" * 1_000_001}}, 413, "limit is 1,000,000"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "JSON decode error"),
    ({"content": "2024年".encode(), "headers": {"content-type": "text/plain"}}, 415, "application/json"),
    ({"content": b"", "headers": {}}, 415, "application/json"),
])
def test_bad_input_gets_a_clear_4xx(client, request_kwargs, status, message):
    response = client.post("/extract", **request_kwargs)
    assert response.status_code == status
    assert message in str(response.json()["detail"])


def test_batch_limits(client):
    assert client.post("/extract/batch", json={"documents": []}).status_code == 422
    too_many = {"documents": [{"text": "2024年"}] * 101}
    assert client.post("/extract/batch", json=too_many).status_code == 422


def test_health_version_and_openapi(client):
    assert client.get("/health").json()["status"] == "ok"
    model = client.get("/version").json()["model"]
    assert model["name"] == "zhibiao-small"
    assert model["precision"] == "int8"  # the default, auto
    assert "/extract" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 200


def test_concurrent_requests_get_the_same_answers(client):
    from concurrent.futures import ThreadPoolExecutor

    texts = [SENTENCE, "截至2024年底,全市新增5家危废经营企业。", "力争全市空气环境质量优良率达xx%以上。"] * 3
    expected = {t: client.post("/extract", json={"text": t}).json()["measurements"] for t in set(texts)}
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda t: client.post("/extract", json={"text": t}).json()["measurements"], texts))
    assert answers == [expected[t] for t in texts]
