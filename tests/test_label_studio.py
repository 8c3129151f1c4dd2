"""Label Studio as the correction tool: the ML backend under /label-studio/, `zhibiao label-studio
config|predictions|import`, and the whole loop in a real Label Studio: a project with zhibiao's labeling config and
its ML backend (a real uvicorn server of the shipped model), a seed task pre-annotated by it, a corrected annotation
submitted, the project exported and imported into gold that make train reads.

Label Studio runs from its own virtual environment, .venv-label-studio/, which ``make test`` installs
(``make label-studio``); without it the loop fails, it does not skip. It is started once for this module, with
its data in a temporary folder."""

import functools
import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from service.cli import main
from service.pipeline import Extractor
from service.schema import ATTRIBUTES, PERIOD
from service.settings import DEFAULT_SETTINGS, Settings
from training.gold import document_to_json, load_jsonl
from training.interchange import label_studio_config, task_data, to_label_studio
from training.interchange import main as interchange_main
from training.train import load_gold

ROOT = Path(__file__).resolve().parent.parent
LABEL_STUDIO = ROOT / ".venv-label-studio" / "bin" / "label-studio"
SEEDS = ROOT / "seeds"
SEED_ID = "003_90c6cfb248094ce6"  # the shortest seed: 4,146 characters
TEXT = "2024年,全市PM2.5平均浓度为32.2微克/立方米,同比改善13.6%;罚款金额约亿元。"
TOKEN = "zhibiao-test-token-5f1c"
START_SECONDS = 600  # a first start migrates a new database: about a minute on 2 free cores


def regions(result: list[dict], kind: str) -> dict:
    """A prediction's regions of one type, by region id (relations by their ends and label)."""
    if kind == "relation":
        return {(r["from_id"], r["to_id"], r["labels"][0]) for r in result if r["type"] == "relation"}
    return {r["id"]: r for r in result if r["type"] == kind}


# ---------------------------------------------------------------- the ML backend, in process


def test_predictions_are_the_extraction_as_regions(client):
    extraction = client.post("/extract", json={"text": TEXT}).json()
    answer = client.post("/label-studio/predict", json={"tasks": [{"id": 7, "data": {"text": TEXT}}],
                                                        "project": "1.1", "label_config": label_studio_config()})
    assert answer.status_code == 200, answer.text
    [prediction] = answer.json()["results"]
    model = extraction["model"]
    assert prediction["model_version"] == answer.json()["model_version"] == f"{model['name']}-{model['version']}-{model['precision']}"
    confidences = [m["confidence"] for m in extraction["measurements"]]
    assert prediction["score"] == pytest.approx(sum(confidences) / len(confidences), abs=1e-4)

    result = prediction["result"]
    labels = regions(result, "labels")
    assert sorted((r["value"]["labels"][0], r["value"]["start"], r["value"]["end"], r["value"]["text"]) for r in labels.values()) == \
        sorted((e["label"], e["start"], e["end"], e["text"]) for e in extraction["entities"])
    region_of = {(r["value"]["start"], r["value"]["end"]): region_id for region_id, r in labels.items()}
    expected_relations = set()
    for measurement in extraction["measurements"]:
        value, unit, time = measurement["value"], measurement["unit"], measurement["time"]
        anchor = value if value["end"] > value["start"] else unit  # a masked value without digits: its UNIT
        anchor_id = region_of[(anchor["start"], anchor["end"])]
        for name in ATTRIBUTES:
            [choice] = [r for r in result if r["type"] == "choices" and r["id"] == anchor_id and r["from_name"] == name]
            assert choice["value"]["choices"] == [str(measurement[name]).lower()]
        [period] = [r for r in result if r["type"] == "textarea" and r["id"] == anchor_id]
        assert period["from_name"] == PERIOD and period["value"]["text"] == [f"{time['period_start']}..{time['period_end']}"]
        # has_time only to the TIME in the measurement's sentence, has_unit only from a VAL
        links = {"has_indicator": measurement["indicator"], "has_unit": unit if anchor is value else None,
                 "has_time": time if time["source"] == "sentence" else None}
        expected_relations |= {(anchor_id, region_of[(partner["start"], partner["end"])], relation)
                               for relation, partner in links.items() if partner is not None}
    assert regions(result, "relation") == expected_relations
    assert len(regions(result, "choices")) == len(regions(result, "textarea")) == len(extraction["measurements"])


def test_setup_wants_the_controls_the_predictions_fill(client):
    answer = client.post("/label-studio/setup", json={"project": "1.1", "schema": label_studio_config(), "hostname": "x"})
    assert answer.status_code == 200 and answer.json()["model_version"].startswith("zhibiao-small-")
    # more around them is fine: a header, other layout
    framed = label_studio_config().replace("<View>", '<View>\n  <Header value="请核对"/>', 1)
    assert client.post("/label-studio/setup", json={"schema": framed}).status_code == 200
    lacking = label_studio_config().replace('    <Label value="TIME"/>\n', "").replace('name="period"', 'name="when"')
    answer = client.post("/label-studio/setup", json={"schema": lacking})
    assert answer.status_code == 422
    assert "needs <Labels name='label'> with the values TIME" in answer.json()["detail"]
    assert "has no <TextArea name='period'>" in answer.json()["detail"]
    assert client.post("/label-studio/setup", json={"schema": "<View"}).json()["detail"].startswith("the project's labeling config is not XML")


def test_backend_refusals_are_4xx(serve, extractor):
    client = serve(extractor, DEFAULT_SETTINGS.model_copy(update={"max_chars": 20}))
    assert client.get("/label-studio/health").json()["status"] == "UP"
    missing = client.post("/label-studio/predict", json={"tasks": [{"id": 1, "data": {"image": "x.png"}}]})
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"] == ["body", "tasks", 0, "data", "text"]
    assert client.post("/label-studio/predict", json={"tasks": []}).status_code == 422
    long = client.post("/label-studio/predict", json={"tasks": [{"id": 9, "data": {"text": TEXT}}]})
    assert long.status_code == 413 and long.json()["detail"] == f"task 9 has {len(TEXT)} characters; the limit is 20"
    assert client.post("/label-studio/webhook", json={"action": "ANNOTATION_CREATED"}).status_code == 200


def test_with_api_keys_label_studio_sends_one_as_its_basic_password(serve, extractor):
    client = serve(extractor, Settings(api_keys=["first-key", "second-key"]))
    task = {"tasks": [{"id": 1, "data": {"text": TEXT}}]}
    for route, body in (("health", None), ("setup", {"schema": label_studio_config()}), ("predict", task)):
        call = functools.partial(client.get if body is None else client.post, f"/label-studio/{route}",
                                 **({} if body is None else {"json": body}))
        refused = call()
        assert refused.status_code == 401 and refused.headers["WWW-Authenticate"] == "Basic"
        assert "Basic authentication, an API key" in refused.json()["detail"]
        assert call(auth=("label-studio", "wrong-key")).status_code == 401
        assert call(headers={"Authorization": "Bearer second-key"}).status_code == 401
        assert call(auth=("any name", "second-key")).status_code == 200


# ---------------------------------------------------------------- the commands


def test_config_command_prints_the_labeling_config(capsys):
    assert main(["label-studio", "config"]) == 0
    assert capsys.readouterr().out == label_studio_config()


def test_cli_output_becomes_tasks_with_predictions(tmp_path: Path, extractor, monkeypatch, capsys):
    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: extractor))
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    extracted, tasks = tmp_path / "report.jsonl", tmp_path / "tasks.json"
    assert main(["extract", str(tmp_path / "report.txt"), "--with-text", "--out", str(extracted)]) == 0
    assert main(["label-studio", "predictions", str(extracted), "--out", str(tasks)]) == 0
    [task] = json.loads(tasks.read_text(encoding="utf-8"))
    assert task["data"] == {"text": TEXT, "id": "report"}
    [prediction] = task["predictions"]
    response = json.loads(extracted.read_text(encoding="utf-8"))
    assert len(regions(prediction["result"], "labels")) == len(response["entities"])
    assert prediction["model_version"].startswith("zhibiao-small-") and 0 < prediction["score"] <= 1

    without_text = tmp_path / "plain.jsonl"
    assert main(["extract", str(tmp_path / "report.txt"), "--out", str(without_text)]) == 0
    capsys.readouterr()
    assert main(["label-studio", "predictions", str(without_text)]) == 1
    assert "plain.jsonl:1: report: the response carries no text" in capsys.readouterr().err


def test_the_converter_exports_cli_output_for_correction(tmp_path: Path, client):
    """``python -m training.interchange export`` reads zhibiao's output as well as gold files."""
    extracted, doccano = tmp_path / "extracted.jsonl", tmp_path / "doccano.jsonl"
    response = client.post("/extract", json={"text": TEXT, "doc_id": "report"}).json() | {"text": TEXT}
    extracted.write_text(json.dumps(response, ensure_ascii=False) + "\n", encoding="utf-8")
    assert interchange_main(["export", "--format", "doccano", str(extracted), str(doccano)]) == 0
    [record] = [json.loads(line) for line in doccano.read_text(encoding="utf-8").splitlines()]
    assert (record["id"], record["text"]) == ("report", TEXT)
    assert [(e["label"], e["start_offset"], e["end_offset"]) for e in record["entities"]] == \
        [(e["label"], e["start"], e["end"]) for e in response["entities"]]
    assert len(record["attributes"]) == len(response["measurements"])
    extracted.write_text(json.dumps({k: v for k, v in response.items() if k != "text"}) + "\n", encoding="utf-8")
    assert interchange_main(["export", "--format", "doccano", str(extracted), str(doccano)]) == 1


def exported_task(doc, task_id: int, annotations: list[dict]) -> dict:
    """A task made from a gold document (meta and all) as Label Studio exports it."""
    return {"id": task_id, "data": task_data(doc), "annotations": annotations, "predictions": [task_id]}


@pytest.fixture(scope="module")
def seed_gold():
    return next(doc for doc in load_jsonl(ROOT / "annotations" / "gold" / "seeds.jsonl") if doc.id == SEED_ID)


def test_import_keeps_submitted_annotations_only_and_refuses_a_second_copy(tmp_path: Path, seed_gold, capsys):
    [corrected] = to_label_studio([seed_gold])
    export = tmp_path / "export.json"
    export.write_text(json.dumps([exported_task(seed_gold, 1, corrected["annotations"]),
                                  exported_task(seed_gold, 2, [{"result": [], "was_cancelled": True}]) | {"data": {"text": "x"}},
                                  exported_task(seed_gold, 3, []) | {"data": {"text": "y"}}]), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    out = gold / "label-studio.jsonl"
    assert main(["label-studio", "import", str(export), "--out", str(out)]) == 0
    assert "1 corrected documents" in capsys.readouterr().err
    [doc] = load_jsonl(out, SEEDS)
    assert document_to_json(doc) == document_to_json(seed_gold)

    (gold / "seeds.jsonl").write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["label-studio", "import", str(export), "--out", str(out)]) == 1
    assert f"{SEED_ID} is already in seeds.jsonl: a document is gold once" in capsys.readouterr().err


def test_import_refuses_an_annotation_that_breaks_the_contract(tmp_path: Path, seed_gold, capsys):
    [corrected] = to_label_studio([seed_gold])
    result = corrected["annotations"][0]["result"]
    indicator = next(r for r in result if r["type"] == "labels" and r["value"]["labels"] == ["IND"])
    has_unit = next(r for r in result if r["type"] == "relation" and r["labels"] == ["has_unit"])
    has_unit["to_id"] = indicator["id"]  # the annotator drew has_unit to an indicator
    export, out = tmp_path / "export.json", tmp_path / "gold.jsonl"
    export.write_text(json.dumps([exported_task(seed_gold, 1, corrected["annotations"])]), encoding="utf-8")
    assert main(["label-studio", "import", str(export), "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert f"{SEED_ID}: offset " in error and "has_unit from VAL" in error and "expected VAL -> UNIT" in error
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))
    export.write_text('{"tasks": []}', encoding="utf-8")
    assert main(["label-studio", "import", str(export), "--out", str(out)]) == 1
    assert "not a Label Studio JSON export" in capsys.readouterr().err


# ---------------------------------------------------------------- the loop in a real Label Studio


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory):
    """A Label Studio on loopback with a user whose API token is ``TOKEN``; its base URL."""
    assert LABEL_STUDIO.exists(), f"{LABEL_STUDIO} is missing: `make label-studio` installs it"
    data, port = tmp_path_factory.mktemp("label-studio"), free_port()
    environment = os.environ | {
        "LABEL_STUDIO_BASE_DATA_DIR": str(data),
        "LABEL_STUDIO_USERNAME": "annotator@example.com", "LABEL_STUDIO_PASSWORD": "zhibiao-test-password",
        "LABEL_STUDIO_USER_TOKEN": TOKEN, "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
        "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
        # zhibiao's backend listens on loopback, which Label Studio refuses to call unless told
        "LABEL_STUDIO_ML_BLOCK_LOCAL_IP": "false", "LABEL_STUDIO_SSRF_PROTECTION_ENABLED": "false",
        # predictions are checked against the labeling config, as they are where this flag is on
        "fflag_feat_utc_210_prediction_validation_15082025": "true",
        "LABEL_STUDIO_SENTRY_DSN": "", "LABEL_STUDIO_COLLECT_ANALYTICS": "false",
    }
    log = (data / "label-studio.log").open("wb")
    process = subprocess.Popen([str(LABEL_STUDIO), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port",
                                str(port), "--enable-legacy-api-token"], cwd=data, env=environment, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            assert process.poll() is None, f"Label Studio exited: {(data / 'label-studio.log').read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"Label Studio did not start in {START_SECONDS} s"
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(1)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
        log.close()


def test_the_correction_loop_in_label_studio(label_studio, server, seed_gold, tmp_path: Path):
    api = httpx.Client(base_url=label_studio, headers={"Authorization": f"Token {TOKEN}"}, timeout=300)

    def call(method: str, path: str, **request) -> dict | list:
        response = api.request(method, path, **request)
        assert response.is_success, f"{method} {path}: {response.status_code} {response.text[:2000]}"
        return response.json()

    project = call("POST", "/api/projects", json={"title": "zhibiao corrections", "label_config": label_studio_config()})
    backend = call("POST", "/api/ml", json={"project": project["id"], "url": f"{server}/label-studio", "title": "zhibiao"})
    assert backend["readable_state"] == "Connected" and backend["model_version"].startswith("zhibiao-small-")
    call("POST", f"/api/projects/{project['id']}/import", json=[{"text": seed_gold.text, "id": SEED_ID}])
    retrieved = call("POST", "/api/dm/actions", params={"id": "retrieve_tasks_predictions", "project": project["id"]},
                     json={"selectedItems": {"all": True, "excluded": []}})
    assert retrieved["processed_items"] == 1

    [task] = call("GET", "/api/tasks", params={"project": project["id"]})["tasks"]
    [stored] = call("GET", "/api/predictions", params={"task": task["id"]})
    ours = httpx.post(f"{server}/label-studio/predict", json={"tasks": [{"id": task["id"], "data": {"text": seed_gold.text}}]},
                      timeout=300).json()["results"][0]
    assert stored["result"] == ours["result"] and stored["model_version"] == backend["model_version"]
    assert stored["score"] == pytest.approx(ours["score"])
    assert len(regions(stored["result"], "labels")) > 100

    # the annotator corrects the prediction into the gold annotation and submits it
    [corrected] = to_label_studio([seed_gold])
    call("POST", f"/api/tasks/{task['id']}/annotations", json={"result": corrected["annotations"][0]["result"],
                                                               "was_cancelled": False})
    export = tmp_path / "export.json"
    export.write_bytes(api.get(f"/api/projects/{project['id']}/export", params={"exportType": "JSON"}).content)

    gold = tmp_path / "gold"
    gold.mkdir()
    assert main(["label-studio", "import", str(export), "--out", str(gold / "label-studio.jsonl")]) == 0
    [doc] = load_jsonl(gold / "label-studio.jsonl", SEEDS)  # what make validate checks of a gold file
    assert document_to_json(doc) | {"meta": None} == document_to_json(seed_gold) | {"meta": None}
    assert doc.meta == {"source": f"label-studio task {task['id']}"}
    assert all(PERIOD in attributes for attributes in doc.attributes.values())
    assert [d.id for d in load_gold(gold)] == [SEED_ID]  # what make train reads
