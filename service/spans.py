"""The typed data that flows between stages: spans, and anchors with their links."""

from __future__ import annotations

from dataclasses import dataclass, field

LABELS = ("IND", "VAL", "UNIT", "TIME")
# IOB2, one tag per character
TAGS = ("O",) + tuple(f"{prefix}-{label}" for label in LABELS for prefix in ("B", "I"))
TAG_ID = {tag: i for i, tag in enumerate(TAGS)}


@dataclass(frozen=True)
class Span:
    label: str
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
    kind: str
    target: bool
    confidence: float


@dataclass
class Tagging:
    spans: list[Span]
    anchors: list[Anchor]
    sentences: list[tuple[int, int]] = field(default_factory=list)
