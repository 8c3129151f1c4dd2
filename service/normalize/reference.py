"""The time frame of a document: its reference date, and the periods it reviews and plans.

Relative times need two anchors, not one. Calendar words (今年, 上半年, 目前) count from the
document's date. Words that look back or ahead (过去一年, 过去五年, 未来五年) count from the period
the document reports on or plans for, and in the commonest reports that is not the year of the
date: a 政府工作报告 delivered in February 2026 reviews 2025 (its 过去五年 is 2021–2025) and plans
2026 (its 未来五年 is 2026–2030).

The reference date is the end of the period the report is about, or the day it was written.
Evidence, in order:

1. The title, in the first lines before the body: "…2024年度工作总结…" reports on 2024 →
   2024-12-31; "…2024年上半年工作进展…" → 2024-06-30. The first period in the title counts
   ("2024年工作总结和2025年工作安排" is about 2024). The body starts at the first section heading
   (一、 （一） 1.) or a speech's salutation (各位代表：): a heading such as "一、2018年工作回顾"
   names a part of the report, not the report. Spaces do not count (政 府 工 作 报 告, 2022 年…).
2. A metadata date in the first lines: 发布日期:2025-01-12, 生成日期: | 2025-02-18, 时间：2026-02-02,
   a line that is only a date (with or without a time of day), else the day a report was
   delivered (——2026年1月26日在…会议上). With a title, it wins only when it falls inside the
   title's period, being the more precise ("2026年…政府工作报告" published 2026-02-02); a 2024
   summary published 2025-01-12 is still about 2024.
3. Otherwise the section headings, when they name the year planned (三、2019年政府工作任务, or a heading naming the
   year after the one reviewed: 三、2016年重点工作) → its 1 January, the report being delivered in its first months;
   else a phrase naming the present year by a plan (今年是“十五五”开局之年); else the year a heading reviews
   (一、2012年政府工作回顾) → 1 January of the next in a speech (各位代表：), its 31 December in a summary.
4. Otherwise the text: the year it mentions most (not the latest year, which is often a target:
   到2030年), and within that year the latest full date, else its 31 December; in a text that reads as a plan
   (``service.structure.passage_role``: an excerpt of a plan, 2026年…力争…) that year's 1 January, the year it plans.

Nothing found → date None, source "text". Callers override with their own date (source "request").
A standard (a standard's code and 标准, 规范, 规程 or 导则 in its head: HJ 1134—2020 …污染控制技术规范) sets requirements
that describe no period and are no goals: no date, source "title" (its title says what it is).

The reviewed and planned periods come from the title's words when it has them, because the
genre says how the titled period relates to the report:
- a 政府工作报告, plan or set of key tasks (计划, 要点, 安排) for year Y reviews Y−1 and plans Y:
  a work report is delivered in the first months of the year it plans. Without a year in the
  title, Y is the year of its delivery or publication date; a date found only in the text is a
  day of the year the text is about most, the reviewed one, so the date rule below holds;
- a 统计公报 (or any 公报) for year Y describes Y and plans nothing: it is published the year
  after, but its 当年 and 全年 are Y;
- a summary, review or progress report (总结, 回顾, 进展, 情况, 汇报, 报告) reviews its period and
  plans the next period its title names ("…2024年工作总结和2025年工作计划" plans 2025, "…上半年
  工作进展情况和下半年工作安排" the second half), else the following year when it reviews a
  whole year;
- without such a title, the date decides (``frame_of``): January–June reviews the year before
  and plans its own, July–December reviews its own and plans the next.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from service.lexicon import STANDARD_TITLE_WORDS
from service.normalize.times import TIME_OF_DAY, YEARS, DateSource, Frame, Period, calendar_years, frame_of, read_time
from service.structure import find_sections, heading_roles, passage_role
from service.text import STANDARD_CODE


@dataclass(frozen=True)
class ReferenceDate:
    date: datetime.date | None
    source: DateSource


# What the period a title names is to the document.
_Role = Literal["reviewed", "planned", "described"]

# Words that say what kind of document it is wherever they are in the title, with or without a year.
_GENRES: dict[str, _Role] = {"政府工作报告": "planned", "统计公报": "described"}
# The word ending a title phrase ("2024年度工作总结", "2025年工作安排") says what its period is.
_TITLE_WORDS: dict[str, _Role] = {
    "公报": "described",
    "总结": "reviewed",
    "回顾": "reviewed",
    "进展": "reviewed",
    "情况": "reviewed",
    "汇报": "reviewed",
    "报告": "reviewed",
    "计划": "planned",
    "要点": "planned",
    "安排": "planned",
}

_HEAD_LINES = 20  # scraped pages put menus (下载, 打印, 【字号：…) before the title
# A document without line breaks (a scraped page) has its title in its first characters only.
_HEAD_LINE_CHARS = 80
# The body starts at a section heading (一、 （一） 1. ) or a speech's salutation (各位代表：).
_SALUTATION = r"(?:各位|同志们)[^，,。]{0,10}(?:[：:]$|[，,！!])"
_BODY_START = re.compile(
    rf"[一二三四五六七八九十]+、|[（(](?:[一二三四五六七八九十]+|\d{{1,2}})[）)]|\d{{1,2}}[.．、](?!\d)|{_SALUTATION}"
)
_CLAUSE = re.compile(r"[^，,。；;：:|]+")  # title phrases do not run across punctuation or table cells
_PART_OF_YEAR = r"上半年|下半年|前三季度|第?[一二三四1-4]季度|\d{1,2}(?:[-—~至]\d{1,2})?月份?"
_TITLE_PHRASE = re.compile(
    rf"(?P<period>(?P<year>\d{{4}})年度?(?:{_PART_OF_YEAR})?|{_PART_OF_YEAR})"
    rf".{{0,30}}?(?P<word>{'|'.join(sorted(_GENRES | _TITLE_WORDS, key=len, reverse=True))})"
)
_DATE = r"(?P<year>\d{4})\s*(?:-|/|\.|年)\s*(?P<month>\d{1,2})\s*(?:-|/|\.|月)\s*(?P<day>\d{1,2})\s*日?"
_METADATA_DATE = re.compile(rf"(?:日期|时间)[\s|:：]*{_DATE}")  # 发布日期, 生成日期, 成文日期, 发布时间, 时间
_DATE_LINE = re.compile(rf"[\s|]*{_DATE}(?:\s*{TIME_OF_DAY})?[\s|]*")
_DELIVERY_LINE = re.compile(rf"[-—–－\s]*{_DATE}在\S*会议上")
_FULL_DATE = re.compile(rf"(?<!\d){_DATE}")
# a year after 比/较/同/与 is a comparison base, not what the text is about
_PLAN = r"[“\"]?(?P<plan>(?:[六七八九]|十[一二三四五六七八九]?)五)[”\"]?"  # 九五, 十五, 十一五 …
# 今年是“十五五”开局之年, 就在“十一五”开局之初 (the plan's first year); 今年是“十五”收官之年, 今年，是全面完成“十五”任务…
# 的关键一年 (its last year)
_PRESENT_PLAN_YEAR = re.compile(rf"(?:今年[，,]?是|就在|正值|时值|值此)[^，。]{{0,12}}?(?:{_PLAN}[^，。]{{0,8}}?(?P<edge>开局|收官)之(?:年|初|际)"
                                rf"|(?P<completes>完成){_PLAN.replace('plan', 'completed_plan')})")
_YEAR_MENTION = re.compile(r"(?<![\d比较同与])(\d{4})年")


@dataclass(frozen=True)
class _Title:
    """What a title says about the document's periods."""

    role: _Role  # what ``period`` is to the document
    words: str  # the title phrase (or genre) naming it: the evidence
    period: Period | None  # None for a genre without a year (政府工作报告)
    next_words: str | None  # a second phrase ("…和2025年工作计划") and its period
    next_period: Period | None


def find_reference_date(text: str) -> ReferenceDate:
    """The reference date of a document and where it came from."""
    frame = find_frame(text)
    return ReferenceDate(frame.date, frame.source)


def find_frame(text: str) -> Frame:
    """The document's reference date and the periods it reviews and plans, each with its evidence."""
    head = _head(text)
    if any(STANDARD_CODE.search(line) and any(word in line for word in STANDARD_TITLE_WORDS) for line in head):
        return Frame(None, "title", None, None, None, None)  # a standard: requirements of no period
    title = _read_title(head)
    published = _metadata_date(head)
    if title and title.period:
        if published and title.period.start <= published <= title.period.end:
            date, source = published, "metadata"
        else:
            date, source = title.period.end, "title"
    elif published:
        date, source = published, "metadata"
    else:
        planned, reviewed = _heading_years(text)
        delivered = datetime.date(planned, 1, 1) if planned else _present_year_start(text)
        if not delivered and reviewed:
            # a speech (各位代表：) is delivered in the first months of the year after the one it reviews; a summary
            # is written at the end of the year it reviews
            speech = any(re.match(_SALUTATION, line.strip()) for line in text.splitlines()[:_HEAD_LINES])
            delivered = datetime.date(reviewed + 1, 1, 1) if speech else datetime.date(reviewed, 12, 31)
        date, source = delivered or _date_from_text(text), "text"
    return _frame_of_title(title, date, source) if title else frame_of(date, source)


def _present_year_start(text: str) -> datetime.date | None:
    """The first day of the year a text calls its present one by a plan: 今年是“十五五”开局之年 → 2026,
    今年是全面完成“十五”任务的关键一年 → 2005 (a work report's opening of its plans; its year is the one it
    plans, so the day stands for the report's first months)."""
    if not (match := _PRESENT_PLAN_YEAR.search(text)):
        return None
    plan = read_time(match["plan"] or match["completed_plan"], None)
    if plan.start is None:
        return None
    return datetime.date((plan.start if match["edge"] == "开局" else plan.end).year, 1, 1)


def _heading_years(text: str) -> tuple[int | None, int | None]:
    """The years a text's section headings say it plans and reviews (一、2018年工作回顾 … 三、2019年政府工作任务;
    一、2015年工作回顾 … 三、2016年重点工作: a heading naming the year after the one reviewed plans it), each when
    they name only one."""
    years: dict[str | None, set[int]] = {"planned": set(), "reviewed": set(), None: set()}
    for section in find_sections(text):
        heading = text[section.start : section.heading_end]
        roles = {role for _, role in heading_roles(heading)}
        named = {year for year in map(int, _YEAR_MENTION.findall(heading)) if year in YEARS}
        if len(roles) <= 1 and len(named) == 1:
            years[roles.pop() if roles else None] |= named
    reviewed = years["reviewed"].pop() if len(years["reviewed"]) == 1 else None
    planned = years["planned"] or ({reviewed + 1} & years[None] if reviewed else set())
    return planned.pop() if len(planned) == 1 else None, reviewed


def _head(text: str) -> list[str]:
    """The lines before the body: where a title and metadata are. After the first line, a line
    holding a sentence (。) is the body's: a title or a date line is no sentence."""
    head = []
    for line in text.splitlines()[:_HEAD_LINES]:
        line = line.strip()
        if _BODY_START.match(line) or (any(head) and "。" in line):
            break
        head.append(line[:_HEAD_LINE_CHARS])
    return head


def _read_title(head: list[str]) -> _Title | None:
    """The first title phrase naming a year, else the first title that is a genre (政 府 工 作 报 告)."""
    clauses = [clause for line in head for clause in _CLAUSE.findall(re.sub(r"\s+", "", line))]
    for clause in clauses:
        phrases = list(_TITLE_PHRASE.finditer(clause))
        first = next((index for index, phrase in enumerate(phrases) if phrase["year"]), None)
        if first is None:
            continue
        period = read_time(phrases[first]["period"], None)  # it names its year: no frame needed
        if period.end is None:
            continue
        genre = next((word for word in _GENRES if word in clause), None)
        role = _GENRES[genre] if genre else _TITLE_WORDS[phrases[first]["word"]]
        # A later phrase is read against the first: its 下半年 is the same year's.
        later = ((phrase.group(), read_time(phrase["period"], period.end)) for phrase in phrases[first + 1 :])
        next_words, next_period = next(((words, time) for words, time in later if time.end), (None, None))
        return _Title(role, phrases[first].group(), period, next_words, next_period)
    for clause in clauses:
        if genre := next((word for word in _GENRES if clause.endswith(word)), None):
            return _Title(_GENRES[genre], genre, None, None, None)
    return None


def _frame_of_title(title: _Title, date: datetime.date | None, source: DateSource) -> Frame:
    """The frame a title gives: see the module docstring."""
    period, evidence = title.period, title.words
    if period is None:  # a genre without a year (政 府 工 作 报 告): the date says which year
        return _frame_of_genre(title, date, source)
    if title.role == "planned":
        year_before = period.start.year - 1
        return Frame(date, source, calendar_years(year_before, year_before), evidence, period, evidence)
    if title.role == "described":
        return Frame(date, source, period, evidence, None, None)
    if title.next_period:
        return Frame(date, source, period, evidence, title.next_period, title.next_words)
    if period.granularity == "year":  # a year's summary plans the next year; a half-year's, unknown
        year_after = period.end.year + 1
        return Frame(date, source, period, evidence, calendar_years(year_after, year_after), evidence)
    return Frame(date, source, period, evidence, None, None)


def _frame_of_genre(title: _Title, date: datetime.date | None, source: DateSource) -> Frame:
    """A work report reviews the year before the one it is delivered in, whatever the month; a bulletin
    reviews the year its date says (``frame_of``) and plans nothing. A date read from the text is not a
    delivery date but a day in the year the text is about most, the reviewed one: the date rule holds."""
    by_date = frame_of(date, source)
    if date is None or by_date.reviewed is None:
        return by_date
    evidence = f"{title.words} {date.isoformat()}"
    if title.role == "described":
        return Frame(date, source, by_date.reviewed, evidence, None, None)
    if source == "text":
        return Frame(date, source, by_date.reviewed, evidence, by_date.planned, evidence)
    reviewed, planned = calendar_years(date.year - 1, date.year - 1), calendar_years(date.year, date.year)
    return Frame(date, source, reviewed, evidence, planned, evidence)


def _metadata_date(head: list[str]) -> datetime.date | None:
    """A labelled date or a date line; else the day a report was delivered (——2026年1月26日在…会议上)."""
    for line in head:
        if (match := _METADATA_DATE.search(line) or _DATE_LINE.fullmatch(line)) and (date := _date(match)):
            return date
    for line in head:
        if (match := _DELIVERY_LINE.match(line)) and (date := _date(match)):
            return date
    return None


def _date_from_text(text: str) -> datetime.date | None:
    years = Counter(year for year in map(int, _YEAR_MENTION.findall(text)) if year in YEARS)
    if not years:
        return None
    year = max(years, key=lambda mentioned: (years[mentioned], mentioned))
    if passage_role(text) == "planned":
        return datetime.date(year, 1, 1)  # a plan names the year it plans (2026年…力争…), and speaks at its start
    dates = [date for match in _FULL_DATE.finditer(text) if (date := _date(match)) and date.year == year]
    return max(dates, default=datetime.date(year, 12, 31))


def _date(match: re.Match) -> datetime.date | None:
    try:
        return datetime.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
