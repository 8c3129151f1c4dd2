"""The typed data that flows between stages: spans, and anchors with their links."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from service.schema import Kind, Label


@dataclass(frozen=True)
class Span:
    label: Label
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class Anchor:
    """One measurement as the model links it: its anchor span and what points from it."""

    span: Span
    indicator: Span | None
    unit: Span | None
    time: Span | None
    kind: Kind
    target: bool
    confidence: float


@dataclass
class Tagging:
    spans: list[Span]
    anchors: list[Anchor]
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def moved(self, move: Callable[[Span], Span | None],
              move_range: Callable[[int, int], tuple[int, int]] | None = None) -> "Tagging":
        """The tagging with every span put through ``move`` (onto another text's offsets); a span
        it drops (None) goes, and so does an anchor whose own span goes. ``move_range`` moves the
        sentences; without it they stay."""
        def moved_or_none(span: Span | None) -> Span | None:
            return None if span is None else move(span)

        anchors = []
        for a in self.anchors:
            span = move(a.span)
            if span is not None:
                anchors.append(Anchor(span, moved_or_none(a.indicator), moved_or_none(a.unit), moved_or_none(a.time),
                                      a.kind, a.target, a.confidence))
        return Tagging(spans=[s for s in map(move, self.spans) if s is not None], anchors=anchors,
                       sentences=[move_range(*r) for r in self.sentences] if move_range else self.sentences)
