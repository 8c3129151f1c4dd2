"""Rules: the baseline the model is measured against, the nearest-span linker of the
ablation, and the per-character features (the rules' tag, the character class) the model
reads beside each character.

Rules: a VAL is a number (Arabic, Chinese numerals with a magnitude, x
placeholders); its UNIT is a known unit or measure word right after it; TIME
comes from date patterns and a list of relative expressions; the IND is the
clause text right before the value, without scope words and copulas. Links go
to the nearest candidate, as a person skimming would guess.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from service.document import Doc
from service.spans import TAG_ID, Anchor, Span, Tagging
from service.text import sentence_containing

_UNITS = sorted(
    "% ％ ‰ 个百分点 百分点 微克/立方米 微克／立方米 毫克/升 毫克／升 mg/L μg/m³ 吨/日 吨/年 吨/天 t/a t／a 万吨 吨 千克 公斤 "
    "千瓦时 千瓦 兆瓦 吉瓦时 千伏 度 元 美元 公里 千米 米 平方公里 平方米 公顷 亩 立方米 倍 个 家 宗 件 辆 台 项 条 人次 人 "
    "场次 场 篇次 篇 户 套 位 座 处 所 次 批 类 天 年 名 株 棵 艘 张 份 起 轮 支 只 头 标准箱".split(),
    key=len, reverse=True,
)
_NUMBER = r"(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?|[xX]+(?:\.[xX]+)?)(?:万亿|亿|万|千)?"
_VALUE = re.compile(rf"{_NUMBER}(?:\s*[~～\-—至到]\s*{_NUMBER})?")
_UNIT = re.compile("|".join(re.escape(u) for u in _UNITS))
_TIME = re.compile(
    r"(?:截至|截止|至)?(?:\d{4}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}|\d{4}年(?:\d{1,2}(?:[-—~]\d{1,2})?月(?:份)?(?:\d{1,2}日)?)?(?:底|末|以来|上半年|下半年|全年)?"
    r"|\d{1,2}(?:[-—~]\d{1,2})?月(?:份)?(?:\d{1,2}日)?(?:以来)?|今年以来|今年|去年|明年|全年|上半年|下半年|前三季度|第[一二三四]季度|目前|当前|近年来|“十[三四五]五”(?:时期|期间|以来)?)"
)
_NAME_DIGITS = re.compile(r"PM2\.5|PM10|O3|NO2|SO2|CO2|G\d+|5G|[国]?[ⅠⅡⅢⅣⅤ]+类?|十[三四五]五")
_CLAUSE_BREAK = "，,。；;：:、（）()\n"
_DROP_PREFIX = ("全市", "我市", "全省", "我省", "全区", "其中", "累计", "共")
_DROP_SUFFIX = ("为", "达到", "达", "是", "保持", "约", "近", "超过", "超", "逾", "分别", "同比", "增长", "下降", "提高", "降低", "改善", "减少", "增加")
_CHANGE = re.compile(r"同比|比上年|较上年|较去年|增长|下降|提高|降低|改善|减少|增加|上升|高于|低于")
_TARGET = re.compile(r"目标|力争|确保|预计|计划|要求|预期")
_RANK = re.compile(r"第$")


def _indicator_before(text: str, clause_start: int, value_start: int) -> Span | None:
    start, end = clause_start, value_start
    while True:
        before = (start, end)
        for prefix in _DROP_PREFIX:
            if text.startswith(prefix, start) and start + len(prefix) < end:
                start += len(prefix)
        for suffix in _DROP_SUFFIX:
            if text[start:end].endswith(suffix) and end - len(suffix) > start:
                end -= len(suffix)
        if (start, end) == before:
            break
    if text[end - 1 : end] == "第":
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return Span("IND", start, end, 1.0) if end - start >= 2 else None


def nearest_time(anchor: Span, times: list[Span], sentence: tuple[int, int]) -> Span | None:
    """The last TIME before the anchor in its sentence. ``times``: the TIME spans, in text order
    (they never overlap, so the one ending last before the anchor is found by bisection)."""
    before = bisect_right(times, anchor.start, key=lambda s: s.end)
    return times[before - 1] if before and times[before - 1].start >= sentence[0] else None


def nearest_links(spans: list[Span], sents: list[tuple[int, int]], text: str) -> list[Anchor]:
    """Link each anchor to the nearest IND (preferring one before it), the UNIT right after it, and the
    nearest TIME before it in its sentence; kind and target from cue words in its clause."""
    anchors = []
    units = {s.start: s for s in spans if s.label == "UNIT"}
    times = sorted((s for s in spans if s.label == "TIME"), key=lambda s: s.start)
    claimed = set()
    for span in sorted(spans, key=lambda s: s.start):
        if span.label not in ("VAL", "UNIT") or span in claimed:
            continue
        unit = units.get(span.end) if span.label == "VAL" else None
        if unit:
            claimed.add(unit)
        if span.label == "UNIT" and any(s.label == "VAL" and s.end == span.start for s in spans):
            continue
        s0, s1 = sentence_containing(sents, span.start, span.end)
        inds = [s for s in spans if s.label == "IND" and s0 <= s.start < s1]
        before = [s for s in inds if s.end <= span.start]
        indicator = max(before, key=lambda s: s.end) if before else min(inds, key=lambda s: abs(s.start - span.end), default=None)
        time = nearest_time(span, times, (s0, s1))
        clause_start = max([s0] + [i + 1 for i in range(s0, span.start) if text[i] in _CLAUSE_BREAK])
        lead = text[clause_start : span.start]
        kind = "rank" if _RANK.search(lead) else "change" if _CHANGE.search(lead) else "level"
        target = bool(_TARGET.search(text[s0:s1]))
        anchors.append(Anchor(span, indicator, unit, time, kind, target, 1.0))
    return anchors


def rule_spans(text: str, sents: list[tuple[int, int]]) -> list[Span]:
    """Spans the rules find in a (noise-blanked) text."""
    spans: list[Span] = []
    taken = [False] * len(text)

    def add(label: str, start: int, end: int) -> None:
        if end > start and not any(taken[start:end]):
            spans.append(Span(label, start, end, 1.0))
            taken[start:end] = [True] * (end - start)

    for match in _NAME_DIGITS.finditer(text):
        taken[match.start() : match.end()] = [True] * (match.end() - match.start())
    for match in _TIME.finditer(text):
        add("TIME", match.start(), match.end())
    for s0, s1 in sents:
        for match in _VALUE.finditer(text, s0, s1):
            start, end = match.span()
            if any(taken[start:end]) or not any(c.isdigit() or c in "xX" for c in match.group()) and not _UNIT.match(text, end):
                continue  # a Chinese numeral counts only with a unit after it (一是, 进一步 are not values)
            unit = _UNIT.match(text, end)
            add("VAL", start, end)
            if unit:
                add("UNIT", unit.start(), unit.end())
            clause_start = max([s0] + [i + 1 for i in range(s0, start) if text[i] in _CLAUSE_BREAK])
            indicator = _indicator_before(text, clause_start, start)
            if indicator:
                add("IND", indicator.start, indicator.end)
    return sorted(spans, key=lambda s: s.start)


def rule_tagging(doc: Doc) -> Tagging:
    """The rule baseline over a document's canonical view (offsets into ``doc.canonical``)."""
    spans = rule_spans(doc.canonical, doc.sentences)
    return Tagging(spans=spans, anchors=nearest_links(spans, doc.sentences, doc.canonical), sentences=doc.sentences)


# Character classes the model sees beside each character: the rules' tag and the kind of character
# (digits, Chinese numerals and x placeholders are what VAL boundaries hinge on).
_CHINESE_NUMERALS = set("零〇一二两三四五六七八九十百千万亿")
N_CHAR_CLASSES = 10


def char_class(char: str) -> int:
    if char.isspace():
        return 1
    if "0" <= char <= "9":
        return 2
    if "０" <= char <= "９":
        return 3
    if char in _CHINESE_NUMERALS:
        return 4
    if char in "xX":
        return 5
    if char.isascii() and char.isalpha():
        return 6
    if char in "%％‰":
        return 7
    if "\u4e00" <= char <= "\u9fff":
        return 8
    return 9


def char_features(text: str, sents: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Per character of a canonical text: the rules' IOB2 tag id and the character class."""
    tags = [0] * len(text)
    for span in rule_spans(text, sents):
        tags[span.start] = TAG_ID[f"B-{span.label}"]
        for i in range(span.start + 1, span.end):
            tags[i] = TAG_ID[f"I-{span.label}"]
    return tags, [char_class(c) for c in text]
