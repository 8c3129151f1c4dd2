"""Gold documents: the annotation format of ANNOTATION.md, its loader and its validator.

The file format is doccano's relation-extraction JSONL plus ``attributes``;
inside the project a document is a plain dataclass. Every problem is reported
with the document id and the character offset, so an annotator can find it.
"""

from __future__ import annotations

import datetime
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from service.lexicon import unit_spellings
from service.schema import ATTRIBUTES, KINDS, LABELS, PERIOD, RELATION, is_anchor

# Punctuation that may sit at a span's edge because it is the unit itself (%, ‰).
_UNIT_SYMBOLS = {spelling for spelling in unit_spellings() if len(spelling) == 1}
_PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "【": "】", "〔": "〕", "[": "]", '"': '"'}


class GoldError(ValueError):
    """A gold document breaks the annotation contract."""


@dataclass
class GoldEntity:
    id: int
    label: str
    start: int
    end: int


@dataclass
class GoldRelation:
    id: int
    from_id: int
    to_id: int
    type: str


@dataclass
class GoldDocument:
    id: str
    text: str
    entities: list[GoldEntity]
    relations: list[GoldRelation]
    # anchor entity id (as a string, as in the JSON) -> {"kind": ..., "target": ...}
    attributes: dict[str, dict] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)

    def entity(self, entity_id: int) -> GoldEntity:
        return next(e for e in self.entities if e.id == entity_id)

    def surface(self, entity: GoldEntity) -> str:
        return self.text[entity.start : entity.end]

    @property
    def genre(self) -> str:
        """What annotations/sources.json says the document is (`genre`), else the corpus folder it comes
        from: environment (the seeds: ecology bureau work summaries), national, provincial-2026,
        statistical, city-pre2015, other; "unknown" for a document from elsewhere (Label Studio)."""
        source = self.meta.get("source", "")
        if self.meta.get("genre"):
            return self.meta["genre"]
        if source.startswith("seeds/"):
            return "environment"
        parts = source.split("/")
        return parts[3] if len(parts) > 4 and parts[2] == "corpus" else "unknown"


def _edge_is_punctuation(surface: str, at_start: bool) -> bool:
    char = surface[0] if at_start else surface[-1]
    if char.isspace():
        return True
    if char in _UNIT_SYMBOLS or not unicodedata.category(char).startswith("P"):
        return False
    # A bracket or quote is allowed at the edge when its partner is inside the span (《条例》, “无废城市”建设).
    if at_start:
        return _PAIRS.get(char, "\0") not in surface[1:]
    openers = [o for o, c in _PAIRS.items() if c == char]
    return not any(o in surface[:-1] for o in openers)


def validate_document(doc: GoldDocument) -> None:
    """Raise GoldError naming the document and offset of the first problem found."""
    where = doc.id
    ids = Counter(e.id for e in doc.entities)
    duplicated = [i for i, n in ids.items() if n > 1]
    if duplicated:
        raise GoldError(f"{where}: entity id {duplicated[0]} used twice")
    relation_ids = Counter(r.id for r in doc.relations)
    if any(n > 1 for n in relation_ids.values()):
        raise GoldError(f"{where}: relation id {next(i for i, n in relation_ids.items() if n > 1)} used twice")
    for e in doc.entities:
        if not all(type(v) is int for v in (e.start, e.end)):
            raise GoldError(f"{where}: entity {e.id}: offsets {e.start!r}-{e.end!r} must be integers")
        if e.label not in LABELS:
            raise GoldError(f"{where}: offset {e.start}: unknown label {e.label!r}")
        if not (0 <= e.start < e.end <= len(doc.text)):
            raise GoldError(f"{where}: offset {e.start}-{e.end}: span outside the text (length {len(doc.text)})")
        surface = doc.surface(e)
        if _edge_is_punctuation(surface, True) or _edge_is_punctuation(surface, False):
            raise GoldError(f"{where}: offset {e.start}: {e.label} {surface!r} has whitespace or punctuation at its edge")
    ordered = sorted(doc.entities, key=lambda e: (e.start, e.end))
    for left, right in zip(ordered, ordered[1:]):
        if right.start < left.end:
            raise GoldError(
                f"{where}: offset {right.start}: {right.label} {doc.surface(right)!r} overlaps "
                f"{left.label} {doc.surface(left)!r} at {left.start}"
            )

    by_id = {e.id: e for e in doc.entities}
    seen: set[tuple[int, str]] = set()
    for r in doc.relations:
        if r.type not in RELATION:
            raise GoldError(f"{where}: relation {r.id}: unknown type {r.type!r}")
        if r.from_id not in by_id or r.to_id not in by_id:
            raise GoldError(f"{where}: relation {r.id}: endpoint id missing")
        source, target = by_id[r.from_id], by_id[r.to_id]
        from_labels, to_label = RELATION[r.type].anchor_labels, RELATION[r.type].target_label
        if source.label not in from_labels or target.label != to_label:
            raise GoldError(
                f"{where}: offset {source.start}: {r.type} from {source.label} {doc.surface(source)!r} "
                f"to {target.label} {doc.surface(target)!r}; expected {'/'.join(from_labels)} -> {to_label}"
            )
        if (r.from_id, r.type) in seen:
            raise GoldError(f"{where}: offset {source.start}: more than one {r.type} from {doc.surface(source)!r}")
        seen.add((r.from_id, r.type))

    anchors = anchor_ids(doc)
    for key, attrs in doc.attributes.items():
        entity = by_id.get(int(key)) if str(key).isdigit() else None
        if entity is None or entity.id not in anchors:
            at = f"offset {entity.start}: " if entity is not None else ""
            raise GoldError(f"{where}: {at}attributes on {key!r}, which is not an anchor (a VAL, or a UNIT no VAL points to)")
        if (not isinstance(attrs, dict) or set(attrs) - {PERIOD} != set(ATTRIBUTES) or attrs["kind"] not in KINDS
                or type(attrs["target"]) is not bool):
            raise GoldError(f"{where}: offset {entity.start}: bad attributes {attrs!r}: need kind in {KINDS} and target true/false")
        if PERIOD in attrs and (problem := _period_problem(attrs[PERIOD])):
            raise GoldError(f"{where}: offset {entity.start}: period {attrs[PERIOD]!r}: {problem}")
    with_period = {key for key, attrs in doc.attributes.items() if PERIOD in attrs}
    if with_period and with_period != set(doc.attributes):
        missing = min((by_id[int(key)] for key in set(doc.attributes) - with_period), key=lambda e: e.start)
        raise GoldError(f"{where}: offset {missing.start}: anchor {doc.surface(missing)!r} has no period, others have")
    for anchor in anchors:
        if str(anchor) not in doc.attributes:
            raise GoldError(f"{where}: offset {by_id[anchor].start}: anchor {doc.surface(by_id[anchor])!r} has no attributes")
    for r in doc.relations:
        if r.type != "has_unit" and r.from_id not in anchors:
            source = by_id[r.from_id]
            raise GoldError(f"{where}: offset {source.start}: {r.type} from a UNIT that belongs to a VAL; link from the VAL")


PERIOD_SEPARATOR = ".."


def period_text(period: list[str] | None) -> str:
    """A gold period as annotators write it: ``2024-01-01..2024-12-31``, or ``null``."""
    return "null" if period is None else PERIOD_SEPARATOR.join(period)


def period_from_text(text: str) -> list[str] | None:
    """``period_text`` read back (the validator says what is wrong with a bad one)."""
    return None if text == "null" else text.split(PERIOD_SEPARATOR)


def _period_problem(period) -> str | None:
    """What is wrong with a gold period ([first day, last day] ISO strings, or None), if anything."""
    if period is None:
        return None
    if not (isinstance(period, list) and len(period) == 2 and all(isinstance(day, str) for day in period)):
        return "need [first day, last day] as ISO dates, or null"
    try:
        first, last = (datetime.date.fromisoformat(day) for day in period)
    except ValueError as err:
        return str(err)
    return "its first day is after its last" if first > last else None


def anchor_ids(doc: GoldDocument) -> set[int]:
    """The ids of the document's measurement anchors (``schema.is_anchor``)."""
    units_of_values = {r.to_id for r in doc.relations if r.type == "has_unit"}
    return {e.id for e in doc.entities if is_anchor(e.label, e.id in units_of_values)}


def document_from_json(record: dict) -> GoldDocument:
    try:
        return GoldDocument(
            id=record["id"],
            text=record["text"],
            entities=[GoldEntity(e["id"], e["label"], e["start_offset"], e["end_offset"]) for e in record["entities"]],
            relations=[GoldRelation(r["id"], r["from_id"], r["to_id"], r["type"]) for r in record["relations"]],
            attributes={str(k): v for k, v in record.get("attributes", {}).items()},
            meta=record.get("meta", {}),
        )
    except (KeyError, TypeError) as err:
        raise GoldError(f"{record.get('id', '?')}: malformed record ({err!r})") from err


def document_to_json(doc: GoldDocument) -> dict:
    record = {
        "id": doc.id,
        "text": doc.text,
        "entities": [{"id": e.id, "label": e.label, "start_offset": e.start, "end_offset": e.end} for e in doc.entities],
        "relations": [{"id": r.id, "from_id": r.from_id, "to_id": r.to_id, "type": r.type} for r in doc.relations],
        "attributes": doc.attributes,
    }
    if doc.meta:
        record["meta"] = doc.meta
    return record


def read_exact(path: Path) -> str:
    """A text file as stored: line endings are not translated, so offsets count every character (CRLF too)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def load_jsonl(path: Path, seeds_dir: Path | None = None) -> list[GoldDocument]:
    """Load and validate one gold file. Seed documents must match ``seeds_dir`` byte for byte."""
    docs = []
    for line_no, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldError(f"{path}:{line_no}: not JSON ({err})") from err
        doc = document_from_json(record)
        validate_document(doc)
        if seeds_dir is not None:
            seed = Path(seeds_dir) / f"{doc.id}.txt"
            seed_text = read_exact(seed) if seed.exists() else doc.text
            if seed_text != doc.text:
                at = next((i for i, (a, b) in enumerate(zip(seed_text, doc.text)) if a != b), min(len(seed_text), len(doc.text)))
                raise GoldError(f"{doc.id}: offset {at}: text differs from {seed}")
        docs.append(doc)
    ids = Counter(d.id for d in docs)
    if any(n > 1 for n in ids.values()):
        raise GoldError(f"{path}: document id repeated: {[i for i, n in ids.items() if n > 1]}")
    return docs


def save_jsonl(docs: list[GoldDocument], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(document_to_json(doc), ensure_ascii=False) + "\n")
