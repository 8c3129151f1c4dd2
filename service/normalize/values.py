"""The number a VAL span states: exact value, or a range, masked digits, and its approximation.

- Magnitudes written in the value multiply it: 13203万 → 132030000, 2.5万亿 → 2.5e12.
- A range ("5~10", "3-5万", "5%—6") gives low/high and no number; a magnitude written only after
  the second end applies to both (3-5万 → 30000..50000) unless that would put low above high.
- Masked values (digits redacted by the publisher: x, xx.x, 万, 亿, %, or an empty span) give
  number None and masked True. A bare 万/亿/万亿 is treated as masked even though 万亿 alone
  can mean one trillion: redaction leaves exactly that behind, and a wrong trillion is worse
  than a missing one. 百万/千万 are numbers (一百万, 一千万).
- ``approx`` comes from qualifiers inside the span (1800多万, 三十多万), at its edges when a
  span includes them, or in the ``before``/``after`` context, in that order of precedence.
  近 (nearly) is "under"; 以上 is "at_least" because Chinese counts the bound itself (90%以上 ≥ 90).
- ``percent`` is True when the span itself says percent: 百分之八十 (→ 80) or 12.5% / 5%—6, and for a share said in
  tenths or halves: 三成 → 30, 七成五 → 75, 一半 → 50. Other fractions are plain numbers: 三分之二 → 0.666…,
  千分之五 → 0.005.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from service.lexicon import (HALF_WORDS, MAGNITUDE_CHARS, NUMERALS, PLACEHOLDERS, QUALIFIERS_AFTER,
                             QUALIFIERS_AFTER_UNIT, QUALIFIERS_BEFORE, TENTHS)
from service.normalize.numerals import RANGE_SEPARATOR, approximate_pair, fold_width, read_number

Approximation = Literal["about", "over", "under", "at_least", "at_most"]


@dataclass(frozen=True)
class ValueReading:
    number: float | None  # None when masked or unreadable; for ranges None and low/high set
    low: float | None
    high: float | None
    masked: bool
    approx: Approximation | None
    percent: bool  # the value text itself says percent (百分之八十 → 80, percent=True)

    def scaled(self, scale: float) -> ValueReading:
        """This reading multiplied by a unit's scale (万元 → 1e4), in decimal arithmetic.

        Use this rather than ``number * scale``: in binary floats 1.021 * 1e8 is 102099999.99999999.
        """
        return replace(
            self, number=_times(self.number, scale), low=_times(self.low, scale), high=_times(self.high, scale)
        )


def _times(value: float | None, scale: float) -> float | None:
    # repr() is the shortest spelling that round-trips, so Decimal(repr(1.021)) is exactly 1.021.
    return None if value is None else float(Decimal(repr(value)) * Decimal(repr(scale)))


# A verb between a qualifier and the value: 约为, 超过达.
_LINKING_VERBS = ("为", "达")
_CLAUSE_END = re.compile(r"[,，。;；:：、!！?？\s]")
_MASK = re.compile(f"[{PLACEHOLDERS}]")
_MASKED_MAGNITUDE = re.compile(r"[万亿]*")
# 多/余 between a number and its magnitude (1800多万, 三十万多亿); after the whole value it is a trailing qualifier.
_INNER_MORE = re.compile(rf"(?<=[\d{NUMERALS}])[多余](?=[{MAGNITUDE_CHARS}]+$)")
_TRAILING_MAGNITUDE = re.compile(f"[{MAGNITUDE_CHARS}]+$")
_TENTHS = re.compile(rf"(?P<tenths>[{NUMERALS}\d]){TENTHS}(?P<rest>[{NUMERALS}\d])?")
_ARABIC_FRACTION = re.compile(r"(?P<numerator>\d+(?:\.\d+)?)/(?P<denominator>\d+(?:\.\d+)?)")


def read_value(text: str, before: str = "", after: str = "") -> ValueReading:
    """Read a VAL span; ``before``/``after`` are a few characters of the document around it."""
    core = fold_width(text).strip()
    core, inner_more = _INNER_MORE.subn("", core)
    leading = _qualifier_at(core, QUALIFIERS_BEFORE, at_start=True)
    core = core[len(leading or "") :]
    trailing = _qualifier_at(core, QUALIFIERS_AFTER, at_start=False)
    core = core[: len(core) - len(trailing or "")]
    approx = (
        ("over" if inner_more else None)
        or QUALIFIERS_BEFORE.get(leading)
        or QUALIFIERS_AFTER.get(trailing)
        or _approx_before(before)
        or _approx_after(after)
    )

    if share := _share(core):
        return ValueReading(_float(share), None, None, masked=False, approx=approx, percent=True)
    percent = "%" in core or "百分之" in core
    core = core.replace("%", "")
    if _MASK.search(core) or _MASKED_MAGNITUDE.fullmatch(core):
        return ValueReading(None, None, None, masked=True, approx=approx, percent=percent)
    if pair := approximate_pair(core):
        return _reading_range(*pair, approx, percent)
    separator = RANGE_SEPARATOR.search(core, 1)  # from 1: a leading "-" is a sign
    if separator:
        low, high = _read_range(core[: separator.start()], core[separator.end() :])
        return _reading_range(low, high, approx, percent)
    number = _read_single(core)
    return ValueReading(_float(number), None, None, masked=False, approx=approx, percent=percent)


def _share(text: str) -> Decimal | None:
    """A share said in tenths or halves, in percent (三成 → 30, 七成五 → 75, 一半 → 50)."""
    if text in HALF_WORDS:
        return Decimal(50)
    if tenths := _TENTHS.fullmatch(text):
        whole, hundredths = read_number(tenths["tenths"]), read_number(tenths["rest"]) if tenths["rest"] else Decimal(0)
        return None if whole is None or hundredths is None else whole * 10 + hundredths
    return None


def _reading_range(low: Decimal | None, high: Decimal | None, approx: Approximation | None, percent: bool) -> ValueReading:
    if low is None or high is None:
        return ValueReading(None, None, None, masked=False, approx=approx, percent=percent)
    return ValueReading(None, _float(low), _float(high), masked=False, approx=approx, percent=percent)


def _read_range(low_text: str, high_text: str) -> tuple[Decimal | None, Decimal | None]:
    high = _read_single(high_text)
    low = _read_single(low_text)
    magnitude = _TRAILING_MAGNITUDE.search(high_text)
    if magnitude and not _TRAILING_MAGNITUDE.search(low_text) and high is not None:
        low_with_magnitude = _read_single(low_text + magnitude.group())
        # 3-5万 is 3万..5万, but 8000-1万 is 8000..10000: keep the reading that stays ordered.
        if low_with_magnitude is not None and low_with_magnitude <= high:
            low = low_with_magnitude
    return low, high


def _read_single(text: str) -> Decimal | None:
    """One number, a fraction (三分之二, 1/10) or a percentage (百分之八十 → 80)."""
    if "分之" in text:
        denominator_text, numerator_text = text.split("分之", 1)
        numerator = read_number(numerator_text)
        if denominator_text == "百":
            return numerator
        return _ratio(numerator, read_number(denominator_text))
    if match := _ARABIC_FRACTION.fullmatch(text):
        return _ratio(Decimal(match["numerator"]), Decimal(match["denominator"]))
    return read_number(text)


def _ratio(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator


def _qualifier_at(text: str, qualifiers: dict[str, str | None], at_start: bool) -> str | None:
    """The longest qualifier word at the start (or the end) of ``text``."""
    found = [word for word in qualifiers if (text.startswith(word) if at_start else text.endswith(word))]
    return max(found, key=len, default=None)


def _approx_before(before: str) -> str | None:
    context = fold_width(before).strip()
    word = _qualifier_at(context, QUALIFIERS_BEFORE, at_start=False)
    if word is None and context.endswith(_LINKING_VERBS):
        word = _qualifier_at(context[:-1], QUALIFIERS_BEFORE, at_start=False)
    return QUALIFIERS_BEFORE.get(word)


def _approx_after(after: str) -> str | None:
    context = _CLAUSE_END.split(fold_width(after), 1)[0]
    if adjacent := _qualifier_at(context, QUALIFIERS_AFTER, at_start=True):
        return QUALIFIERS_AFTER[adjacent]
    found = [(context.find(word), word) for word in QUALIFIERS_AFTER_UNIT if word in context]
    return QUALIFIERS_AFTER[min(found)[1]] if found else None


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)
