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
from service.lexicon import HALF_WORDS, NUMERALS, TENTHS
from service.schema import INDICATOR_LABEL, KINDS, MASKED_LABEL, RELATIONS, TAG_ID, TAGS, VALUE_LABEL, is_anchor
from service.flat_tables import read_tables
from service.repairs import read_worded_values, repair_values, trim_separators
from service.identifiers import drop_identifiers
from service.spans import Anchor, Span, Tagging
from service.steps import STEP_CHARS, Steps, run
from service.document import Doc
from service.respective import pair_respective_lists
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
# An indicator goes on through a character the model tags O while it gives that character at least this chance of
# going on (its I- tag): taken tag by tag, the model cuts indicators short (农 of 农村卫生户厕覆盖率) where it is torn
# between I-IND and O; as flat from 0.05 to 0.15 (training/README.md, "Indicators carried through doubtful characters")
INDICATOR_CARRY_FLOOR = 0.1
_I_INDICATOR = TAG_ID[f"I-{INDICATOR_LABEL}"]


def encoded_windows(text: str, sents: list[tuple[int, int]], max_chars: int) -> list[Window]:
    """The windows of a canonical text that the encoder reads: those with a cue."""
    return [w for w in windows(sents, max_chars, _PACK_CHARS) if _CUES.search(text, w.start, w.end)]


def decode_tags(tag_ids: list[int], scores: list[float], offset: int = 0,
                indicator_carry: list[float] | None = None) -> list[Span]:
    """IOB2 tags (one per character) -> spans. An I- after a different label opens a span, as seqeval's lenient mode.
    ``indicator_carry``: each character's probability of I-IND; an indicator goes on through an O that has at least
    ``INDICATOR_CARRY_FLOOR`` of it."""
    spans: list[Span] = []
    current: tuple[str, int, list[float]] | None = None
    for i, (tag_id, score) in enumerate(zip(tag_ids, scores)):
        tag = TAGS[tag_id]
        prefix, label = (tag.split("-") + [""])[:2]
        if current and prefix == "I" and label == current[0]:
            current[2].append(score)
            continue
        if (current and current[0] == INDICATOR_LABEL and tag == "O" and indicator_carry is not None
                and indicator_carry[i] >= INDICATOR_CARRY_FLOOR):
            current[2].append(indicator_carry[i])
            continue
        if current:
            spans.append(Span(current[0], offset + current[1], offset + i, sum(current[2]) / len(current[2])))
            current = None
        if prefix in ("B", "I"):
            current = (label, i, [score])
    if current:
        spans.append(Span(current[0], offset + current[1], offset + len(tag_ids), sum(current[2]) / len(current[2])))
    return spans


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
        char_tags: dict[int, dict[int, tuple[int, float, float]]] = {}
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
        for batch, (hidden, best_tag, best_prob, indicator_carry) in zip(batches, passes):
            for row, (doc_index, w) in enumerate(batch):
                states.setdefault(doc_index, []).append((w, hidden[row]))
                first, last = w.own_start - w.start + 1, w.own_end - w.start + 1
                char_tags.setdefault(doc_index, {}).update(zip(range(w.own_start, w.own_end), zip(
                    best_tag[row, first:last].tolist(), best_prob[row, first:last].tolist(),
                    indicator_carry[row, first:last].tolist())))
        for doc_index, tags in char_tags.items():
            clean, sents, identifiers = prepared[doc_index][:3]
            spans, anchors = self._link(clean, sents, identifiers, tags, states[doc_index])
            results[doc_index].spans.extend(spans)
            results[doc_index].anchors.extend(anchors)

    def _encode(self, inputs: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Encoder states, and each character's best tag, its probability and the probability of I-IND."""
        hidden, logits = self.model(*inputs)
        exp = np.exp(logits - logits.max(-1, keepdims=True))
        probs = exp / exp.sum(-1, keepdims=True)
        return hidden, probs.argmax(-1), probs.max(-1), probs[..., _I_INDICATOR]

    def _window_inputs(self, prepared: tuple, w: Window) -> tuple[list[int], list[int], list[int]]:
        text, _, _, doc_tags, doc_classes = prepared
        return window_inputs(self.vocab, text, doc_tags, doc_classes, w.start, w.end)

    def _link(self, text: str, sents: list[tuple[int, int]], identifiers: list[tuple[int, int]],
              char_tags: dict[int, tuple[int, float, float]], states: list[tuple[Window, np.ndarray]]) -> tuple[list[Span], list[Anchor]]:
        spans: list[Span] = []
        encoded = []  # the stretches of text this chunk's windows tagged
        for run_start, run in _contiguous_runs(char_tags):
            tag_ids, scores, indicator_carry = zip(*run)
            spans.extend(decode_tags(list(tag_ids), list(scores), run_start, list(indicator_carry)))
            encoded.append((run_start, run_start + len(run)))
        spans = repair_values(text, [s for s in trim_separators(text, spans) if text[s.start : s.end].strip() == text[s.start : s.end]])
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
        masked = [s for s in spans if s.label == MASKED_LABEL and is_anchor(s.label, s in claimed_units)
                  and _stands_for_a_redacted_value(text, s)]
        anchors = values + self._score_anchors(text, masked, by_label, sents, states_of)
        return pair_respective_lists(text, sents, spans, anchors)

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


# what stands right before a unit whose number is written (一个新阶段, 2174⏎ 万人, 千万吨级): no redacted value
_NUMBER_BEFORE = re.compile(rf"[\d{NUMERALS}][ \t\n]*$")
_UNIT_LABEL = re.compile(r"单位[:：]\s*$")  # 单位：万人 above a table or a chart names its unit


def _stands_for_a_redacted_value(text: str, unit: Span) -> bool:
    """A UNIT no VAL claims is a masked value (达%, 改善个百分点: ANNOTATION.md) where the source left its number out:
    not where a number stands right before it that the tagger did not take, nor a table's unit cell (a unit alone on
    its line, with its numbers in another column, or after 单位：)."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    before = text[max(0, unit.start - 8) : unit.start]
    return bool(text[line_start : unit.start].strip() + text[unit.end : _line_end(text, unit.end)].strip()) \
        and not _NUMBER_BEFORE.search(before) and not _UNIT_LABEL.search(text, line_start, unit.start)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _contiguous_runs(char_tags: dict[int, tuple[int, float, float]]):
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

