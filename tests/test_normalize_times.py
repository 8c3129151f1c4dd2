"""read_time: the examples of the issue, one case each, resolved against a 2024 report."""

from datetime import date

import pytest

from service.normalize import Period, read_time, read_unit, read_value

REPORT_2024 = date(2024, 12, 31)


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


@pytest.mark.parametrize("text", ["今年", "上半年", "1—12月", "目前", "近3年", "今年以来", "X月"])
def test_relative_time_without_reference_is_unresolved(text):
    assert read_time(text, None) == Period(None, None, None)


def test_absolute_time_needs_no_reference():
    assert read_time("2023年4月", None) == Period(date(2023, 4, 1), date(2023, 4, 30), "month")


@pytest.mark.parametrize("text", ["近年来", "二十五", "12-1月", "2024年2月30日", "2025年以来", "1800年", "同期", "每年", "xxxx年"])
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
