"""Flattened tables: a statistical bulletin's table as PDF or web extraction leaves it, one cell per line
(annotations/README.md, decision 27). The tagger reads sentences, and a cell on its own line is no sentence:
a value lines away from its row label gets no indicator, and a bare number often no VAL at all. This stage reads
such a table by its layout and puts its rows in place of what the tagger said inside it.

A table starts at its caption (表 1：2022 年地区生产总值及其增长速度, 表3, 表6) and runs over short lines with
no sentence in them (blank lines and page footers between are skipped). Its cells are read as

- header cells (指标, 单位, 产量（万吨）, 比上年增长（%）, 2022 年（亿元）): what each value column holds;
- numbers (a ``—`` is a cell with no value), unit cells (万吨: a unit alone), and row labels (the rest).

Rows come one cell per line (label, unit, values), or column by column, each column a block of lines (the
labels' block, the units', each value column's) when the extraction printed them apart. A PDF's extraction also
prints the labels of merged or wrapped cells apart from their rows: such a row starts at its unit cell, and the
labels left over after the last row (the first row's may be in the header: 指标 全年货物周转量 单位 …) are theirs,
in order; where the counts differ, the table is left. Each value is a measurement of its row label (``#``, 其中：
and a scope word outside, a parenthesis after it too, decisions 27 and 30); a growth column (比上年增长) is a
change, every other a level; the row's unit cell is linked from its first level value (in a table of changes
only, from the first change whose head names no unit: 单位 % beside 比上年增长), and a unit or year given only in a
header is not linked. A table whose cells do not line up (rows of different lengths, columns of different heights)
is left to the tagger. The values read here have confidence 1.0: a reading of the layout, not the model's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from service.lexicon import TABLE_CHANGE_HEADERS, TABLE_LABEL_HEADERS, TABLE_UNIT_HEADERS, TABLE_VALUE_HEADERS
from service.normalize.units import read_unit
from service.schema import INDICATOR_LABEL
from service.spans import Anchor, Span, Tagging

_CAPTION = re.compile(r"[^\S\n]*表[^\S\n]*\d{1,2}(?!\d)")  # after a form feed too
# a figure's caption, a section heading (## （五）人口) or a sentence ends the table; so does a line longer than a cell
_HEADING = re.compile(r"[^\S\n]*#*[^\S\n]*(?:图[^\S\n]*\d|[（(]?[一二三四五六七八九十]+[、）)])")
_SENTENCE = re.compile(r"[。；;]|[，,].{12}")
_MAX_CELL_CHARS = 40  # a title run into the header cell (…及其增长速度产品名称) too
_NUMBER = re.compile(r"(?P<sign>[-−－+]?)(?P<digits>\d[\d,，]*(?:\.\d+)?)(?P<percent>%?)")
_NO_VALUE = re.compile(r"[—–\-]{1,2}")
_FOOTER = re.compile(r"[—–\-]*\s*\d{1,3}\s*[—–\-]+|[—–\-]+\s*\d{1,3}\s*[—–\-]*")
_HEADER_UNIT = re.compile(r".*[（(](?P<unit>[^（）()]+)[）)]")
_JOINED_NUMBER = re.compile(rf"{_NUMBER.pattern}|[—–]")
_JOINED = re.compile(r"(?P<label>.*?[\u4e00-\u9fff）)])(?P<numbers>(?:[-−－+]?\d[\d,，.%]*|[—–])+)")
_HEADER_YEAR = re.compile(r"(?:19|20)\d\d\s*年(?:末|底)?")
# what stays outside a row label's IND: its marks (#, 一、, 其中：) and scope word before, a parenthesis after
_LABEL_LEAD = re.compile(r"^(?:[#＃]|[一二三四五六七八九十]+[、．.]|其中[：:]?|全(?:州|市|省|县|区|国))+")
_LABEL_TAIL = re.compile(r"[（(][^（）()]*[）)]$")
# a label inside the header that is short enough to be the first row's, not the table's title
_MAX_HEADER_LABEL_CHARS = 12


@dataclass(frozen=True)
class _Cell:
    kind: str  # "head", "number", "none" (a — cell), "unit", "note" (注释：), "label"
    start: int
    end: int
    text: str
    in_row_line: bool = False  # one of a line's cells: a row, never part of a column


@dataclass(frozen=True)
class _Row:
    label: _Cell
    unit: _Cell | None
    values: list[_Cell]  # numbers and — cells, one per value column


def read_tables(text: str, tagging: Tagging) -> Tagging:
    """``tagging`` with each flattened table of ``text`` (canonical) read by its layout: inside a table that
    lines up, the rows read here replace the tagger's values, units and indicators; elsewhere it is unchanged."""
    for start, end, rows, heads, caption in _tables(text):
        tagging = _replace(tagging, start, end, rows, heads, caption)
    return tagging


def _tables(text: str):
    """(start, end, rows, head of each value column, caption) of every table that lines up."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        start, end = lines[index]
        if not _CAPTION.match(text, start, end):
            index += 1
            continue
        block: list[list[_Cell]] = [[]]  # paragraphs of cells, split at blank lines
        index += 1
        while index < len(lines):
            line_start, line_end = lines[index]
            line = text[line_start:line_end]
            stripped = line.strip()
            # cells apart by tabs (一、食品烟酒\t1.4\t2.7), else by spaces (an OCR's 汽车 万辆 62.6 15.1), are a row on one line
            cells = [m for m in re.finditer(r"[^\t]+" if "\t" in line else r"\S+", line) if m.group().strip()]
            heading = _HEADING.match(line) and not any(_NUMBER.fullmatch(cell.group()) for cell in cells)  # not 一、食品烟酒\t1.4
            if _CAPTION.match(line) or heading or _SENTENCE.search(stripped) \
                    or any(len(cell.group()) > _MAX_CELL_CHARS for cell in cells):
                break
            index += 1
            if not stripped:
                block.append([])
            elif not _FOOTER.fullmatch(stripped):
                for m in cells:
                    block[-1].extend(_row_cells(text, line_start + m.start(), line_start + m.end(), len(cells) > 1))
        table = _lay_out([p for p in block if p])
        if table is not None:
            yield start, lines[index - 1][1], *table, text[start:end]


def _row_cells(text: str, start: int, end: int, in_row_line: bool) -> list[_Cell]:
    """A cell without its edge spaces, and apart again what the canonical view joined when it dropped the spaces
    between cells: 居民消费价格100.5 (a label and its number), 万吨63.2-2.6 (a unit and two numbers), 亿元—10.4."""
    cell = text[start:end]
    start, end = start + len(cell) - len(cell.lstrip()), end - len(cell) + len(cell.rstrip())
    joined = _JOINED.fullmatch(text, start, end)
    if joined is None:
        return [_cell(text, start, end, in_row_line)]
    numbers = _JOINED_NUMBER.finditer(text, joined.start("numbers"), end)
    return [_cell(text, start, joined.end("label"), True), *(_cell(text, m.start(), m.end(), True) for m in numbers)]


def _cell(text: str, start: int, end: int, in_row_line: bool = False) -> _Cell:
    cell = text[start:end]
    header_unit = _HEADER_UNIT.fullmatch(cell)
    if cell in TABLE_LABEL_HEADERS or cell in TABLE_VALUE_HEADERS or any(word in cell for word in TABLE_CHANGE_HEADERS) \
            or (header_unit and (header_unit["unit"] == "%" or read_unit(header_unit["unit"]).dimension != "unknown")) \
            or _HEADER_YEAR.fullmatch(cell):
        kind = "head"
    elif _NUMBER.fullmatch(cell):
        kind = "number"
    elif _NO_VALUE.fullmatch(cell):
        kind = "none"
    elif read_unit(cell).dimension != "unknown":
        kind = "unit"
    elif cell.endswith(("：", ":")):
        kind = "note"
    else:
        kind = "label"
    return _Cell(kind, start, end, cell, in_row_line)


def _lay_out(paragraphs: list[list[_Cell]]) -> tuple[list[_Row], list[_Cell]] | None:
    """The rows of a table's cells and the head of each value column, or None when they do not line up."""
    cells = [c for p in paragraphs for c in p]
    first_value = next((i for i, c in enumerate(cells) if c.kind == "number"), None)
    if first_value is None:
        return None
    last_head = max((i for i, c in enumerate(cells[:first_value]) if c.kind == "head"), default=-1)
    header = cells[: last_head + 1]
    # (a head repeated in the rows, 比例（%） after each label, is the rows' unit, no column's)
    in_rows = {c.text for c in cells[len(header):] if c.kind == "head"}
    value_heads = [c for c in header if c.kind == "head" and c.text not in TABLE_LABEL_HEADERS and c.text not in in_rows]
    has_unit_column = any(c.text in TABLE_UNIT_HEADERS for c in header)
    # the body: the paragraphs after the header, single lines (a row a few lines) or columns (a block of lines each)
    body, skipped = [], len(header)
    for paragraph in paragraphs:
        if paragraph[skipped:]:
            body.append(paragraph[skipped:])
        skipped = max(0, skipped - len(paragraph))
    rows: list[_Row] = []
    label_less: list[tuple[_Cell | None, list[_Cell]]] = []  # (unit, values) of rows whose label was printed apart
    spare: list[_Cell] = []  # labels with no values after them: those printed apart from their rows, in their order
    order: list[int | None] = []  # each row in text order: its index in rows, or None for the next label-less one
    label: _Cell | None = None
    unit: _Cell | None = None
    values: list[_Cell] = []

    def close_row() -> None:
        if values:
            order.append(len(rows) if label is not None else None)
            if label is not None:
                rows.append(_Row(label, unit, values))
            else:
                label_less.append((unit, values))
        else:  # a label with no values (and the label read as its unit: 平板玻璃 钢材 after the last row)
            spare.extend(c for c in (label, unit) if c is not None and c.kind == "label")

    at = 0
    while at < len(body):
        columns, count = _columns(body, at)
        if columns:
            close_row()
            label, unit, values = None, None, []
            order.extend(range(len(rows), len(rows) + len(columns)))
            rows.extend(columns)
            at += count
            continue
        for cell in body[at]:
            if cell.kind == "label" and has_unit_column and label is not None and unit is None and not values:
                unit = cell  # a unit the unit readings do not know (亿吨公里), in the unit column
            elif cell.kind == "label" or (cell.kind == "unit" and values):  # a row starts (with no label: printed apart)
                close_row()
                label, unit, values = (cell, None, []) if cell.kind == "label" else (None, cell, [])
            elif cell.kind == "unit":
                unit = cell
            elif cell.kind in ("number", "none"):
                values.append(cell)
        at += 1
    close_row()
    if label_less:
        # the labels printed apart, in their rows' order: after the last row, the first row's in the header too
        # (指标 居民消费价格 指数 102.4)
        header_labels = [c for c in header if c.kind == "label" and len(c.text) <= _MAX_HEADER_LABEL_CHARS]
        if order[0] is None and len(header_labels) == 1 and len(spare) == len(label_less) - 1:
            spare.insert(0, header_labels[0])
        if len(spare) != len(label_less):
            return None
        placed = iter(_Row(spare_label, *row) for spare_label, row in zip(spare, label_less))
        rows = [rows[i] if i is not None else next(placed) for i in order]
    widths = Counter(len(r.values) for r in rows)
    units = {r.unit.text for r in rows if r.unit}
    # rows of different lengths, or a unit read as a label (亿吨公里 where the unit readings do not know it), do not line up
    if not rows or len(widths) != 1 or any(r.label.text in units for r in rows):
        return None
    (width,) = widths
    heads = value_heads[-width:] if len(value_heads) >= width else None
    if heads is None:
        return None
    return rows, heads


def _column_count(body: list[list[_Cell]], at: int) -> int:
    """How many paragraphs from ``at`` are columns of one height (at least two lines each), side by side."""
    height = len(body[at])
    count = 0
    while at + count < len(body) and height > 1 and len(body[at + count]) == height \
            and not any(c.in_row_line for c in body[at + count]):
        count += 1
    return count


def _columns(body: list[list[_Cell]], at: int) -> tuple[list[_Row], int]:
    """Rows read from a run of columns (labels, units, values: a block of lines each), if one starts at ``at``,
    and how many paragraphs the run takes."""
    count = _column_count(body, at)
    if count < 2:
        return [], 0
    kinds = [Counter(c.kind for c in column).most_common(1)[0][0] for column in body[at : at + count]]
    labels = [body[at + i] for i, kind in enumerate(kinds) if kind == "label"]
    units = [body[at + i] for i, kind in enumerate(kinds) if kind == "unit"]
    values = [body[at + i] for i, kind in enumerate(kinds) if kind in ("number", "none")]
    if len(labels) != 1 or len(units) > 1 or not values:
        return [], 0
    return [_Row(labels[0][row], units[0][row] if units else None, [column[row] for column in values])
            for row in range(len(labels[0]))], count


def _replace(tagging: Tagging, start: int, end: int, rows: list[_Row], heads: list[_Cell], caption: str) -> Tagging:
    inside = lambda span: span is not None and start <= span.start and span.end <= end  # noqa: E731
    spans = [s for s in tagging.spans if not (inside(s) and s.label != "TIME")]
    anchors = [a for a in tagging.anchors if not inside(a.span)]
    # a column is a change when its head says so, or, headed by a year, when the caption does and no column's head
    # does (价格涨跌幅度: 2021年 2022年; but …及其增长速度: 2022年 beside 比上年增长（%） is the level)
    changes = lambda words: any(word in words for word in TABLE_CHANGE_HEADERS)  # noqa: E731
    caption_changes = changes(caption) and not any(changes(head.text) for head in heads)
    kinds = ["change" if changes(head.text) or (_HEADER_YEAR.fullmatch(head.text) and caption_changes) else "level"
             for head in heads]
    # a column per year (2018 年 … 2022 年): each value is its column's year; one year in a header dates nothing
    # the section does not (decision 27 links no header year; the period must still be the column's)
    years = [Span("TIME", h.start, h.end, 1.0) if _HEADER_YEAR.fullmatch(h.text) else None for h in heads]
    if sum(year is not None for year in years) < 2:
        years = [None] * len(heads)
    spans += [year for year in years if year is not None and year not in spans]
    # the row's unit cell is its first level value's (产量 beside 比上年增长（%）), or where every column is a change,
    # that of the first change whose head names no unit of its own (单位 % beside 比上年增长)
    has_level = "level" in kinds
    unit_columns = [i for i, (kind, head) in enumerate(zip(kinds, heads))
                    if kind == "level" or not has_level and not _HEADER_UNIT.fullmatch(head.text)]
    for row in rows:
        indicator = _indicator(row.label)
        unit = Span("UNIT", row.unit.start, row.unit.end, 1.0) if row.unit else None
        spans += [s for s in (indicator, unit) if s is not None]
        unit_taken = False
        for column, (cell, kind, year) in enumerate(zip(row.values, kinds, years)):
            number = _NUMBER.fullmatch(cell.text)
            if number is None:
                continue
            value = Span("VAL", cell.start + number.start("digits"), cell.start + number.end("digits"), 1.0)
            percent = Span("UNIT", value.end, value.end + 1, 1.0) if number["percent"] else None
            linked_unit = percent
            if column in unit_columns and not unit_taken and percent is None:
                linked_unit, unit_taken = unit, True
            spans += [s for s in (value, percent) if s is not None]
            anchors.append(Anchor(value, indicator, linked_unit, year, kind, False, 1.0))
    spans.sort(key=lambda s: (s.start, s.end))
    anchors.sort(key=lambda a: a.span.start)
    return Tagging(spans=spans, anchors=anchors, sentences=tagging.sentences)


def _indicator(label: _Cell) -> Span | None:
    """The IND of a row label: without its marks and scope word before, or a parenthesis after."""
    text = label.text
    lead = _LABEL_LEAD.match(text)
    first = lead.end() if lead else 0
    tail = _LABEL_TAIL.search(text, first)
    last = tail.start() if tail else len(text)
    return Span(INDICATOR_LABEL, label.start + first, label.start + last, 1.0) if last > first else None
