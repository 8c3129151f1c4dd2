"""The period each measurement describes, and whether it is a target: an analyst's "period" and
"achieved or target" columns.

The period comes from the first of these that says (``Grounding.source``):

1. ``sentence``: the TIME the anchor is linked to;
2. ``paragraph``: the nearest TIME before its sentence in the same paragraph (no line break
   between): 2024年，全市… 。其中… ;
3. ``section``: the period its section's heading names (一、2018年工作回顾 → 2018, 二、下半年工作安排 →
   the second half of the report's year), or, for a heading that says it reviews or plans without
   saying when (过去一年工作回顾, 主要预期目标), the report's reviewed or planned period; the
   innermost section that says wins;
4. ``report``: the report's reviewed period for a result, its planned period for a target
   (``Frame``: a 政府工作报告 for 2026 reviews 2025 and plans 2026);
5. ``document``: the report's date, as of that day.

A measurement in a section that plans (三、2019年政府工作任务) is a target, whatever the tagger
said, unless the period it describes ended before the planned period begins (去年完成…).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from service.document import Doc
from service.normalize import Frame, Period, read_time
from service.spans import Anchor, Span, Tagging

Source = Literal["sentence", "paragraph", "section", "report", "document"]
Role = Literal["reviewed", "planned"]

# Heading words saying a section reviews or plans; where a heading has both (主要任务完成情况),
# the last one says what the section is.
_ROLE_WORDS: dict[str, Role] = {
    **dict.fromkeys(("回顾", "总结", "成绩", "成效", "进展", "完成情况", "执行情况", "工作情况"), "reviewed"),
    **dict.fromkeys(("目标", "任务", "安排", "计划", "打算", "思路", "要求", "部署", "展望"), "planned"),
}


@dataclass(frozen=True)
class Grounding:
    period: Period | None
    source: Source
    evidence: tuple[int, int] | None  # canonical range of the text that decided, when it is in the text
    target: bool


def section_role(heading: str) -> Role | None:
    """Whether a heading says its section reviews or plans (None: neither)."""
    found = [(heading.rfind(word), role) for word, role in _ROLE_WORDS.items() if word in heading]
    return max(found)[1] if found else None


class Grounder:
    """Grounds the measurements of one tagged document in time."""

    def __init__(self, doc: Doc, tagging: Tagging, frame: Frame):
        self.doc, self.frame = doc, frame
        self.times = sorted((s for s in tagging.spans if s.label == "TIME"), key=lambda s: s.start)
        self._time_ends = [s.end for s in self.times]

    def ground(self, anchor: Anchor, sentence: tuple[int, int]) -> Grounding:
        text = self.doc.canonical
        governing = self._section(anchor.span.start)
        planned_by_section = governing is not None and governing[2] == "planned"
        if anchor.time is not None:
            period, source, evidence = self._read(anchor.time), "sentence", (anchor.time.start, anchor.time.end)
        elif (before := self._time_before(sentence[0])) is not None and before.start >= text.rfind("\n", 0, sentence[0]) + 1:
            period, source, evidence = self._read(before), "paragraph", (before.start, before.end)
        elif governing is not None:
            period, source, evidence = governing[0], "section", governing[1]
        else:
            target = anchor.target
            period = self.frame.planned if target else self.frame.reviewed
            if period is not None:
                return Grounding(period, "report", None, target)
            if self.frame.date is None:
                return Grounding(None, "document", None, target)
            return Grounding(Period(self.frame.date, self.frame.date, "as_of"), "document", None, target)
        target = anchor.target
        if planned_by_section:
            plan_start = governing[0].start if governing[0] is not None else None
            target = not (period is not None and period.end is not None and plan_start is not None and period.end < plan_start)
        return Grounding(period, source, evidence, target)

    def _read(self, span: Span) -> Period:
        return read_time(self.doc.canonical[span.start : span.end], self.frame)

    def _time_before(self, offset: int) -> Span | None:
        index = bisect_right(self._time_ends, offset) - 1
        return self.times[index] if index >= 0 else None

    def _section(self, offset: int) -> tuple[Period | None, tuple[int, int], Role | None] | None:
        """The period, its evidence and the role of the innermost section around ``offset`` whose
        heading says when or whether it reviews or plans."""
        for section in self.doc.sections_around(offset):
            heading = self.doc.canonical[section.start : section.heading_end]
            role = section_role(heading)
            time = next((t for t in self.times if section.start <= t.start and t.end <= section.heading_end), None)
            if time is not None:
                return self._read(time), (time.start, time.end), role
            if role is not None:
                period = self.frame.planned if role == "planned" else self.frame.reviewed
                return period, (section.start, section.heading_end), role
        return None
