"""The annotation schema, stated once: span labels, the relations a measurement's anchor has,
its attributes, and the anchor rule. The gold format and its validator, the annotators' markup,
Label Studio's labeling config, the model's heads and label maps and the evaluation all read
them from here (``ANNOTATION.md`` is the contract this mirrors).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Label = Literal["IND", "VAL", "UNIT", "TIME"]
LABELS: tuple[Label, ...] = get_args(Label)
# IOB2, one tag per character
TAGS = ("O",) + tuple(f"{prefix}-{label}" for label in LABELS for prefix in ("B", "I"))
TAG_ID = {tag: i for i, tag in enumerate(TAGS)}

Kind = Literal["level", "change", "rank"]
KINDS: tuple[Kind, ...] = get_args(Kind)
# a measurement anchor's attributes, the values each may take, and what an anchor has unless told
ATTRIBUTES = {"kind": KINDS, "target": (True, False)}
DEFAULT_ATTRIBUTES = {"kind": "level", "target": False}
# The period a measurement describes, read from the whole document (annotations/README.md,
# decisions P1-P10): [first day, last day], ISO dates, inclusive; or None where the document does
# not say. Gold documents have it on every anchor or on none.
PERIOD = "period"


@dataclass(frozen=True)
class Relation:
    type: str  # as in the gold files
    anchor_labels: tuple[Label, ...]  # what it may point from
    target_label: Label  # what it points to
    field: str  # the attribute of a linked anchor (``spans.Anchor``) that holds it
    markup_key: str  # what annotators write on the anchor: [[91.8|VAL ind=i1]]
    within_sentence: bool  # its partner lies in the anchor's sentence (else anywhere the model sees)


RELATIONS = (
    Relation("has_indicator", ("VAL", "UNIT"), "IND", "indicator", "ind", within_sentence=False),
    Relation("has_unit", ("VAL",), "UNIT", "unit", "unit", within_sentence=False),
    Relation("has_time", ("VAL", "UNIT"), "TIME", "time", "time", within_sentence=True),
)
RELATION = {r.type: r for r in RELATIONS}

VALUE_LABEL: Label = "VAL"
INDICATOR_LABEL: Label = "IND"
MASKED_LABEL: Label = "UNIT"


def is_anchor(label: str, claimed_by_value: bool) -> bool:
    """A measurement's anchor is its VAL; a UNIT that no VAL claims (by has_unit) is the anchor of
    a masked value (``xx%``, ``x 项``)."""
    return label == VALUE_LABEL or (label == MASKED_LABEL and not claimed_by_value)


def label_maps() -> dict[str, list[str]]:
    """What a trained model's heads mean, saved with it and checked when it is loaded."""
    return {"tags": list(TAGS), "kinds": list(KINDS), "relations": [r.type for r in RELATIONS]}
