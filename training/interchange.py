"""Gold documents <-> Label Studio JSON and doccano JSONL, so annotators can correct
the model's output in the tool they already use.

    python -m training.interchange export --format label-studio [--predictions] IN.jsonl OUT.json
    python -m training.interchange export --format doccano IN.jsonl OUT.jsonl
    (IN: a gold file, or ``zhibiao extract --with-text`` output; ``zhibiao label-studio predictions`` adds the
    model's version and score to Label Studio predictions)
    python -m training.interchange import --format label-studio|doccano IN OUT.jsonl
    python -m training.interchange config     # the Label Studio labeling config to paste in the project

Both round trips are lossless. doccano's format is the gold format. In Label Studio,
entity ids travel as region ids (regions drawn in Label Studio get the next free ids,
in the order they come); relations carry no id there, so they are numbered 1..n in
order, as the markup compiler numbers them; the document id and ``meta`` ride in the
task's ``data``. Offsets are code points on both sides, as in Python (Label Studio
stores code points since label-studio-frontend#308). Every imported document is
checked with ``validate_document``; an anchor without attributes gets level/false.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from service.schema import ATTRIBUTES, DEFAULT_ATTRIBUTES, KINDS, LABELS, MASKED_LABEL, PERIOD, RELATIONS, VALUE_LABEL
from training.gold import (
    GoldDocument,
    GoldEntity,
    GoldError,
    GoldRelation,
    anchor_ids,
    document_from_json,
    document_to_json,
    load_jsonl,
    period_from_text,
    period_text,
    save_jsonl,
    validate_document,
)

# Label Studio control names: the span labels, the per-region choices holding the attributes, and the
# per-region text area holding the period (as annotators write it: 2024-01-01..2024-12-31, or null)
_LABEL, _TEXT = "label", "text"
_CHOICES = {"kind": KINDS, "target": ("true", "false")}


def label_studio_config() -> str:
    """The labeling config matching ``to_label_studio``'s results."""
    labels = "\n".join(f'    <Label value="{label}"/>' for label in LABELS)
    relations = "\n".join(f'    <Relation value="{r.type}"/>' for r in RELATIONS)
    choices = "\n".join(
        f'  <Choices name="{name}" toName="{_TEXT}" perRegion="true" choice="single" showInline="true">\n'
        + "\n".join(f'    <Choice value="{value}"/>' for value in values)
        + "\n  </Choices>"
        for name, values in _CHOICES.items()
    )
    return (
        "<View>\n"
        f'  <Labels name="{_LABEL}" toName="{_TEXT}">\n{labels}\n  </Labels>\n'
        f"  <Relations>\n{relations}\n  </Relations>\n"
        f'  <Text name="{_TEXT}" value="${_TEXT}" granularity="symbol"/>\n'
        f"{choices}\n"
        f'  <TextArea name="{PERIOD}" toName="{_TEXT}" perRegion="true" maxSubmissions="1" '
        f'placeholder="{period_text(["2024-01-01", "2024-12-31"])} or {period_text(None)}"/>\n'
        "</View>\n"
    )


def config_problems(config: str) -> list[str]:
    """What a project's labeling config lacks of ``label_studio_config``'s controls and values (in any layout,
    with more beside them), which the predictions fill in and the import reads; empty when it has all."""
    try:
        theirs = ET.fromstring(config)
    except ET.ParseError as err:
        return [f"is not XML ({err})"]
    problems = []
    for control in ET.fromstring(label_studio_config()):
        name = control.get("name")
        found = [c for c in theirs.iter(control.tag) if c.get("name") == name]
        if not found:
            problems.append(f"has no <{control.tag}{f' name={name!r}' if name else ''}>")
            continue
        needs = [f'{key}="{value}"' for key, value in control.attrib.items()
                 if key in ("toName", "value", "perRegion") and found[0].get(key) != value]
        if missing := {c.get("value") for c in control} - {c.get("value") for c in found[0]}:
            needs.append(f"the values {', '.join(sorted(missing))}")
        if needs:
            problems.append(f"needs <{control.tag}{f' name={name!r}' if name else ''}> with {' and '.join(needs)}")
    return problems


def _finish(doc: GoldDocument) -> GoldDocument:
    """Give every anchor its attributes (defaults for what is missing), then validate."""
    given = doc.attributes
    anchors = anchor_ids(doc)
    doc.attributes = {str(e.id): {**DEFAULT_ATTRIBUTES, **given.get(str(e.id), {})} for e in doc.entities if e.id in anchors}
    # attributes on a non-anchor are kept so that the validator reports them
    doc.attributes.update({key: attrs for key, attrs in given.items() if key not in doc.attributes})
    validate_document(doc)
    return doc


# ---------------------------------------------------------------- Label Studio


def to_label_studio(docs: list[GoldDocument], as_predictions: bool = False) -> list[dict]:
    """One task per document; results as ``annotations`` (to correct) or ``predictions`` (pre-annotations)."""
    return [{"data": task_data(doc), ("predictions" if as_predictions else "annotations"): [{"result": label_studio_results(doc)}]}
            for doc in docs]


def task_data(doc: GoldDocument) -> dict:
    """A task's ``data``: the text the labeling config shows, and the document's id and ``meta`` riding along."""
    return {"text": doc.text, "id": doc.id, **({"meta": doc.meta} if doc.meta else {})}


def label_studio_results(doc: GoldDocument) -> list[dict]:
    """The document's spans, attributes and relations as the regions of one Label Studio annotation or prediction."""
    results: list[dict] = []
    for e in doc.entities:
        region = {"start": e.start, "end": e.end, "text": doc.surface(e)}
        results.append(_result(e.id, "labels", _LABEL, {**region, "labels": [e.label]}))
        for name, value in doc.attributes.get(str(e.id), {}).items():
            if name == PERIOD:  # a text area's value holds what was written in it, not the region's text
                results.append(_result(e.id, "textarea", name, {"start": e.start, "end": e.end, "text": [period_text(value)]}))
                continue
            choice = str(value).lower() if isinstance(value, bool) else value
            results.append(_result(e.id, "choices", name, {**region, "choices": [choice]}))
    return results + [
        {"type": "relation", "from_id": str(r.from_id), "to_id": str(r.to_id), "direction": "right", "labels": [r.type]}
        for r in doc.relations
    ]


def _result(entity_id: int, kind: str, from_name: str, value: dict) -> dict:
    return {"id": str(entity_id), "type": kind, "from_name": from_name, "to_name": _TEXT, "value": value}


def from_label_studio(tasks: list[dict]) -> list[GoldDocument]:
    """Read a Label Studio JSON export: per task, its last annotation that was not cancelled, else its last prediction."""
    return [_task_document(task) for task in tasks]


def _task_document(task: dict) -> GoldDocument:
    data = task.get("data", {})
    # a task made in Label Studio (not exported from a gold file) is named after its id there
    doc_id, text = str(data.get("id", f"task-{task.get('id')}")), data.get("text")
    if not isinstance(text, str):
        raise GoldError(f"{doc_id}: task has no data.text")
    done = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
    chosen = (done or task.get("predictions") or [{"result": []}])[-1]
    # every gold document says where its text comes from: one exported from gold keeps its meta
    doc = GoldDocument(id=doc_id, text=text, entities=[], relations=[],
                       meta=data.get("meta") or {"source": f"label-studio task {task.get('id')}"})

    regions: dict[str, GoldEntity] = {}
    choices: list[dict] = []
    links: list[dict] = []
    for item in chosen.get("result", []):
        kind = item.get("type")
        if kind == "labels":
            value, region_id = item["value"], str(item.get("id"))
            where = f"{doc_id}: offset {value.get('start')}"
            if item.get("from_name") != _LABEL or len(value.get("labels", [])) != 1:
                raise GoldError(f"{where}: a region needs exactly one label from {_LABEL!r}, got {item.get('from_name')!r} {value.get('labels')}")
            if region_id in regions:
                raise GoldError(f"{where}: region id {region_id!r} used twice")
            entity = GoldEntity(id=-1, label=value["labels"][0], start=value["start"], end=value["end"])
            if "text" in value and text[entity.start : entity.end] != value["text"]:
                raise GoldError(f"{where}: region text {value['text']!r} is not the text at its offsets {text[entity.start:entity.end]!r}")
            regions[region_id] = entity
        elif kind in ("choices", "textarea"):
            choices.append(item)
        elif kind == "relation":
            links.append(item)
        else:
            raise GoldError(f"{doc_id}: result type {kind!r} is not part of this labeling config")

    # numeric region ids stay entity ids (lossless round trip); new regions get the next free ids
    numeric = [int(r) for r in regions if r.isascii() and r.isdigit()]
    next_id = max(numeric, default=0) + 1
    for region_id, entity in regions.items():
        if region_id.isascii() and region_id.isdigit():
            entity.id = int(region_id)
        else:
            entity.id, next_id = next_id, next_id + 1
        doc.entities.append(entity)
    for item in links:
        ends, labels = [str(item.get("from_id")), str(item.get("to_id"))], item.get("labels", [])
        if item.get("direction") == "left":
            ends.reverse()
        if ends[0] not in regions or ends[1] not in regions:
            raise GoldError(f"{doc_id}: a relation {labels} points at an unknown region ({ends[0]!r} -> {ends[1]!r})")
        if len(labels) != 1:
            raise GoldError(f"{doc_id}: offset {regions[ends[0]].start}: a relation needs exactly one of {[r.type for r in RELATIONS]}, got {labels}")
        doc.relations.append(GoldRelation(len(doc.relations) + 1, regions[ends[0]].id, regions[ends[1]].id, labels[0]))
    for item in choices:
        region_id, name = str(item.get("id")), item.get("from_name")
        if item.get("type") == "textarea":
            written = item["value"].get("text", [])
            if region_id not in regions or name != PERIOD or len(written) != 1:
                raise GoldError(f"{doc_id}: offset {item['value'].get('start')}: text {name!r} {written}: "
                                f"need one {PERIOD!r} on a labeled region")
            doc.attributes.setdefault(str(regions[region_id].id), {})[PERIOD] = period_from_text(written[0].strip())
            continue
        if region_id not in regions or name not in _CHOICES or len(item["value"].get("choices", [])) != 1:
            raise GoldError(
                f"{doc_id}: offset {item['value'].get('start')}: choices {name!r} {item['value'].get('choices')}: "
                f"need one choice of {list(_CHOICES)} on a labeled region"
            )
        value = item["value"]["choices"][0]
        value = {"true": True, "false": False}.get(value, value) if name == "target" else value
        doc.attributes.setdefault(str(regions[region_id].id), {})[name] = value
    return _finish(doc)


# ---------------------------------------------------------------- zhibiao's output


def document_from_extraction(response: dict) -> GoldDocument:
    """An ``/extract`` response with its ``text`` (a line of ``zhibiao extract --with-text``) in the gold format, for an
    annotator to correct: the model's spans, and each measurement's links from its anchor (its VAL; the UNIT of a
    masked value without digits), kind, target and period. The TIME of a measurement dated by its sentence is its
    has_time; one dated by its paragraph, section or report has none, as in the gold. Not validated: a model's
    output may break the annotation contract where the annotator has to correct it."""
    if not isinstance(response, dict):
        raise GoldError(f"not an /extract response (a JSON object): {str(response)[:80]}")
    doc_id = response.get("doc_id")
    if not isinstance(response.get("text"), str):
        raise GoldError(f"{doc_id}: the response carries no text, which its offsets index (zhibiao extract --with-text)")
    try:
        entities = [GoldEntity(number, e["label"], e["start"], e["end"]) for number, e in enumerate(response["entities"], 1)]
        doc = GoldDocument(id=doc_id, text=response["text"], entities=entities, relations=[])
        entity_at = {(e.label, e.start, e.end): e for e in entities}
        for measurement in response["measurements"]:
            value, unit = measurement["value"], measurement["unit"]
            anchor = entity_at.get((VALUE_LABEL, value["start"], value["end"])) or entity_at[
                (MASKED_LABEL, unit["start"], unit["end"])]
            for relation in RELATIONS:
                partner = measurement[relation.field]
                # a link that stays in the sentence (has_time) is the partner the measurement found there, not the
                # paragraph's, section's or report's time it falls back to
                if partner is None or anchor.label not in relation.anchor_labels or (
                        relation.within_sentence and partner["source"] != "sentence"):
                    continue
                target = entity_at[(relation.target_label, partner["start"], partner["end"])]
                doc.relations.append(GoldRelation(len(doc.relations) + 1, anchor.id, target.id, relation.type))
            time = measurement["time"] or {}
            period = [time.get("period_start"), time.get("period_end")]
            doc.attributes[str(anchor.id)] = {**{name: measurement[name] for name in ATTRIBUTES},
                                              PERIOD: period if all(period) else None}
    except (KeyError, TypeError) as err:
        raise GoldError(f"{doc_id}: not an /extract response: {err!r} missing or mistyped") from err
    return doc


# ---------------------------------------------------------------- doccano


def to_doccano(docs: list[GoldDocument]) -> list[dict]:
    """doccano's relation-extraction JSONL is the gold format; ``attributes`` and ``meta`` ride along as extra fields."""
    return [document_to_json(doc) for doc in docs]


def from_doccano(records: list[dict]) -> list[GoldDocument]:
    """Read doccano JSONL records, with or without ``attributes`` (missing ones: level/false)."""
    return [_finish(document_from_json(record)) for record in records]


# ---------------------------------------------------------------- command line

FORMATS = ("label-studio", "doccano")


def _read(path: Path, fmt: str) -> list[GoldDocument]:
    raw = Path(path).read_text(encoding="utf-8")
    if fmt == "label-studio":
        return from_label_studio(json.loads(raw))
    return from_doccano([json.loads(line) for line in raw.splitlines() if line.strip()])


def _load_for_export(path: Path) -> list[GoldDocument]:
    """A gold file, or zhibiao's output (``zhibiao extract --with-text``), which is exported unvalidated, to be corrected."""
    try:
        records = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    except json.JSONDecodeError:
        return load_jsonl(path)  # which says where
    if records and all(isinstance(record, dict) and "measurements" in record for record in records):
        return [document_from_extraction(record) for record in records]
    return load_jsonl(path)


def _write(docs: list[GoldDocument], path: Path, fmt: str, as_predictions: bool) -> None:
    if fmt == "label-studio":
        Path(path).write_text(json.dumps(to_label_studio(docs, as_predictions), ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        Path(path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in to_doccano(docs)), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="gold JSONL -> a tool's import file")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--predictions", action="store_true", help="Label Studio: write predictions (pre-annotations), not annotations")
    export.add_argument("source", type=Path)
    export.add_argument("dest", type=Path)
    imp = commands.add_parser("import", help="a tool's export file -> gold JSONL")
    imp.add_argument("--format", choices=FORMATS, required=True)
    imp.add_argument("source", type=Path)
    imp.add_argument("dest", type=Path)
    commands.add_parser("config", help="print the Label Studio labeling config")
    args = parser.parse_args(argv)
    if args.command == "config":
        print(label_studio_config(), end="")
        return 0
    try:
        if args.command == "export":
            docs = _load_for_export(args.source)
            _write(docs, args.dest, args.format, args.predictions)
        else:
            docs = _read(args.source, args.format)
            save_jsonl(docs, args.dest)
    except (ValueError, KeyError, TypeError, OSError) as err:  # GoldError and JSONDecodeError are ValueErrors
        print(f"ERROR: {err}", file=sys.stderr)
        return 1
    print(f"{args.command}ed {len(docs)} documents ({args.format}) to {args.dest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
