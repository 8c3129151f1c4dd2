"""Stage 3: links -> measurements. Each anchor with its linked spans becomes a
measurement with a number, a canonical unit and an ISO period.

Numbers, units and times are read from the document's canonical view (８７．３％ reads as 87.3 %);
every span is reported on the posted text: its offsets and its text as the user sent it.

The period a measurement describes, and whether it is a target, come from ``service.periods``: its
own TIME, else its paragraph's, its section's, the report's reviewed or planned period, or the
report's date. ``time.source`` says which, and ``time.text/start/end`` point at the deciding text
when it is in the document.
"""

from __future__ import annotations

import datetime
import math
import re
from dataclasses import dataclass

from service.normalize import Frame, read_unit, read_value
from service.normalize.numerals import RANGE_SEPARATOR
from service.normalize.times import Granularity
from service.normalize.values import Approximation
from service.document import Doc
from service.lexicon import HALF_WORDS, MAGNITUDE_CHARS, MAGNITUDES, TENTHS
from service.periods import Grounder, Grounding
from service.periods import Source as TimeSource
from service.schema import Kind
from service.spans import Anchor, Span, Tagging
from service.text import sentence_containing

_LEADING_MAGNITUDE = re.compile(f"[{MAGNITUDE_CHARS}]+")
_QUALIFIER_CHARS = 4  # how far around a value its qualifiers (约, 超过, 以上, 左右) are looked for
# pydantic reads the docstrings under the fields below as their descriptions in the JSON contract (service/contract.py)
_FIELD_DOCSTRINGS = {"use_attribute_docstrings": True}


@dataclass(frozen=True)
class TextSpan:
    """A span of the posted text."""

    __pydantic_config__ = _FIELD_DOCSTRINGS

    text: str
    """the text as posted"""
    start: int
    """offset of its first character in the posted text (a Python string index: one per Unicode code point)"""
    end: int
    """offset just past its last character (end exclusive)"""


@dataclass(frozen=True)
class Value:
    """The value a measurement states: the span that anchors it."""

    __pydantic_config__ = _FIELD_DOCSTRINGS

    text: str
    """the value as posted; empty when the source redacted the digits entirely (the span is then empty, at its unit)"""
    start: int
    """offset of its first character in the posted text"""
    end: int
    """offset just past its last character"""
    number: float | None
    """the number, magnitudes applied (13203万 with unit 元: 132030000); null for a range or a masked value"""
    low: float | None
    """a range's lower bound (6%－6.5%: 6); null when the value is no range"""
    high: float | None
    """a range's upper bound (6%－6.5%: 6.5); null when the value is no range"""
    masked: bool
    """true when the source redacted the digits (达%, 约亿元, xx.x): number, low and high are then null"""
    approx: Approximation | None
    """how the text qualifies the value: about (约, 左右), over (超过, 逾, 多, 余), under (近, 不到), at_least (不少于,
    以上), at_most (不超过, 以下); null when it does not"""


@dataclass(frozen=True)
class Unit:
    """The unit the value is in."""

    __pydantic_config__ = _FIELD_DOCSTRINGS

    text: str
    """the unit as posted; for a value said in percent in words (百分之八十五, 三成, 一半), the words that say it, inside
    the value"""
    start: int
    """offset of its first character in the posted text"""
    end: int
    """offset just past its last character"""
    canonical: str
    """the unit normalized: μg/m³, mg/L, CNY, %, pp (个百分点), ‰, t/d, kWh, count:家 …; an unknown unit as written"""
    dimension: str
    """what the unit measures: concentration, mass, money, ratio, count, energy, area …; unknown for a unit left as written"""


@dataclass(frozen=True)
class Time:
    """The period the measurement describes and the rule that decided it."""

    __pydantic_config__ = _FIELD_DOCSTRINGS

    text: str | None
    """the text that decided the period, as posted; null when source is report or document"""
    start: int | None
    """offset of that text in the posted text; null when source is report or document"""
    end: int | None
    """offset just past that text; null when source is report or document"""
    period_start: datetime.date | None
    """the period's first day (ISO date); null when the period could not be resolved"""
    period_end: datetime.date | None
    """the period's last day, inclusive (ISO date); null when the period could not be resolved"""
    granularity: Granularity | None
    """the period's length: a day, month, quarter, half year, year, several years, or as_of (a point in time)"""
    source: TimeSource
    """the first rule that said when: sentence (the TIME linked in the value's sentence), paragraph (the nearest TIME
    before it in its paragraph), section (its section's heading), report (the period the report reviews, or plans
    for a target) or document (the report's date, as of that day)"""


@dataclass(frozen=True)
class Sentence:
    """The offsets of the sentence a measurement was read in."""

    __pydantic_config__ = _FIELD_DOCSTRINGS

    start: int
    """offset of the sentence's first character in the posted text"""
    end: int
    """offset just past its last character"""


@dataclass(frozen=True)
class Measurement:
    """A value with what it measures, its unit and the period it describes."""

    __pydantic_config__ = _FIELD_DOCSTRINGS

    id: str
    """m1, m2 … in the order of the values in the text"""
    indicator: TextSpan | None
    """what is measured (PM2.5平均浓度); null when the model linked none"""
    value: Value
    """the value, whose span anchors the measurement"""
    unit: Unit | None
    """null for a bare number (a rank, an index)"""
    time: Time | None
    """the period the measurement describes; null when no rule could find one"""
    kind: Kind
    """level (a state: 32.2 μg/m³), change (a difference or rate: 同比改善13.6%) or rank (第一)"""
    target: bool
    """true for a goal, plan or forecast; false for a result"""
    confidence: float
    """the product of the probabilities of its spans and links, 0 to 1"""
    sentence: Sentence
    """the sentence the measurement was read in"""


def _posted(doc: Doc, start: int, end: int) -> tuple[str, int, int]:
    """The posted text and offsets of a canonical range."""
    start, end = doc.posted(start, end)
    return doc.text[start:end], start, end


def _text_span(doc: Doc, span: Span | None) -> TextSpan | None:
    return None if span is None else TextSpan(*_posted(doc, span.start, span.end))


def _value(doc: Doc, anchor: Anchor, scale: float) -> Value:
    """The value of an anchor. A UNIT anchor is a masked value: an empty span where the digits were."""
    text = doc.canonical
    qualifier_end = anchor.unit.end if anchor.unit else anchor.span.end
    if anchor.span.label == "VAL":
        start, end = anchor.span.start, anchor.span.end
    else:
        start = end = anchor.span.start
    # a qualifier between the value and its unit (1000多家次) is read before what follows the unit
    between = text[end : anchor.unit.start] if anchor.unit and anchor.unit.start > end else ""
    after = between if between.strip() else text[qualifier_end : qualifier_end + _QUALIFIER_CHARS]
    before = text[max(0, start - _QUALIFIER_CHARS) : start]
    value_text = text[start:end]
    if anchor.unit is not None:
        # a range with its unit on both ends (6个到8个, 6万吨-8万吨: the VAL holds the first, as in the guideline's 5%—6)
        # reads as the range of its numbers
        unit_text = re.escape(text[anchor.unit.start : anchor.unit.end])
        value_text = re.sub(rf"{unit_text}(?=\s*(?:{RANGE_SEPARATOR.pattern}))", "", value_text, count=1)
    reading = read_value(value_text, before, after)
    unit_magnitude = _LEADING_MAGNITUDE.match(text, anchor.unit.start, anchor.unit.end) if anchor.unit else None
    if reading.number is None and reading.low is None and unit_magnitude:
        # 七亿七千多万吨: 多 keeps the unit's 万 from the number it completes (七亿七千万), so read them together
        joined = read_value(value_text + unit_magnitude.group(), before, after)
        if joined.number is not None or joined.low is not None:
            reading, scale = joined, scale / math.prod(MAGNITUDES[char] for char in unit_magnitude.group())
    reading = reading.scaled(scale)
    posted = _posted(doc, start, end)
    if anchor.span.label == "UNIT":
        return Value(*posted, None, None, None, True, reading.approx)
    return Value(*posted, reading.number, reading.low, reading.high, reading.masked, reading.approx)


def _time(doc: Doc, grounding: Grounding) -> Time | None:
    if grounding.period is None:
        return None
    evidence = _posted(doc, *grounding.evidence) if grounding.evidence else (None, None, None)
    period = grounding.period
    return Time(*evidence, period.start, period.end, period.granularity, grounding.source)


# What says a value with no unit of its own is in percent (百分之八十五, 三成, 一半: the normalizer reads them so):
# the measurement's unit, %, at those words
_PERCENT_WORDS = re.compile("|".join(map(re.escape, ("百分之", *HALF_WORDS, TENTHS))))
_PERCENT = read_unit("%")


def build_measurements(doc: Doc, tagging: Tagging, frame: Frame) -> list[Measurement]:
    """Measurements of a tagging of ``doc.canonical``, with offsets into the posted text."""
    text = doc.canonical
    grounder = Grounder(doc, tagging, frame)
    measurements = []
    for number, anchor in enumerate(sorted(tagging.anchors, key=lambda a: a.span.start), 1):
        sentence = sentence_containing(tagging.sentences, anchor.span.start, anchor.span.end)
        unit_span = anchor.span if anchor.span.label == "UNIT" else anchor.unit
        unit_reading = read_unit(text[unit_span.start : unit_span.end]) if unit_span else None
        if unit_span is None and anchor.span.label == "VAL" \
                and (said := _PERCENT_WORDS.search(text, anchor.span.start, anchor.span.end)):
            unit_span, unit_reading = Span("UNIT", said.start(), said.end(), anchor.span.score), _PERCENT
        grounding = grounder.ground(anchor, sentence)
        measurements.append(Measurement(
            id=f"m{number}",
            indicator=_text_span(doc, anchor.indicator),
            value=_value(doc, anchor, unit_reading.scale if unit_reading else 1.0),
            unit=None if unit_span is None else Unit(*_posted(doc, unit_span.start, unit_span.end),
                                                     unit_reading.canonical, unit_reading.dimension),
            time=_time(doc, grounding),
            kind=anchor.kind,
            target=grounding.target,
            confidence=round(anchor.confidence, 4),
            sentence=Sentence(*doc.posted(*sentence)),
        ))
    return measurements
