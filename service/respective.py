"""Links read from 分别 (ANNOTATION.md, decisions 13 and 75): a list of indicators and a list of values that it pairs
in order. The tagger links each value on its own and often to a neighbouring item of the list (a national report's
黄麻…, 甜菜…; 城镇 and 农村 incomes); the order is in the text, so where the two lists pair up, it decides."""

from __future__ import annotations

import re
from dataclasses import replace

from service.lexicon import LIST_JOINERS, RESPECTIVELY
from service.schema import INDICATOR_LABEL
from service.spans import Anchor, Span
from service.text import clause_around, sentence_containing

_RESPECTIVELY = re.compile(RESPECTIVELY)
_JOINERS = [re.compile(re.escape(LIST_JOINERS[0])), re.compile("|".join(map(re.escape, LIST_JOINERS)))]


def pair_respective_lists(text: str, sents: list[tuple[int, int]], spans: list[Span],
                          anchors: list[Anchor]) -> tuple[list[Span], list[Anchor]]:
    """The spans and anchors with each 分别 list paired, whichever indicators the model linked:
    - the indicators named before 分别 in its clause, when at least two and as many as the anchors after it in its
      clause (城镇和农村居民人均可支配收入分别增长5.1%和6.3%). Where they are fewer, an indicator holding several items
      (二氧化硫和氮氧化物排放量) is split into its items when that makes as many, at 、 first, then at any joiner;
    - where its clause names none before it, the indicators of as many anchors right before that clause in its
      sentence, when they are distinct (城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，分别实际增长7.7%和6.8%);
    - and the clauses right after its clause that name no indicator and hold as many values.
    Lists that do not pair up (分别从50%、75%提高至100%: three values, two indicators) keep the model's links."""
    at = {id(a): a for a in anchors}
    in_order = sorted(anchors, key=lambda a: a.span.start)
    indicators = sorted((s for s in spans if s.label == INDICATOR_LABEL), key=lambda s: s.start)
    split: dict[Span, list[Span]] = {}
    for word in _RESPECTIVELY.finditer(text):
        start, end = clause_around(text, word.start(), word.end())
        sentence_start, sentence_end = sentence_containing(sents, word.start(), word.end())
        paired = [a for a in in_order if word.end() <= a.span.start < end]
        listed = [s for s in indicators if start <= s.start and s.end <= word.start()]
        if listed and len(listed) < len(paired):
            for joiners in _JOINERS:
                items = {s: _items(text, s, joiners) for s in listed}
                if sum(map(len, items.values())) == len(paired):
                    split.update((s, pieces) for s, pieces in items.items() if len(pieces) > 1)
                    listed = [piece for s in listed for piece in items[s]]
                    break
        if not listed:
            before = [a for a in in_order if sentence_start <= a.span.start < start]
            listed = [a.indicator for a in before[-len(paired):]] if len(before) >= len(paired) else []
            if None in listed or len(set(listed)) < len(listed):
                continue
        if len(listed) < 2 or len(listed) != len(paired):
            continue
        for anchor, indicator in zip(paired, listed):
            at[id(anchor)] = replace(anchor, indicator=indicator)
        # the clauses after it that name no indicator and hold as many values go on with the list (分别为0.83亿千瓦时和
        # 1.05亿千瓦时，较上年增长2.7%和15.7%)
        while end + 1 < sentence_end:
            start, end = end + 1, min(clause_around(text, end + 1, end + 1)[1], sentence_end)
            more = [a for a in in_order if start <= a.span.start < end]
            if len(more) != len(listed) or any(start <= s.start < end for s in indicators):
                break
            for anchor, indicator in zip(more, listed):
                at[id(anchor)] = replace(anchor, indicator=indicator)
    # an anchor the model linked to a span that was split, outside any list, keeps the span's last item (the noun)
    anchors = [at[id(a)] for a in anchors]
    anchors = [replace(a, indicator=split[a.indicator][-1]) if a.indicator in split else a for a in anchors]
    return [piece for s in spans for piece in split.get(s, [s])], anchors


def _items(text: str, span: Span, joiners: re.Pattern) -> list[Span]:
    """``span`` cut at the ``joiners`` inside it, each item without them."""
    items, start = [], span.start
    for joiner in joiners.finditer(text, span.start, span.end):
        if joiner.start() > start:
            items.append(Span(span.label, start, joiner.start(), span.score))
        start = joiner.end()
    if start < span.end:
        items.append(Span(span.label, start, span.end, span.score))
    return items or [span]
