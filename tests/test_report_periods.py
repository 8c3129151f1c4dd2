"""Issue #18's measured case, end to end with the shipped model: the 2026 Shanghai report
(tests/data/shanghai_2026_excerpt.txt: its header, the opening of 一、2025年工作回顾 and of
三、2026年主要任务, copied from ../shared/corpus/provincial-2026/2026-shanghai.txt). Its 2025 results
were dated null (一年来) or by the publication date, and most of its 2026 plan items were not targets."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from service.pipeline import Document

TEXT = (Path(__file__).parent / "data" / "shanghai_2026_excerpt.txt").read_text(encoding="utf-8")
YEAR_2025 = (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
YEAR_2026 = (datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))


@pytest.fixture(scope="module")
def measurements(extractor):
    return extractor.extract(Document(TEXT, "shanghai")).measurements


def find(measurements, value: str, after: str):
    at = TEXT.index(value, TEXT.index(after))
    return next(m for m in measurements if m.value.start == at)


@pytest.mark.parametrize(("value", "after"), [("5.67万亿", "全市生产总值达到"), ("5.4", "5.67万亿"), ("8500亿", "预算收入"),
                                              ("4.5", "研发经费"), ("2万亿", "三大先导产业")])
def test_the_reviewed_years_results(measurements, value, after):
    m = find(measurements, value, after)
    assert (m.time.period_start, m.time.period_end, m.target) == (*YEAR_2025, False)


@pytest.mark.parametrize(("value", "after"), [("5", "全市生产总值增长"), ("4.6", "的比例达到"), ("20", "培育打造")])
def test_the_planned_years_targets(measurements, value, after):
    m = find(measurements, value, after)
    assert (m.time.period_start, m.time.period_end, m.target) == (*YEAR_2026, True)


def test_a_planned_item_without_a_time_of_its_own_is_dated_by_its_section(measurements):
    m = find(measurements, "20", "培育打造")
    assert m.time.source == "section" and TEXT[m.time.start : m.time.end] == m.time.text == "2026年"
    assert TEXT.rfind("\n", 0, m.time.start) + 1 == TEXT.index("三、2026年主要任务")
