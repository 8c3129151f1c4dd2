"""A document's sections: the headings that divide a report (一、2025年工作回顾, （二）床位数,
## 三、基层卫生服务) and the stretch of text each one governs. Found once, on the canonical view,
when a text is prepared (``service.document.prepare``); periods and targets read them.

A heading is a line that starts with a section marker (or a short line naming a review or a plan,
below); its text is the marker's clause, up to the
first 。；： or the line's end, because a report often runs a subsection's heading into its first
paragraph: （一）狠抓“治水”工作。出台实施…. A line with a tab is a table row (一、食品烟酒\t1.4\t2.7),
not a heading, and so is a line whose clause runs on for more than ``_MAX_HEADING_CHARS``.
A section ends where the next heading of the same or an outer level starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from typing import Literal

from service.lexicon import (DONE_WORDS, HEADING_PART_ENDS, HEADING_TASK_VERBS, INTENT_WORDS, NOT_INTENT_WORDS,
                             PLAN_HEADING_WORDS, REVIEW_HEADING_WORDS)
from service.text import without_words

Role = Literal["reviewed", "planned"]

# Section markers from the outermost to the innermost; a Markdown heading with none of them
# (# 2024年…统计公报) takes its level from its #s.
_MARKERS = (
    r"第[一二三四五六七八九十百]+(?:部分|章|篇)",
    r"[一二三四五六七八九十]+[、．.]",
    r"[（(][一二三四五六七八九十]+[）)]",
    r"\d{1,2}(?:[、．]|\.(?!\d))",
    r"[（(]\d{1,2}[）)]",
)
_HEADING = re.compile(
    r"^[ \t\u3000]*(?P<hashes>#{1,6}[ \t]+)?(?:(?P<marker>" + "|".join(f"(?:{m})" for m in _MARKERS) + r")[ \t\u3000]*)?"
    r"(?P<clause>[^\n。；;：:]*)"
)
_MARKER_LEVELS = [re.compile(m) for m in _MARKERS]
_MAX_HEADING_CHARS = 40
# A line with no marker is a heading, of the outermost level, when it is short, no sentence and names a
# review or a plan: 2005年和“十五”发展回顾, “十一五”时期发展目标与主要任务 (a city report of 2006).
_MAX_UNMARKED_HEADING_CHARS = 30
_SENTENCE_MARKS = re.compile(r"[。，,；;：:！!？?、]")
_ROLE_WORDS: dict[str, Role] = {**dict.fromkeys(REVIEW_HEADING_WORDS, "reviewed"), **dict.fromkeys(PLAN_HEADING_WORDS, "planned")}
_NUMBER_FIRST = re.compile(r"\d(?!\d{3}年)")  # a table row's figure, not a heading's year
_CLOSING_QUOTES = ("”", "」", "』", '"', "'")


def heading_roles(heading: str) -> list[tuple[int, Role]]:
    """Where a heading says its section reviews or plans, and which: each review word, and each plan word that
    heads the heading's noun phrase or one of its coordinated parts (``HEADING_PART_ENDS``), unless a verb before
    it in its clause makes it a task or a goal (``HEADING_TASK_VERBS``) or it ends a quoted name (“双高计划”)."""
    text = heading.strip().rstrip("。；;：:").rstrip()
    found = []
    for word, role in _ROLE_WORDS.items():
        for match in re.finditer(re.escape(word), text):
            start, end = match.span()
            clause_start = max(text.rfind(mark, 0, start) for mark in "，,") + 1
            heads = end == len(text) or text.startswith(HEADING_PART_ENDS, end)
            if (role == "reviewed" or heads) and not text.startswith(_CLOSING_QUOTES, end) \
                    and not text[:start].endswith(_CLOSING_QUOTES) \
                    and not any(verb in text[clause_start:start] for verb in HEADING_TASK_VERBS):
                found.append((start, role))
    return sorted(found)


def _is_unmarked_heading(line: str) -> bool:
    text = line.strip()
    return (0 < len(text) <= _MAX_UNMARKED_HEADING_CHARS and not _SENTENCE_MARKS.search(text)
            and not _NUMBER_FIRST.match(text) and bool(heading_roles(text)))


@dataclass(frozen=True)
class Section:
    level: int  # 1 outermost
    start: int  # the heading's first character (its marker's), canonical offsets
    heading_end: int  # the end of the heading's clause
    end: int  # where the next heading of the same or an outer level starts, or the text's end


def find_sections(text: str) -> list[Section]:
    """The sections of a canonical text, in text order (a nested one after the one holding it)."""
    headings: list[tuple[int, int, int]] = []  # (level, start, heading end)
    line_start = 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        level_and_span = _heading(line)
        # a title quoted across lines (认真实施《\n教育振兴行动计划\n》) names a document, not a section
        quoted = index > 0 and lines[index - 1].rstrip().endswith("《")
        if level_and_span and not quoted:
            level, start, end = level_and_span
            headings.append((level, line_start + start, line_start + end))
        line_start += len(line) + 1
    sections = []
    for index, (level, start, heading_end) in enumerate(headings):
        end = next((s for lv, s, _ in headings[index + 1 :] if lv <= level), len(text))
        sections.append(Section(level, start, heading_end, end))
    return sections


def _heading(line: str) -> tuple[int, int, int] | None:
    """(level, start, end of the heading clause) of a heading line, else None."""
    if "\t" in line:
        return None
    match = _HEADING.match(line)
    marker, hashes, clause = match["marker"], match["hashes"], match["clause"].rstrip()
    if not (marker or hashes) and _is_unmarked_heading(line):
        start = len(line) - len(line.lstrip())
        return 1, start, len(line.rstrip())
    if not (marker or hashes) or not clause.strip() or len(clause) > _MAX_HEADING_CHARS:
        return None
    if marker:
        level = 1 + next(i for i, pattern in enumerate(_MARKER_LEVELS) if pattern.fullmatch(marker))
    else:
        level = len(hashes.strip())
    start = match.start("hashes") if hashes else match.start("marker")
    return level, start + (len(hashes) if hashes else 0), match.start("clause") + len(clause)


PASSAGE_CHARS = 3000  # what is read around a value to tell a plan from a review: about a section of a report
# how many more words of one kind than of the other a passage needs to read so: one goal verb sets its own value
# (``TARGET_VERBS``), not a whole passage (全市优良天数比例91.8%。力争PM2.5浓度降到30微克/立方米。)
_PASSAGE_MARGIN = 2


def passage_role(passage: str) -> Role | None:
    """What a passage reads as by its words: a plan when its words of intent (要, 力争, 确保, 今年 …: ``INTENT_WORDS``)
    outnumber its words of things done (了, 已, 累计, 比上年 …: ``DONE_WORDS``) by ``_PASSAGE_MARGIN`` or more, a
    review when these outnumber those so, else neither. The corpus reports' lines, each labelled by the heading of its
    section, read as a plan or not right 0.88 of the time from the ``PASSAGE_CHARS`` around them (training/README.md,
    "Targets from the text alone")."""
    intent = without_words(passage, NOT_INTENT_WORDS)
    more_intent = sum(intent.count(word) for word in INTENT_WORDS) - sum(passage.count(word) for word in DONE_WORDS)
    return "planned" if more_intent >= _PASSAGE_MARGIN else "reviewed" if -more_intent >= _PASSAGE_MARGIN else None
