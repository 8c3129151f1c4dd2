"""Stage 3: links -> measurements. Each anchor with its linked spans becomes a
measurement with a number, a canonical unit and an ISO period.

A value with no TIME in its sentence takes the nearest TIME before it in the
same paragraph ("context"), else the document's reference date ("document"):
the user always learns which it was.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from dataclasses import dataclass

from service.normalize import ReferenceDate, read_time, read_unit, read_value
from service.spans import Anchor, Span, Tagging
from service.text import sentence_containing

_QUALIFIER_CHARS = 4  # how far around a value its qualifiers (约, 超过, 以上, 左右) are looked for


@dataclass(frozen=True)
class TextSpan:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Value:
    text: str
    start: int
    end: int
    number: float | None
    low: float | None
    high: float | None
    masked: bool
    approx: str | None


@dataclass(frozen=True)
class Unit:
    text: str
    start: int
    end: int
    canonical: str
    dimension: str


@dataclass(frozen=True)
class Time:
    text: str | None
    start: int | None
    end: int | None
    period_start: datetime.date | None
    period_end: datetime.date | None
    granularity: str | None
    source: str  # "sentence" | "context" | "document"


@dataclass(frozen=True)
class Measurement:
    id: str
    indicator: TextSpan | None
    value: Value
    unit: Unit | None
    time: Time | None
    kind: str
    target: bool
    confidence: float
    sentence: tuple[int, int]


def _text_span(text: str, span: Span | None) -> TextSpan | None:
    return None if span is None else TextSpan(text[span.start : span.end], span.start, span.end)


def _value(text: str, anchor: Anchor, scale: float) -> Value:
    """The value of an anchor. A UNIT anchor is a masked value: an empty span where the digits were."""
    qualifier_end = anchor.unit.end if anchor.unit else anchor.span.end
    if anchor.span.label == "VAL":
        start, end = anchor.span.start, anchor.span.end
    else:
        start = end = anchor.span.start
    reading = read_value(text[start:end], text[max(0, start - _QUALIFIER_CHARS) : start],
                         text[qualifier_end : qualifier_end + _QUALIFIER_CHARS]).scaled(scale)
    if anchor.span.label == "UNIT":
        return Value("", start, end, None, None, None, True, reading.approx)
    return Value(text[start:end], start, end, reading.number, reading.low, reading.high, reading.masked, reading.approx)


def _time(text: str, span: Span, source: str, reference: ReferenceDate) -> Time:
    period = read_time(text[span.start : span.end], reference.date)
    return Time(text[span.start : span.end], span.start, span.end, period.start, period.end, period.granularity, source)


def _document_time(reference: ReferenceDate) -> Time | None:
    if reference.date is None:
        return None
    return Time(None, None, None, reference.date, reference.date, "as_of", "document")


def build_measurements(text: str, tagging: Tagging, reference: ReferenceDate) -> list[Measurement]:
    times = sorted((s for s in tagging.spans if s.label == "TIME"), key=lambda s: s.start)
    time_ends = [s.end for s in times]
    measurements = []
    for number, anchor in enumerate(sorted(tagging.anchors, key=lambda a: a.span.start), 1):
        sentence = sentence_containing(tagging.sentences, anchor.span.start, anchor.span.end)
        unit_span = anchor.span if anchor.span.label == "UNIT" else anchor.unit
        unit_reading = read_unit(text[unit_span.start : unit_span.end]) if unit_span else None
        if anchor.time is not None:
            time = _time(text, anchor.time, "sentence", reference)
        else:
            # the nearest TIME before this sentence, if no line break lies between them
            before = bisect_right(time_ends, sentence[0]) - 1
            paragraph_start = text.rfind("\n", 0, sentence[0]) + 1
            if before >= 0 and times[before].start >= paragraph_start:
                time = _time(text, times[before], "context", reference)
            else:
                time = _document_time(reference)
        measurements.append(Measurement(
            id=f"m{number}",
            indicator=_text_span(text, anchor.indicator),
            value=_value(text, anchor, unit_reading.scale if unit_reading else 1.0),
            unit=None if unit_span is None else Unit(text[unit_span.start : unit_span.end], unit_span.start, unit_span.end,
                                                     unit_reading.canonical, unit_reading.dimension),
            time=time,
            kind=anchor.kind,
            target=anchor.target,
            confidence=round(anchor.confidence, 4),
            sentence=sentence,
        ))
    return measurements
