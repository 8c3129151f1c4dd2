"""Inputs the libraries get wrong, each with what the library does and what the normalizer gives.

Measured with cn2an 0.5.24, jionlp 1.5.31 and pint 0.25. The library's behaviour is recorded in
the comment, not asserted, so that an upgrade that fixes it does not break the suite.
"""

from datetime import date

import pytest

from service.normalize import Period, ValueReading, read_time, read_unit, read_value

REPORT_2024 = date(2024, 12, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cn2an.cn2an(text, "smart") raises ValueError on 多 and 分之; jionlp.parse_money reads 多 as a range.
        ("三十多万", ValueReading(300_000, None, None, False, "over", False)),
        ("三十万多亿", ValueReading(30_000_000_000_000, None, None, False, "over", False)),
        ("1800多万", ValueReading(18_000_000, None, None, False, "over", False)),
        ("十分之一", ValueReading(0.1, None, None, False, None, False)),
        ("百分之八十", ValueReading(80, None, None, False, None, True)),
        # cn2an raises on the thousands separator
        ("1,100万", ValueReading(11_000_000, None, None, False, None, False)),
        # cn2an raises on a bare leading 百/千 ("不符合格式的数据")
        ("百万", ValueReading(1_000_000, None, None, False, None, False)),
        ("千亿", ValueReading(100_000_000_000, None, None, False, None, False)),
        # cn2an raises on a decimal before 万亿, and on a Chinese decimal before any magnitude
        ("2.5万亿", ValueReading(2_500_000_000_000, None, None, False, None, False)),
        ("一点五万", ValueReading(15_000, None, None, False, None, False)),
        ("二十七点三亿", ValueReading(2_730_000_000, None, None, False, None, False)),
        # cn2an returns 23 ("two or three" read digit by digit), and raises on 三四十万
        ("两三", ValueReading(None, 2, 3, False, None, False)),
        ("三四十万", ValueReading(None, 300_000, 400_000, False, None, False)),
        # cn2an raises KeyError (not ValueError) on malformed mixes of digits and numerals
        ("十11", ValueReading(None, None, None, False, None, False)),
        # jionlp.parse_money("约亿元") returns 100000000: the redacted digits read as 一亿
        ("亿", ValueReading(None, None, None, True, None, False)),
    ],
)
def test_value(text, expected):
    assert read_value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jionlp.parse_time with time_base 2024-12-31:
        # 2024-01-10 (a day), and 2024-01-06 for 1-6月
        ("1-10月份", Period(date(2024, 1, 1), date(2024, 10, 31), "month")),
        ("1-6月", Period(date(2024, 1, 1), date(2024, 6, 30), "month")),
        # raises "The given time string `12月` is illegal", and the same for 3月份
        ("1—12月", Period(date(2024, 1, 1), date(2024, 12, 31), "month")),
        ("3月份", Period(date(2024, 3, 1), date(2024, 3, 31), "month")),
        # 17:00-17:59 on the base day
        ("二十七点三", Period(None, None, None)),
        # 2021: a guess, 21年 is as often a duration
        ("21年", Period(None, None, None)),
        # 2024-11-01..2024-12-31 "blur": the end of the year, not a date to read the figure at
        ("截至2024年底", Period(date(2024, 12, 31), date(2024, 12, 31), "as_of")),
        # raises "can not parse the string"
        ("截止目前", Period(REPORT_2024, REPORT_2024, "as_of")),
        ("目前", Period(REPORT_2024, REPORT_2024, "as_of")),
        ("十四五", Period(date(2021, 1, 1), date(2025, 12, 31), "years")),
        ("十四五末", Period(date(2025, 1, 1), date(2025, 12, 31), "year")),
        # 2020-01-02..2024-12-31
        ("过去五年", Period(date(2020, 1, 1), date(2024, 12, 31), "years")),
        # end "inf"
        ("今年以来", Period(date(2024, 1, 1), REPORT_2024, "as_of")),
    ],
)
def test_time(text, expected):
    assert read_time(text, REPORT_2024) == expected


@pytest.mark.parametrize(
    ("text", "canonical", "to_base"),
    [
        # pint's "ton" is the US short ton (907.18 kg)
        ("吨", "t", 1000),
        # pint's "mu" is a milli atomic mass unit
        ("亩", "亩", 10000 / 15),
        # "ug" and "m3" are undefined in pint
        ("ug/m3", "μg/m³", 1e-9),
        # pint gives 0.0009999999999999998 kg/m³
        ("mg/L", "mg/L", 0.001),
        ("升", "L", 0.001),
        # "℃" (U+2103) does not parse; to_base_units() of 1 °C is 274.15 K and of 1 dB is 1.2589: no factors
        ("℃", "°C", None),
        ("分贝", "dB", None),
        # "pp" is pint's printer's point (a length)
        ("个百分点", "pp", 1),
    ],
)
def test_unit(text, canonical, to_base):
    reading = read_unit(text)
    assert reading.canonical == canonical
    assert reading.to_base == (None if to_base is None else pytest.approx(to_base, rel=1e-11))
