"""The reference date of a document: the day its relative times (今年, 目前, 上半年) are read against.

It is the end of the period the report is about, or the day it was written. Evidence, in order:

1. The title, in the first lines: "…2024年度工作总结…" reports on 2024 → 2024-12-31;
   "…2024年上半年工作进展…" → 2024-06-30. The first period in the title counts
   ("2024年工作总结和2025年工作安排" is about 2024).
2. A metadata date in the first lines: 发布日期:2025-01-12, 生成日期: | 2025-02-18, 时间：2026-02-02,
   or a line that is only a date. With a title, it wins only when it falls inside the title's
   period, being the more precise ("2026年…政府工作报告" published 2026-02-02); a 2024 summary
   published 2025-01-12 is still about 2024.
3. Otherwise the text: the year it mentions most (not the latest year, which is often a target:
   到2030年), and within that year the latest full date, else its 31 December.

Nothing found → date None, source "text". Callers override with their own date (source "request").
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass

from service.normalize.times import YEARS, Period, read_time


@dataclass(frozen=True)
class ReferenceDate:
    date: datetime.date | None
    source: str  # "title" | "metadata" | "text" | "request"


_HEAD_LINES = 20  # scraped pages put menus (下载, 打印, 【字号：…) before the title
# A document without line breaks (a scraped page) has its title in its first characters only.
_HEAD_LINE_CHARS = 80
_TITLE = re.compile(
    r"(?P<period>(?P<year>\d{4})年度?(?:上半年|下半年|第?[一二三四1-4]季度|前三季度|\d{1,2}(?:[-—~至]\d{1,2})?月份?)?)"
    r"[^，,。；;：:|\s]{0,30}?(?:总结|报告|计划|要点|安排|进展|情况|公报|回顾|汇报)"
)
_DATE = r"(?P<year>\d{4})(?:-|/|\.|年)(?P<month>\d{1,2})(?:-|/|\.|月)(?P<day>\d{1,2})日?"
_METADATA_DATE = re.compile(rf"(?:日期|时间)[\s|:：]*{_DATE}")  # 发布日期, 生成日期, 成文日期, 发布时间, 时间
_DATE_LINE = re.compile(rf"[\s|]*{_DATE}(?:\s*\d{{1,2}}[时:]\d{{1,2}}分?)?[\s|]*")
_FULL_DATE = re.compile(rf"(?<!\d){_DATE}")
_YEAR_MENTION = re.compile(r"(?<!\d)(\d{4})年")


def find_reference_date(text: str) -> ReferenceDate:
    """The reference date of a document and where it came from."""
    head = [line.strip()[:_HEAD_LINE_CHARS] for line in text.splitlines()[:_HEAD_LINES]]
    title = _title_period(head)
    published = _metadata_date(head)
    if title and published and title.start <= published <= title.end:
        return ReferenceDate(published, "metadata")
    if title:
        return ReferenceDate(title.end, "title")
    if published:
        return ReferenceDate(published, "metadata")
    return ReferenceDate(_date_from_text(text), "text")


def _title_period(head: list[str]) -> Period | None:
    for line in head:
        if match := _TITLE.search(line):
            # The title names its year, so the reference given here is never used.
            period = read_time(match["period"], datetime.date(int(match["year"]), 12, 31))
            if period.end:
                return period
    return None


def _metadata_date(head: list[str]) -> datetime.date | None:
    for line in head:
        if (match := _METADATA_DATE.search(line) or _DATE_LINE.fullmatch(line)) and (date := _date(match)):
            return date
    return None


def _date_from_text(text: str) -> datetime.date | None:
    years = Counter(year for year in map(int, _YEAR_MENTION.findall(text)) if year in YEARS)
    if not years:
        return None
    year = max(years, key=lambda mentioned: (years[mentioned], mentioned))
    dates = [date for match in _FULL_DATE.finditer(text) if (date := _date(match)) and date.year == year]
    return max(dates, default=datetime.date(year, 12, 31))


def _date(match: re.Match) -> datetime.date | None:
    try:
        return datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
