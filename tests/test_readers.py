"""service/readers.py: files as users have them -> the document text."""

import io
import zipfile
from pathlib import Path

import pytest

from sample_files import docx_bytes, encrypted, pdf_bytes
from service.readers import UnreadableDocument, read_document, read_path
from service.settings import DEFAULT_SETTINGS, Settings

MAX_BYTES = DEFAULT_SETTINGS.max_file_bytes

TEXT = "2024年，全市PM2.5平均浓度为32.2微克/立方米。"


def refusal(data: bytes, name: str = "", content_type: str = "") -> UnreadableDocument:
    with pytest.raises(UnreadableDocument) as caught:
        read_document(data, name, content_type)
    return caught.value


@pytest.mark.parametrize("data", [TEXT.encode("utf-8"), TEXT.encode("utf-8-sig"), TEXT.encode("gb18030")],
                         ids=["utf-8", "utf-8 with BOM", "gb18030"])
def test_text_is_utf8_with_or_without_bom_else_gb18030(data: bytes):
    document = read_document(data, "report.txt")
    assert (document.text, document.format, document.extracted) == (TEXT, "text", False)


def test_undecodable_text_is_refused():
    error = refusal(b"\xff\xfe\xff 2024", "report.txt")
    assert error.reason == "unreadable" and "neither UTF-8 nor GB18030" in str(error) and "report.txt" in str(error)


def test_html_stays_raw_and_its_meta_charset_is_honoured():
    page = f'<html><head><meta charset="gb2312"></head><body><p>{TEXT}</p></body></html>'
    document = read_document(page.encode("gb18030"), "page.htm")
    assert (document.text, document.format) == (page, "html")  # tags kept: the pipeline keeps offsets into them
    big5 = '<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>空氣品質優良天數比例91.8%</p>'
    assert big5.encode("big5").decode("gb18030") != big5  # without the declaration GB18030 would garble it
    assert read_document(big5.encode("big5"), "page.html").text == big5


def test_pdf_text_layer_with_pages_joined_by_a_blank_line():
    document = read_document(pdf_bytes(["PM2.5 32.2 ug/m3 2024", "page two"]), "report.pdf")
    assert (document.text, document.format, document.extracted) == ("PM2.5 32.2 ug/m3 2024\n\npage two", "pdf", True)
    assert read_document(pdf_bytes([TEXT]), "report.pdf").text == TEXT


def test_a_pdf_without_a_text_layer_needs_ocr():
    error = refusal(pdf_bytes([None, None]), "scan.pdf")
    assert error.reason == "unreadable" and "no text layer" in str(error) and "OCR" in str(error)


def test_encrypted_pdfs_open_without_a_password_or_are_refused_clearly():
    pdf = pdf_bytes(["PM2.5 32.2 ug/m3 2024"])
    assert read_document(encrypted(pdf, user_password=""), "report.pdf").text == "PM2.5 32.2 ug/m3 2024"
    error = refusal(encrypted(pdf, user_password="secret"), "report.pdf")
    assert error.reason == "unreadable" and "encrypted with a password" in str(error)


def test_docx_paragraphs_and_table_rows_in_document_order():
    data = docx_bytes(["一、大气环境", TEXT,
                       [["指标", "2024年", "同比"], ["PM2.5平均浓度", "32.2微克/立方米", "改善13.6%"]],
                       "二、水环境"])
    document = read_document(data, "report.docx")
    assert document.text == ("一、大气环境\n" + TEXT + "\n指标\t2024年\t同比\nPM2.5平均浓度\t32.2微克/立方米\t改善13.6%\n二、水环境")
    assert (document.format, document.extracted) == ("docx", True)


def test_a_merged_or_multi_line_docx_cell_appears_once_on_its_row_line():
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "大气"  # one cell over two columns
    table.cell(0, 2).text = "PM2.5"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "全年"
    table.cell(1, 2).text = "32.2"
    table.cell(1, 2).add_paragraph("微克/立方米")  # a second line inside the cell
    out = io.BytesIO()
    document.save(out)
    assert read_document(out.getvalue(), "t.docx").text == "大气\tPM2.5\n全年\t32.2 微克/立方米"


def test_without_a_known_suffix_the_bytes_tell_the_format():
    assert read_document(pdf_bytes(["PM2.5 32.2"])).format == "pdf"
    assert read_document(docx_bytes([TEXT]), "report").text == TEXT
    assert read_document(TEXT.encode("gb18030"), "report.dat").format == "text"
    # many sites' "Word" downloads are HTML pages
    page = read_document(f"<html><p>{TEXT}</p></html>".encode("gb18030"), "report.doc")
    assert page.format == "html" and TEXT in page.text
    assert read_document(pdf_bytes(["PM2.5 32.2"]), "upload", "application/pdf").format == "pdf"


@pytest.mark.parametrize("data, message", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save it as .docx"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xff", "not a PDF, DOCX, HTML or text file"),
], ids=["legacy .doc", "image"])
def test_other_binary_files_are_unsupported(data: bytes, message: str):
    error = refusal(data, "report.doc")
    assert error.reason == "unsupported" and message in str(error)


def test_a_zip_that_is_not_a_docx_is_unsupported():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert refusal(out.getvalue(), "report.xlsx").reason == "unsupported"


@pytest.mark.parametrize("data, name, message", [
    (b"%PDF-1.4\nnot really a PDF", "report.pdf", "not a readable PDF"),
    (b"plain text, not a zip", "report.docx", "not a readable DOCX"),
])
def test_damaged_files_are_refused_with_a_message(data: bytes, name: str, message: str):
    error = refusal(data, name)
    assert error.reason == "unreadable" and message in str(error)


def test_size_limits_are_checked_before_parsing(tmp_path: Path):
    assert refusal(b"a" * (MAX_BYTES + 1), "big.txt").reason == "too_large"
    big = tmp_path / "big.pdf"
    with big.open("wb") as f:  # sparse: read_path refuses it by its size, without reading it
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(UnreadableDocument, match="larger than 20 MB"):
        read_path(big)
    with pytest.raises(UnreadableDocument, match="the limit is 0.5 MB") as error:  # a ZIP bomb's shape
        read_document(docx_bytes([TEXT]), "bomb.docx", limits=Settings(max_unpacked_bytes=2**19))
    assert error.value.reason == "too_large"
