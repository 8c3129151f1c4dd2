"""A UNIT span as a canonical symbol, its dimension, the scale of a magnitude in it, and a factor to base.

The tables below only name things: which Chinese or Latin spelling means which symbol. Every
dimension and conversion factor comes from pint. pint is extended with the units it lacks
(亩, 斤, tonne of coal equivalent, currencies, percentage points, measure words) and is corrected
where its reading of a symbol is wrong for these reports (each case pinned in
tests/test_normalize_library_failures.py):

- "ton" is the US short ton and "mu" a milli-atomic-mass unit: 吨 maps to "t" (tonne) and 亩 to
  our own "亩"; "℃" (U+2103) does not parse: the canonical symbol is "°C".
- "ug", "m3", "km2" do not parse: they are respelled μg, m³, km².
- factors carry binary noise (mg/L → 0.0009999999999999998 kg/m³): they are rounded to 12
  significant digits.
- offset and logarithmic units (°C, dB) get a "factor" from to_base_units() that is no factor
  (1 °C → 274.15 K): to_base is None for any unit whose zero does not convert to zero.
- pint has no percentage point ("pp" is its printer's point, a length), and one defined as
  dimensionless would convert 20个百分点 into 20 %: it is its own dimension here, so pint
  refuses that conversion; the canonical symbol stays "pp".

Decisions:
- A magnitude in a unit (万元, 万吨/年, 亿千瓦时) goes to ``scale`` and not into the canonical
  symbol; a magnitude in a denominator divides (吨/万元 → scale 1e-4). 千 stays in metric units
  (千瓦, 千克, 千伏) and is a magnitude elsewhere (千元, 千户).
- Measure words (个, 家, 人次 …) are "count:家" with dimension "count" and no factor: a 家 is not
  convertible to a 个. In a compound they keep that spelling (元/人 → "CNY/count:人", "money/count").
- Compounds that have no name of their own are named by their parts: "money/count", "mass/area".
- Unknown units pass through: canonical is the text as written, dimension "unknown".
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from service.normalize.numerals import MAGNITUDES, fold_width


@dataclass(frozen=True)
class UnitReading:
    text: str  # as written
    canonical: str  # "μg/m³", "CNY", "pp", "count:家" …; unknown → the text itself
    dimension: str  # "concentration", "money", "count", "unknown" …
    scale: float  # what a magnitude inside the unit multiplies the value by (万元 → 1e4), else 1.0
    to_base: float | None  # canonical → the dimension's base unit, via pint (km → 1000); None where none exists


# Chinese name → canonical symbol. Symbols are pint spellings (or defined in _PINT_DEFINITIONS).
_CHINESE_UNITS = {
    # mass
    "吨": "t", "公吨": "t", "千克": "kg", "公斤": "kg", "克": "g", "毫克": "mg", "微克": "μg", "纳克": "ng",
    "斤": "斤",
    # length
    "公里": "km", "千米": "km", "米": "m", "厘米": "cm", "毫米": "mm", "微米": "μm", "纳米": "nm",
    # area
    "平方公里": "km²", "平方千米": "km²", "平方米": "m²", "公顷": "ha", "亩": "亩",
    # volume
    "立方米": "m³", "立方": "m³", "方": "m³", "升": "L", "毫升": "mL",
    # energy and power
    "千瓦时": "kWh", "兆瓦时": "MWh", "吉瓦时": "GWh", "太瓦时": "TWh",
    "焦耳": "J", "千焦": "kJ", "兆焦": "MJ", "吉焦": "GJ", "吨标准煤": "tce", "吨标煤": "tce",
    "瓦": "W", "千瓦": "kW", "兆瓦": "MW", "吉瓦": "GW",
    "伏": "V", "千伏": "kV", "帕": "Pa", "千帕": "kPa", "兆帕": "MPa",
    # time, for durations (满足未来11年) and rates (吨/日)
    "年": "a", "个月": "month", "月": "month", "日": "d", "天": "d", "小时": "h", "时": "h",
    "分钟": "min", "秒": "s",
    # other
    "摄氏度": "°C", "℃": "°C", "分贝": "dB",
    "元": "CNY", "人民币": "CNY", "美元": "USD",
    "个百分点": "pp", "百分点": "pp", "倍": "times",
}  # fmt: skip
# Latin spellings pint does not read, or reads as something else.
_LATIN_RESPELLINGS = {
    "ug": "μg", "µg": "μg", "m3": "m³", "m2": "m²", "km2": "km²", "l": "L", "ml": "mL",
    "kwh": "kWh", "KWh": "kWh", "KW": "kW", "kw": "kW", "℃": "°C", "dB(A)": "dB",
}  # fmt: skip
# Latin symbols accepted as written; anything else Latin is unknown (pint would read "pH" as picohenry).
_LATIN_SYMBOLS = frozenset(
    "t kg g mg μg ng km m cm mm μm nm km² m² ha m³ L mL kWh MWh GWh TWh J kJ MJ GJ W kW MW GW "
    "V kV Pa kPa MPa a d h min s °C dB % ‰ pp".split()
)
_MEASURE_WORDS = frozenset(
    "个 家 宗 件 辆 台 项 条 人 人次 场次 篇次 户 套 位 名 次 场 份 张 座 处 所 批 批次 起 例 篇 本 册 "
    "部 种 类 株 棵 只 头 羽 艘 架 台次 台套 家次 车次 个次 宗次 份次 期 轮 口 眼 根 段 间 栋 幢 块 片 支".split()
)
_PINT_DEFINITIONS = (
    "CNY = [currency]",
    "USD = [currency_usd]",
    "percentage_point = [percentage_point]",
    "item = [item]",  # what every measure word is to pint
    "times = 1",  # 倍
    "亩 = 10000 / 15 * meter ** 2",  # the market mu (市亩)
    "斤 = 0.5 * kilogram",  # the market jin (市斤)
    "tce = 29.3076 * gigajoule",  # tonne of standard coal equivalent (GB/T 2589)
)
# pint dimensionality → our dimension name.
_DIMENSION_NAMES = {
    "[mass] / [length] ** 3": "concentration",
    "[mass]": "mass",
    "[length]": "length",
    "[length] ** 2": "area",
    "[length] ** 3": "volume",
    "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] * [length] ** 2 / [time] ** 3": "power",
    "[mass] * [length] ** 2 / [time] ** 3 / [current]": "voltage",
    "[mass] / [length] / [time] ** 2": "pressure",
    "[mass] / [time]": "flow",
    "[length] ** 3 / [time]": "flow",
    "[length] / [time]": "speed",
    "[time]": "duration",
    "[temperature]": "temperature",
    "[currency]": "money",
    "[currency_usd]": "money",
    "[percentage_point]": "percentage_point",
    "[item]": "count",
}
# Dimensionless symbols: pint cannot tell these apart, so they are named here.
_DIMENSIONLESS_NAMES = {"%": "ratio", "‰": "ratio", "times": "multiple", "dB": "sound_level"}
_COUNT_PREFIX = "count:"
# Canonical symbols that pint spells otherwise ("pp" is its printer's point, a length).
_PINT_NAMES = {"pp": "percentage_point"}
_PER = re.compile(r"/|每")
_SIGNIFICANT_DIGITS = 12


@functools.lru_cache(maxsize=4096)  # a document repeats a handful of units; readings are immutable
def read_unit(text: str) -> UnitReading:
    """Read a UNIT span: 万元 → CNY scale 1e4; 微克/立方米 → μg/m³ concentration; 家 → count:家."""
    parts = _PER.split(fold_width(text).strip())
    atoms = [_split_magnitude(part) for part in parts]
    if any(atom is None for atom in atoms):
        return UnitReading(text, text, "unknown", 1.0, None)
    numerator_scale, numerator = atoms[0]
    scale = float(numerator_scale)
    for denominator_scale, _ in atoms[1:]:
        scale /= denominator_scale
    symbols = [numerator] + [symbol for _, symbol in atoms[1:]]
    dimension, to_base = _measure(tuple(symbols))
    return UnitReading(text, "/".join(symbols), dimension, scale, to_base)


def _split_magnitude(part: str) -> tuple[int, str] | None:
    """万千瓦 → (10000, "kW"); 千瓦 → (1, "kW"); None when the part is no known unit."""
    factor = 1
    while part:
        if symbol := _symbol(part):
            return factor, symbol
        if part[0] not in MAGNITUDES:
            return None
        factor *= MAGNITUDES[part[0]]
        part = part[1:]
    return None


def _symbol(word: str) -> str | None:
    if word in _MEASURE_WORDS:
        return _COUNT_PREFIX + word
    if word in _LATIN_SYMBOLS:
        return word
    return _CHINESE_UNITS.get(word) or _LATIN_RESPELLINGS.get(word)


@functools.lru_cache(maxsize=None)
def _measure(symbols: tuple[str, ...]) -> tuple[str, float | None]:
    """(dimension, factor to base units) of numerator/denominator… symbols, from pint."""
    expression = _pint_expression(symbols)
    quantity = _registry().Quantity(1, expression)
    dimension = _dimension_name(quantity.dimensionality, symbols)
    is_count = any(symbol.startswith(_COUNT_PREFIX) for symbol in symbols)
    # A factor exists only for a linear conversion: zero must stay zero (not so for °C or dB).
    if is_count or _registry().Quantity(0, expression).to_base_units().magnitude != 0:
        return dimension, None
    return dimension, _round(quantity.to_base_units().magnitude)


def _pint_expression(symbols: tuple[str, ...]) -> str:
    names = ["item" if symbol.startswith(_COUNT_PREFIX) else _PINT_NAMES.get(symbol, symbol) for symbol in symbols]
    return " / ".join(f"({name})" for name in names)


def _dimension_name(dimensionality, symbols: tuple[str, ...]) -> str:
    if not dimensionality:
        return _DIMENSIONLESS_NAMES[symbols[0]] if len(symbols) == 1 else "ratio"
    if name := _named_dimensions().get(dimensionality):
        return name
    # A compound without a name of its own (元/人): name it by its parts.
    return "/".join(_measure((symbol,))[0] for symbol in symbols)


@functools.cache
def _named_dimensions() -> dict:
    return {_registry().get_dimensionality(expression): name for expression, name in _DIMENSION_NAMES.items()}


@functools.cache
def _registry():
    # pint is imported here, on the first unit read, so that importing the normalizer stays fast
    # (pint's import plus a registry costs about 0.4 s).
    import pint

    registry = pint.UnitRegistry()
    for definition in _PINT_DEFINITIONS:
        registry.define(definition)
    return registry


def _round(factor: float) -> float:
    if factor == 0:
        return 0.0
    digits = _SIGNIFICANT_DIGITS - 1 - math.floor(math.log10(abs(factor)))
    return float(round(factor, digits))
