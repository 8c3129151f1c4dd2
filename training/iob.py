"""Character-level IOB2: gold spans <-> one tag per character, losslessly.

Characters, not subword pieces, carry the tags (pieces cross the VAL/UNIT
boundary: ``8%`` is one piece), so offsets map one to one.
"""

from __future__ import annotations

from service.schema import TAG_ID
from service.spans import Span
from service.tagging import decode_tags
from training.gold import GoldDocument



def spans_to_tags(length: int, spans: list[tuple[str, int, int]]) -> list[str]:
    tags = ["O"] * length
    for label, start, end in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def tags_to_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    decoded: list[Span] = decode_tags([TAG_ID[t] for t in tags], [1.0] * len(tags))
    return [(s.label, s.start, s.end) for s in decoded]


def document_tags(doc: GoldDocument) -> list[str]:
    return spans_to_tags(len(doc.text), [(e.label, e.start, e.end) for e in doc.entities])


def to_dataset(docs: list[GoldDocument]):
    """A ``datasets.Dataset``: one row per document, characters and their IOB2 tags."""
    from datasets import Dataset

    return Dataset.from_dict({
        "id": [d.id for d in docs],
        "chars": [list(d.text) for d in docs],
        "tags": [document_tags(d) for d in docs],
    })
