"""The rule baseline the model is measured against, and the nearest-span linker of the ablation:
evaluation tools, not model inputs (those are ``service.features``).

The baseline is the span rules of ``service.features`` with today's words: its units, numerals and
relative times come from ``service.lexicon``, so it searches for every unit the lexicon marks as
searched. Links go to the nearest candidate, as a person skimming would guess; kind and target come
from cue words in the anchor's clause and sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from service.document import Doc
from service.features import RULES_V1, clause_start, rule_spans
from service.lexicon import (CHANGE_CUES, DECIMAL_DIGITS, DECIMAL_POINT, DIGITS, MAGNITUDES, NOT_TARGET_WORDS,
                             PLACEHOLDERS, SEARCHED_RELATIVE_TIMES, TARGET_CUES, searched_unit_spellings)
from service.schema import INDICATOR_LABEL, VALUE_LABEL, is_anchor
from service.spans import Anchor, Span, Tagging
from service.text import any_of, nearest_time, sentence_containing, without_words


# 十, 百, 千 join the digits of a Chinese numeral; 万 and 亿 only end it (the magnitude after the number)
_INNER_MAGNITUDES = "".join(char for char, factor in MAGNITUDES.items() if factor < 10**4)
BASELINE_RULES = replace(
    RULES_V1,
    units=tuple(searched_unit_spellings()),
    number=rf"(?:\d+(?:[.,]\d+)*|[{DIGITS}{_INNER_MAGNITUDES}]+(?:{DECIMAL_POINT}[{DECIMAL_DIGITS}]+)?"
           rf"|[{PLACEHOLDERS}]+(?:\.[{PLACEHOLDERS}]+)?)(?:万亿|亿|万|千)?",
    relative_times=any_of(SEARCHED_RELATIVE_TIMES),
)
_CHANGE = re.compile(any_of(CHANGE_CUES))
_TARGET = re.compile(any_of(TARGET_CUES))
_RANK = re.compile(r"第$")


def nearest_links(spans: list[Span], sents: list[tuple[int, int]], text: str) -> list[Anchor]:
    """Link each anchor to the nearest IND (preferring one before it), the UNIT right after it, and the
    nearest TIME before it in its sentence; kind and target from cue words in its clause."""
    anchors = []
    units = {s.start: s for s in spans if s.label == "UNIT"}
    times = sorted((s for s in spans if s.label == "TIME"), key=lambda s: s.start)
    unit_of = {s: units[s.end] for s in spans if s.label == VALUE_LABEL and s.end in units}  # the UNIT right after it
    claimed = set(unit_of.values())
    for span in sorted(spans, key=lambda s: s.start):
        if not is_anchor(span.label, span in claimed):
            continue
        unit = unit_of.get(span)
        s0, s1 = sentence_containing(sents, span.start, span.end)
        inds = [s for s in spans if s.label == INDICATOR_LABEL and s0 <= s.start < s1]
        before = [s for s in inds if s.end <= span.start]
        indicator = max(before, key=lambda s: s.end) if before else min(inds, key=lambda s: abs(s.start - span.end), default=None)
        time = nearest_time(span, times, (s0, s1))
        lead = text[clause_start(text, s0, span.start, BASELINE_RULES) : span.start]
        kind = "rank" if _RANK.search(lead) else "change" if _CHANGE.search(lead) else "level"
        target = bool(_TARGET.search(without_words(text[s0:s1], NOT_TARGET_WORDS)))
        anchors.append(Anchor(span, indicator, unit, time, kind, target, 1.0))
    return anchors


def rule_tagging(doc: Doc) -> Tagging:
    """The rule baseline over a document's canonical view (offsets into ``doc.canonical``)."""
    spans = rule_spans(doc.canonical, doc.sentences, BASELINE_RULES)
    return Tagging(spans=spans, anchors=nearest_links(spans, doc.sentences, doc.canonical), sentences=doc.sentences)
