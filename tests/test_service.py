"""POST /extract and friends: what the shipped model finds (``client``), and what the contract says
whatever the model finds (``stub_client``, ``serve``: no model)."""

import csv
import datetime
import io
import json
import re
from importlib.metadata import version as package_version
from pathlib import Path

import openpyxl
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

from conftest import STUB_TEXT, StubExtractor
from sample_files import docx_bytes, pdf_bytes
from service import api
from service.contract import EXAMPLE, EXAMPLE_FILE
from service.frames import COLUMNS, measurement_rows
from service.pipeline import Document
from service.settings import DEFAULT_SETTINGS, Settings

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "openapi.json"
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
    # the same facts; in int8 a batch's padding shifts the last digits of a score (activations are scaled per batch)
    batched, alone = results[1]["measurements"], single["measurements"]
    assert [{**m, "confidence": None} for m in batched] == [{**m, "confidence": None} for m in alone]
    assert [m["confidence"] for m in batched] == pytest.approx([m["confidence"] for m in alone], abs=0.01)


@pytest.mark.parametrize("request_kwargs, status, message", [
    ({"json": {"text": "   \n\t"}}, 422, "empty or only whitespace"),
    ({"json": {"text": ""}}, 422, "empty or only whitespace"),
    ({"json": {"text": 12}}, 422, "valid string"),
    ({"json": {"doc_id": "x"}}, 422, "Field required"),
    ({"json": {"text": "2024年", "reference_date": "yesterday"}}, 422, "date"),
    ({"json": {"text": "2024年", "docid": "x"}}, 422, "Extra inputs are not permitted"),
    ({"json": {"text": "a" * 1_000_001}}, 413, "limit is 1,000,000"),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 422, "JSON decode error"),
    ({"content": "2024年".encode(), "headers": {"content-type": "text/plain"}}, 415, "application/json"),
    ({"content": b"", "headers": {}}, 415, "application/json"),
])
def test_bad_input_gets_a_clear_4xx(stub_client, stub, request_kwargs, status, message):
    response = stub_client.post("/extract", **request_kwargs)
    assert response.status_code == status
    assert message in str(response.json()["detail"])
    assert stub.documents == []


def test_batch_limits(stub_client, stub):
    assert stub_client.post("/extract/batch", json={"documents": []}).status_code == 422
    too_many = stub_client.post("/extract/batch", json={"documents": [{"text": "2024年"}] * 101})
    assert too_many.status_code == 422 and too_many.json()["detail"] == "a batch holds at most 100 documents; this one has 101"
    full = stub_client.post("/extract/batch", json={"documents": [{"text": "2024年", "doc_id": str(i)} for i in range(100)]})
    assert [r["doc_id"] for r in full.json()["results"]] == [str(i) for i in range(100)]
    assert len(stub.documents) == 100


def test_the_shipped_model_answers_health_and_version(client):
    model = {"name": "zhibiao-small", "version": client.get("/version").json()["model"]["version"], "precision": "int8"}
    assert client.get("/health").json() == {"status": "ok", "model": model}  # int8: the default precision, auto
    assert client.get("/version").json() == {"zhibiao": package_version("zhibiao"), "model": model}


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


def test_extract_file_docx_table_rows_are_tab_joined_lines(stub_client, stub):
    data = docx_bytes([PM25, [["指标", "2024年"], ["化学需氧量排放量", "1.2万吨"]]])
    body = stub_client.post("/extract/file", files={"file": ("r.docx", data)}).json()
    assert body["text"] == PM25 + "\n指标\t2024年\n化学需氧量排放量\t1.2万吨"
    assert body["doc_id"] is None
    assert stub.documents == [Document(body["text"])]


@pytest.mark.parametrize("request_kwargs, status, message", [
    ({"files": {"file": ("scan.pdf", pdf_bytes([None]))}}, 422, "needs OCR"),
    ({"files": {"file": ("report.txt", b"\xff\xfe\xff 2024")}}, 422, "neither UTF-8 nor GB18030"),
    ({"files": {"file": ("report.txt", "  \n ".encode())}}, 422, "empty or only whitespace"),
    ({"files": {"file": ("report.docx", b"not a zip")}}, 422, "not a readable DOCX"),
    ({"files": {"file": ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))}}, 415, "save it as .docx"),
    ({"files": {"file": ("photo", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xff")}}, 415, "not a PDF, DOCX, HTML or text file"),
    ({"files": {"file": ("big.txt", b"a" * (DEFAULT_SETTINGS.max_file_bytes + 1))}}, 413, "larger than 20 MB"),
    ({"files": {"file": ("r.txt", PM25.encode())}, "data": {"reference_date": "yesterday"}}, 422, "date"),
    ({"files": {"other": ("r.txt", PM25.encode())}}, 422, "Field required"),
    ({"json": {"text": PM25}}, 415, "multipart/form-data"),
], ids=["scan", "undecodable", "blank", "damaged docx", "legacy doc", "image", "too large", "bad date", "no file", "json"])
def test_extract_file_bad_input_gets_a_clear_4xx(stub_client, stub, request_kwargs, status, message):
    response = stub_client.post("/extract/file", **request_kwargs)
    assert response.status_code == status
    assert message in str(response.json()["detail"])
    assert stub.documents == []


def test_json_endpoints_still_refuse_multipart(stub_client):
    response = stub_client.post("/extract", files={"file": ("r.txt", PM25.encode())})
    assert response.status_code == 415 and "application/json" in response.json()["detail"]


# ---- the contract, with the stub extractor ----------------------------------------------------------------------


def test_a_response_is_the_extraction_as_the_contract_spells_it(stub_client, stub):
    response = stub_client.post("/extract", json={"text": STUB_TEXT, "doc_id": "d1", "reference_date": "2024-12-31"})
    assert response.status_code == 200
    assert stub.documents == [Document(STUB_TEXT, "d1", datetime.date(2024, 12, 31))]
    body = response.json()
    assert body == {
        "doc_id": "d1",
        "model": {"name": "stub", "version": "0", "precision": "float32"},
        "reference_date": {"date": "2024-12-31", "source": "request"},
        "measurements": [{
            "id": "m1",
            "indicator": {"text": "PM2.5平均浓度", "start": 8, "end": 17},
            "value": {"text": "32.2", "start": 18, "end": 22, "number": 32.2, "low": None, "high": None,
                      "masked": False, "approx": None},
            "unit": {"text": "微克/立方米", "start": 22, "end": 28, "canonical": "μg/m³", "dimension": "concentration"},
            "time": {"text": "2024年", "start": 0, "end": 5, "period_start": "2024-01-01", "period_end": "2024-12-31",
                     "granularity": "year", "source": "sentence"},
            "kind": "level", "target": False, "confidence": 0.9876, "sentence": {"start": 0, "end": 29},
        }],
        "entities": [{"label": "VAL", "text": "32.2", "start": 18, "end": 22, "score": 0.9877}],
        "warnings": [],
    }
    # the order of the keys is part of what clients see
    assert list(body) == ["doc_id", "model", "reference_date", "measurements", "entities", "warnings"]
    assert list(body["measurements"][0]) == ["id", "indicator", "value", "unit", "time", "kind", "target", "confidence", "sentence"]


def test_entities_carry_the_text_they_were_found_in(stub_client):
    # the stub reports a VAL at 18-22 whatever was posted: its text is what the posted text holds there
    body = stub_client.post("/extract", json={"text": "２０２４年，全市ＰＭ２．５平均浓度为３２．２微克"}).json()
    assert body["entities"][0]["text"] == "３２．２"


def test_without_a_reference_date_none_is_reported(stub_client):
    body = stub_client.post("/extract", json={"text": STUB_TEXT}).json()
    assert body["reference_date"] == {"date": None, "source": None}
    assert body["doc_id"] is None


def test_an_upload_is_answered_like_its_text_posted_as_json_plus_the_text(stub_client, stub):
    file = stub_client.post("/extract/file", files={"file": ("r.txt", STUB_TEXT.encode("gb18030"))},
                            data={"doc_id": "u", "reference_date": "2024-12-31"}).json()
    posted = stub_client.post("/extract", json={"text": STUB_TEXT, "doc_id": "u", "reference_date": "2024-12-31"}).json()
    assert file == {**posted, "text": STUB_TEXT}
    assert stub.documents == [Document(STUB_TEXT, "u", datetime.date(2024, 12, 31))] * 2


SMALL_LIMITS = Settings(max_chars=10, max_batch_documents=2, max_batch_chars=15, max_file_bytes=2**20)


@pytest.mark.parametrize("route, request_kwargs, status, message", [
    ("/extract", {"json": {"text": "a" * 11}}, 413, "document 1 has 11 characters; the limit is 10"),
    ("/extract/batch", {"json": {"documents": [{"text": "a"}] * 3}}, 422, "at most 2 documents; this one has 3"),
    ("/extract/batch", {"json": {"documents": [{"text": "a" * 8}] * 2}}, 413, "at most 15 characters in all"),
    ("/extract/file", {"files": {"file": ("r.txt", b"a" * 11)}}, 413, "the limit is 10"),
    ("/extract/file", {"files": {"file": ("r.txt", b"a" * (2**20 + 1))}}, 413, "larger than 1 MB"),
])
def test_the_limits_are_the_settings(serve, route, request_kwargs, status, message):
    stub = StubExtractor()
    response = serve(stub, SMALL_LIMITS).post(route, **request_kwargs)
    assert response.status_code == status and message in response.json()["detail"]
    assert stub.documents == []


@hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 30), length=st.integers(1, 40))
def test_a_document_is_refused_exactly_when_it_is_over_the_limit(serve, limit, length):
    response = serve(StubExtractor(), Settings(max_chars=limit)).post("/extract", json={"text": "字" * length})
    assert response.status_code == (413 if length > limit else 200)


def test_without_its_model_the_service_says_it_is_loading():
    client = TestClient(api.app)  # neither the lifespan nor an override put an extractor in place
    for response in (client.get("/health"), client.get("/version"), client.post("/extract", json={"text": STUB_TEXT})):
        assert (response.status_code, response.json()) == (503, {"detail": "the model is still loading"})


def test_the_lifespan_builds_the_extractor_from_the_settings_and_closes_it(monkeypatch, tmp_path):
    built = []

    class Recorded(StubExtractor):
        def __init__(self, settings):
            super().__init__(settings)
            built.append(self)

    monkeypatch.setattr(api, "Extractor", Recorded)
    monkeypatch.setenv("ZHIBIAO_MODEL", str(tmp_path))
    monkeypatch.setenv("ZHIBIAO_PRECISION", "int8")
    api.get_settings.cache_clear()
    try:
        with TestClient(api.app) as client:
            assert client.get("/health").json() == {"status": "ok", "model": {"name": "stub", "version": "0", "precision": "float32"}}
            assert client.post("/extract", json={"text": STUB_TEXT}).status_code == 200
            [extractor] = built
            assert (extractor.settings.model, extractor.settings.precision) == (tmp_path, "int8")
            assert [d.text for d in extractor.documents] == [STUB_TEXT] and not extractor.closed
        assert extractor.closed
    finally:
        api.get_settings.cache_clear()


def test_settings_come_from_zhibiao_variables(monkeypatch, tmp_path):
    for name, value in {"MODEL": str(tmp_path), "PRECISION": "float32", "MAX_CHARS": "500", "MAX_BATCH_DOCUMENTS": "7",
                        "MAX_BATCH_CHARS": "900", "MAX_FILE_BYTES": "2048", "HOST": "0.0.0.0", "PORT": "9000"}.items():
        monkeypatch.setenv(f"ZHIBIAO_{name}", value)
    assert Settings() == Settings(model=tmp_path, precision="float32", max_chars=500, max_batch_documents=7,
                                  max_batch_chars=900, max_file_bytes=2048, host="0.0.0.0", port=9000)
    monkeypatch.setenv("ZHIBIAO_PRECISION", "float16")
    with pytest.raises(ValueError, match="'auto', 'float32' or 'int8'"):
        Settings()


def test_the_http_contract_is_the_one_on_record(request):
    """The OpenAPI document (routes, request and response schemas, their vocabularies) against
    tests/snapshots/openapi.json. A change to the contract must be deliberate: regenerate the snapshot
    with ``pytest tests/test_service.py -k contract_is --update-snapshots`` and say so in the change."""
    current = api.app.openapi()
    if request.config.getoption("--update-snapshots"):
        SNAPSHOT.parent.mkdir(exist_ok=True)
        SNAPSHOT.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert current == recorded, (
        "the HTTP contract (OpenAPI) differs from tests/snapshots/openapi.json; if the change is meant, regenerate it: "
        ".venv/bin/python -m pytest tests/test_service.py -k contract_is --update-snapshots")


def test_the_contract_states_its_vocabularies_and_the_file_form(stub_client):
    schemas = stub_client.get("/openapi.json").json()["components"]["schemas"]

    def values(model, field):
        schema = schemas[model]["properties"][field]
        return next(s["enum"] for s in schema.get("anyOf", [schema]) if "enum" in s)

    assert values("Measurement", "kind") == ["level", "change", "rank"]
    assert values("Value", "approx") == ["about", "over", "under", "at_least", "at_most"]
    assert values("Time", "source") == ["sentence", "paragraph", "section", "report", "document"]
    assert values("ReferenceDateOut", "source") == ["title", "metadata", "text", "request"]
    assert values("EntityOut", "label") == ["IND", "VAL", "UNIT", "TIME"]
    assert values("ModelInfo", "precision") == ["float32", "int8"]
    route = stub_client.get("/openapi.json").json()["paths"]["/extract/file"]["post"]
    assert set(route["responses"]) >= {"200", "413", "415", "422"}
    assert "multipart/form-data" in route["requestBody"]["content"]
    assert stub_client.get("/docs").status_code == 200


def test_every_response_field_is_described(stub_client):
    """Each field of what the routes return, down to the measurement's parts, says what it is in /docs and /redoc."""
    document = stub_client.get("/openapi.json").json()
    schemas = document["components"]["schemas"]
    returned = [content["schema"]["$ref"].rsplit("/", 1)[1] for path in document["paths"].values() for route in path.values()
                for response in route["responses"].values() for content in response.get("content", {}).values()
                if "$ref" in content.get("schema", {})]
    seen, undescribed = set(), []
    while returned:
        name = returned.pop()
        if name in seen or name in ("HTTPValidationError", "ValidationError"):  # FastAPI's own, described by FastAPI
            continue
        seen.add(name)
        for field, schema in schemas[name]["properties"].items():
            if not schema.get("description"):
                undescribed.append(f"{name}.{field}")
            returned.extend(ref.rsplit("/", 1)[1] for ref in re.findall(r'"\$ref": "([^"]+)"', json.dumps(schema)))
    assert seen >= {"ExtractResponse", "ExtractFileResponse", "BatchResponse", "Measurement", "Value", "Unit", "Time",
                    "TextSpan", "Sentence", "EntityOut", "ModelInfo", "ReferenceDateOut", "HealthOut", "VersionOut", "ErrorOut"}
    assert not undescribed
    for path, method in [("/extract", "post"), ("/extract/batch", "post"), ("/extract/file", "post")]:
        assert set(document["paths"][path][method]["responses"]) >= {"200", "413", "415", "422"}


def assert_alike(found, expected, where="response"):
    """Equal, but for probabilities (confidence, score): a borderline span's probability moves with the machine and the libraries that
    build and run the int8 encoder (the example's masked 亿: 0.82 on one AMD EPYC, 0.92 on another, same code)."""
    assert type(found) is type(expected), where
    if isinstance(found, dict):
        assert list(found) == list(expected), where
        for key in found:
            assert_alike(found[key], expected[key], f"{where}.{key}")
    elif isinstance(found, list):
        assert len(found) == len(expected), where
        for number, (a, b) in enumerate(zip(found, expected)):
            assert_alike(a, b, f"{where}[{number}]")
    else:
        assert found == (pytest.approx(expected, abs=0.15) if where.endswith((".confidence", ".score")) else expected), where


def test_the_example_response_is_what_the_shipped_model_answers(client, request):
    """/docs and /redoc show service/example.json: a request and the shipped model's answer to it. After
    retraining, rewrite it with ``pytest tests/test_service.py -k example_response --update-snapshots``."""
    answer = client.post("/extract", json=EXAMPLE["request"]).json()
    if request.config.getoption("--update-snapshots"):
        EXAMPLE_FILE.write_text(json.dumps({**EXAMPLE, "response": answer}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    assert_alike(answer, json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))["response"])
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert schema["ExtractResponse"]["examples"] == [EXAMPLE["response"]]  # whole, nulls and all
    assert schema["ExtractRequest"]["examples"] == [EXAMPLE["request"]]


def test_an_export_is_the_measurements_table_as_csv_or_xlsx(stub_client):
    body = stub_client.post("/extract/file", files={"file": ("r.txt", STUB_TEXT.encode())}, data={"doc_id": "报告"}).json()
    expected = [{column: "" if value is None else str(value) for column, value in row.items()} for row in measurement_rows(body)]
    assert expected[0]["sentence_text"] == STUB_TEXT[:29] and expected[0]["value_number"] == "32.2"

    response = stub_client.post("/export/csv", json=body)
    assert response.status_code == 200 and response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"] == "attachment; filename*=UTF-8''%E6%8A%A5%E5%91%8A.csv"
    assert response.content.startswith(b"\xef\xbb\xbf")  # so that Excel on Chinese Windows reads it as UTF-8
    assert list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))) == expected

    response = stub_client.post("/export/xlsx", json=body)
    assert response.headers["content-type"] == api.TABLE_TYPES["xlsx"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True).active
    header, row = [[cell for cell in row] for row in sheet.values]
    assert header == COLUMNS
    assert dict(zip(header, row)) | {"time_period_start": "2024-01-01"} == {**measurement_rows(body)[0], "time_period_start": "2024-01-01"}

    # without the text (as /extract returns it) the table has no sentences
    del body["text"]
    rows = list(csv.DictReader(io.StringIO(stub_client.post("/export/csv", json=body).content.decode("utf-8-sig"))))
    assert rows[0]["sentence_text"] == "" and rows[0]["id"] == "m1"


def test_an_export_of_something_else_is_refused(stub_client):
    body = stub_client.post("/extract", json={"text": STUB_TEXT}).json()
    assert stub_client.post("/export/pdf", json=body).status_code == 422
    refused = stub_client.post("/export/csv", json={"text": STUB_TEXT})
    assert refused.status_code == 422 and "measurements" in refused.text
    assert stub_client.post("/export/csv", content=b"a,b", headers={"Content-Type": "text/csv"}).status_code == 415


def test_the_review_page_and_its_assets_are_served(stub_client):
    page = stub_client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "提取" in page.text
    for asset in re.findall(r'(?:src|href)="(/[^"]+)"', page.text):
        assert stub_client.get(asset).status_code == 200, asset
    # Swagger UI and ReDoc come from this server, not a CDN
    for path in ("/docs", "/redoc"):
        html = stub_client.get(path).text
        urls = re.findall(r"""(?:src|href|url)\s*[=:]\s*['"]([^'"]+)['"]""", html)
        assert urls and all(url.startswith("/") for url in urls), urls
        for url in urls:
            assert stub_client.get(url).status_code == 200, url
