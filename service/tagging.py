"""Stages 1 and 2: text -> spans -> links, from one forward pass of the joint model.

Spans come from per-character IOB2 tags; links and attributes are then scored
for every anchor (a VAL, or a UNIT no VAL claims: a masked value) against the
predicted spans of its window, reusing the encoder states of that pass.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import replace
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from service.model_format import CharVocab, candidate_pool, distance_bucket, pad_arrays, window_inputs
from service.runtime import Runtime
from service.features import char_features
from service.lexicon import (DIGITS, HALF_WORDS, MAGNITUDE_CHARS, NUMERALS, PLACEHOLDERS, QUALIFIERS_AFTER, RELATIVE_YEARS,
                             TENTHS, UNITS)
from service.schema import KINDS, MASKED_LABEL, RELATIONS, TAGS, VALUE_LABEL, is_anchor
from service.flat_tables import read_tables
from service.identifiers import drop_identifiers
from service.spans import Anchor, Span, Tagging
from service.steps import STEP_CHARS, Steps, run
from service.document import Doc
from service.text import Window, is_comparison_base, nearest_time, sentence_containing, windows

# The encoder skips a window with none of these: in clean report text it holds no VAL, masked UNIT or TIME
# (checked on the gold; not so in archive tables: training/README.md, "Windows").
_CUES = re.compile(
    r"[0-9０-９%％‰]|[xX]+(?![a-wyzA-WYZ])|十[三四五]五|第[一二三四五六七八九十]"
    rf"|[{NUMERALS}]+[多余]?(?:[个家宗件辆台项条人次场篇户套位座处所批类名倍轮度]|[万亿]|分之|年|月|季度)"
    r"|今年|去年|明年|全年|目前|当前|现在|截至|截止|以来|期间|时期|上半年|下半年|近年"
    rf"|[{NUMERALS}]{TENTHS}|{'|'.join(HALF_WORDS)}"
)
# The model trains on sentences packed into windows of up to max_chars but reads them packed only up to this:
# shorter windows leave more sentences without a cue out and cost less attention, at the same measured
# accuracy (training/README.md, "Packing fewer sentences per window").
_PACK_CHARS = 64
# windows per encoder pass: one, because int8 scales its activations per pass, so that a window batched
# with others reads differently with other neighbours (another request's, or the same text laid out
# otherwise); single windows pad nothing and cost no more here (training/README.md, "One window a pass")
_BATCH = 1
_CHUNK = 256  # windows encoded before their states are linked and dropped
# encoder passes in one step of ``tag_steps``: requests sharing the extraction thread alternate this often, so a
# one-sentence request waits about this many windows of a long document a turn (training/README.md, "Fair turns")
_PASSES_PER_TURN = 32


def encoded_windows(text: str, sents: list[tuple[int, int]], max_chars: int) -> list[Window]:
    """The windows of a canonical text that the encoder reads: those with a cue."""
    return [w for w in windows(sents, max_chars, _PACK_CHARS) if _CUES.search(text, w.start, w.end)]


def decode_tags(tag_ids: list[int], scores: list[float], offset: int = 0) -> list[Span]:
    """IOB2 tags (one per character) -> spans. An I- after a different label opens a span, as seqeval's lenient mode."""
    spans: list[Span] = []
    current: tuple[str, int, list[float]] | None = None
    for i, (tag_id, score) in enumerate(zip(tag_ids, scores)):
        tag = TAGS[tag_id]
        prefix, label = (tag.split("-") + [""])[:2]
        if current and prefix == "I" and label == current[0]:
            current[2].append(score)
            continue
        if current:
            spans.append(Span(current[0], offset + current[1], offset + i, sum(current[2]) / len(current[2])))
            current = None
        if prefix in ("B", "I"):
            current = (label, i, [score])
    if current:
        spans.append(Span(current[0], offset + current[1], offset + len(tag_ids), sum(current[2]) / len(current[2])))
    return spans


_RANGE_DASH = re.compile(r"\s*[-~—至到]\s*")
_MORE_THAN = re.compile("|".join(word for word, approx in QUALIFIERS_AFTER.items() if approx == "over"))
_MAGNITUDE = re.compile(f"[{MAGNITUDE_CHARS}]+")
# redacted digits (xx.x), not part of a Latin word (PMx.x, Excel), looked for up to this far before a chunk's spans
_PLACEHOLDER_REACH = 16
_YEAR_RANGE_REACH = 12  # how far around a TIME the span of years it is part of is looked for
_PLACEHOLDER_RUN = re.compile(rf"(?<![A-Za-z0-9.])[{PLACEHOLDERS}]+(?:\.[{PLACEHOLDERS}]+)?(?![A-Za-z])")


def _alternatives(spellings) -> str:
    return "|".join(sorted((re.escape(spelling) for spelling in set(spellings)), key=len, reverse=True))


# a unit's spelling, not a duration's (12月 is a time), and what it is per (微克每立方米, 吨/年)
_UNIT_SPELLING = re.compile(
    f"(?:{_alternatives(spelling for unit in UNITS if unit.dimension != 'duration' for spelling in unit.spellings)})"
    f"(?:(?:/|每)(?:{_alternatives(spelling for unit in UNITS for spelling in unit.spellings)}))?")


_ANY_UNIT_SPELLING = re.compile(
    f"(?:{_alternatives(spelling for unit in UNITS for spelling in unit.spellings)})"
    f"(?:(?:/|每)(?:{_alternatives(spelling for unit in UNITS for spelling in unit.spellings)}))?")
_ALTERNATIVE_UNIT = re.compile(f"[（(](?:{_alternatives(spelling for unit in UNITS for spelling in unit.spellings)})[）)]")
_OPENING, _CLOSING = "（(", "）)"
_SPELLING_REACH = 3  # how far before a UNIT a spelling holding it may start (微克每 before 立方米)


def repair_values(text: str, spans: list[Span]) -> list[Span]:
    """The guideline's spans where the tagger splits a value: a range written with its unit on both
    ends (6%-6.5% → VAL "6%-6.5" + UNIT "%"), and a number, 多/余 and a magnitude, which is the
    unit's when a unit follows (620多万人 → VAL "620", UNIT "万人": 多 stays outside the VAL) and else
    the number's (620多万 → VAL "620多万"); redacted digits, whole (the tagger may take part of xx.x, or
    leave them out and take the unit for a value masked whole: xx% → VAL "xx" + UNIT "%"); and a UNIT of a
    magnitude alone, with the unit after it (7,500多万户 → UNIT "万户"); a TIME on part of a number or of a year
    word, whole (54 of 1954年, 本 of 本年); and a span of years, one TIME (1979年到1984年). ``spans`` in text order."""
    spans = sorted(spans, key=lambda s: s.start)
    if spans:
        reach = _PLACEHOLDER_RUN.finditer(text, max(0, spans[0].start - _PLACEHOLDER_REACH), spans[-1].end)
        if placeholders := {m.start(): m.end() for m in reach}:
            spans = _whole_placeholders(spans, placeholders)
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
    return _whole_year_ranges(text, _whole_times(text, _whole_units(text, repaired)))


_DIGIT_RUN = re.compile(r"\d+")
_YEAR_WORD_PAIRS = tuple(word for word in RELATIVE_YEARS if len(word) == 2)  # 本年, 上年, 当年 …


def _whole_times(text: str, spans: list[Span]) -> list[Span]:
    """A TIME that cuts a number takes all of it, and the 年 after it (54 of 比1954年, 20 of 2018―2022 年: the tagger
    reads a digit at a time); a TIME of one character that is half of a year word takes the word (本 or 年 of 本年)."""
    whole: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if span.label == "TIME":
            while start > 0 and text[start - 1].isdigit() and text[start].isdigit():
                start -= 1
            if text[end - 1].isdigit():
                end = _DIGIT_RUN.match(text, end).end() if end < len(text) and text[end].isdigit() else end
                end += text.startswith("年", end)
            if end - start == 1:
                word = next((w for w in _YEAR_WORD_PAIRS if text.startswith(w, start) or text.startswith(w, start - 1)), None)
                if word is not None:
                    start = start if text.startswith(word, start) else start - 1
                    end = start + len(word)
        if (start, end) != (span.start, span.end) and not any(
                s.start < end and start < s.end for s in spans if s is not span):
            span = Span("TIME", start, end, span.score)
        whole.append(span)
    return whole


# a span of years: 2017—2021年, 1979年到1984年, 2003年到 2007年 (the canonical view has made ― and － a -)
_YEAR_RANGE = re.compile(r"(?<!\d)(?:19|20)\d\d[ \t]*年?[ \t]*[-~至到][ \t]*(?:19|20)?\d\d[ \t]*年")


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
# a share in tenths or halves; 成 starts no word here (成功, 成为, 一成不变)
_SHARE = re.compile(rf"(?<![{NUMERALS}\d])[{DIGITS}\d]{TENTHS}(?:[{DIGITS}](?![{NUMERALS}]))?(?![功为效立本绩果熟员交就都品长片套型像群不])"
                    rf"|{'|'.join(HALF_WORDS)}")
_WORDED_VALUE_SCORE = 0.5  # a span the rules add: as sure as a coin, which the response's confidence says


def read_worded_values(text: str, spans: list[Span], encoded: list[tuple[int, int]]) -> tuple[list[Span], dict[Span, Span]]:
    """``spans`` (in text order) with each number written in words, at least two characters with a magnitude inside,
    one VAL: in place of the tagger's VALs, UNITs and TIMEs inside it, where it holds a VAL of the tagger's or a unit
    follows it (多/余 and a magnitude between: 七亿七千多万吨 → VAL 七亿七千, UNIT 万吨); a unit that no span takes is
    added. A duration's unit (十二月, 三十年来) is no such unit, and a magnitude that starts a unit (一千瓦) is the unit's.
    So also redacted digits with a unit after them (推进xx个重点行业, 立案查处xxx件), which the tagger, which saw one
    redacted report, often leaves untagged, and a share said in tenths or halves (三成, 3成, 七成五, 一半: the VAL is
    the share, 成 no UNIT), which it never saw. Only numbers inside the stretches the tagger ``encoded`` (whose encoder
    states the link heads read) are read. Also the unit each VAL read so must link (the link heads were not trained
    on them)."""
    units_of: dict[Span, Span] = {}
    numbers = sorted((number for a, b in encoded for pattern in (_WORDS_NUMBER, _PLACEHOLDER_RUN, _SHARE)
                      for number in pattern.finditer(text, a, b)), key=lambda number: number.start())
    for number in numbers:
        start, end = number.span()
        if number.re is _SHARE:
            inside = [s for s in spans if start <= s.start and s.end <= end]
            if not any(s.start < end and start < s.end for s in spans if s not in inside):
                value = Span(VALUE_LABEL, start, end, max((s.score for s in inside), default=_WORDED_VALUE_SCORE))
                spans = sorted([s for s in spans if s not in inside] + [value], key=lambda s: s.start)
            continue
        redacted = number.re is _PLACEHOLDER_RUN
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


# How an anchor finds its TIME when not by the model's link head: (anchor, the TIME spans in text
# order, the anchor's sentence, the text) -> the TIME or None.
TimeLinker = Callable[[Span, list[Span], tuple[int, int], str], Span | None]


class Tagger:
    def __init__(self, model, time_linker: TimeLinker | None = nearest_time):
        """``model``: a ``Runtime`` (the service's), or a torch ``MeasurementModel`` (training's), which
        tags as its ``runtime()``. TIME links come from ``time_linker``, by default the nearest-span rule
        (the last TIME before the anchor in its sentence), which cross-validated above the model's own
        time link (training/README.md); ``None`` uses the model's link head, as for the other links."""
        self.model: Runtime = model if isinstance(model, Runtime) else model.eval().runtime()
        self.vocab: CharVocab = self.model.vocab
        self.max_chars = self.model.config.max_chars
        self.time_linker = time_linker
        runs = self.model.parallel_runs
        self._pool = ThreadPoolExecutor(runs, thread_name_prefix="encoder") if runs > 1 else None

    def close(self) -> None:
        """Stop the encoder threads, after the passes running now; tagging afterwards fails."""
        if self._pool:
            self._pool.shutdown()

    def tag_batch(self, docs: list[Doc]) -> list[Tagging]:
        """Tag and link several documents' canonical views (offsets into ``doc.canonical``)."""
        return run(self.tag_steps(docs))

    def tag_steps(self, docs: list[Doc]) -> Steps[list[Tagging]]:
        """``tag_batch`` a step at a time: ``STEP_CHARS`` characters of features a step (a longer document
        alone), then turns of ``_PASSES_PER_TURN`` encoder passes; a short document is tagged in one step."""
        prepared, jobs = [], []  # jobs: (doc index, window) for every window with a cue, in text order
        done = 0
        for doc_index, doc in enumerate(docs):
            clean, sents = doc.canonical, doc.sentences
            prepared.append((clean, sents, doc.identifiers, *char_features(clean, sents)))
            jobs.extend((doc_index, w) for w in encoded_windows(clean, sents, self.max_chars))
            done += len(clean)
            if done >= STEP_CHARS:
                done = 0
                yield
        results = [Tagging(spans=[], anchors=[], sentences=p[1]) for p in prepared]
        for index, chunk in enumerate(_chunks(jobs, _CHUNK)):
            if index:
                yield
            yield from self._tag_chunk(chunk, prepared, results)
        for result in results:
            result.anchors.sort(key=lambda a: a.span.start)
        # a flattened table's cells are no sentences: its rows are read by their layout instead
        return [read_tables(doc.canonical, result) for doc, result in zip(docs, results)]

    def _tag_chunk(self, chunk: list[tuple[int, Window]], prepared: list[tuple], results: list[Tagging]) -> Steps[None]:
        """Encode a chunk of windows, decode their spans and link their anchors. Only one chunk's
        encoder states are alive at a time, so memory stays flat however long the documents are
        (encoding the next chunk while linking this one was tried: training/README.md)."""
        states: dict[int, list[tuple[Window, np.ndarray]]] = {}
        char_tags: dict[int, dict[int, tuple[int, float]]] = {}
        # windows of similar length share a batch, so little of each batch is padding
        by_length = sorted(chunk, key=lambda job: job[1].end - job[1].start)
        batches = [by_length[start : start + _BATCH] for start in range(0, len(by_length), _BATCH)]
        inputs = [pad_arrays([self._window_inputs(prepared[d], w) for d, w in batch]) for batch in batches]
        passes = []
        for turn in range(0, len(inputs), _PASSES_PER_TURN):
            if turn:
                yield
            group = inputs[turn : turn + _PASSES_PER_TURN]
            passes.extend(self._pool.map(self._encode, group) if self._pool else map(self._encode, group))
        for batch, (hidden, best_tag, best_prob) in zip(batches, passes):
            for row, (doc_index, w) in enumerate(batch):
                states.setdefault(doc_index, []).append((w, hidden[row]))
                first, last = w.own_start - w.start + 1, w.own_end - w.start + 1
                char_tags.setdefault(doc_index, {}).update(zip(
                    range(w.own_start, w.own_end), zip(best_tag[row, first:last].tolist(), best_prob[row, first:last].tolist())))
        for doc_index, tags in char_tags.items():
            clean, sents, identifiers = prepared[doc_index][:3]
            spans, anchors = self._link(clean, sents, identifiers, tags, states[doc_index])
            results[doc_index].spans.extend(spans)
            results[doc_index].anchors.extend(anchors)

    def _encode(self, inputs: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        hidden, logits = self.model(*inputs)
        exp = np.exp(logits - logits.max(-1, keepdims=True))
        probs = exp / exp.sum(-1, keepdims=True)
        return hidden, probs.argmax(-1), probs.max(-1)

    def _window_inputs(self, prepared: tuple, w: Window) -> tuple[list[int], list[int], list[int]]:
        text, _, _, doc_tags, doc_classes = prepared
        return window_inputs(self.vocab, text, doc_tags, doc_classes, w.start, w.end)

    def _link(self, text: str, sents: list[tuple[int, int]], identifiers: list[tuple[int, int]],
              char_tags: dict[int, tuple[int, float]], states: list[tuple[Window, np.ndarray]]) -> tuple[list[Span], list[Anchor]]:
        spans: list[Span] = []
        encoded = []  # the stretches of text this chunk's windows tagged
        for run_start, run in _contiguous_runs(char_tags):
            spans.extend(decode_tags([t for t, _ in run], [p for _, p in run], run_start))
            encoded.append((run_start, run_start + len(run)))
        spans = repair_values(text, [s for s in spans if text[s.start : s.end].strip() == text[s.start : s.end]])
        # no TIME that is a comparison base (比1954年增长9%: ANNOTATION.md, decision 44)
        spans = [s for s in spans if not (s.label == "TIME" and is_comparison_base(text, s.start, s.end))]
        spans = drop_identifiers(text, spans, identifiers)
        spans, worded_units = read_worded_values(text, spans, encoded)
        states_of = _WindowStates(states)
        by_label = {r.target_label: [s for s in spans if s.label == r.target_label] for r in RELATIONS}  # text order
        # the anchors: every VAL, then every UNIT that no VAL claimed (a masked value)
        values = self._score_anchors(text, [s for s in spans if s.label == VALUE_LABEL], by_label, sents, states_of)
        values = [replace(a, unit=worded_units[a.span]) if a.span in worded_units else a for a in values]
        claimed_units = {a.unit for a in values if a.unit}
        # a unit alone on its line is a table's unit cell (%, with its numbers in another column), no masked value
        masked = [s for s in spans if s.label == MASKED_LABEL and is_anchor(s.label, s in claimed_units)
                  and text[text.rfind("\n", 0, s.start) + 1 : s.start].strip() + text[s.end : _line_end(text, s.end)].strip()]
        return spans, values + self._score_anchors(text, masked, by_label, sents, states_of)

    def _score_anchors(self, text: str, anchor_spans: list[Span], by_label: dict[str, list[Span]],
                       sents: list[tuple[int, int]], states_of: "_WindowStates") -> list[Anchor]:
        """Attributes and links of many anchors (all of one label) at once: one call of each head
        for all of them. ``by_label``: the document's candidate spans of each link target label, in
        text order."""
        if not anchor_spans:
            return []
        model = self.model
        windows_of = [states_of.window_of(span) for span in anchor_spans]
        sentences_of = [sentence_containing(sents, span.start, span.end) for span in anchor_spans]
        vectors = states_of.means([(w, span.start, span.end) for w, span in zip(windows_of, anchor_spans)])
        contexts = states_of.means([(w, max(s[0], states_of.windows[w].start), min(s[1], states_of.windows[w].end))
                                    for w, s in zip(windows_of, sentences_of)])
        kind_logits, target_logits = model.attribute_logits(vectors, contexts)
        confidences = [span.score for span in anchor_spans]
        chosen: dict[str, list[Span | None]] = {}
        for rel in RELATIONS:
            relation = rel.type
            chosen[relation] = [None] * len(anchor_spans)
            if anchor_spans[0].label not in rel.anchor_labels:
                continue
            targets = by_label[rel.target_label]
            if rel.target_label == "TIME" and self.time_linker is not None:
                chosen[relation] = [self.time_linker(span, targets, sentence, text)
                                    for span, sentence in zip(anchor_spans, sentences_of)]
                continue
            pools, pairs = [], []  # pairs: (anchor row, window, candidate)
            for row, (span, w, sentence) in enumerate(zip(anchor_spans, windows_of, sentences_of)):
                pool = candidate_pool(relation, targets, states_of.windows[w], sentence)
                pools.append(pool)
                pairs.extend((row, w, candidate) for candidate in pool)
            if not pairs:
                continue
            none, pair_logits = model.link_scores(
                relation, vectors, np.array([row for row, _, _ in pairs]),
                states_of.means([(w, c.start, c.end) for _, w, c in pairs]),
                np.array([distance_bucket(c.start - anchor_spans[row].start) for row, _, c in pairs]))
            none, pair_logits, offset = none.tolist(), pair_logits.tolist(), 0
            for row, pool in enumerate(pools):
                if not pool:
                    continue
                logits = [none[row]] + pair_logits[offset : offset + len(pool)]
                offset += len(pool)
                best = max(range(len(logits)), key=logits.__getitem__)
                chosen[relation][row] = pool[best - 1] if best > 0 else None
                confidences[row] *= 1.0 / sum(math.exp(x - logits[best]) for x in logits)
        kinds, is_target = kind_logits.argmax(-1).tolist(), target_logits.argmax(-1).tolist()
        return [Anchor(span=span, **{r.field: chosen[r.type][row] for r in RELATIONS}, kind=KINDS[kinds[row]],
                       target=bool(is_target[row]),
                       confidence=confidences[row])
                for row, span in enumerate(anchor_spans)]


class _WindowStates:
    """The encoder states of one document's windows, for mean vectors of character ranges."""

    def __init__(self, states: list[tuple[Window, np.ndarray]]):
        self.windows = [w for w, _ in states]
        self._order = sorted(range(len(states)), key=lambda i: self.windows[i].own_start)
        self._own_starts = [self.windows[i].own_start for i in self._order]
        # running sums of each window's token states [T + 1, H] (row 0 zero), stacked: a range's mean is
        # two rows' difference, as ``service.model.range_means`` computes it in training
        # (summed in float64, as torch's cumsum does)
        prefix = [_running_sums(hidden) for _, hidden in states]
        self._row = [0]
        for table in prefix[:-1]:
            self._row.append(self._row[-1] + table.shape[0])
        self._prefix = np.concatenate(prefix)

    def window_of(self, span: Span) -> int:
        """The window that owns the span's first character."""
        return self._order[bisect_right(self._own_starts, span.start) - 1]

    def means(self, ranges: list[tuple[int, int, int]]) -> np.ndarray:
        """Mean state of each (window, start, end) character range; token i of a window is character
        window.start + i - 1 (token 0 is <s>)."""
        first = np.array([self._row[w] + start - self.windows[w].start + 1 for w, start, _ in ranges])
        last = np.array([self._row[w] + end - self.windows[w].start + 1 for w, _, end in ranges])
        # divided in float64, then rounded: the float32 quotient torch computes
        return ((self._prefix[last] - self._prefix[first]) / (last - first)[:, None]).astype(np.float32)


def _running_sums(hidden: np.ndarray) -> np.ndarray:
    """[T, H] -> [T + 1, H] float32 sums of the first t rows, summed in float64. Row by row: numpy's cumsum
    along the first axis runs element by element, eight times slower on a window's states."""
    sums = np.zeros((hidden.shape[0] + 1, hidden.shape[1]), np.float64)
    for row, state in enumerate(hidden, start=1):
        np.add(sums[row - 1], state, out=sums[row])
    return sums.astype(np.float32)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _contiguous_runs(char_tags: dict[int, tuple[int, float]]):
    """Group per-character predictions into runs of consecutive positions."""
    run_start, run, previous = None, [], None
    for pos in sorted(char_tags):
        if previous is not None and pos != previous + 1:
            yield run_start, run
            run_start, run = None, []
        if run_start is None:
            run_start = pos
        run.append(char_tags[pos])
        previous = pos
    if run:
        yield run_start, run


def _chunks(jobs: list[tuple[int, Window]], size: int):
    """Runs of about ``size`` jobs that never split the windows of one long sentence
    (a window that does not own its end shares that sentence with the next one)."""
    chunk: list[tuple[int, Window]] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) >= size and job[1].own_end == job[1].end:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

