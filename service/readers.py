"""A user's file -> the document text, for the CLI and ``POST /extract/file``.

Text and HTML come back exactly as decoded (the pipeline parses HTML itself and keeps offsets into
the raw markup); PDF and DOCX come back as the text extracted from them, so offsets point into
that text, not into the file. Every failure is an ``UnreadableDocument`` with a message for the user.
"""

from __future__ import annotations

import codecs
import io
import re
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from service.settings import DEFAULT_SETTINGS, Settings

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import _Cell, _Row

Format = Literal["text", "html", "pdf", "docx"]
Reason = Literal["unsupported", "too_large", "unreadable"]

FORMAT_OF_SUFFIX: dict[str, Format] = {".txt": "text", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
ACCEPTED_SUFFIXES = tuple(FORMAT_OF_SUFFIX)
DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FORMAT_OF_CONTENT_TYPE: dict[str, Format] = {
    "text/plain": "text", "text/html": "html", "application/pdf": "pdf", DOCX_CONTENT_TYPE: "docx"}
# Labels older Chinese sites declare for what GB18030, their superset, decodes as well.
GB_LABELS = frozenset({"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "gb18030"})
META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, .xls, .ppt


class UnreadableDocument(ValueError):
    """A file that yields no document text. ``reason`` says why, for a caller that maps it to a status
    (unsupported type, over the size limit, or unreadable content); the message is meant for the user."""

    def __init__(self, message: str, reason: Reason = "unreadable"):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class ReadDocument:
    text: str
    format: Format

    @property
    def extracted(self) -> bool:
        """True when the text was extracted from a layout format: offsets then index this text, not the
        file, so whoever reads them needs the text itself."""
        return self.format in ("pdf", "docx")


def read_path(path: Path, limits: Settings = DEFAULT_SETTINGS) -> ReadDocument:
    """A file on disk; its size is checked before it is read into memory."""
    _check_size(path.stat().st_size, str(path), limits.max_file_bytes)
    return read_document(path.read_bytes(), str(path), limits=limits)


def read_document(data: bytes, name: str = "", content_type: str = "", limits: Settings = DEFAULT_SETTINGS) -> ReadDocument:
    """The document text of ``data``, within the file limits of ``limits`` (bytes, PDF pages and seconds,
    DOCX unpacked bytes). The format comes from the name's suffix, else the declared content type, else
    the bytes themselves (a missing or unknown suffix is common in archives)."""
    label = name or "the file"
    _check_size(len(data), label, limits.max_file_bytes)
    declared = _declared_format(name, content_type)
    form = declared or _sniff(data, label)
    if form == "pdf":
        return ReadDocument(_pdf_text(data, label, limits), "pdf")
    if form == "docx":
        return ReadDocument(_docx_text(data, label, limits.max_unpacked_bytes), "docx")
    text = _decode(data, html=form == "html")
    if text is not None:
        return ReadDocument(text, form)
    if declared:
        raise UnreadableDocument(f"{label}: neither UTF-8 nor GB18030 text")
    raise UnreadableDocument(f"{label}: not a PDF, DOCX, HTML or text file", "unsupported")


def _check_size(size: int, label: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise UnreadableDocument(f"{label} is larger than {max_bytes / 2**20:g} MB, the limit for a file "
                                 "(ZHIBIAO_MAX_FILE_BYTES)", "too_large")


def _declared_format(name: str, content_type: str) -> Format | None:
    suffix = Path(name).suffix.lower()
    if suffix in FORMAT_OF_SUFFIX:
        return FORMAT_OF_SUFFIX[suffix]
    return FORMAT_OF_CONTENT_TYPE.get(content_type.split(";")[0].strip().lower())


def _sniff(data: bytes, label: str) -> Format:
    """The format by magic bytes; binary formats other than PDF and DOCX are refused here, since
    decoding them as text would only produce noise."""
    if b"%PDF-" in data[:1024]:  # readers accept junk before the header within the first 1,024 bytes
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if _is_docx(data):
            return "docx"
        raise UnreadableDocument(f"{label}: a ZIP archive that is not a Word .docx document", "unsupported")
    if data.startswith(OLE2_MAGIC):
        raise UnreadableDocument(f"{label}: a Word 97-2003 (.doc) or other legacy Office file; save it as .docx", "unsupported")
    return "html" if re.match(rb"(?:\xef\xbb\xbf)?\s*<", data) else "text"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _decode(data: bytes, html: bool) -> str | None:
    """UTF-8 with or without BOM first (bytes that decode as UTF-8 are almost never meant otherwise,
    whatever a page declares), then an HTML page's own <meta charset> (Big5, say), then GB18030, the
    superset of the GBK/GB2312 older sites use. None when none fits."""
    declared = _meta_charset(data) if html else None
    for encoding in dict.fromkeys(e for e in ("utf-8-sig", declared, "gb18030") if e):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _meta_charset(data: bytes) -> str | None:
    """The codec a page declares in its first 4 KB, as a Python codec name; None when absent or unknown."""
    match = META_CHARSET.search(data[:4096])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in GB_LABELS:
        return "gb18030"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "utf-8-sig" if name == "utf-8" else name


def _pdf_text(data: bytes, label: str, limits: Settings) -> str:
    """The text layer, pages joined by a blank line. A scan has none: OCR is out of scope, so say so.
    Refused past ``limits.max_pdf_pages`` pages, or when reading takes over ``limits.pdf_seconds`` (checked
    after each page: pypdf's own caps on decompressed streams bound a single page)."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    started = time.monotonic()
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # most "encrypted" reports only restrict printing or copying: no password opens them
        if len(reader.pages) > limits.max_pdf_pages:
            raise UnreadableDocument(f"{label} has {len(reader.pages):,} pages; the limit is {limits.max_pdf_pages:,} "
                                     "(ZHIBIAO_MAX_PDF_PAGES)", "too_large")
        pages = []
        for number, page in enumerate(reader.pages, 1):
            pages.append(page.extract_text() or "")
            if time.monotonic() - started > limits.pdf_seconds:
                raise UnreadableDocument(f"{label}: reading its text took over {limits.pdf_seconds:g} s (ZHIBIAO_PDF_SECONDS) "
                                         f"by page {number:,} of {len(reader.pages):,}", "too_large")
    except UnreadableDocument:
        raise
    except FileNotDecryptedError:
        raise UnreadableDocument(f"{label}: the PDF is encrypted with a password; send a copy without one") from None
    except Exception as err:  # a damaged file makes pypdf raise almost anything (KeyError, zlib.error, RecursionError ...)
        raise UnreadableDocument(f"{label}: not a readable PDF ({type(err).__name__}: {err})") from None
    text = "\n\n".join(pages)
    if not text.strip():
        raise UnreadableDocument(f"{label}: the PDF has no text layer (a scan?); it needs OCR before extraction")
    return text


def _docx_text(data: bytes, label: str, max_unpacked_bytes: int) -> str:
    """Body paragraphs one a line and table rows one a line with cells joined by tabs, in document order.
    A DOCX is a ZIP, and a small one can unpack to gigabytes (a zip bomb): the sizes its directory declares
    are capped, and zipfile stops a member at its declared size (a lying entry fails its CRC). python-docx
    parses the XML without resolving entities, so an external entity is never fetched."""
    import docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        document = docx.Document(io.BytesIO(data)) if unpacked <= max_unpacked_bytes else None
    except Exception as err:  # python-docx, zipfile and lxml each have their own errors for a damaged package
        raise UnreadableDocument(f"{label}: not a readable DOCX ({type(err).__name__}: {err})") from None
    if document is None:
        raise UnreadableDocument(f"{label}: the DOCX unpacks to {unpacked / 2**20:.3g} MB; the limit is "
                                 f"{max_unpacked_bytes / 2**20:g} MB (ZHIBIAO_MAX_UNPACKED_BYTES)", "too_large")
    return "\n".join(_block_lines(document))


def _block_lines(container: DocxDocument | _Cell) -> list[str]:
    """A line per paragraph and per table row, in order, for a document body or a table cell."""
    from docx.table import Table

    lines = []
    for block in container.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_row_line(row) for row in block.rows)
        else:
            lines.append(block.text)
    return lines


def _row_line(row: _Row) -> str:
    """Each cell once, as written (``row.cells`` repeats a merged cell per grid column and row, which would
    repeat its values); a cell's own lines, nested tables included, are joined by spaces to keep one line."""
    from docx.table import _Cell

    cells = (_Cell(tc, row.table) for tc in row._tr.tc_lst)
    return "\t".join(re.sub(r"[\t\n]", " ", " ".join(_block_lines(cell))) for cell in cells)
