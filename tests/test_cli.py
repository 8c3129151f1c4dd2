import csv
import json
from pathlib import Path

from service.cli import main, read_document

ROOT = Path(__file__).resolve().parent.parent
TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"


def test_reads_utf8_and_gb18030(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(TEXT.encode("gb18030"))
    assert read_document(tmp_path / "a.txt") == read_document(tmp_path / "b.txt") == TEXT


def test_extract_jsonl_and_csv(tmp_path: Path, extractor):
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "page.html").write_bytes(f"<html><body><p>{TEXT}</p></body></html>".encode("gb18030"))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "report.txt"), str(tmp_path / "page.html"), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["doc_id"] for line in lines] == ["report", "page"]
    assert all(any(m["value"]["text"] == "91.8" for m in line["measurements"]) for line in lines)
    table = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path / "report.txt"), "--format", "csv", "--out", str(table)]) == 0
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert {row["value_text"] for row in rows} >= {"91.8", "1.9"}
    assert all(row["doc_id"] == "report" for row in rows)


def test_missing_file_is_an_error(tmp_path: Path, capsys):
    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_a_folder_stands_for_its_reports_with_unique_doc_ids(tmp_path: Path, extractor):
    for sub in ("2023", "2024"):
        (tmp_path / "reports" / sub).mkdir(parents=True)
        (tmp_path / "reports" / sub / "report.txt").write_text(TEXT.replace("2024", sub), encoding="utf-8")
    (tmp_path / "reports" / "2024" / "page.HTML").write_text(f"<p>{TEXT}</p>", encoding="utf-8")
    (tmp_path / "reports" / "notes.md").write_text(TEXT, encoding="utf-8")  # not a report format: left alone
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "reports"), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["doc_id"] for line in lines] == ["2023/report", "2024/page", "2024/report"]
    assert lines[0]["measurements"][0]["time"]["text"] == "2023年"


def test_a_folder_without_reports_is_an_error(tmp_path: Path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty")]) == 2
    assert "a folder without .txt/.html/.htm files" in capsys.readouterr().err
