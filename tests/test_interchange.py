"""Label Studio and doccano round trips are lossless on the real gold; imports are validated."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from service.schema import KINDS, LABELS, RELATIONS
from training.gold import GoldError, document_to_json, load_jsonl
from training.interchange import (
    from_doccano,
    from_label_studio,
    label_studio_config,
    main,
    to_doccano,
    to_label_studio,
)

GOLD_FILES = sorted((Path(__file__).resolve().parent.parent / "annotations" / "gold").glob("*.jsonl"))
assert {p.name for p in GOLD_FILES} >= {"seeds.jsonl", "corpus.jsonl"}


@pytest.fixture(scope="module", params=GOLD_FILES, ids=lambda p: p.name)
def gold(request):
    return request.param, load_jsonl(request.param)


def through_json(value):
    """What a tool sees: the export serialized and read back."""
    return json.loads(json.dumps(value, ensure_ascii=False))


@pytest.mark.parametrize("as_predictions", [False, True], ids=["annotations", "predictions"])
def test_label_studio_round_trip(gold, as_predictions):
    _, docs = gold
    tasks = through_json(to_label_studio(docs, as_predictions=as_predictions))
    assert all(("predictions" if as_predictions else "annotations") in task for task in tasks)
    back = from_label_studio(tasks)
    assert [document_to_json(d) for d in back] == [document_to_json(d) for d in docs]


def test_doccano_round_trip(gold):
    _, docs = gold
    back = from_doccano(through_json(to_doccano(docs)))
    assert [document_to_json(d) for d in back] == [document_to_json(d) for d in docs]


@pytest.mark.parametrize(
    ("fmt", "flags"), [("label-studio", []), ("label-studio", ["--predictions"]), ("doccano", [])], ids=["ls", "ls-predictions", "doccano"]
)
def test_cli_round_trip_is_byte_identical(gold, fmt, flags, tmp_path):
    path, _ = gold
    exported, imported = tmp_path / "export", tmp_path / "gold.jsonl"
    assert main(["export", "--format", fmt, *flags, str(path), str(exported)]) == 0
    assert main(["import", "--format", fmt, str(exported), str(imported)]) == 0
    assert imported.read_bytes() == path.read_bytes()


def test_label_studio_results_match_the_text(gold):
    _, docs = gold
    for doc, task in zip(docs, to_label_studio(docs)):
        assert task["data"]["id"] == doc.id and task["data"]["text"] == doc.text
        for item in task["annotations"][0]["result"]:
            if item["type"] in ("labels", "choices"):
                assert doc.text[item["value"]["start"] : item["value"]["end"]] == item["value"]["text"]
            elif item["type"] == "textarea":  # a text area's value holds what was written in it: the period
                assert item["from_name"] == "period" and len(item["value"]["text"]) == 1


# ------------------------------------------------------------ the labeling config


def test_config_parses_and_matches_the_results(gold):
    root = ET.fromstring(label_studio_config())
    assert root.tag == "View"
    [labels] = root.iter("Labels")
    [text] = root.iter("Text")
    assert labels.get("toName") == text.get("name") and text.get("value") == "$" + text.get("name")
    assert [e.get("value") for e in labels.iter("Label")] == list(LABELS)
    assert [e.get("value") for e in root.iter("Relation")] == [r.type for r in RELATIONS]
    choices = {c.get("name"): c for c in root.iter("Choices")}
    assert set(choices) == {"kind", "target"}
    assert all(c.get("perRegion") == "true" and c.get("toName") == text.get("name") for c in choices.values())
    allowed = {name: {e.get("value") for e in c.iter("Choice")} for name, c in choices.items()}
    assert allowed == {"kind": set(KINDS), "target": {"true", "false"}}
    [period] = root.iter("TextArea")
    assert (period.get("name"), period.get("perRegion"), period.get("toName")) == ("period", "true", text.get("name"))

    _, docs = gold
    for task in to_label_studio(docs[:2]):
        for item in task["annotations"][0]["result"]:
            if item["type"] == "labels":
                assert item["from_name"] == labels.get("name") and item["to_name"] == text.get("name")
            elif item["type"] == "choices":
                assert item["value"]["choices"][0] in allowed[item["from_name"]]


# ------------------------------------------------------------ edits made in the tools

TEXT = "2024年查处案件795宗。"


def region(region_id, label, start, end):
    return {"id": region_id, "type": "labels", "from_name": "label", "to_name": "text",
            "value": {"start": start, "end": end, "text": TEXT[start:end], "labels": [label]}}


def relation(from_id, to_id, label, direction="right"):
    return {"type": "relation", "from_id": from_id, "to_id": to_id, "direction": direction, "labels": [label]}


def choice(region_id, name, value, start, end):
    return {"id": region_id, "type": "choices", "from_name": name, "to_name": "text",
            "value": {"start": start, "end": end, "text": TEXT[start:end], "choices": [value]}}


def task(result, **extra):
    return {"id": 7, "data": {"text": TEXT, "id": "edited"}, "annotations": [{"result": result}], **extra}


def test_regions_drawn_in_label_studio_get_the_next_ids():
    result = [
        region("2", "IND", 5, 9),
        region("Xk2_9aBc", "VAL", 9, 12),
        region("b7", "UNIT", 12, 13),
        region("1", "TIME", 0, 5),
        relation("Xk2_9aBc", "2", "has_indicator"),
        relation("b7", "Xk2_9aBc", "has_unit", direction="left"),
        relation("Xk2_9aBc", "1", "has_time"),
        choice("Xk2_9aBc", "target", "true", 9, 12),
    ]
    [doc] = from_label_studio([task(result)])
    assert [(e.id, e.label, doc.surface(e)) for e in doc.entities] == [(2, "IND", "查处案件"), (3, "VAL", "795"), (4, "UNIT", "宗"), (1, "TIME", "2024年")]
    assert [(r.id, r.from_id, r.to_id, r.type) for r in doc.relations] == [(1, 3, 2, "has_indicator"), (2, 3, 4, "has_unit"), (3, 3, 1, "has_time")]
    assert doc.attributes == {"3": {"kind": "level", "target": True}}  # kind left unset: the default


def test_annotation_preferred_over_prediction_and_cancelled_skipped():
    predicted = [region("1", "TIME", 0, 5)]
    corrected = [region("1", "TIME", 0, 5), region("2", "IND", 5, 9)]
    cancelled = {"result": [], "was_cancelled": True}
    [doc] = from_label_studio([task(corrected, predictions=[{"result": predicted}])])
    assert len(doc.entities) == 2
    only_prediction = {"data": {"text": TEXT, "id": "p"}, "annotations": [cancelled], "predictions": [{"result": predicted}]}
    [doc] = from_label_studio([only_prediction])
    assert len(doc.entities) == 1


@pytest.mark.parametrize(
    ("result", "message"),
    [
        ([region("1", "TIME", 0, 5), {**region("2", "VAL", 9, 12), "value": {"start": 9, "end": 12, "text": "79", "labels": ["VAL"]}}],
         "edited: offset 9: region text '79'"),
        ([region("1", "VAL", 9, 12), region("2", "VAL", 12, 13), relation("1", "2", "has_unit")], "edited: offset 9: has_unit from VAL"),
        ([region("1", "UNIT", 12, 14)], "edited: offset 12: UNIT '宗。' has whitespace or punctuation"),
        ([region("1", "VAL", 9, 12), choice("1", "kind", "growth", 9, 12)], "edited: offset 9: bad attributes"),
        ([region("1", "VAL", 9, 12), choice("9", "kind", "change", 9, 12)], "edited: offset 9: choices 'kind' ['change']: need one choice"),
        ([region("1", "VAL", 9, 12), relation("1", "zz", "has_unit")], "edited: a relation ['has_unit'] points at an unknown region"),
        ([region("1", "VAL", 9, 12), region("1", "UNIT", 12, 13)], "edited: offset 12: region id '1' used twice"),
    ],
    ids=["text-drift", "wrong-endpoint", "edge", "bad-kind", "orphan-choice", "orphan-relation", "duplicate-region"],
)
def test_label_studio_import_is_validated(result, message):
    with pytest.raises(GoldError) as err:
        from_label_studio([task(result)])
    assert str(err.value).startswith(message), str(err.value)


def test_doccano_without_attributes_defaults_to_level_false(gold):
    _, docs = gold
    records = through_json(to_doccano(docs[:1]))
    expected = copy.deepcopy(records[0]["attributes"])
    del records[0]["attributes"]
    [doc] = from_doccano(records)
    assert set(doc.attributes) == set(expected)
    assert all(a == {"kind": "level", "target": False} for a in doc.attributes.values())


def test_doccano_extra_fields_are_ignored_and_errors_named():
    record = {"id": "d", "text": TEXT, "Comments": [], "relations": [],
              "entities": [{"id": 1, "label": "VAL", "start_offset": 9, "end_offset": 12}],
              "attributes": {"1": {"kind": "change"}}}
    [doc] = from_doccano([record])
    assert doc.attributes == {"1": {"kind": "change", "target": False}}
    record["entities"][0]["label"] = "NUMBER"
    with pytest.raises(GoldError, match="d: offset 9: unknown label"):
        from_doccano([record])
