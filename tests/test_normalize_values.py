"""read_value: the examples of the issue, one case each, and the failures users reported."""

import pytest

from service.normalize import ValueReading, read_unit, read_value


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # Arabic and full-width digits, thousands separators, decimals
        ("795", 795),
        ("91.8", 91.8),
        ("１２．５", 12.5),
        ("1,100万", 11_000_000),
        ("12,833", 12_833),
        # Chinese numerals
        ("两", 2),
        ("十四", 14),
        ("一万五千亿", 1_500_000_000_000),
        ("二十万亿", 20_000_000_000_000),
        ("百万", 1_000_000),
        ("二十七点三", 27.3),
        # mixed forms and magnitudes 千/万/亿/万亿
        ("1.5万", 15_000),
        ("3.2亿", 320_000_000),
        ("13203万", 132_030_000),
        ("1.021亿", 102_100_000),
        ("5千", 5_000),
        ("2.5万亿", 2_500_000_000_000),
        ("一点五万", 15_000),
        # fractions
        ("1/10", 0.1),
        ("十分之一", 0.1),
        ("三分之二", 2 / 3),
        ("千分之五", 0.005),
    ],
)
def test_number(text, number):
    reading = read_value(text)
    assert reading.number == pytest.approx(number, rel=1e-15)
    assert (reading.low, reading.high, reading.masked) == (None, None, False)


@pytest.mark.parametrize(
    ("text", "number", "approx"),
    [("三十多万", 300_000, "over"), ("1800多万", 18_000_000, "over"), ("三十万多亿", 30_000_000_000_000, "over")],
)
def test_more_than_inside_the_value(text, number, approx):
    reading = read_value(text)
    assert (reading.number, reading.approx) == (number, approx)


def test_percent_in_words_is_the_percentage_itself():
    assert read_value("百分之八十") == ValueReading(80, None, None, masked=False, approx=None, percent=True)


@pytest.mark.parametrize(
    ("text", "low", "high", "percent"),
    [
        ("5~10", 5, 10, False),
        ("3-5", 3, 5, False),
        ("5%—6", 5, 6, True),
        ("5%—6%", 5, 6, True),
        ("3-5万", 30_000, 50_000, False),  # the magnitude of the second end applies to both
        ("8000-1万", 8_000, 10_000, False),  # ... unless the first end would then exceed the second
        ("三至五万", 30_000, 50_000, False),
        ("两三", 2, 3, False),  # "two or three", not 23
        ("三四十万", 300_000, 400_000, False),
    ],
)
def test_range(text, low, high, percent):
    assert read_value(text) == ValueReading(None, low, high, masked=False, approx=None, percent=percent)


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [("", "达", "%"), ("亿", "约", "元"), ("万", "", ""), ("x", "", ""), ("xx.x", "", "%"), ("x.xxx亿", "", ""), ("XX", "", "")],
)
def test_masked_value_has_no_number(text, before, after):
    reading = read_value(text, before, after)
    assert reading.masked
    assert (reading.number, reading.low, reading.high) == (None, None, None)


def test_masked_value_keeps_its_approximation():
    assert read_value("亿", before="罚款金额约", after="元").approx == "about"


@pytest.mark.parametrize(
    ("before", "after", "approx"),
    [
        ("约", "", "about"),
        ("金额约为", "", "about"),
        ("近", "", "under"),
        ("超", "", "over"),
        ("超过", "", "over"),
        ("逾", "", "over"),
        ("突破", "", "over"),
        ("不到", "", "under"),
        ("不超过", "", "at_most"),
        ("不低于", "", "at_least"),
        ("", "多家次", "over"),
        ("", "余人", "over"),
        ("", "以上", "at_least"),
        ("", "%以上，", "at_least"),  # the qualifier follows the unit
        ("", "以下", "at_most"),
        ("", "左右", "about"),
        ("", "%左右", "about"),
        ("达", "%", None),
        ("最近", "", None),  # 近 inside another word
        ("", "个多功能", None),  # 多 after a unit starts another word
        ("", "%，以上", None),  # a qualifier in the next clause is not this value's
    ],
)
def test_approximation_from_context(before, after, approx):
    assert read_value("1000", before, after).approx == approx


@pytest.mark.parametrize(("text", "approx"), [("约1000", "about"), ("1000以上", "at_least"), ("1000余", "over")])
def test_approximation_written_inside_the_span(text, approx):
    reading = read_value(text)
    assert (reading.number, reading.approx) == (1000, approx)


@pytest.mark.parametrize("text", ["若干", "一批", "第", "1,10", "十几"])
def test_unreadable_value_is_none_not_a_guess(text):
    reading = read_value(text)
    assert (reading.number, reading.low, reading.high, reading.masked) == (None, None, None, False)


# Failures users reported.
@pytest.mark.parametrize(
    ("value", "unit", "amount"),
    [
        ("3541.07万", "元", 35_410_700),
        ("3541.07", "万元", 35_410_700),
        ("100000万", "元", 1_000_000_000),
        ("1.021", "亿元", 102_100_000),
        ("0.07", "亿元", 7_000_000),
    ],
)
def test_money_has_no_leaked_digits(value, unit, amount):
    reading = read_value(value).scaled(read_unit(unit).scale)
    assert reading.number == amount  # exactly: 1.021 * 1e8 in floats is 102099999.99999999
    assert repr(reading.number) == f"{amount}.0"


def test_scaled_range_scales_both_ends():
    assert read_value("1.1-1.3").scaled(1e8) == ValueReading(None, 110_000_000, 130_000_000, False, None, False)


@pytest.mark.parametrize(("text", "number", "approx"),
                         [("三成", 30, None), ("3成", 30, None), ("七成五", 75, None), ("一半", 50, None), ("半数", 50, None),
                          ("三成以上", 30, "at_least")])
def test_a_share_in_tenths_or_halves_is_a_percentage(text, number, approx):
    assert read_value(text) == ValueReading(number, None, None, masked=False, approx=approx, percent=True)
