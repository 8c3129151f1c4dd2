"""read_unit: canonical symbol, dimension, scale of a magnitude in the unit, factor to base (from pint)."""

import pytest

from service.normalize import UnitReading, read_unit


@pytest.mark.parametrize(
    ("text", "canonical", "dimension", "scale", "to_base"),
    [
        # concentration
        ("微克/立方米", "μg/m³", "concentration", 1, 1e-9),
        ("微克／立方米", "μg/m³", "concentration", 1, 1e-9),
        ("微克每立方米", "μg/m³", "concentration", 1, 1e-9),
        ("毫克/升", "mg/L", "concentration", 1, 1e-3),
        ("mg/L", "mg/L", "concentration", 1, 1e-3),
        ("ug/m3", "μg/m³", "concentration", 1, 1e-9),
        # mass, length, area, volume
        ("吨", "t", "mass", 1, 1000),
        ("万吨", "t", "mass", 1e4, 1000),
        ("公斤", "kg", "mass", 1, 1),
        ("亿斤", "斤", "mass", 1e8, 0.5),
        ("公里", "km", "length", 1, 1000),
        ("平方公里", "km²", "area", 1, 1e6),
        ("万亩", "亩", "area", 1e4, 10000 / 15),
        ("公顷", "ha", "area", 1, 1e4),
        ("立方米", "m³", "volume", 1, 1),
        ("亿立方米", "m³", "volume", 1e8, 1),
        # energy, power, voltage
        ("千瓦时", "kWh", "energy", 1, 3.6e6),
        ("亿千瓦时", "kWh", "energy", 1e8, 3.6e6),
        ("亿千瓦小时", "kWh", "energy", 1e8, 3.6e6),  # as statistical bulletins spell it
        ("吉瓦时", "GWh", "energy", 1, 3.6e12),
        ("万吨标准煤", "tce", "energy", 1e4, 29.3076e9),
        ("千瓦", "kW", "power", 1, 1000),
        ("万千瓦", "kW", "power", 1e4, 1000),
        ("千伏", "kV", "voltage", 1, 1000),
        # flow rates: the 万 goes into the value
        ("吨/日", "t/d", "flow", 1, 1000 / 86400),
        ("t／a", "t/a", "flow", 1, 1000 / (365.25 * 86400)),
        ("万吨/年", "t/a", "flow", 1e4, 1000 / (365.25 * 86400)),
        ("m3/d", "m³/d", "flow", 1, 1 / 86400),
        # money
        ("元", "CNY", "money", 1, 1),
        ("万元", "CNY", "money", 1e4, 1),
        ("亿元", "CNY", "money", 1e8, 1),
        ("千元", "CNY", "money", 1e3, 1),
        ("亿美元", "USD", "money", 1e8, 1),
        # ratio, percentage point, multiple
        ("%", "%", "ratio", 1, 0.01),
        ("％", "%", "ratio", 1, 0.01),
        ("‰", "‰", "ratio", 1, 0.001),
        ("个百分点", "pp", "percentage_point", 1, 1),
        ("倍", "times", "multiple", 1, 1),
        # durations and other scales
        ("年", "a", "duration", 1, 365.25 * 86400),
        ("个月", "month", "duration", 1, 365.25 * 86400 / 12),
        ("公里/小时", "km/h", "speed", 1, 1000 / 3600),
        ("千帕", "kPa", "pressure", 1, 1000),
    ],
)
def test_unit(text, canonical, dimension, scale, to_base):
    reading = read_unit(text)
    assert (reading.text, reading.canonical, reading.dimension, reading.scale) == (text, canonical, dimension, scale)
    assert reading.to_base == pytest.approx(to_base, rel=1e-11)


@pytest.mark.parametrize("word", ["个", "家", "宗", "件", "辆", "台", "项", "条", "人", "人次", "场次", "篇次", "户", "套", "位"])
def test_measure_word_is_a_count(word):
    assert read_unit(word) == UnitReading(word, f"count:{word}", "count", 1.0, None)


def test_magnitude_before_a_measure_word_scales():
    assert read_unit("万人次") == UnitReading("万人次", "count:人次", "count", 1e4, None)


def test_metric_kilo_stays_in_the_unit():
    # 千 is part of 千瓦/千克/千伏, but a magnitude before 元 or a measure word
    assert [read_unit(text).scale for text in ("千瓦", "千克", "千伏", "千米", "千元", "千户")] == [1, 1, 1, 1, 1e3, 1e3]


def test_magnitude_in_a_denominator_divides():
    reading = read_unit("吨/万元")
    assert (reading.canonical, reading.dimension, reading.scale) == ("t/CNY", "mass/money", 1e-4)


def test_compound_with_a_measure_word():
    assert read_unit("元/人") == UnitReading("元/人", "CNY/count:人", "money/count", 1.0, None)


def test_percentage_point_is_not_percent():
    # 20个百分点 ≠ 20%: the same number, in units that do not convert into each other
    point, percent = read_unit("个百分点"), read_unit("%")
    assert point.canonical == "pp" != percent.canonical
    assert point.dimension == "percentage_point" != percent.dimension


@pytest.mark.parametrize(("text", "canonical", "dimension"), [("℃", "°C", "temperature"), ("分贝", "dB", "sound_level")])
def test_offset_and_logarithmic_units_have_no_factor(text, canonical, dimension):
    assert read_unit(text) == UnitReading(text, canonical, dimension, 1.0, None)


@pytest.mark.parametrize("text", ["AQI", "pH", "标准立方米", "万", "", "吨/AQI"])
def test_unknown_unit_passes_through(text):
    assert read_unit(text) == UnitReading(text, text, "unknown", 1.0, None)
