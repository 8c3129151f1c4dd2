"""Stage 3: links -> measurements. Each anchor with its linked spans becomes a
measurement with a number, a canonical unit and an ISO period.

Numbers, units and times are read from the document's canonical view (８７．３％ reads as 87.3 %);
every span is reported on the posted text: its offsets and its text as the user sent it.

A value with no TIME in its sentence takes the nearest TIME before it in the
same paragraph ("context"), else the document's reference date ("document"):
the user always learns which it was.
"""

from __future__ import annotations

import datetime
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from service.normalize import Frame, read_time, read_unit, read_value
from service.normalize.times import Granularity
from service.normalize.values import Approximation
from service.document import Doc
from service.schema import Kind
from service.spans import Anchor, Span, Tagging
from service.text import sentence_containing

_QUALIFIER_CHARS = 4  # how far around a value its qualifiers (约, 超过, 以上, 左右) are looked for

# Where a measurement's time came from (see the module's docstring).
TimeSource = Literal["sentence", "context", "document"]


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
    approx: Approximation | None


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
    granularity: Granularity | None
    source: TimeSource


@dataclass(frozen=True)
class Sentence:
    """The offsets of the sentence a measurement was read in."""

    start: int
    end: int


@dataclass(frozen=True)
class Measurement:
    id: str
    indicator: TextSpan | None
    value: Value
    unit: Unit | None
    time: Time | None
    kind: Kind
    target: bool
    confidence: float
    sentence: Sentence


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
    reading = read_value(text[start:end], text[max(0, start - _QUALIFIER_CHARS) : start],
                         text[qualifier_end : qualifier_end + _QUALIFIER_CHARS]).scaled(scale)
    posted = _posted(doc, start, end)
    if anchor.span.label == "UNIT":
        return Value(*posted, None, None, None, True, reading.approx)
    return Value(*posted, reading.number, reading.low, reading.high, reading.masked, reading.approx)


def _time(doc: Doc, span: Span, source: TimeSource, frame: Frame) -> Time:
    period = read_time(doc.canonical[span.start : span.end], frame)
    return Time(*_posted(doc, span.start, span.end), period.start, period.end, period.granularity, source)


def _document_time(frame: Frame) -> Time | None:
    if frame.date is None:
        return None
    return Time(None, None, None, frame.date, frame.date, "as_of", "document")


def build_measurements(doc: Doc, tagging: Tagging, frame: Frame) -> list[Measurement]:
    """Measurements of a tagging of ``doc.canonical``, with offsets into the posted text."""
    text = doc.canonical
    times = sorted((s for s in tagging.spans if s.label == "TIME"), key=lambda s: s.start)
    time_ends = [s.end for s in times]
    measurements = []
    for number, anchor in enumerate(sorted(tagging.anchors, key=lambda a: a.span.start), 1):
        sentence = sentence_containing(tagging.sentences, anchor.span.start, anchor.span.end)
        unit_span = anchor.span if anchor.span.label == "UNIT" else anchor.unit
        unit_reading = read_unit(text[unit_span.start : unit_span.end]) if unit_span else None
        if anchor.time is not None:
            time = _time(doc, anchor.time, "sentence", frame)
        else:
            # the nearest TIME before this sentence, if no line break lies between them
            before = bisect_right(time_ends, sentence[0]) - 1
            paragraph_start = text.rfind("\n", 0, sentence[0]) + 1
            if before >= 0 and times[before].start >= paragraph_start:
                time = _time(doc, times[before], "context", frame)
            else:
                time = _document_time(frame)
        measurements.append(Measurement(
            id=f"m{number}",
            indicator=_text_span(doc, anchor.indicator),
            value=_value(doc, anchor, unit_reading.scale if unit_reading else 1.0),
            unit=None if unit_span is None else Unit(*_posted(doc, unit_span.start, unit_span.end),
                                                     unit_reading.canonical, unit_reading.dimension),
            time=time,
            kind=anchor.kind,
            target=anchor.target,
            confidence=round(anchor.confidence, 4),
            sentence=Sentence(*doc.posted(*sentence)),
        ))
    return measurements
