"""Stages 1 and 2: text -> spans -> links, from one forward pass of the joint model.

Spans come from per-character IOB2 tags; links and attributes are then scored
for every anchor (a VAL, or a UNIT no VAL claims: a masked value) against the
predicted spans of its window, reusing the encoder states of that pass.
"""

from __future__ import annotations

import re

import torch

from service.model import KINDS, RELATION_TARGETS, CharVocab, MeasurementModel, distance_bucket
from service.rules import char_features
from service.spans import TAGS, Anchor, Span, Tagging
from service.text import Window, blank_noise, sentences, windows

# A window whose text has none of these cannot hold a VAL, UNIT anchor or TIME, so the encoder skips it.
_CUES = re.compile(
    r"[0-9０-９xX%％‰零〇一二两三四五六七八九十百千万亿]|今年|去年|明年|全年|目前|当前|截至|截止|以来|期间|时期|季度|上半年|下半年|近年"
)
_BATCH = 32


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
        prepared = []
        jobs = []  # (doc index, window) for every window with a cue
        for doc_index, text in enumerate(texts):
            clean = blank_noise(text)
            sents = sentences(clean)
            wins = [w for w in windows(sents, self.max_chars) if _CUES.search(clean, w.start, w.end)]
            prepared.append((clean, sents, *char_features(clean, sents)))
            jobs.extend((doc_index, w) for w in wins)
        jobs.sort(key=lambda job: job[1].end - job[1].start)
        states: dict[int, list[tuple[Window, torch.Tensor]]] = {i: [] for i in range(len(texts))}
        char_tags: list[dict[int, tuple[int, float]]] = [{} for _ in texts]
        for batch_start in range(0, len(jobs), _BATCH):
            batch = jobs[batch_start : batch_start + _BATCH]
            # windows of different documents share a batch; each row is encoded from its own text
            hidden, logits = self.model(*self._batch_inputs([(prepared[d], w) for d, w in batch]))
            probs = logits.softmax(-1)
            best_prob, best_tag = probs.max(-1)
            for row, (doc_index, w) in enumerate(batch):
                states[doc_index].append((w, hidden[row]))
                for pos in range(w.own_start, w.own_end):
                    token = pos - w.start + 1
                    char_tags[doc_index][pos] = (int(best_tag[row, token]), float(best_prob[row, token]))
        return [self._link(prepared[i][0], prepared[i][1], char_tags[i], states[i]) for i in range(len(texts))]

    def _batch_inputs(self, rows: list[tuple[tuple, Window]]) -> list[torch.Tensor]:
        """ids, mask, rule tags and character classes for windows (of any documents), padded to the longest."""
        length = max(w.end - w.start for _, w in rows) + 2
        ids = torch.full((len(rows), length), CharVocab.PAD, dtype=torch.long)
        mask, rule_tags, classes = (torch.zeros((len(rows), length), dtype=torch.long) for _ in range(3))
        for row, ((text, _, doc_tags, doc_classes), w) in enumerate(rows):
            n = w.end - w.start + 2
            ids[row, :n] = torch.tensor([CharVocab.BOS] + self.vocab.encode(text[w.start : w.end]) + [CharVocab.EOS])
            mask[row, :n] = 1
            rule_tags[row, 1 : n - 1] = torch.tensor(doc_tags[w.start : w.end])
            classes[row, 1 : n - 1] = torch.tensor(doc_classes[w.start : w.end])
        return [ids, mask, rule_tags, classes]

    def _link(self, text: str, sents: list[tuple[int, int]], char_tags: dict[int, tuple[int, float]],
              states: list[tuple[Window, torch.Tensor]]) -> Tagging:
        spans: list[Span] = []
        for run_start, run in _contiguous_runs(char_tags):
            spans.extend(decode_tags([t for t, _ in run], [p for _, p in run], run_start))
        spans = [s for s in spans if text[s.start : s.end].strip() == text[s.start : s.end]]
        anchors: list[Anchor] = []
        claimed_units: set[Span] = set()
        for anchor_label in ("VAL", "UNIT"):
            for span in spans:
                if span.label != anchor_label or span in claimed_units:
                    continue
                window, hidden = next(((w, h) for w, h in states if w.own_start <= span.start < w.own_end))
                linked = self._score_anchor(span, window, hidden, spans, sents, with_unit=anchor_label == "VAL")
                if linked.unit:
                    claimed_units.add(linked.unit)
                anchors.append(linked)
        anchors.sort(key=lambda a: a.span.start)
        return Tagging(spans=spans, anchors=anchors, sentences=sents)

    def _score_anchor(self, span: Span, window: Window, hidden: torch.Tensor, spans: list[Span],
                      sents: list[tuple[int, int]], with_unit: bool) -> Anchor:
        model = self.model
        vector = model.span_vector(hidden, span.start - window.start + 1, span.end - window.start + 1)
        sentence = next(((s, e) for s, e in sents if s <= span.start < e), (span.start, span.end))
        context = hidden[max(sentence[0], window.start) - window.start + 1 : min(sentence[1], window.end) - window.start + 1].mean(0)
        kind_logits, target_logits = model.attribute_logits(vector, context)
        confidence = span.score
        chosen: dict[str, Span | None] = {}
        for relation, label in RELATION_TARGETS.items():
            if relation == "has_unit" and not with_unit:
                chosen[relation] = None
                continue
            lo, hi = sentence if relation == "has_time" else (window.start, window.end)
            candidates = [s for s in spans if s.label == label and lo <= s.start and s.end <= hi
                          and window.start <= s.start and s.end <= window.end]
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
