"""Numbers that identify or paginate and do not measure (ANNOTATION.md: document numbers, clause numbers 4.1.2,
standard codes GB 18597, HJ 348—2007, 第1版, 第28号, the digits of a name): a VAL the tagger puts on one is dropped,
with its UNIT. Standards, regulations and PDF text are full of them (a standard's list of cited codes, its numbered
clauses, its contents page and page numbers), and the gold has few documents of that kind to teach the tagger so.

Found on the canonical view, where a PDF's layout spaces are gone (``3.1 生活垃圾`` reads ``3.1生活垃圾``):
- a standard code: a code prefix, its /T or /Z, the number with its parts and the year after a dash;
- a number with two or more dots (4.1.2; a date written 2020.08.27 is no value either);
- a clause number with its part word (6.3 条, 第6.2条, 第5章, 第28号);
- a clause's heading number: a number starting a sentence or a line and followed by the heading's words, i.e. by
  neither a unit, a magnitude nor a date's character (。3.1生活垃圾焚烧飞灰, 。5收集、贮存…; a decimal takes no
  measure word: 3.2处理 is a heading);
  and the first clause's number after the heading's words (4总体要求4.1应根据);
- a number naming what it is part of: a line, a unit, a building (地铁13号线, 三号机组, 1号楼: ``NUMBERED_NAME_WORDS``);
- a set word with a numeral in it that counts nothing (之一, 一批, 四舍五入: ``NUMBER_IDIOMS``);
- a threshold defining a class inside an indicator, in a clause that counts the class (10亿元以上重大产业项目47个);
- a footnote's mark ([78]), a clock time after a date (2026年02月10日 07时41分), any number on a web page's footer line
  (闽ICP备05025399号-4, 小学路158号, 建议分辨率1024X768);
- a contents page's page number after its dot leader, with the next entry's number (总体要求........2 5收集);
- a page number at a line's end before a running header: a line start that three or more lines share (…一定1⏎HJ
  1134—2020程度的去除).
A VAL with no number in it (a dot leader's dot) is dropped too.
"""

from __future__ import annotations

import re
from collections import Counter

from service.lexicon import (CLAUSE_WORDS, DIGITS, MAGNITUDE_CHARS, MAGNITUDES, NUMBER_IDIOMS, NUMBERED_NAME_WORDS, NUMERALS,
                             PAGE_FOOTER_WORDS,
                             PART_WORDS, PLACEHOLDERS,
                             QUALIFIERS_AFTER, UNITS)
from service.normalize.numerals import fold_width
from service.normalize.times import TIME_OF_DAY
from service.schema import MASKED_LABEL, VALUE_LABEL
from service.spans import Span
from service.text import STANDARD_CODE, any_of, clause_around

_NUMBER = r"\d+(?:\.\d+)*"
_DOTTED = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}")
_PART = re.compile(rf"第[ \t]*{_NUMBER}[ \t]*[{''.join(PART_WORDS)}]|(?<![\d.])\d+\.\d+[ \t]*[{''.join(CLAUSE_WORDS)}]")
_NUMBERED_NAME = re.compile(rf"(?<![\d{NUMERALS}])(?:\d+|[{NUMERALS}]+)[ \t]*(?:{'|'.join(NUMBERED_NAME_WORDS)})")
# A threshold that defines a class inside an indicator (annotations/README.md, decision 19): 10亿元以上重大产业项目47个,
# 年产原油500万吨以上的油气田5个, 70个30亿元以上项目: a number with a unit that is no measure word, then 以上/以下 and
# the class's noun, in a clause that counts the class (a number with a measure word). 150家以上华为云生态企业 counts
# its class itself and stays a value.
_AMOUNT = rf"(?<![\d.])\d+(?:\.\d+)?[{MAGNITUDE_CHARS}]*"
_UNIT_ALTERNATIVES = {measure_word: any_of(spelling for unit in UNITS if unit.measure_word == measure_word
                                            for spelling in unit.spellings) for measure_word in (True, False)}
_THRESHOLD = re.compile(rf"{_AMOUNT}(?:{_UNIT_ALTERNATIVES[False]})(?:及?以上|以下)的?(?=[\u4e00-\u9fff])")
_COUNT = re.compile(rf"{_AMOUNT}(?:{_UNIT_ALTERNATIVES[True]})")
_IDIOM = re.compile(any_of(NUMBER_IDIOMS))
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")  # 人均图书拥有量[78]8.39册: the bulletin's note 78
# a clock time after a date: 2026年02月10日 07时41分, 2026-02-03 09:02:33
_CLOCK = re.compile(rf"(?<![\d.])\d{{4}}(?:[-/.]|年)\d{{1,2}}(?:[-/.]|月)\d{{1,2}}日?[ \t]*(?P<clock>{TIME_OF_DAY})")
_MAX_FOOTER_CHARS = 120
_FOOTER_WORD = "|".join(r"[ \t]*".join(map(re.escape, word)) for word in PAGE_FOOTER_WORDS)  # 主 办: as laid out
# a footer line: short, no sentence in it (a paragraph that names its 主办： keeps its values)
_FOOTER_LINE = re.compile(rf"^(?=[^\n]{{0,{_MAX_FOOTER_CHARS}}}$)[^\n。；]*(?:{_FOOTER_WORD})[^\n。；]*$", re.MULTILINE)
_CONTENTS_ENTRY = re.compile(rf"(?:\.{{6,}}|…{{3,}}|·{{6,}})[ \t]*\d+(?:[ \t]+{_NUMBER})?")  # a dot leader, no ……
_MAX_HEADING_CHARS = 30
_HEADING_NUMBER = re.compile(rf"(?:^|(?<=[。；;\n]))[ \t\u3000]*({_NUMBER})(?=[\u4e00-\u9fff])", re.MULTILINE)
# a line's start before its first CJK character, which names the document when it has a letter (HJ 1134—2020)
_LINE_HEAD = re.compile(r"^[^\u4e00-\u9fff\n]{4,20}", re.MULTILINE)
_LETTER = re.compile("[A-Za-z]")
_RUNNING_HEADER_LINES = 3
# What may follow a value at a sentence's start: a date's character, the first character of a unit, a magnitude or a
# qualifier (40多位外国元首), or of a count's word that no unit row spells (16大类限额以上企业, 65岁及以上人口). A
# decimal takes no measure word.
_DATE_CHARS = frozenset("年月日时号周季度天")
_DECIMAL_FOLLOWERS = _DATE_CHARS | frozenset(MAGNITUDES) | {word[0] for word in QUALIFIERS_AFTER} | {
    fold_width(spelling)[0] for unit in UNITS if not unit.measure_word for spelling in unit.spellings}
_INTEGER_FOLLOWERS = _DECIMAL_FOLLOWERS | frozenset("大岁成") | {
    fold_width(spelling)[0] for unit in UNITS if unit.measure_word for spelling in unit.spellings}
_NUMBER_CHARS = frozenset("0123456789" + DIGITS + NUMERALS + PLACEHOLDERS + "半")


def identifier_ranges(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` (canonical) that are identifiers or page numbers."""
    patterns = (STANDARD_CODE, _DOTTED, _PART, _NUMBERED_NAME, _IDIOM, _FOOTNOTE_MARK, _FOOTER_LINE, _CONTENTS_ENTRY)
    ranges = [m.span() for pattern in patterns for m in pattern.finditer(text)]
    ranges += [m.span("clock") for m in _CLOCK.finditer(text)]
    for m in _THRESHOLD.finditer(text):
        start, end = clause_around(text, m.start(), m.end())
        if _COUNT.search(text, start, m.start()) or _COUNT.search(text, m.end(), end):
            ranges.append(m.span())
    for m in _HEADING_NUMBER.finditer(text):
        followers = _DECIMAL_FOLLOWERS if "." in m.group(1) else _INTEGER_FOLLOWERS
        if text[m.end(1)] not in followers:
            ranges.append(m.span(1))
            # its first clause, run in after the heading's words: 4总体要求4.1应根据…
            first = re.compile(rf"[^\d。；;\n]{{1,{_MAX_HEADING_CHARS}}}?(?<![\d.])({re.escape(m.group(1))}\.\d+)(?=[\u4e00-\u9fff])")
            if (run_in := first.match(text, m.end(1))) and text[run_in.end(1)] not in _DECIMAL_FOLLOWERS:
                ranges.append(run_in.span(1))
    heads = Counter(m.group().strip() for m in _LINE_HEAD.finditer(text))
    running = [head for head, count in heads.items() if count >= _RUNNING_HEADER_LINES and _LETTER.search(head)]
    if running:
        alternatives = "|".join(re.escape(head) for head in running)
        ranges += [m.span(1) for m in re.finditer(rf"(\d+)[ \t]*\n[ \t]*(?:{alternatives})", text)]
    return ranges


def drop_identifiers(text: str, spans: list[Span], ranges: list[tuple[int, int]]) -> list[Span]:
    """``spans`` without the VALs inside an identifier (``ranges``: ``identifier_ranges(text)``) or holding no number,
    and without the UNITs inside an identifier or right after a VAL dropped."""
    dropped_ends: set[int] = set()
    kept = []
    for span in spans:  # in text order
        inside = any(a <= span.start and span.end <= b for a, b in ranges)
        if span.label == VALUE_LABEL and (inside or not _NUMBER_CHARS.intersection(text[span.start : span.end])):
            dropped_ends.add(span.end)
        elif span.label == MASKED_LABEL and (
                span.start in dropped_ends or any(a < span.end and span.start < b for a, b in ranges)):
            continue
        else:
            kept.append(span)
    return kept
