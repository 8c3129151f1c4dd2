"""read_time: the examples of the issue, one case each, resolved against a 2024 report."""

from datetime import date

import pytest

from service.normalize import Period, find_frame, frame_of, read_time, read_unit, read_value

REPORT_2024 = date(2024, 12, 31)
# Reviews 2025, plans 2026 (tests/test_normalize_reference.py checks each frame).
WORK_REPORT_2026 = find_frame("2026年某省政府工作报告\n时间：2026-02-09\n各位代表：")
# Reviews 2024, plans 2025.
YEAR_END_SUMMARY_2024 = find_frame("某局2024年工作总结和2025年工作计划\n发布日期：2024-12-20\n一、主要工作")
# Describes 2022, plans nothing; published 2023-03-25.
BULLETIN_2022 = find_frame("2022年某市国民经济和社会发展统计公报\n某市统计局\n2023年3月25日\n2022年，全市……")


@pytest.mark.parametrize(
    ("text", "start", "end", "granularity"),
    [
        # absolute
        ("2024年", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("２０２４年", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("2024年度", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("2023年4月", date(2023, 4, 1), date(2023, 4, 30), "month"),
        ("二〇二四年三月", date(2024, 3, 1), date(2024, 3, 31), "month"),
        ("2024年12月31日", date(2024, 12, 31), date(2024, 12, 31), "day"),
        ("2025-01-12", date(2025, 1, 12), date(2025, 1, 12), "day"),
        ("2026年02月10日 07时41分", date(2026, 2, 10), date(2026, 2, 10), "day"),
        ("2024/X/XX", date(2024, 1, 1), date(2024, 12, 31), "year"),  # masked month and day widen to the year
        # ranges
        ("1—12月", date(2024, 1, 1), date(2024, 12, 31), "month"),
        ("1-10月份", date(2024, 1, 1), date(2024, 10, 31), "month"),
        ("2024年1-6月", date(2024, 1, 1), date(2024, 6, 30), "month"),
        ("2023-2030年", date(2023, 1, 1), date(2030, 12, 31), "years"),
        ("2023年—2030年", date(2023, 1, 1), date(2030, 12, 31), "years"),
        ("2023年4月-2024年3月", date(2023, 4, 1), date(2024, 3, 31), "month"),
        ("3月1日至15日", date(2024, 3, 1), date(2024, 3, 15), "day"),
        # as of
        ("截至2024年底", date(2024, 12, 31), date(2024, 12, 31), "as_of"),
        ("截至11月11日", date(2024, 11, 11), date(2024, 11, 11), "as_of"),
        ("截止目前", REPORT_2024, REPORT_2024, "as_of"),
        ("至2025年底", date(2025, 12, 31), date(2025, 12, 31), "as_of"),
        ("2030年前", date(2030, 12, 31), date(2030, 12, 31), "as_of"),
        ("年底", date(2024, 12, 31), date(2024, 12, 31), "as_of"),
        ("2024年初", date(2024, 1, 1), date(2024, 1, 1), "as_of"),
        # halves and quarters
        ("上半年", date(2024, 1, 1), date(2024, 6, 30), "half"),
        ("下半年", date(2024, 7, 1), date(2024, 12, 31), "half"),
        ("2023年上半年", date(2023, 1, 1), date(2023, 6, 30), "half"),
        ("第四季度", date(2024, 10, 1), date(2024, 12, 31), "quarter"),
        ("一季度", date(2024, 1, 1), date(2024, 3, 31), "quarter"),
        ("前三季度", date(2024, 1, 1), date(2024, 9, 30), "quarter"),
        ("前10个月", date(2024, 1, 1), date(2024, 10, 31), "month"),
        # relative
        ("今年", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("去年", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("明年", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("全年", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("今年以来", date(2024, 1, 1), REPORT_2024, "as_of"),
        ("目前", REPORT_2024, REPORT_2024, "as_of"),
        ("近3年", date(2022, 1, 1), date(2024, 12, 31), "years"),
        ("过去五年", date(2020, 1, 1), date(2024, 12, 31), "years"),
        ("未来五年", date(2025, 1, 1), date(2029, 12, 31), "years"),
        # five-year plans
        ("十四五", date(2021, 1, 1), date(2025, 12, 31), "years"),
        ("“十四五”时期", date(2021, 1, 1), date(2025, 12, 31), "years"),
        ("十四五末", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("十四五初", date(2021, 1, 1), date(2021, 12, 31), "year"),
        ("“十四五”以来", date(2021, 1, 1), REPORT_2024, "as_of"),
        ("十五五", date(2026, 1, 1), date(2030, 12, 31), "years"),
        ("十三五", date(2016, 1, 1), date(2020, 12, 31), "years"),
    ],
)
def test_period(text, start, end, granularity):
    assert read_time(text, REPORT_2024) == Period(start, end, granularity)


def test_relative_times_follow_the_reference():
    half_year_report = date(2024, 6, 30)
    assert read_time("今年以来", half_year_report) == Period(date(2024, 1, 1), half_year_report, "as_of")
    assert read_time("至今", half_year_report) == Period(half_year_report, half_year_report, "as_of")
    assert read_time("1—12月", date(2023, 12, 31)) == Period(date(2023, 1, 1), date(2023, 12, 31), "month")


def test_since_a_year_end_starts_on_that_day():
    assert read_time("2023年底以来", date(2024, 6, 30)) == Period(date(2023, 12, 31), date(2024, 6, 30), "as_of")


def year(first, last=None):
    last = last or first
    return Period(date(first, 1, 1), date(last, 12, 31), "year" if first == last else "years")


def as_of(day):
    return Period(day, day, "as_of")


@pytest.mark.parametrize(
    ("frame", "text", "expected"),
    [
        # calendar words: the year of the frame's date
        (WORK_REPORT_2026, "今年", year(2026)),
        (WORK_REPORT_2026, "本年", year(2026)),
        (WORK_REPORT_2026, "去年", year(2025)),
        (WORK_REPORT_2026, "上年", year(2025)),
        (WORK_REPORT_2026, "明年", year(2027)),
        (WORK_REPORT_2026, "今明两年", year(2026, 2027)),
        (WORK_REPORT_2026, "年初", as_of(date(2026, 1, 1))),
        (WORK_REPORT_2026, "年末", as_of(date(2026, 12, 31))),
        (WORK_REPORT_2026, "年底", as_of(date(2026, 12, 31))),
        (WORK_REPORT_2026, "上年末", as_of(date(2025, 12, 31))),
        # looking back: ending with the reviewed year
        (WORK_REPORT_2026, "当年", year(2025)),
        (WORK_REPORT_2026, "过去一年", year(2025)),
        (WORK_REPORT_2026, "一年来", year(2025)),
        (WORK_REPORT_2026, "过去的一年", year(2025)),
        (WORK_REPORT_2026, "这一年", year(2025)),
        (WORK_REPORT_2026, "过去五年", year(2021, 2025)),
        (WORK_REPORT_2026, "五年来", year(2021, 2025)),
        (WORK_REPORT_2026, "这五年", year(2021, 2025)),
        (WORK_REPORT_2026, "过去的五年", year(2021, 2025)),
        (WORK_REPORT_2026, "近五年", year(2021, 2025)),
        (WORK_REPORT_2026, "五年", year(2021, 2025)),  # a bare count read as a time looks back: 五年新增就业…
        (WORK_REPORT_2026, "两年", year(2024, 2025)),
        (WORK_REPORT_2026, "近3年", year(2023, 2025)),
        (WORK_REPORT_2026, "近三年", year(2023, 2025)),
        # looking ahead: starting with the planned year
        (WORK_REPORT_2026, "未来五年", year(2026, 2030)),
        (WORK_REPORT_2026, "今后五年", year(2026, 2030)),
        (WORK_REPORT_2026, "今后一个时期", Period(None, None, None)),
        # five-year plans and numeral years do not depend on the frame
        (WORK_REPORT_2026, "十四五", year(2021, 2025)),
        (WORK_REPORT_2026, "“十四五”时期", year(2021, 2025)),
        (WORK_REPORT_2026, "“十四五”期间", year(2021, 2025)),
        (WORK_REPORT_2026, "十三五", year(2016, 2020)),
        (WORK_REPORT_2026, "十五五", year(2026, 2030)),
        (WORK_REPORT_2026, "一九八○年", year(1980)),  # ○ U+25CB
        (WORK_REPORT_2026, "一九八〇年", year(1980)),  # 〇 U+3007
        (WORK_REPORT_2026, "一九八零年", year(1980)),
        (WORK_REPORT_2026, "一九八O年", year(1980)),  # Latin O
        (WORK_REPORT_2026, "二○二五年", year(2025)),
        # a summary written at the end of the year it reviews
        (YEAR_END_SUMMARY_2024, "今年", year(2024)),
        (YEAR_END_SUMMARY_2024, "明年", year(2025)),
        (YEAR_END_SUMMARY_2024, "今明两年", year(2024, 2025)),
        (YEAR_END_SUMMARY_2024, "上年末", as_of(date(2023, 12, 31))),
        (YEAR_END_SUMMARY_2024, "当年", year(2024)),
        (YEAR_END_SUMMARY_2024, "过去一年", year(2024)),
        (YEAR_END_SUMMARY_2024, "五年来", year(2020, 2024)),
        (YEAR_END_SUMMARY_2024, "近3年", year(2022, 2024)),
        (YEAR_END_SUMMARY_2024, "未来五年", year(2025, 2029)),
        # a bulletin published in 2023 about 2022
        (BULLETIN_2022, "全年", year(2022)),
        (BULLETIN_2022, "当年", year(2022)),
        (BULLETIN_2022, "年末", as_of(date(2022, 12, 31))),
        (BULLETIN_2022, "过去五年", year(2018, 2022)),
        (BULLETIN_2022, "未来五年", Period(None, None, None)),  # a bulletin plans nothing
    ],
)
def test_relative_time_in_a_frame(frame, text, expected):
    assert read_time(text, frame) == expected


@pytest.mark.parametrize("text", ["今年", "去年", "上半年", "年底", "目前", "今年以来", "过去五年", "未来五年", "当年"])
def test_a_date_reads_as_the_frame_it_gives(text):
    # A plain date: calendar words as ever, rolling ones against frame_of(date).
    assert read_time(text, date(2026, 2, 9)) == read_time(text, frame_of(date(2026, 2, 9)))


def test_rolling_years_of_a_report_from_early_in_the_year():
    assert read_time("过去五年", date(2026, 2, 9)) == year(2021, 2025)
    assert read_time("未来五年", date(2026, 2, 9)) == year(2026, 2030)


@pytest.mark.parametrize(
    "text", ["今年", "上半年", "1—12月", "目前", "近3年", "今年以来", "X月", "过去五年", "五年来", "未来五年", "当年", "今明两年"]
)
def test_relative_time_without_reference_is_unresolved(text):
    assert read_time(text, None) == Period(None, None, None)


def test_absolute_time_needs_no_reference():
    assert read_time("2023年4月", None) == Period(date(2023, 4, 1), date(2023, 4, 30), "month")


@pytest.mark.parametrize("text", ["近年来", "二十五", "12-1月", "2024年2月30日", "2025年以来", "1800年", "同期", "每年", "xxxx年", "21年"])
def test_unresolvable_time_is_not_guessed(text):
    assert read_time(text, REPORT_2024) == Period(None, None, None)


# Failures users reported.
def test_year_and_month_is_one_month():
    assert read_time("2018年10月", REPORT_2024) == Period(date(2018, 10, 1), date(2018, 10, 31), "month")


def test_first_half_is_a_real_half_year():
    assert read_time("上半年", date(2024, 6, 30)) == Period(date(2024, 1, 1), date(2024, 6, 30), "half")


def test_two_digit_year_is_not_a_year():
    assert read_time("2021年", REPORT_2024) == Period(date(2021, 1, 1), date(2021, 12, 31), "year")
    # 21年 is as much a 21-year duration (VAL 21, UNIT 年) as the year 2021: not guessed
    assert read_time("21年", REPORT_2024) == Period(None, None, None)
    assert (read_value("21").number, read_unit("年").dimension) == (21, "duration")


def test_decimal_in_words_is_not_a_time():
    assert read_time("二十七点三", REPORT_2024) == Period(None, None, None)
    assert read_value("二十七点三").number == 27.3
