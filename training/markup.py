"""Inline markup that annotators edit by hand, compiled into gold documents.

Annotators work on a copy of the raw document and wrap spans in place:

    [[2024年|TIME:t1]],全市[[空气质量优良天数比例|IND:i1]][[91.8|VAL:v1 ind=i1 unit=u1 time=t1]][[%|UNIT:u1]]

``[[surface|LABEL:id key=value ...]]`` marks one span; the id is needed only
when another span points at it. Attributes on an anchor (a VAL, or a UNIT
whose digits were redacted) give its relations and attributes:
``ind=`` (has_indicator), ``unit=`` (has_unit, VAL only), ``time=`` (has_time),
``kind=level|change|rank``, ``target=true|false``, ``period=2024-01-01..2024-12-31`` (first and last
day) or ``period=null``.

Removing the markup must give back the document text exactly, so an annotator
can never corrupt the text; offsets are computed, never typed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from service.schema import ATTRIBUTES, DEFAULT_ATTRIBUTES, LABELS, PERIOD, RELATIONS
from training.gold import (GoldDocument, GoldEntity, GoldRelation, anchor_ids, period_from_text, read_exact,
                           validate_document)

_SPAN = re.compile(rf"\[\[([^\[\]|]+)\|({'|'.join(LABELS)})(?::(\w+))?((?:\s+\w+=[\w.-]+)*)\s*\]\]")
_RELATION_KEYS = {r.markup_key: r.type for r in RELATIONS}
_ANCHOR_KEYS = set(_RELATION_KEYS) | set(ATTRIBUTES) | {PERIOD}  # what only an anchor may carry


class MarkupError(ValueError):
    pass


def compile_markup(doc_id: str, marked: str, text: str) -> GoldDocument:
    """Turn a marked-up copy of ``text`` into a gold document."""
    plain_parts: list[str] = []
    entities: list[GoldEntity] = []
    by_name: dict[str, GoldEntity] = {}
    pending: list[tuple[GoldEntity, dict[str, str], int]] = []
    cursor = 0
    plain_len = 0
    for match in _SPAN.finditer(marked):
        between = marked[cursor : match.start()]
        plain_parts.append(between)
        plain_len += len(between)
        surface, label, name, attr_text = match.groups()
        entity = GoldEntity(id=len(entities) + 1, label=label, start=plain_len, end=plain_len + len(surface))
        entities.append(entity)
        if name:
            if name in by_name:
                raise MarkupError(f"{doc_id}: id {name!r} used twice (offset {plain_len})")
            by_name[name] = entity
        attrs = dict(pair.split("=", 1) for pair in attr_text.split())
        unknown = set(attrs) - _ANCHOR_KEYS
        if unknown:
            raise MarkupError(f"{doc_id}: unknown key(s) {sorted(unknown)} at offset {plain_len}")
        if attrs:
            pending.append((entity, attrs, plain_len))
        plain_parts.append(surface)
        plain_len += len(surface)
        cursor = match.end()
    plain_parts.append(marked[cursor:])
    plain = "".join(plain_parts)
    if "[[" in plain or "]]" in plain:
        at = plain.find("[[") if "[[" in plain else plain.find("]]")
        raise MarkupError(f"{doc_id}: malformed markup near plain offset {at}: {plain[max(0, at - 20):at + 40]!r}")
    if plain != text:
        at = next((i for i, (a, b) in enumerate(zip(plain, text)) if a != b), min(len(plain), len(text)))
        raise MarkupError(
            f"{doc_id}: text differs from the source at offset {at}: "
            f"markup gives {plain[at:at + 30]!r}, source has {text[at:at + 30]!r}"
        )

    relations: list[GoldRelation] = []
    given_attributes: dict[int, tuple[dict[str, str], int]] = {}
    for entity, attrs, offset in pending:
        for key, rel_type in _RELATION_KEYS.items():
            if key in attrs:
                target = by_name.get(attrs[key])
                if target is None:
                    raise MarkupError(f"{doc_id}: {key}={attrs[key]} names no span (offset {offset})")
                relations.append(GoldRelation(id=len(relations) + 1, from_id=entity.id, to_id=target.id, type=rel_type))
        given_attributes[entity.id] = (attrs, offset)
    doc = GoldDocument(id=doc_id, text=text, entities=entities, relations=relations, attributes={})
    anchors = anchor_ids(doc)
    for entity_id, (attrs, offset) in given_attributes.items():
        if entity_id not in anchors and (_ANCHOR_KEYS & set(attrs)):
            raise MarkupError(f"{doc_id}: offset {offset}: {'/'.join(sorted(_ANCHOR_KEYS & set(attrs)))} belong on the "
                              "anchor (the VAL), not its UNIT")
    for entity_id in sorted(anchors):
        attrs = given_attributes.get(entity_id, ({}, 0))[0]
        target = attrs.get("target", str(DEFAULT_ATTRIBUTES["target"]).lower())
        if target not in ("true", "false"):
            raise MarkupError(f"{doc_id}: target={target}: use true or false")
        doc.attributes[str(entity_id)] = {"kind": attrs.get("kind", DEFAULT_ATTRIBUTES["kind"]), "target": target == "true"}
        if PERIOD in attrs:
            doc.attributes[str(entity_id)][PERIOD] = period_from_text(attrs[PERIOD])
    validate_document(doc)
    return doc


def main(argv: list[str]) -> int:
    """``python -m training.markup MARKED SOURCE``: check a marked-up file and print its counts."""
    if len(argv) != 2:
        print("usage: python -m training.markup MARKED_FILE SOURCE_TEXT_FILE", file=sys.stderr)
        return 2
    marked_path, source_path = Path(argv[0]), Path(argv[1])
    try:
        doc = compile_markup(source_path.stem, read_exact(marked_path), read_exact(source_path))
    except ValueError as err:
        print(f"ERROR: {err}", file=sys.stderr)
        return 1
    counts: dict[str, int] = {}
    for entity in doc.entities:
        counts[entity.label] = counts.get(entity.label, 0) + 1
    anchors = sum(1 for e in doc.entities if str(e.id) in doc.attributes)
    print(f"OK {doc.id}: {counts}, {anchors} measurements, {len(doc.relations)} relations")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
