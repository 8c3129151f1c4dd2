"""The tagger's spans mended into the guideline's, by rules that read the text around them: where the tagger splits
one value, number or unit (6%-6.5%, 620多万人, 七万 + 四千, μ of μg/m3, 54 of 1954年), misses a form it saw too little of
(numbers in words, redacted digits, 三成), or takes pieces of a span of years. Run on each chunk of tagged text before
the links are scored (``service.tagging``); ``drop_identifiers`` (``service/identifiers.py``) is the other such rule.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from service.lexicon import (CHANGE_CUES, DIGITS, FROM_MARKERS, HALF_WORDS, MAGNITUDE_CHARS, NUMERALS, NOT_TENTHS_AFTER, PLACEHOLDERS,
                             QUALIFIERS_AFTER, RELATIVE_YEARS, TENTHS, UNITS)
from service.normalize.units import read_unit
from service.schema import VALUE_LABEL
from service.spans import Span
from service.text import CLAUSE_ENDS, any_of

_RANGE_DASH = re.compile(r"\s*[-~—至到]\s*")
_BARE_RANGE_DASH = re.compile(r"[-~—至到]")
_MORE_THAN = re.compile("|".join(word for word, approx in QUALIFIERS_AFTER.items() if approx == "over"))
_MAGNITUDE = re.compile(f"[{MAGNITUDE_CHARS}]+")
# redacted digits (xx.x), not part of a Latin word (PMx.x, Excel), looked for up to this far before a chunk's spans
_PLACEHOLDER_REACH = 16
_PLAN_NUMBER = re.compile("十[一二三四五六七八九]?五")  # a five-year plan's number: 十四五, 十一五
_YEAR_RANGE_REACH = 12  # how far around a TIME the span of years it is part of is looked for
_PLACEHOLDER_RUN = re.compile(rf"(?<![A-Za-z0-9.])[{PLACEHOLDERS}]+(?:\.[{PLACEHOLDERS}]+)?(?![A-Za-z])")


_SEPARATORS = CLAUSE_ENDS + "、"


def trim_separators(text: str, spans: list[Span]) -> list[Span]:
    """No span begins or ends with a clause's or a list's separator (ANNOTATION.md: spans never include the
    punctuation around them), where the tagger runs an item on into the 、 after it (进口、出口通关时间; 提高15、22个百分点)."""
    trimmed = []
    for span in spans:
        start, end = span.start, span.end
        while start < end and text[start] in _SEPARATORS:
            start += 1
        while end > start and text[end - 1] in _SEPARATORS:
            end -= 1
        if start < end:
            trimmed.append(span if (start, end) == (span.start, span.end) else Span(span.label, start, end, span.score))
    return trimmed


_SPELLINGS = any_of(spelling for unit in UNITS for spelling in unit.spellings)


def _unit_pattern(first: str) -> re.Pattern:
    """A unit's spelling (one of ``first``), and what it is per (微克每立方米, 吨/年)."""
    return re.compile(f"(?:{first})(?:(?:/|每)(?:{_SPELLINGS}))?")


_ANY_UNIT_SPELLING = _unit_pattern(_SPELLINGS)
# not a duration's (12月 is a time)
_UNIT_SPELLING = _unit_pattern(any_of(spelling for unit in UNITS if unit.dimension != "duration"
                                             for spelling in unit.spellings))
_ALTERNATIVE_UNIT = re.compile(f"[（(](?:{_SPELLINGS})[）)]")
_OPENING, _CLOSING = "（(", "）)"
_SPELLING_REACH = 3  # how far before a UNIT a spelling holding it may start (微克每 before 立方米)


def repair_values(text: str, spans: list[Span]) -> list[Span]:
    """The guideline's spans where the tagger splits a value: a range written with its unit on both
    ends (6%-6.5% → VAL "6%-6.5" + UNIT "%") or after its last number (6～8万亩 → VAL "6～8万"), and a number, 多/余 and a magnitude, which is the
    unit's when a unit follows (620多万人 → VAL "620", UNIT "万人": 多 stays outside the VAL) and else
    the number's (620多万 → VAL "620多万"); a number the tagger cut (31 of 3101.7 in a table's row), whole;
    redacted digits, whole (the tagger may take part of xx.x, or
    leave them out and take the unit for a value masked whole: xx% → VAL "xx" + UNIT "%"); and a UNIT of a
    magnitude alone, with the unit after it (7,500多万户 → UNIT "万户"); a TIME on part of a number or of a year
    word, whole (54 of 1954年, 本 of 本年); a span of years, one TIME (1979年到1984年); and no TIME that is none
    (a piece of a word, a plan's name). ``spans`` in text order."""
    spans = sorted(spans, key=lambda s: s.start)
    if spans:
        reach = _PLACEHOLDER_RUN.finditer(text, max(0, spans[0].start - _PLACEHOLDER_REACH), spans[-1].end)
        if placeholders := {m.start(): m.end() for m in reach}:
            spans = _whole_placeholders(spans, placeholders)
    spans = _whole_numbers(text, spans)
    repaired: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        rest = spans[i + 1 : i + 5]
        if span.label == "VAL" and len(rest) >= 3:
            unit, *after = rest
            dash_end = _RANGE_DASH.match(text, unit.end) if unit.label == "UNIT" and unit.start == span.end else None
            if dash_end and dash_end.end() > unit.end:
                value = next((s for s in after if s.label == "VAL" and s.end > dash_end.end()), None)
                if value and value.start <= dash_end.end():
                    closing = next((s for s in after if s.label == "UNIT" and s.start == value.end), None)
                    if closing and text[closing.start : closing.end] == text[unit.start : unit.end]:
                        repaired += [Span("VAL", span.start, value.end, min(span.score, value.score)), closing]
                        i = spans.index(closing) + 1
                        continue
        if span.label == "VAL" and i + 1 < len(spans):
            following = spans[i + 1]
            dash = _BARE_RANGE_DASH.match(text, span.end)
            if dash and text[span.start - 1 : span.start] not in FROM_MARKERS:
                # a range with its unit after the last number only (6～8万亩, 3—20公里), the dash right between the
                # numbers (5.4 -2.1 is a table's two cells; 从6到8 a change); a span on the dash alone (a TIME on -)
                # goes with it
                on_dash = 0
                while i + 1 + on_dash < len(spans) and spans[i + 1 + on_dash].end <= dash.end():
                    on_dash += 1
                last = spans[i + 1 + on_dash] if i + 1 + on_dash < len(spans) else None
                if last is not None and last.label == "VAL" and last.start == dash.end():
                    i += 1 + on_dash
                    spans[i] = Span("VAL", span.start, last.end, min(span.score, last.score))
                    continue
            more = _MORE_THAN.match(text, span.end)
            if more and following.label == "VAL" and following.start == more.end() \
                    and _MAGNITUDE.fullmatch(text, following.start, following.end):
                unit = spans[i + 2] if i + 2 < len(spans) else None
                if unit is not None and unit.label == "UNIT" and unit.start == following.end:
                    repaired += [span, Span("UNIT", following.start, unit.end, min(following.score, unit.score))]
                    i += 3
                else:
                    repaired.append(Span("VAL", span.start, following.end, min(span.score, following.score)))
                    i += 2
                continue
        repaired.append(span)
        i += 1
    return _without_non_times(text, _year_counts(text, _whole_year_ranges(text, _whole_times(text, _whole_units(text, repaired)))))


# A count of years before what was done in them is the TIME that scopes it (五年累计6294亿元, 五年增长1倍, 十年1.4亿农村人口
# 在城镇落户; ANNOTATION.md: every TIME expression), not a value: the tagger reads it as VAL 五 + UNIT (or TIME) 年. A duration
# is a value (连续三年, 延长一年), and a comparison base dates nothing (比前五年增长1.27倍).
_YEAR_COUNT = re.compile(rf"(?<![第前续{NUMERALS}])[{NUMERALS}]+年(?=\d|{any_of(('累计', '共') + CHANGE_CUES)})")


def _year_counts(text: str, spans: list[Span]) -> list[Span]:
    for m in _YEAR_COUNT.finditer(text, spans[0].start if spans else 0, spans[-1].end if spans else 0):
        inside = [s for s in spans if s.start < m.end() and m.start() < s.end]
        if any(s.label != "TIME" for s in inside) and all(m.start() <= s.start and s.end <= m.end() for s in inside):
            time = Span("TIME", m.start(), m.end(), min(s.score for s in inside))
            spans = sorted([s for s in spans if s not in inside] + [time], key=lambda s: s.start)
    return spans


# a heading's number at a line's start (十一、人民生活和社会保障): a list marker, no TIME
_LIST_MARKER = re.compile(rf"(?<![^\n])[{NUMERALS}]+、")
# “十五五”规划 names the plan, not its period (annotations/README.md, decision 4)
_PLAN_NAME_AFTER = re.compile(r"[”\"]?(?:规划|计划|纲要)")


def _without_non_times(text: str, spans: list[Span]) -> list[Span]:
    """No TIME of one character (the gold has none: a piece of a word the tagger cut, 来 of 未来, 冬 of 冬奥, 到 of
    到1955年底), unless it is half of a year word the repairs above could not make whole (本 of 本年收入, the other half
    in another span: it still tells the year); nor a plan's name (“十五五”规划, decision 4), nor a heading's number
    (十一、人民生活). A bare 年度 stays, decision 21 notwithstanding: 完成年度任务的xx% is the year's, and it is what
    says so."""
    return [s for s in spans if not (s.label == "TIME" and (
        (s.end - s.start == 1 and text[s.start - 1 : s.end] not in _YEAR_WORD_PAIRS
         and text[s.start : s.end + 1] not in _YEAR_WORD_PAIRS)
        or (_PLAN_NUMBER.fullmatch(text, s.start, s.end) and _PLAN_NAME_AFTER.match(text, s.end))
        or ((marker := _LIST_MARKER.match(text, s.start)) and marker.end() == s.end + 1)))]


_DIGIT_RUN = re.compile(r"\d+")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NUMBER_REACH = 24  # how far around a value's edge the number it may be part of is looked for


def _whole_numbers(text: str, spans: list[Span]) -> list[Span]:
    """A VAL that starts or ends inside a number in digits takes all of it, as one VAL with any other VAL on it; where
    the rest of the number is another label's (a TIME's year), the piece is no value. ``spans`` in text order."""
    whole: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if span.label == VALUE_LABEL:
            for m in _NUMBER.finditer(text, max(0, start - _NUMBER_REACH), min(len(text), end + _NUMBER_REACH)):
                if m.start() < start < m.end() or m.start() < end < m.end():
                    start, end = min(start, m.start()), max(end, m.end())
        if (start, end) == (span.start, span.end):
            if not (whole and whole[-1].label == VALUE_LABEL and span.label == VALUE_LABEL and span.end <= whole[-1].end):
                whole.append(span)
            continue
        others = [s for s in spans if s is not span and s.start < end and start < s.end]
        if all(s.label == VALUE_LABEL for s in others):
            while whole and whole[-1].start < end and start < whole[-1].end and whole[-1].label == VALUE_LABEL:
                whole.pop()
            whole.append(Span(VALUE_LABEL, start, end, min([span.score] + [s.score for s in others])))
    return whole


_YEAR_WORD_PAIRS = tuple(word for word in RELATIVE_YEARS if len(word) == 2)  # 本年, 上年, 当年 …


def _is_digit(char: str) -> bool:
    return "0" <= char <= "9"  # not str.isdigit, which ① and ² also satisfy


# 中 after a year that begins the next word, not the year's middle: 五年中央财政, 2007年中国, 2007年中、高等职业教育
_MID_YEAR_WORD = re.compile("年中(?=[央国小等、])")


def _whole_times(text: str, spans: list[Span]) -> list[Span]:
    """A TIME that cuts a number takes all of it, and the 年 after it (54 of 比1954年, 20 of 2018―2022 年: the tagger
    reads a digit at a time); a TIME of one character that is half of a year word takes the word (本 or 年 of 本年);
    a TIME does not take the 中 of 中央 after its year (五年中央财政)."""
    whole: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if span.label == "TIME":
            while start > 0 and _is_digit(text[start - 1]) and _is_digit(text[start]):
                start -= 1
            if _is_digit(text[end - 1]):
                end = _DIGIT_RUN.match(text, end).end() if end < len(text) and _is_digit(text[end]) else end
                end += text.startswith("年", end)
            if end - start == 1:
                word = next((w for w in _YEAR_WORD_PAIRS if text.startswith(w, start) or text.startswith(w, start - 1)), None)
                if word is not None:
                    start = start if text.startswith(word, start) else start - 1
                    end = start + len(word)
            if end - start > 2 and _MID_YEAR_WORD.match(text, end - 2):
                end -= 1
        if (start, end) != (span.start, span.end) and not any(
                s.start < end and start < s.end for s in spans if s is not span):
            span = Span("TIME", start, end, span.score)
        whole.append(span)
    return whole


# a span of years: 2017—2021年, 1979年到1984年, 2003年到 2007年 (the canonical view has made ― and － a -)
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d[ \t]*年?[ \t]*[-~—至到][ \t]*(?:19|20)?\d\d[ \t]*年")


def _whole_year_ranges(text: str, spans: list[Span]) -> list[Span]:
    """A span of years is one TIME (the tagger takes 1979年到 and 1984年, or 2024年 of 2020-2024年)."""
    times = [s for s in spans if s.label == "TIME"]
    if not times:
        return spans
    for time in times:
        for years in _YEAR_RANGE.finditer(text, max(0, time.start - _YEAR_RANGE_REACH), time.end + _YEAR_RANGE_REACH):
            start, end = years.span()
            if not (start < time.end and time.start < end) or any(
                    s.start < end and start < s.end and not (s.label == "TIME" or start <= s.start and s.end <= end)
                    for s in spans):
                continue
            parts = [s for s in spans if s.start < end and start < s.end]
            whole = Span("TIME", min(start, *(s.start for s in parts)), max(end, *(s.end for s in parts)),
                         min(s.score for s in parts))
            spans = sorted([s for s in spans if s not in parts] + [whole], key=lambda s: s.start)
            break
    return spans


def _whole_units(text: str, spans: list[Span]) -> list[Span]:
    """A UNIT of a magnitude alone takes the unit right after it: the UNIT the tagger put there (7,500多万户 tagged
    万 + 户 → 万户), or else the unit's spelling where no span is."""
    whole: list[Span] = []
    for span in spans:  # in text order
        previous = whole[-1] if whole else None
        if previous is not None and previous.label == span.label == "UNIT" and previous.end == span.start \
                and _MAGNITUDE.fullmatch(text, previous.start, previous.end):
            whole[-1] = Span("UNIT", previous.start, span.end, min(previous.score, span.score))
            continue
        whole.append(span)
    for index, span in enumerate(whole):
        if span.label == "UNIT" and _MAGNITUDE.fullmatch(text, span.start, span.end) \
                and (unit := _UNIT_SPELLING.match(text, span.end)) \
                and not any(s.start < unit.end() and span.end < s.end for s in whole if s is not span):
            whole[index] = Span("UNIT", span.start, unit.end(), span.score)
    return [_whole_spelling(text, span, whole) if span.label == "UNIT" else span for span in whole]


def _whole_spelling(text: str, span: Span, spans: list[Span]) -> Span:
    """A UNIT on part of a unit's spelling takes all of it (μ of μg/m3, 伏 of 千伏, 美 of 美元, 立方米 of 微克每立方米),
    where no other span is; without a bracket at its edge (人次（ → 人次); with another unit in brackets after it, as
    a bulletin gives one (册（张）, 套（间）)."""
    start, end = span.start, span.end
    while end > start + 1 and text[end - 1] in _OPENING:
        end -= 1
    while end > start + 1 and text[end - 1] in _CLOSING and not any(char in _OPENING for char in text[start:end]):
        end -= 1
    others = [s for s in spans if s is not span]
    for at in range(max(0, start - _SPELLING_REACH), start + 1):
        unit = _ANY_UNIT_SPELLING.match(text, at)
        if unit and unit.end() >= end and unit.end() - at > end - start \
                and not any(s.start < unit.end() and at < s.end for s in others):
            start, end = at, unit.end()
            break
    if (alternative := _ALTERNATIVE_UNIT.match(text, end)) and not any(s.start < alternative.end() and end < s.end
                                                                         for s in others):
        end = alternative.end()
    return span if (start, end) == (span.start, span.end) else Span("UNIT", start, end, span.score)


# A number written in words with a magnitude inside (七亿七千, 六十五, 二十六亿六千万): the tagger, which saw few
# reports that write numbers so, splits it (七万 + 四千), reads it as a TIME or misses it. Not after 第 (第十一个五年规划).
_WORDS_NUMBER = re.compile(rf"(?<![第{NUMERALS}])[{NUMERALS}]*[{DIGITS}][{NUMERALS}]*")
_WORDS_MORE = re.compile(rf"(?:{'|'.join(word for word in QUALIFIERS_AFTER if len(word) == 1)})?")
_WORDS_UNIT_MAGNITUDE = re.compile(f"[{MAGNITUDE_CHARS}]?")
# a share in tenths or halves, where 成 starts no word (成功, 成为, 一成不变, 成渝)
_SHARE = re.compile(rf"(?<![{NUMERALS}\d])[{DIGITS}\d]{TENTHS}(?:[{DIGITS}](?![{NUMERALS}]))?(?![{NOT_TENTHS_AFTER}])"
                    rf"|{'|'.join(HALF_WORDS)}")
# a fraction, in words or digits (三分之一, 百分之八十五, 1/10); a date's 2024/12/31 is none
_FRACTION = re.compile(rf"(?<![\d.{NUMERALS}])(?:[{NUMERALS}]+|\d+(?:\.\d+)?)分之(?:[{NUMERALS}点]+|\d+(?:\.\d+)?)"
                       rf"|(?<![\d./])\d{{1,3}}/\d{{1,4}}(?![\d./年月日号])")
# a number in thousands (1,011,038,000: the canonical view has made １，０１１ this), which the tagger, having seen few
# such long numbers, may leave untagged before its unit
_GROUPED_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
_WORDED_VALUE_SCORE = 0.5  # a span the rules add: as sure as a coin, which the response's confidence says


def read_worded_values(text: str, spans: list[Span], encoded: list[tuple[int, int]]) -> tuple[list[Span], dict[Span, Span]]:
    """``spans`` (in text order) with each number written in words, at least two characters with a magnitude inside,
    one VAL: in place of the tagger's VALs, UNITs and TIMEs inside it, where it holds a VAL of the tagger's or a unit
    follows it (多/余 and a magnitude between: 七亿七千多万吨 → VAL 七亿七千, UNIT 万吨); a unit that no span takes is
    added. A duration's unit (十二月, 三十年来) is no such unit, and a magnitude that starts a unit (一千瓦) is the unit's.
    So also redacted digits with a unit after them (推进xx个重点行业, 立案查处xxx件), which the tagger, which saw one
    redacted report, often leaves untagged, and so a number in thousands (年终结余1,011,038,000元), a share said in tenths or halves (三成, 3成, 七成五, 一半: the VAL is
    the share, 成 no UNIT), which it never saw, and a fraction the tagger split (三分之一 → VAL 三 + UNIT 分 + VAL 一;
    百分之八十五, 1/10), where it took a VAL inside. Only numbers inside the stretches the tagger ``encoded`` (whose encoder
    states the link heads read) are read. Also the unit each VAL read so must link (the link heads were not trained
    on them)."""
    units_of: dict[Span, Span] = {}
    numbers = sorted((number for a, b in encoded for pattern in (_FRACTION, _WORDS_NUMBER, _PLACEHOLDER_RUN, _GROUPED_NUMBER, _SHARE)
                      for number in pattern.finditer(text, a, b)), key=lambda number: number.start())
    for number in numbers:
        start, end = number.span()
        if number.re is _FRACTION:
            inside = [s for s in spans if start <= s.start and s.end <= end]
            values = [s for s in inside if s.label == VALUE_LABEL]
            if values and not any(s.start < end and start < s.end for s in spans if s not in inside):
                value = Span(VALUE_LABEL, start, end, max(s.score for s in values))
                spans = sorted([s for s in spans if s not in inside] + [value], key=lambda s: s.start)
            continue
        if number.re is _SHARE:
            inside = [s for s in spans if start <= s.start and s.end <= end]
            if not any(s.start < end and start < s.end for s in spans if s not in inside):
                value = Span(VALUE_LABEL, start, end, max((s.score for s in inside), default=_WORDED_VALUE_SCORE))
                spans = sorted([s for s in spans if s not in inside] + [value], key=lambda s: s.start)
            continue
        redacted = number.re in (_PLACEHOLDER_RUN, _GROUPED_NUMBER)  # digits the tagger may leave: only with a unit
        if not redacted and end - start > 1 and text[end - 1] in MAGNITUDE_CHARS \
                and (within := _UNIT_SPELLING.match(text, end - 1)) and within.end() > end:
            end -= 1  # 一千瓦: 千瓦 is the unit
        if not redacted and (end - start < 2 or not any(char in MAGNITUDE_CHARS for char in text[start:end])):
            continue
        inside = [s for s in spans if start <= s.start and s.end <= end]
        if any(s.start < end and start < s.end for s in spans if s not in inside):
            continue  # a span of the tagger's runs across its edge: the tagger's reading stands
        unit_start = _WORDS_MORE.match(text, end).end()  # 多 stays outside both
        unit = _UNIT_SPELLING.match(text, _WORDS_UNIT_MAGNITUDE.match(text, unit_start).end())
        if redacted and unit is not None and text[start:end].isupper() and read_unit(unit.group()).dimension == "count":
            continue  # XX项目, XX人民政府, XX部门: a name's placeholder before a word that starts with a measure word
        values = [s for s in inside if s.label == VALUE_LABEL]
        if unit is None and (redacted or not values):
            continue
        value = Span(VALUE_LABEL, start, end, max((s.score for s in values), default=_WORDED_VALUE_SCORE))
        spans = sorted([s for s in spans if s not in inside] + [value], key=lambda s: s.start)
        if unit is not None:
            taken = next((s for s in spans if s.start < unit.end() and unit_start < s.end and s is not value), None)
            if taken is None:
                taken = Span("UNIT", unit_start, unit.end(), _WORDED_VALUE_SCORE)
                spans = sorted(spans + [taken], key=lambda s: s.start)
            if taken.label == "UNIT" and (taken.start, taken.end) == (unit_start, unit.end()):
                units_of[value] = taken
    return spans, units_of


def _whole_placeholders(spans: list[Span], runs: dict[int, int]) -> list[Span]:
    """A VAL on part of a run of redacted digits covers the run; a run right before a UNIT, that no span
    holds, becomes a VAL. A span that a widened VAL then overlaps keeps only what lies after it (a UNIT
    tagged on ``.x%``), or goes. ``spans`` and the result in text order; ``runs``: start -> end of every run."""
    ends = {end: start for start, end in runs.items()}
    starts = sorted(runs)
    whole: list[Span] = []
    for span in spans:
        index = bisect_right(starts, span.start) - 1
        if span.label == "VAL" and index >= 0 and runs[starts[index]] > span.start:  # it starts inside a run
            span = Span("VAL", starts[index], max(span.end, runs[starts[index]]), span.score)
        run_start = ends.get(span.start)
        if span.label == "UNIT" and run_start is not None and (not whole or whole[-1].end <= run_start):
            whole.append(Span("VAL", run_start, span.start, span.score))
        if whole and span.start < whole[-1].end:
            if span.end <= whole[-1].end:
                continue
            span = Span(span.label, whole[-1].end, span.end, span.score)
        whole.append(span)
    return whole
