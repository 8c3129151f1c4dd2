"""``zhibiao batch`` on a Ray started here: a job killed part-way, then resumed with two workers, gives
exactly the CLI's measurements and records the documents that fail; the rest without Ray."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from conftest import StubExtractor
from sample_files import pdf_bytes
from service.batch import DOCUMENTS_PART, ExtractionWorker, Parts, document_dtypes, find_sources, run_batch
from service.cli import main
from service.frames import dtypes, to_frame
from service.pipeline import Extractor
from service.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parent.parent
ZHIBIAO = Path(sys.executable).parent / "zhibiao"
TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"
# the documents that fail, and what their records say
FAILING = {"bad": "neither UTF-8 nor GB18030 text", "scan": "no text layer", "empty": "empty", "t2": "empty"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A folder of the seeds and three files that fail, and a JSONL table of a text and a null."""
    folder = tmp_path_factory.mktemp("corpus")
    reports = folder / "reports"
    shutil.copytree(ROOT / "seeds", reports)
    (reports / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (reports / "scan.pdf").write_bytes(pdf_bytes([None]))
    (reports / "empty.txt").write_text(" \n", encoding="utf-8")
    (folder / "texts.jsonl").write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in
                                                [{"doc_id": "t1", "text": TEXT}, {"doc_id": "t2", "text": None}]),
                                        encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def sources(corpus) -> list[str]:
    return [str(corpus / "reports"), str(corpus / "texts.jsonl")]


@pytest.fixture(scope="module")
def cli_measurements(corpus, extractor) -> pd.DataFrame:
    """What ``zhibiao extract --with-text`` finds in the folder, as a frame."""
    out = corpus / "cli.jsonl"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: extractor))
        assert main(["extract", str(corpus / "reports"), "--with-text", "--out", str(out)]) == 1  # the three that fail
    return to_frame(json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def job(sources, tmp_path_factory):
    """``zhibiao batch`` with one worker, killed (SIGKILL, with the Ray it started) once it has recorded a
    batch; then the same job again in this process with two workers. Returns the records the killed
    run left, the second run's summary and the output folder."""
    out = tmp_path_factory.mktemp("job")
    log = out.parent / f"{out.name}.log"
    with log.open("w") as stderr:
        killed = subprocess.Popen([str(ZHIBIAO), "batch", *sources, "--out", str(out), "--workers", "1", "--batch-size", "1"],
                                  stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while not list((out / "parts").glob(f"*{DOCUMENTS_PART}")):
            assert killed.poll() is None, f"the job ended before it was killed:\n{log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, "the job recorded nothing in 10 minutes"
            time.sleep(0.05)
    finally:
        os.killpg(killed.pid, signal.SIGKILL)
        killed.wait()
    left = Parts(out).documents()
    summary = run_batch(find_sources(sources), out, DEFAULT_SETTINGS, workers=2, batch_size=1)
    return left, summary, out


def test_a_killed_job_is_resumed_where_it_stopped(job):
    left, summary, out = job
    documents = pd.read_parquet(out / "documents.parquet")
    assert 1 <= len(left) < len(documents) == 10
    assert (summary.already_done, summary.documents) == (len(left), len(documents) - len(left))
    assert set(left["doc_id"]).isdisjoint(documents.loc[documents["seconds"].isna(), "doc_id"])
    # every file the killed run wrote is whole: no half-written part is left over
    assert not list((out / "parts").glob("*.partial"))


def test_the_job_gives_exactly_the_clis_measurements(job, cli_measurements):
    _, summary, out = job
    measurements = pd.read_parquet(out / "measurements.parquet")
    from_folder = measurements[measurements["doc_id"] != "t1"].sort_values("doc_id", kind="stable").reset_index(drop=True)
    expected = cli_measurements.sort_values("doc_id", kind="stable").reset_index(drop=True)
    pd.testing.assert_frame_equal(from_folder, expected)
    assert measurements.dtypes.to_dict() == dtypes()
    table_text = measurements[measurements["doc_id"] == "t1"]
    assert set(table_text["value_number"]) == {91.8, 1.9}
    assert set(table_text["sentence_text"]) == {TEXT}


def test_a_failing_document_is_recorded_with_its_error(job):
    _, summary, out = job
    documents = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    failed = documents[documents["status"] == "failed"]
    assert {doc_id: error for doc_id, error in failed["error"].items() if FAILING[doc_id] in error} == dict(failed["error"])
    assert set(failed.index) == set(FAILING)
    done = documents[documents["status"] == "ok"]
    assert done["error"].isna().all() and (done["characters"] > 0).all() and (done["seconds"] > 0).all()
    assert done.loc["t1", "source"].endswith("texts.jsonl")
    assert documents["measurements"].sum() == len(pd.read_parquet(out / "measurements.parquet"))


@pytest.mark.parametrize("form", ["jsonl", "csv"])
def test_a_finished_job_writes_its_tables_again_in_another_format_without_extracting(job, corpus, form, monkeypatch):
    """Every file is recorded, failures too, so no Ray starts: the parts are only written out again."""
    _, _, out = job
    monkeypatch.setattr("service.batch._extract", None)
    summary = run_batch(find_sources([str(corpus / "reports")]), out, DEFAULT_SETTINGS, form=form)
    assert (summary.documents, summary.already_done) == (0, 10)
    parquet = pd.read_parquet(out / "measurements.parquet")
    if form == "csv":
        table = pd.read_csv(out / "measurements.csv", dtype=str, keep_default_na=False)
    else:
        table = pd.read_json(out / "measurements.jsonl", lines=True, dtype=False)
    assert list(table.columns) == list(parquet.columns) and len(table) == len(parquet)
    first = table.iloc[0]
    assert first["time_period_start"] == parquet["time_period_start"].iloc[0].strftime("%Y-%m-%d")
    assert first["sentence_text"] == parquet["sentence_text"].iloc[0]
    documents = pd.read_parquet(out / "documents.parquet")
    if form == "csv":
        assert pd.read_csv(out / "documents.csv")["doc_id"].astype(str).tolist() == documents["doc_id"].tolist()


@pytest.fixture
def in_process(monkeypatch, extractor) -> list[list[str]]:
    """The job's Ray pool replaced by one worker in this process with the session's model; the doc_ids
    each run gave it are kept here."""
    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: extractor))
    runs = []

    def pool(files, tables, done, settings, workers, address, batch_size, reference_date):
        runs.append([doc_id for _, doc_id in files])
        worker = ExtractionWorker(settings, reference_date)
        yield worker(pd.DataFrame({"doc_id": [doc_id for _, doc_id in files], "path": [str(path) for path, _ in files],
                                   "text": None}))

    monkeypatch.setattr("service.batch._extract", pool)
    return runs


def test_a_rerun_skips_recorded_failures_unless_told_to_retry_them(tmp_path, in_process):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    sources = find_sources([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    out = tmp_path / "out"
    assert run_batch(sources, out, DEFAULT_SETTINGS).failed == 1
    assert run_batch(sources, out, DEFAULT_SETTINGS).documents == 0
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    assert run_batch(sources, out, DEFAULT_SETTINGS, retry_failed=True).failed == 0
    assert in_process == [["a", "b"], ["b"]]
    documents = pd.read_parquet(out / "documents.parquet")
    assert documents["status"].tolist() == ["ok", "ok"] and documents.dtypes.to_dict() == document_dtypes()
    measurements = pd.read_parquet(out / "measurements.parquet")
    assert measurements.groupby("doc_id").size().tolist() == documents["measurements"].tolist()


def test_an_error_in_extraction_is_recorded_and_the_batch_goes_on(monkeypatch):
    class Failing(StubExtractor):
        def extract_batch(self, documents):
            if documents[0].text.startswith("坏"):
                raise RuntimeError("the encoder fell over")
            return super().extract_batch(documents)

    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: Failing()))
    records = ExtractionWorker(DEFAULT_SETTINGS, None)(
        pd.DataFrame({"doc_id": ["a", "b"], "path": ["a.txt", "b.txt"], "text": ["坏" + TEXT, TEXT]}))
    assert records["status"].tolist() == ["failed", "ok"]
    assert records["error"].tolist()[0] == "RuntimeError: the encoder fell over"
    assert [row["value_number"] for row in json.loads(records["rows"][1])] == [32.2]  # the stub's measurement


def test_sources_name_documents_as_extract_does_and_a_glob_by_the_path_below_its_fixed_part(tmp_path):
    for folder in ("2023", "2024"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(TEXT, encoding="utf-8")
    pd.DataFrame({"doc_id": ["a"], "text": [TEXT]}).to_parquet(tmp_path / "texts.parquet")
    found = find_sources([str(tmp_path / "*" / "report.txt"), str(tmp_path / "texts.parquet")])
    assert ([doc_id for _, doc_id in found.files], found.tables, found.problems) == (
        ["2023/report", "2024/report"], [tmp_path / "texts.parquet"], [])
    found = find_sources([str(tmp_path / "202?"), str(tmp_path)])
    assert [doc_id for _, doc_id in found.files] == ["2023/report", "2024/report"] * 2
    assert found.problems == [f"doc_id {doc_id} names more than one file ({tmp_path / doc_id}.txt, {tmp_path / doc_id}.txt): "
                              "name their folders instead" for doc_id in ("2023/report", "2024/report")]


def test_sources_that_cannot_run_are_named(tmp_path):
    pd.DataFrame({"id": ["a"], "body": [TEXT]}).to_parquet(tmp_path / "texts.parquet")
    (tmp_path / "texts.jsonl").write_text("not json\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    found = find_sources([str(tmp_path / "texts.parquet"), str(tmp_path / "texts.jsonl"), str(tmp_path / "none*.txt"),
                          str(tmp_path / "missing.txt"), str(tmp_path / "empty")])
    assert found.problems == [
        f"{tmp_path / 'texts.parquet'} has no doc_id and text columns",
        f"{tmp_path / 'texts.jsonl'} has no doc_id and text columns",
        f"{tmp_path / 'none*.txt'} matches no file",
        f"no such file: {tmp_path / 'missing.txt'}",
        f"no such file: {tmp_path / 'empty'} (a folder without .txt/.html/.htm/.pdf/.docx files)",
    ]
    assert main(["batch", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "out")]) == 2
