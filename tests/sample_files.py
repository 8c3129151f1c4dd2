"""Real PDF and DOCX files built in memory for the reader, CLI and endpoint tests (nothing is downloaded)."""

from __future__ import annotations

import io
import zipfile

HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
# A standard CJK font, not embedded; UniGB-UCS2-H makes each character its UCS-2 code, which readers map to Unicode.
STSONG = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts "
          b"[<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
          b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> >>] >>")
NO_TEXT = b"0.5 g 72 600 200 100 re f"  # a grey box: what a scanned page's content amounts to for a text reader


def pdf_bytes(pages: list[str | None]) -> bytes:
    """A PDF with one page per item: its text drawn in one line, or for None no text at all. ASCII text
    is set in Helvetica, anything else in STSong-Light."""
    font = HELVETICA if all(page is None or page.isascii() for page in pages) else STSONG
    return _pdf([NO_TEXT if page is None else _text_stream(page, font) for page in pages], font)


def _text_stream(text: str, font: bytes) -> bytes:
    encoded = text.encode("latin-1" if font == HELVETICA else "utf-16-be")
    return b"BT /F1 12 Tf 72 720 Td <" + encoded.hex().encode() + b"> Tj ET"


def _pdf(streams: list[bytes], font: bytes) -> bytes:
    """Objects 1 catalog, 2 page tree, 3 font, then a page and its content stream per page; a correct
    cross-reference table, so that a strict reader opens it."""
    first_page = 4
    kids = [first_page + 2 * i for i in range(len(streams))]
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids),
               font]
    for page, stream in zip(kids, streams):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def encrypted(pdf: bytes, user_password: str) -> bytes:
    """The PDF encrypted with AES-128; an empty user password opens it, as with reports that only restrict copying."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(blocks: list[str | list[list[str]]]) -> bytes:
    """A DOCX with a paragraph per string and a table per list of rows, in the given order."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=len(block), cols=len(block[0]))
        for row, cells in zip(table.rows, block):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---- hostile files: what a careless or malicious upload may be (tests/test_hostile_files.py) ----

def docx_with_member(name: str, write) -> bytes:
    """A real DOCX with the member ``name`` replaced or added, its bytes written by ``write(stream)``."""
    source = zipfile.ZipFile(io.BytesIO(docx_bytes(["一、大气环境"])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            if item.filename != name:
                archive.writestr(item, source.read(item))
        with archive.open(name, "w", force_zip64=True) as stream:
            write(stream)
    return out.getvalue()


def zip_bomb_docx(unpacked_mb: int) -> bytes:
    """A DOCX of a few hundred KB carrying a member of ``unpacked_mb`` MB of zeros."""
    def zeros(stream):
        for _ in range(unpacked_mb):
            stream.write(bytes(2**20))
    return docx_with_member("word/media/image1.bin", zeros)


def docx_with_entities(doctype: str, body: str) -> bytes:
    """A DOCX whose document.xml declares ``doctype`` and holds one paragraph of ``body`` (entity references)."""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           f'<w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>')
    return docx_with_member("word/document.xml", lambda stream: stream.write(xml.encode()))


def billion_laughs_doctype(levels: int = 10) -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return f"<!DOCTYPE w:document [{''.join(entities)}]>"


def nested_html(depth: int, text: str) -> bytes:
    """``text`` inside ``depth`` nested elements, none of them closed early."""
    return (b"<html><body>" + b"<div>" * depth + text.encode() + b"</div>" * depth + b"</body></html>")
