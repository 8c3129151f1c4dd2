"""POST /extract and friends, with the real shipped model."""

from pathlib import Path

import pytest

from sample_files import docx_bytes, pdf_bytes
from service.readers import MAX_BYTES

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


PM25 = "2024年，全市PM2.5平均浓度为32.2微克/立方米。"


@pytest.mark.parametrize("name, data", [
    ("report.docx", docx_bytes(["一、大气环境", PM25, [["指标", "同比"], ["PM2.5平均浓度", "改善13.6%"]]])),
    ("report.pdf", pdf_bytes(["一、大气环境", PM25])),
    ("page.html", f"<meta charset=gbk><p>{PM25}</p>".encode("gb18030")),
], ids=["docx", "pdf", "html"])
def test_extract_file_returns_the_text_its_offsets_index(client, name, data):
    response = client.post("/extract/file", files={"file": (name, data)},
                           data={"doc_id": "upload", "reference_date": "2024-12-31"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert PM25 in body["text"]
    assert body["doc_id"] == "upload" and body["reference_date"] == {"date": "2024-12-31", "source": "request"}
    assert_offsets_point_into(body["text"], body)
    value = next(m["value"] for m in body["measurements"] if m["value"]["number"] == 32.2)
    assert body["text"][value["start"]:value["end"]] == value["text"] == "32.2"
    # the same answer as posting that text as JSON: the file endpoint only adds the reading
    posted = client.post("/extract", json={"text": body["text"], "doc_id": "upload", "reference_date": "2024-12-31"}).json()
    assert [{**m, "confidence": None} for m in posted["measurements"]] == [{**m, "confidence": None} for m in body["measurements"]]


def test_extract_file_docx_table_rows_are_tab_joined_lines(client):
    data = docx_bytes([PM25, [["指标", "2024年"], ["化学需氧量排放量", "1.2万吨"]]])
    body = client.post("/extract/file", files={"file": ("r.docx", data)}).json()
    assert body["text"] == PM25 + "\n指标\t2024年\n化学需氧量排放量\t1.2万吨"
    assert body["doc_id"] is None


@pytest.mark.parametrize("request_kwargs, status, message", [
    ({"files": {"file": ("scan.pdf", pdf_bytes([None]))}}, 422, "needs OCR"),
    ({"files": {"file": ("report.txt", b"\xff\xfe\xff 2024")}}, 422, "neither UTF-8 nor GB18030"),
    ({"files": {"file": ("report.txt", "  \n ".encode())}}, 422, "empty or only whitespace"),
    ({"files": {"file": ("report.docx", b"not a zip")}}, 422, "not a readable DOCX"),
    ({"files": {"file": ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))}}, 415, "save it as .docx"),
    ({"files": {"file": ("photo", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xff")}}, 415, "not a PDF, DOCX, HTML or text file"),
    ({"files": {"file": ("big.txt", b"a" * (MAX_BYTES + 1))}}, 413, "larger than 20 MB"),
    ({"files": {"file": ("r.txt", PM25.encode())}, "data": {"reference_date": "yesterday"}}, 422, "date"),
    ({"files": {"other": ("r.txt", PM25.encode())}}, 422, "Field required"),
    ({"json": {"text": PM25}}, 415, "multipart/form-data"),
], ids=["scan", "undecodable", "blank", "damaged docx", "legacy doc", "image", "too large", "bad date", "no file", "json"])
def test_extract_file_bad_input_gets_a_clear_4xx(client, request_kwargs, status, message):
    response = client.post("/extract/file", **request_kwargs)
    assert response.status_code == status
    assert message in str(response.json()["detail"])


def test_json_endpoints_still_refuse_multipart(client):
    response = client.post("/extract", files={"file": ("r.txt", PM25.encode())})
    assert response.status_code == 415 and "application/json" in response.json()["detail"]


def test_extract_file_documents_its_form_and_errors(client):
    route = client.get("/openapi.json").json()["paths"]["/extract/file"]["post"]
    assert set(route["responses"]) >= {"200", "413", "415", "422"}
    assert "multipart/form-data" in route["requestBody"]["content"]
