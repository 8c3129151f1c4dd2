"""Stages 1 and 2: text -> spans -> links, from one forward pass of the joint model.

Spans come from per-character IOB2 tags; links and attributes are then scored
for every anchor (a VAL, or a UNIT no VAL claims: a masked value) against the
predicted spans of its window, reusing the encoder states of that pass.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import torch

from service.model import KINDS, RELATION_TARGETS, CharVocab, MeasurementModel, distance_bucket, pad_inputs
from service.rules import char_features
from service.spans import TAGS, Anchor, Span, Tagging
from service.text import Window, blank_noise, sentence_containing, sentences, windows

# A window with none of these holds no VAL, masked UNIT or TIME (checked on the gold: none of its 1,990 VAL,
# UNIT and TIME spans lies in a sentence without one), so the encoder skips it. Skipping
# single sentences instead would halve the encoded text, but changes the context the model was trained
# with: on the seeds and five corpus reports 23% of measurements came out differently, so it is not done.
_CUES = re.compile(
    r"[0-9０-９%％‰]|[xX]+(?![a-wyzA-WYZ])|十[三四五]五|第[一二三四五六七八九十]"
    r"|[零〇一二两三四五六七八九十百千万亿]+(?:[个家宗件辆台项条人次场篇户套位座处所批类名倍轮度]|[万亿]|分之|年|月|季度)"
    r"|今年|去年|明年|全年|目前|当前|现在|截至|截止|以来|期间|时期|上半年|下半年|近年"
)
_BATCH = 32
_CHUNK = 256  # windows encoded before their states are linked and dropped


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


class Tagger:
    def __init__(self, model: MeasurementModel):
        self.model = model.eval()
        self.vocab: CharVocab = model.vocab
        self.max_chars = model.config.max_chars

    @torch.inference_mode()
    def tag_batch(self, texts: list[str]) -> list[Tagging]:
        """Tag and link several documents; windows of different documents share encoder batches."""
        prepared, jobs = [], []  # jobs: (doc index, window) for every window with a cue, in text order
        for doc_index, text in enumerate(texts):
            clean = blank_noise(text)
            sents = sentences(clean)
            prepared.append((clean, sents, *char_features(clean, sents)))
            jobs.extend((doc_index, w) for w in windows(sents, self.max_chars) if _CUES.search(clean, w.start, w.end))
        results = [Tagging(spans=[], anchors=[], sentences=p[1]) for p in prepared]
        for chunk in _chunks(jobs, _CHUNK):
            self._tag_chunk(chunk, prepared, results)
        for result in results:
            result.anchors.sort(key=lambda a: a.span.start)
        return results

    def _tag_chunk(self, chunk: list[tuple[int, Window]], prepared: list[tuple], results: list[Tagging]) -> None:
        """Encode a chunk of windows, decode their spans and link their anchors. Only one chunk's
        encoder states are alive at a time, so memory stays flat however long the documents are."""
        states: dict[int, list[tuple[Window, torch.Tensor]]] = {}
        char_tags: dict[int, dict[int, tuple[int, float]]] = {}
        by_length = sorted(chunk, key=lambda job: job[1].end - job[1].start)
        for batch_start in range(0, len(by_length), _BATCH):
            batch = by_length[batch_start : batch_start + _BATCH]
            hidden, logits = self.model(*pad_inputs([self._window_inputs(prepared[d], w) for d, w in batch]))
            best_prob, best_tag = logits.softmax(-1).max(-1)
            for row, (doc_index, w) in enumerate(batch):
                states.setdefault(doc_index, []).append((w, hidden[row]))
                tags = char_tags.setdefault(doc_index, {})
                for pos in range(w.own_start, w.own_end):
                    token = pos - w.start + 1
                    tags[pos] = (int(best_tag[row, token]), float(best_prob[row, token]))
        for doc_index, tags in char_tags.items():
            clean, sents = prepared[doc_index][:2]
            spans, anchors = self._link(clean, sents, tags, states[doc_index])
            results[doc_index].spans.extend(spans)
            results[doc_index].anchors.extend(anchors)

    def _window_inputs(self, prepared: tuple, w: Window) -> tuple[list[int], list[int], list[int]]:
        text, _, doc_tags, doc_classes = prepared
        ids = [CharVocab.BOS] + self.vocab.encode(text[w.start : w.end]) + [CharVocab.EOS]
        return ids, [0] + doc_tags[w.start : w.end] + [0], [0] + doc_classes[w.start : w.end] + [0]

    def _link(self, text: str, sents: list[tuple[int, int]], char_tags: dict[int, tuple[int, float]],
              states: list[tuple[Window, torch.Tensor]]) -> tuple[list[Span], list[Anchor]]:
        spans: list[Span] = []
        for run_start, run in _contiguous_runs(char_tags):
            spans.extend(decode_tags([t for t, _ in run], [p for _, p in run], run_start))
        spans = [s for s in spans if text[s.start : s.end].strip() == text[s.start : s.end]]
        own_starts = sorted((w.own_start, i) for i, (w, _) in enumerate(states))
        anchors: list[Anchor] = []
        claimed_units: set[Span] = set()
        for anchor_label in ("VAL", "UNIT"):
            for span in spans:
                if span.label != anchor_label or span in claimed_units:
                    continue
                window, hidden = states[own_starts[bisect_right(own_starts, (span.start, len(states))) - 1][1]]
                sentence = sentence_containing(sents, span.start, span.end)
                linked = self._score_anchor(span, window, hidden, spans, sentence, with_unit=anchor_label == "VAL")
                if linked.unit:
                    claimed_units.add(linked.unit)
                anchors.append(linked)
        return spans, anchors

    def _score_anchor(self, span: Span, window: Window, hidden: torch.Tensor, spans: list[Span],
                      sentence: tuple[int, int], with_unit: bool) -> Anchor:
        model = self.model
        vector = model.span_vector(hidden, span.start - window.start + 1, span.end - window.start + 1)
        context = hidden[max(sentence[0], window.start) - window.start + 1 : min(sentence[1], window.end) - window.start + 1].mean(0)
        kind_logits, target_logits = model.attribute_logits(vector, context)
        confidence = span.score
        chosen: dict[str, Span | None] = {}
        for relation, label in RELATION_TARGETS.items():
            if relation == "has_unit" and not with_unit:
                chosen[relation] = None
                continue
            lo, hi = sentence if relation == "has_time" else (window.start, window.end)
            candidates = [s for s in spans if s.label == label and max(lo, window.start) <= s.start
                          and s.end <= min(hi, window.end)]
            if not candidates:
                chosen[relation] = None
                continue
            vectors = torch.stack([model.span_vector(hidden, c.start - window.start + 1, c.end - window.start + 1) for c in candidates])
            distances = torch.tensor([distance_bucket(c.start - span.start) for c in candidates])
            probs = model.link_logits(relation, vector, vectors, distances).softmax(-1)
            best = int(probs.argmax())
            chosen[relation] = candidates[best - 1] if best > 0 else None
            confidence *= float(probs[best])
        return Anchor(
            span=span, indicator=chosen["has_indicator"], unit=chosen["has_unit"], time=chosen["has_time"],
            kind=KINDS[int(kind_logits.argmax())], target=bool(target_logits.argmax()), confidence=confidence,
        )


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

