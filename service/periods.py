"""The period each measurement describes, and whether it is a target: an analyst's "period" and
"achieved or target" columns (annotations/README.md, decisions P1-P18, say what the gold holds).

The period comes from the first of these that says (``Grounding.source``):

1. ``sentence``: the TIME the anchor is linked to;
2. ``paragraph``: the nearest TIME before its sentence in the same paragraph (no line break
   between): 2024年，全市… 。其中… ; else the TIME that opens a lead paragraph above it in its section,
   a paragraph of no values that introduces the ones after it (这五年，我们…，经济实力迈上新台阶。 on its
   own line, then the figures), up to the next paragraph that opens with a TIME;
3. ``section``: the period its section's heading names (一、2018年工作回顾 → 2018, 二、下半年工作安排 →
   the second half), or, for a heading that says it reviews or plans without saying when
   (过去一年工作回顾, 主要预期目标), the report's reviewed or planned period; the innermost section
   that says wins;
4. ``report``: the report's reviewed period for a result, its planned period for a target
   (``Frame``: a 政府工作报告 for 2026 reviews 2025 and plans 2026);
5. ``document``: the report's date, as of that day.

A calendar word without its year (全年, 年末, 上半年, 10月) means the year the text is about where it
stands, not the year of the report's date: in a 2023 bulletin published in 2024, or in the review
section of a report delivered in 2012, 全年 is the year reviewed. Words that count from the day the
report speaks (今年, 去年, 目前, 过去五年) keep counting from its date (``read_time``).

A result whose period is several years (五年来, 这五年) is what was done in them, unless its clause says
it reached, stands at or ranks (突破, 达, 提高到, 居: ``LEVEL_CUES``) and not that it spans them (累计, 年均,
新增: ``SPAN_CUES``): 五年登记注册外商投资企业191家 and 新增铁路里程989公里 describe the five, 这五年…突破1.5万亿元
the last year. The X of 从X提高到Y, with no
time of its own, is where the value stood before the period: the year before it.

A value is a target when a goal verb earlier in its sentence sets it (力争, 确保, 预计, 拟: ``TARGET_VERBS``, through
coordinated clauses, unless its own clause says it is done: 已), when a goal list earlier in its paragraph lists it
(主要预期目标是：…；…), or, in a text with no title, date line or heading that says what it does (an excerpt of a
plan whose heading was cut off, dated at most by a year it mentions or by the request) and under no heading that says
what its section does, when the passage around it reads as a plan (``passage_role``; in one that reads as a review,
预计 estimates a result: decision 25). The tagger's own guess (``Anchor.target``) is no evidence anywhere: it marks
levels reached (达90%) and a bulletin's estimates and definitions (是指主营业务收入2000万元及以上) as goals, and held
out it cost more targets than it found everywhere (training/README.md, "Targets from the text alone"). A title naming
both the year reviewed and the year planned (2024年度工作总结与2025年工作安排) governs neither: the report's frame says
what each part does.

A measurement in a section that plans (三、2019年政府工作任务; or 三、2026年主要工作, a heading naming the period the
report plans) is a target, whatever the tagger said, unless the period it describes ended before the planned period
begins (去年完成…); one in a section that reviews (一、2025年工作回顾) is a result when the period it describes is over
by the end of the reviewed one (达到4.5%左右 there is no plan, 左右 notwithstanding). A heading says it plans only
with a plan word that heads it (``service.structure.heading_roles``): （二）聚力落实国家重大战略任务 names a task done.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Literal

from service.document import Doc
from service.lexicon import (COMPARISON_AFTER, COMPARISON_BEFORE, COMPARISON_WITH, DONE_MARKERS, ESTIMATE_VERBS, FROM_MARKERS,
                             GOAL_LISTS, LEVEL_CUES, NOW, PLAN_LIST_VERBS, PLAN_LIST_YEARS, PLAN_OPENERS, RELATIVE_YEARS, NOT_LEVEL_WORDS,
                             NOT_TARGET_WORDS, ROLLING_DIRECTIONS, SPAN_CUES, TARGET_VERBS, TO_VERBS)
from service.normalize import Frame, Period, counts_years, read_time
from service.spans import Anchor, Span, Tagging
from service.structure import PASSAGE_CHARS, Role, Section, heading_roles, passage_role
from service.text import clause_around, is_comparison_base, without_words

Source = Literal["sentence", "paragraph", "section", "report", "document"]

# Words that count from the day the report speaks: a TIME holding one keeps the report's date.
_DEICTIC = (*RELATIVE_YEARS, *NOW, *ROLLING_DIRECTIONS, "来")
# the whole years counted from the report's date (今年, 本年, 上年 …)
_FROM_THE_DAY = tuple(word for word, (anchor, _, _) in RELATIVE_YEARS.items() if anchor == "date")
# A lead paragraph opens with a TIME and a comma and ends a sentence: 这五年，我们…。
_LEAD_IN_COMMA = ("，", ",")
_LEAD_ENDS = ("。", "：", ":")
_DEADLINE_WORDS = ("到", "至")
# a comparison base written as a year: 比2000年, or 与2000年相比
_BASE_YEAR = re.compile(rf"(?:[{''.join(COMPARISON_BEFORE)}](?P<year>(?:19|20)\d\d)年(?!\d)"
                        rf"|[{''.join(COMPARISON_WITH)}](?P<with_year>(?:19|20)\d\d)年(?:{'|'.join(COMPARISON_AFTER)}))")
# a goal list opened with a colon (主要预期目标是：): it runs to the end of its paragraph
_GOAL_LIST = re.compile(f"(?:{'|'.join(GOAL_LISTS)})[:：]")
# what opens a plan part without a heading: 为实现上述目标，… ; 政府工作的总体要求是： ; 今年要着重抓好以下五个方面工作
_PLAN_OPENER = re.compile(f"(?:{'|'.join(PLAN_OPENERS)})|(?:{'|'.join(PLAN_LIST_YEARS)})[^。；;\n]{{0,12}}?"
                          f"(?:{'|'.join(PLAN_LIST_VERBS)})")
# How far after a value its 提高到 may come: past its unit and a ratio's ∶1 (由2.9∶1缩小至).
_TO_VERB_REACH = 8
# Two days a year apart, to tell a TIME that depends on the year it is read in.
_PROBE = (datetime.date(2001, 6, 30), datetime.date(2002, 6, 30))


@dataclass(frozen=True)
class Grounding:
    period: Period | None
    source: Source
    evidence: tuple[int, int] | None  # canonical range of the text that decided, when it is in the text
    target: bool


@dataclass(frozen=True)
class _Governing:
    """What a section heading says about the text under it."""

    period: Period | None
    evidence: tuple[int, int]
    role: Role | None
    dated: bool = False  # the heading names the period (一、2025年工作回顾), not only what the section does


def section_role(heading: str) -> Role | None:
    """Whether a heading says its section reviews or plans (None: neither); the last word that says wins."""
    found = heading_roles(heading)
    return found[-1][1] if found else None


def both_roles(heading: str) -> bool:
    """Whether a heading says both that it reviews and that it plans (2024年度工作总结与2025年工作安排)."""
    return len({role for _, role in heading_roles(heading)}) == 2


def needs_a_year(time_text: str) -> bool:
    """A calendar word without its year (全年, 年末, 上半年, 10月), as opposed to one that names its
    year (2024年) or counts from the day the report speaks (今年, 目前)."""
    if any(word in time_text for word in _DEICTIC):
        return False
    first, second = (read_time(time_text, day) for day in _PROBE)
    return first.start is not None and first != second


# frames found from no title or date line, which would say what the text is: from a year it mentions (or its headings
# name, where they govern), from the date the request gave, or from nothing
_SAYS_NOTHING_OF_WHAT_IT_DOES = ("text", "request")


class Grounder:
    """Grounds the measurements of one tagged document in time."""

    def __init__(self, doc: Doc, tagging: Tagging, frame: Frame):
        self.doc, self.frame = doc, frame
        self.times = sorted((s for s in tagging.spans if s.label == "TIME"), key=lambda s: s.start)
        # what may date the sentences after it: not a bare count of years (两年平均增长3.1%), which dates its own,
        # nor a comparison base (比2000年), which dates nothing
        self._carried = [s for s in self.times if not counts_years(doc.canonical[s.start : s.end]) and not self._is_base(s)]
        self._carried_ends = [s.end for s in self._carried]
        self._time_starts = [s.start for s in self.times]
        self._anchor_starts = sorted(a.span.start for a in tagging.anchors)
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", doc.canonical))]
        self._goal_lists = [m.start() for m in _GOAL_LIST.finditer(doc.canonical)]
        self._plan_openers = [(m.start(), m.end()) for m in _PLAN_OPENER.finditer(doc.canonical)]

    def ground(self, anchor: Anchor, sentence: tuple[int, int]) -> Grounding:
        governing = self._section(anchor.span.start) or self._opened_plan(anchor.span.start)
        # a goal set before the value in its sentence or listed in its paragraph (the tagger's guess is no evidence)
        target = self._set_as_goal(anchor, sentence, governing)
        report_period = self.frame.planned if target else self.frame.reviewed
        context = governing.period if governing is not None and governing.period is not None else report_period
        planning = governing is not None and governing.role == "planned"
        in_plan = planning and governing.period is not None and governing.period.granularity == "year"
        plan = governing.period if planning and governing.period is not None else self.frame.planned
        # the first that says when; a TIME that cannot be read (年内, 前不久) says nothing. A TIME carried from an
        # earlier sentence cannot date a result, outside a plan, to a period still to come when the text was written
        # (…为“十一五”发展奠定了基础。初步统计，… in a report of early 2006), nor anything in a plan to one over
        # before the plan begins (巩固去年已消劣的x个断面…。…力争优良率达xx%以上)
        found = next((c for c in self._candidates(anchor, sentence, governing, context, report_period, in_plan)
                      if c[0] is not None and c[0].start is not None
                      and not (c[1] == "paragraph" and not target and not planning and self._to_come(c[0]))
                      and not (c[1] == "paragraph" and planning and self._before(c[0], plan))),
                     None)
        if found is None:
            document_period = Period(self.frame.date, self.frame.date, "as_of") if self.frame.date else None
            return Grounding(document_period, "document", None, target)
        period, source, evidence = found
        if planning:
            target = not self._before(period, governing.period)
        elif governing is not None and governing.role == "reviewed" and governing.period is not None:
            target = target and not (period.end is not None and period.end <= governing.period.end)
        if target and source == "sentence" and (anchor.kind == "change" or self._spans_years(anchor)) \
                and self._is_deadline(anchor.time):
            if plan is not None and plan.start is not None and plan.start < period.start:
                period = Period(plan.start, period.end, "years")
        if anchor.kind == "change" and period is not None and period.granularity == "as_of" \
                and period.start == period.end == datetime.date(period.end.year, 12, 31):
            # a stock's change to the year's end (年末…比上年末增长9.3%) happened over the year (P4)
            period = Period(datetime.date(period.end.year, 1, 1), period.end, "year")
        if anchor.kind == "change" and period is not None and period.start is not None \
                and (base := self._base_year(anchor, sentence, context)) is not None and base < period.end.year:
            # a change against a year (比2000年提高6个百分点) happened in the years after it (P5)
            period = Period(datetime.date(min(base + 1, period.start.year), 1, 1), period.end, "years")
        if not target and anchor.kind == "level" and period is not None and period.start is not None:
            if source != "sentence" and self._is_starting_value(anchor):
                year = period.start.year - 1
                period = Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")
            elif period.granularity == "years" and self._reaches_a_level(anchor):
                period = Period(datetime.date(period.end.year, 1, 1), period.end, "year")
        return Grounding(period, source, evidence, target)

    def _candidates(self, anchor: Anchor, sentence: tuple[int, int], governing: _Governing | None,
                    context: Period | None, report_period: Period | None, in_plan: bool):
        """(period, source, evidence) by precedence, each computed only when asked for."""
        time = anchor.time
        if time is not None and self._is_base(time):  # linked to a base: the sentence's other TIME before the value
            time = next((s for s in reversed(self._times_in(sentence[0], anchor.span.start)) if not self._is_base(s)), None)
        if time is not None:
            yield self._read(time, context, in_plan), "sentence", (time.start, time.end)
        before = self._time_before(sentence[0])
        paragraph_start = self.doc.canonical.rfind("\n", 0, sentence[0]) + 1
        if before is not None and before.start >= paragraph_start:
            yield self._read(before, context, in_plan), "paragraph", (before.start, before.end)
        else:
            lead = self._lead(paragraph_start, sentence[0])
            if lead is not None:
                yield self._read(lead, context, in_plan), "paragraph", (lead.start, lead.end)
        if governing is not None:
            yield governing.period, "section", governing.evidence
        yield report_period, "report", None

    def _read(self, span: Span, context: Period | None, in_plan: bool = False) -> Period:
        """A TIME's period; one without its year takes the year of ``context``, and so, ``in_plan`` (a section
        that plans the one year it names: 二、1956年的国家预算), does a year counted from the report's day (本年收入,
        上年结转): the budget's 本年 is the year planned, whenever the report was given."""
        time_text = self.doc.canonical[span.start : span.end]
        relative = in_plan and any(word in time_text for word in _FROM_THE_DAY)
        if context is not None and context.end is not None and (needs_a_year(time_text) or relative):
            return read_time(time_text, replace(self.frame, date=context.end))
        return read_time(time_text, self.frame)

    def _spans_years(self, anchor: Anchor) -> bool:
        """Whether the anchor's clause says its value spans the years (累计, 年均, 连续)."""
        clause = self._clause_before(anchor)
        return any(cue in clause for cue in SPAN_CUES)

    def _reaches_a_level(self, anchor: Anchor) -> bool:
        """Whether a result over several years is a level reached by their end (这五年…突破1.5万亿元, 城镇化水平达42%)
        rather than what was done in them (五年登记注册外商投资企业191家, 置换职工身份4.6万人): its clause says it
        reached, stands at or ranks, and not that it spans the years (累计, 新增 …)."""
        clause = without_words(self._clause_before(anchor), NOT_LEVEL_WORDS)
        return not self._spans_years(anchor) and (any(cue in clause for cue in LEVEL_CUES)
                                                  or any(verb in clause for verb in TO_VERBS))

    def _is_starting_value(self, anchor: Anchor) -> bool:
        """Whether the anchor is the X of 从X提高到Y (由2.9∶1缩小至2.52∶1): where the value stood before
        the period, which its clause names no time for."""
        clause = self._clause_before(anchor)
        after = self.doc.canonical[anchor.span.end : anchor.span.end + _TO_VERB_REACH].split("，")[0]
        return any(marker in clause for marker in FROM_MARKERS) and any(verb in after for verb in TO_VERBS) \
            and not any(verb in clause for verb in TO_VERBS)

    def _role_of(self, period: Period) -> Role | None:
        """What a heading that names a period without saying what it does (三、2026年主要工作; 三、一鼓作气勇争先，
        全力推动“十五五”开好局) does: plan, when the period begins with or after the one the report plans, after the
        one it reviews."""
        planned, reviewed = self.frame.planned, self.frame.reviewed
        if planned is None or planned.start is None or period.start is None:
            return None
        after_review = reviewed is None or reviewed.end is None or period.start > reviewed.end
        return "planned" if planned.start <= period.start and after_review else None

    @staticmethod
    def _before(period: Period, plan: Period | None) -> bool:
        """Whether a period was over before the plan begins (去年完成… in a plan for this year)."""
        return period.end is not None and plan is not None and plan.start is not None and period.end < plan.start

    def _to_come(self, period: Period) -> bool:
        """Whether a period had not begun, or spans years not over, on the day the text speaks."""
        date = self.frame.date
        return date is not None and (period.start > date or (period.granularity == "years" and period.end > date))

    def _is_base(self, time: Span) -> bool:
        """比2000年, 与2000年相比: a time a value is compared with, which is never its period (P4)."""
        return is_comparison_base(self.doc.canonical, time.start, time.end)

    def _base_year(self, anchor: Anchor, sentence: tuple[int, int], context: Period | None) -> int | None:
        """The year a change is measured against, when its sentence compares with one before it (比2000年,
        与2000年相比，…): a TIME the tagger found there, else the year as written (the gold tags no base: decision 44)."""
        bases = [t for t in self._times_in(sentence[0], anchor.span.start) if self._is_base(t)]
        period = self._read(bases[-1], context) if bases else None
        if period is not None and period.end is not None and period.granularity == "year":
            return period.end.year
        written = list(_BASE_YEAR.finditer(self.doc.canonical, sentence[0], anchor.span.start))
        return int(written[-1]["year"] or written[-1]["with_year"]) if written else None

    def _times_in(self, start: int, end: int) -> list[Span]:
        """The TIMEs within [start, end), in text order."""
        first, last = bisect_left(self._time_starts, start), bisect_left(self._time_starts, end)
        return [s for s in self.times[first:last] if s.end <= end]

    def _is_deadline(self, time: Span) -> bool:
        """到2010年: a year by which a target is to be met. A change or total to it runs from the start of the
        plan (力争到2010年…比2005年翻一番: 2006–2010); a level is met in the year itself."""
        return self.doc.canonical[max(0, time.start - 1) : time.start] in _DEADLINE_WORDS

    def _set_as_goal(self, anchor: Anchor, sentence: tuple[int, int], governing: _Governing | None) -> bool:
        """Whether a verb earlier in the value's sentence sets it as a goal, through coordinated clauses
        (力争…达90%以上，完成燃气锅炉整治50台), a goal noun earlier in its paragraph lists it
        (主要预期目标是：地区生产总值增长5%左右。…城镇新增就业60万人左右), or the passage around it reads as a plan
        where nothing else says what the text does (``_passage_role``: an excerpt of a plan whose heading was cut off);
        not when its clause says it is done (已)."""
        text = self.doc.canonical
        if any(marker in self._clause_before(anchor) for marker in DONE_MARKERS):
            return False
        passage = self._passage_role(anchor, governing)
        if passage == "planned":
            return True
        # in a passage of things done, 预计 estimates a result (decision 25: 预计完成84亿元 of the year just ended)
        verbs = TARGET_VERBS if passage is None else tuple(v for v in TARGET_VERBS if v not in ESTIMATE_VERBS)
        before = text[sentence[0] : anchor.span.start]
        if any(goals in before for goals in GOAL_LISTS) \
                or any(verb in without_words(before, NOT_TARGET_WORDS) for verb in verbs):
            return True
        paragraph_start = self._line_starts[bisect_right(self._line_starts, sentence[0]) - 1]
        return bisect_left(self._goal_lists, sentence[0]) > bisect_left(self._goal_lists, paragraph_start)

    def _passage_role(self, anchor: Anchor, governing: _Governing | None) -> Role | None:
        """What the passage around a value reads as, where nothing else says what the text does there: in a text
        with no title or date line (its frame from a year it mentions, from the date the request gave, or none), under
        no heading that says what its section does."""
        if governing is not None or self.frame.source not in _SAYS_NOTHING_OF_WHAT_IT_DOES:
            return None
        middle = (anchor.span.start + anchor.span.end) // 2
        return passage_role(self.doc.canonical[max(0, middle - PASSAGE_CHARS // 2) : middle + PASSAGE_CHARS // 2])

    def _clause_before(self, anchor: Anchor) -> str:
        """The anchor's clause up to the anchor."""
        start, _ = clause_around(self.doc.canonical, anchor.span.start, anchor.span.end)
        return self.doc.canonical[start : anchor.span.start]

    def _time_before(self, offset: int) -> Span | None:
        index = bisect_right(self._carried_ends, offset) - 1
        return self._carried[index] if index >= 0 else None

    def _lead(self, paragraph_start: int, offset: int) -> Span | None:
        """The TIME opening the nearest paragraph above ``offset``'s, within its innermost section, that opens
        with one, if that paragraph holds no value: it leads the paragraphs after it. One with values of its
        own reports its own period, and leads nothing; a paragraph that opens a section has its heading."""
        text = self.doc.canonical
        sections = self.doc.sections_around(offset)
        if sections and sections[0].start >= paragraph_start:
            return None
        floor = sections[0].heading_end if sections else 0
        end = paragraph_start - 1
        while end > floor:
            start = max(text.rfind("\n", 0, end) + 1, floor)
            paragraph = text[start:end]
            opening = start + len(paragraph) - len(paragraph.lstrip())
            index = bisect_left(self._time_starts, opening)
            time = self.times[index] if index < len(self.times) else None
            if time is not None and time.start == opening:
                # a lead-in (这五年，…。) rather than a table cell or a heading that happens to open with a TIME
                if text[time.end : time.end + 1] not in _LEAD_IN_COMMA or not paragraph.rstrip().endswith(_LEAD_ENDS):
                    return None
                has_value = bisect_right(self._anchor_starts, end - 1) > bisect_right(self._anchor_starts, start - 1)
                return None if has_value else time
            end = start - 1
        return None

    def _opened_plan(self, offset: int) -> _Governing | None:
        """The plan part that a phrase before ``offset`` opens (为实现上述目标，重点抓好以下工作：), when no heading
        says what the text does: it runs to the end of the innermost section holding the phrase, or of the text."""
        index = bisect_left(self._plan_openers, (offset,)) - 1
        if index < 0:
            return None
        start, end = self._plan_openers[index]
        sections = self.doc.sections_around(start)
        if sections and offset >= sections[0].end:
            return None
        return _Governing(self.frame.planned, (start, end), "planned")

    def _section(self, offset: int) -> _Governing | None:
        """The innermost section around ``offset`` whose heading says when, or whether it reviews or plans. In a part
        that plans, a subheading that says it reviews without saying when states a goal as if met
        (（六）…推动高质量发展取得新的更大进展 under 二、“十五五”时期主要目标和重大任务): the part governs."""
        governing = [found for section in self.doc.sections_around(offset) if (found := self._says(section)) is not None]
        if not governing:
            return None
        innermost = governing[0]
        if innermost.role == "reviewed" and not innermost.dated:
            return next((outer for outer in governing[1:] if outer.role == "planned"), innermost)
        return innermost

    def _says(self, section: Section) -> _Governing | None:
        """What a section's heading says of the text under it: when, or whether it reviews or plans (None: neither)."""
        heading = self.doc.canonical[section.start : section.heading_end]
        role = section_role(heading)
        by_role = self.frame.planned if role == "planned" else self.frame.reviewed if role == "reviewed" else None
        times = self._times_in(section.start, section.heading_end)
        periods = [self._read(t, by_role or self.frame.reviewed) for t in times]
        if len(set(periods)) > 1:  # one heading, several periods: it dates nothing
            if both_roles(heading):
                return None  # a title of the year reviewed and the year planned (2024年度工作总结与2025年工作安排)
            times, periods = [], []
        time = times[0] if times else None
        period = periods[0] if periods else None
        if period is not None and period.start is not None:  # a heading TIME that cannot be read says nothing
            return _Governing(period, (time.start, time.end), role or self._role_of(period), dated=True)
        if role is not None:
            return _Governing(by_role, (section.start, section.heading_end), role)
        return None
