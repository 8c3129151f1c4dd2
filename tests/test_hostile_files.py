"""Files built to hurt a reader (too many pages, zip bombs, external entities, deep nesting), sent to
service/readers.py, POST /extract/file and the CLI: each is refused with a 4xx (the CLI: skipped) and a
message that names the limit, or read safely; never a 5xx, a hang or an exhausted memory. The corpus is
generated (tests/sample_files.py), not downloaded."""

import json
import resource
from pathlib import Path

import pytest

from sample_files import billion_laughs_doctype, docx_with_entities, nested_html, pdf_bytes, zip_bomb_docx
from service.cli import main
from service.pipeline import Extractor
from service.readers import UnreadableDocument, read_document
from service.settings import DEFAULT_SETTINGS, Settings

TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_a_pdf_over_the_page_limit_is_refused_before_its_pages_are_read(stub, serve):
    pdf = pdf_bytes(["page"] * 5)
    response = serve(stub, Settings(max_pdf_pages=4)).post("/extract/file", files={"file": ("long.pdf", pdf)})
    assert response.status_code == 413
    assert response.json()["detail"] == "long.pdf has 5 pages; the limit is 4 (ZHIBIAO_MAX_PDF_PAGES)"
    assert stub.documents == []


def test_a_pdf_that_takes_too_long_to_read_is_refused():
    with pytest.raises(UnreadableDocument, match=r"reading its text took over 1e-06 s \(ZHIBIAO_PDF_SECONDS\) by page 1 of 3"):
        read_document(pdf_bytes(["a", "b", "c"]), "slow.pdf", limits=Settings(pdf_seconds=1e-6))


def test_a_zip_bomb_is_refused_without_unpacking_it(stub, serve):
    bomb = zip_bomb_docx(unpacked_mb=300)
    assert len(bomb) < 2 * 2**20  # small as sent
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    response = serve(stub).post("/extract/file", files={"file": ("bomb.docx", bomb, DOCX)})
    assert response.status_code == 413
    assert response.json()["detail"] == "bomb.docx: the DOCX unpacks to 301 MB; the limit is 200 MB (ZHIBIAO_MAX_UNPACKED_BYTES)"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak < 100 * 1024  # KB: it was never unpacked


def test_an_external_entity_is_never_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    document = read_document(docx_with_entities(doctype, "前&xxe;后"), "xxe.docx")
    assert "TOP-SECRET" not in document.text and document.text.startswith("前")


def test_an_entity_expansion_bomb_is_refused_unexpanded():
    with pytest.raises(UnreadableDocument, match="not a readable DOCX .*amplification") as error:  # lxml's own guard
        read_document(docx_with_entities(billion_laughs_doctype(), "&lol9;"), "laughs.docx")
    assert error.value.reason == "unreadable"


@pytest.mark.parametrize("depth", [1_000, 50_000])  # 50,000: 550,000 characters of markup
def test_html_of_any_nesting_depth_is_read(client, depth):
    response = client.post("/extract/file", files={"file": ("deep.html", nested_html(depth, TEXT), "text/html")})
    assert response.status_code == 200, response.text
    body = response.json()
    assert any(m["value"]["number"] == 91.8 for m in body["measurements"])
    for measurement in body["measurements"]:
        value = measurement["value"]
        assert body["text"][value["start"]:value["end"]] == value["text"]


def test_the_cli_skips_hostile_files_naming_the_limit(tmp_path: Path, extractor, monkeypatch, capsys):
    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: extractor))
    monkeypatch.setenv("ZHIBIAO_MAX_PDF_PAGES", "2")
    (tmp_path / "bomb.docx").write_bytes(zip_bomb_docx(unpacked_mb=300))
    (tmp_path / "long.pdf").write_bytes(pdf_bytes(["a", "b", "c"]))
    (tmp_path / "deep.html").write_bytes(nested_html(50_000, TEXT))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "bomb.docx"), str(tmp_path / "long.pdf"), str(tmp_path / "deep.html"),
                 "--out", str(out)]) == 1
    errors = capsys.readouterr().err
    assert "ZHIBIAO_MAX_UNPACKED_BYTES" in errors and "the limit is 2 (ZHIBIAO_MAX_PDF_PAGES)" in errors
    assert [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["deep"]
