"""Numbers as written in Chinese reports, read exactly; shared by the value and time readers.

Arabic numbers are read here (as ``Decimal``, so a magnitude never leaks binary-float digits:
1.021亿 is 102100000, where ``1.021 * 1e8`` is 102099999.99999999). Chinese numerals go to
cn2an, with repairs for the inputs it gets wrong (each one pinned in
tests/test_normalize_library_failures.py):

- a bare leading 百/千 (百万, 千亿): cn2an raises; Chinese writes these for 一百万, 一千亿;
- a decimal numeral before a magnitude (一点五万, 二十七点三亿): cn2an raises;
- two adjacent digits meaning "two or three" (两三, 三四十万): cn2an silently reads 两三 as 23;
  here they are refused by ``read_number`` and offered as a range by ``approximate_pair``;
- malformed mixes of digits and numerals (十11, 六64): cn2an raises KeyError, not ValueError.
"""

from __future__ import annotations

import re
from decimal import Decimal

import cn2an

from service.lexicon import (DECIMAL_DIGITS, DECIMAL_POINT, DIGIT_VALUES, FINANCIAL_NUMERALS, FULL_WIDTH_TO_ASCII,
                             MAGNITUDE_CHARS, MAGNITUDES, NUMERALS)

# between the two ends of a range: 5~10, 3-5, 5%—6%, 三至五
RANGE_SEPARATOR = re.compile(r"~|〜|—+|–|-|至|到")

_ARABIC = re.compile(
    rf"(?P<number>[-+]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?P<magnitude>[{MAGNITUDE_CHARS}]*)"
)
# What cn2an may be given: Chinese numerals (incl. financial forms), with Arabic digits mixed in (2万5千).
_NUMERAL = re.compile(f"[0-9.{NUMERALS}{DECIMAL_POINT}{FINANCIAL_NUMERALS}]+")
_DECIMAL_BEFORE_MAGNITUDE = re.compile(
    f"(?P<decimal>.+{DECIMAL_POINT}[{DECIMAL_DIGITS}]+)(?P<magnitude>[{MAGNITUDE_CHARS}]+)"
)
_ADJACENT_PAIR = re.compile(f"(?P<low>[一二两三四五六七八])(?P<high>[二三四五六七八九])(?P<magnitude>[{MAGNITUDE_CHARS}]*)")


def fold_width(text: str) -> str:
    """Full-width ASCII (１２．５％, t／a) as plain ASCII; every other character unchanged."""
    return text.translate(FULL_WIDTH_TO_ASCII)


def magnitude_factor(chars: str) -> int:
    """The factor of a chain of magnitude characters: 万 → 10**4, 万亿 → 10**12, 千万 → 10**7."""
    factor = 1
    for char in chars:
        factor *= MAGNITUDES[char]
    return factor


def read_number(text: str) -> Decimal | None:
    """One number as written (1,100万, 2.5万亿, 一万五千亿, 二十七点三, 百万) → its exact value.

    None when the text is not a single number, including "two or three" pairs (两三).
    """
    text = fold_width(text).strip()
    if match := _ARABIC.fullmatch(text):
        return Decimal(match["number"].replace(",", "")) * magnitude_factor(match["magnitude"])
    if not _NUMERAL.fullmatch(text) or approximate_pair(text):
        return None
    if text[0] in "百千":
        text = "一" + text
    if match := _DECIMAL_BEFORE_MAGNITUDE.fullmatch(text):
        head = _cn2an(match["decimal"])
        return None if head is None else head * magnitude_factor(match["magnitude"])
    return _cn2an(text)


def approximate_pair(text: str) -> tuple[Decimal, Decimal] | None:
    """两三 → (2, 3), 三四十万 → (300000, 400000): adjacent digits that mean "one or the other"."""
    match = _ADJACENT_PAIR.fullmatch(text)
    if not match:
        return None
    low, high = DIGIT_VALUES[match["low"]], DIGIT_VALUES[match["high"]]
    if high != low + 1:
        return None
    factor = magnitude_factor(match["magnitude"])
    return Decimal(low * factor), Decimal(high * factor)


def _cn2an(text: str) -> Decimal | None:
    try:
        # "smart" is the only mode that reads 两 and mixed forms like 2万5千.
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError):  # KeyError: cn2an's own bug on malformed mixes such as 十11
        return None
    # cn2an returns int or float; str() of its float is the shortest exact spelling (27.3).
    return Decimal(str(value))
