"""Where a measurement's time comes from, as ``build_measurements`` serves it: its own linked TIME
("sentence"), else the nearest TIME before its sentence in the same paragraph ("paragraph"), else the
report's reviewed period ("report"), else the document's date ("document"). Sections and targets:
tests/test_periods.py."""

import datetime
import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.document import prepare
from service.measurements import build_measurements
from service.normalize import frame_of
from service.spans import Anchor, Span, Tagging

DATED = frame_of(datetime.date(2024, 3, 1))


def tag(text: str) -> tuple:
    """The prepared document and a hand-made tagging of it: every ``NNNN年`` is a TIME, every number
    before ``%`` a VAL with that UNIT, linked to a TIME only when one opens its own sentence."""
    doc = prepare(text)
    canonical = doc.canonical
    times = [Span("TIME", m.start(), m.end(), 1.0) for m in re.finditer(r"\d{4}年", canonical)]
    anchors = []
    for m in re.finditer(r"(\d+)(%)", canonical):
        value, unit = Span("VAL", m.start(1), m.end(1), 1.0), Span("UNIT", m.start(2), m.end(2), 1.0)
        sentence_start = max(s for s, _ in doc.sentences if s <= m.start())
        own = next((t for t in times if t.start == sentence_start), None)
        anchors.append(Anchor(span=value, indicator=None, unit=unit, time=own, kind="level", target=False, confidence=1.0))
    spans = sorted(times + [a.span for a in anchors] + [a.unit for a in anchors], key=lambda s: s.start)
    return doc, Tagging(spans=spans, anchors=anchors, sentences=doc.sentences)


def times_of(text: str, frame=DATED) -> list:
    doc, tagging = tag(text)
    return [m.time for m in build_measurements(doc, tagging, frame)]


def test_a_value_without_a_time_takes_the_nearest_one_before_it_in_its_paragraph():
    text = "2022年指标为1%。2023年指标为2%。指标为3%。指标为4%。\n指标为5%。"
    own_2022, own_2023, context_3, context_4, report_5 = times_of(text)
    assert (own_2022.source, own_2022.text, own_2023.source, own_2023.text) == ("sentence", "2022年", "sentence", "2023年")
    # the nearest: 2023, not 2022; the same for every later sentence of the paragraph
    assert context_3 == context_4 == replace(own_2023, source="paragraph")
    assert (context_3.period_start, context_3.period_end) == (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    # a line break ends the paragraph: the year the report reviews (dated March 2024: 2023)
    assert (report_5.source, report_5.text, report_5.start) == ("report", None, None)
    assert (report_5.period_start, report_5.period_end, report_5.granularity) == (
        datetime.date(2023, 1, 1), datetime.date(2023, 12, 31), "year")


def test_a_date_without_periods_gives_the_date_itself():
    dated_only = replace(DATED, reviewed=None, planned=None)
    time = times_of("指标为3%。", dated_only)[0]
    assert (time.source, time.period_start, time.period_end, time.granularity) == ("document", DATED.date, DATED.date, "as_of")


def test_a_document_without_a_date_leaves_such_a_value_without_a_time():
    assert times_of("指标为3%。\n2023年指标为4%。", frame_of(None))[0] is None


def test_a_context_time_is_reported_where_it_stands_in_the_posted_text():
    text = "标题\r\n\r\n２０２３年指标为1%。指标为2%。"  # CRLF and full-width digits: the canonical view differs
    doc, _ = tag(text)
    assert doc.canonical.index("2023年") != text.index("２０２３年")
    _, context = times_of(text)
    assert context.source == "paragraph"
    assert text[context.start : context.end] == context.text == "２０２３年"


SENTENCE = st.tuples(st.booleans(), st.integers(1990, 2030), st.integers(0, 99))  # (has its own TIME, year, value)


@given(st.lists(st.lists(SENTENCE, min_size=1, max_size=4), min_size=1, max_size=4))
def test_every_value_gets_its_own_time_else_its_paragraphs_last_else_the_reports(paragraphs):
    text = "\n".join("".join(f"{year}年指标为{value}%。" if timed else f"指标为{value}%。"
                             for timed, year, value in sentences) for sentences in paragraphs)
    expected = []
    for sentences in paragraphs:
        last = None
        for timed, year, _ in sentences:
            if timed:
                last = year
                expected.append(("sentence", f"{year}年"))
            else:
                # a year still to come on the report's day does not carry into a result (service.periods)
                carried = last is not None and last <= DATED.date.year
                expected.append(("paragraph", f"{last}年") if carried else ("report", None))
    found = times_of(text)
    assert [(t.source, t.text) for t in found] == expected
    assert all(text[t.start : t.end] == t.text for t in found if t.text is not None)


@pytest.mark.parametrize(("text", "approx"), [("检查企业1000多家次。", "over"), ("检查企业1000家次以上。", "at_least"),
                                              ("检查企业约1000家次。", "about"), ("检查企业1000家次。", None)])
def test_a_qualifier_around_the_value_or_between_it_and_its_unit(text, approx):
    doc = prepare(text)
    start = text.index("1000")
    value, unit = Span("VAL", start, start + 4, 1.0), Span("UNIT", text.index("家次"), text.index("家次") + 2, 1.0)
    anchor = Anchor(span=value, indicator=None, unit=unit, time=None, kind="level", target=False, confidence=1.0)
    [measurement] = build_measurements(doc, Tagging(spans=[value, unit], anchors=[anchor], sentences=doc.sentences), DATED)
    assert (measurement.value.number, measurement.value.approx) == (1000, approx)


def test_a_number_completed_by_the_magnitude_its_unit_took():
    """七亿七千多万吨: 多 keeps 万 out of the VAL (decision 49), and 七亿七千 alone is no number."""
    text = "原煤产量达到七亿七千多万吨。"
    doc = prepare(text)
    value, unit = (Span(label, text.index(s), text.index(s) + len(s), 1.0) for label, s in (("VAL", "七亿七千"), ("UNIT", "万吨")))
    anchor = Anchor(span=value, indicator=None, unit=unit, time=None, kind="level", target=False, confidence=1.0)
    [measurement] = build_measurements(doc, Tagging(spans=[value, unit], anchors=[anchor], sentences=doc.sentences), DATED)
    assert (measurement.value.number, measurement.value.approx, measurement.unit.canonical) == (770_000_000, "over", "t")


@pytest.mark.parametrize(("text", "value", "unit", "low", "high"), [
    ("新增6个到8个。", "6个到8", "个", 6, 8), ("产量6万吨-8万吨。", "6万吨-8", "万吨", 60_000, 80_000),
    ("增长6%－6.5%。", "6%－6.5", "%", 6, 6.5)])
def test_a_range_with_its_unit_on_both_ends_reads_as_the_range_of_its_numbers(text, value, unit, low, high):
    """The VAL runs from the first number to the last, the first unit inside it (ANNOTATION.md's 5%—6)."""
    doc = prepare(text)
    start, unit_start = text.index(value), text.index(unit, text.index(value) + len(value))
    value_span, unit_span = Span("VAL", start, start + len(value), 1.0), Span("UNIT", unit_start, unit_start + len(unit), 1.0)
    anchor = Anchor(span=value_span, indicator=None, unit=unit_span, time=None, kind="level", target=False, confidence=1.0)
    [measurement] = build_measurements(doc, Tagging(spans=[value_span, unit_span], anchors=[anchor], sentences=doc.sentences), DATED)
    assert (measurement.value.number, measurement.value.low, measurement.value.high) == (None, low, high)


@pytest.mark.parametrize(("text", "value", "number", "unit"), [
    ("空气优良率达到百分之八十五。", "百分之八十五", 85, "百分之"), ("新能源汽车占比超过三成。", "三成", 30, "成"),
    ("一半以上的行政村。", "一半", 50, "一半")])
def test_a_value_said_in_percent_in_words_has_the_percent_unit(text, value, number, unit):
    """85 with no unit would be an analyst's guess: the words that say percent are the unit, canonical %."""
    doc = prepare(text)
    start = text.index(value)
    value_span = Span("VAL", start, start + len(value), 1.0)
    anchor = Anchor(span=value_span, indicator=None, unit=None, time=None, kind="level", target=False, confidence=1.0)
    [measurement] = build_measurements(doc, Tagging(spans=[value_span], anchors=[anchor], sentences=doc.sentences), DATED)
    assert (measurement.value.number, measurement.unit.text, measurement.unit.canonical) == (number, unit, "%")
