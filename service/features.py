"""What the model reads beside each character: the tag the rules give it and the class of the character.

A trained model has learned these inputs as they were when it was trained, so they are versioned
with it: ``FEATURES_VERSION`` and ``features_fingerprint()``, a hash of every table and pattern
below, which a model records when it is saved and checks when it is loaded. The rule grammar here
(``RULES_V1``) is therefore a frozen copy of the rule baseline's words and patterns as the shipped
model was trained on them, not read from ``service.lexicon``: a unit added there for the normalizer
or the baseline changes no trained model's inputs. Changing anything here is a new version and a
retrained model.

The rules: a VAL is a number (Arabic, Chinese numerals with a magnitude, x placeholders); its UNIT
is a known unit or measure word right after it; TIME comes from date patterns and a list of
relative expressions; the IND is the clause text right before the value, without scope words and
copulas. Names with digits in them (PM2.5, G318, 十四五) hold no value.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import asdict, dataclass
from enum import IntEnum

from service.schema import INDICATOR_LABEL, TAG_ID, TAGS
from service.spans import Span

FEATURES_VERSION = 1


class CharClass(IntEnum):
    """The kind of a character: digits, Chinese numerals and x placeholders are what VAL
    boundaries hinge on."""

    BOUNDARY = 0  # <s>, </s> and padding: no character
    SPACE = 1
    DIGIT = 2
    FULL_WIDTH_DIGIT = 3
    CHINESE_NUMERAL = 4
    PLACEHOLDER = 5  # x, X: a redacted digit
    LATIN_LETTER = 6
    PERCENT_SIGN = 7
    HAN = 8
    OTHER = 9


N_CHAR_CLASSES = len(CharClass)

# Tested in this order; the first class whose characters hold a character is its class, else OTHER.
_CLASS_TABLE: tuple[tuple[CharClass, str], ...] = (
    (CharClass.SPACE, r"\s"),
    (CharClass.DIGIT, "[0-9]"),
    (CharClass.FULL_WIDTH_DIGIT, "[０-９]"),
    (CharClass.CHINESE_NUMERAL, "[零〇一二两三四五六七八九十百千万亿]"),
    (CharClass.PLACEHOLDER, "[xX]"),
    (CharClass.LATIN_LETTER, "[A-Za-z]"),
    (CharClass.PERCENT_SIGN, "[%％‰]"),
    (CharClass.HAN, "[\u4e00-\u9fff]"),
)
_CLASSIFY = re.compile("|".join(f"(?P<{char_class.name}>{chars})" for char_class, chars in _CLASS_TABLE))


@functools.lru_cache(maxsize=1 << 16)  # per character of every text: a document uses a few thousand
def char_class(char: str) -> CharClass:
    match = _CLASSIFY.match(char)
    return CharClass[match.lastgroup] if match else CharClass.OTHER


@dataclass(frozen=True)
class RuleGrammar:
    """The words and patterns of the span rules: regular expressions, but for the tuples of words."""

    units: tuple[str, ...]  # searched right after a number, as written
    number: str  # one number; a value is a number or a range of two
    range_marks: str  # between the two numbers of a range (a character class)
    as_of: str  # before a time: 截至2024年底
    dates: str  # dates and periods written with digits
    relative_times: str  # times named by words: 今年, 上半年
    plans: str  # five-year plans: “十四五”时期
    names: str  # names with digits in them, which hold no value
    clause_breaks: str  # characters that end a clause
    scope_prefixes: tuple[str, ...]  # dropped from the start of an IND
    lead_suffixes: tuple[str, ...]  # dropped from the end of an IND: copulas, qualifiers, change verbs


# The rule grammar the shipped model was trained with: frozen (see the module docstring).
RULES_V1 = RuleGrammar(
    units=tuple(sorted(
        "% ％ ‰ 个百分点 百分点 微克/立方米 微克／立方米 毫克/升 毫克／升 mg/L μg/m³ 吨/日 吨/年 吨/天 t/a t／a 万吨 吨 千克 公斤 "
        "千瓦时 千瓦 兆瓦 吉瓦时 千伏 度 元 美元 公里 千米 米 平方公里 平方米 公顷 亩 立方米 倍 个 家 宗 件 辆 台 项 条 人次 人 "
        "场次 场 篇次 篇 户 套 位 座 处 所 次 批 类 天 年 名 株 棵 艘 张 份 起 轮 支 只 头 标准箱".split(),
        key=len, reverse=True,
    )),
    number=r"(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?|[xX]+(?:\.[xX]+)?)(?:万亿|亿|万|千)?",
    range_marks=r"~～\-—至到",
    as_of="截至|截止|至",
    dates=r"\d{4}\s*[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}|\d{4}年(?:\d{1,2}(?:[-—~]\d{1,2})?月(?:份)?(?:\d{1,2}日)?)?(?:底|末|以来|上半年|下半年|全年)?"
          r"|\d{1,2}(?:[-—~]\d{1,2})?月(?:份)?(?:\d{1,2}日)?(?:以来)?",
    relative_times="今年以来|今年|去年|明年|全年|上半年|下半年|前三季度|第[一二三四]季度|目前|当前|近年来",
    plans="“十[三四五]五”(?:时期|期间|以来)?",
    names=r"PM2\.5|PM10|O3|NO2|SO2|CO2|G\d+|5G|[国]?[ⅠⅡⅢⅣⅤ]+类?|十[三四五]五",
    clause_breaks="，,。；;：:、（）()\n",
    scope_prefixes=("全市", "我市", "全省", "我省", "全区", "其中", "累计", "共"),
    lead_suffixes=("为", "达到", "达", "是", "保持", "约", "近", "超过", "超", "逾", "分别", "同比", "增长", "下降", "提高",
                   "降低", "改善", "减少", "增加"),
)


@dataclass(frozen=True)
class _Compiled:
    value: re.Pattern
    unit: re.Pattern
    time: re.Pattern
    names: re.Pattern


@functools.cache
def _compiled(grammar: RuleGrammar) -> _Compiled:
    number, marks = grammar.number, grammar.range_marks
    return _Compiled(
        value=re.compile(rf"{number}(?:\s*[{marks}]\s*{number})?"),
        unit=re.compile("|".join(re.escape(unit) for unit in sorted(grammar.units, key=len, reverse=True))),
        time=re.compile(f"(?:{grammar.as_of})?(?:{grammar.dates}|{grammar.relative_times}|{grammar.plans})"),
        names=re.compile(grammar.names),
    )


def clause_start(text: str, sentence_start: int, at: int, grammar: RuleGrammar) -> int:
    """Where the clause holding ``at`` starts: after the last clause break before it in its sentence."""
    return max([sentence_start] + [i + 1 for i in range(sentence_start, at) if text[i] in grammar.clause_breaks])


def _indicator_before(text: str, start: int, end: int, grammar: RuleGrammar) -> Span | None:
    """The IND of a value at ``end`` whose clause starts at ``start``: the clause text before it,
    without scope words at its start and copulas, qualifiers and change verbs at its end."""
    while True:
        before = (start, end)
        for prefix in grammar.scope_prefixes:
            if text.startswith(prefix, start) and start + len(prefix) < end:
                start += len(prefix)
        for suffix in grammar.lead_suffixes:
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
    return Span(INDICATOR_LABEL, start, end, 1.0) if end - start >= 2 else None


def rule_spans(text: str, sents: list[tuple[int, int]], grammar: RuleGrammar) -> list[Span]:
    """The spans ``grammar``'s rules find in a canonical text, in text order."""
    patterns = _compiled(grammar)
    spans: list[Span] = []
    taken = [False] * len(text)

    def add(label: str, start: int, end: int) -> None:
        if end > start and not any(taken[start:end]):
            spans.append(Span(label, start, end, 1.0))
            taken[start:end] = [True] * (end - start)

    for match in patterns.names.finditer(text):
        taken[match.start() : match.end()] = [True] * (match.end() - match.start())
    for match in patterns.time.finditer(text):
        add("TIME", match.start(), match.end())
    for s0, s1 in sents:
        for match in patterns.value.finditer(text, s0, s1):
            start, end = match.span()
            unit = patterns.unit.match(text, end)
            if any(taken[start:end]) or not any(c.isdigit() or c in "xX" for c in match.group()) and not unit:
                continue  # a Chinese numeral counts only with a unit after it (一是, 进一步 are not values)
            add("VAL", start, end)
            if unit:
                add("UNIT", unit.start(), unit.end())
            indicator = _indicator_before(text, clause_start(text, s0, start, grammar), start, grammar)
            if indicator:
                add(INDICATOR_LABEL, indicator.start, indicator.end)
    return sorted(spans, key=lambda s: s.start)


def char_features(text: str, sents: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Per character of a canonical text: the IOB2 tag id of the v1 rules' span over it, and its class."""
    tags = [TAG_ID["O"]] * len(text)
    for span in rule_spans(text, sents, RULES_V1):
        tags[span.start] = TAG_ID[f"B-{span.label}"]
        for i in range(span.start + 1, span.end):
            tags[i] = TAG_ID[f"I-{span.label}"]
    return tags, [char_class(c) for c in text]


def features_fingerprint() -> str:
    """A short sha256 of everything that defines the features: the version, the rule grammar, the
    character class table and the tag ids. A model records it when saved; loading checks it."""
    definition = {
        "version": FEATURES_VERSION,
        "rules": asdict(RULES_V1),
        "classes": [[char_class.name, int(char_class)] for char_class in CharClass],
        "class_table": [[char_class.name, chars] for char_class, chars in _CLASS_TABLE],
        "tags": list(TAGS),
    }
    return hashlib.sha256(json.dumps(definition, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]
