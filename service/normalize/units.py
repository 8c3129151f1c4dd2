"""A UNIT span as a canonical symbol, its dimension, the scale of a magnitude in it, and a factor to base.

Which spelling means which symbol is ``service.lexicon.UNITS``, one row per unit. Every dimension
and conversion factor comes from pint, but for dimensionless units, which pint cannot tell apart
(%, 倍, dB: the lexicon names them). pint is extended with the units it lacks (亩, 斤, tonne of
coal equivalent, currencies, percentage points: their rows carry pint's definition line; measure
words) and is corrected where its reading of a symbol is wrong for these reports (each case
pinned in tests/test_normalize_library_failures.py):

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

from service.lexicon import MAGNITUDES, UNIT_OF_SPELLING, UNIT_OF_SYMBOL, UNITS
from service.normalize.numerals import fold_width


@dataclass(frozen=True)
class UnitReading:
    text: str  # as written
    canonical: str  # "μg/m³", "CNY", "pp", "count:家" …; unknown → the text itself
    dimension: str  # "concentration", "money", "count", "unknown" …
    scale: float  # what a magnitude inside the unit multiplies the value by (万元 → 1e4), else 1.0
    to_base: float | None  # canonical → the dimension's base unit, via pint (km → 1000); None where none exists


# What every measure word is to pint: a count of items, convertible to no other count.
_MEASURE_WORD_DEFINITION = "item = [item]"
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
    "[mass] * [length]": "freight_transport",
    "[item] * [length]": "passenger_transport",
}
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
    unit = UNIT_OF_SPELLING.get(word)
    return unit.symbol if unit else None


@functools.lru_cache(maxsize=None)
def _measure(symbols: tuple[str, ...]) -> tuple[str, float | None]:
    """(dimension, factor to base units) of numerator/denominator… symbols, from pint."""
    from pint.errors import PintError  # pint loads with the registry, on first use

    expression = _pint_expression(symbols)
    try:
        quantity = _registry().Quantity(1, expression)
        dimension = _dimension_name(quantity.dimensionality, symbols)
        linear = _registry().Quantity(0, expression).to_base_units().magnitude == 0
    except (AttributeError, PintError):  # pint cannot divide a logarithmic unit (分贝/年)
        return "unknown", None
    is_count = any(UNIT_OF_SYMBOL[symbol].measure_word for symbol in symbols)
    # A factor exists only for a linear conversion: zero must stay zero (not so for °C or dB).
    if is_count or not linear:
        return dimension, None
    return dimension, _round(quantity.to_base_units().magnitude)


def _pint_expression(symbols: tuple[str, ...]) -> str:
    names = ["item" if UNIT_OF_SYMBOL[symbol].measure_word else UNIT_OF_SYMBOL[symbol].pint_name for symbol in symbols]
    return " / ".join(f"({name})" for name in names)


def _dimension_name(dimensionality, symbols: tuple[str, ...]) -> str:
    if not dimensionality:
        # pint cannot tell dimensionless units apart (%, 倍, dB): the lexicon names them
        return UNIT_OF_SYMBOL[symbols[0]].dimension if len(symbols) == 1 else "ratio"
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
    for definition in [_MEASURE_WORD_DEFINITION] + [unit.pint for unit in UNITS if unit.pint]:
        registry.define(definition)
    return registry


def _round(factor: float) -> float:
    if factor == 0:
        return 0.0
    digits = _SIGNIFICANT_DIGITS - 1 - math.floor(math.log10(abs(factor)))
    return float(round(factor, digits))
