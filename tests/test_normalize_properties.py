"""Properties of the normalizer over generated inputs (hypothesis)."""

import calendar
from datetime import date, timedelta
from typing import get_args

import cn2an
from hypothesis import given, settings
from hypothesis import strategies as st

from service.normalize import ReferenceDate, find_frame, find_reference_date, frame_of, read_time, read_unit, read_value
from service.lexicon import MAGNITUDES
from service.normalize.numerals import magnitude_factor
from service.normalize.values import Approximation

decimals = st.decimals(min_value=0, max_value=999_999, places=4, allow_nan=False, allow_infinity=False)
magnitudes = st.sampled_from(["", "千", "万", "亿", "万亿", "千万", "百万"])
references = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@given(decimals, magnitudes)
def test_number_with_magnitude_reads_back_exactly(number, magnitude):
    written = f"{number.normalize():f}{magnitude}"
    assert read_value(written).number == float(number * magnitude_factor(magnitude))


@given(st.integers(min_value=0, max_value=10**12))
def test_chinese_numeral_reads_back(number):
    assert read_value(cn2an.an2cn(number)).number == number


@given(st.integers(min_value=1, max_value=9_999), st.sampled_from(["万", "亿"]))
def test_chinese_numeral_with_magnitude_reads_back(number, magnitude):
    # 一万五千亿: a numeral below the magnitude, then the magnitude
    assert read_value(cn2an.an2cn(number) + magnitude).number == number * MAGNITUDES[magnitude]


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_are_ignored(number):
    assert read_value(f"{number:,}").number == number


@given(decimals)
def test_full_width_digits_read_as_ascii(number):
    written = f"{number.normalize():f}"
    full_width = written.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."})
    assert read_value(full_width) == read_value(written)


@given(decimals, decimals, st.sampled_from(["~", "-", "—", "至", "～"]))
def test_range_reads_both_ends(low, high, separator):
    reading = read_value(f"{low.normalize():f}{separator}{high.normalize():f}")
    assert (reading.number, reading.low, reading.high) == (None, float(low), float(high))


@given(st.text(alphabet="0123456789.,x万亿千百十一二两三五多余约%-~分之点", max_size=12), st.text(max_size=4), st.text(max_size=4))
def test_any_value_text_gives_a_consistent_reading(text, before, after):
    reading = read_value(text, before, after)
    assert reading.approx is None or reading.approx in get_args(Approximation)
    if reading.masked or reading.low is not None:
        assert reading.number is None


@settings(deadline=None)  # the first unit read builds pint's registry (~0.4 s)
@given(st.sampled_from(["吨", "元", "千瓦时", "吨/年", "立方米", "人次", "亩", "千瓦"]), st.sampled_from(["万", "亿", "千万", "十万"]))
def test_magnitude_in_a_unit_only_scales(unit, magnitude):
    plain, scaled = read_unit(unit), read_unit(magnitude + unit)
    assert (scaled.canonical, scaled.dimension, scaled.to_base) == (plain.canonical, plain.dimension, plain.to_base)
    assert scaled.scale == magnitude_factor(magnitude) * plain.scale


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=12))
def test_year_and_month_is_that_calendar_month(year, month):
    period = read_time(f"{year}年{month}月", date(2000, 1, 1))
    assert (period.start, period.end) == (date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


# Pieces of time expressions, so that generated texts are often readable ones.
time_pieces = st.sampled_from(
    ["2023", "2024年", "12", "1", "月", "日", "年", "—", "-", "至", "截至", "以来", "底", "初", "前", "上半年",
     "第四季度", "前三季度", "今年", "去年", "全年", "目前", "近3年", "十四五", "末", "份", "x", "三", "十",
     "过去", "未来", "五", "来", "当年", "今明两年", "上年", "一九八○", "○"]
)  # fmt: skip


@given(st.lists(time_pieces, max_size=5).map("".join), references)
def test_a_period_never_starts_after_it_ends(text, reference):
    period = read_time(text, reference)
    if period.granularity is None:
        assert period.start is period.end is None
    else:
        assert period.start <= period.end


# What read_time may be given: nothing, a date, or a document's frame.
frames = st.one_of(st.none(), st.dates(), st.dates().map(frame_of))


@given(st.text(max_size=20), frames)
def test_any_text_reads_as_a_consistent_period(text, frame):
    period = read_time(text, frame)
    if period.start is not None and period.end is not None:
        assert period.start <= period.end


@given(references, st.integers(min_value=1, max_value=10))
def test_looking_back_and_ahead_meet_at_the_planned_year(reference, count):
    # 过去N年 ends the day before 未来N年 starts, whatever the date.
    back, ahead = read_time(f"过去{count}年", reference), read_time(f"未来{count}年", reference)
    assert back.end.year - back.start.year + 1 == count == ahead.end.year - ahead.start.year + 1
    assert ahead.start - back.end == timedelta(days=1)


@given(st.text(alphabet="政府工作报告统计公报总结计划一、（）2024年5月1日-：:\n各位代表时间 ", max_size=60))
def test_any_head_gives_a_frame(text):
    frame = find_frame(text)
    assert find_reference_date(text) == ReferenceDate(frame.date, frame.source)
    for period in (frame.reviewed, frame.planned):
        assert period is None or period.start <= period.end
