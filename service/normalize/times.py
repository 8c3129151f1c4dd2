"""A TIME span as a period: inclusive ISO start/end dates and a granularity.

Its own small grammar, not jionlp's time parser: that one reads 1-10月份 as 10 January, 二十七点三
as 17:00, 21年 as 2021, fails on 1—12月, 目前 and 十四五, and costs a slow first call (see
tests/test_normalize_library_failures.py). What the grammar does not cover is unresolved
(``Period(None, None, None)``), never guessed.

Decisions:
- Relative expressions resolve against the document's ``Frame``; without a date they are
  unresolved. Calendar words (今年, 去年, 今明两年, 全年, 上半年, 1—12月, 年底, 目前 …) count from
  the calendar year of the frame's date. Words that look back or ahead (过去一年, 五年来, 这五年,
  近3年, 未来五年, 今后五年) count from the period the document reviews or plans, which is not the
  year of its date: a work report delivered in February 2026 means 2021–2025 by 过去五年 and
  2026–2030 by 未来五年. All these words are in ``service.lexicon``.
- 当年 ("that year") is the reviewed year: in reports and bulletins it names the year whose
  figures are being given (当年新增就业 in a review of 2025 is 2025's), not the year of delivery.
- A plain date instead of a frame is read as ``frame_of(date)``: the frame of a document known
  only by its date (service.normalize.reference explains the rule).
- Granularity is the unit the period is counted in: "day", "month", "quarter", "half", "year";
  "years" for a span over several years (2023-2030年, 十四五, 近3年). A range of months or
  quarters keeps that unit (1—12月 → "month", 前三季度 → "quarter").
- "as_of" marks a figure that holds at a date. 截至/截止/至/到 X, X底/末/前, 目前: start = end =
  that date (the last day of X; X初: its first day). 以来 (since): start = the first day of X,
  end = the frame's date (今年以来 in a report dated 2024-06-30 → 2024-01-01..2024-06-30).
- Five-year plans: 十四五 → 2021-01-01..2025-12-31 "years"; 十四五末/初 → its last/first year.
- Years are four digits: 21年 is unresolved (2021, or a 21-year duration?), never read as 2021.
  Written in numerals, a year's zero may be any round character scans and typists use for 〇
  (零, ○, ◯, O): 一九八○年 is 1980.
- Masked digits widen the period instead of failing: 2024/X/XX → the year 2024.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Literal

from service.lexicon import NOW, PLACEHOLDERS, RELATIVE_YEARS, ROLLING_DIRECTIONS, YearAnchor
from service.normalize.numerals import RANGE_SEPARATOR, fold_width, read_number

Granularity = Literal["day", "month", "quarter", "half", "year", "years", "as_of"]
# Where a document's date came from: its title, its metadata lines, its text, or the caller.
DateSource = Literal["title", "metadata", "text", "request"]


@dataclass(frozen=True)
class Period:
    start: datetime.date | None
    end: datetime.date | None  # inclusive
    granularity: Granularity | None  # None when unresolved


@dataclass(frozen=True)
class Frame:
    """What a document's relative times are read against: its date and the periods it reviews and plans.

    Found by ``service.normalize.reference.find_frame``, or ``frame_of`` for a date alone. The
    evidence says where each period came from (title words, or the date), so that a reader can
    check a resolved 过去五年 against the document.
    """

    date: datetime.date | None
    source: DateSource
    reviewed: Period | None
    reviewed_evidence: str | None
    planned: Period | None
    planned_evidence: str | None


UNRESOLVED = Period(None, None, None)

YEARS = range(1900, 2101)  # years read as calendar years; others are not times
_FIELD_ORDER = ("year", "quarter", "month", "day")

_ZERO_LIKE = "〇零○◯OoОо"  # 〇, 零, WHITE CIRCLE, LARGE CIRCLE, Latin and Cyrillic O
_AS_ZERO = str.maketrans(dict.fromkeys(_ZERO_LIKE, "〇"))
_YEAR = rf"\d{{4}}|[{_ZERO_LIKE}一二三四五六七八九]{{4}}"
_MONTH = r"1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]"
_DAY = r"3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_MASKED = f"[{PLACEHOLDERS}]{{1,2}}"
_ONE_YEAR_WORDS = "|".join(word for word, (_, first, last) in RELATIVE_YEARS.items() if first == last)
_PERIOD = re.compile(
    rf"(?:(?P<year>{_YEAR})年度?|(?P<relative_year>{_ONE_YEAR_WORDS})度?)?"
    r"(?:(?P<whole_year>全年)"
    r"|(?P<half>[上下])半年"
    r"|前(?P<quarters_so_far>[一二两三1-3])个?季度"
    rf"|前(?P<months_so_far>{_MONTH})个月"
    r"|第?(?P<quarter>[1-4一二三四])季度"
    rf"|(?:(?P<month>{_MONTH}|{_MASKED})月份?)?(?:(?P<day>{_DAY}|{_MASKED})[日号])?"
    r"(?P<bare>\d{1,4}|[一二三四五六七八九十]{1,3})?)"
)
_ISO_DATE = re.compile(rf"(?P<year>\d{{4}})[-/.](?P<month>\d{{1,2}}|{_MASKED})(?:[-/.](?P<day>\d{{1,2}}|{_MASKED}))?")
_FIVE_YEAR_PLAN = re.compile(r"(?P<number>[一二三四五六七八九十]{1,3})五(?:时期|期间|规划期间|规划期|期)?")
_PLAN_YEARS = 5
_MAX_BARE_YEARS = 10
_ROLLING_YEARS = re.compile(
    rf"(?P<direction>{'|'.join(ROLLING_DIRECTIONS)})?"
    r"(?P<count>\d{1,2}|[一二两三四五六七八九十]{1,3})个?年(?P<since>来)?"
)
TIME_OF_DAY = r"\d{1,2}[时:]\d{1,2}(?:分|:\d{1,2})?(?:\d{1,2}秒)?"  # 07时41分, 09:02, 09:02:33
_TIME_OF_DAY = re.compile(rf"\s*{TIME_OF_DAY}$")
_DECORATION = re.compile(r"[“”‘’\"'《》「」\s]")
_AS_OF_PREFIX = re.compile(r"^(?:截至到|截止到|截至|截止|至|到)")
_SINCE_SUFFIX = re.compile(r"以来$")
_DEADLINE_SUFFIX = re.compile(r"(?<=[年月日号底末度])前$")  # 2030年前, not 目前/此前
_EDGE_SUFFIX = re.compile(r"[底末初]$")


def frame_of(date: datetime.date | None, source: DateSource = "request") -> Frame:
    """The frame of a document known only by its date.

    Dated January–June it reviews the year before and plans its own (work reports, summaries and
    bulletins come out in the first months after the year they report on); dated July–December it
    reviews its own year so far and plans the next.
    """
    if date is None:
        return Frame(None, source, None, None, None, None)
    reviewed = date.year - 1 if date.month <= 6 else date.year
    evidence = date.isoformat()
    planned = reviewed + 1
    return Frame(date, source, calendar_years(reviewed, reviewed), evidence, calendar_years(planned, planned), evidence)


def calendar_years(first: int, last: int) -> Period | None:
    """The calendar years first..last: "year" for one, "years" for several; None outside ``YEARS``."""
    if first not in YEARS or last not in YEARS or first > last:
        return None
    return Period(datetime.date(first, 1, 1), datetime.date(last, 12, 31), "year" if first == last else "years")


def read_time(text: str, frame: Frame | datetime.date | None) -> Period:
    """Read a TIME span; relative expressions resolve against ``frame`` (a plain date: ``frame_of(date)``)."""
    if not isinstance(frame, Frame):
        frame = frame_of(frame)
    expression = _DECORATION.sub("", _TIME_OF_DAY.sub("", fold_width(text)))
    expression, as_of = _strip(expression, _AS_OF_PREFIX)
    expression, since = _strip(expression, _SINCE_SUFFIX)
    expression, deadline = _strip(expression, _DEADLINE_SUFFIX)
    expression, edge = _strip(expression, _EDGE_SUFFIX)
    if edge and expression == "年":  # 年底, 年初: of the current year
        expression = "今年"

    if plan := _FIVE_YEAR_PLAN.fullmatch(expression):
        period = _five_year_plan(plan, edge)
        edge = ""  # the plan's 末/初 named a year, now in the period
    else:
        period = _read_period(expression, frame)
    if period is None:
        return UNRESOLVED
    if edge == "初":
        period = _as_of(period.start)
    elif edge or deadline:
        period = _as_of(period.end)
    if since:  # 2024年底以来: from the day named to the frame's date
        if frame.date is None or frame.date < period.start:
            return UNRESOLVED
        return Period(period.start, frame.date, "as_of")
    return _as_of(period.end) if as_of else period


def _strip(expression: str, affix: re.Pattern) -> tuple[str, str]:
    match = affix.search(expression)
    if not match:
        return expression, ""
    return expression[: match.start()] + expression[match.end() :], match.group()


def _read_period(expression: str, frame: Frame) -> Period | None:
    if expression in NOW:
        return _as_of(frame.date) if frame.date else None
    if expression in RELATIVE_YEARS:
        anchor, first, last = RELATIVE_YEARS[expression]
        year = _anchor_year(anchor, frame)
        return None if year is None else calendar_years(year + first, year + last)
    if match := _ROLLING_YEARS.fullmatch(expression):
        return _rolling_years(match, frame)
    if match := _ISO_DATE.fullmatch(expression):
        return _period_of_fields(match.groupdict(), frame, explicit_year=True)
    if separator := RANGE_SEPARATOR.search(expression, 1):
        return _read_range(expression[: separator.start()], expression[separator.end() :], frame)
    match = _PERIOD.fullmatch(expression)
    return _read_named_period(match, frame) if match else None


def _read_named_period(match: re.Match, frame: Frame) -> Period | None:
    year = _year(match, frame)
    if year is None:
        return None
    if match["whole_year"]:
        return calendar_years(year, year)
    if match["half"]:
        return _months(year, 1, 6, "half") if match["half"] == "上" else _months(year, 7, 12, "half")
    if match["quarters_so_far"]:
        return _months(year, 1, 3 * _int(match["quarters_so_far"]), "quarter")
    if match["months_so_far"]:
        return _months(year, 1, _int(match["months_so_far"]), "month")
    if match["bare"]:  # a number without 年/月/日 only means something as one end of a range
        return None
    year_written = bool(match["year"] or match["relative_year"])
    if not (year_written or match["quarter"] or match["month"] or match["day"]):
        return None
    fields = {"year": str(year), "quarter": match["quarter"], "month": match["month"], "day": match["day"]}
    return _period_of_fields(fields, frame, explicit_year=year_written)


def _period_of_fields(fields: dict, frame: Frame, explicit_year: bool) -> Period | None:
    """year/quarter/month/day as written (masked ones as x) → the period they name."""
    year = _int(fields["year"]) if fields["year"] else _anchor_year("date", frame)
    if year not in YEARS:
        return None
    quarter, month, day = (fields.get(name) for name in ("quarter", "month", "day"))
    if _is_masked(month) or (_is_masked(day) and not month):
        # Only an explicit year can stand when the rest is redacted: 2024/X/XX.
        return calendar_years(year, year) if explicit_year else None
    if quarter:
        return _months(year, 3 * _int(quarter) - 2, 3 * _int(quarter), "quarter")
    if not month:
        return None if day else calendar_years(year, year)
    month_number = _int(month)
    if not day or _is_masked(day):
        return _months(year, month_number, month_number, "month")
    try:
        date = datetime.date(year, month_number, _int(day))
    except ValueError:
        return None
    return Period(date, date, "day")


def _read_range(low_text: str, high_text: str, frame: Frame) -> Period | None:
    """1—12月, 2023-2030年, 2024年1-6月, 3月1日-15日: each end completes the other."""
    low, high = _range_end(low_text, frame), _range_end(high_text, frame)
    if low is None or high is None or high["bare"] or not any(high[name] for name in _FIELD_ORDER):
        return None
    top = next(name for name in _FIELD_ORDER if high[name])
    if low["bare"]:  # 1—12月: the 1 is a month because the 12 is
        if low[top]:
            return None
        low[top] = low["bare"]
    for name in _FIELD_ORDER[: _FIELD_ORDER.index(top)]:  # 3月1日-15日: the 15 is in March
        high[name] = high[name] or low[name]
    low["year"] = low["year"] or high["year"]
    first = _period_of_fields(low, frame, explicit_year=bool(low["year"]))
    last = _period_of_fields(high, frame, explicit_year=bool(high["year"]))
    if first is None or last is None or first.start > last.end:
        return None
    spans_years = last.granularity == "year" and first.start.year != last.end.year
    return Period(first.start, last.end, "years" if spans_years else last.granularity)


def _range_end(text: str, frame: Frame) -> dict | None:
    match = _PERIOD.fullmatch(text)
    if not match or any(match[name] for name in ("whole_year", "half", "quarters_so_far", "months_so_far")):
        return None
    year = None
    if match["year"] or match["relative_year"]:
        year = _year(match, frame)
        if year is None:
            return None
    fields = {name: match[name] for name in ("quarter", "month", "day", "bare")}
    return fields | {"year": str(year) if year else None}


def _year(match: re.Match, frame: Frame) -> int | None:
    """The year written (2024年, 二〇二四年) or named (去年), else the frame's year; None if out of range."""
    if match["year"]:
        year = _int(match["year"].translate(_AS_ZERO))
    elif word := match["relative_year"]:
        anchor, offset, _ = RELATIVE_YEARS[word]
        anchor_year = _anchor_year(anchor, frame)
        year = None if anchor_year is None else anchor_year + offset
    else:
        year = _anchor_year("date", frame)
    return year if year in YEARS else None


def _anchor_year(anchor: YearAnchor, frame: Frame) -> int | None:
    """The year a relative word counts from: the date's, the reviewed period's last or the planned period's first."""
    if anchor == "date":
        return frame.date.year if frame.date else None
    if anchor == "reviewed":
        return frame.reviewed.end.year if frame.reviewed and frame.reviewed.end else None
    return frame.planned.start.year if frame.planned and frame.planned.start else None


def counts_years(text: str) -> bool:
    """A bare count of years (3年, 两年) that dates the clause it stands in, not what follows it. Five is
    not one: a report's 五年 is its plan period (五年新增城镇就业9.2万人；新转移农村劳动力29万人)."""
    match = _ROLLING_YEARS.fullmatch(_DECORATION.sub("", text))
    return match is not None and not (match["direction"] or match["since"]) and _int(match["count"]) != _PLAN_YEARS


def _rolling_years(match: re.Match, frame: Frame) -> Period | None:
    """近3年, 五年来 → the years ending with the reviewed year; 未来五年 → those starting with the planned year.
    A bare 五年 read as a time (五年新增就业9.2万人, not the duration 满足未来11年 a measurement holds) is
    五年来: a report counts its years back from the one it reviews. Two digits are not counted (21年 may be
    the year 2021)."""
    count = _int(match["count"])
    if not count or not (match["direction"] or match["since"] or count <= _MAX_BARE_YEARS):
        return None
    anchor = ROLLING_DIRECTIONS[match["direction"]] if match["direction"] else "reviewed"
    year = _anchor_year(anchor, frame)
    if year is None:
        return None
    return calendar_years(year, year + count - 1) if anchor == "planned" else calendar_years(year - count + 1, year)


def _five_year_plan(match: re.Match, edge: str) -> Period | None:
    number = _int(match["number"])
    if not 1 <= number <= 19:
        return None
    # The 1st plan began in 1953; 1963-1965 had no plan, so from the 3rd on they start 3 years later.
    first = 1953 + 5 * (number - 1) + (3 if number >= 3 else 0)
    if edge == "末":
        return calendar_years(first + 4, first + 4)
    if edge == "初":
        return calendar_years(first, first)
    return calendar_years(first, first + 4)


def _months(year: int, first: int, last: int, granularity: Granularity) -> Period | None:
    if not 1 <= first <= last <= 12:
        return None
    last_day = calendar.monthrange(year, last)[1]
    return Period(datetime.date(year, first, 1), datetime.date(year, last, last_day), granularity)


def _as_of(date: datetime.date) -> Period:
    return Period(date, date, "as_of")


def _is_masked(field: str | None) -> bool:
    return bool(field) and field[0] in PLACEHOLDERS


def _int(text: str) -> int:
    number = read_number(text)
    return int(number) if number is not None else 0
