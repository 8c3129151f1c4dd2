"""Measurements as CSV and XLSX files, a row per measurement with the columns of ``service.frames``: what
``POST /export/{format}`` (the review page's downloads) makes of an ``/extract`` response."""

from __future__ import annotations

import csv
import io

from service.frames import COLUMNS

# Excel reads a CSV as the system's code page (GBK on Chinese Windows) unless it starts with a byte order mark.
CSV_ENCODING = "utf-8-sig"
EXCEL_CELL_CHARS = 32767  # the most an Excel cell holds; a longer text (a sentence) is cut there


def csv_bytes(rows: list[dict]) -> bytes:
    """``service.frames.measurement_rows`` as CSV with a header, UTF-8 with a byte order mark."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode(CSV_ENCODING)


def xlsx_bytes(rows: list[dict], sheet: str = "measurements") -> bytes:
    """``service.frames.measurement_rows`` as an Excel workbook of one sheet with a header row. Numbers and
    booleans keep their type; every text is a text cell, so that one starting with = is never read as a formula."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    page = book.create_sheet(sheet)

    def cell(value):
        if not isinstance(value, str):
            return value
        # control characters (a PDF's form feed) cannot be stored in the file's XML
        text = WriteOnlyCell(page, ILLEGAL_CHARACTERS_RE.sub(" ", value)[:EXCEL_CELL_CHARS])
        text.data_type = "s"
        return text

    page.append([cell(column) for column in COLUMNS])
    for row in rows:
        page.append([cell(row[column]) for column in COLUMNS])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
