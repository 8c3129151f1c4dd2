import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import uvicorn

from sample_files import docx_bytes, pdf_bytes
from service.cli import main
from service.pipeline import Extractor
from service.settings import DEFAULT_SETTINGS

ROOT = Path(__file__).resolve().parent.parent
TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"


@pytest.fixture
def asked(extractor, monkeypatch) -> list:
    """The CLI gets the session's model instead of loading its own; the settings it asked with are kept here."""
    settings = []
    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, given: settings.append(given) or extractor))
    return settings


def assert_offsets_index(text: str, response: dict):
    spans = [m[part] for m in response["measurements"] for part in ("indicator", "value", "unit", "time")
             if m[part] and m[part].get("start") is not None]
    assert spans
    assert all(text[span["start"]:span["end"]] == span["text"] for span in spans)


def test_extract_jsonl_and_csv(tmp_path: Path, asked):
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


def test_a_folder_stands_for_its_reports_with_unique_doc_ids(tmp_path: Path, asked):
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
    assert "a folder without .txt/.html/.htm/.pdf/.docx files" in capsys.readouterr().err


def test_pdf_and_docx_in_a_folder_carry_the_text_their_offsets_index(tmp_path: Path, asked, capsys):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.pdf").write_bytes(pdf_bytes([TEXT]))
    (tmp_path / "reports" / "b.docx").write_bytes(docx_bytes(["一、大气环境", TEXT]))
    (tmp_path / "reports" / "c.txt").write_bytes(TEXT.encode("gb18030"))
    (tmp_path / "reports" / "scan.pdf").write_bytes(pdf_bytes([None]))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "reports"), "--out", str(out)]) == 1  # the scan is skipped, the rest done
    assert "no text layer" in capsys.readouterr().err
    lines = {line["doc_id"]: line for line in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert list(lines) == ["a", "b", "c"]
    assert lines["a"]["text"] == TEXT and lines["b"]["text"] == "一、大气环境\n" + TEXT
    assert "text" not in lines["c"]  # a text file's offsets index the file itself; --with-text adds it
    for line in lines.values():
        assert any(m["value"]["number"] == 91.8 for m in line["measurements"])
    assert_offsets_index(lines["b"]["text"], lines["b"])
    with_text = tmp_path / "with_text.jsonl"
    assert main(["extract", str(tmp_path / "reports" / "c.txt"), "--with-text", "--out", str(with_text)]) == 0
    assert json.loads(with_text.read_text(encoding="utf-8"))["text"] == TEXT


def test_with_text_is_for_jsonl_only(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", str(tmp_path), "--with-text", "--format", "csv"])
    assert exit_.value.code == 2 and "--with-text needs --format jsonl" in capsys.readouterr().err


def test_dash_reads_standard_input(asked, monkeypatch, capsys):
    """Bytes, decoded like a file (GB18030 here), as a shell pipe sends them."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("gb18030"))))
    assert main(["extract", "-", "--with-text"]) == 0
    line = json.loads(capsys.readouterr().out)
    assert (line["doc_id"], line["text"]) == ("stdin", TEXT)
    assert any(m["value"]["number"] == 91.8 for m in line["measurements"])
    assert_offsets_index(TEXT, line)


def test_flags_override_the_environment_which_overrides_the_defaults(tmp_path: Path, asked, monkeypatch):
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("ZHIBIAO_PRECISION", "int8")
    monkeypatch.setenv("ZHIBIAO_MAX_CHARS", "10")
    out = str(tmp_path / "out.jsonl")
    assert main(["extract", str(tmp_path / "r.txt"), "--out", out]) == 1  # over the 10 characters: skipped
    assert main(["extract", str(tmp_path / "r.txt"), "--out", out, "--precision", "float32", "--model", str(tmp_path)]) == 1
    assert [(s.model, s.precision, s.max_chars) for s in asked] == [
        (DEFAULT_SETTINGS.model, "int8", 10), (tmp_path, "float32", 10)]


def test_serve_listens_where_the_settings_say(monkeypatch):
    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, host, port, **options: calls.append((app, host, port, options)))
    monkeypatch.setenv("ZHIBIAO_PORT", "9123")
    monkeypatch.setenv("ZHIBIAO_SHUTDOWN_SECONDS", "12")
    assert main(["serve"]) == 0
    assert main(["serve", "--host", "0.0.0.0", "--port", "9000"]) == 0
    options = {"access_log": False, "timeout_graceful_shutdown": 12}
    assert calls == [("service.api:app", DEFAULT_SETTINGS.host, 9123, options), ("service.api:app", "0.0.0.0", 9000, options)]


def test_the_cli_starts_without_torch():
    """Help and argument errors come at once: the model, and torch with it, is imported only to extract."""
    code = ("import sys\nfrom service.cli import main\ntry:\n    main(['extract', '--help'])\nexcept SystemExit:\n    pass\n"
            "assert 'torch' not in sys.modules, 'the CLI imported torch before it needed it'")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode()
