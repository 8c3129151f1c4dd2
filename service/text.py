"""Text preparation that never moves offsets: noise is blanked out in place
(same length), and sentences and model windows are (start, end) ranges into
the text exactly as posted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from service.lexicon import COMPARISON_AFTER, COMPARISON_BEFORE, COMPARISON_WITH, FROM_MARKERS, STANDARD_CODE_PREFIXES, TO_VERBS

if TYPE_CHECKING:
    from service.spans import Span

# A standard's code: its prefix, /T or /Z, the number with its parts and the year after a dash (GB 18597, GB/T 16157,
# HJ 348—2007, DB11/ 1234-2015): no value (service.identifiers), and in a text's head, a standard (service.normalize)
_CODE_NUMBER = r"\d+(?:\.\d+)*"
STANDARD_CODE = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(sorted(STANDARD_CODE_PREFIXES, key=len, reverse=True))})\d*(?:/[TZ])?/?"
                           rf"[ \t]*{_CODE_NUMBER}(?:[ \t]*[—–－-][ \t]*\d{{2,4}})?")
# 。！？； and line breaks end a sentence (ANNOTATION.md: has_time stays inside one).
SENTENCE_END = frozenset("。！？；!?;\n")
_HTML = re.compile(r"<[^<>\n]{0,500}>|&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,5});")
# Whole lines of web page chrome: buttons, font-size switches, share widgets.
_CHROME_LINE = re.compile(
    r"^[ \t\u3000]*(?:下载|打印|全屏|收藏|关闭|返回顶部|加大|还原|减小|大|中|小|】|【字号[：:]?|【字体[：:]?"
    r"|分享[：:]?.{0,20}|扫一扫.{0,30}|导航.{0,30}|当前位置[：:].{0,60}|【打印】|【关闭】)[ \t\u3000]*\r?$",
    re.MULTILINE,
)


def blank_noise(text: str) -> str:
    """Replace markup, entities and page chrome by spaces: the result has the text's length."""

    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    return _CHROME_LINE.sub(blank, _HTML.sub(blank, text))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence ranges without leading/trailing whitespace; the end mark stays in its sentence."""
    ranges, start = [], 0
    for i, char in enumerate(text):
        if char in SENTENCE_END:
            ranges.append((start, i if char == "\n" else i + 1))
            start = i + 1
    ranges.append((start, len(text)))
    trimmed = []
    for s, e in ranges:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def sentence_containing(sentence_ranges: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence (from ``sentences``) holding the span [start, end); the span itself if none does."""
    index = bisect_right(sentence_ranges, start, key=lambda r: r[0]) - 1
    if index >= 0 and sentence_ranges[index][0] <= start < sentence_ranges[index][1]:
        return sentence_ranges[index]
    return start, end


CLAUSE_ENDS = "，,。；;：:\n"  # what ends a clause: a comparison base's 相比, a goal verb's reach


def any_of(words) -> str:
    """A regex alternation of ``words``, the longest first: 万吨 is tried before 万."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between ``CLAUSE_ENDS``) holding ``text[start:end]``."""
    clause_start = max(text.rfind(mark, 0, start) for mark in CLAUSE_ENDS) + 1
    clause_end = min((at for at in (text.find(mark, end) for mark in CLAUSE_ENDS) if at >= 0), default=len(text))
    return clause_start, clause_end
_COMPARED_AFTER_CHARS = 12  # how far after a year its 相比 is looked for


def is_comparison_base(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a time) is a comparison base: 比2000年, 与2000年相比, 比上年末 (``COMPARISON_*``)."""
    before = text[max(0, start - 1) : start]
    if before in ("上", "去") and text[max(0, start - 2) : start - 1] in COMPARISON_BEFORE:
        return True  # 比上[年末], a TIME the tagger cut from its base
    after = text[end : end + _COMPARED_AFTER_CHARS]
    after = after[: min((after.find(mark) for mark in CLAUSE_ENDS if mark in after), default=len(after))]
    return before in COMPARISON_BEFORE or (before in COMPARISON_WITH and any(word in after for word in COMPARISON_AFTER))


def nearest_time(anchor: Span, times: list[Span], sentence: tuple[int, int], text: str | None = None) -> Span | None:
    """The last TIME before the anchor in its sentence: the served time link (``tagging.Tagger``)
    and the baseline's. ``times``: the TIME spans, in text order (they never overlap, so the one
    ending last before the anchor is found by bisection). Given the ``text``, the year a change starts
    from does not date where it went (由1954年的97个增加到106个: 106 is not 1954's, decision 44): the TIME
    before it does, if any."""
    before = bisect_right(times, anchor.start, key=lambda s: s.end)
    for time in reversed(times[:before]):
        if time.start < sentence[0]:
            return None
        if text is None or not _starts_a_change(text, time, anchor):
            return time
    return None


def _starts_a_change(text: str, time: Span, anchor: Span) -> bool:
    """由/从 the time, then a verb that takes the value to another before the anchor (由1954年的97个增加到106个)."""
    return text[max(0, time.start - 1) : time.start] in FROM_MARKERS \
        and any(verb in text[time.end : anchor.start] for verb in TO_VERBS)


@dataclass(frozen=True)
class Window:
    """A stretch of text the encoder sees at once. Characters in [own_start, own_end)
    take their predictions from this window: where windows overlap, each character
    belongs to the one it sits deepest inside, so nothing is lost or doubled."""

    start: int
    end: int
    own_start: int
    own_end: int


def windows(sentence_ranges: list[tuple[int, int]], max_chars: int, pack_chars: int | None = None) -> list[Window]:
    """Pack whole sentences into windows of at most ``pack_chars`` (default ``max_chars``); a sentence
    longer than that has a window of its own, cut into overlapping pieces if it is longer than ``max_chars``."""
    pack_chars = pack_chars or max_chars
    result: list[Window] = []
    packed: tuple[int, int] | None = None
    for s, e in sentence_ranges:
        if e - s > max_chars:
            if packed:
                result.append(Window(*packed, *packed))
                packed = None
            result.extend(_overlapping(s, e, max_chars))
        elif packed and e - packed[0] <= pack_chars:
            packed = (packed[0], e)
        else:
            if packed:
                result.append(Window(*packed, *packed))
            packed = (s, e)
    if packed:
        result.append(Window(*packed, *packed))
    return result


def _overlapping(start: int, end: int, size: int) -> list[Window]:
    stride = size * 3 // 4
    starts = list(range(start, end - size, stride)) + [end - size]
    pieces = []
    for i, s in enumerate(starts):
        own_start = start if i == 0 else (s + starts[i - 1] + size) // 2
        own_end = end if i == len(starts) - 1 else (starts[i + 1] + s + size) // 2
        pieces.append(Window(s, s + size, own_start, own_end))
    return pieces


def without_words(text: str, words: tuple[str, ...]) -> str:
    """``text`` with every one of ``words`` taken out: what is left of a clause once the words that only hold
    a cue are gone (人均预期寿命 holds no goal verb, 居民 no level)."""
    for word in words:
        text = text.replace(word, "")
    return text
